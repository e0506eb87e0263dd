// `portalctl server authorize` as a spawned process against the embedded portal (--api-url, and --local where
// the CLI's own portal receives the callback), with the OAuth example upstream on 127.0.0.1: prints the URL,
// waits for the browser leg (driven here with fetch), exits 0 once Ready; bad input exits 3, a timeout 5;
// `status` and `apply` say what to run. No token in the output.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type OAuthUpstreamHandle, startOAuthUpstream } from '../../../examples/upstreams/oauth-upstream.js';
import { startPortal } from '../../../portal/index.js';
import { ADMIN_SUBJECT } from '../../../portal/store/repository.js';
import { syncServer } from '../../../portal/sync/index.js';
import { ok } from '../../../portal/testing/fixtures.js';
import { SERVERS, startTestPortal, type TestPortal } from '../../../portal/testing/harness.js';
import { ExitCode } from '../../exit-codes.js';
import { type CliIo, main } from '../main.js';
import { browserCommand } from './server.js';

const root = join(import.meta.dirname, '../../..');
let upstream: OAuthUpstreamHandle;
let p: TestPortal;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portalctl-authorize-'));
  upstream = await startOAuthUpstream();
  p = await startTestPortal({ sync: syncServer });
  for (const id of ['acme', 'late'])
    await ok(p, 'POST', SERVERS, { id, name: id, hostname: upstream.url, auth_type: 'oauth' });
  await ok(p, 'POST', SERVERS, {
    id: 'plain',
    name: 'plain',
    hostname: upstream.url,
    auth_type: 'unauthenticated',
  });
  await p.scheduler.idle();
}, 60_000);

afterAll(async () => {
  await p?.close();
  await upstream?.close();
  rmSync(dir, { recursive: true, force: true });
});

const target = () => ['--api-url', p.baseUrl, '--account-id', p.accountId];

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdin: async () => '',
    isTty: false,
    env: { CLOUDFLARE_API_TOKEN: p.apiToken },
    cwd: dir,
  };
  const code = await main(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

/** Spawns portalctl from the sources; resolves the printed URL, and the exit with all output. */
function spawnCli(args: string[], env: Record<string, string> = {}) {
  const entry =
    "import { main } from './reconciler/cli/main.ts'; process.exitCode = await main(process.argv.slice(1));";
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', entry, ...args],
    {
      cwd: root,
      env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += String(d);
  });
  child.stderr.on('data', (d) => {
    err += String(d);
  });
  const exit = new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, out, err })),
  );
  const url = async () => {
    await vi.waitFor(() => expect(out, err).toMatch(/^ {2}(http\S+)$/m), { timeout: 30_000, interval: 50 });
    return /^ {2}(http\S+)$/m.exec(out)?.[1] ?? '';
  };
  return { child, exit, url };
}

describe('portalctl server authorize', () => {
  it('prints the URL, waits for the browser, and exits 0 once the server is Ready (--api-url)', async () => {
    const cli = spawnCli(
      ['server', 'authorize', 'acme', ...target(), '--interval', '100ms', '--timeout', '60s'],
      {
        CLOUDFLARE_API_TOKEN: p.apiToken,
      },
    );
    const url = await cli.url();
    expect(new URL(url).origin).toBe(upstream.origin);
    const page = await fetch(url); // the consent is approved at once and redirects to the portal's callback
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Authorised');
    const { code, out, err } = await cli.exit;
    expect(code, err).toBe(ExitCode.Ok);
    expect(out).toContain('MCP server acme is authorised and Ready (2 tools, 0 prompts)');
    const tokens = p.repo.upstreamGrants.get('acme', ADMIN_SUBJECT)?.tokens;
    expect(tokens?.access_token).toBeDefined();
    for (const secret of [tokens?.access_token ?? '', tokens?.refresh_token ?? '']) {
      expect(out + err).not.toContain(secret);
    }
  }, 90_000);

  it('works with --local: the portal the CLI starts receives the callback', async () => {
    const data = join(dir, 'local');
    const local = await startPortal({ dataDir: data, port: 0, syncIntervalMs: 0, log: () => {} });
    const res = await fetch(`${local.baseUrl}/accounts/${local.accountId}${SERVERS}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${local.apiToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'solo', name: 'solo', hostname: upstream.url, auth_type: 'oauth' }),
    });
    expect(res.status).toBe(201);
    await local.close();
    const cli = spawnCli([
      'server',
      'authorize',
      'solo',
      '--local',
      data,
      '--interval',
      '100ms',
      '--timeout',
      '60s',
    ]);
    const page = await fetch(await cli.url());
    expect(page.status).toBe(200);
    const { code, out, err } = await cli.exit;
    expect(code, err).toBe(ExitCode.Ok);
    expect(out).toContain('MCP server solo is authorised and Ready');
  }, 90_000);

  it('exits 5 when nobody authorises in time, and says how to retry', async () => {
    const cli = spawnCli(
      ['server', 'authorize', 'late', ...target(), '--interval', '100ms', '--timeout', '1s'],
      {
        CLOUDFLARE_API_TOKEN: p.apiToken,
      },
    );
    await cli.url();
    const { code, err } = await cli.exit;
    expect(code).toBe(ExitCode.NotConverged);
    expect(err).toContain('run portalctl server authorize late again');
  }, 60_000);

  it('refuses an unknown server and one that is not oauth with exit 3, sending no authorization', async () => {
    const registrations = upstream.stats().registrations;
    const unknown = await run(['server', 'authorize', 'nope', ...target()]);
    expect(unknown.code).toBe(ExitCode.InvalidInput);
    expect(unknown.err).toContain('no MCP server "nope"');
    const plain = await run(['server', 'authorize', 'plain', ...target()]);
    expect(plain.code).toBe(ExitCode.InvalidInput);
    expect(plain.err).toContain('only oauth servers are authorised');
    expect(upstream.stats().registrations).toBe(registrations);
  });

  it('status tells what to run for a server waiting for authorization', async () => {
    const r = await run(['status', '-o', 'json', ...target()]);
    const rows = (JSON.parse(r.out) as { resources: { name: string; reason: string; message: string }[] })
      .resources;
    expect(rows.find((row) => row.name === 'late')).toMatchObject({
      reason: 'AuthenticationRequired',
      message: expect.stringContaining('portalctl server authorize late'),
    });
  });

  it('opens a browser only where there is a display', () => {
    expect(browserCommand({}, 'linux')).toBeUndefined();
    expect(browserCommand({ DISPLAY: ':0' }, 'linux')).toEqual(['xdg-open', []]);
    expect(browserCommand({}, 'darwin')).toEqual(['open', []]);
  });
});
