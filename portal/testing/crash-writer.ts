/**
 * Child process for the SIGKILL test: loops writing to the store in the data dir given as argv[2], each
 * iteration one transaction (a server with an encrypted secret, and a portal mapping it), printing the
 * number of committed iterations after each commit, until it is killed.
 */
import { join } from 'node:path';
import { createSecretBox, loadKey } from '../store/crypto.js';
import { ensureDataDir } from '../store/data-dir.js';
import { DB_FILE } from '../store/db.js';
import { openRepository } from '../store/sqlite-repository.js';
import { crashRecord } from './crash-records.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-writer <data-dir>');
ensureDataDir(dataDir);
const repo = openRepository(join(dataDir, DB_FILE), createSecretBox(loadKey(dataDir)));
for (let i = 1; ; i++) {
  const { server, portal, secret } = crashRecord(i);
  repo.transaction(() => {
    repo.servers.insert(server, { auth_credentials: secret });
    repo.portals.insert(portal);
  });
  process.stdout.write(`${i}\n`);
  // Yield now and then so the parent's kill can land anywhere, including mid-transaction.
  if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
}
