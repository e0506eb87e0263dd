/**
 * ajv standalone code as one TypeScript module: the validators of the given schema references compiled by
 * the registry's own ajv set-up (schemas/catalog.ts), their run-time helpers imported from
 * schemas/ajv-runtime.ts (so a bundle carries them) and the formats from schemas/formats.ts, keyed by
 * reference. Used by the generators of the kinds' and the wire definitions' validators.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _, type Options } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { AJV_RUNTIME } from '../../schemas/ajv-runtime.js';
import { createAjv, schemaFiles } from '../../schemas/catalog.js';

// CommonJS: under NodeNext TypeScript types the default import as the module namespace, while at run time
// it is the function itself (as for ajv-formats in schemas/catalog.ts).
const standaloneCode = standaloneModule as unknown as typeof standaloneModule.default;

/** The name the generated code gives the formats (schemas/formats.ts `ALL_FORMATS`), as `code.formats` reads it. */
const FORMATS = '__formats';
const FORMATS_CODE = _`__formats`;

export interface StandaloneSpec {
  /** Schema references (`file` or `file#/definitions/Name`), in the order of the exported table. */
  refs: readonly string[];
  /** ajv options besides the registry's fixed validation options (e.g. `inlineRefs: false`). */
  options?: Options;
  /** The exported table's name. */
  exportName: string;
  /** One line saying what the module holds, for its banner. */
  description: string;
  /** Declare `PrecompiledValidator` here (the kinds' module) rather than import it from ./validators.js. */
  declaresType?: boolean;
}

function ajvVersion(root: string): string {
  return (
    JSON.parse(readFileSync(join(root, 'node_modules/ajv/package.json'), 'utf8')) as { version: string }
  ).version;
}

/** A digest of everything the code is derived from: the schema files, the formats and the helpers. */
function sourceHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of Object.keys(schemaFiles)) hash.update(readFileSync(join(root, 'schemas', file)));
  hash.update(readFileSync(join(root, 'schemas/formats.ts')));
  hash.update(readFileSync(join(root, 'schemas/ajv-runtime.ts')));
  return hash.digest('hex').slice(0, 16);
}

/** The module's source text. */
export function standaloneValidators(root: string, spec: StandaloneSpec): string {
  const ajv = createAjv({
    ...spec.options,
    code: { source: true, esm: true, lines: true, formats: FORMATS_CODE },
  });
  let code = standaloneCode(ajv, Object.fromEntries(spec.refs.map((ref, i) => [`v${i}`, ref])));
  // ajv's standalone ESM still loads its run-time helpers (CommonJS) with require(): they become static
  // imports from schemas/ajv-runtime.ts, so that a bundle (the Pulumi plugin) has them.
  const helpers = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] as string))];
  for (const h of helpers) {
    if (!AJV_RUNTIME[h])
      throw new Error(`ajv's standalone code needs ${h}: add it to schemas/ajv-runtime.ts`);
  }
  code = code.replace(/require\("([^"]+)"\)\.default/g, (_m, h: string) => `__ajv.${AJV_RUNTIME[h]}`);
  if (/require\(/.test(code)) throw new Error("ajv's standalone code calls require() in a way not mapped");
  code = code.replace(/^"use strict";\n?/, '').replace(/^export const (v\d+) = /gm, 'const $1 = ');
  const files = Object.keys(schemaFiles)
    .map((f) => `schemas/${f}`)
    .join(', ');
  return [
    '/* eslint-disable */',
    '// @ts-nocheck',
    '/**',
    ` * GENERATED from ${files}, schemas/formats.ts`,
    ` * (sources sha256 ${sourceHash(root)}; ajv ${ajvVersion(root)} standalone). DO NOT EDIT: run \`npm run gen\`.`,
    ` * ${spec.description}`,
    ' */',
    spec.declaresType
      ? "import type { ErrorObject } from 'ajv';"
      : "import type { PrecompiledValidator } from './validators.js';",
    `import { ALL_FORMATS as ${FORMATS} } from '../formats.js';`,
    ...(helpers.length ? ["import * as __ajv from '../ajv-runtime.js';"] : []),
    '',
    ...(spec.declaresType
      ? [
          '/** A validator: true when valid, else false with `errors` set. */',
          'export type PrecompiledValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };',
          '',
        ]
      : []),
    code.trim(),
    '',
    '/** The precompiled validators by schema reference (`file` or `file#/definitions/Name`). */',
    `export const ${spec.exportName}: Readonly<Record<string, PrecompiledValidator>> = {`,
    ...spec.refs.map((ref, i) => `  ${JSON.stringify(ref)}: v${i},`),
    '};',
    '',
  ].join('\n');
}
