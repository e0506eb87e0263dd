/**
 * The controller's Prometheus metrics (prom-client) on a private Registry: cycle durations and results,
 * API requests and 429s by endpoint (ids normalised, so label sets stay bounded), drift by kind, resources
 * by condition, servers by sync status, the last successful cycle and whether the lease is held. Fed by
 * the ControllerObserver `metricsObserver` returns and by its `onResponse` (ApiClientOptions.onResponse).
 */
import {
  Counter,
  collectDefaultMetrics,
  Gauge,
  Histogram,
  Registry as PromRegistry,
  type Registry,
} from 'prom-client';
import type { ResponseEvent } from '../api/client.js';
import type { ControllerObserver, ControllerState, CycleReport } from './types.js';

export const METRIC_PREFIX = 'portalctl_controller_';

/** A registry of our own: nothing from other libraries' default registry leaks in. */
export function createMetricsRegistry(opts: { processMetrics?: boolean } = {}): Registry {
  const registry = new PromRegistry();
  if (opts.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'portalctl_' });
  return registry;
}

/** Path segments that name collections or actions; every other segment is an id. */
const STATIC = new Set([
  'access',
  'ai-controls',
  'mcp',
  'servers',
  'portals',
  'sync',
  'apps',
  'groups',
  'identity_providers',
  'policies',
  'tags',
  'service_tokens',
  'dns_records',
  'logs',
  'users',
]);

/**
 * An API path as a label: `/accounts/abc/access/ai-controls/mcp/servers/s1/sync` becomes
 * `/accounts/{account}/access/ai-controls/mcp/servers/{id}/sync`; zones become `{zone}`. The query is dropped.
 */
export function normaliseEndpoint(path: string): string {
  const segments = (path.split('?')[0] ?? '').split('/').filter((s) => s !== '');
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as string;
    const prev = segments[i - 1];
    if (prev === 'accounts' && i === 1) out.push('{account}');
    else if (prev === 'zones' && i === 1) out.push('{zone}');
    else if ((i === 0 && (s === 'accounts' || s === 'zones')) || STATIC.has(s)) out.push(s);
    else out.push('{id}');
  }
  return `/${out.join('/')}`;
}

/** What a cycle's result is called in `cycles_total`. */
export function cycleResult(r: CycleReport): 'success' | 'partial' | 'error' {
  if (!r.completed) return 'error';
  return r.failed > 0 ? 'partial' : 'success';
}

export interface MetricsObserver extends ControllerObserver {
  /** Pass as `ApiClientOptions.onResponse` (or `resolveTarget({ onResponse })`). */
  onResponse(r: ResponseEvent): void;
}

function metric<T>(registry: Registry, name: string, make: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? make();
}

/** Registers the controller's metrics on `registry` (once: a second call reuses them) and feeds them. */
export function metricsObserver(registry: Registry): MetricsObserver {
  const registers = [registry];
  const n = (s: string) => `${METRIC_PREFIX}${s}`;
  const cycleSeconds = metric(
    registry,
    n('cycle_seconds'),
    () =>
      new Histogram({
        name: n('cycle_seconds'),
        help: 'Duration of reconciliation cycles, by mode and result.',
        labelNames: ['mode', 'result'] as const,
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
        registers,
      }),
  );
  const cycles = metric(
    registry,
    n('cycles_total'),
    () =>
      new Counter({
        name: n('cycles_total'),
        help: 'Reconciliation cycles by result: success, partial (some resources failed), error (could not run).',
        labelNames: ['result'] as const,
        registers,
      }),
  );
  const lastSuccess = metric(
    registry,
    n('last_successful_cycle_timestamp_seconds'),
    () =>
      new Gauge({
        name: n('last_successful_cycle_timestamp_seconds'),
        help: 'Unix time the last completed cycle finished.',
        registers,
      }),
  );
  const cycleApiCalls = metric(
    registry,
    n('cycle_api_requests'),
    () => new Gauge({ name: n('cycle_api_requests'), help: 'API requests the last cycle made.', registers }),
  );
  const apiRequests = metric(
    registry,
    n('api_requests_total'),
    () =>
      new Counter({
        name: n('api_requests_total'),
        help: 'Management API requests (each attempt, retries included) by method, endpoint and HTTP status (0: no answer).',
        labelNames: ['method', 'endpoint', 'status'] as const,
        registers,
      }),
  );
  const rateLimited = metric(
    registry,
    n('api_rate_limited_total'),
    () =>
      new Counter({
        name: n('api_rate_limited_total'),
        help: 'Management API answers 429 (rate limited) by method and endpoint.',
        labelNames: ['method', 'endpoint'] as const,
        registers,
      }),
  );
  const apiSeconds = metric(
    registry,
    n('api_request_seconds'),
    () =>
      new Histogram({
        name: n('api_request_seconds'),
        help: 'Management API request durations by method and endpoint.',
        labelNames: ['method', 'endpoint'] as const,
        buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
        registers,
      }),
  );
  const drift = metric(
    registry,
    n('drift_items'),
    () =>
      new Gauge({
        name: n('drift_items'),
        help: 'Drift items found by the last completed cycle, by kind.',
        labelNames: ['kind'] as const,
        registers,
      }),
  );
  const resources = metric(
    registry,
    n('resources'),
    () =>
      new Gauge({
        name: n('resources'),
        help: 'Resources by condition type, status and reason.',
        labelNames: ['type', 'status', 'reason'] as const,
        registers,
      }),
  );
  const servers = metric(
    registry,
    n('servers'),
    () =>
      new Gauge({
        name: n('servers'),
        help: 'MCP servers by sync status after the last completed cycle.',
        labelNames: ['status'] as const,
        registers,
      }),
  );
  const leaseHeld = metric(
    registry,
    n('lease_held'),
    () => new Gauge({ name: n('lease_held'), help: '1 while this controller holds the lease.', registers }),
  );

  const setAll = (g: Gauge<string>, counts: Record<string, number>, label: string) => {
    g.reset();
    for (const [k, v] of Object.entries(counts)) g.set({ [label]: k }, v);
  };

  const fromState = (state: ControllerState) => {
    leaseHeld.set(state.leaseHeld ? 1 : 0);
    if (state.lastSuccessfulCycle) {
      const at = Date.parse(state.lastSuccessfulCycle);
      if (Number.isFinite(at)) lastSuccess.set(at / 1000);
    }
    resources.reset();
    const counts = new Map<string, { type: string; status: string; reason: string; n: number }>();
    for (const r of state.resources)
      for (const c of r.conditions) {
        const key = `${c.type}\u0000${c.status}\u0000${c.reason}`;
        const cur = counts.get(key) ?? { type: c.type, status: c.status, reason: c.reason, n: 0 };
        cur.n++;
        counts.set(key, cur);
      }
    for (const { n: count, ...labels } of counts.values()) resources.set(labels, count);
  };

  return {
    cycleFinished(report, state) {
      const result = cycleResult(report);
      cycles.inc({ result });
      cycleSeconds.observe({ mode: report.mode, result }, report.durationMs / 1000);
      cycleApiCalls.set(report.apiCalls);
      if (report.completed) {
        const at = Date.parse(report.finishedAt);
        if (Number.isFinite(at)) lastSuccess.set(at / 1000);
        // Drift and server counts describe the live state only when the cycle saw it whole.
        setAll(drift, report.driftByKind, 'kind');
        setAll(servers, report.serversByStatus, 'status');
      }
      fromState(state);
    },
    onResponse(r) {
      const endpoint = normaliseEndpoint(r.path);
      apiRequests.inc({ method: r.method, endpoint, status: String(r.status) });
      if (r.status === 429) rateLimited.inc({ method: r.method, endpoint });
      apiSeconds.observe({ method: r.method, endpoint }, r.durationMs / 1000);
    },
  };
}
