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

/** Per connection: commits of other connections noticed so far (`noteOtherCommit`). */
const otherCommits = new WeakMap<Database.Database, number>();

/**
 * Records that another connection committed to `db` (change-feed.ts `watchOtherWriters` calls it as soon as
 * it sees one, before the portal reacts to the change in any other way): every `RecentReads` of `db` starts
 * over.
 */
export function noteOtherCommit(db: Database.Database): void {
  otherCommits.set(db, (otherCommits.get(db) ?? 0) + 1);
}

/**
 * Rows read on every request and written rarely (an access token with its user), reused while nothing can
 * have changed them, because each read costs: a read transaction over the WAL, the B-tree walk and the
 * row's parse took ~50 µs of a ~1 ms proxied call on a busy portal here (the gateway bench), against ~8 µs
 * for the same read in a tight loop. An entry is dropped when this connection
 * writes anything (`total_changes()`, read per lookup without a transaction), when another process's
 * commit is noticed (`noteOtherCommit`: at once for the portal, which polls every second), and after
 * `maxAgeMs` whatever happens. A read inside a transaction is not kept (a write rolled back after it leaves
 * the count moved past a row that is gone). Values are frozen, because lookups share them; misses are not
 * kept; at most `max` entries (then it starts over).
 */
export class RecentReads<K, V> {
  readonly #entries = new Map<K, { value: V; at: number }>();
  readonly #changes: Database.Statement;
  #written = -1;
  #noticed = -1;

  constructor(
    private readonly db: Database.Database,
    private readonly maxAgeMs = 1000,
    private readonly max = 10_000,
  ) {
    this.#changes = db.prepare('SELECT total_changes()').pluck();
  }

  get(key: K, read: () => V | undefined): V | undefined {
    if (this.db.inTransaction) return read();
    const written = this.#changes.get() as number;
    const noticed = otherCommits.get(this.db) ?? 0;
    if (written !== this.#written || noticed !== this.#noticed) {
      this.#entries.clear();
      this.#written = written;
      this.#noticed = noticed;
    }
    const now = Date.now();
    const kept = this.#entries.get(key);
    if (kept && now - kept.at < this.maxAgeMs) return kept.value;
    const value = read();
    if (value === undefined) {
      this.#entries.delete(key);
      return undefined;
    }
    if (this.#entries.size >= this.max) this.#entries.clear();
    this.#entries.set(key, { value: deepFreeze(value), at: now });
    return value;
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
