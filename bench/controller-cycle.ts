/**
 * Benchmark: the controller's steady-state cycle with 1,000 servers, 100 portals and 200 policies and nothing
 * to do. The embedded portal runs in a child process (this file with `--portal`), so the CPU and RSS measured
 * are the controller's alone. Reports API requests per cycle (by method) beside those of a `plan` in the same
 * run, CPU ms, wall ms and RSS. Target (issue #14): no more requests than a plan's lists, < 200 ms CPU.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ApiClient, type RecordedRequest } from '../reconciler/api/client.js';
import { PortalApi } from '../reconciler/api/endpoints.js';
import { Controller } from '../reconciler/controller/controller.js';
import { createLease } from '../reconciler/controller/lease.js';
import { fileSource } from '../reconciler/controller/source.js';
import type { CycleReport } from '../reconciler/controller/types.js';
import { desiredFromManifests, planAgainst } from '../reconciler/engine.js';
import { loadManifests } from '../reconciler/load/index.js';
import { manifests, POLICIES, PORTALS, SERVERS } from './scenario.js';

const STEADY_CYCLES = 15;

/** The child: an embedded portal with stubbed capability sync; prints its URLs and token, serves until killed. */
async function portalChild(dataDir: string): Promise<void> {
  const { startPortal } = await import('../portal/index.js');
  const { readySync } = await import('../portal/testing/harness.js');
  const portal = await startPortal({
    dataDir,
    port: 0,
    syncIntervalMs: 0,
    sync: readySync([{ name: 'search' }, { name: 'fetch' }]),
    rateLimit: { limit: 10_000_000, windowSeconds: 300 },
    oauthRateLimit: false,
    log: () => {},
  });
  process.stdout.write(
    `${JSON.stringify({ baseUrl: portal.baseUrl, accountId: portal.accountId, apiToken: portal.apiToken })}\n`,
  );
  process.once('SIGTERM', () => void portal.close().then(() => process.exit(0)));
}

async function startPortalChild(dataDir: string) {
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--portal', dataDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the portal child exited (${code})`)));
  });
  const info = JSON.parse(first) as { baseUrl: string; accountId: string; apiToken: string };
  return {
    ...info,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * With BENCH_CPU_PROFILE=FILE, a V8 CPU profile of the steady cycles only (open it in Chrome DevTools or
 * speedscope), so where a no-op cycle spends its time can be read without the converge phase around it.
 */
async function startProfile(file: string | undefined) {
  if (!file) return undefined;
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

const countBy = (reqs: RecordedRequest[]) =>
  reqs.reduce<Record<string, number>>((acc, r) => {
    acc[r.method] = (acc[r.method] ?? 0) + 1;
    return acc;
  }, {});

export async function run() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-controller-'));
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-controller-portal-'));
  const portal = await startPortalChild(dataDir);
  let recorded: RecordedRequest[] = [];
  const client = new ApiClient({
    baseUrl: portal.baseUrl,
    accountId: portal.accountId,
    token: portal.apiToken,
    concurrency: 16,
    record: (r) => recorded.push(r),
    // As `portalctl controller` makes its client.
    reuseUnchangedAnswers: true,
  });
  const api = new PortalApi(client);
  const info = { api_url: portal.baseUrl, account_id: portal.accountId, embedded: true };
  const source = fileSource({ paths: [dir], cwd: dir, env: {} });
  const controller = new Controller({
    target: { api, info, close: async () => {} },
    source,
    lease: createLease(api, { owner: 'default' }),
    mode: 'enforce',
    owner: 'default',
    intervalMs: 300_000,
    env: {},
    cwd: dir,
    concurrency: 16,
    closeTarget: false,
  });
  try {
    await writeFile(join(dir, 'all.yaml'), manifests());
    // Converge first: the startup cycle may only observe while the lease is being acquired; then apply.
    const startupStart = performance.now();
    let converging = await controller.runCycle('startup');
    let applied = converging.changed;
    let cyclesToConverge = 1;
    while (!(converging.completed && controller.state().leaseHeld && converging.changed === 0)) {
      if (cyclesToConverge >= 10)
        throw new Error(`no convergence after 10 cycles: ${JSON.stringify(converging)}`);
      converging = await controller.runCycle('interval');
      applied += converging.changed;
      cyclesToConverge++;
    }
    const startupMs = Math.round(performance.now() - startupStart);

    // One more no-op cycle to warm up (JIT, caches), then the measured ones.
    await controller.runCycle('interval');
    const cycles: {
      report: CycleReport;
      cpuMs: number;
      sysMs: number;
      wallMs: number;
      byMethod: Record<string, number>;
    }[] = [];
    const profile = await startProfile(process.env.BENCH_CPU_PROFILE);
    for (let i = 0; i < STEADY_CYCLES; i++) {
      recorded = [];
      const cpu = process.cpuUsage();
      const start = performance.now();
      const report = await controller.runCycle('interval');
      const used = process.cpuUsage(cpu);
      cycles.push({
        report,
        cpuMs: (used.user + used.system) / 1000,
        sysMs: used.system / 1000,
        wallMs: performance.now() - start,
        byMethod: countBy(recorded),
      });
    }
    await profile?.stop();

    // A plan in the same run, for comparison: what its observation costs in requests.
    const loadCpu = process.cpuUsage();
    const loaded = await loadManifests([dir], { cwd: dir });
    const loadUsed = process.cpuUsage(loadCpu);
    const desired = desiredFromManifests(loaded.manifests, {});
    recorded = [];
    const planCpu = process.cpuUsage();
    const planned = await planAgainst(api, desired, { target: info, owner: 'default' });
    const planUsed = process.cpuUsage(planCpu);
    const planRequests = countBy(recorded);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const last = cycles[cycles.length - 1];
    return {
      policies: POLICIES,
      servers: SERVERS,
      portals: PORTALS,
      converge_ms: startupMs,
      converge_cycles: cyclesToConverge,
      converge_changed: applied,
      steady_cycles: cycles.length,
      steady_changed: cycles.reduce((a, c) => a + c.report.changed, 0),
      steady_failed: cycles.reduce((a, c) => a + c.report.failed, 0),
      cycle_api_requests: last?.report.apiCalls ?? 0,
      cycle_requests_by_method: last?.byMethod ?? {},
      plan_api_requests: Object.values(planRequests).reduce((a, b) => a + b, 0),
      plan_requests_by_method: planRequests,
      plan_changes: planned.plan.resources.filter((r) => r.action !== 'noop').length,
      plan_cpu_ms: Math.round((planUsed.user + planUsed.system) / 1000),
      load_cpu_ms: Math.round((loadUsed.user + loadUsed.system) / 1000),
      cycle_cpu_ms_median: Math.round(median(cycles.map((c) => c.cpuMs))),
      cycle_cpu_ms_max: Math.round(Math.max(...cycles.map((c) => c.cpuMs))),
      /** Of the CPU, kernel time (sockets, memory mapping): the rest is JavaScript, GC and compilation. */
      cycle_sys_ms_median: Math.round(median(cycles.map((c) => c.sysMs))),
      cycle_wall_ms_median: Math.round(median(cycles.map((c) => c.wallMs))),
      rss_mb: Math.round(process.memoryUsage().rss / 1024 / 1024),
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await source.close();
    await client.close();
    await portal.close();
    await rm(dir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--portal') {
  await portalChild(process.argv[3] as string);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await run();
  console.log(JSON.stringify({ bench: 'controller-cycle', ...r }));
  console.log(
    `controller-cycle: ${r.policies} policies, ${r.servers} servers, ${r.portals} portals, nothing to do: ${r.cycle_api_requests} API requests a cycle (${JSON.stringify(r.cycle_requests_by_method)}; a plan makes ${r.plan_api_requests}: ${JSON.stringify(r.plan_requests_by_method)}); CPU ${r.cycle_cpu_ms_median} ms median (${r.cycle_sys_ms_median} ms of it in the kernel), ${r.cycle_cpu_ms_max} ms max (of which a plan is ${r.plan_cpu_ms} ms and loading the manifests ${r.load_cpu_ms} ms); wall ${r.cycle_wall_ms_median} ms; RSS ${r.rss_mb} MB (peak ${r.peak_rss_mb} MB); converged from empty in ${r.converge_cycles} cycles, ${r.converge_ms} ms (${r.converge_changed} changed); ${r.steady_changed} changed, ${r.steady_failed} failed in steady state`,
  );
}
