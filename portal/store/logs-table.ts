/**
 * The `request_logs` table: one row per request a portal handled. Queries filter by portal, server, time
 * range, status, code-mode execution and id cursor, page newest-first (or oldest-first); pruning enforces the retention limits
 * (maximum age and maximum row count).
 */
import type Database from 'better-sqlite3';
import type { LogRecord, LogStore, Page } from './repository.js';
import { fromJson, statements, toJson } from './sql-util.js';

interface Row extends Omit<LogRecord, 'payload'> {
  payload: string | null;
}

const fromRow = (row: Row): LogRecord => ({ ...row, payload: fromJson(row.payload) });

const COLUMNS =
  '(time, status, portal_id, server_id, method, capability, duration_ms, user, session_id, error, payload, execution_id)';
/** One row's placeholders, in COLUMNS order. */
const ROW = `(${Array.from({ length: 12 }, () => '?').join(', ')})`;
/**
 * Rows per multi-row INSERT: a batch is written as statements of 64, 32, ..., 1 rows (at most 7 prepared
 * statements). One statement for many rows costs ~40% less CPU a row than one statement each (measured on
 * the request log's batches), and stays far below SQLite's limit on bound parameters.
 */
const CHUNKS = [64, 32, 16, 8, 4, 2, 1];

/** A row's values in COLUMNS order, appended to `out`. */
function pushValues(out: unknown[], rec: Omit<LogRecord, 'id'>): void {
  out.push(
    rec.time,
    rec.status,
    rec.portal_id,
    rec.server_id,
    rec.method,
    rec.capability,
    rec.duration_ms,
    rec.user,
    rec.session_id,
    rec.error,
    rec.payload === null || rec.payload === undefined ? null : toJson(rec.payload),
    rec.execution_id ?? null,
  );
}

export function createLogTable(db: Database.Database): LogStore {
  const sql = statements(db);
  const inserts = new Map<number, Database.Statement>();
  /** The statement inserting `rows` rows (prepared once per size). */
  const insertOf = (rows: number): Database.Statement => {
    let stmt = inserts.get(rows);
    if (!stmt) {
      stmt = db.prepare(
        `INSERT INTO request_logs ${COLUMNS} VALUES ${Array.from({ length: rows }, () => ROW).join(', ')}`,
      );
      inserts.set(rows, stmt);
    }
    return stmt;
  };
  return {
    insert(rec) {
      const values: unknown[] = [];
      pushValues(values, rec);
      return Number(insertOf(1).run(values).lastInsertRowid);
    },
    insertMany(recs) {
      let at = 0;
      for (const size of CHUNKS) {
        while (recs.length - at >= size) {
          const values: unknown[] = [];
          for (let i = at; i < at + size; i++) pushValues(values, recs[i] as Omit<LogRecord, 'id'>);
          insertOf(size).run(values);
          at += size;
        }
      }
    },
    query(q): Page<LogRecord> {
      const where: string[] = [];
      const params: Record<string, unknown> = {};
      if (q.portal_id !== undefined) {
        where.push('portal_id = @portal_id');
        params.portal_id = q.portal_id;
      }
      if (q.server_id !== undefined) {
        where.push('server_id = @server_id');
        params.server_id = q.server_id;
      }
      if (q.since !== undefined) {
        where.push('time >= @since');
        params.since = q.since;
      }
      if (q.until !== undefined) {
        where.push('time < @until');
        params.until = q.until;
      }
      if (q.execution_id !== undefined) {
        where.push('execution_id = @execution_id');
        params.execution_id = q.execution_id;
      }
      if (q.after_id !== undefined) {
        where.push('id > @after_id');
        params.after_id = q.after_id;
      }
      if (q.statuses && q.statuses.length > 0) {
        const names = q.statuses.map((_, i) => `@status${i}`);
        where.push(`status IN (${names.join(', ')})`);
        q.statuses.forEach((s, i) => {
          params[`status${i}`] = s;
        });
      }
      const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const total = (sql(`SELECT COUNT(*) AS n FROM request_logs ${clause}`).get(params) as { n: number }).n;
      const order = q.direction === 'asc' ? 'ASC' : 'DESC';
      const rows = sql(
        `SELECT * FROM request_logs ${clause} ORDER BY id ${order} LIMIT @limit OFFSET @offset`,
      ).all({ ...params, limit: q.per_page, offset: (q.page - 1) * q.per_page }) as Row[];
      return { items: rows.map(fromRow), total };
    },
    prune({ before, maxRows }) {
      let removed = 0;
      // Rows are appended in time order, so the old ones are the first ids: deleting below the oldest row
      // that is recent enough reads only the rows it deletes (a `time < ?` filter reads the whole table:
      // ~4 ms at 100,000 rows, blocking the data plane every 500 writes). A row written while the
      // clock stood behind a later one's is deleted with the first newer row after it.
      if (before !== undefined)
        removed += sql(
          `DELETE FROM request_logs WHERE id < coalesce(
             (SELECT id FROM request_logs WHERE time >= @before ORDER BY id LIMIT 1),
             (SELECT max(id) + 1 FROM request_logs))`,
        ).run({ before }).changes;
      // Ids are contiguous (rows are only ever deleted from the oldest end, and a rowid is the largest
      // plus one): the newest `maxRows` are those above max(id) - maxRows, found without reading the
      // `maxRows` rows an OFFSET would (~1 ms at 100,000).
      if (maxRows !== undefined)
        removed += sql(
          'DELETE FROM request_logs WHERE id <= (SELECT max(id) FROM request_logs) - @maxRows',
        ).run({ maxRows }).changes;
      return removed;
    },
  };
}
