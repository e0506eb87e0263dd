/**
 * The `portals` and `portal_servers` tables: a portal and its server mappings are written together (the
 * caller wraps writes in a transaction) and read back with mappings in canonical order (by server id).
 * A mapping's resource rules are a JSON list in rule order; a mapping without rules reads back without them.
 */
import type Database from 'better-sqlite3';
import type { CodeMode, MappingRecord, Page, PortalRecord, PortalStore, ResourceRule } from './repository.js';
import { bool, fromJson, int, pagedRows, statements, toJson } from './sql-util.js';

interface PortalRow {
  id: string;
  name: string;
  hostname: string;
  description: string | null;
  code_mode: CodeMode;
  secure_web_gateway: number;
  created_at: string;
  modified_at: string;
  created_by: string;
  modified_by: string;
}

interface MappingRow {
  portal_id: string;
  server_id: string;
  default_disabled: number;
  on_behalf: number;
  updated_tools: string;
  updated_prompts: string;
  updated_resources: string;
}

const resourcesFromRow = (row: MappingRow): Pick<MappingRecord, 'updated_resources'> => {
  const rules = fromJson<ResourceRule[]>(row.updated_resources);
  return rules.length > 0 ? { updated_resources: rules } : {};
};

const mappingFromRow = (row: MappingRow): MappingRecord => ({
  server_id: row.server_id,
  default_disabled: bool(row.default_disabled),
  on_behalf: bool(row.on_behalf),
  updated_tools: fromJson(row.updated_tools),
  updated_prompts: fromJson(row.updated_prompts),
  ...resourcesFromRow(row),
});

export function createPortalTable(db: Database.Database): PortalStore {
  const sql = statements(db);
  const mappingsStmt = sql('SELECT * FROM portal_servers WHERE portal_id = ? ORDER BY server_id');
  const insertPortal = sql(
    `INSERT INTO portals (id, name, hostname, description, code_mode, secure_web_gateway,
       created_at, modified_at, created_by, modified_by)
     VALUES (@id, @name, @hostname, @description, @code_mode, @secure_web_gateway,
       @created_at, @modified_at, @created_by, @modified_by)`,
  );
  const updatePortal = sql(
    `UPDATE portals SET name = @name, hostname = @hostname, description = @description,
       code_mode = @code_mode, secure_web_gateway = @secure_web_gateway, created_at = @created_at,
       modified_at = @modified_at, created_by = @created_by, modified_by = @modified_by
     WHERE id = @id`,
  );
  const insertMapping = sql(
    `INSERT INTO portal_servers (portal_id, server_id, default_disabled, on_behalf, updated_tools, updated_prompts,
       updated_resources)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const deleteMappings = sql('DELETE FROM portal_servers WHERE portal_id = ?');

  const withMappings = (
    row: PortalRow,
    mappings = (mappingsStmt.all(row.id) as MappingRow[]).map(mappingFromRow),
  ): PortalRecord => ({
    id: row.id,
    name: row.name,
    hostname: row.hostname,
    description: row.description,
    code_mode: row.code_mode,
    secure_web_gateway: bool(row.secure_web_gateway),
    servers: mappings,
    created_at: row.created_at,
    modified_at: row.modified_at,
    created_by: row.created_by,
    modified_by: row.modified_by,
  });

  /** The mappings of a page of portals in one statement (one per portal costs more than the rest of the page). */
  const mappingsOfPage = (ids: readonly string[]) => {
    const byPortal = new Map<string, MappingRecord[]>(ids.map((id) => [id, []]));
    const rows = sql(
      `SELECT * FROM portal_servers WHERE portal_id IN (SELECT value FROM json_each(?))
         ORDER BY portal_id, server_id`,
    ).all(JSON.stringify(ids)) as MappingRow[];
    for (const row of rows) byPortal.get(row.portal_id)?.push(mappingFromRow(row));
    return byPortal;
  };

  const writeRow = (rec: PortalRecord) => ({
    id: rec.id,
    name: rec.name,
    hostname: rec.hostname,
    description: rec.description,
    code_mode: rec.code_mode,
    secure_web_gateway: int(rec.secure_web_gateway),
    created_at: rec.created_at,
    modified_at: rec.modified_at,
    created_by: rec.created_by,
    modified_by: rec.modified_by,
  });

  const writeMappings = (rec: PortalRecord) => {
    deleteMappings.run(rec.id);
    for (const m of rec.servers) {
      insertMapping.run(
        rec.id,
        m.server_id,
        int(m.default_disabled),
        int(m.on_behalf),
        toJson(m.updated_tools),
        toJson(m.updated_prompts),
        toJson(m.updated_resources ?? []),
      );
    }
  };

  return {
    list(q): Page<PortalRecord> {
      const { rows, total } = pagedRows<PortalRow>(sql, 'portals', ['id', 'name', 'hostname'], q);
      const mappings = mappingsOfPage(rows.map((r) => r.id));
      return { items: rows.map((r) => withMappings(r, mappings.get(r.id) ?? [])), total };
    },
    get(id) {
      const row = sql('SELECT * FROM portals WHERE id = ?').get(id) as PortalRow | undefined;
      return row && withMappings(row);
    },
    idForHostname(hostname) {
      const row = sql('SELECT id FROM portals WHERE lower(hostname) = lower(?)').get(hostname) as
        | { id: string }
        | undefined;
      return row?.id;
    },
    usingServer(serverId) {
      const rows = sql('SELECT portal_id FROM portal_servers WHERE server_id = ? ORDER BY portal_id').all(
        serverId,
      ) as { portal_id: string }[];
      return rows.map((r) => r.portal_id);
    },
    mappingsOf(serverId) {
      const rows = sql('SELECT * FROM portal_servers WHERE server_id = ? ORDER BY portal_id').all(
        serverId,
      ) as MappingRow[];
      return rows.map((row) => ({ portal_id: row.portal_id, mapping: mappingFromRow(row) }));
    },
    updateMapping(portalId, m) {
      sql(
        `UPDATE portal_servers SET default_disabled = ?, on_behalf = ?, updated_tools = ?, updated_prompts = ?,
           updated_resources = ?
         WHERE portal_id = ? AND server_id = ?`,
      ).run(
        int(m.default_disabled),
        int(m.on_behalf),
        toJson(m.updated_tools),
        toJson(m.updated_prompts),
        toJson(m.updated_resources ?? []),
        portalId,
        m.server_id,
      );
    },
    insert(rec) {
      insertPortal.run(writeRow(rec));
      writeMappings(rec);
    },
    update(rec) {
      const { changes } = updatePortal.run(writeRow(rec));
      if (changes !== 1) throw new Error(`update of portal ${rec.id}: no such row`);
      writeMappings(rec);
    },
    delete(id) {
      sql('DELETE FROM portals WHERE id = ?').run(id);
    },
  };
}
