/**
 * The embedded portal as a separate process, for attack tests that must watch the server's own memory:
 * `startPortalProcess()` spawns `portal-child.ts` (from source, through tsx) in a temporary data dir and
 * offers the management-API calls the tests need, the child's RSS (now and peak) and open file descriptors
 * (from /proc), and close.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StartPortalOptions } from '../index.js';

const entry = join(import.meta.dirname, 'portal-child.ts');

export interface PortalProcess {
  url: string;
  baseUrl: string;
  accountId: string;
  apiToken: string;
  pid: number;
  /** Calls `/client/v4/accounts/{account}{path}` with the token; throws unless it succeeds. */
  ok<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T>;
  /** The child's resident memory now and its peak so far, in bytes (Linux /proc). */
  memory(): { rss: number; peak: number };
  /** How many file descriptors (sockets included) the child holds open. */
  fds(): number;
  /** What the child wrote on stderr. */
  stderr(): string;
  close(): Promise<void>;
}

function statusKb(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

export async function startPortalProcess(options: StartPortalOptions = {}): Promise<PortalProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-proc-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      entry,
      JSON.stringify({
        port: 0,
        syncIntervalMs: 0,
        rateLimit: { limit: 100_000, windowSeconds: 300 },
        oauthRateLimit: false,
        ...options,
        dataDir,
      }),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const info = await new Promise<{ url: string; baseUrl: string; accountId: string; apiToken: string }>(
    (resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const nl = out.indexOf('\n');
        if (nl >= 0) resolve(JSON.parse(out.slice(0, nl)));
      });
      child.once('exit', (code) => reject(new Error(`portal child exited (${code}): ${err}`)));
    },
  );
  const pid = child.pid as number;
  const ok: PortalProcess['ok'] = async (method, path, body) => {
    const res = await fetch(`${info.baseUrl}/accounts/${info.accountId}${path}`, {
      method,
      headers: { authorization: `Bearer ${info.apiToken}`, 'content-type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await res.json()) as { result: never };
    if (res.status >= 300) throw new Error(`${method} ${path}: HTTP ${res.status} ${JSON.stringify(json)}`);
    return json.result;
  };
  return {
    ...info,
    pid,
    ok,
    memory: () => ({ rss: statusKb(pid, 'VmRSS'), peak: statusKb(pid, 'VmHWM') }),
    fds: () => readdirSync(`/proc/${pid}/fd`).length,
    stderr: () => err,
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
