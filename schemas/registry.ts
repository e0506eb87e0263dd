/**
 * The schema registry: every JSON Schema of the project (manifest kinds and management-API wire shapes,
 * ./catalog.ts) as validators with one set of options (draft-07, all errors, formats). The single source of
 * truth for validation on both sides of the API; callers name a schema by file and optional JSON pointer,
 * e.g. `wire/mcp-server.schema.json#/definitions/Create`. The kinds (generated/validators.ts) run precompiled
 * code (`npm run gen`, ajv standalone: nothing to compile at start-up), as do the wire definitions through
 * `wire-validate.ts` (generated/wire-validators.ts); any other reference is compiled on first use.
 */
import type { Ajv, ErrorObject } from 'ajv';
import { createAjv, type KindName, kindSchemas, REPLACE_ON_CHANGE, schemaFiles } from './catalog.js';
import type { ApiVersion } from './generated/manifest.js';
import { type PrecompiledValidator, precompiled } from './generated/validators.js';

export { createAjv, type KindName, kindSchemas, REPLACE_ON_CHANGE, schemaFiles } from './catalog.js';

/** The manifests' apiVersion (typed by the generated schema type, so a schema change breaks the build). */
export const API_VERSION: ApiVersion = 'mcpportal/v1';

/** The spec-relative paths whose change replaces an object of `kind`, from its schema's annotation. */
export function replaceOnChange(kind: KindName): readonly string[] {
  return replaceOnChangeOf(schemaFiles[kindSchemas[kind]], kindSchemas[kind]);
}

/** Reads the annotation from a kind's schema document (`where` names it in the error). */
export function replaceOnChangeOf(kindSchema: unknown, where: string): readonly string[] {
  const spec = (kindSchema as { definitions?: { Spec?: Record<string, unknown> } }).definitions?.Spec;
  const paths = spec?.[REPLACE_ON_CHANGE];
  if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string'))
    throw new Error(`${where}: definitions.Spec lacks a string array "${REPLACE_ON_CHANGE}"`);
  return paths;
}

export type ValidationResult = { ok: true } | { ok: false; errors: ErrorObject[] };

/** A validator: true when valid, else false with `errors` set (ajv's compiled and standalone alike). */
export type Validator = PrecompiledValidator;

let shared: Ajv | undefined;
const compiled = new Map<string, Validator>();

/** The validator for a schema reference: precompiled when generated, else compiled on first use and cached. */
export function validatorFor(ref: string): Validator {
  const generated = precompiled[ref];
  if (generated) return generated;
  let fn = compiled.get(ref);
  if (!fn) {
    shared ??= createAjv();
    fn = shared.getSchema(ref);
    if (!fn) throw new Error(`unknown schema reference ${ref}`);
    compiled.set(ref, fn);
  }
  return fn;
}

/** Validates a value against a schema reference and returns a discriminated result. */
export function validate(ref: string, value: unknown): ValidationResult {
  const fn = validatorFor(ref);
  return fn(value) ? { ok: true } : { ok: false, errors: [...(fn.errors ?? [])] };
}
