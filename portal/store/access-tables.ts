/**
 * The Access tables: `policies` (reusable ones, and inline ones owned by one app through `app_id`), `apps`
 * and `app_policies` (the links, in precedence order, as real rows so a linked policy cannot be deleted),
 * `access_groups` (reusable rule sets) and `access_tags`. Optional fields live in a JSON `body` column.
 * Lists page in id order with Cloudflare's filters; nothing here loads a table to filter it in memory.
 */
import type Database from 'better-sqlite3';
import type {
  AppRecord,
  AppStore,
  GroupRecord,
  GroupStore,
  ListQuery,
  Page,
  PolicyLinkRecord,
  PolicyRecord,
  PolicyStore,
  TagStore,
} from './repository.js';
import { fromJson, statements, toJson } from './sql-util.js';

type Sql = (text: string) => Database.Statement;

interface PolicyRow {
  id: string;
  name: string;
  decision: PolicyRecord['decision'];
  body: string;
  app_id: string | null;
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

interface GroupRow {
  id: string;
  name: string;
  body: string;
  created_at: string;
  updated_at: string;
}

/** One page of `SELECT * FROM table WHERE <where>` in id order, and the total count. */
function page<Row>(
  sql: Sql,
  table: string,
  where: string[],
  params: Record<string, unknown>,
  q: ListQuery,
): { rows: Row[]; total: number } {
  const clause = where.length > 0 ? `WHERE ${where.map((w) => `(${w})`).join(' AND ')}` : '';
  const total = (sql(`SELECT COUNT(*) AS n FROM ${table} ${clause}`).get(params) as { n: number }).n;
  const rows = sql(`SELECT * FROM ${table} ${clause} ORDER BY id LIMIT @limit OFFSET @offset`).all({
    ...params,
    limit: q.per_page,
    offset: (q.page - 1) * q.per_page,
  }) as Row[];
  return { rows, total };
}

/** `search`: a case-insensitive substring of any of `columns`. */
function searchClause(
  columns: readonly string[],
  q: ListQuery,
  where: string[],
  params: Record<string, unknown>,
) {
  if (!q.search) return;
  params.search = q.search.toLowerCase();
  where.push(columns.map((c) => `instr(lower(${c}), @search) > 0`).join(' OR '));
}

const policyFromRow = (row: PolicyRow): PolicyRecord => ({
  ...fromJson<Omit<PolicyRecord, 'id' | 'name' | 'decision' | 'created_at' | 'updated_at'>>(row.body),
  id: row.id,
  name: row.name,
  decision: row.decision,
  ...(row.app_id === null ? {} : { app_id: row.app_id }),
  created_at: row.created_at,
  updated_at: row.updated_at,
});

function policyRow(rec: PolicyRecord): PolicyRow {
  const { id, name, decision, app_id, created_at, updated_at, ...body } = rec;
  return { id, name, decision, app_id: app_id ?? null, created_at, updated_at, body: toJson(body) };
}

export function createPolicyTable(db: Database.Database): PolicyStore {
  const sql = statements(db);
  const getStmt = sql('SELECT * FROM policies WHERE id = ?');
  return {
    list(q): Page<PolicyRecord> {
      const where = ['app_id IS NULL'];
      const params: Record<string, unknown> = {};
      searchClause(['id', 'name'], q, where, params);
      const { rows, total } = page<PolicyRow>(sql, 'policies', where, params, q);
      return { items: rows.map(policyFromRow), total };
    },
    all() {
      return (sql('SELECT * FROM policies ORDER BY id').all() as PolicyRow[]).map(policyFromRow);
    },
    inlineOf(appId) {
      return (sql('SELECT * FROM policies WHERE app_id = ? ORDER BY id').all(appId) as PolicyRow[]).map(
        policyFromRow,
      );
    },
    get(id) {
      const row = getStmt.get(id) as PolicyRow | undefined;
      return row && policyFromRow(row);
    },
    getMany(ids) {
      const out = new Map<string, PolicyRecord>();
      // One statement for the lot (an apps page asks for every linked policy).
      const rows = sql('SELECT * FROM policies WHERE id IN (SELECT value FROM json_each(?))').all(
        JSON.stringify([...new Set(ids)]),
      ) as PolicyRow[];
      for (const row of rows) out.set(row.id, policyFromRow(row));
      return out;
    },
    appCounts(policyIds) {
      const counts = new Map(policyIds.map((id) => [id, 0]));
      const rows = sql(
        `SELECT policy_id AS id, COUNT(*) AS n FROM app_policies
           WHERE policy_id IN (SELECT value FROM json_each(?)) GROUP BY policy_id`,
      ).all(JSON.stringify(policyIds)) as { id: string; n: number }[];
      for (const r of rows) counts.set(r.id, r.n);
      return counts;
    },
    usedBy(policyId) {
      return sql(
        `SELECT apps.id AS id, apps.name AS name FROM app_policies
           JOIN apps ON apps.id = app_policies.app_id WHERE policy_id = ? ORDER BY apps.id`,
      ).all(policyId) as { id: string; name: string }[];
    },
    insert(rec) {
      sql(
        `INSERT INTO policies (id, name, decision, body, app_id, created_at, updated_at)
         VALUES (@id, @name, @decision, @body, @app_id, @created_at, @updated_at)`,
      ).run(policyRow(rec));
    },
    update(rec) {
      sql(
        `UPDATE policies SET name = @name, decision = @decision, body = @body, app_id = @app_id,
           created_at = @created_at, updated_at = @updated_at WHERE id = @id`,
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
  const fromRow = (row: AppRow, links = linksStmt.all(row.id) as PolicyLinkRecord[]): AppRecord => ({
    ...fromJson<Partial<AppRecord>>(row.body),
    id: row.id,
    name: row.name,
    type: row.type,
    ...(row.domain === null ? {} : { domain: row.domain }),
    aud: row.aud,
    policies: links,
    created_at: row.created_at,
    updated_at: row.updated_at,
  });
  /** The links of a page of apps in one statement (one per app costs more than the rest of the page). */
  const linksOf = (ids: readonly string[]) => {
    const byApp = new Map<string, PolicyLinkRecord[]>(ids.map((id) => [id, []]));
    const rows = sql(
      `SELECT app_id, policy_id AS id, precedence FROM app_policies
         WHERE app_id IN (SELECT value FROM json_each(?)) ORDER BY app_id, precedence`,
    ).all(JSON.stringify(ids)) as (PolicyLinkRecord & { app_id: string })[];
    for (const { app_id, id, precedence } of rows) byApp.get(app_id)?.push({ id, precedence });
    return byApp;
  };
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
      const where: string[] = [];
      const params: Record<string, unknown> = {};
      for (const field of ['name', 'domain'] as const) {
        const value = q[field];
        if (value === undefined) continue;
        params[field] = value.toLowerCase();
        where.push(
          q.exact
            ? `lower(coalesce(${field}, '')) = @${field}`
            : `instr(lower(coalesce(${field}, '')), @${field}) > 0`,
        );
      }
      if (q.aud !== undefined) {
        params.aud = q.aud;
        where.push('aud = @aud');
      }
      searchClause(['id', 'name', 'domain', 'aud'], q, where, params);
      const { rows, total } = page<AppRow>(sql, 'apps', where, params, q);
      const links = linksOf(rows.map((r) => r.id));
      return { items: rows.map((r) => fromRow(r, links.get(r.id) ?? [])), total };
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
    revokePortalSessions(portalIds) {
      let n = 0;
      for (const id of portalIds) {
        n += sql('DELETE FROM oauth_tokens WHERE portal_id = ?').run(id).changes;
        n += sql('DELETE FROM browser_sessions WHERE portal_id = ?').run(id).changes;
      }
      return n;
    },
  };
}

const groupFromRow = (row: GroupRow): GroupRecord => ({
  ...fromJson<Omit<GroupRecord, 'id' | 'name' | 'created_at' | 'updated_at'>>(row.body),
  id: row.id,
  name: row.name,
  created_at: row.created_at,
  updated_at: row.updated_at,
});

function groupRow(rec: GroupRecord): GroupRow {
  const { id, name, created_at, updated_at, ...body } = rec;
  return { id, name, created_at, updated_at, body: toJson(body) };
}

/** Whether any rule of a JSON-encoded body names `{group: {id}}` (matched on the parsed rules, not text). */
function namesGroup(body: { include?: unknown[]; exclude?: unknown[]; require?: unknown[] }, id: string) {
  return [...(body.include ?? []), ...(body.exclude ?? []), ...(body.require ?? [])].some(
    (rule) => (rule as { group?: { id?: unknown } }).group?.id === id,
  );
}

export function createGroupTable(db: Database.Database): GroupStore {
  const sql = statements(db);
  return {
    list(q) {
      const where: string[] = [];
      const params: Record<string, unknown> = {};
      if (q.name !== undefined) {
        params.name = q.name;
        where.push('name = @name');
      }
      searchClause(['id', 'name'], q, where, params);
      const { rows, total } = page<GroupRow>(sql, 'access_groups', where, params, q);
      return { items: rows.map(groupFromRow), total };
    },
    all() {
      return (sql('SELECT * FROM access_groups ORDER BY id').all() as GroupRow[]).map(groupFromRow);
    },
    get(id) {
      const row = sql('SELECT * FROM access_groups WHERE id = ?').get(id) as GroupRow | undefined;
      return row && groupFromRow(row);
    },
    referencedBy(groupId) {
      // A cheap text prefilter (the id appears in the body), then an exact check on the parsed rules.
      const out: { kind: 'policy' | 'group'; id: string; name: string }[] = [];
      const like = { id: groupId };
      const policies = sql(`SELECT id, name, body FROM policies WHERE instr(body, @id) > 0 ORDER BY id`).all(
        like,
      ) as { id: string; name: string; body: string }[];
      for (const p of policies)
        if (namesGroup(JSON.parse(p.body), groupId)) out.push({ kind: 'policy', ...pick(p) });
      const groups = sql(
        `SELECT id, name, body FROM access_groups WHERE id <> @id AND instr(body, @id) > 0 ORDER BY id`,
      ).all(like) as { id: string; name: string; body: string }[];
      for (const g of groups)
        if (namesGroup(JSON.parse(g.body), groupId)) out.push({ kind: 'group', ...pick(g) });
      return out;
    },
    insert(rec) {
      sql(
        `INSERT INTO access_groups (id, name, body, created_at, updated_at)
         VALUES (@id, @name, @body, @created_at, @updated_at)`,
      ).run(groupRow(rec));
    },
    update(rec) {
      sql(
        `UPDATE access_groups SET name = @name, body = @body, created_at = @created_at,
           updated_at = @updated_at WHERE id = @id`,
      ).run(groupRow(rec));
    },
    delete(id) {
      sql('DELETE FROM access_groups WHERE id = ?').run(id);
    },
  };
}

const pick = (row: { id: string; name: string }) => ({ id: row.id, name: row.name });

export function createTagTable(db: Database.Database): TagStore {
  const sql = statements(db);
  // Apps keep tags in their JSON body; json_each finds the ones listing a tag without loading them all.
  const appsWith = `SELECT apps.id AS id, apps.body AS body FROM apps
    WHERE EXISTS (SELECT 1 FROM json_each(apps.body, '$.tags') WHERE json_each.value = ?)`;
  return {
    list(q) {
      const where: string[] = [];
      const params: Record<string, unknown> = {};
      searchClause(['name'], q, where, params);
      const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const total = (sql(`SELECT COUNT(*) AS n FROM access_tags ${clause}`).get(params) as { n: number }).n;
      const rows = sql(`SELECT * FROM access_tags ${clause} ORDER BY name LIMIT @limit OFFSET @offset`).all({
        ...params,
        limit: q.per_page,
        offset: (q.page - 1) * q.per_page,
      }) as { name: string; created_at: string; updated_at: string }[];
      return { items: rows, total };
    },
    get(name) {
      return sql('SELECT * FROM access_tags WHERE name = ?').get(name) as
        | { name: string; created_at: string; updated_at: string }
        | undefined;
    },
    appCount(name) {
      return (sql(`SELECT COUNT(*) AS n FROM (${appsWith})`).get(name) as { n: number }).n;
    },
    appCounts(names) {
      const counts = new Map(names.map((n) => [n, 0]));
      if (!names.length) return counts;
      const rows = sql(
        `SELECT t.value AS name, COUNT(DISTINCT apps.id) AS n FROM apps, json_each(apps.body, '$.tags') AS t
         WHERE t.value IN (SELECT value FROM json_each(?)) GROUP BY t.value`,
      ).all(JSON.stringify(names)) as { name: string; n: number }[];
      for (const r of rows) counts.set(r.name, r.n);
      return counts;
    },
    insert(rec) {
      sql(
        'INSERT INTO access_tags (name, created_at, updated_at) VALUES (@name, @created_at, @updated_at)',
      ).run(rec);
    },
    rename(from, to) {
      sql(
        'UPDATE access_tags SET name = @name, created_at = @created_at, updated_at = @updated_at WHERE name = @from',
      ).run({ ...to, from });
      const update = sql('UPDATE apps SET body = ? WHERE id = ?');
      for (const app of sql(appsWith).all(from) as { id: string; body: string }[]) {
        const body = JSON.parse(app.body) as { tags?: string[] };
        body.tags = [...new Set((body.tags ?? []).map((t) => (t === from ? to.name : t)))];
        update.run(toJson(body), app.id);
      }
    },
    delete(name) {
      sql('DELETE FROM access_tags WHERE name = ?').run(name);
    },
  };
}
