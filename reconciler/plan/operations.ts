/**
 * The plan's operation graph: typed API operations with request bodies, each naming the operations it
 * depends on. Bodies are plain JSON in which three markers stand for what is only known at apply time:
 * `{ "$ref": "AccessPolicy/engineers" }` (the id an earlier create produced), `{ "$secret": "env:X" }`
 * (a credential, resolved from its reference) and `{ "$json": value }` (a JSON string built from value).
 * A plan file therefore holds no secret, and `apply` needs nothing but the plan and the secrets.
 */
import type { Json } from './diff.js';

export type OpType =
  | 'group.create'
  | 'group.update'
  | 'group.delete'
  | 'policy.create'
  | 'policy.update'
  | 'policy.delete'
  | 'server.create'
  | 'server.update'
  | 'server.delete'
  | 'server.sync'
  | 'portal.create'
  | 'portal.update'
  | 'portal.delete'
  | 'portal.detach'
  | 'portal.attach'
  | 'app.create'
  | 'app.update'
  | 'app.delete'
  | 'tag.create'
  | 'dns.create'
  | 'dns.update'
  | 'dns.delete';

export interface Operation {
  /** Unique in the plan, e.g. `McpServer/docs:update`. */
  id: string;
  op: OpType;
  /** The resource this operation belongs to (`Kind/name`), for grouping and messages. */
  resource: string;
  /** The API id acted on, when it exists before apply (a `$ref` otherwise, inside `args`). */
  target?: string;
  /** Operation arguments: the request body and what else the operation needs; see the executors. */
  args: { [key: string]: Json };
  dependsOn: string[];
  /** Set on creates: later operations refer to the new object's id as `{ "$ref": produces }`. */
  produces?: string;
  /** Why the operation is there when it is not a spec change (e.g. `resync`): apply flags may skip it. */
  purpose?: 'resync';
  /** The server whose capability sync this operation starts: apply waits for it to settle. */
  syncs?: string;
}

export const ref = (key: string): Json => ({ $ref: key });
export const secretRef = (key: string): Json => ({ $secret: key });
export const jsonOf = (value: Json): Json => ({ $json: value });

const isObject = (v: unknown): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every `$secret` key in a value. */
export function secretKeys(value: Json, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) secretKeys(v, out);
  else if (isObject(value)) {
    if (typeof value.$secret === 'string') out.add(value.$secret);
    else for (const v of Object.values(value)) secretKeys(v, out);
  }
  return out;
}

export class UnresolvedValueError extends Error {
  override readonly name = 'UnresolvedValueError';
}

/**
 * Replaces the markers in `value`: `$ref` from `ids`, `$secret` through `secret`, `$json` by the JSON
 * text of its (materialised) value. Throws `UnresolvedValueError` for a `$ref` nothing produced.
 */
export function materialise(
  value: Json,
  ids: ReadonlyMap<string, string>,
  secret: (key: string) => string,
): unknown {
  if (Array.isArray(value)) return value.map((v) => materialise(v, ids, secret));
  if (!isObject(value)) return value;
  if (typeof value.$ref === 'string') {
    const id = ids.get(value.$ref);
    if (id === undefined) throw new UnresolvedValueError(`${value.$ref} has no id (it was not created)`);
    return id;
  }
  if (typeof value.$secret === 'string') return secret(value.$secret);
  if ('$json' in value) return JSON.stringify(materialise(value.$json as Json, ids, secret));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, materialise(v, ids, secret)]));
}
