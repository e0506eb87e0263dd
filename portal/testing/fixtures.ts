/**
 * Building blocks for data-plane tests: management-API calls that must succeed, Access policies and the two
 * application types, users of the local identity provider with a known password, service tokens, and
 * server-everything as a separate process. Everything goes through the real portal and real upstreams.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { addUser } from '../identity/users.js';
import type { UserRecord } from '../store/repository.js';
import { freePort } from './free-port.js';
import { APPS, POLICIES, PORTALS, SERVERS, SERVICE_TOKENS, type TestPortal } from './harness.js';

export const PASSWORD = 'correct horse battery';

/** Calls the management API and returns `result`; throws with the body when the call fails. */
export async function ok<T = Record<string, unknown>>(
  p: TestPortal,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const r = await p.call(method, path, body);
  if (r.status >= 300) throw new Error(`${method} ${path}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.result as T;
}

/** Creates a server and waits for its first sync. */
export async function addServer(p: TestPortal, body: Record<string, unknown>): Promise<void> {
  await ok(p, 'POST', SERVERS, body);
  await p.scheduler.idle();
}

export async function addPortal(p: TestPortal, body: Record<string, unknown>): Promise<void> {
  await ok(p, 'POST', PORTALS, body);
}

export async function addPolicy(
  p: TestPortal,
  name: string,
  decision: 'allow' | 'deny' | 'non_identity' | 'bypass',
  include: unknown[],
  extra: Record<string, unknown> = {},
): Promise<string> {
  return (await ok<{ id: string }>(p, 'POST', POLICIES, { name, decision, include, ...extra })).id;
}

/** The `mcp_portal` application of a portal hostname. */
export async function protectPortal(p: TestPortal, hostname: string, policyIds: string[]): Promise<string> {
  const app = await ok<{ id: string }>(p, 'POST', APPS, {
    name: `portal ${hostname}`,
    type: 'mcp_portal',
    domain: hostname,
    policies: policyIds,
  });
  return app.id;
}

/** The `mcp` application of a server. */
export async function protectServer(p: TestPortal, serverId: string, policyIds: string[]): Promise<string> {
  const app = await ok<{ id: string }>(p, 'POST', APPS, {
    name: `server ${serverId}`,
    type: 'mcp',
    destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: serverId }],
    policies: policyIds,
  });
  return app.id;
}

export function addTestUser(p: TestPortal, email: string, groups: string[] = []): Promise<UserRecord> {
  return addUser(p.repo, { email, password: PASSWORD, groups });
}

export async function addServiceToken(
  p: TestPortal,
  name: string,
): Promise<{ id: string; client_id: string; client_secret: string }> {
  return ok(p, 'POST', SERVICE_TOKENS, { name });
}

/** `@modelcontextprotocol/server-everything` over Streamable HTTP, as a child process. */
export async function startEverything(): Promise<{ url: string; close(): Promise<void> }> {
  const port = await freePort();
  const pkg = createRequire(import.meta.url).resolve('@modelcontextprotocol/server-everything/package.json');
  const child: ChildProcess = spawn(
    process.execPath,
    [join(dirname(pkg), 'dist/index.js'), 'streamableHttp'],
    {
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      if (err.includes('listening on port')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server-everything exited (${code}): ${err}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
