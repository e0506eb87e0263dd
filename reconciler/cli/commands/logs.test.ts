// `portalctl logs` against a running embedded portal after real MCP traffic: table and JSON-lines output,
// filters (server, status, since), export to a file, --follow in a spawned process (new rows appear, SIGTERM
// exits 0), and bad flags or unknown portals exiting with their documented codes.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../../examples/upstreams/index.js';
import { syncServer } from '../../../portal/sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addTestUser,
  PASSWORD,
  protectPortal,
  protectServer,
} from '../../../portal/testing/fixtures.js';
import { startTestPortal, type TestPortal } from '../../../portal/testing/harness.js';
import { type Connected, connectAsUser } from '../../../portal/testing/mcp-clients.js';
import { ExitCode } from '../../exit-codes.js';
import { type CliIo, main } from '../main.js';
import { parseSince } from './logs.js';

const root = join(import.meta.dirname, '../../..');
let p: TestPortal;
let docs: UpstreamHandle;
let c: Connected;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portalctl-logs-'));
  docs = await startDocsUpstream({ port: 0 });
  p = await startTestPortal({ sync: syncServer });
  await addServer(p, { id: 'docs', name: 'Docs', hostname: docs.url, auth_type: 'unauthenticated' });
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: [{ server_id: 'docs' }],
  });
  const staff = await addPolicy(p, 'staff', 'allow', [{ email_domain: { domain: 'example.com' } }]);
  await protectPortal(p, 'main.example.test', [staff]);
  await protectServer(p, 'docs', [staff]);
  await addTestUser(p, 'alice@example.com');
  c = await connectAsUser(`${p.url}/portals/main/mcp`, 'alice@example.com', PASSWORD);
  await c.client.callTool({ name: 'docs_search_docs', arguments: { query: 'portal' } });
  await c.client.callTool({ name: 'docs_get_page', arguments: { id: 'missing' } });
});
afterAll(async () => {
  await c.close();
  await p.close();
  await docs.close();
  rmSync(dir, { recursive: true, force: true });
});

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
  const target = ['--api-url', p.baseUrl, '--account-id', p.accountId];
  const code = await main(['logs', ...args, ...target], io);
  return { code, out: out.join(''), err: err.join('') };
}

const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { capability: string | null; status: string; method: string; id: number });

describe('portalctl logs', () => {
  it('prints JSON lines, oldest first, one object per request', async () => {
    const r = await run(['--portal', 'main', '-o', 'json']);
    expect(r.code).toBe(ExitCode.Ok);
    const rows = jsonLines(r.out);
    expect(rows.map((x) => x.method)).toEqual(['initialize', 'tools/call', 'tools/call']);
    expect(rows.map((x) => x.id)).toEqual([...rows.map((x) => x.id)].sort((a, b) => a - b));
  });

  it('prints a table with a header', async () => {
    const r = await run(['--portal', 'main', '--server', 'docs']);
    expect(r.code).toBe(ExitCode.Ok);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toMatch(/^TIME\s+STATUS\s+PORTAL\s+SERVER\s+METHOD\s+CAPABILITY\s+MS\s+USER\s+SESSION$/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/ ok\s+main\s+docs\s+tools\/call\s+search_docs\s+[\d.]+\s+alice@example\.com/);
  });

  it("filters by status and time, and reads a server's logs on their own", async () => {
    const errors = jsonLines((await run(['--portal', 'main', '--status', 'error', '-o', 'json'])).out);
    expect(errors.map((x) => x.capability)).toEqual(['get_page']);
    expect(
      (await run(['--portal', 'main', '--since', '1h', '-o', 'json'])).out.trim().split('\n'),
    ).toHaveLength(3);
    expect((await run(['--portal', 'main', '--until', '1h', '-o', 'json'])).out).toBe('');
    expect(jsonLines((await run(['--server', 'docs', '-o', 'json'])).out)).toHaveLength(2);
    expect(
      jsonLines((await run(['--portal', 'main', '--limit', '1', '-o', 'json'])).out).map((x) => x.capability),
    ).toEqual(['get_page']);
  });

  it('exports JSON lines to a file', async () => {
    const r = await run(['--portal', 'main', '--file', 'export.jsonl']);
    expect(r.code).toBe(ExitCode.Ok);
    expect(r.err).toContain('wrote 3 rows');
    expect(jsonLines(readFileSync(join(dir, 'export.jsonl'), 'utf8'))).toHaveLength(3);
  });

  it.each([
    { name: 'no portal or server', args: [], code: ExitCode.InvalidInput, says: 'give --portal' },
    {
      name: 'unknown status',
      args: ['--portal', 'main', '--status', 'weird'],
      code: ExitCode.InvalidInput,
      says: 'unknown status "weird"',
    },
    {
      name: 'bad since',
      args: ['--portal', 'main', '--since', 'yesterday'],
      code: ExitCode.InvalidInput,
      says: 'not a duration',
    },
    {
      name: 'unknown portal',
      args: ['--portal', 'nope'],
      code: ExitCode.OperationalError,
      says: 'MCP portal "nope" not found',
    },
  ])('exits $code on $name', async ({ args, code, says }) => {
    const r = await run(args);
    expect(r.code).toBe(code);
    expect(r.err).toContain(says);
    expect(r.out).toBe('');
  });

  it('parses --since as a duration ago or a time', () => {
    const now = new Date('2026-01-02T00:00:00.000Z');
    expect(parseSince('1h', now)).toBe('2026-01-01T23:00:00.000Z');
    expect(parseSince('1d', now)).toBe('2026-01-01T00:00:00.000Z');
    expect(parseSince('2026-01-01T12:00:00Z', now)).toBe('2026-01-01T12:00:00.000Z');
  });
});

describe('portalctl logs --follow', () => {
  it('prints new rows as they happen and exits 0 on SIGTERM', async () => {
    const entry =
      "import { main } from './reconciler/cli/main.ts'; process.exitCode = await main(process.argv.slice(1));";
    const child: ChildProcessByStdio<null, Readable, Readable> = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        entry,
        'logs',
        '--portal',
        'main',
        '--follow',
        '--interval',
        '100ms',
        '-o',
        'json',
        '--api-url',
        p.baseUrl,
        '--account-id',
        p.accountId,
      ],
      {
        cwd: root,
        env: { ...process.env, CLOUDFLARE_API_TOKEN: p.apiToken },
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
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await vi.waitFor(() => expect(out.trim().split('\n').length, err).toBeGreaterThanOrEqual(3), {
      timeout: 20_000,
      interval: 50,
    });
    await c.client.callTool({ name: 'docs_list_sections', arguments: {} });
    await vi.waitFor(() => expect(out).toContain('"capability":"list_sections"'), {
      timeout: 10_000,
      interval: 50,
    });
    child.kill('SIGTERM');
    expect(await exit).toBe(ExitCode.Ok);
  }, 40_000);
});
