// The controller loop against the real embedded portal over HTTP, with the real example upstreams, driving
// `runCycle` with an injected clock: convergence from empty, repair of out-of-band edits, recovery of a
// server whose upstream comes back, the last good manifest set kept while the newest is invalid, no
// hot-looping on a permanent 4xx, observe mode and the lease writing nothing, fault injection, and the
// run loop (one cycle at a time, watch and git triggers, shutdown).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import type { StartPortalOptions } from '../../portal/index.js';
import { ApiClient, type RecordedRequest } from '../api/client.js';
import { PortalApi } from '../api/endpoints.js';
import type { Target } from '../target.js';
import { inProcessCli } from '../testing/convergence.js';
import { type Bench, startBench, TICKETS_TOKEN } from '../testing/e2e.js';
import { Controller, type ControllerOptions } from './controller.js';
import { startControllerHttp } from './http.js';
import { createMetricsRegistry } from './metrics.js';
import { fileSource, gitSource, type Source } from './source.js';
import type { Condition, ControllerState, CycleReport, Lease } from './types.js';

const CAP = 300_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');

/** An in-memory lock: the stand-in for the real lease (lease.ts), shared by the controllers of a test. */
function memoryLock() {
  let holder: string | undefined;
  return {
    holder: () => holder,
    /** Another controller takes the lease over (ours expired unseen). */
    steal: (id: string) => {
      holder = id;
    },
    lease(id: string): Lease {
      return {
        async acquire(signal) {
          while (holder !== undefined && holder !== id) {
            if (signal.aborted) throw new Error('aborted');
            await new Promise((r) => setTimeout(r, 10));
          }
          holder = id;
        },
        async renew() {
          return holder === id;
        },
        async release() {
          if (holder === id) holder = undefined;
        },
        held: () => holder === id,
      };
    },
  };
}

let bench: Bench | undefined;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  await bench?.close();
  bench = undefined;
});

function targetOf(b: Bench, requests?: RecordedRequest[]): Target {
  const client = new ApiClient({
    baseUrl: b.portal.baseUrl,
    accountId: b.portal.accountId,
    token: b.portal.apiToken,
    ...(requests ? { record: (r: RecordedRequest) => requests.push(r) } : {}),
    // As `portalctl controller` makes it: unchanged pages come back as the same frozen objects.
    reuseUnchangedAnswers: true,
  });
  return {
    api: new PortalApi(client),
    info: { api_url: b.portal.baseUrl, account_id: b.portal.accountId, embedded: false },
    close: () => client.close(),
  };
}

interface Setup {
  controller: Controller;
  requests: RecordedRequest[];
  writes: () => RecordedRequest[];
  advance: (ms: number) => void;
  path: string;
}

async function setup(
  text: string,
  opts: Partial<ControllerOptions> & { portal?: StartPortalOptions } = {},
): Promise<Setup> {
  bench ??= await startBench(opts.portal ?? {});
  const b = bench;
  const path = b.write('manifests.yaml', text);
  const requests: RecordedRequest[] = [];
  const target = targetOf(b, requests);
  // run() closes the target itself when it stops; a second close is refused by the client.
  cleanups.push(() => target.close().catch(() => undefined));
  let t = T0;
  const env = { TICKETS_TOKEN };
  const controller = new Controller({
    target,
    source: fileSource({ paths: [path], cwd: b.dir, env }),
    lease: memoryLock().lease('a'),
    mode: 'enforce',
    owner: 'default',
    env,
    cwd: b.dir,
    now: () => new Date(t),
    random: () => 0.5,
    leaseWaitMs: 50,
    ...opts,
  });
  return {
    controller,
    requests,
    writes: () => requests.filter((r) => r.method !== 'GET'),
    advance: (ms) => {
      t += ms;
    },
    path,
  };
}

const all = (b: Bench) => [b.manifests.policies, b.manifests.servers, b.manifests.portals].join('---\n');
const cond = (s: ControllerState, resource: string, type: Condition['type']) =>
  s.resources.find((r) => `${r.kind}/${r.name}` === resource)?.conditions.find((c) => c.type === type);
const resourceOf = (s: ControllerState, resource: string) =>
  s.resources.find((r) => `${r.kind}/${r.name}` === resource);
const synced = (s: ControllerState) =>
  s.resources.every((r) => cond(s, `${r.kind}/${r.name}`, 'Synced')?.status === 'True');
const liveServer = async (id: string) =>
  (await bench?.portal.call('GET', `/access/ai-controls/mcp/servers/${id}`))?.body.result as
    | { description?: string; status?: string }
    | undefined;
const editDocs = async (description: string) => {
  const r = await bench?.portal.call('PUT', '/access/ai-controls/mcp/servers/docs', { description });
  expect(r?.status).toBe(200);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs cycles (the clock moving `step` each time, real time `pause`) until `done`, at most `max`. */
async function cyclesUntil(
  s: Setup,
  done: (state: ControllerState, report: CycleReport) => boolean | Promise<boolean>,
  { max = 40, step = 60_000, pause = 150 } = {},
): Promise<CycleReport> {
  for (let i = 0; i < max; i++) {
    const report = await s.controller.runCycle('interval');
    if (await done(s.controller.state(), report)) return report;
    s.advance(step);
    await sleep(pause);
  }
  throw new Error(`not done after ${max} cycles: ${JSON.stringify(s.controller.state(), null, 1)}`);
}

describe('controller cycles against the embedded portal', () => {
  it('converges from empty, then a cycle with nothing to do only lists', async () => {
    bench = await startBench();
    const s = await setup(all(bench));
    const first = await s.controller.runCycle('startup');
    expect(first).toMatchObject({ completed: true, failed: 0, trigger: 'startup', mode: 'enforce' });
    expect(first.changed).toBe(6); // 2 policies, 3 servers, 1 portal
    expect(first.revision).toMatch(/^sha256:/);
    const state = s.controller.state();
    expect(state.resources.map((r) => `${r.kind}/${r.name}`)).toEqual([
      'AccessPolicy/bots',
      'AccessPolicy/engineers',
      'McpServer/docs',
      'McpServer/metrics',
      'McpServer/tickets',
      'McpPortal/eng',
    ]);
    expect(synced(state)).toBe(true);
    expect(state.leaseHeld).toBe(true);
    // The servers sync on their own; the next cycles see them Ready, and write nothing.
    await cyclesUntil(s, (st) => cond(st, 'McpPortal/eng', 'Ready')?.status === 'True');
    const before = s.writes().length;
    const idle = await s.controller.runCycle('interval');
    expect(idle).toMatchObject({ completed: true, changed: 0, failed: 0, skipped: 0 });
    expect(s.writes().length).toBe(before);
    expect(idle.driftByKind).toEqual({});
    expect(idle.serversByStatus).toEqual({ ready: 3 });
    // A steady state does not churn: conditions (and their transition times) stay as they were.
    const a = s.controller.state().resources;
    s.advance(60_000);
    await s.controller.runCycle('interval');
    expect(s.controller.state().resources).toEqual(a);
    const g = cond(s.controller.state(), 'McpServer/docs', 'Synced');
    expect(g?.observedGeneration).toMatch(/^[0-9a-f]{12}$/);
  });

  it('repairs an out-of-band edit in the next cycle', async () => {
    bench = await startBench();
    const s = await setup(all(bench));
    await s.controller.runCycle('startup');
    await editDocs('edited by hand');
    expect((await liveServer('docs'))?.description).toBe('edited by hand');
    s.advance(60_000);
    const report = await s.controller.runCycle('interval');
    expect(report.driftByKind).toEqual({ McpServer: 1 });
    expect(resourceOf(s.controller.state(), 'McpServer/docs')?.drift).toBe('drift');
    expect((await liveServer('docs'))?.description).toBe('the docs');
    expect(cond(s.controller.state(), 'McpServer/docs', 'Synced')).toMatchObject({ status: 'True' });
  });

  it('a server whose upstream was down becomes Ready once it is back, by a re-sync of its own', async () => {
    bench = await startBench();
    const down = await startDocsUpstream({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(down.url).port);
    await down.close();
    const text = `${bench.manifests.policies}---
apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: flaky }
spec:
  url: ${down.url}
  policies: [ engineers ]
`;
    const s = await setup(text);
    await s.controller.runCycle('startup');
    await cyclesUntil(s, (st) => cond(st, 'McpServer/flaky', 'Ready')?.status === 'False', { step: 1_000 });
    expect(cond(s.controller.state(), 'McpServer/flaky', 'Synced')?.status).toBe('True');
    let up: UpstreamHandle | undefined = await startDocsUpstream({ port, host: '127.0.0.1' });
    cleanups.push(() => up?.close());
    const syncsBefore = s.writes().filter((r) => r.path.endsWith('/sync')).length;
    await cyclesUntil(s, (st) => cond(st, 'McpServer/flaky', 'Ready')?.status === 'True', { step: CAP });
    expect(s.writes().filter((r) => r.path.endsWith('/sync')).length).toBeGreaterThan(syncsBefore);
    expect((await liveServer('flaky'))?.status).toBe('ready');
    await up.close();
    up = undefined;
  });

  it('refuses an invalid manifest set whole and keeps reconciling the last good one', async () => {
    bench = await startBench();
    const s = await setup(all(bench));
    await s.controller.runCycle('startup');
    const good = s.controller.state().revision;
    // The new set changes docs (valid on its own) and breaks another document: none of it is applied.
    writeFileSync(
      s.path,
      all(bench)
        .replace('description: the docs', 'description: new words')
        .replace('decision: allow', 'decision: maybe'),
    );
    await editDocs('by hand');
    s.advance(60_000);
    const report = await s.controller.runCycle('interval');
    const state = s.controller.state();
    expect(state.sourceError).toMatch(/invalid/);
    expect(report.error).toBe(state.sourceError);
    expect(state.revision).toBe(good);
    expect((await liveServer('docs'))?.description).toBe('the docs');
    // Fixed: applied, and the error clears.
    writeFileSync(s.path, all(bench).replace('description: the docs', 'description: new words'));
    s.advance(60_000);
    await s.controller.runCycle('interval');
    expect(s.controller.state().sourceError).toBeUndefined();
    expect(s.controller.state().revision).not.toBe(good);
    expect((await liveServer('docs'))?.description).toBe('new words');
  });

  it('a permanent 4xx backs off at the cap (no hot loop) and does not block the others', async () => {
    bench = await startBench();
    await bench.portal.call('POST', '/access/ai-controls/mcp/portals', {
      id: 'someone-else',
      name: 'someone else',
      hostname: 'taken.mcp.test',
      servers: [],
    });
    const dup = `---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: dup }
spec:
  hostname: taken.mcp.test
  policies: [ engineers ]
  servers: [ { server: docs } ]
`;
    const s = await setup(`${all(bench)}${dup}`);
    const creates = () => s.writes().filter((r) => r.method === 'POST' && /\/mcp\/portals$/.test(r.path));
    const first = await s.controller.runCycle('startup');
    expect(first.failed).toBe(1);
    const d = resourceOf(s.controller.state(), 'McpPortal/dup');
    expect(d).toMatchObject({ failures: 1, backoffUntil: new Date(T0 + CAP).toISOString() });
    expect(cond(s.controller.state(), 'McpPortal/dup', 'Synced')).toMatchObject({
      status: 'False',
      reason: 'ApplyFailed',
    });
    expect(cond(s.controller.state(), 'McpPortal/eng', 'Synced')?.status).toBe('True');
    const attempts = creates().length;
    for (let i = 0; i < 4; i++) {
      s.advance(60_000);
      const r = await s.controller.runCycle('interval');
      expect(r).toMatchObject({ failed: 0, skipped: 1 });
    }
    expect(creates().length).toBe(attempts);
    expect(cond(s.controller.state(), 'McpPortal/dup', 'Synced')).toMatchObject({ reason: 'BackingOff' });
    // Past the cap: one more attempt, one more failure.
    s.advance(CAP);
    await s.controller.runCycle('retry');
    expect(creates().length).toBe(attempts + 1);
    expect(resourceOf(s.controller.state(), 'McpPortal/dup')?.failures).toBe(2);
  });

  it('observe mode writes nothing and reports drift per resource', async () => {
    bench = await startBench();
    const enforce = await setup(all(bench));
    await enforce.controller.runCycle('startup');
    await editDocs('by hand');
    const s = await setup(all(bench), { mode: 'observe' });
    const report = await s.controller.runCycle('startup');
    expect(report).toMatchObject({ completed: true, mode: 'observe', changed: 0 });
    expect(report.driftByKind).toEqual({ McpServer: 1 });
    expect(s.writes()).toEqual([]);
    expect(resourceOf(s.controller.state(), 'McpServer/docs')?.drift).toBe('drift');
    expect(cond(s.controller.state(), 'McpServer/docs', 'Synced')).toMatchObject({
      status: 'False',
      reason: 'Drifted',
    });
    expect(cond(s.controller.state(), 'McpServer/tickets', 'Synced')?.status).toBe('True');
    expect((await liveServer('docs'))?.description).toBe('by hand');
  });

  it('a resource with managementPolicy observe is reported, never written; the others are', async () => {
    bench = await startBench();
    const s0 = await setup(all(bench));
    await s0.controller.runCycle('startup');
    const text = all(bench)
      .replace('metadata: { name: docs }', 'metadata: { name: docs, managementPolicy: observe }')
      .replace('description: the docs', 'description: changed')
      .replace('hostname: eng.mcp.test', 'hostname: eng2.mcp.test');
    writeFileSync(s0.path, text);
    s0.advance(60_000);
    const report = await s0.controller.runCycle('interval');
    expect(report).toMatchObject({ failed: 0, changed: 1 });
    expect(report.error).toBeUndefined();
    expect((await liveServer('docs'))?.description).toBe('the docs');
    expect(resourceOf(s0.controller.state(), 'McpServer/docs')?.managementPolicy).toBe('observe');
    expect(cond(s0.controller.state(), 'McpServer/docs', 'Synced')).toMatchObject({
      status: 'False',
      reason: 'ObserveOnly',
    });
    expect(cond(s0.controller.state(), 'McpPortal/eng', 'Synced')?.status).toBe('True');
  });

  it('without the lease nothing is written; it takes over when the holder lets go', async () => {
    bench = await startBench();
    const lock = memoryLock();
    const other = lock.lease('other');
    await other.acquire(new AbortController().signal);
    const s = await setup(all(bench), { lease: lock.lease('me') });
    const report = await s.controller.runCycle('startup');
    expect(report.completed).toBe(true);
    expect(s.writes()).toEqual([]);
    expect(s.controller.state().leaseHeld).toBe(false);
    expect(cond(s.controller.state(), 'McpServer/docs', 'Synced')).toMatchObject({
      status: 'False',
      reason: 'LeaseNotHeld',
    });
    await other.release();
    await sleep(50);
    await s.controller.runCycle('interval');
    expect(lock.holder()).toBe('me');
    expect(synced(s.controller.state())).toBe(true);
    expect(s.writes().length).toBeGreaterThan(0);
    // Lost: the renewal fails, so the next cycle writes nothing, even to repair an edit.
    lock.steal('other');
    await editDocs('by hand');
    const writes = s.writes().length;
    await s.controller.runCycle('interval');
    expect(s.writes().length).toBe(writes);
    expect(s.controller.state().leaseHeld).toBe(false);
    expect(cond(s.controller.state(), 'McpServer/docs', 'Synced')).toMatchObject({ reason: 'LeaseNotHeld' });
    expect((await liveServer('docs'))?.description).toBe('by hand');
  });

  it('still converges with 20% of requests failing with 429 or 500', async () => {
    bench = await startBench({
      faults: {
        failures: [
          { status: 429, probability: 0.1 },
          { status: 500, probability: 0.1 },
        ],
        latencyMs: 0,
        seed: 14,
      },
    });
    const s = await setup(all(bench));
    await cyclesUntil(s, (st, r) => r.completed && st.resources.length === 6 && synced(st), {
      step: CAP,
      pause: 0,
    });
    expect((await liveServer('docs'))?.description).toBe('the docs');
  });
});

describe('the run loop', () => {
  it('runs one cycle at a time: triggers during a cycle queue exactly one more', async () => {
    bench = await startBench();
    let started = 0;
    let finished = 0;
    const triggers: string[] = [];
    const s = await setup(all(bench), {
      intervalMs: 3_600_000,
      now: () => new Date(),
      observer: {
        cycleStarted: (_id, trigger) => {
          started++;
          triggers.push(trigger);
          if (started === 1) for (let i = 0; i < 5; i++) s.controller.trigger('watch');
        },
        cycleFinished: () => {
          finished++;
        },
      },
    });
    const stop = new AbortController();
    const done = s.controller.run(stop.signal);
    while (finished < 2) await sleep(20);
    await sleep(300);
    expect(triggers).toEqual(['startup', 'watch']);
    expect(started).toBe(2);
    stop.abort();
    expect(await done).toEqual({ clean: true });
  });

  it('--watch: a manifest change on disk triggers a cycle that applies it', async () => {
    bench = await startBench();
    const b = bench;
    const path = b.write('watched.yaml', all(b));
    const env = { TICKETS_TOKEN };
    const reports: CycleReport[] = [];
    const s = await setup(all(b), {
      source: fileSource({ paths: [path], cwd: b.dir, env, debounceMs: 50 }),
      watch: true,
      intervalMs: 3_600_000,
      now: () => new Date(),
      observer: { cycleFinished: (r) => reports.push(r) },
    });
    const stop = new AbortController();
    const done = s.controller.run(stop.signal);
    while (!reports.length) await sleep(20);
    writeFileSync(path, all(b).replace('description: the docs', 'description: watched'));
    // The write lands before the cycle that made it reports: wait for both.
    const watched = () => reports.some((r) => r.trigger === 'watch');
    for (let i = 0; i < 200 && !watched(); i++) await sleep(25);
    expect(reports.map((r) => r.trigger)).toContain('watch');
    expect((await liveServer('docs'))?.description).toBe('watched');
    stop.abort();
    expect(await done).toEqual({ clean: true });
  });

  it('--source git: a new commit is applied; the revision is the commit; the working tree is not used', async () => {
    bench = await startBench();
    const b = bench;
    const repo = mkdtempSync(join(tmpdir(), 'controller-git-'));
    onTestFinished(() => rmSync(repo, { recursive: true, force: true }));
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, ...args], {
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.com',
        },
      })
        .toString()
        .trim();
    git('init', '--quiet', '--initial-branch=main');
    writeFileSync(join(repo, 'portal.yaml'), all(b));
    git('add', '.');
    git('commit', '--quiet', '-m', 'first');
    const first = git('rev-parse', 'HEAD');
    const source: Source = gitSource({
      repo,
      ref: 'main',
      paths: ['portal.yaml'],
      env: { TICKETS_TOKEN },
      pollMs: 30,
    });
    cleanups.push(() => source.close());
    const s = await setup(all(b), { source });
    const r1 = await s.controller.runCycle('startup');
    expect(r1.revision).toBe(first);
    expect(s.controller.state().revision).toBe(first);
    // An uncommitted edit in the working tree is not what is reconciled.
    writeFileSync(
      join(repo, 'portal.yaml'),
      all(b).replace('description: the docs', 'description: uncommitted'),
    );
    s.advance(60_000);
    await s.controller.runCycle('interval');
    expect((await liveServer('docs'))?.description).toBe('the docs');
    // A new commit: the poll notices it, and the next cycle applies it.
    let noticed = 0;
    const stopWatch = source.watch(() => {
      noticed++;
    });
    cleanups.push(stopWatch);
    writeFileSync(
      join(repo, 'portal.yaml'),
      all(b).replace('description: the docs', 'description: committed'),
    );
    git('commit', '--quiet', '-am', 'second');
    const second = git('rev-parse', 'HEAD');
    for (let i = 0; i < 100 && !noticed; i++) await sleep(20);
    expect(noticed).toBeGreaterThan(0);
    s.advance(60_000);
    const r3 = await s.controller.runCycle('git');
    expect(r3.revision).toBe(second);
    expect((await liveServer('docs'))?.description).toBe('committed');
    expect(git('status', '--porcelain')).toBe('');
  });
});

describe('portalctl status --controller', () => {
  it('shows a running controller’s conditions; exit 5 while something is not Synced, 1 when unreachable', async () => {
    bench ??= await startBench({});
    const b = bench;
    const s = await setup(all(b), { mode: 'observe' });
    await s.controller.runCycle('startup');
    const http = await startControllerHttp(s.controller, createMetricsRegistry(), { listen: '127.0.0.1:0' });
    cleanups.push(() => http.close());
    const env = { NO_COLOR: '1', PATH: process.env.PATH ?? '' };
    // Observe mode on an empty portal: nothing exists, so nothing is Synced.
    const table = await inProcessCli(['status', '--controller', http.url], env, b.dir);
    expect(table.code, table.stderr).toBe(5);
    expect(table.stdout).toMatch(/^mode observe, revision sha256:[0-9a-f]+, lease (not )?held$/m);
    expect(table.stdout).toMatch(/McpServer\s*│\s*docs\s*│\s*NotFound\s*│\s*Drifted\s*│/);
    // -o json is the controller's state; -f narrows it to those manifests.
    const only = b.write('only.yaml', b.manifests.policies);
    const json = await inProcessCli(
      ['status', '--controller', http.url, '-o', 'json', '-f', only],
      env,
      b.dir,
    );
    const state = JSON.parse(json.stdout) as ControllerState;
    expect(state.mode).toBe('observe');
    expect(new Set(state.resources.map((r) => r.kind))).toEqual(new Set(['AccessPolicy']));
    // Enforced, everything converges: exit 0.
    const e = await setup(all(b));
    await e.controller.runCycle('startup');
    const http2 = await startControllerHttp(e.controller, createMetricsRegistry(), { listen: '127.0.0.1:0' });
    cleanups.push(() => http2.close().catch(() => undefined));
    const ok = await inProcessCli(['status', '--controller', http2.url], env, b.dir);
    expect(ok.code, ok.stdout).toBe(0);
    await http2.close();
    const gone = await inProcessCli(['status', '--controller', http2.url], env, b.dir);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/cannot reach the controller at http:\/\/127\.0\.0\.1:\d+/);
  });
});
