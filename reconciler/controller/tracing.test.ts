// OpenTelemetry traces of the controller: a real cycle against the embedded portal with tracing on, exported
// over OTLP/HTTP JSON to a real receiver on 127.0.0.1, checked span by span (one cycle span with its
// attributes, one child span per API call, no secret anywhere); and nothing started without the variable.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../api/client.js';
import { PortalApi } from '../api/endpoints.js';
import { type Bench, startBench, TICKETS_TOKEN } from '../testing/e2e.js';
import { Controller } from './controller.js';
import { fileSource } from './source.js';
import { shutdownTracing, startTracing, type Tracing, TracingConfigError, tracesUrlOf } from './tracing.js';
import type { Lease } from './types.js';

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: number | string; boolValue?: boolean };
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: OtlpAttribute[];
  events?: { name: string; attributes: OtlpAttribute[] }[];
  status?: { code?: number };
}

/** An OTLP/HTTP receiver: keeps the raw bodies POSTed to /v1/traces and the spans in them. */
async function startReceiver() {
  const bodies: string[] = [];
  const paths: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      paths.push(`${req.method} ${req.url} ${req.headers['content-type']}`);
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bodies,
    paths,
    spans: (): OtlpSpan[] =>
      bodies.flatMap((b) =>
        (
          JSON.parse(b) as {
            resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[];
          }
        ).resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((ss) => ss.spans)),
      ),
    resources: () =>
      bodies.map((b) => JSON.parse(b).resourceSpans.map((rs: { resource: unknown }) => rs.resource)),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const attr = (s: OtlpSpan, key: string) => {
  const v = s.attributes.find((a) => a.key === key)?.value;
  if (!v) return undefined;
  return v.stringValue ?? (v.intValue !== undefined ? Number(v.intValue) : v.boolValue);
};

const heldLease: Lease = {
  acquire: async () => undefined,
  renew: async () => true,
  release: async () => undefined,
  held: () => true,
};

let bench: Bench | undefined;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  await bench?.close();
  bench = undefined;
});

describe('controller tracing', () => {
  it('without an OTLP endpoint, starts nothing', async () => {
    expect(await startTracing({})).toBeUndefined();
    expect(await startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: '  ', OTEL_SERVICE_NAME: 'x' })).toBeUndefined();
  });

  it.each([
    {
      name: 'not a URL',
      reason: 'a typo in the endpoint is refused at startup instead of silently dropping every span',
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' },
      variable: 'OTEL_EXPORTER_OTLP_ENDPOINT',
    },
    {
      name: 'grpc scheme',
      reason: 'only OTLP/HTTP is exported; a gRPC URL would never be answered',
      env: { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'grpc://u:secret-pw@collector:4317' },
      variable: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
    },
  ])('refuses a bad endpoint: $name', async ({ env, variable }) => {
    const err = await startTracing(env).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TracingConfigError);
    expect((err as Error).message).toContain(variable);
    expect((err as Error).message).not.toContain('secret-pw');
  });

  it('shutdown gives up on a collector that never answers', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const silent = createServer(() => undefined);
    silent.on('connection', (s) => sockets.add(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    cleanups.push(
      () =>
        new Promise<void>((r) => {
          for (const s of sockets) s.destroy();
          silent.close(() => r());
        }),
    );
    const { port } = silent.address() as AddressInfo;
    const tracing = await startTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` });
    tracing?.observer.cycleStarted?.('c1', 'startup');
    // The exporter's own timeout is 10 s; the bound given here is what ends the wait.
    const finished = shutdownTracing(tracing, 100).then(() => 'finished');
    const later = new Promise((r) => setTimeout(() => r('still waiting'), 3_000));
    expect(await Promise.race([finished, later])).toBe('finished');
  });

  it.each([
    {
      name: 'base endpoint',
      reason: 'the signal path is appended to the general endpoint',
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318/' },
      want: 'http://c:4318/v1/traces',
    },
    {
      name: 'traces endpoint',
      reason: 'the signal-specific endpoint is used as is and wins',
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://t:1/x',
      },
      want: 'http://t:1/x',
    },
  ])('url: $name', ({ env, want }) => {
    expect(tracesUrlOf(env)).toBe(want);
  });

  it('exports a cycle span with one child span per API call, and no secret', async () => {
    const receiver = await startReceiver();
    cleanups.push(() => receiver.close());
    const tracing = (await startTracing({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_SERVICE_NAME: 'ctl-under-test',
    })) as Tracing;
    expect(tracing).toBeDefined();
    cleanups.push(() => tracing.shutdown());

    bench = await startBench({});
    const b = bench;
    const path = b.write(
      'manifests.yaml',
      [b.manifests.policies, b.manifests.servers, b.manifests.portals].join('---\n'),
    );
    const client = new ApiClient({
      baseUrl: b.portal.baseUrl,
      accountId: b.portal.accountId,
      token: b.portal.apiToken,
      onResponse: (r) => tracing.onResponse(r),
    });
    cleanups.push(() => client.close().catch(() => undefined));
    const env = { TICKETS_TOKEN };
    const controller = new Controller({
      target: {
        api: new PortalApi(client),
        info: { api_url: b.portal.baseUrl, account_id: b.portal.accountId, embedded: false },
        close: () => client.close(),
      },
      source: fileSource({ paths: [path], cwd: b.dir, env }),
      lease: heldLease,
      mode: 'enforce',
      owner: 'default',
      env,
      cwd: b.dir,
      observer: tracing.observer,
    });
    const report = await controller.runCycle('startup');
    expect(report.completed).toBe(true);
    expect(report.changed).toBeGreaterThan(0);
    await tracing.shutdown();

    expect(receiver.paths.every((p) => p.startsWith('POST /v1/traces application/json'))).toBe(true);
    const spans = receiver.spans();
    const cycles = spans.filter((s) => s.name === 'portalctl.cycle');
    expect(cycles).toHaveLength(1);
    const cycle = cycles[0] as OtlpSpan;
    expect(cycle.parentSpanId ?? '').toBe('');
    expect({
      id: attr(cycle, 'portalctl.cycle.id'),
      trigger: attr(cycle, 'portalctl.cycle.trigger'),
      mode: attr(cycle, 'portalctl.cycle.mode'),
      revision: attr(cycle, 'portalctl.cycle.revision'),
      completed: attr(cycle, 'portalctl.cycle.completed'),
      changed: attr(cycle, 'portalctl.cycle.changed'),
      failed: attr(cycle, 'portalctl.cycle.failed'),
      skipped: attr(cycle, 'portalctl.cycle.skipped'),
      apiCalls: attr(cycle, 'portalctl.cycle.api_calls'),
    }).toEqual({
      id: report.id,
      trigger: 'startup',
      mode: 'enforce',
      revision: report.revision,
      completed: true,
      changed: report.changed,
      failed: report.failed,
      skipped: report.skipped,
      apiCalls: report.apiCalls,
    });
    expect(cycle.status?.code ?? 0).not.toBe(2);
    // The cycle's log events ride along as span events (names only, no messages).
    expect(cycle.events?.length ?? 0).toBeGreaterThan(0);
    expect(cycle.events?.every((e) => e.attributes.every((a) => a.key !== 'message'))).toBe(true);

    const calls = spans.filter((s) => s.name.startsWith('portalctl.api '));
    expect(report.apiCalls).toBeGreaterThan(0);
    expect(calls).toHaveLength(report.apiCalls);
    for (const s of calls) {
      expect(s.parentSpanId).toBe(cycle.spanId);
      expect(s.traceId).toBe(cycle.traceId);
      const method = attr(s, 'http.request.method');
      const template = attr(s, 'url.template') as string;
      expect(s.name).toBe(`portalctl.api ${method} ${template}`);
      expect(template).toMatch(/^\/accounts\/\{account\}\/access\//);
      expect(template).not.toContain(b.portal.accountId);
      expect(typeof attr(s, 'http.response.status_code')).toBe('number');
      expect(BigInt(s.startTimeUnixNano) <= BigInt(s.endTimeUnixNano)).toBe(true);
      expect(BigInt(s.startTimeUnixNano) >= BigInt(cycle.startTimeUnixNano)).toBe(true);
    }
    // The cycle wrote something, so there are writes among the calls.
    expect(calls.some((s) => attr(s, 'http.request.method') === 'POST')).toBe(true);
    expect(JSON.stringify(receiver.resources())).toContain('ctl-under-test');

    const payload = receiver.bodies.join('\n');
    for (const secret of [b.portal.apiToken, TICKETS_TOKEN, b.portal.accountId]) {
      expect(secret.length).toBeGreaterThan(4);
      expect(payload).not.toContain(secret);
    }
  }, 60_000);

  it('marks a cycle that did not complete as an error, and an unreachable API call with error.type', async () => {
    const receiver = await startReceiver();
    cleanups.push(() => receiver.close());
    const tracing = (await startTracing({
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.endpoint}/v1/traces`,
    })) as Tracing;
    cleanups.push(() => tracing.shutdown());
    tracing.observer.cycleStarted?.('c1', 'interval');
    tracing.onResponse({
      method: 'GET',
      path: '/accounts/abc123/access/ai-controls/mcp/servers/s1',
      status: 0,
      durationMs: 5,
    });
    tracing.observer.event?.({
      level: 'error',
      event: 'cycle.failed',
      cycle: 'c1',
      message: 'GET /accounts/abc123 failed',
    });
    tracing.observer.cycleFinished?.(
      {
        id: 'c1',
        startedAt: '',
        finishedAt: '',
        durationMs: 1,
        mode: 'observe',
        trigger: 'interval',
        completed: false,
        error: 'API unreachable',
        changed: 0,
        failed: 0,
        skipped: 0,
        apiCalls: 1,
        driftByKind: {},
        serversByStatus: {},
      },
      { mode: 'observe', leaseHeld: true, resources: [] },
    );
    await tracing.shutdown();
    const spans = receiver.spans();
    const cycle = spans.find((s) => s.name === 'portalctl.cycle') as OtlpSpan;
    expect(cycle.status?.code).toBe(2);
    expect(cycle.events?.map((e) => e.name)).toEqual(['cycle.failed']);
    const call = spans.find(
      (s) => s.name === 'portalctl.api GET /accounts/{account}/access/ai-controls/mcp/servers/{id}',
    );
    expect(call?.parentSpanId).toBe(cycle.spanId);
    expect(call && attr(call, 'error.type')).toBe('network');
    expect(call && attr(call, 'http.response.status_code')).toBeUndefined();
    expect(receiver.bodies.join('')).not.toContain('abc123');
    expect(JSON.stringify(receiver.resources())).toContain('portalctl-controller');
  });
});
