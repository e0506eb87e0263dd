// A list answer carrying stored tool and prompt lists as their stored text is byte for byte what
// `JSON.stringify` writes (as text, and as the UTF-8 the answer is sent as), whatever the lists and the
// strings around them hold (one that looks like a mark, characters beyond ASCII included); a changed cell is
// parsed again, an unchanged one is shared and frozen, and its bytes made again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonCells } from '../store/sql-util.js';
import { CellAnswer } from './cell-answer.js';

describe('CellAnswer', () => {
  it('writes what JSON.stringify writes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            tools: fc.jsonValue({ stringUnit: 'binary' }),
            prompts: fc.jsonValue(),
            name: fc.string({ unit: 'binary' }),
          }),
          {
            maxLength: 6,
          },
        ),
        fc.string(),
        (servers, label) => {
          const tools = new JsonCells();
          const prompts = new JsonCells();
          const stored = servers.map((s, i) => ({
            ...s,
            tools: tools.parse(`s${i}`, JSON.stringify(s.tools)),
            prompts: prompts.parse(`s${i}`, JSON.stringify(s.prompts)),
          }));
          const body = { label, result: stored, again: stored[0] ?? null, note: `\u0000${label}:0` };
          const answer = new CellAnswer();
          const marked = { ...body, result: stored.map((s) => answer.server(s)) };
          expect(answer.stringify(marked)).toBe(JSON.stringify(body));
          expect(answer.bytes(marked).equals(Buffer.from(JSON.stringify(body), 'utf8'))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('shares an unchanged cell and parses a changed one again', () => {
    const cells = new JsonCells();
    const first = cells.parse<{ name: string }[]>('s1', '[{"name":"a"}]');
    expect(cells.parse('s1', '[{"name":"a"}]')).toBe(first);
    expect(Object.isFrozen(first[0])).toBe(true);
    const changed = cells.parse<{ name: string }[]>('s1', '[{"name":"b"}]');
    expect(changed).not.toBe(first);
    const answer = new CellAnswer();
    const marked = answer.server({ id: 's1', tools: changed, prompts: [] });
    expect(marked.tools).not.toBe(changed);
    expect(answer.stringify({ result: [marked] })).toBe(
      '{"result":[{"id":"s1","tools":[{"name":"b"}],"prompts":[]}]}',
    );
    expect(answer.bytes({ result: [marked] }).toString('utf8')).toBe(
      '{"result":[{"id":"s1","tools":[{"name":"b"}],"prompts":[]}]}',
    );
    // The first list's bytes, made by the first answer, are not reused for the changed list.
    const again = new CellAnswer();
    const firstMarked = again.server({ id: 's1', tools: first, prompts: [] });
    expect(again.bytes({ result: [firstMarked] }).toString('utf8')).toBe(
      '{"result":[{"id":"s1","tools":[{"name":"a"}],"prompts":[]}]}',
    );
  });
});
