// A user's groups changed by `portalctl portal users set` (its own database connection, as from another
// process) reach live sessions without waiting for their next request: the portal notices the commit,
// sends tools/list_changed, and lists the servers the new groups allow; a disabled user's session ends.
import { ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { type CliIo, main } from '../../reconciler/cli/main.js';
import { LOCAL_IDP_ID } from '../identity/identity-provider.js';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addTestUser,
  PASSWORD,
  protectPortal,
  protectServer,
} from '../testing/fixtures.js';
import { startTestPortal, type TestPortal } from '../testing/harness.js';
import { type Connected, connectAsUser } from '../testing/mcp-clients.js';

let p: TestPortal;
let docs: UpstreamHandle;
let c: Connected;
let changes = 0;

/** Runs `portalctl portal users ...` in this process, with its own connection to the portal's database. */
async function users(...args: string[]): Promise<void> {
  const err: string[] = [];
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (t) => err.push(t),
    stdin: async () => '',
    isTty: false,
    env: {},
    cwd: p.dataDir,
  };
  const code = await main(['portal', 'users', ...args, '--data-dir', p.dataDir], io);
  expect(err.join(''), err.join('')).toBe('');
  expect(code).toBe(0);
}

const serversSeen = async () =>
  [...new Set((await c.client.listTools()).tools.map((t) => t.name.split('_')[0]))].sort();

beforeAll(async () => {
  docs = await startDocsUpstream({ port: 0 });
  p = await startTestPortal({ sync: syncServer, otherWritersPollMs: 50 });
  await addServer(p, { id: 'docs', name: 'Docs', hostname: docs.url, auth_type: 'unauthenticated' });
  await addServer(p, { id: 'wiki', name: 'Wiki', hostname: docs.url, auth_type: 'unauthenticated' });
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: [{ server_id: 'docs' }, { server_id: 'wiki' }],
  });
  const staff = await addPolicy(p, 'staff', 'allow', [{ email_domain: { domain: 'example.com' } }]);
  const writers = await addPolicy(p, 'writers', 'allow', [
    // Users' groups are the embedded IdP's `groups` claim.
    { oidc: { claim_name: 'groups', claim_value: 'writers', identity_provider_id: LOCAL_IDP_ID } },
  ]);
  await protectPortal(p, 'main.example.test', [staff]);
  await protectServer(p, 'docs', [staff]);
  await protectServer(p, 'wiki', [writers]);
  await addTestUser(p, 'alice@example.com');
  c = await connectAsUser(`${p.url}/portals/main/mcp`, 'alice@example.com', PASSWORD);
  c.client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
    changes++;
  });
}, 60_000);

afterAll(async () => {
  await c?.close();
  await p?.close();
  await docs?.close();
});

describe('changes made by another process', () => {
  it('a group added with portalctl shows the server it allows, with list_changed', async () => {
    expect(await serversSeen()).toEqual(['docs', 'portal']);
    const before = changes;
    await users('set', 'alice@example.com', '--add-group', 'writers');
    await vi.waitFor(() => expect(changes).toBeGreaterThan(before), { timeout: 5000 });
    expect(await serversSeen()).toEqual(['docs', 'portal', 'wiki']);
  });

  it('a group removed again hides it, with list_changed', async () => {
    const before = changes;
    await users('set', 'alice@example.com', '--remove-group', 'writers');
    await vi.waitFor(() => expect(changes).toBeGreaterThan(before), { timeout: 5000 });
    expect(await serversSeen()).toEqual(['docs', 'portal']);
  });

  it('a disabled user loses the session', async () => {
    const session = c.transport.sessionId ?? '';
    expect(p.gateway.session(session)).toBeDefined();
    await users('set', 'alice@example.com', '--disable');
    await vi.waitFor(() => expect(p.gateway.session(session)).toBeUndefined(), { timeout: 5000 });
    await expect(c.client.listTools()).rejects.toThrow();
  });
});
