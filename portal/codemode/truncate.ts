/**
 * Structural truncation of a JSON value to a character budget: what a code-mode run returns (its result and
 * its logs) must fit in a model's context. Long strings are cut with `…[truncated N chars]`, arrays end with
 * a `"…[N more items]"` element, objects get a `"…": "N more keys"` entry and nesting past MAX_DEPTH becomes
 * a summary string. Deterministic: the same value and budget always give the same output.
 */

/** Nesting below this depth is summarised (only when the value has to be truncated at all). */
export const MAX_DEPTH = 32;
/** The least budget a kept child gets: every number, boolean, null and short marker fits in it. */
const MIN_SHARE = 40;
const ELLIPSIS = '…';

interface Fitted {
  value: unknown;
  size: number;
}

/**
 * Returns `value` unchanged (the same reference, `truncated: false`) when its JSON text fits in `maxChars`;
 * otherwise a truncated copy whose JSON text is at most `maxChars` long (for `maxChars` ≥ 200; below that the
 * markers alone may exceed it). Keys and items are kept in their order: small members are kept whole and the
 * budget left is shared equally by the large ones (max-min fair), so a huge `items` array does not push out
 * a small `nextCursor` beside it. Members that are `undefined`/functions are dropped as JSON.stringify does.
 */
export function truncateJson(value: unknown, maxChars: number): { value: unknown; truncated: boolean } {
  const text = JSON.stringify(value);
  if (text === undefined || text.length <= maxChars) return { value, truncated: false };
  return { value: fitValue(value, Math.max(maxChars, 2), 0, text.length).value, truncated: true };
}

function jsonLength(value: unknown): number {
  return JSON.stringify(value)?.length ?? 4;
}

function fitValue(value: unknown, budget: number, depth: number, size = jsonLength(value)): Fitted {
  if (size <= budget) return { value, size };
  if (typeof value === 'string') return fitString(value, budget);
  if (value === null || typeof value !== 'object') return { value, size }; // a number never exceeds MIN_SHARE
  if (depth >= MAX_DEPTH) {
    const summary = Array.isArray(value)
      ? `${ELLIPSIS}[array of ${value.length} items]`
      : `${ELLIPSIS}[object with ${Object.keys(value).length} keys]`;
    return fitString(summary, budget);
  }
  return Array.isArray(value) ? fitArray(value, budget, depth) : fitObject(value, budget, depth);
}

/** A prefix of `s` plus a marker naming how many characters were cut, within `budget` JSON characters. */
function fitString(s: string, budget: number): Fitted {
  let keep = Math.max(0, budget - 32);
  for (;;) {
    // Never split a surrogate pair: the kept text must stay valid UTF-16.
    const code = s.charCodeAt(keep - 1);
    if (keep > 0 && code >= 0xd800 && code <= 0xdbff) keep -= 1;
    const out = `${s.slice(0, keep)}${ELLIPSIS}[truncated ${s.length - keep} chars]`;
    const size = JSON.stringify(out).length;
    if (size <= budget || keep === 0) return { value: out, size };
    keep = Math.max(0, keep - (size - budget));
  }
}

interface Member {
  key?: string;
  value: unknown;
  size: number;
  /** JSON characters besides the value: the separating comma and, in objects, `"key":`. */
  overhead: number;
}

function fitArray(items: unknown[], budget: number, depth: number): Fitted {
  const members = items.map((item, i) => {
    const v = item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item;
    return { value: v, size: jsonLength(v), overhead: i === 0 ? 0 : 1 };
  });
  const marker = (n: number) => `${ELLIPSIS}[${n} more items]`;
  const reserve = JSON.stringify(marker(items.length)).length + 1;
  const kept = share(members, budget - 2 - reserve, depth);
  const out: unknown[] = kept.map((m) => m.value);
  let size = 2 + kept.reduce((sum, m) => sum + m.size + m.overhead, 0);
  if (kept.length < items.length) {
    const m = marker(items.length - kept.length);
    out.push(m);
    size += JSON.stringify(m).length + (kept.length > 0 ? 1 : 0);
  }
  return { value: out, size };
}

function fitObject(obj: object, budget: number, depth: number): Fitted {
  const members: Member[] = [];
  for (const [key, v] of Object.entries(obj)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    members.push({ key, value: v, size: jsonLength(v), overhead: JSON.stringify(key).length + 1 });
  }
  for (let i = 1; i < members.length; i++) members[i]!.overhead += 1;
  const marker = (n: number) => `${n} more keys`;
  const reserve = JSON.stringify(ELLIPSIS).length + 1 + JSON.stringify(marker(members.length)).length + 1;
  const kept = share(members, budget - 2 - reserve, depth);
  const out: Record<string, unknown> = {};
  // defineProperty, not assignment: a "__proto__" key from JSON.parse is an own property and must stay one.
  for (const m of kept)
    Object.defineProperty(out, m.key!, {
      value: m.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  let size = 2 + kept.reduce((sum, m) => sum + m.size + m.overhead, 0);
  if (kept.length < members.length) {
    const text = marker(members.length - kept.length);
    Object.defineProperty(out, ELLIPSIS, {
      value: text,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    size += JSON.stringify(ELLIPSIS).length + 1 + JSON.stringify(text).length + (kept.length > 0 ? 1 : 0);
  }
  return { value: out, size };
}

/**
 * The longest prefix of `members` in which each gets at least min(size, MIN_SHARE), then a max-min fair
 * split of `avail` among them (small members whole, large ones an equal share), each fitted to its share.
 */
function share(members: Member[], avail: number, depth: number): Member[] {
  let count = 0;
  let floor = 0;
  for (const m of members) {
    const need = m.overhead + Math.min(m.size, MIN_SHARE);
    if (floor + need > avail) break;
    floor += need;
    count += 1;
  }
  const prefix = members.slice(0, count);
  const order = prefix.map((_, i) => i).sort((a, b) => prefix[a]!.size - prefix[b]!.size || a - b);
  const alloc: number[] = new Array(count).fill(0);
  let left = avail - prefix.reduce((sum, m) => sum + m.overhead, 0);
  order.forEach((index, rank) => {
    const fair = Math.floor(left / (count - rank));
    alloc[index] = Math.min(prefix[index]!.size, fair);
    left -= alloc[index]!;
  });
  return prefix.map((m, i) => {
    const fitted = fitValue(m.value, Math.max(alloc[i]!, Math.min(m.size, MIN_SHARE)), depth + 1, m.size);
    return { ...m, value: fitted.value, size: fitted.size };
  });
}
