// startPortal(): a restart on the same data dir keeps every object, secret, the account id and the token;
// the key can come from the environment; a wrong key is refused at start; options are honoured.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WrongSecretKeyError } from './store/sqlite-repository.js';
import { APPS, POLICIES, PORTALS, SERVERS, startTestPortal } from './testing/harness.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'portal-index-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('startPortal', () => {
  it('keeps everything across a restart', async () => {
    const dataDir = tempDir();
    const first = await startTestPortal({ dataDir });
    await first.call('POST', SERVERS, {
      id: 'keep',
      name: 'k',
      hostname: 'https://k.example.com/mcp',
      auth_type: 'bearer',
      auth_credentials: 'tok',
    });
    await first.call('POST', PORTALS, {
      id: 'kp',
      name: 'kp',
      hostname: 'kp.example.com',
      servers: [{ server_id: 'keep' }],
    });
    const policy = await first.call('POST', POLICIES, {
      name: 'p',
      decision: 'allow',
      include: [{ everyone: {} }],
    });
    await first.call('POST', APPS, {
      name: 'a',
      type: 'mcp_portal',
      domain: 'kp.example.com',
      policies: [policy.body.result.id],
    });
    await first.scheduler.idle();
    const snapshot = first.dump();
    const identity = { accountId: first.accountId, apiToken: first.apiToken, tokenFile: first.tokenFile };
    await first.close();

    const second = await startTestPortal({ dataDir });
    try {
      expect({ accountId: second.accountId, apiToken: second.apiToken, tokenFile: second.tokenFile }).toEqual(
        identity,
      );
      expect(second.dump()).toEqual(snapshot);
      expect(second.repo.servers.secrets('keep')).toEqual({ auth_credentials: 'tok' });
      const read = await second.call('GET', `${PORTALS}/kp`);
      expect(read.body.result.servers[0]).toMatchObject({ id: 'keep', status: 'ready' });
    } finally {
      await second.close();
    }
  });

  it('takes the key from MCP_PORTAL_SECRET_KEY and refuses to start with a different one', async () => {
    const dataDir = tempDir();
    const env = { MCP_PORTAL_SECRET_KEY: Buffer.alloc(32, 4).toString('base64') };
    const first = await startTestPortal({ dataDir, env });
    await first.close();
    await expect(
      startTestPortal({ dataDir, env: { MCP_PORTAL_SECRET_KEY: Buffer.alloc(32, 5).toString('base64') } }),
    ).rejects.toBeInstanceOf(WrongSecretKeyError);
    const again = await startTestPortal({ dataDir, env });
    await again.close();
  });

  it('serves the given account id and token', async () => {
    const p = await startTestPortal({ dataDir: tempDir(), accountId: 'acct-1', apiToken: 'tok-1' });
    try {
      expect(p.tokenFile).toBeUndefined();
      expect(p.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/client\/v4$/);
      const r = await fetch(`${p.baseUrl}/accounts/acct-1${SERVERS}`, {
        headers: { authorization: 'Bearer tok-1' },
      });
      expect(r.status).toBe(200);
    } finally {
      await p.close();
    }
  });
});
