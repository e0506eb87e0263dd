// `npm start` as users run it, to the end: the built demo (dist/examples/start.js, built by `npm test`) in a
// child process on free ports leaves the OAuth example server Waiting and prints the command that authorises
// it; that command, spawned as printed, prints a URL; following it (the example authorization server approves
// at once and redirects to the portal's /servers-callback) makes the command exit 0, every server and portal
// of the demo Ready, and plan and drift, run as printed, exit 0. No secret appears in what the demo printed.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../portal/testing/free-port.js';

const root = join(import.meta.dirname, '..');
const start = join(root, 'dist', 'examples', 'start.js');
const bin = join(root, 'bin', 'portalctl.js');

interface Run {
  child: ChildProcess;
  out: () => string;
  exited: Promise<number | null>;
}

/** Spawns `node <args>` in the repository root, collecting stdout and stderr together. */
function run(args: string[], env: NodeJS.ProcessEnv): Run {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, out: () => out, exited };
}

/** Waits until the output matches `pattern` (its match), or fails with the output when the child exits or time runs out. */
async function waitFor(r: Run, pattern: RegExp, ms: number): Promise<RegExpExecArray> {
  const deadline = Date.now() + ms;
  let exited = false;
  void r.exited.then(() => {
    exited = true;
  });
  for (;;) {
    const m = pattern.exec(r.out());
    if (m) return m;
    if (exited || Date.now() > deadline)
      throw new Error(`no ${pattern} in the output (${exited ? 'exited' : 'timed out'}):\n${r.out()}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The environment without any API credential or target of the caller's (the demo chooses its own). */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (/^(CLOUDFLARE_|PORTAL_|MCP_PORTALS_)/.test(name)) delete env[name];
  return env;
}

let dataDir: string;
let demo: Run;
let demoEnv: NodeJS.ProcessEnv;
let printed = '';

beforeAll(async () => {
  expect(readFileSync(start, 'utf8'), 'build first (npm run build)').toContain('startDemo');
  dataDir = await mkdtemp(join(tmpdir(), 'mcp-portals-demo-oauth-'));
  demoEnv = { ...baseEnv(), PORTAL_DATA_DIR: dataDir };
  for (const name of ['PORTAL_PORT', 'DOCS_PORT', 'TICKETS_PORT', 'PAGED_PORT', 'OAUTH_PORT'])
    demoEnv[name] = String(await freePort());
  demo = run([start], demoEnv);
  await waitFor(demo, /Serving until Ctrl-C/, 120_000);
  printed = demo.out();
}, 150_000);

afterAll(async () => {
  if (demo && demo.child.exitCode === null) {
    demo.child.kill('SIGTERM');
    await demo.exited;
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The printed step's token file, command line and the environment it needs. */
function printedAuthorize() {
  const m =
    /^ {2}CLOUDFLARE_API_TOKEN=\$\(cat (\S+)\) node bin\/portalctl\.js (server authorize oauth --api-url \S+ --account-id \S+)$/m.exec(
      printed,
    );
  expect(m, printed).not.toBeNull();
  const [, tokenFile = '', args = ''] = m ?? [];
  return {
    args: args.split(' '),
    env: { ...baseEnv(), CLOUDFLARE_API_TOKEN: readFileSync(resolve(root, tokenFile), 'utf8').trim() },
  };
}

/** The environment the printed plan/drift instructions export (the ports and the tickets credential). */
function printedPlanEnv(): NodeJS.ProcessEnv {
  const token = /export TICKETS_TOKEN=\$\(cat (\S+)\)/.exec(printed)?.[1];
  const ports = /^ {2}export ((?:[A-Z]+_PORT=\d+ ?)+)$/m.exec(printed)?.[1];
  expect(token && ports, printed).toBeTruthy();
  const value = readFileSync(resolve(root, token ?? ''), 'utf8').trim();
  return {
    ...baseEnv(),
    PORTAL_DATA_DIR: dataDir,
    TICKETS_TOKEN: value,
    TICKETS_API_KEY: value,
    ...Object.fromEntries((ports ?? '').split(' ').map((kv) => kv.split('='))),
  };
}

interface StatusRow {
  kind: string;
  name: string;
  phase: string;
  reason: string;
}

async function status(env: NodeJS.ProcessEnv, target: string[]): Promise<StatusRow[]> {
  const r = run([bin, 'status', '-o', 'json', ...target], env);
  expect(await r.exited, r.out()).toBe(0);
  return (JSON.parse(r.out()) as { resources: StatusRow[] }).resources;
}

const phases = (rows: StatusRow[]) =>
  Object.fromEntries(
    rows.filter((r) => r.kind === 'McpServer' || r.kind === 'McpPortal').map((r) => [r.name, r.phase]),
  );

describe('npm start, then the printed authorisation step', () => {
  it('leaves only the oauth server (and its portal) waiting, and prints the exact command for it', async () => {
    expect(printed).toContain('apply exited 0');
    expect(printed).toMatch(/next: McpServer\/oauth waits for an admin to authorise/);
    const { args, env } = printedAuthorize();
    expect(args.slice(args.indexOf('--api-url'))).toEqual([
      '--api-url',
      `http://127.0.0.1:${demoEnv.PORTAL_PORT}/client/v4`,
      '--account-id',
      expect.stringMatching(/^[0-9a-f]{32}$/),
    ]);
    expect(phases(await status(env, args.slice(args.indexOf('--api-url'))))).toEqual({
      docs: 'Ready',
      metrics: 'Ready',
      tickets: 'Ready',
      'tickets-readonly': 'Ready',
      oauth: 'Waiting',
      engineering: 'Waiting',
      support: 'Ready',
    });
    // The instructions name the files that hold the credentials, never the credentials themselves.
    expect(printed).not.toContain(env.CLOUDFLARE_API_TOKEN);
    expect(printed).not.toContain(printedPlanEnv().TICKETS_TOKEN);
  }, 60_000);

  it('authorises: the printed URL, followed, reaches the portal callback and the command exits 0', async () => {
    const { args, env } = printedAuthorize();
    const authorize = run([bin, ...args, '--timeout', '60s'], env);
    const url = (await waitFor(authorize, /^ {2}(http:\/\/\S+)$/m, 30_000))[1] ?? '';
    expect(new URL(url).port).toBe(demoEnv.OAUTH_PORT);
    // What a browser does: the authorization server approves at once and redirects to the running portal.
    const landed = await fetch(url);
    expect(landed.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${demoEnv.PORTAL_PORT}/servers-callback\\?`),
    );
    expect(landed.status, await landed.text()).toBe(200);
    expect(await authorize.exited, authorize.out()).toBe(0);
    expect(authorize.out()).toMatch(/MCP server oauth is authorised and Ready \(2 tools/);
  }, 90_000);

  it('ends with every server and portal of the demo Ready, and plan and drift (as printed) find nothing', async () => {
    const { args, env } = printedAuthorize();
    const rows = await status(env, args.slice(args.indexOf('--api-url')));
    expect(phases(rows)).toEqual({
      docs: 'Ready',
      metrics: 'Ready',
      tickets: 'Ready',
      'tickets-readonly': 'Ready',
      oauth: 'Ready',
      engineering: 'Ready',
      support: 'Ready',
    });
    expect(rows.filter((r) => r.phase !== 'Ready')).toEqual([]);
    const planEnv = printedPlanEnv();
    for (const command of ['plan', 'drift']) {
      const r = run([bin, command, '-f', 'examples/manifests'], planEnv);
      expect(await r.exited, `${command}:\n${r.out()}`).toBe(0);
    }
  }, 120_000);
});
