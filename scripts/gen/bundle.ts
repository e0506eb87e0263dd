/**
 * Bundles several schema files into one self-contained draft-07 schema: every definition is copied
 * under a prefixed name and every `$ref` (local or to a sibling file) is rewritten to a local
 * `#/definitions/...` pointer. Used for `schemas/manifest.schema.json` (editors) and for codegen.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A file to bundle: its path under `schemas/`, the prefix of its definitions, and the name of its root (if any). */
export interface BundlePart {
  file: string;
  prefix: string;
  root?: string;
}

export function readSchema(schemasDir: string, file: string): JsonObject {
  return JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as JsonObject;
}

function rewriteRefs(node: Json, part: BundlePart, parts: readonly BundlePart[]): Json {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, part, parts));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const [filePart = '', pointer = ''] = value.split('#');
      const target = filePart
        ? parts.find((p) => p.file === posix.join(posix.dirname(part.file), filePart))
        : part;
      const name = pointer.replace(/^\/definitions\//, '');
      if (!target || name.includes('/')) throw new Error(`bundle: unsupported $ref ${value} in ${part.file}`);
      out[key] = `#/definitions/${target.prefix}${name}`;
    } else out[key] = rewriteRefs(value, part, parts);
  }
  return out;
}

/** Copies every part's definitions (and root, when named) into one `definitions` map. */
export function bundleDefinitions(schemasDir: string, parts: readonly BundlePart[]): JsonObject {
  const definitions: JsonObject = {};
  for (const part of parts) {
    const {
      definitions: local = {},
      $schema: _schema,
      title: _title,
      ...root
    } = readSchema(schemasDir, part.file);
    for (const [name, def] of Object.entries(local as JsonObject)) {
      definitions[`${part.prefix}${name}`] = rewriteRefs(def, part, parts);
    }
    if (part.root)
      definitions[part.root] = { title: part.root, ...(rewriteRefs(root, part, parts) as JsonObject) };
  }
  return definitions;
}

export const MANIFEST_PARTS: readonly BundlePart[] = [
  { file: 'common.schema.json', prefix: '' },
  { file: 'access-group.schema.json', prefix: 'AccessGroup', root: 'AccessGroup' },
  { file: 'access-policy.schema.json', prefix: 'AccessPolicy', root: 'AccessPolicy' },
  { file: 'mcp-server.schema.json', prefix: 'McpServer', root: 'McpServer' },
  { file: 'mcp-portal.schema.json', prefix: 'McpPortal', root: 'McpPortal' },
];

export const WIRE_PARTS: readonly BundlePart[] = [
  { file: 'wire/envelope.schema.json', prefix: '' },
  { file: 'wire/mcp-server.schema.json', prefix: 'Server' },
  { file: 'wire/mcp-portal.schema.json', prefix: 'Portal' },
  { file: 'wire/access-policy.schema.json', prefix: 'Policy' },
  { file: 'wire/access-app.schema.json', prefix: 'App' },
  { file: 'wire/service-token.schema.json', prefix: 'ServiceToken' },
  { file: 'wire/access-group.schema.json', prefix: 'Group' },
  { file: 'wire/access-tag.schema.json', prefix: 'Tag' },
  { file: 'wire/dns-record.schema.json', prefix: 'DnsRecord' },
  { file: 'wire/identity-provider.schema.json', prefix: 'IdentityProvider' },
  { file: 'wire/request-log.schema.json', prefix: 'Log' },
];

/** `schemas/manifest.schema.json`: one document of any kind, dispatched on `kind`. */
export function bundleManifestSchema(schemasDir: string): JsonObject {
  const kinds = MANIFEST_PARTS.flatMap((p) => (p.root ? [p.root] : []));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment: 'Generated from the per-kind schemas in this folder by `npm run gen`. DO NOT EDIT.',
    title: 'Manifest',
    description:
      'One document of an mcp-portals manifest (apiVersion mcpportal/v1): an AccessGroup, AccessPolicy, McpServer or McpPortal.',
    type: 'object',
    required: ['kind'],
    discriminator: { propertyName: 'kind' },
    oneOf: kinds.map((kind) => ({ $ref: `#/definitions/${kind}` })),
    definitions: bundleDefinitions(schemasDir, MANIFEST_PARTS),
  };
}
