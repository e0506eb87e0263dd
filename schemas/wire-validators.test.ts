// The precompiled wire validators (generated/wire-validators.ts) agree with the wire schemas: the module is
// what `npm run gen` writes now, the wire checks (wire-validate.ts) use it for every definition, and each
// gives the same errors as a freshly compiled ajv with the same options (and the same verdict as the
// run-time default, which inlines references) on random values shaped after each definition's properties.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateWireValidators,
  WIRE_OPTIONS,
  WIRE_VALIDATORS_FILE,
  wireRefs,
} from '../scripts/gen/wire-validators.js';
import { createAjv, schemaFiles } from './catalog.js';
import { precompiledWire } from './generated/wire-validators.js';
import { wireValidatorFor } from './wire-validate.js';

const root = join(import.meta.dirname, '..');
const same = createAjv({ ...WIRE_OPTIONS });
const inlined = createAjv();

/** A definition's schema, for the property names random values are made of. */
function schemaOf(ref: string): Record<string, unknown> {
  const [file, pointer] = ref.split('#');
  let schema = schemaFiles[file as string] as Record<string, unknown>;
  for (const seg of (pointer ?? '').split('/').filter(Boolean))
    schema = schema[seg] as Record<string, unknown>;
  return schema;
}

describe('precompiled wire validators', () => {
  it('are what `npm run gen` writes now', () => {
    const [[file, content]] = Object.entries(generateWireValidators(root)) as [[string, string]];
    expect(file).toBe(WIRE_VALIDATORS_FILE);
    expect(readFileSync(join(root, file), 'utf8')).toBe(content);
  });

  it('cover every wire definition, and the wire checks use them', () => {
    expect(Object.keys(precompiledWire)).toEqual(wireRefs());
    expect(wireRefs().length).toBeGreaterThan(40);
    for (const ref of wireRefs()) expect(wireValidatorFor(ref)).toBe(precompiledWire[ref]);
  });

  it('agree with a fresh ajv on random values for every definition', () => {
    for (const ref of wireRefs()) {
      const standalone = precompiledWire[ref];
      const compiled = same.getSchema(ref);
      const reference = inlined.getSchema(ref);
      if (!standalone || !compiled || !reference) throw new Error(`no validator for ${ref}`);
      const keys = Object.keys((schemaOf(ref).properties as object | undefined) ?? {});
      const value = fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.dictionary(fc.constantFrom(...keys, 'unknown_key'), fc.jsonValue({ maxDepth: 2 })),
      );
      fc.assert(
        fc.property(value, (v) => {
          const a = standalone(v);
          expect({ valid: a, errors: a ? null : standalone.errors }).toEqual({
            valid: compiled(v),
            errors: compiled.errors ?? null,
          });
          expect(reference(v)).toBe(a);
        }),
        { seed: 19, numRuns: 40 },
      );
    }
  });
});
