/**
 * List answers that carry servers' stored tool and prompt lists (`JsonCells`) as their stored text instead
 * of serialising them again: a portals page holds every mapped server's lists, most of its bytes. The
 * lists are swapped for marks in shallow copies, the rest is serialised as usual, and the answer is
 * written as bytes, each mark replaced by its list's stored text, kept encoded between requests: the same
 * bytes `c.json` writes (cell-answer.test.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { textOfCell } from '../store/sql-util.js';

/** The server fields whose values are stored cells. */
const CELL_KEYS = ['tools', 'prompts'] as const;

/**
 * Each stored list's text as UTF-8, made once per list: a list is shared by every read while its stored
 * text is unchanged (JsonCells), so a page read again encodes only the text around the lists.
 */
const BYTES_OF_CELL = new WeakMap<object, Buffer<ArrayBuffer>>();

function bytesOfCell(cell: object, text: string): Buffer<ArrayBuffer> {
  let bytes = BYTES_OF_CELL.get(cell);
  if (!bytes) {
    bytes = Buffer.from(text, 'utf8');
    BYTES_OF_CELL.set(cell, bytes);
  }
  return bytes;
}

export class CellAnswer {
  readonly #cells: { cell: object; text: string }[] = [];
  /** A NUL and a fresh UUID: no string of the answer holds it by chance. */
  readonly #mark = `\u0000${randomUUID()}:`;

  /** A shallow copy of a server-shaped object with each stored list replaced by a mark. */
  server<T extends object>(o: T): T {
    let copy: Record<string, unknown> | undefined;
    for (const key of CELL_KEYS) {
      const cell = (o as Record<string, unknown>)[key];
      const text = textOfCell(cell);
      if (text === undefined) continue;
      copy ??= { ...(o as Record<string, unknown>) };
      copy[key] = `${this.#mark}${this.#cells.push({ cell: cell as object, text }) - 1}`;
    }
    return (copy ?? o) as T;
  }

  /** The marks in `text` (a serialised answer), each with the index of its list. */
  #marks(text: string): RegExpMatchArray[] {
    if (!this.#cells.length) return [];
    const written = JSON.stringify(this.#mark).slice(1, -1).replace(/\\/g, '\\\\');
    return [...text.matchAll(new RegExp(`"${written}(\\d+)"`, 'g'))];
  }

  /**
   * `stringify(body)` as UTF-8, written once into one buffer: the text between the marks is encoded, each
   * list's bytes are copied as kept. No 4 MB string is built and encoded again on each read.
   */
  bytes(body: unknown): Buffer<ArrayBuffer> {
    const text = JSON.stringify(body);
    const pieces: (string | Buffer)[] = [];
    let at = 0;
    for (const m of this.#marks(text)) {
      const { cell, text: stored } = this.#cells[Number(m[1])] as { cell: object; text: string };
      pieces.push(text.slice(at, m.index), bytesOfCell(cell, stored));
      at = (m.index ?? 0) + m[0].length;
    }
    if (at === 0) return Buffer.from(text, 'utf8');
    pieces.push(text.slice(at));
    let length = 0;
    for (const p of pieces) length += typeof p === 'string' ? Buffer.byteLength(p, 'utf8') : p.length;
    const out = Buffer.allocUnsafe(length);
    let offset = 0;
    for (const p of pieces)
      offset += typeof p === 'string' ? out.write(p, offset, 'utf8') : p.copy(out, offset);
    return out;
  }

  /** `JSON.stringify(body)`, each mark written as its stored text: `bytes` read back as text. */
  stringify(body: unknown): string {
    return this.bytes(body).toString('utf8');
  }

  /** The answer, as `c.json(body)` would send it. */
  send(c: Context, body: unknown): Response {
    return c.body(this.bytes(body), 200, { 'Content-Type': 'application/json' });
  }
}
