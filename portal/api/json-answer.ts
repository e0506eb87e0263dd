/**
 * A JSON answer that carries large stored JSON cells (servers' tool and prompt lists, see `JsonCells`) as
 * their stored text instead of serialising them again: the same bytes `c.json` would write, for a fraction
 * of the work on a portals page, which holds every mapped server's tools.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { textOfCell } from '../store/sql-util.js';

/** `JSON.stringify(value)`, with each stored cell written as its stored text. */
export function stringifyWithCells(value: unknown): string {
  const cells: string[] = [];
  // A mark no stored string can hold by chance: a NUL and a fresh UUID, then the cell's index.
  const mark = `\u0000${randomUUID()}:`;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null) return v;
    const stored = textOfCell(v);
    if (stored === undefined) return v;
    cells.push(stored);
    return `${mark}${cells.length - 1}`;
  });
  if (!cells.length) return text;
  const written = JSON.stringify(mark).slice(1, -1).replace(/\\/g, '\\\\');
  return text.replace(new RegExp(`"${written}(\\d+)"`, 'g'), (_, i: string) => cells[Number(i)] as string);
}

/** `c.json(body, status)`, through `stringifyWithCells`. */
export const jsonAnswer = (c: Context, body: unknown, status: 200 | 201 = 200) =>
  c.body(stringifyWithCells(body), status, { 'Content-Type': 'application/json' });
