/**
 * A pure structural diff of two resource specs (no I/O): leaf-level field changes with readable paths.
 * Arrays listed in `keyed` are sets keyed by a field (`tools` by name, `servers` by server), so order
 * never causes a diff; other arrays compare whole, in order (policy precedence is an order).
 */

/** A JSON value; object members may be undefined (optional fields), which JSON leaves out. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

export interface FieldChange {
  /** e.g. `spec.tools[search].alias` */
  path: string;
  /** Absent when the field is added. */
  before?: Json;
  /** Absent when the field is removed. */
  after?: Json;
}

const isObject = (v: unknown): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Loops rather than filter/every: a plan compares every spec of every object (no allocation per node).
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObject(a) && isObject(b)) {
    // Members that are undefined count as absent on both sides.
    let defined = 0;
    for (const k of Object.keys(a)) {
      const v = a[k];
      if (v === undefined) continue;
      defined++;
      if (!deepEqual(v, b[k])) return false;
    }
    for (const k of Object.keys(b)) if (b[k] !== undefined) defined--;
    return defined === 0;
  }
  return false;
}

/**
 * Diffs `before` against `after`. `keyed` maps a field name (the last path segment, e.g. `tools`) to
 * the key of its items.
 */
export function diff(
  before: Json | undefined,
  after: Json | undefined,
  path: string,
  keyed: Record<string, string>,
): FieldChange[] {
  if (deepEqual(before, after)) return [];
  const field =
    path
      .replace(/\[[^\]]*\]$/, '')
      .split('.')
      .pop() ?? '';
  const key = keyed[field];
  if (key && Array.isArray(before) && Array.isArray(after)) {
    const index = (list: Json[]) =>
      new Map(list.map((item) => [String(isObject(item) ? item[key] : item), item]));
    const b = index(before);
    const a = index(after);
    const keys = [...new Set([...b.keys(), ...a.keys()])].sort();
    return keys.flatMap((k) => diff(b.get(k), a.get(k), `${path}[${k}]`, keyed));
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diff(before[k], after[k], `${path}.${k}`, keyed));
  }
  return [
    {
      path,
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
    },
  ];
}
