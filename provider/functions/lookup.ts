/**
 * Argument checking and the one-object lookup shared by the functions: the arguments are checked against
 * the function's inputs in provider/schema.json (known names, strings only), a lookup takes exactly one
 * of its id input and `name`, and picks the object from a listing (never one GET per candidate).
 */
import schema from '../schema.json' with { type: 'json' };
import type { Props } from '../wire.js';
import { AmbiguousNameError, FunctionArgsError, NotFoundError } from './errors.js';

const FUNCTIONS = schema.functions as Record<string, { inputs: { properties: Record<string, unknown> } }>;

/** The function's arguments as strings, or `FunctionArgsError` naming every problem. */
export function checkArgs(token: string, args: Props): Record<string, string> {
  const allowed = Object.keys(FUNCTIONS[token]?.inputs.properties ?? {});
  const failures: { property: string; reason: string }[] = [];
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(args)) {
    if (v === undefined || v === null) continue;
    if (!allowed.includes(k))
      failures.push({ property: k, reason: `not an input of ${token} (inputs: ${allowed.join(', ')})` });
    else if (typeof v !== 'string') failures.push({ property: k, reason: 'must be a string' });
    else out[k] = v;
  }
  if (failures.length) throw new FunctionArgsError(token, failures);
  return out;
}

/** `{id}` or `{name}` from the arguments: exactly one of them, not empty. */
export function idOrName(
  token: string,
  args: Record<string, string>,
  idKey: string,
): { id: string } | { name: string } {
  const id = args[idKey];
  const name = args.name;
  if (id !== undefined && name !== undefined)
    throw new FunctionArgsError(token, [{ property: 'name', reason: `give ${idKey} or name, not both` }]);
  if (id === undefined && name === undefined)
    throw new FunctionArgsError(token, [{ property: idKey, reason: `give ${idKey} or name` }]);
  const [key, value] = id !== undefined ? [idKey, id] : ['name', name as string];
  if (!value) throw new FunctionArgsError(token, [{ property: key, reason: 'must not be empty' }]);
  return id !== undefined ? { id } : { name: name as string };
}

/** The one item with the id, or the one with the name: `NotFoundError` or `AmbiguousNameError` otherwise. */
export function pick<T>(
  items: readonly T[],
  by: { id: string } | { name: string },
  kind: string,
  idKey: string,
  idOf: (x: T) => string,
  nameOf: (x: T) => string,
): T {
  if ('id' in by) {
    const hit = items.find((x) => idOf(x) === by.id);
    if (!hit) throw new NotFoundError(kind, idKey, by.id);
    return hit;
  }
  const hits = items.filter((x) => nameOf(x) === by.name);
  if (hits.length > 1) throw new AmbiguousNameError(kind, by.name, hits.map(idOf).sort(), idKey);
  const [hit] = hits;
  if (!hit) throw new NotFoundError(kind, 'name', by.name);
  return hit;
}
