// The Access policy matrix, end to end: real users signing in through OAuth and service tokens, against
// portals whose `mcp_portal` app decides who may connect and whose servers' `mcp` apps decide who sees
// what. Who sees which servers, who is refused where (login, initialize, every later request), "No allowed
// servers available", bypass for anonymous callers, and decisions re-checked when groups change. Users'
// groups are the embedded IdP's `groups` claim, matched with `oidc` rules directly or through Access groups.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import {
  StreamableHTTPClientTransport,
  StreamableHTTPError,
} from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { NO_ALLOWED_SERVERS } from '../gateway/builtins.js';
import { LOCAL_IDP_ID } from '../identity/identity-provider.js';
import { updateUser } from '../identity/users.js';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addServiceToken,
  addTestUser,
  PASSWORD,
  protectPortal,
  protectServer,
} from '../testing/fixtures.js';
import { readLogs, startTestPortal, type TestPortal } from '../testing/harness.js';
import {
  type Connected,
  connectAsUser,
  connectWithServiceToken,
  LoginFailed,
} from '../testing/mcp-clients.js';
import { escapeHtml } from '../web/pages.js';

let p: TestPortal;
let docs: UpstreamHandle;
let ci: { id: string; client_id: string; client_secret: string };
let stranger: { id: string; client_id: string; client_secret: string };

/** A rule matching users whose IdP `groups` claim holds `name`. */
const inIdpGroup = (name: string) => ({
  oidc: { claim_name: 'groups', claim_value: name, identity_provider_id: LOCAL_IDP_ID },
});

/** Creates an Access group through the API; returns its id. */
async function addAccessGroup(name: string, include: unknown[]): Promise<string> {
  const r = await p.call('POST', '/access/groups', { name, include });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.result.id;
}

beforeAll(async () => {
  docs = await startDocsUpstream({ port: 0 });
  p = await startTestPortal({ sync: syncServer });
  for (const id of ['wiki', 'runbooks', 'finance']) {
    await addServer(p, { id, name: id, hostname: docs.url, auth_type: 'unauthenticated' });
  }
  await addPortal(p, {
    id: 'corp',
    name: 'Corp',
    hostname: 'corp.example.test',
    servers: [
      { server_id: 'wiki', on_behalf: false },
      { server_id: 'runbooks', on_behalf: true },
      { server_id: 'finance', on_behalf: false },
    ],
  });
  await addPortal(p, {
    id: 'lab',
    name: 'Lab',
    hostname: 'lab.example.test',
    servers: [{ server_id: 'runbooks' }],
  });
  await addPortal(p, {
    id: 'public',
    name: 'Public',
    hostname: 'public.example.test',
    servers: [{ server_id: 'wiki' }],
  });
  ci = await addServiceToken(p, 'ci');
  stranger = await addServiceToken(p, 'stranger');
  const suspendedGroup = await addAccessGroup('suspended', [inIdpGroup('suspended')]);
  const financeGroup = await addAccessGroup('finance', [inIdpGroup('finance')]);
  const suspended = await addPolicy(p, 'suspended', 'deny', [{ group: { id: suspendedGroup } }]);
  const staff = await addPolicy(p, 'staff', 'allow', [{ email_domain: { domain: 'example.com' } }]);
  const bots = await addPolicy(p, 'ci bot', 'non_identity', [{ service_token: { token_id: ci.id } }]);
  const eng = await addPolicy(p, 'eng', 'allow', [inIdpGroup('eng')]);
  const finance = await addPolicy(p, 'finance', 'allow', [{ group: { id: financeGroup } }], {
    require: [{ email_domain: { domain: 'example.com' } }],
    exclude: [{ email: { email: 'eve@example.com' } }],
  });
  const everyone = await addPolicy(p, 'open wiki', 'bypass', [{ everyone: {} }]);
  const loopback = await addPolicy(p, 'loopback', 'bypass', [{ ip: { ip: '127.0.0.0/8' } }]);
  await protectPortal(p, 'corp.example.test', [suspended, staff, bots]);
  await protectPortal(p, 'lab.example.test', [staff]);
  await protectPortal(p, 'public.example.test', [loopback]);
  await protectServer(p, 'wiki', [everyone]);
  await protectServer(p, 'runbooks', [eng]);
  await protectServer(p, 'finance', [finance, bots]);
  await addTestUser(p, 'alice@example.com', ['eng']);
  await addTestUser(p, 'fin@example.com', ['finance']);
  await addTestUser(p, 'eve@example.com', ['finance']);
  await addTestUser(p, 'sam@example.com', ['eng', 'suspended']);
  await addTestUser(p, 'out@other.test', ['eng', 'finance']);
}, 60_000);

afterAll(async () => {
  await p.close();
  await docs.close();
});

const url = (portal: string) => `${p.url}/portals/${portal}/mcp`;

async function serversSeen(c: Connected): Promise<string[]> {
  const names = (await c.client.listTools()).tools.map((t) => t.name).filter((n) => !n.startsWith('portal_'));
  return [...new Set(names.map((n) => n.slice(0, n.indexOf('_'))))].sort();
}

describe('who sees which servers', () => {
  const cases = [
    {
      who: 'alice@example.com',
      reason: 'eng sees runbooks; everyone sees the bypassed wiki',
      want: ['runbooks', 'wiki'],
    },
    { who: 'fin@example.com', reason: 'finance group with an example.com email', want: ['finance', 'wiki'] },
    { who: 'eve@example.com', reason: 'excluded from the finance policy by email', want: ['wiki'] },
  ];
  it.each(cases)('$who', async ({ who, want, reason }) => {
    const c = await connectAsUser(url('corp'), who, PASSWORD);
    try {
      expect(await serversSeen(c), reason).toEqual(want);
    } finally {
      await c.close();
    }
  });

  it('a service token sees only on_behalf:false servers its Service Auth policies allow', async () => {
    const c = await connectWithServiceToken(url('corp'), ci.client_id, ci.client_secret);
    try {
      expect(await serversSeen(c)).toEqual(['finance', 'wiki']);
    } finally {
      await c.close();
    }
  });

  it('an anonymous caller gets in through a bypass policy and sees only bypassed servers', async () => {
    const client = new Client({ name: 'anon', version: '1' });
    const transport = new StreamableHTTPClientTransport(new URL(url('public')));
    await client.connect(transport);
    try {
      const names = (await client.listTools()).tools.map((t) => t.name);
      expect(names).toContain('wiki_search_docs');
    } finally {
      await transport.terminateSession();
      await client.close();
    }
  });
});

describe('who is refused', () => {
  it.each([
    {
      who: 'sam@example.com',
      reason: 'the block policy comes first in precedence',
      want: 'deny policy "suspended"',
    },
    {
      who: 'out@other.test',
      reason: 'no policy allows a foreign domain',
      want: 'no policy allows this user',
    },
  ])('$who at login: $reason', async ({ who, want }) => {
    const before = p.dump().oauth_tokens;
    const err = await connectAsUser(url('corp'), who, PASSWORD).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LoginFailed);
    const { status, body } = (err as LoginFailed).result;
    expect(status).toBe(403);
    expect(body).toContain(escapeHtml(`You do not have access to this portal (${want})`));
    expect(p.dump().oauth_tokens).toEqual(before);
  });

  it('a service token without a Service Auth policy gets 403 at initialize, and no session', async () => {
    const sessions = p.gateway.liveSessions;
    const err = await connectWithServiceToken(url('corp'), stranger.client_id, stranger.client_secret).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StreamableHTTPError);
    expect((err as StreamableHTTPError).code).toBe(403);
    expect(String(err)).toContain('access to portal \\"corp\\" is denied by your Zero Trust policies');
    expect(p.gateway.liveSessions).toBe(sessions);
  });

  it('a user who passes the portal but no server is told "No allowed servers available"', async () => {
    const sessions = p.gateway.liveSessions;
    const err = await connectAsUser(url('lab'), 'fin@example.com', PASSWORD).catch((e: unknown) => e);
    expect((err as StreamableHTTPError).code).toBe(403);
    expect(String(err)).toContain(NO_ALLOWED_SERVERS);
    expect(p.gateway.liveSessions).toBe(sessions);
    const row = readLogs(p, { page: 1, per_page: 1, direction: 'desc', portal_id: 'lab' }).items[0];
    expect(row).toMatchObject({
      status: 'denied',
      method: 'initialize',
      user: 'fin@example.com',
      error: NO_ALLOWED_SERVERS,
    });
  });

  it('re-checks every request: a user put in a blocked group is refused mid-session', async () => {
    await addTestUser(p, 'bob@example.com', ['eng']);
    const c = await connectAsUser(url('corp'), 'bob@example.com', PASSWORD);
    try {
      expect(await serversSeen(c)).toEqual(['runbooks', 'wiki']);
      updateUser(p.repo, 'bob@example.com', { groups: ['eng', 'finance'] });
      expect(await serversSeen(c)).toEqual(['finance', 'runbooks', 'wiki']);
      updateUser(p.repo, 'bob@example.com', { groups: ['suspended'] });
      const err = await c.client.listTools().catch((e: unknown) => e);
      expect((err as StreamableHTTPError).code).toBe(403);
      expect(String(err)).toContain('deny policy \\"suspended\\"');
    } finally {
      await c.close();
    }
  });
});
