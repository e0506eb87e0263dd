// `portalctl controller` as real processes (issue #14): two controllers on one target elect one writer, the
// other takes over after SIGKILL of the holder and repairs drift; a controller killed mid-apply leaves a
// state the next one converges from with nothing created twice. Creates are counted at the wire by a
// counting proxy in front of the embedded portal. Needs a fresh `npm run build` (spawns bin/portalctl.js).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APPS, POLICIES, PORTALS, SERVERS } from '../../../portal/testing/harness.js';
import type { ControllerState } from '../../controller/types.js';
import { type Bench, startBench, TICKETS_TOKEN } from '../../testing/e2e.js';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'portalctl.js');
/** The controllers' lease ttl here: short so a takeover is quick, long enough for renewals on a busy machine. */
const LEASE_TTL = '10s';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A proxy in front of the portal that records every successful (2xx) POST: path and the body's name/id. */
interface CountingProxy {
  baseUrl: string;
  /** Successful POSTs: path, the body's id or name, and when the answer came (epoch ms). */
  creates: { path: string; key: string; at: number }[];
  close(): Promise<void>;
}

async function startCountingProxy(portalBaseUrl: string): Promise<CountingProxy> {
  const target = new URL(portalBaseUrl);
  const creates: CountingProxy['creates'] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => undefined);
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const up = request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: target.host },
        },
        (upRes) => {
          const status = upRes.statusCode ?? 0;
          if (req.method === 'POST' && status >= 200 && status < 300) {
            let key = '';
            try {
              const parsed = JSON.parse(body.toString('utf8')) as { id?: string; name?: string };
              key = parsed.id ?? parsed.name ?? '';
            } catch {
              // not JSON: counted under an empty key
            }
            creates.push({ path: (req.url ?? '').replace(/\?.*$/, ''), key, at: Date.now() });
          }
          res.writeHead(status, upRes.headers);
          upRes.pipe(res);
        },
      );
      up.on('error', () => res.destroy());
      up.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${target.pathname}`,
    creates,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Keys POSTed successfully more than once to a path ending in `suffix` (create endpoints, not sub-actions). */
function duplicateCreates(p: CountingProxy, suffix: string): string[] {
  const seen = new Map<string, number>();
  for (const c of p.creates.filter((c) => c.path.endsWith(suffix)))
    seen.set(c.key, (seen.get(c.key) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([k, n]) => `${k} x${n}`);
}

interface Controller {
  child: ChildProcess;
  statusFile: string;
  out(): string;
  url(): string | undefined;
  state(): ControllerState | undefined;
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];
let bench: Bench | undefined;
let proxy: CountingProxy | undefined;
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await proxy?.close();
  proxy = undefined;
  await bench?.close();
  bench = undefined;
});

function spawnController(b: Bench, p: CountingProxy, name: string, extra: string[] = []): Controller {
  const statusFile = join(b.dir, `${name}.status.json`);
  const child = spawn(
    process.execPath,
    [
      bin,
      'controller',
      '-f',
      'm.yaml',
      '--interval',
      '2s',
      '--listen',
      '127.0.0.1:0',
      '--status-file',
      statusFile,
      // A 10 s lease (renewed every ~3.3 s) instead of the default 30 s: takeovers below wait for expiry.
      '--lease-ttl',
      LEASE_TTL,
      ...extra,
    ],
    {
      cwd: b.dir,
      env: {
        ...process.env,
        NO_COLOR: '1',
        CLOUDFLARE_BASE_URL: p.baseUrl,
        CLOUDFLARE_API_TOKEN: b.portal.apiToken,
        CLOUDFLARE_ACCOUNT_ID: b.portal.accountId,
        TICKETS_TOKEN,
      },
    },
  );
  children.push(child);
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  return {
    child,
    statusFile,
    exited,
    out: () => out,
    url: () => /"event":"http\.listening"[^\n]*"url":"([^"]+)"/.exec(out)?.[1],
    state: () => {
      if (!existsSync(statusFile)) return undefined;
      try {
        return JSON.parse(readFileSync(statusFile, 'utf8')) as ControllerState;
      } catch {
        return undefined;
      }
    },
  };
}

/** Polls `check` every 200 ms until it returns true, or fails after `ms` with `what` and `detail()`. */
async function until(what: string, ms: number, check: () => boolean | Promise<boolean>, detail = () => '') {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(200);
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}\n${detail()}`);
}

async function listAll(b: Bench, path: string): Promise<{ id: string; name?: string }[]> {
  const all: { id: string; name?: string }[] = [];
  for (let page = 1; ; page++) {
    const r = await b.portal.call('GET', `${path}?page=${page}&per_page=100`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const rows = r.body.result as { id: string; name?: string }[];
    all.push(...rows);
    if (rows.length < 100) return all;
  }
}

const countBy = (rows: { name?: string }[]) => {
  const m: Record<string, number> = {};
  for (const r of rows) m[r.name ?? ''] = (m[r.name ?? ''] ?? 0) + 1;
  return m;
};

interface AppRow {
  id: string;
  name?: string;
  domain?: string;
  destinations?: { type: string; mcp_server_id?: string }[];
}

/** What an Access app guards: the MCP server it fronts, else its domain (a portal's hostname). */
const guarded = (a: AppRow) =>
  a.destinations?.find((d) => d.type === 'via_mcp_server_portal')?.mcp_server_id ?? a.domain ?? a.name ?? '';

/**
 * No object exists twice: servers and portals by id, policies by name, exactly one Access app per server
 * (every server here has policies) and none guarding the same thing twice; no create POSTed twice.
 */
async function expectNoDuplicates(b: Bench, p: CountingProxy) {
  for (const path of [SERVERS, PORTALS]) {
    const ids = (await listAll(b, path)).map((r) => r.id);
    expect(new Set(ids).size, `${path}: ${ids.join(',')}`).toBe(ids.length);
  }
  const twice = Object.entries(countBy(await listAll(b, POLICIES))).filter(([, n]) => n > 1);
  expect(twice, 'policies with the same name more than once').toEqual([]);
  const apps = (await listAll(b, APPS)) as AppRow[];
  const byGuard = countBy(apps.map((a) => ({ name: guarded(a) })));
  expect(
    Object.entries(byGuard).filter(([, n]) => n > 1),
    'apps guarding the same thing twice',
  ).toEqual([]);
  for (const s of await listAll(b, SERVERS)) expect(byGuard[s.id], `the app of server ${s.id}`).toBe(1);
  for (const suffix of [SERVERS, PORTALS, POLICIES, APPS])
    expect(duplicateCreates(p, suffix), `created twice via POST ${suffix}`).toEqual([]);
}

async function readyz(c: Controller): Promise<number> {
  const url = c.url();
  if (!url) return 0;
  return (await fetch(`${url}/readyz`).catch(() => ({ status: 0 }))).status;
}

describe('portalctl controller processes', () => {
  it('two controllers: one writer; SIGKILL of the holder: the other takes over and repairs drift', async () => {
    bench = await startBench();
    const b = bench;
    proxy = await startCountingProxy(b.portal.baseUrl);
    const p = proxy;
    b.write('m.yaml', [b.manifests.policies, b.manifests.servers, b.manifests.portals].join('---\n'));
    const a = spawnController(b, p, 'a');
    const c = spawnController(b, p, 'c');
    const both = () => `a: ${a.out()}\nc: ${c.out()}`;
    await until(
      'one controller to hold the lease and the other to report it does not',
      20_000,
      () => {
        const held = [a.state()?.leaseHeld, c.state()?.leaseHeld];
        return held.includes(true) && held.includes(false);
      },
      both,
    );
    const [holder, other] = a.state()?.leaseHeld ? [a, c] : [c, a];
    await until('the holder to finish a clean cycle', 20_000, () => {
      const s = holder.state();
      return s?.lastCycle?.completed === true && s.lastCycle.failed === 0;
    });
    expect(other.state()?.leaseHeld).toBe(false);
    expect(holder.state()?.leaseHeld).toBe(true);
    await until('/readyz: 200 on the holder, 503 on the other', 10_000, async () => {
      return (await readyz(holder)) === 200 && (await readyz(other)) === 503;
    });
    const plan = await b.cli(['plan', '-f', 'm.yaml']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    await expectNoDuplicates(b, p);
    expect(p.creates.filter((x) => x.path.endsWith(SERVERS))).toHaveLength(3);

    holder.child.kill('SIGKILL');
    await holder.exited;
    // Out-of-band edit after the kill: the survivor must repair it once it holds the lease.
    const edit = await b.portal.call('PUT', `${SERVERS}/docs`, { name: 'Edited out of band' });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    const drift = await b.cli(['plan', '-f', 'm.yaml']);
    expect(drift.code, drift.stdout + drift.stderr).toBe(2);
    // The 10 s ttl, plus skew and one poll, bounds the takeover.
    await until('the survivor to take over the lease', 30_000, () => other.state()?.leaseHeld === true, both);
    await until(
      'the survivor to repair the out-of-band edit',
      15_000,
      async () => (await b.cli(['plan', '-f', 'm.yaml'])).code === 0,
      both,
    );
    expect(await readyz(other)).toBe(200);
    await expectNoDuplicates(b, p);
  }, 90_000);

  it('SIGKILL mid-apply: the next controller takes over and converges with nothing created twice', async () => {
    bench = await startBench({ faults: 'latency=60ms' });
    const b = bench;
    proxy = await startCountingProxy(b.portal.baseUrl);
    const p = proxy;
    const n = 40;
    const servers = Array.from(
      { length: n },
      (_, i) => `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: s${String(i).padStart(2, '0')} }
spec:
  url: ${b.upstreams.docs.url}
  policies: [ engineers ]
`,
    );
    b.write('m.yaml', [b.manifests.policies, ...servers].join('---\n'));
    const first = spawnController(b, p, 'first');
    await until(
      'some but not all servers to exist',
      40_000,
      async () => {
        const count = (await listAll(b, SERVERS)).length;
        return count >= 3 && count < n;
      },
      first.out,
    );
    first.child.kill('SIGKILL');
    await first.exited;
    const partial = (await listAll(b, SERVERS)).length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(n);
    // The dead holder's lease tag is still there: the next controller must wait for it to expire.
    const tags = ((await b.portal.call('GET', '/access/tags')).body.result as { name: string }[]).map(
      (t) => t.name,
    );
    const dead = tags.filter((t) => t.includes(':lease@'));
    expect(dead).toHaveLength(1);
    // The tag ends in its expiry (epoch seconds): nobody may write before then.
    const expiresAt = Number(/\.(\d+)$/.exec(dead[0] as string)?.[1]) * 1000;
    const createdBeforeKill = p.creates.length;

    const second = spawnController(b, p, 'second');
    await until(
      'the second controller to take over and finish a clean cycle',
      90_000,
      () => {
        const s = second.state();
        return s?.leaseHeld === true && s.lastCycle?.completed === true && s.lastCycle.failed === 0;
      },
      second.out,
    );
    const plan = await b.cli(['plan', '-f', 'm.yaml']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    const ids = (await listAll(b, SERVERS)).map((s) => s.id).sort();
    expect(ids).toEqual(Array.from({ length: n }, (_, i) => `s${String(i).padStart(2, '0')}`));
    expect(countBy(await listAll(b, POLICIES))).toEqual({ engineers: 1, bots: 1 });
    await expectNoDuplicates(b, p);
    expect(p.creates.filter((x) => x.path.endsWith(SERVERS))).toHaveLength(n);
    const early = p.creates.slice(createdBeforeKill).filter((x) => x.at < expiresAt);
    expect(early, "written while the dead holder's lease was still live").toEqual([]);
    expect(p.creates.length).toBeGreaterThan(createdBeforeKill);
  }, 150_000);
});
