// Attack: another local user reads the portal's store (sessions, password hashes, encrypted credentials)
// because `portal.db` and its `-wal`/`-shm` files were created 0644 in a data directory that already
// existed with mode 0755. Contained when a real portal leaves all three files 0600, also when they were
// created world-readable by an earlier version, whatever the process umask.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../store/db.js';
import { SERVERS, startTestPortal } from '../testing/harness.js';

const mode = (file: string) => statSync(file).mode & 0o777;
const storeFiles = (dir: string) => [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`].map((f) => join(dir, f));

let root: string;
let umask: number;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'portal-modes-'));
  umask = process.umask(0o022);
});
afterEach(() => {
  process.umask(umask);
  rmSync(root, { recursive: true, force: true });
});

describe('store file modes', () => {
  it('creates portal.db, -wal and -shm 0600 in a pre-existing 0755 data directory', async () => {
    const dataDir = join(root, 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const p = await startTestPortal({ dataDir });
    try {
      // A write, so the WAL holds data while the portal runs.
      const body = { id: 's', name: 'S', hostname: 'https://x.example/mcp', auth_type: 'unauthenticated' };
      const created = await p.call('POST', SERVERS, body);
      expect(created.body.success, JSON.stringify(created.body)).toBe(true);
      for (const f of storeFiles(dataDir)) expect([f, mode(f).toString(8)]).toEqual([f, '600']);
    } finally {
      await p.close();
    }
  });

  it('tightens store files an earlier version left world-readable', async () => {
    const dataDir = join(root, 'old');
    mkdirSync(dataDir, { mode: 0o755 });
    const first = await startTestPortal({ dataDir });
    await first.close();
    for (const f of storeFiles(dataDir)) {
      try {
        chmodSync(f, 0o644);
      } catch {
        writeFileSync(f, '', { mode: 0o644 }); // -wal/-shm removed on a clean close: recreate them 0644
        chmodSync(f, 0o644);
      }
    }
    const again = await startTestPortal({ dataDir });
    try {
      for (const f of storeFiles(dataDir)) expect([f, mode(f).toString(8)]).toEqual([f, '600']);
    } finally {
      await again.close();
    }
  });
});
