// A wrong, deleted, disabled or expired service token (CF-Access-Client-Id / CF-Access-Client-Secret) gets an
// answer that says the service token was refused (403, JSON-RPC error, no OAuth challenge), on the Hono route
// and on the live-session fast path alike, while a request with no credential still gets the OAuth challenge.
// Checked with raw HTTP, with the SDK's client holding an OAuth provider (which starts a sign-in on any 401),
// and with mcp-remote (a real OAuth-capable bridge): neither starts a sign-in, both show the reason.
// A token already verified on a live session is refused on the very next request once it is disabled,
// rotated or deleted, and another secret for its client id never rides on the earlier verification.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addServiceToken,
  protectPortal,
  protectServer,
} from '../testing/fixtures.js';
import { SERVICE_TOKENS, startTestPortal, type TestPortal } from '../testing/harness.js';
import { connectWithServiceToken, MemoryOAuthProvider } from '../testing/mcp-clients.js';

let p: TestPortal;
let docs: UpstreamHandle;
let mcp: string;
let bot: { id: string; client_id: string; client_secret: string };
let disabled: { id: string; client_id: string; client_secret: string };
let expired: { id: string; client_id: string; client_secret: string };
let deleted: { id: string; client_id: string; client_secret: string };

const WRONG = 'the service token was refused: the client id or secret is wrong, or the token was deleted';

beforeAll(async () => {
  docs = await startDocsUpstream({ port: 0 });
  p = await startTestPortal({ sync: syncServer });
  await addServer(p, { id: 'docs', name: 'Docs', hostname: docs.url, auth_type: 'unauthenticated' });
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: [{ server_id: 'docs', on_behalf: false }],
  });
  const staff = await addPolicy(p, 'staff', 'allow', [{ email_domain: { domain: 'example.com' } }]);
  const bots = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
  await protectPortal(p, 'main.example.test', [staff, bots]);
  await protectServer(p, 'docs', [staff, bots]);
  bot = await addServiceToken(p, 'ci');
  disabled = await addServiceToken(p, 'paused');
  expired = await addServiceToken(p, 'old');
  deleted = await addServiceToken(p, 'gone');
  expect((await p.call('PUT', `${SERVICE_TOKENS}/${disabled.id}`, { enabled: false })).status).toBe(200);
  expect((await p.call('PUT', `${SERVICE_TOKENS}/${expired.id}`, { duration: '1ms' })).status).toBe(200);
  expect((await p.call('DELETE', `${SERVICE_TOKENS}/${deleted.id}`)).status).toBe(200);
  mcp = `${p.url}/portals/main/mcp`;
}, 60_000);

afterAll(async () => {
  await p.close();
  await docs.close();
});

const INIT = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } },
};

const post = (headers: Record<string, string>, body: unknown = INIT, url = mcp) =>
  fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...headers,
    },
    body: JSON.stringify(body),
  });

const creds = (t: { client_id: string }, secret: string) => ({
  'cf-access-client-id': t.client_id,
  'cf-access-client-secret': secret,
});

const tokensState = () => JSON.stringify(p.dump().service_tokens);

describe('a refused service token', () => {
  it.each([
    { name: 'a wrong secret', headers: () => creds(bot, 'x'.repeat(64)), want: WRONG },
    { name: 'an unknown client id', headers: () => creds({ client_id: 'nope.access' }, 'x'), want: WRONG },
    { name: 'a deleted (revoked) token', headers: () => creds(deleted, deleted.client_secret), want: WRONG },
    {
      name: 'a disabled token',
      headers: () => creds(disabled, disabled.client_secret),
      want: 'the service token was refused: the token is disabled',
    },
    {
      name: 'an expired token',
      headers: () => creds(expired, expired.client_secret),
      want: 'the service token was refused: the token has expired',
    },
    {
      name: 'the client id alone',
      headers: () => ({ 'cf-access-client-id': bot.client_id }),
      want: 'the service token was refused: both CF-Access-Client-Id and CF-Access-Client-Secret are required',
    },
    {
      name: 'the secret alone',
      headers: () => ({ 'cf-access-client-secret': bot.client_secret }),
      want: 'the service token was refused: both CF-Access-Client-Id and CF-Access-Client-Secret are required',
    },
  ])('$name: 403 saying so, no OAuth challenge, nothing changed', async ({ headers, want }) => {
    const before = tokensState();
    const r = await post(headers());
    expect(r.status).toBe(403);
    expect(r.headers.get('www-authenticate')).toBeNull();
    expect(await r.json()).toEqual({ jsonrpc: '2.0', error: { code: -32003, message: want }, id: null });
    expect(tokensState()).toBe(before);
  });

  it('is refused the same way on a live session (the fast path), on GET and on DELETE', async () => {
    const c = await connectWithServiceToken(mcp, bot.client_id, bot.client_secret);
    const sessionId = c.transport.sessionId ?? '';
    try {
      expect(sessionId).not.toBe('');
      const wrong = { ...creds(bot, 'wrong'), 'mcp-session-id': sessionId };
      const r = await post(wrong, { jsonrpc: '2.0', id: 7, method: 'tools/list' });
      expect(r.status).toBe(403);
      expect(r.headers.get('www-authenticate')).toBeNull();
      expect(((await r.json()) as { error: { message: string } }).error.message).toBe(WRONG);
      for (const method of ['GET', 'DELETE']) {
        const other = await fetch(mcp, { method, headers: { ...wrong, accept: 'text/event-stream' } });
        expect(other.status).toBe(403);
        expect(other.headers.get('www-authenticate')).toBeNull();
        expect(((await other.json()) as { error: { message: string } }).error.message).toBe(WRONG);
      }
      // The session is untouched and still serves its owner.
      expect(p.gateway.session(sessionId)).toBeDefined();
      expect((await c.client.listTools()).tools.map((t) => t.name)).toContain('docs_get_page');
    } finally {
      await c.close();
    }
  });

  it('while no credential at all still gets the OAuth challenge', async () => {
    const r = await post({});
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toContain(
      `resource_metadata="${p.url}/.well-known/oauth-protected-resource/portals/main/mcp"`,
    );
  });

  it('does not send the SDK client with an OAuth provider into a sign-in; it sees the reason', async () => {
    const provider = new MemoryOAuthProvider();
    const transport = new StreamableHTTPClientTransport(new URL(mcp), {
      authProvider: provider,
      requestInit: { headers: creds(bot, 'wrong') },
    });
    const client = new Client({ name: 'bot', version: '1' });
    const clientsBefore = p.dump().oauth_clients?.length ?? 0;
    await expect(client.connect(transport)).rejects.toThrow(WRONG);
    await client.close().catch(() => undefined);
    expect(provider.authorizationUrl).toBeUndefined();
    expect(provider.info).toBeUndefined();
    expect(p.dump().oauth_clients?.length ?? 0).toBe(clientsBefore);
  });

  it('does not send mcp-remote into a browser sign-in; it reports the refusal', async () => {
    const configDir = mkdtempSync(join(tmpdir(), 'mcp-remote-'));
    const pkg = createRequire(import.meta.url).resolve('mcp-remote/package.json');
    const clientsBefore = p.dump().oauth_clients?.length ?? 0;
    const child = spawn(
      process.execPath,
      [
        join(dirname(pkg), 'dist/proxy.js'),
        mcp,
        '--transport',
        'http-only',
        '--header',
        `CF-Access-Client-Id:${bot.client_id}`,
        '--header',
        'CF-Access-Client-Secret:wrong',
      ],
      // BROWSER: should mcp-remote try to open one, it runs `false` instead of a real browser.
      {
        env: { ...process.env, MCP_REMOTE_CONFIG_DIR: configDir, BROWSER: 'false' },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    try {
      const exited = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 20_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      expect(stderr).toContain(WRONG);
      expect(stderr).not.toMatch(/authorize this client|\/portals\/main\/authorize/i);
      expect(exited).toBe(true);
      expect(p.dump().oauth_clients?.length ?? 0).toBe(clientsBefore);
    } finally {
      if (child.exitCode === null) child.kill('SIGTERM');
      rmSync(configDir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('a service token verified on earlier requests of a live session', () => {
  /** A fresh token with a session of its own and a few answered calls (so its secret was verified). */
  async function warmSession(name: string) {
    const token = await addServiceToken(p, name);
    const c = await connectWithServiceToken(mcp, token.client_id, token.client_secret);
    const sessionId = c.transport.sessionId ?? '';
    expect(sessionId).not.toBe('');
    const call = (secret: string, id: number) =>
      post(
        { ...creds(token, secret), 'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-06-18' },
        { jsonrpc: '2.0', id, method: 'tools/list' },
      );
    for (let i = 0; i < 3; i++) expect((await call(token.client_secret, 100 + i)).status).toBe(200);
    return { token, c, call };
  }

  const refusal = async (r: Response) => {
    expect(r.status).toBe(403);
    return ((await r.json()) as { error: { message: string } }).error.message;
  };

  it('is refused at once when disabled, and served again when re-enabled', async () => {
    const { token, c, call } = await warmSession('warm-disable');
    try {
      expect((await p.call('PUT', `${SERVICE_TOKENS}/${token.id}`, { enabled: false })).status).toBe(200);
      expect(await refusal(await call(token.client_secret, 1))).toBe(
        'the service token was refused: the token is disabled',
      );
      expect((await p.call('PUT', `${SERVICE_TOKENS}/${token.id}`, { enabled: true })).status).toBe(200);
      expect((await call(token.client_secret, 2)).status).toBe(200);
    } finally {
      await c.close();
    }
  });

  it('is refused at once when deleted', async () => {
    const { token, c, call } = await warmSession('warm-delete');
    try {
      expect((await p.call('DELETE', `${SERVICE_TOKENS}/${token.id}`)).status).toBe(200);
      expect(await refusal(await call(token.client_secret, 1))).toBe(WRONG);
    } finally {
      await c.close();
    }
  });

  it('is refused at once when expired', async () => {
    const { token, c, call } = await warmSession('warm-expire');
    try {
      expect((await p.call('PUT', `${SERVICE_TOKENS}/${token.id}`, { duration: '1ms' })).status).toBe(200);
      // Past the millisecond it had left (a call within it is still in time: that raced before).
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(await refusal(await call(token.client_secret, 1))).toBe(
        'the service token was refused: the token has expired',
      );
    } finally {
      await c.close();
    }
  });

  it('accepts only the new secret after a rotation with no overlap', async () => {
    const { token, c, call } = await warmSession('warm-rotate');
    try {
      const r = await p.call('POST', `${SERVICE_TOKENS}/${token.id}/rotate`, {});
      expect(r.status).toBe(200);
      const { client_secret } = (r.body as { result: { client_secret: string } }).result;
      expect(await refusal(await call(token.client_secret, 1))).toBe(WRONG);
      expect((await call(client_secret, 2)).status).toBe(200);
      expect(await refusal(await call(token.client_secret, 3))).toBe(WRONG);
    } finally {
      await c.close();
    }
  });

  it('refuses any other secret for the same client id', async () => {
    const { token, c, call } = await warmSession('warm-other');
    try {
      const other = `${token.client_secret.slice(0, -1)}${token.client_secret.endsWith('0') ? '1' : '0'}`;
      expect(await refusal(await call(other, 1))).toBe(WRONG);
      expect(await refusal(await call(`${token.client_secret}0`, 2))).toBe(WRONG);
      expect((await call(token.client_secret, 3)).status).toBe(200);
    } finally {
      await c.close();
    }
  });
});
