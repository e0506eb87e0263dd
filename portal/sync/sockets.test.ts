// No socket outlives a sync: the upstreams run in a child process, so every TCP socket in this test
// process belongs to the sync client, and none may remain once syncServer has returned.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncServer } from './index.js';

const tcpSockets = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;

let child: ChildProcess;
let urls: { docs: string; tickets: string; paged: string };

beforeAll(async () => {
  const entry = join(import.meta.dirname, '../../examples/upstreams/index.ts');
  child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: {
      ...process.env,
      DOCS_PORT: '0',
      TICKETS_PORT: '0',
      PAGED_PORT: '0',
      TICKETS_TOKEN: 'sockets-token',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const found: Record<string, string> = {};
  for await (const line of lines) {
    const [name, url] = line.split(/\s+/);
    if (name && url) found[name] = url;
    if (found.docs && found.tickets && found.paged) break;
  }
  urls = found as typeof urls;
});

afterAll(async () => {
  if (child?.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
});

describe('syncServer sockets', () => {
  it('has no TCP socket open before a sync starts', () => {
    expect(tcpSockets()).toBe(0);
  });

  it.each([
    {
      name: 'ready',
      conn: () => ({ url: urls.docs, authType: 'unauthenticated' as const }),
      status: 'ready',
    },
    {
      name: 'ready after transport fallthrough',
      conn: () => ({ url: new URL(urls.docs).origin, authType: 'unauthenticated' as const }),
      status: 'ready',
    },
    {
      name: 'error (401)',
      conn: () => ({ url: urls.tickets, authType: 'bearer' as const, credentials: 'wrong' }),
      status: 'error',
    },
    {
      name: 'ready with bearer token',
      conn: () => ({ url: urls.tickets, authType: 'bearer' as const, credentials: 'sockets-token' }),
      status: 'ready',
    },
  ])('closes every socket once it returns: $name', async ({ conn, status }) => {
    const out = await syncServer({ id: 's', ...conn() });
    expect(out.status).toBe(status);
    expect(tcpSockets()).toBe(0);
  });
});
