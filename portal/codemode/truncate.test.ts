// truncateJson: a table of named shapes (strings, arrays, objects, depth, fairness, __proto__ keys) and a
// fast-check property over any JSON value and budget: the bound holds, the output is JSON, a fitting value
// comes back unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, truncateJson } from './truncate.js';

const len = (v: unknown) => JSON.stringify(v).length;

describe('truncateJson', () => {
  const deep = (n: number): unknown => (n === 0 ? 'y'.repeat(5000) : { d: deep(n - 1) });
  const cases = [
    {
      name: 'long string',
      reason: 'a string is cut and the marker says how much was dropped',
      value: 'x'.repeat(10_000),
      max: 300,
      check: (out: unknown) => expect(out).toMatch(/^x+…\[truncated \d+ chars\]$/),
    },
    {
      name: 'long array',
      reason: 'an array keeps a prefix and ends with a marker counting the rest',
      value: Array.from({ length: 1000 }, (_, i) => i),
      max: 200,
      check: (out: unknown) => {
        const arr = out as unknown[];
        expect(arr.slice(0, 3)).toEqual([0, 1, 2]);
        expect(arr.at(-1)).toBe(`…[${1000 - (arr.length - 1)} more items]`);
      },
    },
    {
      name: 'many keys',
      reason: 'an object keeps its first keys and says how many more there were',
      value: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i])),
      max: 250,
      check: (out: unknown) => {
        const obj = out as Record<string, unknown>;
        expect(obj.k0).toBe(0);
        expect(obj['…']).toBe(`${500 - (Object.keys(obj).length - 1)} more keys`);
      },
    },
    {
      name: 'small sibling of a big member',
      reason: 'max-min fairness: a huge items array does not push out a small cursor beside it',
      value: {
        items: Array.from({ length: 5000 }, (_, i) => ({ id: i, text: 'lorem ipsum' })),
        nextCursor: 'abc',
      },
      max: 1000,
      check: (out: unknown) => expect((out as { nextCursor: string }).nextCursor).toBe('abc'),
    },
    {
      name: 'deep nesting',
      reason: 'nesting past MAX_DEPTH is summarised when that part must be truncated',
      value: { deep: deep(MAX_DEPTH + 10) },
      max: 2000,
      check: (out: unknown) => expect(JSON.stringify(out)).toContain('…[object with 1 keys]'),
    },
    {
      name: '__proto__ key',
      reason: 'a key named __proto__ (as JSON.parse makes it) stays an own key and sets no prototype',
      value: JSON.parse(`{"__proto__": {"polluted": 1}, "pad": "${'z'.repeat(2000)}"}`),
      max: 500,
      check: (out: unknown) => {
        expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
        expect(Object.hasOwn(out as object, '__proto__')).toBe(true);
      },
    },
    {
      name: 'surrogate pairs',
      reason: 'a cut never splits a surrogate pair',
      value: '😀'.repeat(5000),
      max: 301,
      check: (out: unknown) => expect((out as string).replace(/…\[.*$/, '')).toMatch(/^(😀)*$/u),
    },
  ];
  it.each(cases)('$name', ({ value, max, check, reason }) => {
    const { value: out, truncated } = truncateJson(value, max);
    expect(truncated, reason).toBe(true);
    expect(len(out), reason).toBeLessThanOrEqual(max);
    check(out);
  });

  it('returns a value that fits as the same reference, untruncated', () => {
    const value = { a: [1, 2, 3], b: 'text' };
    expect(truncateJson(value, 1000)).toEqual({ value, truncated: false });
    expect(truncateJson(value, 1000).value).toBe(value);
  });

  it('is deterministic', () => {
    const value = { a: 'q'.repeat(3000), b: Array.from({ length: 300 }, (_, i) => ({ i })) };
    expect(truncateJson(value, 700)).toEqual(truncateJson(value, 700));
  });

  it('property: any JSON value, any budget ≥ 200: bounded, valid JSON, unchanged if it fits', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 200, max: 3000 }), (value, max) => {
        const { value: out, truncated } = truncateJson(value, max);
        const text = JSON.stringify(out);
        expect(text.length).toBeLessThanOrEqual(max);
        expect(JSON.parse(text)).toEqual(JSON.parse(text)); // parses: the output is JSON
        if (JSON.stringify(value).length <= max) {
          expect(truncated).toBe(false);
          expect(out).toBe(value);
        } else {
          expect(truncated).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: large strings and arrays of them stay within the bound', () => {
    const big = fc.oneof(
      fc.string({ minLength: 200, maxLength: 5000 }),
      fc.string({ unit: 'grapheme', maxLength: 800 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.string(), big), { maxLength: 30 }),
        fc.integer({ min: 200, max: 2000 }),
        (value, max) => {
          expect(len(truncateJson(value, max).value)).toBeLessThanOrEqual(max);
        },
      ),
      { numRuns: 200 },
    );
  });
});
