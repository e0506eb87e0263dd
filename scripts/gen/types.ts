/**
 * Generates the TypeScript types in `schemas/generated/` from the JSON Schemas with
 * json-schema-to-typescript. Each file carries a header naming its sources and their hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { type BundlePart, bundleDefinitions, type JsonObject, MANIFEST_PARTS, WIRE_PARTS } from './bundle.js';

function sourceHash(schemasDir: string, parts: readonly BundlePart[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(readFileSync(join(schemasDir, part.file)));
  return hash.digest('hex').slice(0, 16);
}

async function generate(
  schemasDir: string,
  parts: readonly BundlePart[],
  rootName: string,
  rootSchema: JsonObject,
) {
  const schema = { ...rootSchema, definitions: bundleDefinitions(schemasDir, parts) };
  const files = parts.map((p) => `schemas/${p.file}`).join(', ');
  const banner = [
    '/* eslint-disable */',
    '/**',
    ` * GENERATED from ${files}`,
    ` * (sources sha256 ${sourceHash(schemasDir, parts)}). DO NOT EDIT: run \`npm run gen\`.`,
    ' */',
  ].join('\n');
  // biome-ignore lint/suspicious/noExplicitAny: json-schema-to-typescript takes its own JSONSchema type.
  return compile(schema as any, rootName, {
    bannerComment: banner,
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

/** Returns generated file contents keyed by their path relative to the repository root. */
export async function generateTypes(schemasDir: string): Promise<Record<string, string>> {
  const manifestRoot: JsonObject = {
    title: 'Manifest',
    oneOf: MANIFEST_PARTS.flatMap((p) => (p.root ? [{ $ref: `#/definitions/${p.root}` }] : [])),
  };
  const wireRoot: JsonObject = { title: 'WireTypes', type: 'object', additionalProperties: false };
  return {
    'schemas/generated/manifest.ts': await generate(schemasDir, MANIFEST_PARTS, 'Manifest', manifestRoot),
    'schemas/generated/wire.ts': await generate(schemasDir, WIRE_PARTS, 'WireTypes', wireRoot),
  };
}
