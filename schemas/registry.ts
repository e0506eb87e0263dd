/**
 * The schema registry: every JSON Schema of the project (manifest kinds and management-API wire shapes)
 * compiled once with ajv (draft-07, all errors, formats). The single source of truth for validation on
 * both sides of the API; callers name a schema by file and optional JSON pointer, e.g.
 * `wire/mcp-server.schema.json#/definitions/Create`.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import group from './access-group.schema.json' with { type: 'json' };
import policy from './access-policy.schema.json' with { type: 'json' };
import common from './common.schema.json' with { type: 'json' };
import { CUSTOM_FORMATS } from './formats.js';
import type { ApiVersion } from './generated/manifest.js';
import manifest from './manifest.schema.json' with { type: 'json' };
import portal from './mcp-portal.schema.json' with { type: 'json' };
import server from './mcp-server.schema.json' with { type: 'json' };
import wireApp from './wire/access-app.schema.json' with { type: 'json' };
import wireGroup from './wire/access-group.schema.json' with { type: 'json' };
import wirePolicy from './wire/access-policy.schema.json' with { type: 'json' };
import wireTag from './wire/access-tag.schema.json' with { type: 'json' };
import wireDnsRecord from './wire/dns-record.schema.json' with { type: 'json' };
import envelope from './wire/envelope.schema.json' with { type: 'json' };
import wireIdentityProvider from './wire/identity-provider.schema.json' with { type: 'json' };
import wirePortal from './wire/mcp-portal.schema.json' with { type: 'json' };
import wireServer from './wire/mcp-server.schema.json' with { type: 'json' };
import wireLog from './wire/request-log.schema.json' with { type: 'json' };
import wireServiceToken from './wire/service-token.schema.json' with { type: 'json' };

/** Every schema file, keyed by its path relative to `schemas/` (the key is also its ajv id). */
export const schemaFiles: Readonly<Record<string, object>> = {
  'common.schema.json': common,
  'access-group.schema.json': group,
  'access-policy.schema.json': policy,
  'mcp-server.schema.json': server,
  'mcp-portal.schema.json': portal,
  'manifest.schema.json': manifest,
  'wire/envelope.schema.json': envelope,
  'wire/mcp-server.schema.json': wireServer,
  'wire/mcp-portal.schema.json': wirePortal,
  'wire/access-policy.schema.json': wirePolicy,
  'wire/access-app.schema.json': wireApp,
  'wire/service-token.schema.json': wireServiceToken,
  'wire/access-group.schema.json': wireGroup,
  'wire/access-tag.schema.json': wireTag,
  'wire/dns-record.schema.json': wireDnsRecord,
  'wire/identity-provider.schema.json': wireIdentityProvider,
  'wire/request-log.schema.json': wireLog,
};

/** The manifest kinds and the schema file of each. */
export const kindSchemas = {
  AccessGroup: 'access-group.schema.json',
  AccessPolicy: 'access-policy.schema.json',
  McpServer: 'mcp-server.schema.json',
  McpPortal: 'mcp-portal.schema.json',
} as const;
export type KindName = keyof typeof kindSchemas;

/** The manifests' apiVersion (typed by the generated schema type, so a schema change breaks the build). */
export const API_VERSION: ApiVersion = 'mcpportal/v1';

/**
 * The custom keyword on a kind's `Spec` definition listing the spec-relative property paths (`url`,
 * `auth.type`) whose change forces a replacement: the API cannot update them in place.
 */
export const REPLACE_ON_CHANGE = 'x-replace-on-change';

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

// ajv-formats is CommonJS: under NodeNext TypeScript types the default import as the module
// namespace, while at run time it is the plugin function itself.
const addFormats = addFormatsModule as unknown as FormatsPlugin;

function createAjv(): Ajv {
  // strictTypes/strictRequired are off: draft-07 if/then and oneOf branches legitimately name
  // properties declared elsewhere. Every other strict check (unknown keywords, formats) stays on.
  const instance = new Ajv({
    allErrors: true,
    verbose: true, // errors carry their schema and data, so diagnostics can name allowed values
    discriminator: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
  });
  addFormats(instance);
  for (const [name, check] of Object.entries(CUSTOM_FORMATS)) instance.addFormat(name, check);
  // An annotation, not an assertion: it declares which spec fields force a replacement (read by
  // replaceOnChange and the Pulumi schema generator) and validates nothing. Registered because strict
  // mode refuses unknown keywords; `metaSchema` makes a malformed annotation a compile error.
  instance.addKeyword({
    keyword: REPLACE_ON_CHANGE,
    schemaType: 'array',
    metaSchema: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
  });
  // Also an annotation: the TypeScript type `npm run gen` emits for a schema whose JSON form is looser
  // (an Access rule validates as one object with exactly one key; its type is the SDK's union).
  instance.addKeyword({ keyword: 'tsType', schemaType: 'string' });
  for (const [key, schema] of Object.entries(schemaFiles)) instance.addSchema(schema, key);
  return instance;
}

let shared: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/** The compiled validator for a schema reference; compiled on first use and cached. */
export function validatorFor(ref: string): ValidateFunction {
  let fn = validators.get(ref);
  if (!fn) {
    shared ??= createAjv();
    fn = shared.getSchema(ref);
    if (!fn) throw new Error(`unknown schema reference ${ref}`);
    validators.set(ref, fn);
  }
  return fn;
}

/** Validates a value against a schema reference and returns a discriminated result. */
export function validate(ref: string, value: unknown): ValidationResult {
  const fn = validatorFor(ref);
  return fn(value) ? { ok: true } : { ok: false, errors: [...(fn.errors ?? [])] };
}
