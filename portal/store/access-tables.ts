/**
 * The `policies`, `apps` and `app_policies` tables (Access reusable policies and the applications that
 * link them in precedence order). Optional fields live in a JSON `body` column; links are real rows so that
 * a policy still linked from an app cannot be deleted.
 */
import type Database from 'better-sqlite3';
import type { AppRecord, AppStore, Page, PolicyLinkRecord, PolicyRecord, PolicyStore } from './repository.js';
import { fromJson, pagedRows, statements, toJson } from './sql-util.js';

interface PolicyRow {
  id: string;
  name: string;
  decision: PolicyRecord['decision'];
  body: string;
  created_at: string;
  updated_at: string;
}

interface AppRow {
  id: string;
  name: string;
  type: AppRecord['type'];
  domain: string | null;
  aud: string;
  body: string;
  created_at: string;
  updated_at: string;
}

const policyFromRow = (row: PolicyRow): PolicyRecord => ({
  ...fromJson<Omit<PolicyRecord, 'id' | 'name' | 'decision' | 'created_at' | 'updated_at'>>(row.body),
  id: row.id,
  name: row.name,
  decision: row.decision,
  created_at: row.created_at,
  updated_at: row.updated_at,
});

function policyRow(rec: PolicyRecord): PolicyRow {
  const { id, name, decision, created_at, updated_at, ...body } = rec;
  return { id, name, decision, created_at, updated_at, body: toJson(body) };
}

export function createPolicyTable(db: Database.Database): PolicyStore {
  const sql = statements(db);
  const getStmt = sql('SELECT * FROM policies WHERE id = ?');
  return {
    list(q): Page<PolicyRecord> {
      const { rows, total } = pagedRows<PolicyRow>(sql, 'policies', ['id', 'name'], q);
      return { items: rows.map(policyFromRow), total };
    },
    get(id) {
      const row = getStmt.get(id) as PolicyRow | undefined;
      return row && policyFromRow(row);
    },
    getMany(ids) {
      const out = new Map<string, PolicyRecord>();
      for (const id of ids) {
        const row = getStmt.get(id) as PolicyRow | undefined;
        if (row) out.set(id, policyFromRow(row));
      }
      return out;
    },
    usedBy(policyId) {
      return sql(
        `SELECT apps.id AS id, apps.name AS name FROM app_policies
           JOIN apps ON apps.id = app_policies.app_id WHERE policy_id = ? ORDER BY apps.id`,
      ).all(policyId) as { id: string; name: string }[];
    },
    insert(rec) {
      sql(
        `INSERT INTO policies (id, name, decision, body, created_at, updated_at)
         VALUES (@id, @name, @decision, @body, @created_at, @updated_at)`,
      ).run(policyRow(rec));
    },
    update(rec) {
      sql(
        `UPDATE policies SET name = @name, decision = @decision, body = @body, created_at = @created_at,
           updated_at = @updated_at WHERE id = @id`,
      ).run(policyRow(rec));
    },
    delete(id) {
      sql('DELETE FROM policies WHERE id = ?').run(id);
    },
  };
}

export function createAppTable(db: Database.Database): AppStore {
  const sql = statements(db);
  const linksStmt = sql(
    'SELECT policy_id AS id, precedence FROM app_policies WHERE app_id = ? ORDER BY precedence',
  );
  const fromRow = (row: AppRow): AppRecord => ({
    ...fromJson<Partial<AppRecord>>(row.body),
    id: row.id,
    name: row.name,
    type: row.type,
    ...(row.domain === null ? {} : { domain: row.domain }),
    aud: row.aud,
    policies: linksStmt.all(row.id) as PolicyLinkRecord[],
    created_at: row.created_at,
    updated_at: row.updated_at,
  });
  const toRow = (rec: AppRecord): AppRow => {
    const { id, name, type, domain, aud, policies: _links, created_at, updated_at, ...body } = rec;
    return { id, name, type, domain: domain ?? null, aud, created_at, updated_at, body: toJson(body) };
  };
  const writeLinks = (rec: AppRecord) => {
    sql('DELETE FROM app_policies WHERE app_id = ?').run(rec.id);
    const insert = sql('INSERT INTO app_policies (app_id, policy_id, precedence) VALUES (?, ?, ?)');
    for (const link of rec.policies) insert.run(rec.id, link.id, link.precedence);
  };
  return {
    list(q): Page<AppRecord> {
      const { rows, total } = pagedRows<AppRow>(sql, 'apps', ['id', 'name', 'domain'], q);
      return { items: rows.map(fromRow), total };
    },
    get(id) {
      const row = sql('SELECT * FROM apps WHERE id = ?').get(id) as AppRow | undefined;
      return row && fromRow(row);
    },
    insert(rec) {
      sql(
        `INSERT INTO apps (id, name, type, domain, aud, body, created_at, updated_at)
         VALUES (@id, @name, @type, @domain, @aud, @body, @created_at, @updated_at)`,
      ).run(toRow(rec));
      writeLinks(rec);
    },
    update(rec) {
      sql(
        `UPDATE apps SET name = @name, type = @type, domain = @domain, aud = @aud, body = @body,
           created_at = @created_at, updated_at = @updated_at WHERE id = @id`,
      ).run(toRow(rec));
      writeLinks(rec);
    },
    delete(id) {
      sql('DELETE FROM apps WHERE id = ?').run(id);
    },
  };
}
