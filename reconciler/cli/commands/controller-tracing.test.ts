// `portalctl controller` with OTEL_EXPORTER_OTLP_ENDPOINT set (issue #14), in process against the embedded
// portal: the cycle and its API calls reach a real OTLP/HTTP receiver by the time the command returns after
// SIGTERM (flushed within the shutdown timeout); a bad endpoint is refused at startup with exit 3, nothing
// sent to the API, and the value (which may hold credentials) not echoed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type Bench, startBench, TICKETS_TOKEN } from '../../testing/e2e.js';
import { main } from '../main.js';

let bench: Bench | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  await bench?.close();
  bench = undefined;
});

interface Span {
  name: string;
  spanId: string;
  parentSpanId?: string;
  attributes: { key: string; value: { intValue?: number | string; stringValue?: string } }[];
}

async function startReceiver() {
  const bodies: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/traces')
        bodies.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bodies,
    spans: (): Span[] =>
      bodies.flatMap((b) =>
        (JSON.parse(b) as { resourceSpans: { scopeSpans: { spans: Span[] }[] }[] }).resourceSpans.flatMap(
          (rs) => rs.scopeSpans.flatMap((ss) => ss.spans),
        ),
      ),
  };
}

function runController(args: string[], env: Record<string, string>, cwd: string) {
  const out = { stdout: '', stderr: '' };
  const done = main(['controller', ...args], {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    stdin: async () => '',
    isTty: false,
    env,
    cwd,
  });
  return { out, done };
}

const envOf = (b: Bench) => ({
  CLOUDFLARE_BASE_URL: b.portal.baseUrl,
  CLOUDFLARE_API_TOKEN: b.portal.apiToken,
  CLOUDFLARE_ACCOUNT_ID: b.portal.accountId,
  TICKETS_TOKEN,
  NO_COLOR: '1',
});

describe('portalctl controller: OpenTelemetry traces', () => {
  it('exports the cycle and its API calls, flushed on SIGTERM', async () => {
    const receiver = await startReceiver();
    bench = await startBench();
    const b = bench;
    b.write('m.yaml', [b.manifests.policies, b.manifests.servers, b.manifests.portals].join('---\n'));
    const { out, done } = runController(
      ['-f', 'm.yaml', '--interval', '1h', '--shutdown-timeout', '10s'],
      { ...envOf(b), OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint },
      b.dir,
    );
    for (let i = 0; i < 400 && !out.stdout.includes('"cycle.end"'); i++)
      await new Promise((r) => setTimeout(r, 25));
    expect(out.stdout, out.stderr).toContain('"cycle.end"');
    // Spans are batched (5 s by default): none need to have left yet; shutdown must flush them.
    process.emit('SIGTERM', 'SIGTERM');
    expect(await done).toBe(0);

    const spans = receiver.spans();
    const cycles = spans.filter((s) => s.name === 'portalctl.cycle');
    expect(cycles.length).toBeGreaterThanOrEqual(1);
    const first = cycles[0] as Span;
    const apiCalls = Number(
      first.attributes.find((a) => a.key === 'portalctl.cycle.api_calls')?.value.intValue,
    );
    expect(apiCalls).toBeGreaterThan(0);
    expect(
      spans.filter((s) => s.name.startsWith('portalctl.api ') && s.parentSpanId === first.spanId),
    ).toHaveLength(apiCalls);
    const payload = receiver.bodies.join('\n');
    for (const secret of [b.portal.apiToken, TICKETS_TOKEN, b.portal.accountId])
      expect(payload).not.toContain(secret);
  }, 60_000);

  it('a bad endpoint: exit 3, nothing sent, the value not echoed', async () => {
    bench = await startBench();
    bench.write('m.yaml', bench.manifests.policies);
    const before = bench.portal.dump();
    const { out, done } = runController(
      ['-f', 'm.yaml'],
      { ...envOf(bench), OTEL_EXPORTER_OTLP_ENDPOINT: 'collector.internal:4318?key=hunter2' },
      bench.dir,
    );
    expect(await done).toBe(3);
    expect(out.stderr).toContain('OTEL_EXPORTER_OTLP_ENDPOINT');
    expect(out.stderr).not.toContain('hunter2');
    expect(bench.portal.dump()).toEqual(before);
  });
});
