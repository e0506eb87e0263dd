// `portalctl controller`: bad flags and a manifest set that is invalid at startup exit 3 with nothing sent
// (in process); the built bin, spawned against the embedded portal with real upstreams, logs one JSON line
// per event, converges, writes --status-file, and stops on SIGTERM with exit 0 within the deadline,
// releasing its lease.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ControllerState } from '../../controller/types.js';
import { inProcessCli } from '../../testing/convergence.js';
import { type Bench, startBench } from '../../testing/e2e.js';

let bench: Bench | undefined;
afterEach(async () => {
  await bench?.close();
  bench = undefined;
});

const run = inProcessCli;

const envOf = (b: Bench) => ({
  CLOUDFLARE_BASE_URL: b.portal.baseUrl,
  CLOUDFLARE_API_TOKEN: b.portal.apiToken,
  CLOUDFLARE_ACCOUNT_ID: b.portal.accountId,
  NO_COLOR: '1',
});

describe('portalctl controller: refused at startup (exit 3, nothing sent)', () => {
  it.each([
    { name: 'no -f', args: [], want: /-f PATH/ },
    { name: 'an unknown mode', args: ['-f', 'm.yaml', '--mode', 'bogus'], want: /bogus/ },
    { name: '--source git without --repo', args: ['-f', 'm.yaml', '--source', 'git'], want: /--repo/ },
    { name: '--repo without --source git', args: ['-f', 'm.yaml', '--repo', '.'], want: /--source git/ },
    { name: 'a bad interval', args: ['-f', 'm.yaml', '--interval', 'soon'], want: /not a duration/ },
    { name: 'stdin', args: ['-f', '-'], want: /not stdin/ },
  ])('$name', async ({ args, want }) => {
    bench = await startBench();
    bench.write('m.yaml', bench.manifests.policies);
    const before = bench.portal.dump();
    const r = await run(['controller', ...args], envOf(bench), bench.dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(want);
    expect(bench.portal.dump()).toEqual(before);
  });

  it('an invalid manifest set at startup: the diagnostics, exit 3, nothing written', async () => {
    bench = await startBench();
    bench.write('m.yaml', bench.manifests.policies.replace('decision: allow', 'decision: maybe'));
    const before = bench.portal.dump();
    const r = await run(['controller', '-f', 'm.yaml'], envOf(bench), bench.dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/m\.yaml:\d+/);
    expect(bench.portal.dump()).toEqual(before);
  });
});

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'portalctl.js');

// `npm test` builds first; run alone, this needs a fresh `npm run build`.
describe('the built bin: portalctl controller', () => {
  it('converges, logs JSON lines, writes the status file, and exits 0 on SIGTERM', async () => {
    bench = await startBench();
    const b = bench;
    b.write('m.yaml', [b.manifests.policies, b.manifests.servers, b.manifests.portals].join('---\n'));
    const status = join(b.dir, 'status.json');
    const child = spawn(
      process.execPath,
      [
        bin,
        'controller',
        '-f',
        'm.yaml',
        '--interval',
        '1h',
        '--status-file',
        status,
        '--shutdown-timeout',
        '10s',
        '--listen',
        '127.0.0.1:0',
      ],
      {
        cwd: b.dir,
        env: { ...process.env, ...envOf(b), TICKETS_TOKEN: 'tk-e2e-0123456789abcdef' },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      child.on('close', (code) => resolve({ code, at: Date.now() })),
    );
    // The status file is written after the cycle's end is logged: wait for both.
    for (let i = 0; i < 400 && !(stdout.includes('"cycle.end"') && existsSync(status)); i++)
      await new Promise((r) => setTimeout(r, 25));
    expect(stdout, stderr).toContain('"cycle.end"');
    const state = JSON.parse(readFileSync(status, 'utf8')) as ControllerState;
    expect(state).toMatchObject({
      mode: 'enforce',
      leaseHeld: true,
      lastCycle: { completed: true, failed: 0 },
    });
    expect(state.resources).toHaveLength(6);
    // --listen: the address actually bound is logged; /readyz answers 200 once a cycle completed.
    const listening = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .find((l) => l.event === 'http.listening');
    const ready = await fetch(`${listening.url}/readyz`);
    expect(ready.status).toBe(200);
    const sent = Date.now();
    child.kill('SIGTERM');
    const { code, at } = await exited;
    expect(code, stderr).toBe(0);
    expect(at - sent).toBeLessThan(10_000);
    const lines = stdout.trim().split('\n');
    for (const line of lines)
      expect(JSON.parse(line)).toMatchObject({ ts: expect.any(String), level: expect.any(String) });
    expect(lines.map((l) => JSON.parse(l).event)).toContain('shutdown');
    expect(stdout + stderr).not.toContain(b.portal.apiToken);
    expect(stdout + stderr).not.toContain('tk-e2e-0123456789abcdef');
    // The lease was released: no lease tag is left in the account.
    const tags = ((await b.portal.call('GET', '/access/tags')).body.result as { name: string }[]).map(
      (t) => t.name,
    );
    expect(tags.filter((t) => t.includes(':lease@'))).toEqual([]);
  }, 30_000);
});
