/**
 * The controller's metrics, scraped from `/metrics` over HTTP and parsed: cycle results, drift, conditions
 * and server counts from synthetic cycle reports; API requests and 429s from real calls to the embedded
 * portal with injected faults (counted on the portal's side too); status 0 for an unreachable API.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fault } from '../../portal/api/faults.js';
import { startTestPortal, type TestPortal } from '../../portal/testing/harness.js';
import { ApiClient } from '../api/client.js';
import { PortalApi } from '../api/endpoints.js';
import { RateLimiter } from '../api/rate-limit.js';
import { resolveTarget } from '../target.js';
import { parseExposition } from '../testing/prom-text.js';
import { type ControllerHttp, startControllerHttp } from './http.js';
import { createMetricsRegistry, metricsObserver, normaliseEndpoint } from './metrics.js';
import type { ControllerState, CycleReport, ResourceState } from './types.js';

function report(over: Partial<CycleReport> = {}): CycleReport {
  return {
    id: 'c1',
    startedAt: '2030-01-01T00:00:00.000Z',
    finishedAt: '2030-01-01T00:00:01.500Z',
    durationMs: 1500,
    mode: 'enforce',
    trigger: 'interval',
    completed: true,
    changed: 0,
    failed: 0,
    skipped: 0,
    apiCalls: 7,
    driftByKind: {},
    serversByStatus: {},
    ...over,
  };
}

const resource = (name: string, ready: 'True' | 'False', reason: string): ResourceState => ({
  kind: 'McpServer',
  name,
  managementPolicy: 'full',
  failures: 0,
  conditions: [
    {
      type: 'Ready',
      status: ready,
      reason,
      message: reason,
      observedGeneration: 'abc',
      lastTransitionTime: '2030-01-01T00:00:00Z',
    },
    {
      type: 'Synced',
      status: 'True',
      reason: 'Synced',
      message: 'applied',
      observedGeneration: 'abc',
      lastTransitionTime: '2030-01-01T00:00:00Z',
    },
  ],
});

async function scrape(url: string) {
  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/plain');
  return parseExposition(await res.text());
}

describe('normaliseEndpoint', () => {
  it.each([
    {
      path: '/accounts/0123abc/access/ai-controls/mcp/servers/my-server/sync',
      want: '/accounts/{account}/access/ai-controls/mcp/servers/{id}/sync',
      reason: 'a server id between the collection and the action',
    },
    {
      path: '/accounts/a/access/tags/mcp-portals%3Adefault%3AMcpServer%2Fs1%40x.y',
      want: '/accounts/{account}/access/tags/{id}',
      reason: 'tag names are ids too, whatever they contain',
    },
    {
      path: '/accounts/a/access/policies',
      want: '/accounts/{account}/access/policies',
      reason: 'a collection stays as it is',
    },
    {
      path: '/zones/z1/dns_records/r9?page=2',
      want: '/zones/{zone}/dns_records/{id}',
      reason: 'zones are named, the query dropped',
    },
  ])('$want ($reason)', ({ path, want }) => {
    expect(normaliseEndpoint(path)).toBe(want);
  });
});

describe('metrics from cycles', () => {
  let http: ControllerHttp;
  const registry = createMetricsRegistry();
  const observer = metricsObserver(registry);
  let state: ControllerState = { mode: 'enforce', leaseHeld: false, resources: [] };

  beforeAll(async () => {
    http = await startControllerHttp({ state: () => state, ready: () => true }, registry, {
      listen: '127.0.0.1:0',
    });
  });
  afterAll(() => http.close());

  it('counts cycles, durations, drift, conditions and servers, and keeps the last good values on an error', async () => {
    const good = report({
      driftByKind: { McpServer: 2, AccessPolicy: 1 },
      serversByStatus: { ready: 3, error: 1 },
    });
    state = {
      mode: 'enforce',
      leaseHeld: true,
      lastCycle: good,
      lastSuccessfulCycle: good.finishedAt,
      resources: [
        resource('a', 'True', 'Available'),
        resource('b', 'True', 'Available'),
        resource('c', 'False', 'ApplyFailed'),
      ],
    };
    observer.cycleFinished?.(good, state);
    let m = await scrape(http.url);
    expect(m.types.get('portalctl_controller_cycle_seconds')).toBe('histogram');
    expect(m.value('portalctl_controller_cycles_total', { result: 'success' })).toBe(1);
    expect(m.value('portalctl_controller_cycle_seconds_count', { result: 'success' })).toBe(1);
    expect(m.value('portalctl_controller_cycle_seconds_sum')).toBeCloseTo(1.5);
    expect(m.value('portalctl_controller_drift_items', { kind: 'McpServer' })).toBe(2);
    expect(m.value('portalctl_controller_drift_items', { kind: 'AccessPolicy' })).toBe(1);
    expect(m.value('portalctl_controller_servers', { status: 'ready' })).toBe(3);
    expect(m.value('portalctl_controller_servers', { status: 'error' })).toBe(1);
    expect(
      m.value('portalctl_controller_resources', { type: 'Ready', status: 'True', reason: 'Available' }),
    ).toBe(2);
    expect(
      m.value('portalctl_controller_resources', { type: 'Ready', status: 'False', reason: 'ApplyFailed' }),
    ).toBe(1);
    expect(m.value('portalctl_controller_resources', { type: 'Synced' })).toBe(3);
    expect(m.value('portalctl_controller_last_successful_cycle_timestamp_seconds')).toBe(
      Date.parse(good.finishedAt) / 1000,
    );
    expect(m.value('portalctl_controller_lease_held')).toBe(1);
    expect(m.value('portalctl_controller_cycle_api_requests')).toBe(7);

    // The API became unreachable: the cycle could not run. Counted as an error; the last good drift,
    // server counts and timestamp stay.
    const bad = report({
      id: 'c2',
      finishedAt: '2030-01-01T00:05:00.000Z',
      completed: false,
      error: 'API unreachable',
      apiCalls: 1,
    });
    state = { ...state, lastCycle: bad };
    observer.cycleFinished?.(bad, state);
    m = await scrape(http.url);
    expect(m.value('portalctl_controller_cycles_total', { result: 'error' })).toBe(1);
    expect(m.value('portalctl_controller_cycles_total', { result: 'success' })).toBe(1);
    expect(m.value('portalctl_controller_drift_items', { kind: 'McpServer' })).toBe(2);
    expect(m.value('portalctl_controller_servers', { status: 'ready' })).toBe(3);
    expect(m.value('portalctl_controller_last_successful_cycle_timestamp_seconds')).toBe(
      Date.parse(good.finishedAt) / 1000,
    );

    // A later cycle with some failed resources and no drift: partial; drift series gone, not stale.
    const partial = report({ id: 'c3', failed: 1, driftByKind: {}, serversByStatus: { ready: 4 } });
    observer.cycleFinished?.(partial, { ...state, lastCycle: partial, leaseHeld: false });
    m = await scrape(http.url);
    expect(m.value('portalctl_controller_cycles_total', { result: 'partial' })).toBe(1);
    expect(m.value('portalctl_controller_drift_items')).toBeUndefined();
    expect(m.value('portalctl_controller_servers', { status: 'error' })).toBeUndefined();
    expect(m.value('portalctl_controller_lease_held')).toBe(0);
    expect(m.value('portalctl_controller_cycles_total')).toBe(3);
  });

  it('registers its metrics once per registry, and nothing of the global registry leaks in', async () => {
    expect(() => metricsObserver(registry)).not.toThrow();
    const m = await scrape(http.url);
    expect(m.samples.every((s) => s.name.startsWith('portalctl_'))).toBe(true);
    expect(m.value('process_cpu_seconds_total')).toBeUndefined();
  });
});

describe('metrics from API requests', () => {
  let portal: TestPortal;
  const injected: { fault: Fault; path: string }[] = [];
  const faults = {
    failures: [{ status: 429, probability: 0.3 }],
    latencyMs: 0,
    seed: 11,
    methods: ['GET'],
    onFault: (fault: Fault, r: { path: string }) => injected.push({ fault, path: r.path }),
  };

  beforeAll(async () => {
    portal = await startTestPortal({ faults });
  });
  afterAll(() => portal.close());

  it('counts every attempt by endpoint and status, and the 429s the portal injected', async () => {
    const registry = createMetricsRegistry();
    const observer = metricsObserver(registry);
    // Retry-After is 1 s on an injected 429: a clock that jumps instead of waiting, so the test does not wait.
    let offset = 0;
    const skip = async (ms: number) => {
      offset += ms;
    };
    const client = new ApiClient({
      baseUrl: portal.baseUrl,
      accountId: portal.accountId,
      token: portal.apiToken,
      onResponse: observer.onResponse,
      maxRetries: 20,
      limiter: new RateLimiter({ sleep: skip, now: () => Date.now() + offset }),
      sleep: skip,
    });
    const api = new PortalApi(client);
    const http = await startControllerHttp(
      { state: () => ({ mode: 'observe', leaseHeld: true, resources: [] }), ready: () => true },
      registry,
      { listen: '127.0.0.1:0' },
    );
    try {
      for (let i = 0; i < 10; i++) {
        await api.listServers();
        await api.listPolicies();
        await api.getServer(`nope-${i}`);
      }
      const m = await scrape(http.url);
      const limited = injected.filter((f) => f.fault.kind === 'fail' && f.fault.status === 429).length;
      expect(limited).toBeGreaterThan(0);
      expect(m.value('portalctl_controller_api_rate_limited_total')).toBe(limited);
      expect(m.value('portalctl_controller_api_requests_total', { status: '429' })).toBe(limited);
      expect(m.value('portalctl_controller_api_requests_total')).toBe(client.requests);
      const servers = '/accounts/{account}/access/ai-controls/mcp/servers';
      expect(m.value('portalctl_controller_api_requests_total', { endpoint: servers, status: '200' })).toBe(
        10,
      );
      expect(
        m.value('portalctl_controller_api_requests_total', { endpoint: `${servers}/{id}`, status: '404' }),
      ).toBe(10);
      const serverLimited = injected.filter((f) => /\/mcp\/servers$/.test(f.path)).length;
      expect(m.value('portalctl_controller_api_rate_limited_total', { endpoint: servers }) ?? 0).toBe(
        serverLimited,
      );
      expect(m.value('portalctl_controller_api_request_seconds_count')).toBe(client.requests);
      // No raw account id or server id in any label.
      const text = await (await fetch(`${http.url}/metrics`)).text();
      expect(text).not.toContain(portal.accountId);
      expect(text).not.toContain('nope-');
    } finally {
      await http.close();
      await client.close();
    }
  });

  it('is fed through resolveTarget, as the controller command wires it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'metrics-target-'));
    const registry = createMetricsRegistry();
    const observer = metricsObserver(registry);
    const target = await resolveTarget({
      local: dir,
      env: {},
      notice: () => {},
      onResponse: observer.onResponse,
    });
    try {
      await target.api.listServers();
      await target.api.listTags();
      const m = parseExposition(await registry.metrics());
      expect(m.value('portalctl_controller_api_requests_total', { status: '200' })).toBe(2);
      expect(
        m.value('portalctl_controller_api_requests_total', { endpoint: '/accounts/{account}/access/tags' }),
      ).toBe(1);
    } finally {
      await target.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts a request that got no answer as status 0', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const registry = createMetricsRegistry();
    const observer = metricsObserver(registry);
    const client = new ApiClient({
      baseUrl: `http://127.0.0.1:${port}/client/v4`,
      accountId: 'acc',
      token: 'unused-token-value',
      onResponse: observer.onResponse,
      maxRetries: 2,
      sleep: async () => {},
    });
    await expect(new PortalApi(client).listServers()).rejects.toThrow();
    await client.close();
    const m = parseExposition(await registry.metrics());
    expect(m.value('portalctl_controller_api_requests_total', { status: '0' })).toBe(3);
  });
});
