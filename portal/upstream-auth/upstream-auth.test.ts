// The admin OAuth flow end to end, on 127.0.0.1: a real OAuth-protected upstream (examples/upstreams/
// oauth-upstream.ts, its own authorization server), the embedded portal with the real capability sync, and the
// SDK's Client through a portal. Authorise -> connected -> Ready -> tools/call with the portal's token;
// refresh before expiry; refused refresh -> stale -> authorise again; state checks; revocation on delete;
// no token in API answers, logs or the database in clear.
import { createHash } from 'node:crypto';
import { registerClient } from '@modelcontextprotocol/sdk/client/auth.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OAuthUpstreamHandle, startOAuthUpstream } from '../../examples/upstreams/oauth-upstream.js';
import { ADMIN_SUBJECT } from '../store/repository.js';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServiceToken,
  ok,
  protectPortal,
  protectServer,
} from '../testing/fixtures.js';
import { PORTALS, SERVERS, startTestPortal, type TestPortal } from '../testing/harness.js';
import { connectWithServiceToken } from '../testing/mcp-clients.js';

const ACCESS_TTL = 4;
let upstream: OAuthUpstreamHandle;
let p: TestPortal;
let bot: { client_id: string; client_secret: string };
let botsPolicy: string;
const logLines: string[] = [];

beforeAll(async () => {
  upstream = await startOAuthUpstream({ accessTokenTtlSeconds: ACCESS_TTL });
  p = await startTestPortal({ sync: syncServer, log: (line) => logLines.push(line) });
  botsPolicy = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
  await protectPortal(p, 'main.example.test', [botsPolicy]);
  bot = await addServiceToken(p, 'ci');
  await addPortal(p, { id: 'main', name: 'Main', hostname: 'main.example.test', servers: [] });
}, 60_000);

afterAll(async () => {
  await p?.close();
  await upstream?.close();
});

const server = async (id: string) => ok<Record<string, unknown>>(p, 'GET', `${SERVERS}/${id}`);

async function createOAuthServer(id: string, extra: Record<string, unknown> = {}) {
  return ok<Record<string, unknown>>(p, 'POST', SERVERS, {
    id,
    name: id,
    hostname: upstream.url,
    auth_type: 'oauth',
    ...extra,
  });
}

/** Starts the authorization through the API and returns the authorization URL. */
async function startAuthorization(id: string): Promise<string> {
  const r = await p.call('POST', `${SERVERS}/${id}/authorize`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return (r.body.result as { url: string }).url;
}

/** The consent page redirects at once: follow it to the portal's callback URL (not yet opened). */
async function consent(url: string): Promise<string> {
  const res = await fetch(url, { redirect: 'manual' });
  expect(res.status).toBe(302);
  const location = res.headers.get('location') ?? '';
  expect(location.startsWith(`${p.url}/servers-callback?`)).toBe(true);
  return location;
}

async function callback(location: string): Promise<{ status: number; text: string }> {
  const res = await fetch(location);
  return { status: res.status, text: await res.text() };
}

/** The whole browser leg, then the sync it schedules. */
async function authorizeToReady(id: string): Promise<void> {
  const done = await callback(await consent(await startAuthorization(id)));
  expect(done.status, done.text).toBe(200);
  expect(done.text).toContain('Authorised');
  await p.scheduler.idle();
}

async function mapToPortal(ids: string[]) {
  await ok(p, 'PUT', `${PORTALS}/main`, {
    servers: ids.map((server_id) => ({ server_id, on_behalf: false })),
  });
  for (const id of ids) await protectServer(p, id, [botsPolicy]);
}

const fingerprint = (token: string) => createHash('sha256').update(token).digest('hex').slice(0, 12);
const grantOf = (id: string) => p.repo.upstreamGrants.get(id, ADMIN_SUBJECT);
const currentFingerprints = () => [fingerprint(grantOf('acme')?.tokens?.access_token ?? '')];

describe('admin OAuth authorization of an oauth server', () => {
  it('waits for authorization, then connects, syncs Ready and serves calls with the portal token', async () => {
    const created = await createOAuthServer('acme');
    expect(created).toMatchObject({ status: 'waiting', authentication_status: 'required' });
    expect(String(created.error)).toContain('portalctl server authorize');

    const url = new URL(await startAuthorization('acme'));
    expect(url.origin).toBe(upstream.origin);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe(`${p.url}/servers-callback`);
    expect(url.searchParams.get('resource')).toBe(upstream.url);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(upstream.stats().registrations).toBe(1);
    // Still waiting: nothing is connected until the callback.
    expect(await server('acme')).toMatchObject({ status: 'waiting', authentication_status: 'required' });

    const done = await callback(await consent(url.href));
    expect(done.status, done.text).toBe(200);
    await p.scheduler.idle();
    const ready = await server('acme');
    expect(ready).toMatchObject({ status: 'ready', authentication_status: 'connected' });
    expect((ready.tools as { name: string }[]).map((t) => t.name).sort()).toEqual(['echo', 'whoami']);
    expect(ready.auth_config_summary).toMatchObject({ auth_mode: 'dcr', has_client_secret: false });

    await mapToPortal(['acme']);
    const c = await connectWithServiceToken(`${p.url}/portals/main/mcp`, bot.client_id, bot.client_secret);
    try {
      const stored = currentFingerprints();
      const result = await c.client.callTool({ name: 'acme_whoami', arguments: {} });
      const who = result.structuredContent as Record<string, unknown>;
      expect(who).toMatchObject({ subject: 'demo-user', client_id: upstream.clientIds()[0] });
      expect([...stored, ...currentFingerprints()]).toContain(who.token_fingerprint);
    } finally {
      await c.close();
    }
  }, 30_000);

  it('refreshes the access token before it expires, and an open portal session uses the new one', async () => {
    const c = await connectWithServiceToken(`${p.url}/portals/main/mcp`, bot.client_id, bot.client_secret);
    try {
      const whoami = async () =>
        (await c.client.callTool({ name: 'acme_whoami', arguments: {} })).structuredContent as {
          token_fingerprint: string;
        };
      const before = await whoami();
      const { refreshes, rejectedTokens } = upstream.stats();
      // Past the token's lifetime: without a refresh, the upstream would answer 401.
      await new Promise((r) => setTimeout(r, (ACCESS_TTL + 1) * 1000));
      expect(upstream.stats().refreshes).toBeGreaterThan(refreshes);
      const stored = currentFingerprints();
      const after = await whoami();
      expect(after.token_fingerprint).not.toBe(before.token_fingerprint);
      // The token the portal holds now (a refresh may land between reading it and the call).
      expect([...stored, ...currentFingerprints()]).toContain(after.token_fingerprint);
      // The open link sent the refreshed token at once: no request was refused and retried on a new link.
      expect(upstream.stats().rejectedTokens).toBe(rejectedTokens);
    } finally {
      await c.close();
    }
    expect((await server('acme')).status).toBe('ready');
  }, 30_000);

  it('goes stale when the authorization server refuses the refresh, and is Ready again after a new authorization', async () => {
    upstream.revokeAll();
    const r = await p.call('POST', `${SERVERS}/acme/sync`);
    expect(r.status).toBe(200);
    expect(r.body.result, JSON.stringify(r.body.result)).toMatchObject({
      status: 'stale',
      authentication_status: 'stale',
    });
    expect((r.body.result as { error: string }).error).toContain('portalctl server authorize acme');
    expect(grantOf('acme')?.tokens).toBeUndefined();

    await authorizeToReady('acme');
    expect(await server('acme')).toMatchObject({ status: 'ready', authentication_status: 'connected' });
    // The client registered the first time is reused.
    expect(upstream.stats().registrations).toBe(1);
  }, 30_000);

  it('refuses an unknown state, and a callback replayed after its first use', async () => {
    const before = p.dump();
    const bogus = await callback(`${p.url}/servers-callback?state=not-a-state&code=abc`);
    expect(bogus.status).toBe(400);
    expect(bogus.text).toContain('unknown, already used or expired');
    expect(p.dump()).toEqual(before);

    const location = await consent(await startAuthorization('acme'));
    expect((await callback(location)).status).toBe(200);
    const replay = await callback(location);
    expect(replay.status).toBe(400);
    expect(replay.text).toContain('unknown, already used or expired');
    await p.scheduler.idle();
  }, 30_000);

  it('reports a refused consent without connecting the server', async () => {
    const url = new URL(await startAuthorization('acme'));
    const state = url.searchParams.get('state') ?? '';
    const denied = await callback(`${p.url}/servers-callback?state=${state}&error=access_denied`);
    expect(denied.status).toBe(400);
    expect(denied.text).toContain('access_denied');
  });

  it('refuses to authorize a server that is not oauth, and an unknown one', async () => {
    await ok(p, 'POST', SERVERS, {
      id: 'plain',
      name: 'plain',
      hostname: upstream.url,
      auth_type: 'unauthenticated',
    });
    expect((await p.call('POST', `${SERVERS}/plain/authorize`)).status).toBe(400);
    expect((await p.call('POST', `${SERVERS}/nope/authorize`)).status).toBe(404);
    await p.scheduler.idle();
  });

  it('uses a configured (manual) client instead of registering one', async () => {
    const client = await registerClient(upstream.issuer, {
      clientMetadata: {
        client_name: 'pre-registered',
        redirect_uris: [`${p.url}/servers-callback`],
        token_endpoint_auth_method: 'client_secret_post',
      },
    });
    const registrations = upstream.stats().registrations;
    const creds = {
      auth_mode: 'manual',
      config: {
        authorization_endpoint: `${upstream.issuer}/authorize`,
        token_endpoint: `${upstream.issuer}/token`,
        revocation_endpoint: `${upstream.issuer}/revoke`,
      },
      registration_info: {
        client_id: client.client_id,
        redirect_uris: [`${p.url}/servers-callback`],
        token_endpoint_auth_method: 'client_secret_post',
      },
    };
    const created = await createOAuthServer('manual', {
      auth_credentials: JSON.stringify(creds),
      client_secret: client.client_secret,
    });
    expect(created).toMatchObject({ status: 'waiting', authentication_status: 'manual' });
    const url = new URL(await startAuthorization('manual'));
    expect(url.searchParams.get('client_id')).toBe(client.client_id);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    const done = await callback(await consent(url.href));
    expect(done.status, done.text).toBe(200);
    await p.scheduler.idle();
    expect(await server('manual')).toMatchObject({ status: 'ready', authentication_status: 'connected' });
    expect(upstream.stats().registrations).toBe(registrations);
    // Its token refreshes with the configured client too.
    const grant = grantOf('manual');
    if (!grant) throw new Error('manual has no grant');
    p.repo.upstreamGrants.put({ ...grant, refresh_at: Math.floor(Date.now() / 1000) - 1 });
    expect(await p.upstreamAuth.ensureFresh('manual')).toBe('ok');
    expect(grantOf('manual')?.tokens?.access_token).not.toBe(grant.tokens?.access_token);
  }, 30_000);

  it('revokes the grant at the authorization server when the server is deleted', async () => {
    await createOAuthServer('doomed');
    await authorizeToReady('doomed');
    const grant = grantOf('doomed');
    const refresh = grant?.tokens?.refresh_token ?? '';
    expect(upstream.isActive(refresh)).toBe(true);
    expect((await p.call('DELETE', `${SERVERS}/doomed`)).status).toBe(200);
    expect(upstream.isActive(refresh)).toBe(false);
    expect(upstream.isActive(grant?.tokens?.access_token ?? '')).toBe(false);
    expect(grantOf('doomed')).toBeUndefined();
  }, 30_000);

  it('never shows a token or client secret in API answers, logs or the database in clear', async () => {
    const grant = grantOf('acme');
    const secrets = [
      grant?.tokens?.access_token,
      grant?.tokens?.refresh_token,
      (grant?.client as { client_secret?: string } | undefined)?.client_secret,
      p.repo.servers.secrets('manual').client_secret,
    ].filter((s): s is string => typeof s === 'string' && s.length > 0);
    expect(secrets.length).toBe(4);
    const answers = JSON.stringify([
      (await p.call('GET', SERVERS)).body,
      (await p.call('GET', `${SERVERS}/acme`)).body,
      (await p.call('GET', `${PORTALS}/main`)).body,
      (await p.call('POST', `${SERVERS}/acme/sync`)).body,
    ]);
    const db =
      JSON.stringify(p.dump()) +
      JSON.stringify(p.repo.db.prepare('SELECT * FROM upstream_oauth_grants').all());
    for (const secret of secrets) {
      expect(answers).not.toContain(secret);
      expect(logLines.join('\n')).not.toContain(secret);
      expect(db).not.toContain(secret);
    }
  });

  // Last: it stops the refresh timers of this portal.
  it('refreshes a token that is due before syncing, even without the timer', async () => {
    p.upstreamAuth.close();
    const grant = grantOf('acme');
    if (!grant) throw new Error('acme has no grant');
    p.repo.upstreamGrants.put({ ...grant, refresh_at: Math.floor(Date.now() / 1000) - 1 });
    const { refreshes } = upstream.stats();
    const r = await p.call('POST', `${SERVERS}/acme/sync`);
    expect(r.body.result).toMatchObject({ status: 'ready', authentication_status: 'connected' });
    expect(upstream.stats().refreshes).toBe(refreshes + 1);
    expect(grantOf('acme')?.tokens?.access_token).not.toBe(grant.tokens?.access_token);
  });
});
