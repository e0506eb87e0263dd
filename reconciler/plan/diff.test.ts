// deepEqual, the comparison behind every plan and drift: held to its first definition (filter/every over
// the defined members) on random JSON-like values, pairs built to be equal or nearly so, so that the
// allocation-free rewrite can never call two specs equal that were different before, or the reverse.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepEqual, diff } from './diff.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** deepEqual as first written. */
function firstDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => firstDeepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => firstDeepEqual(a[k], b[k]));
  }
  return false;
}

const { node } = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom('a', 'b', ''),
    fc.integer({ min: -2, max: 2 }),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('x', 'y', 'z', 'name'), tie('node'), { maxKeys: 3 }),
  ),
}));

/** `v` changed in one random place (or not at all): near-equal pairs are where a comparison goes wrong. */
const nudged = (v: unknown, pick: number, to: unknown): unknown => {
  if (Array.isArray(v)) {
    if (!v.length) return pick % 2 ? [to] : v;
    const i = pick % v.length;
    return v.map((x, j) => (j === i ? nudged(x, Math.floor(pick / 2), to) : x));
  }
  if (isObject(v)) {
    const keys = Object.keys(v);
    if (!keys.length) return pick % 2 ? { x: to } : v;
    const k = keys[pick % keys.length] as string;
    return { ...v, [k]: nudged(v[k], Math.floor(pick / 2), to) };
  }
  return pick % 3 === 0 ? v : to;
};

describe('deepEqual', () => {
  it('answers as its first definition on random and near-equal pairs', () => {
    fc.assert(
      fc.property(node, node, fc.nat(), (a, b, pick) => {
        expect(deepEqual(a, b)).toBe(firstDeepEqual(a, b));
        const near = nudged(a, pick, b);
        expect(deepEqual(a, near)).toBe(firstDeepEqual(a, near));
        expect(deepEqual(near, a)).toBe(firstDeepEqual(near, a));
        expect(deepEqual(a, structuredClone(a))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('treats undefined members as absent, and arrays and objects as different', () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(true);
    expect(deepEqual({ a: 1, b: undefined }, { a: 1, c: 2 })).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual({}, [])).toBe(false);
    expect(deepEqual([1, [2]], [1, [2]])).toBe(true);
    expect(deepEqual([1, [2]], [1, [3]])).toBe(false);
  });

  it('diffs nothing for equal specs and names the changed leaf otherwise', () => {
    expect(
      diff({ tools: [{ name: 't', alias: 'a' }] }, { tools: [{ name: 't', alias: 'a' }] }, 'spec', {}),
    ).toEqual([]);
    expect(
      diff({ tools: [{ name: 't', alias: 'a' }] }, { tools: [{ name: 't', alias: 'b' }] }, 'spec', {
        tools: 'name',
      }),
    ).toEqual([{ path: 'spec.tools[t].alias', before: 'a', after: 'b' }]);
  });
});
