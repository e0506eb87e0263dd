// `portalctl portal serve` as a user runs it: a spawned process on port 0 that prints where it serves,
// answers the management API, keeps data across a restart, and exits 0 on SIGTERM and SIGINT; bad flags
// exit 3 without starting anything.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../exit-codes.js';
import { type CliIo, main } from '../main.js';

const root = join(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'portalctl-serve-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Served {
  child: ChildProcessByStdio<null, Readable, Readable>;
  baseUrl: string;
  accountId: string;
  output: () => string;
  exit: Promise<number | null>;
}

async function serve(args: string[]): Promise<Served> {
  const entry =
    "import { main } from './reconciler/cli/main.ts'; process.exitCode = await main(process.argv.slice(1));";
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', entry, 'portal', 'serve', '--port', '0', ...args],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (d) => {
    out += String(d);
  });
  child.stderr.on('data', (d) => {
    out += String(d);
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (out.includes('Serving until')) {
        clearInterval(timer);
        resolve();
      }
    }, 20);
    void exit.then(() => {
      clearInterval(timer);
      reject(new Error(`portal serve exited early:\n${out}`));
    });
  });
  const baseUrl = /management API at (\S+)/.exec(out)?.[1] ?? '';
  const accountId = /account id: (\S+)/.exec(out)?.[1] ?? '';
  return { child, baseUrl, accountId, output: () => out, exit };
}

describe('portalctl portal serve', () => {
  it('serves the API until SIGTERM, keeps data and identity across a restart, and stops on SIGINT', async () => {
    const first = await serve(['--data-dir', dataDir, '--api-token', 'cli-token']);
    expect(first.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/client\/v4$/);
    expect(first.output()).toContain('as given with --api-token');
    const servers = `${first.baseUrl}/accounts/${first.accountId}/access/ai-controls/mcp/servers`;
    const created = await fetch(servers, {
      method: 'POST',
      headers: { authorization: 'Bearer cli-token', 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'kept',
        name: 'Kept',
        hostname: 'https://kept.example.com/mcp',
        auth_type: 'unauthenticated',
      }),
    });
    expect(created.status).toBe(201);
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(ExitCode.Ok);
    expect(first.output()).toContain('Stopped (SIGTERM)');

    const second = await serve(['--data-dir', dataDir]);
    const tokenFile = join(dataDir, 'api-token');
    expect(second.output()).toContain(`in ${tokenFile}`);
    expect(existsSync(tokenFile)).toBe(true);
    expect(second.accountId).toBe(first.accountId);
    const token = readFileSync(tokenFile, 'utf8').trim();
    const list = await fetch(
      `${second.baseUrl}/accounts/${second.accountId}/access/ai-controls/mcp/servers`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    const body = (await list.json()) as { result: { id: string }[] };
    expect(body.result.map((s) => s.id)).toEqual(['kept']);
    second.child.kill('SIGINT');
    expect(await second.exit).toBe(ExitCode.Ok);
  });

  it.each([
    { flag: ['--faults', '500=2'], reason: 'probability above 1' },
    { flag: ['--port', 'http'], reason: 'port not a number' },
    { flag: ['--rate-limit', 'lots'], reason: 'rate limit not n/window' },
    { flag: ['--sync-interval', 'daily'], reason: 'interval not a duration' },
  ])('exits 3 on a bad flag: $reason', async ({ flag }) => {
    const err: string[] = [];
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (t) => err.push(t),
      stdin: async () => '',
      isTty: false,
      env: {},
      cwd: dataDir,
    };
    expect(await main(['portal', 'serve', '--data-dir', 'unused', ...flag], io)).toBe(ExitCode.InvalidInput);
    expect(err.join('')).toContain(flag[0]);
    expect(existsSync(join(dataDir, 'unused'))).toBe(false);
  });
});
