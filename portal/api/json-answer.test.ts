// An answer carrying stored cells as their text is byte for byte what `JSON.stringify` writes, whatever the
// cells and the strings around them hold (a string that looks like the mark included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonCells } from '../store/sql-util.js';
import { stringifyWithCells } from './json-answer.js';

describe('stringifyWithCells', () => {
  it('writes what JSON.stringify writes', () => {
    const json = fc.jsonValue();
    fc.assert(
      fc.property(fc.array(json, { maxLength: 5 }), json, fc.string(), (stored, around, label) => {
        const cells = new JsonCells();
        const values = stored.map((v, i) => cells.parse(`k${i}`, JSON.stringify(v)));
        const answer = { label, around, values, again: values[0] ?? null, mark: `\u0000${label}:0` };
        expect(stringifyWithCells(answer)).toBe(JSON.stringify(answer));
      }),
      { numRuns: 500 },
    );
  });

  it('writes a cell as the text it was parsed from, and a changed text parses again', () => {
    const cells = new JsonCells();
    const first = cells.parse<{ name: string }[]>('s1', '[{"name":"a"}]');
    expect(cells.parse('s1', '[{"name":"a"}]')).toBe(first);
    expect(Object.isFrozen(first[0])).toBe(true);
    const changed = cells.parse<{ name: string }[]>('s1', '[{"name":"b"}]');
    expect(changed).not.toBe(first);
    expect(stringifyWithCells({ result: [{ tools: changed }] })).toBe(
      '{"result":[{"tools":[{"name":"b"}]}]}',
    );
  });
});
