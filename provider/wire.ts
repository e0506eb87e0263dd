/**
 * The Pulumi wire encoding of property values: secret wrappers and the unknown sentinel (the constants
 * of `@pulumi/pulumi/runtime/rpc`, copied so the plugin does not load the whole SDK; a test checks they
 * agree), plus the helpers the provider needs: reveal, re-wrap at paths, find unknowns, sanitise.
 */

export const SIG_KEY = '4dabf18193072939515e22adb298388d';
export const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';
/** A value not known until apply (preview only). */
export const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';

export type Segment = string | number;
export type Path = Segment[];
export type Props = Record<string, unknown>;

export const isObject = (v: unknown): v is Props => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isSecret = (v: unknown): v is { value: unknown } => isObject(v) && v[SIG_KEY] === SECRET_SIG;

/** Wraps a value as a secret (once). */
export const secret = (value: unknown): Props =>
  isSecret(value) ? value : { [SIG_KEY]: SECRET_SIG, value: value as never };

export const isUnknown = (v: unknown): boolean => v === UNKNOWN || (isSecret(v) && v.value === UNKNOWN);

/** The value with every secret wrapper removed (unknowns stay as the sentinel). */
export function reveal(v: unknown): unknown {
  if (isSecret(v)) return reveal(v.value);
  if (Array.isArray(v)) return v.map(reveal);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, reveal(x)]));
  return v;
}

/** Paths of every value matching `test`, not descending into matches. */
function pathsWhere(v: unknown, test: (x: unknown) => boolean, at: Path = []): Path[] {
  if (test(v)) return [at];
  if (isSecret(v)) return pathsWhere(v.value, test, at);
  if (Array.isArray(v)) return v.flatMap((x, i) => pathsWhere(x, test, [...at, i]));
  if (isObject(v)) return Object.entries(v).flatMap(([k, x]) => pathsWhere(x, test, [...at, k]));
  return [];
}

export const unknownPaths = (v: unknown): Path[] => pathsWhere(v, (x) => x === UNKNOWN);
export const secretPaths = (v: unknown): Path[] => pathsWhere(v, isSecret);
export const hasUnknowns = (v: unknown): boolean => unknownPaths(v).length > 0;

export function getAt(v: unknown, path: readonly Segment[]): unknown {
  let cur = v;
  for (const seg of path) {
    if (isSecret(cur)) cur = cur.value;
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isObject(cur) && typeof seg === 'string') cur = cur[seg];
    else return undefined;
  }
  return cur;
}

/** A copy of `v` with the value at `path` wrapped as a secret (no-op when absent). */
export function wrapAt(v: unknown, path: readonly Segment[]): unknown {
  if (path.length === 0) return v === undefined ? v : secret(v);
  if (isSecret(v)) return v;
  const [head, ...rest] = path;
  if (Array.isArray(v) && typeof head === 'number' && head < v.length)
    return v.map((x, i) => (i === head ? wrapAt(x, rest) : x));
  if (isObject(v) && typeof head === 'string' && v[head] !== undefined)
    return { ...v, [head]: wrapAt(v[head], rest) };
  return v;
}

/**
 * JSON-safe copy for `Struct.fromJavaScript`, which throws on `undefined` (after a side effect, that
 * would leak the object): drops undefined object values, turns undefined array items and non-finite
 * numbers into null, dates into ISO strings.
 */
export function sanitize(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(sanitize);
  if (isObject(v)) {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== undefined)
        .map(([k, x]) => [k, sanitize(x)]),
    );
  }
  return String(v);
}

/** A Pulumi property path: `auth.token`, `tools[0].alias`, `auth.headers["X-Api-Key"]`. */
export function propertyPath(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
