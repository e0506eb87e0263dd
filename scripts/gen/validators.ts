/**
 * Generates schemas/generated/validators.ts: ajv standalone code (precompiled validators) for every
 * manifest kind, built by the registry's own ajv set-up (schemas/catalog.ts), so
 * that no command compiles a schema at start-up. The module imports ajv's small runtime helpers and the
 * formats (schemas/formats.ts) as code; `npm run gen -- --check` and a test keep it in step with the schemas.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _ } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { AJV_RUNTIME } from '../../schemas/ajv-runtime.js';
import { createAjv, kindSchemas, schemaFiles } from '../../schemas/catalog.js';

// CommonJS: under NodeNext TypeScript types the default import as the module namespace, while at run time
// it is the function itself (as for ajv-formats in schemas/catalog.ts).
const standaloneCode = standaloneModule as unknown as typeof standaloneModule.default;

export const VALIDATORS_FILE = 'schemas/generated/validators.ts';

/** The name the generated code gives the formats (schemas/formats.ts `ALL_FORMATS`), as `code.formats` reads it. */
const FORMATS = '__formats';
const FORMATS_CODE = _`__formats`;

/**
 * The references to precompile: each kind's document, what every command that reads manifests checks.
 * The wire definitions (the API's bodies and answers) are left to run-time compilation for now: with ajv's
 * inlined references they would add ~2.2 MB of code (the Access rule union is inlined at each use).
 */
export function precompiledRefs(): string[] {
  return Object.values(kindSchemas);
}

function ajvVersion(root: string): string {
  return (
    JSON.parse(readFileSync(join(root, 'node_modules/ajv/package.json'), 'utf8')) as { version: string }
  ).version;
}

function sourceHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of Object.keys(schemaFiles)) hash.update(readFileSync(join(root, 'schemas', file)));
  hash.update(readFileSync(join(root, 'schemas/formats.ts')));
  hash.update(readFileSync(join(root, 'schemas/ajv-runtime.ts')));
  return hash.digest('hex').slice(0, 16);
}

/** Returns `{ 'schemas/generated/validators.ts': source }`. */
export function generateValidators(root: string): Record<string, string> {
  const refs = precompiledRefs();
  const ajv = createAjv({ code: { source: true, esm: true, lines: true, formats: FORMATS_CODE } });
  const exportsByName = Object.fromEntries(refs.map((ref, i) => [`v${i}`, ref]));
  let code = standaloneCode(ajv, exportsByName);
  // ajv's standalone ESM still loads its run-time helpers (ucs2length, equal: CommonJS) with require():
  // they become static imports from schemas/ajv-runtime.ts, so that a bundle (the Pulumi plugin) has them.
  const helpers = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] as string))];
  for (const h of helpers) {
    if (!AJV_RUNTIME[h])
      throw new Error(`ajv's standalone code needs ${h}: add it to schemas/ajv-runtime.ts`);
  }
  code = code.replace(/require\("([^"]+)"\)\.default/g, (_, h: string) => `__ajv.${AJV_RUNTIME[h]}`);
  if (/require\(/.test(code)) throw new Error("ajv's standalone code calls require() in a way not mapped");
  code = code.replace(/^"use strict";\n?/, '').replace(/^export const (v\d+) = /gm, 'const $1 = ');
  const files = Object.keys(schemaFiles)
    .map((f) => `schemas/${f}`)
    .join(', ');
  const banner = [
    '/* eslint-disable */',
    '// @ts-nocheck',
    '/**',
    ` * GENERATED from ${files}, schemas/formats.ts`,
    ` * (sources sha256 ${sourceHash(root)}; ajv ${ajvVersion(root)} standalone). DO NOT EDIT: run \`npm run gen\`.`,
    ' * Precompiled validators for every manifest kind, keyed by schema reference.',
    ' */',
  ];
  const importLines = [
    "import type { ErrorObject } from 'ajv';",
    `import { ALL_FORMATS as ${FORMATS} } from '../formats.js';`,
    ...(helpers.length ? ["import * as __ajv from '../ajv-runtime.js';"] : []),
  ];
  const table = refs.map((ref, i) => `  ${JSON.stringify(ref)}: v${i},`);
  const text = [
    ...banner,
    ...importLines,
    '',
    ...(helpers.length
      ? [`// ajv's run-time helpers (${helpers.join(', ')}) from ../ajv-runtime.js.`, '']
      : []),
    '/** A validator: true when valid, else false with `errors` set. */',
    'export type PrecompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };',
    '',
    code.trim(),
    '',
    '/** The precompiled validators by schema reference (`file` or `file#/definitions/Name`). */',
    'export const precompiled: Readonly<Record<string, PrecompiledValidator>> = {',
    ...table,
    '};',
    '',
  ].join('\n');
  return { [VALIDATORS_FILE]: text };
}
