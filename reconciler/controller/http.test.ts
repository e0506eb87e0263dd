/**
 * The controller's HTTP endpoints over real HTTP: `/readyz` follows cycles that reach the embedded portal
 * or fail because the API is unreachable, the lease and staleness; `/healthz`, `/status` (secrets
 * masked), and the bounds (GET only, no bodies, unknown paths, bad listen addresses).
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../portal/testing/free-port.js';
import { startTestPortal, type TestPortal } from '../../portal/testing/harness.js';
import { ApiClient } from '../api/client.js';
import { PortalApi } from '../api/endpoints.js';
import { registerSecretValue } from '../secrets.js';
import {
  type ControllerHttp,
  DEFAULT_LISTEN,
  ListenAddressError,
  parseListen,
  readiness,
  startControllerHttp,
} from './http.js';
import { createMetricsRegistry } from './metrics.js';
import type { ControllerState, CycleReport } from './types.js';

const INTERVAL = 60_000;
let portal: TestPortal;
let http: ControllerHttp;
let now = Date.UTC(2030, 0, 1);
let state: ControllerState = { mode: 'enforce', leaseHeld: false, resources: [] };
let loopReady = true;

/** A minimal cycle: one list call against `api`, reported as the controller reports a cycle. */
async function cycle(api: PortalApi, id: string): Promise<void> {
  const startedAt = new Date(now).toISOString();
  let error: string | undefined;
  try {
    await api.listServers();
  } catch (err) {
    error = `API unreachable: ${(err as Error).message}`;
  }
  const report: CycleReport = {
    id,
    startedAt,
    finishedAt: new Date(now).toISOString(),
    durationMs: 0,
    mode: 'enforce',
    trigger: 'interval',
    completed: error === undefined,
    ...(error !== undefined ? { error } : {}),
    changed: 0,
    failed: 0,
    skipped: 0,
    apiCalls: 1,
    driftByKind: {},
    serversByStatus: {},
  };
  state = {
    ...state,
    lastCycle: report,
    ...(report.completed ? { lastSuccessfulCycle: report.finishedAt } : {}),
  };
}

/** The fields these tests read of the JSON answers (/healthz, /readyz, a 404). */
interface Answer {
  status?: string;
  reason?: string;
  endpoints?: string[];
}

const get = async (path: string): Promise<{ status: number; body: Answer }> => {
  const res = await fetch(`${http.url}${path}`);
  return { status: res.status, body: (await res.json()) as Answer };
};

beforeAll(async () => {
  portal = await startTestPortal();
  http = await startControllerHttp({ state: () => state, ready: () => loopReady }, createMetricsRegistry(), {
    listen: '127.0.0.1:0',
    intervalMs: INTERVAL,
    now: () => now,
  });
});
afterAll(async () => {
  await http.close();
  await portal.close();
});

describe('/readyz', () => {
  it('flips to 503 when a cycle cannot reach the API, and back when it can', async () => {
    const good = new ApiClient({
      baseUrl: portal.baseUrl,
      accountId: portal.accountId,
      token: portal.apiToken,
    });
    const down = new ApiClient({
      baseUrl: `http://127.0.0.1:${await freePort()}/client/v4`,
      accountId: portal.accountId,
      token: portal.apiToken,
      maxRetries: 0,
    });
    try {
      let r = await get('/readyz');
      expect(r.status).toBe(503);
      expect(r.body.reason).toMatch(/lease/);
      state = { ...state, leaseHeld: true };
      r = await get('/readyz');
      expect(r.status).toBe(503);
      expect(r.body.reason).toMatch(/no cycle/);

      await cycle(new PortalApi(good), 'c1');
      expect((await get('/readyz')).status).toBe(200);

      now += 1000;
      await cycle(new PortalApi(down), 'c2');
      r = await get('/readyz');
      expect(r.status).toBe(503);
      expect(r.body.reason).toMatch(/c2 did not complete: API unreachable/);

      now += 1000;
      await cycle(new PortalApi(good), 'c3');
      expect((await get('/readyz')).status).toBe(200);

      // The lease lost: not ready, though the last cycle was fine.
      state = { ...state, leaseHeld: false };
      expect((await get('/readyz')).status).toBe(503);
      state = { ...state, leaseHeld: true };
      expect((await get('/readyz')).status).toBe(200);

      // The loop stopped cycling: older than 3 intervals is not ready.
      now += 3 * INTERVAL + 1;
      r = await get('/readyz');
      expect(r.status).toBe(503);
      expect(r.body.reason).toMatch(/more than 3 intervals/);
      now -= 3 * INTERVAL + 1;

      loopReady = false;
      expect((await get('/readyz')).status).toBe(503);
      loopReady = true;
    } finally {
      await good.close();
      await down.close();
    }
  });

  it.each([
    { name: 'exactly 3 intervals old is still ready', age: 3 * INTERVAL, want: true },
    { name: 'one ms more is not', age: 3 * INTERVAL + 1, want: false },
  ])('$name', ({ age, want }) => {
    const finishedAt = '2030-01-01T00:00:00.000Z';
    const s: ControllerState = {
      mode: 'observe',
      leaseHeld: true,
      resources: [],
      lastCycle: {
        id: 'c1',
        startedAt: finishedAt,
        finishedAt,
        durationMs: 1,
        mode: 'observe',
        trigger: 'startup',
        completed: true,
        changed: 0,
        failed: 0,
        skipped: 0,
        apiCalls: 0,
        driftByKind: {},
        serversByStatus: {},
      },
    };
    expect(readiness(s, true, { intervalMs: INTERVAL, now: Date.parse(finishedAt) + age }).ready).toBe(want);
  });
});

describe('endpoints', () => {
  it('/healthz answers 200 whatever the state', async () => {
    state = { mode: 'enforce', leaseHeld: false, resources: [] };
    expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('/status is the state as JSON, with secrets masked', async () => {
    const secret = 'sk-live-status-secret-123';
    registerSecretValue(secret);
    state = {
      mode: 'observe',
      leaseHeld: true,
      revision: 'abc123',
      resources: [
        {
          kind: 'McpServer',
          name: 's1',
          managementPolicy: 'observe',
          conditions: [],
          failures: 2,
          lastError: `upstream said: bad token ${secret}`,
        },
      ],
    };
    const res = await fetch(`${http.url}/status`);
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).not.toContain(secret);
    const body = JSON.parse(text) as ControllerState;
    expect(body.revision).toBe('abc123');
    expect(body.resources[0]?.failures).toBe(2);
    expect(body.resources[0]?.lastError).toContain('upstream said: bad token');
  });

  it.each(['POST', 'PUT', 'DELETE'])('%s is refused with 405 and Allow: GET', async (method) => {
    const res = await fetch(`${http.url}/status`, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
  });

  it('a GET with a body is refused with 413', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${http.url}/metrics`,
        { method: 'GET', headers: { 'content-length': '5' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('hello');
    });
    expect(status).toBe(413);
  });

  it('an unknown path is a 404 naming the endpoints', async () => {
    const r = await get('/nope');
    expect(r.status).toBe(404);
    expect(r.body.endpoints).toEqual(['/healthz', '/readyz', '/metrics', '/status']);
  });
});

describe('parseListen', () => {
  it.each([
    { text: DEFAULT_LISTEN, want: { host: '127.0.0.1', port: 9464 } },
    { text: '0.0.0.0:9464', want: { host: '0.0.0.0', port: 9464 } },
    { text: '[::1]:8080', want: { host: '::1', port: 8080 } },
    { text: '9000', want: { host: '127.0.0.1', port: 9000 } },
  ])('$text', ({ text, want }) => {
    expect(parseListen(text)).toEqual(want);
  });

  it.each(['', 'localhost:', 'host:99999', 'http://x:1', 'a b:1'])('refuses "%s"', (text) => {
    expect(() => parseListen(text)).toThrow(ListenAddressError);
  });

  it('a taken port is an error, not a silent second server', async () => {
    const port = Number(new URL(http.url).port);
    await expect(
      startControllerHttp({ state: () => state, ready: () => true }, createMetricsRegistry(), {
        listen: `127.0.0.1:${port}`,
      }),
    ).rejects.toThrow(/EADDRINUSE/);
  });
});
