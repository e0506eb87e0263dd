/**
 * List answers that carry servers' stored tool and prompt lists (`JsonCells`) as their stored text instead
 * of serialising them again: a portals page holds every mapped server's lists, most of its bytes. The
 * lists are swapped for marks in shallow copies, the rest is serialised as usual, and the marks are
 * replaced by the texts: the same bytes `c.json` writes (cell-answer.test.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { textOfCell } from '../store/sql-util.js';

/** The server fields whose values are stored cells. */
const CELL_KEYS = ['tools', 'prompts'] as const;

export class CellAnswer {
  readonly #texts: string[] = [];
  /** A NUL and a fresh UUID: no string of the answer holds it by chance. */
  readonly #mark = `\u0000${randomUUID()}:`;

  /** A shallow copy of a server-shaped object with each stored list replaced by a mark. */
  server<T extends object>(o: T): T {
    let copy: Record<string, unknown> | undefined;
    for (const key of CELL_KEYS) {
      const text = textOfCell((o as Record<string, unknown>)[key]);
      if (text === undefined) continue;
      copy ??= { ...(o as Record<string, unknown>) };
      copy[key] = `${this.#mark}${this.#texts.push(text) - 1}`;
    }
    return (copy ?? o) as T;
  }

  /** `JSON.stringify(body)`, each mark written as its stored text. */
  stringify(body: unknown): string {
    const text = JSON.stringify(body);
    if (!this.#texts.length) return text;
    const written = JSON.stringify(this.#mark).slice(1, -1).replace(/\\/g, '\\\\');
    return text.replace(
      new RegExp(`"${written}(\\d+)"`, 'g'),
      (_, i: string) => this.#texts[Number(i)] as string,
    );
  }

  /** The answer, as `c.json(body)` would send it. */
  send(c: Context, body: unknown) {
    return c.body(this.stringify(body), 200, { 'Content-Type': 'application/json' });
  }
}
