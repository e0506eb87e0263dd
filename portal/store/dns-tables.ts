/**
 * The SQLite table of DNS records (migration 4): one row per record, keyed by id and indexed by zone and
 * name. The list query applies the DNS API's filters (type, proxied, name/content/comment matches joined
 * by `match` all|any) and its order in SQL, so a page costs one indexed scan of the zone, never a full load.
 */
import type Database from 'better-sqlite3';
import type { DnsListQuery, DnsRecordRow, DnsRecordStore, DnsTextFilter } from './repository.js';
import { bool, fromJson, int, statements, toJson } from './sql-util.js';

interface Row extends Omit<DnsRecordRow, 'proxied' | 'tags'> {
  proxied: number;
  tags: string;
}

const fromRow = (r: Row): DnsRecordRow => ({
  ...r,
  proxied: bool(r.proxied),
  tags: fromJson<string[]>(r.tags),
});
const toRow = (r: DnsRecordRow) => ({ ...r, proxied: int(r.proxied), tags: toJson(r.tags) });

/** `instr`/`substr` rather than LIKE, so `%` and `_` in a value match themselves. */
function clause(f: DnsTextFilter, i: number, params: Record<string, unknown>): string {
  const col = f.field;
  const p = `@f${i}`;
  params[`f${i}`] = f.field === 'name' ? f.value.toLowerCase() : f.value;
  switch (f.op) {
    case 'exact':
      return `${col} = ${p}`;
    case 'contains':
      return `instr(${col}, ${p}) > 0`;
    case 'startswith':
      return `substr(${col}, 1, length(${p})) = ${p}`;
    case 'endswith':
      return `length(${col}) >= length(${p}) AND substr(${col}, length(${col}) - length(${p}) + 1) = ${p}`;
    case 'present':
      return `(${col} IS NOT NULL AND ${col} <> '')`;
    case 'absent':
      return `(${col} IS NULL OR ${col} = '')`;
  }
}

function where(zoneId: string, q: DnsListQuery): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = { zone_id: zoneId };
  const fixed = ['zone_id = @zone_id'];
  const filters: string[] = [];
  if (q.type !== undefined) {
    params.type = q.type;
    filters.push('type = @type');
  }
  if (q.proxied !== undefined) {
    params.proxied = int(q.proxied);
    filters.push('proxied = @proxied');
  }
  q.filters.forEach((f, i) => {
    filters.push(`(${clause(f, i, params)})`);
  });
  const joined = filters.length ? ` AND (${filters.join(q.match === 'any' ? ' OR ' : ' AND ')})` : '';
  return { sql: `WHERE ${fixed.join(' AND ')}${joined}`, params };
}

export function createDnsRecordTable(db: Database.Database): DnsRecordStore {
  const sql = statements(db);
  return {
    list(zoneId, q) {
      const w = where(zoneId, q);
      const total = (sql(`SELECT COUNT(*) AS n FROM dns_records ${w.sql}`).get(w.params) as { n: number }).n;
      const dir = q.direction === 'desc' ? 'DESC' : 'ASC';
      const rows = sql(
        `SELECT * FROM dns_records ${w.sql} ORDER BY ${q.order} ${dir}, id ${dir} LIMIT @limit OFFSET @offset`,
      ).all({ ...w.params, limit: q.per_page, offset: (q.page - 1) * q.per_page }) as Row[];
      return { items: rows.map(fromRow), total };
    },
    get(zoneId, id) {
      const row = sql('SELECT * FROM dns_records WHERE zone_id = ? AND id = ?').get(zoneId, id) as
        | Row
        | undefined;
      return row && fromRow(row);
    },
    named(zoneId, name) {
      return (
        sql('SELECT * FROM dns_records WHERE zone_id = ? AND name = ? ORDER BY id').all(zoneId, name) as Row[]
      ).map(fromRow);
    },
    insert(rec) {
      sql(
        `INSERT INTO dns_records (id, zone_id, name, type, content, ttl, proxied, comment, tags, created_on,
          modified_on, comment_modified_on, tags_modified_on) VALUES (@id, @zone_id, @name, @type, @content, @ttl,
          @proxied, @comment, @tags, @created_on, @modified_on, @comment_modified_on, @tags_modified_on)`,
      ).run(toRow(rec));
    },
    update(rec) {
      sql(
        `UPDATE dns_records SET name = @name, type = @type, content = @content, ttl = @ttl, proxied = @proxied,
          comment = @comment, tags = @tags, modified_on = @modified_on, comment_modified_on = @comment_modified_on,
          tags_modified_on = @tags_modified_on WHERE zone_id = @zone_id AND id = @id`,
      ).run(toRow(rec));
    },
    delete(zoneId, id) {
      sql('DELETE FROM dns_records WHERE zone_id = ? AND id = ?').run(zoneId, id);
    },
  };
}
