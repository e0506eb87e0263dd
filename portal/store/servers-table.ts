/**
 * The `servers` table: ServerRecord <-> row, with the write-only secrets sealed by the SecretBox under
 * associated data naming the row and column, so a ciphertext copied to another row does not open.
 */
import type Database from 'better-sqlite3';
import type { SecretBox } from './crypto.js';
import type { ListQuery, Page, ServerRecord, ServerSecrets, ServerStore } from './repository.js';
import { bool, fromJson, int, JsonCells, pagedRows, statements, toJson } from './sql-util.js';

interface Row {
  id: string;
  name: string;
  hostname: string;
  auth_type: ServerRecord['auth_type'];
  description: string | null;
  is_shared_oauth_callback_enabled: number;
  secure_web_gateway: number;
  updated_tools: string;
  updated_prompts: string;
  auth_credentials: string | null;
  client_secret: string | null;
  credentials_version: number;
  client_secret_version: number;
  auth_summary: string;
  generation: number;
  status: ServerRecord['status'];
  authentication_status: ServerRecord['authentication_status'];
  tools: string;
  prompts: string;
  error: string | null;
  error_details: string | null;
  sync_messages: string;
  last_synced: string | null;
  last_successful_sync: string | null;
  created_at: string;
  modified_at: string;
  created_by: string;
  modified_by: string;
}

const COLUMNS = [
  'id',
  'name',
  'hostname',
  'auth_type',
  'description',
  'is_shared_oauth_callback_enabled',
  'secure_web_gateway',
  'updated_tools',
  'updated_prompts',
  'credentials_version',
  'client_secret_version',
  'auth_summary',
  'generation',
  'status',
  'authentication_status',
  'tools',
  'prompts',
  'error',
  'error_details',
  'sync_messages',
  'last_synced',
  'last_successful_sync',
  'created_at',
  'modified_at',
  'created_by',
  'modified_by',
] as const;

/** The large JSON columns' parses, by server id (see `JsonCells`). */
interface Cells {
  tools: JsonCells;
  prompts: JsonCells;
}

const aadFor = (id: string, column: string) => `servers:${id}:${column}`;

function fromRow(row: Row, cells: Cells): ServerRecord {
  return {
    id: row.id,
    name: row.name,
    hostname: row.hostname,
    auth_type: row.auth_type,
    description: row.description,
    is_shared_oauth_callback_enabled: bool(row.is_shared_oauth_callback_enabled),
    secure_web_gateway: bool(row.secure_web_gateway),
    updated_tools: fromJson(row.updated_tools),
    updated_prompts: fromJson(row.updated_prompts),
    has_credentials: row.auth_credentials !== null,
    credentials_version: row.credentials_version,
    has_client_secret: row.client_secret !== null,
    client_secret_version: row.client_secret_version,
    auth_facts: fromJson(row.auth_summary),
    generation: row.generation,
    status: row.status,
    authentication_status: row.authentication_status,
    tools: cells.tools.parse(row.id, row.tools),
    prompts: cells.prompts.parse(row.id, row.prompts),
    error: row.error,
    error_details: fromJson(row.error_details),
    sync_messages: fromJson(row.sync_messages),
    last_synced: row.last_synced,
    last_successful_sync: row.last_successful_sync,
    created_at: row.created_at,
    modified_at: row.modified_at,
    created_by: row.created_by,
    modified_by: row.modified_by,
  };
}

function toParams(rec: ServerRecord): Record<(typeof COLUMNS)[number], unknown> {
  return {
    id: rec.id,
    name: rec.name,
    hostname: rec.hostname,
    auth_type: rec.auth_type,
    description: rec.description,
    is_shared_oauth_callback_enabled: int(rec.is_shared_oauth_callback_enabled),
    secure_web_gateway: int(rec.secure_web_gateway),
    updated_tools: toJson(rec.updated_tools),
    updated_prompts: toJson(rec.updated_prompts),
    credentials_version: rec.credentials_version,
    client_secret_version: rec.client_secret_version,
    auth_summary: toJson(rec.auth_facts),
    generation: rec.generation,
    status: rec.status,
    authentication_status: rec.authentication_status,
    tools: toJson(rec.tools),
    prompts: toJson(rec.prompts),
    error: rec.error,
    error_details: rec.error_details === null ? null : toJson(rec.error_details),
    sync_messages: toJson(rec.sync_messages),
    last_synced: rec.last_synced,
    last_successful_sync: rec.last_successful_sync,
    created_at: rec.created_at,
    modified_at: rec.modified_at,
    created_by: rec.created_by,
    modified_by: rec.modified_by,
  };
}

export function createServerTable(db: Database.Database, box: SecretBox): ServerStore {
  const sql = statements(db);
  // Tool and prompt lists, parsed once per stored text (frozen: every record read shares them).
  const cells: Cells = { tools: new JsonCells(), prompts: new JsonCells() };
  const read = (row: Row) => fromRow(row, cells);
  const insertStmt = sql(
    `INSERT INTO servers (${COLUMNS.join(', ')}, auth_credentials, client_secret)
     VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')}, @auth_credentials, @client_secret)`,
  );
  const updateStmt = sql(
    `UPDATE servers SET ${COLUMNS.filter((c) => c !== 'id')
      .map((c) => `${c} = @${c}`)
      .join(', ')} WHERE id = @id`,
  );
  const setSecret = {
    auth_credentials: sql('UPDATE servers SET auth_credentials = ? WHERE id = ?'),
    client_secret: sql('UPDATE servers SET client_secret = ? WHERE id = ?'),
  };
  const getStmt = sql('SELECT * FROM servers WHERE id = ?');
  const getManyStmt = sql('SELECT * FROM servers WHERE id IN (SELECT value FROM json_each(?))');
  const seal = (id: string, column: string, value: string | null | undefined) =>
    value === null || value === undefined ? null : box.seal(value, aadFor(id, column));

  const writeSecrets = (id: string, secrets: ServerSecrets) => {
    for (const column of ['auth_credentials', 'client_secret'] as const) {
      const value = secrets[column];
      if (value !== undefined) setSecret[column].run(seal(id, column, value), id);
    }
  };

  return {
    list(q: ListQuery): Page<ServerRecord> {
      const { rows, total } = pagedRows<Row>(sql, 'servers', ['id', 'name'], q);
      return { items: rows.map(read), total };
    },
    get(id) {
      const row = getStmt.get(id) as Row | undefined;
      return row && read(row);
    },
    getMany(ids) {
      const out = new Map<string, ServerRecord>();
      // One statement for the lot (a portals page asks for every mapped server: ~half the time of a get each).
      const rows = getManyStmt.all(JSON.stringify([...new Set(ids)])) as Row[];
      for (const row of rows) out.set(row.id, read(row));
      return out;
    },
    ids() {
      return (sql('SELECT id FROM servers ORDER BY id').all() as { id: string }[]).map((r) => r.id);
    },
    insert(rec, secrets) {
      insertStmt.run({
        ...toParams(rec),
        auth_credentials: seal(rec.id, 'auth_credentials', secrets.auth_credentials),
        client_secret: seal(rec.id, 'client_secret', secrets.client_secret),
      });
    },
    update(rec, secrets = {}) {
      const { changes } = updateStmt.run(toParams(rec));
      if (changes !== 1) throw new Error(`update of server ${rec.id}: no such row`);
      writeSecrets(rec.id, secrets);
    },
    delete(id) {
      sql('DELETE FROM servers WHERE id = ?').run(id);
      cells.tools.forget(id);
      cells.prompts.forget(id);
    },
    secrets(id) {
      const row = sql('SELECT auth_credentials, client_secret FROM servers WHERE id = ?').get(id) as
        | Pick<Row, 'auth_credentials' | 'client_secret'>
        | undefined;
      const out: { auth_credentials?: string; client_secret?: string } = {};
      if (row?.auth_credentials)
        out.auth_credentials = box.open(row.auth_credentials, aadFor(id, 'auth_credentials'));
      if (row?.client_secret) out.client_secret = box.open(row.client_secret, aadFor(id, 'client_secret'));
      return out;
    },
  };
}
