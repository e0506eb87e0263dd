// Interoperability with a third-party MCP client: `mcp-remote` (a stdio <-> Streamable HTTP bridge used by
// desktop MCP clients) connects to a portal with service-token headers, lists the portal's tools and calls
// one. This test speaks raw JSON-RPC on its stdio, so everything on the HTTP side is mcp-remote's own code.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addServiceToken,
  protectPortal,
  protectServer,
} from '../testing/fixtures.js';
import { readLogs, startTestPortal, type TestPortal } from '../testing/harness.js';

let p: TestPortal;
let docs: UpstreamHandle;
let child: ChildProcessWithoutNullStreams;
let configDir: string;
let stderr = '';
const waiting = new Map<number, (msg: Record<string, unknown>) => void>();

beforeAll(async () => {
  docs = await startDocsUpstream({ port: 0 });
  p = await startTestPortal({ sync: syncServer });
  await addServer(p, { id: 'docs', name: 'Docs', hostname: docs.url, auth_type: 'unauthenticated' });
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: [{ server_id: 'docs', on_behalf: false }],
  });
  const bots = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
  await protectPortal(p, 'main.example.test', [bots]);
  await protectServer(p, 'docs', [bots]);
  const token = await addServiceToken(p, 'desktop bridge');
  configDir = mkdtempSync(join(tmpdir(), 'mcp-remote-'));
  const pkg = createRequire(import.meta.url).resolve('mcp-remote/package.json');
  child = spawn(
    process.execPath,
    [
      join(dirname(pkg), 'dist/proxy.js'),
      `${p.url}/portals/main/mcp`,
      '--transport',
      'http-only',
      '--header',
      `CF-Access-Client-Id:${token.client_id}`,
      '--header',
      `CF-Access-Client-Secret:${token.client_secret}`,
    ],
    { env: { ...process.env, MCP_REMOTE_CONFIG_DIR: configDir }, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    let msg: Record<string, unknown>;
    try {
      msg = JSON.parse(line);
    } catch {
      return;
    }
    if (typeof msg.id === 'number') waiting.get(msg.id)?.(msg);
  });
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(configDir, { recursive: true, force: true });
  await p.close();
  await docs.close();
});

let nextId = 1;
function request(method: string, params: unknown = {}): Promise<Record<string, unknown>> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no answer to ${method}; mcp-remote said:\n${stderr}`)),
      20_000,
    );
    waiting.set(id, (msg) => {
      clearTimeout(timer);
      resolve(msg);
    });
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id, method, params })}\n`);
  });
}

describe('mcp-remote through a portal', () => {
  it("initializes, lists the portal's tools and calls one", async () => {
    const init = await request('initialize', {
      protocolVersion: '2025-06-18',
      capabilities: {},
      clientInfo: { name: 'stdio-host', version: '1.0.0' },
    });
    expect(init.result).toMatchObject({
      serverInfo: { name: 'mcp-portals' },
      capabilities: { tools: { listChanged: true } },
    });
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`);
    const list = await request('tools/list');
    const names = ((list.result as { tools: { name: string }[] }).tools ?? []).map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining(['portal_list_servers', 'docs_search_docs', 'docs_get_page']),
    );
    const call = await request('tools/call', { name: 'docs_get_page', arguments: { id: 'quickstart' } });
    const content = (call.result as { content: { text: string }[] }).content;
    expect(content[0]?.text).toContain('# Quickstart');
    const rows = readLogs(p, { page: 1, per_page: 10, direction: 'desc', server_id: 'docs' }).items;
    expect(rows[0]).toMatchObject({
      status: 'ok',
      capability: 'get_page',
      user: expect.stringMatching(/\.access$/),
    });
  });
});
