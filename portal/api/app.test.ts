// Cross-cutting behaviour of the management API over real HTTP: authentication and account checks, the
// rate-limit headers and 429, fault injection (before any write), unknown routes, and unexpected errors
// mapped to 500 by the single onError (in memory, with a repository that throws).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '../store/crypto.js';
import { openRepository } from '../store/sqlite-repository.js';
import { SERVERS, startTestPortal, type TestPortal } from '../testing/harness.js';
import { createPortalApp } from './app.js';
import { noopSync } from './deps.js';
import { CODES } from './errors.js';

const server = (id: string) => ({
  id,
  name: id,
  hostname: `https://${id}.example.com/mcp`,
  auth_type: 'unauthenticated',
});

describe('authentication and routing', () => {
  let p: TestPortal;
  beforeAll(async () => {
    p = await startTestPortal();
  });
  afterAll(() => p.close());

  const cases = [
    {
      name: 'no credentials',
      reason: 'Cloudflare answers 9106 for missing auth headers',
      headers: { authorization: '' },
      status: 401,
      code: CODES.missingAuth,
    },
    {
      name: 'wrong bearer token',
      reason: 'a bad token is 10000 Authentication error',
      headers: { authorization: 'Bearer wrong' },
      status: 403,
      code: CODES.authentication,
    },
    {
      name: 'wrong X-Auth-Key',
      reason: 'legacy key auth is checked too',
      headers: { authorization: '', 'x-auth-key': 'wrong', 'x-auth-email': 'a@b.c' },
      status: 403,
      code: CODES.authentication,
    },
  ];
  it.each(cases)(
    'refuses $name with $status and writes nothing',
    async ({ reason, headers, status, code }) => {
      const before = p.dump();
      const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ''));
      const res = await fetch(`${p.baseUrl}/accounts/${p.accountId}${SERVERS}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...clean },
        body: JSON.stringify(server('auth-x')),
      });
      const body = await res.json();
      expect(res.status, reason).toBe(status);
      expect(body).toMatchObject({ success: false, result: null, errors: [{ code }] });
      expect(res.headers.get('ratelimit'), 'rate-limit headers are on every response').toMatch(
        /^"default";r=\d+;t=\d+$/,
      );
      expect(p.dump(), reason).toEqual(before);
    },
  );

  it('accepts the token as X-Auth-Key', async () => {
    const r = await p.raw('GET', `/accounts/${p.accountId}${SERVERS}`, {
      headers: { authorization: '', 'x-auth-key': p.apiToken },
    });
    expect(r.status).toBe(200);
  });

  it('refuses another account with 403 code 9109', async () => {
    const r = await p.raw('GET', `/accounts/0123456789abcdef0123456789abcdef${SERVERS}`);
    expect(r.status).toBe(403);
    expect(r.body.errors[0].code).toBe(CODES.accountAccess);
  });

  it('answers unknown routes with 404 code 7000', async () => {
    for (const path of [`/accounts/${p.accountId}/access/ai-controls/mcp/gateways`, '/nothing-here']) {
      const r = await p.raw('GET', path);
      expect(r.status).toBe(404);
      expect(r.body.errors[0].code).toBe(CODES.noRoute);
    }
    const outside = await fetch(`${p.url}/elsewhere`);
    expect(outside.status).toBe(404);
  });
});

describe('rate limiting', () => {
  let p: TestPortal;
  beforeAll(async () => {
    p = await startTestPortal({ rateLimit: { limit: 3, windowSeconds: 600 } });
  });
  afterAll(() => p.close());

  it('counts down in Ratelimit, then answers 429 code 971 with Retry-After, writing nothing', async () => {
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await p.call('GET', SERVERS);
      expect(r.status).toBe(200);
      expect(r.headers.get('ratelimit-policy')).toBe('"default";q=3;w=600');
      remaining.push(/r=(\d+)/.exec(r.headers.get('ratelimit') ?? '')?.[1] ?? '');
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const before = p.dump();
    const limited = await p.call('POST', SERVERS, server('limited'));
    expect(limited.status).toBe(429);
    expect(limited.body.errors[0].code).toBe(CODES.rateLimited);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('ratelimit')).toMatch(/^"default";r=0;t=\d+$/);
    expect(p.dump()).toEqual(before);
  });

  it('keeps a separate budget per token', async () => {
    const r = await p.raw('GET', `/accounts/${p.accountId}${SERVERS}`, {
      headers: { authorization: 'Bearer someone-else' },
    });
    expect(r.status).toBe(403);
  });
});

describe('fault injection', () => {
  it.each([
    { spec: '500=1,seed=1', status: 500, code: CODES.internal, retryAfter: false },
    { spec: '503=1', status: 503, code: CODES.internal, retryAfter: false },
    { spec: '429=1,latency=1ms', status: 429, code: CODES.rateLimited, retryAfter: true },
  ])(
    'with $spec every request fails with $status before any write',
    async ({ spec, status, code, retryAfter }) => {
      const p = await startTestPortal({ faults: spec });
      try {
        const before = p.dump();
        const r = await p.call('POST', SERVERS, server('faulty'));
        expect(r.status).toBe(status);
        expect(r.body.errors[0].code).toBe(code);
        expect(r.headers.get('x-portal-fault')).toBe(String(status));
        expect(r.headers.has('retry-after')).toBe(retryAfter);
        expect(p.dump()).toEqual(before);
      } finally {
        await p.close();
      }
    },
  );

  it('fails the same requests for the same seed', async () => {
    const outcomes = async () => {
      const p = await startTestPortal({ faults: '500=0.5,seed=42' });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 20; i++) statuses.push((await p.call('GET', SERVERS)).status);
        return statuses;
      } finally {
        await p.close();
      }
    };
    const first = await outcomes();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await outcomes()).toEqual(first);
  });
});

describe('unexpected errors', () => {
  it('become 500 code 1000 without leaking the cause', async () => {
    const repo = openRepository(':memory:', createSecretBox(Buffer.alloc(32, 1)));
    const lines: string[] = [];
    const broken = {
      ...repo,
      servers: {
        ...repo.servers,
        list: () => {
          throw new Error('disk on fire');
        },
      },
    };
    const app = createPortalApp({
      repo: broken,
      sync: noopSync(repo),
      now: () => new Date(),
      actor: 't',
      accountId: 'acct',
      apiToken: 'tok',
      log: (line) => lines.push(line),
    });
    const res = await app.request(`/client/v4/accounts/acct${SERVERS}`, {
      headers: { authorization: 'Bearer tok' },
    });
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toMatchObject({ success: false, errors: [{ code: CODES.internal }], result: null });
    expect(JSON.stringify(body)).not.toContain('disk on fire');
    expect(lines.join('\n')).toContain('disk on fire');
    repo.close();
  });
});
