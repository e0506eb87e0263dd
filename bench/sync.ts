/**
 * Benchmark: capability sync of N upstream MCP servers (default 100) with bounded concurrency (default 16).
 * A child process serves N separate `docs` upstreams, each on its own loopback port; this process syncs
 * them all with `syncServer` + `mapWithConcurrency` and reports wall time and its own peak RSS, as a JSON
 * line and a human line. Run: `node --import tsx bench/sync.ts [--n 100] [--limit 16]`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMain } from '../examples/upstreams/cli.js';
import { startDocsUpstream } from '../examples/upstreams/docs.js';
import { mapWithConcurrency, syncServer } from '../portal/sync/index.js';

export interface SyncBenchResult {
  bench: 'sync';
  upstreams: number;
  concurrency: number;
  ready: number;
  errors: number;
  toolsPerUpstream: number;
  wallMs: number;
  perSyncMsP50: number;
  perSyncMsP95: number;
  /** CPU time (user + system) this process spent during the sync, in ms. */
  cpuMs: number;
  /** Resident set size just before the sync started, in MiB (modules loaded, nothing synced). */
  rssBeforeMiB: number;
  /** Peak resident set size of the syncing process, in MiB. */
  peakRssMiB: number;
}

/** Starts the upstream child, syncs every upstream once, stops the child. */
export async function runSyncBench(opts: { n?: number; limit?: number } = {}): Promise<SyncBenchResult> {
  const n = opts.n ?? 100;
  const limit = opts.limit ?? 16;
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--serve', String(n)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    const urls = (JSON.parse(line) as { urls: string[] }).urls;
    const durations: number[] = [];
    const rssBefore = process.memoryUsage().rss;
    const cpu0 = process.cpuUsage();
    const started = performance.now();
    const outcomes = await mapWithConcurrency(urls, limit, async (url, i) => {
      const t0 = performance.now();
      const out = await syncServer({ id: `docs-${i}`, url, authType: 'unauthenticated' });
      durations.push(performance.now() - t0);
      return out;
    });
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpu0);
    const ready = outcomes.filter((o) => o.status === 'ready');
    const firstError = outcomes.find((o) => o.status === 'error');
    if (firstError) console.error(`first error: ${JSON.stringify(firstError)}`);
    durations.sort((a, b) => a - b);
    return {
      bench: 'sync',
      upstreams: n,
      concurrency: limit,
      ready: ready.length,
      errors: outcomes.length - ready.length,
      toolsPerUpstream: ready[0]?.status === 'ready' ? ready[0].tools.length : 0,
      wallMs: Math.round(wallMs),
      perSyncMsP50: Math.round(quantile(durations, 0.5)),
      perSyncMsP95: Math.round(quantile(durations, 0.95)),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      rssBeforeMiB: Math.round(rssBefore / 2 ** 20),
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    if (child.exitCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
  }
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Child mode: N `docs` upstreams on loopback; prints their URLs as one JSON line; exits on SIGTERM. */
async function serve(n: number): Promise<void> {
  const handles = await Promise.all(
    Array.from({ length: n }, () => startDocsUpstream({ port: 0, host: '127.0.0.1' })),
  );
  process.stdout.write(`${JSON.stringify({ urls: handles.map((h) => h.url) })}\n`);
  const stop = () => {
    Promise.allSettled(handles.map((h) => h.close())).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: { n: { type: 'string' }, limit: { type: 'string' }, serve: { type: 'string' } },
  });
  if (values.serve) {
    await serve(Number(values.serve));
  } else {
    const r = await runSyncBench({ n: Number(values.n ?? 100), limit: Number(values.limit ?? 16) });
    console.log(JSON.stringify(r));
    console.log(
      `sync: ${r.ready}/${r.upstreams} upstreams ready (${r.toolsPerUpstream} tools each) in ${r.wallMs} ms ` +
        `at concurrency ${r.concurrency}; per sync p50 ${r.perSyncMsP50} ms, p95 ${r.perSyncMsP95} ms; ` +
        `sync CPU ${r.cpuMs} ms; RSS ${r.rssBeforeMiB} MiB before, peak ${r.peakRssMiB} MiB`,
    );
    if (r.errors > 0) process.exitCode = 1;
  }
}
