// The precompiled validators (generated/validators.ts) agree with the JSON Schemas: the module is what
// `npm run gen` writes now, and every precompiled reference gives the same verdict and the same errors as a
// freshly compiled ajv, on the example manifests, on invalid documents made from them, and on random values.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { generateValidators, precompiledRefs, VALIDATORS_FILE } from '../scripts/gen/validators.js';
import { createAjv, kindSchemas, schemaFiles } from './catalog.js';
import { precompiled } from './generated/validators.js';
import { validatorFor } from './registry.js';

const root = join(import.meta.dirname, '..');
const fresh = createAjv();

type Json = unknown;

/** The verdict and errors of both validators for one value. */
function both(ref: string, value: Json) {
  const compiled = fresh.getSchema(ref);
  const standalone = precompiled[ref];
  if (!compiled || !standalone) throw new Error(`no validator for ${ref}`);
  const a = standalone(value);
  const b = compiled(value);
  return {
    standalone: { valid: a, errors: a ? null : standalone.errors },
    compiled: { valid: b, errors: b ? null : compiled.errors },
  };
}

/** The example manifests, `${VAR:-default}` substituted with the default as the loader does. */
function exampleDocs(): Json[] {
  const dir = join(root, 'examples', 'manifests');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) =>
      parseAllDocuments(readFileSync(join(dir, f), 'utf8').replace(/\$\{\w+:-([^}]*)\}/g, '$1')).map((d) =>
        d.toJS(),
      ),
    );
}

const WRONG: Json[] = [
  42,
  -1,
  'x',
  '',
  'not a url',
  'x'.repeat(300),
  null,
  true,
  [],
  {},
  ['a', 'a'],
  { a: 1 },
];

/** Invalid (or differently valid) variants of a document: each key dropped, each value replaced, keys added. */
function variants(doc: Json): Json[] {
  const out: Json[] = [];
  const walk = (node: Json, rebuild: (v: Json) => Json) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        walk(item, (v) => rebuild(node.map((x, j) => (j === i ? v : x))));
      });
      out.push(rebuild([...node, ...node]));
    } else if (node && typeof node === 'object') {
      const obj = node as Record<string, Json>;
      out.push(rebuild({ ...obj, unknownKey: 1 }));
      for (const key of Object.keys(obj)) {
        const { [key]: _dropped, ...rest } = obj;
        out.push(rebuild(rest));
        walk(obj[key], (v) => rebuild({ ...obj, [key]: v }));
      }
    }
    for (const w of WRONG) out.push(rebuild(w));
  };
  walk(doc, (v) => v);
  return out;
}

describe('precompiled validators', () => {
  it('are what `npm run gen` writes now', () => {
    const [[file, content]] = Object.entries(generateValidators(root)) as [[string, string]];
    expect(file).toBe(VALIDATORS_FILE);
    expect(readFileSync(join(root, file), 'utf8')).toBe(content);
  });

  it('cover every kind, and the registry uses them', () => {
    expect(Object.keys(precompiled)).toEqual(precompiledRefs());
    for (const file of Object.values(kindSchemas)) expect(validatorFor(file)).toBe(precompiled[file]);
  });

  it('agree with a fresh ajv on the example manifests and on invalid variants of them', () => {
    let invalid = 0;
    for (const doc of exampleDocs()) {
      const kind = (doc as { kind: keyof typeof kindSchemas }).kind;
      const ref = kindSchemas[kind];
      expect(both(ref, doc).standalone.valid).toBe(true);
      for (const v of variants(doc)) {
        const r = both(ref, v);
        expect(r.standalone).toEqual(r.compiled);
        if (!r.standalone.valid) invalid++;
      }
    }
    expect(invalid).toBeGreaterThan(500);
  });

  it('agree with a fresh ajv on random values for every reference', () => {
    for (const ref of precompiledRefs()) {
      const [file, pointer] = ref.split('#');
      let schema = schemaFiles[file as string] as Record<string, Json>;
      for (const seg of (pointer ?? '').split('/').filter(Boolean))
        schema = schema[seg] as Record<string, Json>;
      const keys = Object.keys((schema.properties as object | undefined) ?? {});
      const value = fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.dictionary(fc.constantFrom(...keys, 'unknown_key'), fc.jsonValue({ maxDepth: 2 })),
      );
      fc.assert(
        fc.property(value, (v) => {
          const r = both(ref, v);
          expect(r.standalone).toEqual(r.compiled);
        }),
        { seed: 19, numRuns: 60 },
      );
    }
  });
});
