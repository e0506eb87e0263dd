/**
 * Checks every successful API answer against the wire schemas (schemas/wire/*) before anything reads it: a
 * list whose `result` is not an array, an object missing a required field or with a field of the wrong type
 * is a `MalformedResponseError` naming the request and the field, never an empty or half-read live state.
 * Fields the schemas do not name are allowed (Cloudflare adds fields over time), and of the fields the
 * schemas require only the ones the SDK types also require, or the reconciler cannot work without (ids and
 * names), are enforced: the official SDK, the wire's specification, marks most answer fields optional.
 */
import type { ErrorObject } from 'ajv';
import { validateWire } from '../../schemas/wire-validate.js';
import { MalformedResponseError } from './errors.js';

const W = (file: string, def = 'Object') => `wire/${file}.schema.json#/definitions/${def}`;
const ACCOUNT = '^/accounts/[^/]+';
const ID = '/[^/]+';

/**
 * Collections (GET: a list of objects) with the schema of one object and the top-level fields an answer
 * must have; an item path is the collection + `/id`.
 */
const COLLECTIONS: readonly [RegExp, string, readonly string[]][] = [
  [
    new RegExp(`${ACCOUNT}/access/ai-controls/mcp/servers`),
    W('mcp-server'),
    ['id', 'name', 'hostname', 'auth_type', 'tools', 'prompts'],
  ],
  [new RegExp(`${ACCOUNT}/access/ai-controls/mcp/portals`), W('mcp-portal'), ['id', 'name', 'hostname']],
  [new RegExp(`${ACCOUNT}/access/policies`), W('access-policy'), ['id', 'name']],
  [new RegExp(`${ACCOUNT}/access/groups`), W('access-group'), ['id', 'name']],
  [new RegExp(`${ACCOUNT}/access/tags`), W('access-tag'), ['name']],
  [new RegExp(`${ACCOUNT}/access/apps`), W('access-app'), ['id']],
  [new RegExp(`${ACCOUNT}/access/identity_providers`), W('identity-provider'), ['id']],
  [/^\/zones\/[^/]+\/dns_records/, W('dns-record'), ['id', 'name', 'type']],
  [new RegExp(`${ACCOUNT}/access/ai-controls/mcp/(?:servers|portals)${ID}/logs`), W('request-log'), ['id']],
];
const SYNC = new RegExp(`${ACCOUNT}/access/ai-controls/mcp/servers${ID}/sync$`);

/** What `result` must be for this request: a list of a schema, one object of it, or unchecked. */
export function expectedResult(
  method: string,
  path: string,
): { list: boolean; schema: string; required: readonly string[] } | undefined {
  if (method === 'POST' && SYNC.test(path))
    return { list: false, schema: W('mcp-server', 'SyncResult'), required: [] };
  for (const [re, schema, required] of COLLECTIONS) {
    const m = new RegExp(`${re.source}(${ID})?$`).exec(path);
    if (!m) continue;
    const item = m[1] !== undefined;
    if (method === 'DELETE') return undefined; // an id, or the deleted object: read by no one
    if (method === 'GET') return { list: !item, schema, required };
    return { list: false, schema, required }; // POST to the collection, PUT/PATCH to an item: the object
  }
  return undefined;
}

const describe = (e: ErrorObject, prefix: string) => {
  const at = `${prefix}${e.instancePath}`.replace(/^\//, '').replace(/\//g, '.') || 'result';
  const missing =
    e.keyword === 'required' ? `.${(e.params as { missingProperty: string }).missingProperty}` : '';
  return `${at}${missing} ${e.message ?? 'is invalid'}`;
};

/** Throws a MalformedResponseError when `body` (the parsed answer) is not a v4 envelope or its result is not of its schema. */
export function checkEnvelope(method: string, path: string, body: unknown): void {
  const where = `${method} ${path}: the API's answer does not match its wire schema`;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new MalformedResponseError(
      `${where}: the body is ${body === null ? 'null' : typeof body}, not an envelope object`,
    );
  const result = (body as { result?: unknown }).result;
  const want = expectedResult(method, path);
  if (!want) return;
  if (want.list && !Array.isArray(result))
    throw new MalformedResponseError(
      `${where}: result must be an array (got ${result === null ? 'null' : typeof result})`,
    );
  const items = want.list ? (result as unknown[]) : [result];
  for (const [i, item] of items.entries()) {
    const r = validateWire(want.schema, item);
    if (r.ok) continue;
    const errors = r.errors.filter(
      (e) =>
        e.keyword !== 'additionalProperties' &&
        (e.keyword !== 'required' ||
          (e.instancePath === '' &&
            want.required.includes((e.params as { missingProperty: string }).missingProperty))),
    );
    if (errors.length === 0) continue;
    const prefix = want.list ? `/result/${i}` : '/result';
    const first = errors.slice(0, 3).map((e) => describe(e, prefix));
    throw new MalformedResponseError(
      `${where}: ${first.join('; ')}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}`,
    );
  }
}
