/**
 * Small helpers shared by the SQLite tables: JSON columns, booleans, and the paged, searchable list query
 * (case-insensitive substring match on the given columns, stable order by id).
 */
import type Database from 'better-sqlite3';
import type { ListQuery } from './repository.js';

export const toJson = (value: unknown): string => JSON.stringify(value);
export const fromJson = <T>(text: string | null): T =>
  text === null ? (null as T) : (JSON.parse(text) as T);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The stored JSON text of each value a `JsonCells` parsed (see `textOfCell`). */
const TEXT_OF_CELL = new WeakMap<object, string>();

/**
 * The JSON text `value` was parsed from by a `JsonCells`, if it was: `JSON.stringify(value)` writes the
 * same value, so an answer may carry the text as it is (api/cell-answer.ts).
 */
export const textOfCell = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null ? TEXT_OF_CELL.get(value) : undefined;

/**
 * `fromJson` for large JSON columns read again and again (a server's tools: every portals page carries
 * every mapped server's): the parse of a cell is kept while the stored text is the same, so only a
 * changed cell is parsed again. The value is frozen, because every read shares it. Exact by
 * construction: the key names the cell (one instance per column), the check is the text itself. At most
 * `max` cells are kept (then it starts over).
 */
export class JsonCells {
  readonly #cells = new Map<string, { text: string; value: unknown }>();
  constructor(readonly max = 20_000) {}

  parse<T>(key: string, text: string | null): T {
    if (text === null) return null as T;
    const kept = this.#cells.get(key);
    if (kept && kept.text === text) return kept.value as T;
    const value = deepFreeze(JSON.parse(text));
    if (typeof value === 'object' && value !== null) TEXT_OF_CELL.set(value, text);
    if (this.#cells.size >= this.max) this.#cells.clear();
    this.#cells.set(key, { text, value });
    return value as T;
  }

  forget(key: string): void {
    this.#cells.delete(key);
  }
}

export const bool = (value: number | bigint): boolean => Number(value) !== 0;
export const int = (value: boolean): number => (value ? 1 : 0);

/** A memoised `db.prepare`: each distinct SQL text is compiled once per connection. */
export function statements(db: Database.Database): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
}

/** Pages through `table` ordered by id; `search` matches any of `columns` (substring, case-insensitive). */
export function pagedRows<Row>(
  sql: (text: string) => Database.Statement,
  table: string,
  columns: readonly string[],
  q: ListQuery,
): { rows: Row[]; total: number } {
  const search = q.search?.toLowerCase();
  const where = search ? `WHERE ${columns.map((c) => `instr(lower(${c}), @search) > 0`).join(' OR ')}` : '';
  const params = search ? { search } : {};
  const total = (sql(`SELECT COUNT(*) AS n FROM ${table} ${where}`).get(params) as { n: number }).n;
  const rows = sql(`SELECT * FROM ${table} ${where} ORDER BY id LIMIT @limit OFFSET @offset`).all({
    ...params,
    limit: q.per_page,
    offset: (q.page - 1) * q.per_page,
  }) as Row[];
  return { rows, total };
}
