/**
 * Every JSON Schema file of the project, keyed by its path under `schemas/` (also its ajv id), the manifest
 * kinds, and the one ajv set-up that compiles them (draft-07, all errors, formats, annotation keywords):
 * used at gen time to emit the precompiled validators (generated/validators.ts) and, at run time, only for a
 * schema reference that has none. ajv is loaded on the first `createAjv()`, not when this module is imported.
 */
import { createRequire } from 'node:module';
import type { Ajv, Options } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';
import group from './access-group.schema.json' with { type: 'json' };
import policy from './access-policy.schema.json' with { type: 'json' };
import common from './common.schema.json' with { type: 'json' };
import { CUSTOM_FORMATS } from './formats.js';
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

/**
 * The custom keyword on a kind's `Spec` definition listing the spec-relative property paths (`url`,
 * `auth.type`) whose change forces a replacement: the API cannot update them in place.
 */
export const REPLACE_ON_CHANGE = 'x-replace-on-change';

let provided: { Ajv: typeof import('ajv').Ajv; addFormats: FormatsPlugin } | undefined;

/** ajv and ajv-formats imported statically (`ajv-static.ts`), for a bundle such as the Pulumi plugin. */
export function provideAjv(modules: { Ajv: typeof import('ajv').Ajv; addFormats: FormatsPlugin }): void {
  provided = modules;
}

/**
 * Creates the project's ajv with every schema file added. `extra` adds options (the generator asks for
 * standalone source code with `code`); the validation options themselves are fixed here, so generated and
 * run-time validators check and report exactly alike.
 */
export function createAjv(extra: Options = {}): Ajv {
  // ajv and ajv-formats are CommonJS: required on demand, so that importing the registry (every command
  // that reads manifests) does not load them when the precompiled validators cover what it checks. A
  // bundle, which has no node_modules to require from, provides them statically (`ajv-static.ts`).
  const require = createRequire(import.meta.url);
  const { Ajv: AjvClass } = provided ?? (require('ajv') as typeof import('ajv'));
  const addFormats = provided?.addFormats ?? (require('ajv-formats') as FormatsPlugin);
  // strictTypes/strictRequired are off: draft-07 if/then and oneOf branches legitimately name
  // properties declared elsewhere. Every other strict check (unknown keywords, formats) stays on.
  const instance = new AjvClass({
    ...extra,
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
