/**
 * Small helpers shared by the SQLite tables: JSON columns, booleans, and the paged, searchable list query
 * (case-insensitive substring match on the given columns, stable order by id).
 */
import type Database from 'better-sqlite3';
import type { ListQuery } from './repository.js';

export const toJson = (value: unknown): string => JSON.stringify(value);
export const fromJson = <T>(text: string | null): T =>
  text === null ? (null as T) : (JSON.parse(text) as T);
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
