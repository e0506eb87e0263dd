// Attack: an SSRF-bound server URL reaches the portal through portalctl. `validate` warns about URLs on
// link-local and cloud metadata addresses (in any spelling) and `--strict` refuses them; a spawned
// `portalctl portal serve --egress-deny-loopback` refuses a name resolving to loopback (the server ends in
// Error, the target sees no request) while `--egress-allow` lets an exception through; a bad range exits 3.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { type CliIo, main } from '../cli/main.js';
import { ExitCode } from '../exit-codes.js';

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'portalctl-egress-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function io(out: string[]): CliIo {
  return {
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
    stdin: async () => '',
    isTty: false,
    env: {},
    cwd: work,
  };
}

describe('portalctl validate', () => {
  const manifest = (url: string) =>
    `apiVersion: mcpportal/v1\nkind: McpServer\nmetadata:\n  name: imds\nspec:\n  url: ${url}\n`;

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://0xa9fea9fe/latest/meta-data/',
    'http://[::ffff:169.254.169.254]/',
    'http://metadata.google.internal/computeMetadata/v1/',
  ])('warns about %s, and --strict refuses it', async (url) => {
    const file = join(work, 'imds.yaml');
    writeFileSync(file, manifest(url));
    const out: string[] = [];
    expect(await main(['validate', '-f', file], io(out))).toBe(ExitCode.Ok);
    expect(out.join('')).toContain('semantic/egress-refused-url');
    expect(await main(['validate', '--strict', '-f', file], io([]))).toBe(ExitCode.InvalidInput);
  });

  it('does not warn about a public or loopback URL', async () => {
    const file = join(work, 'ok.yaml');
    writeFileSync(
      file,
      `${manifest('https://mcp.example.com/mcp')}---\n${manifest('http://127.0.0.1:3000/mcp').replace('imds', 'local')}`,
    );
    const out: string[] = [];
    expect(await main(['validate', '-f', file], io(out))).toBe(ExitCode.Ok);
    expect(out.join('')).not.toContain('egress');
  });
});

interface Served {
  child: ChildProcessByStdio<null, Readable, Readable>;
  servers: string;
  token: string;
}

async function serve(args: string[]): Promise<Served> {
  const entry =
    "import { main } from './reconciler/cli/main.ts'; process.exitCode = await main(process.argv.slice(1));";
  const dataDir = mkdtempSync(join(work, 'data-'));
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      entry,
      'portal',
      'serve',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--api-token',
      'egress-token',
      ...args,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (d) => {
    out += String(d);
  });
  child.stderr.on('data', (d) => {
    out += String(d);
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (out.includes('Serving until')) {
        clearInterval(timer);
        resolve();
      }
    }, 20);
    child.on('exit', () => {
      clearInterval(timer);
      reject(new Error(`portal serve exited early:\n${out}`));
    });
  });
  const baseUrl = /management API at (\S+)/.exec(out)?.[1] ?? '';
  const accountId = /account id: (\S+)/.exec(out)?.[1] ?? '';
  return {
    child,
    servers: `${baseUrl}/accounts/${accountId}/access/ai-controls/mcp/servers`,
    token: 'egress-token',
  };
}

async function stop(s: Served | undefined): Promise<void> {
  if (!s || s.child.exitCode !== null) return;
  const exited = once(s.child, 'exit');
  s.child.kill('SIGTERM');
  await exited;
}

/** Creates a server and polls until its first sync has ended; returns the server object. */
async function createAndWait(s: Served, id: string, url: string) {
  const headers = { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' };
  const created = await fetch(s.servers, {
    method: 'POST',
    headers,
    body: JSON.stringify({ id, name: id, hostname: url, auth_type: 'unauthenticated' }),
  });
  expect(created.ok).toBe(true);
  for (let i = 0; i < 200; i++) {
    const got = (await (await fetch(`${s.servers}/${id}`, { headers })).json()) as {
      result: { status: string; error?: string; error_details?: { cause?: string } };
    };
    if (got.result.status !== 'waiting') return got.result;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server ${id} never synced`);
}

describe('portalctl portal serve egress flags', () => {
  let docs: UpstreamHandle;
  let hits = 0;
  const target = createServer((_req, res) => {
    hits++;
    res.end('ok');
  });
  let denying: Served | undefined;
  let excepting: Served | undefined;

  beforeAll(async () => {
    docs = await startDocsUpstream({ port: 0 });
    target.listen(0, '127.0.0.1');
    await once(target, 'listening');
  });
  afterAll(async () => {
    await Promise.allSettled([stop(denying), stop(excepting), docs?.close()]);
    target.closeAllConnections();
    target.close();
  });

  it('--egress-deny-loopback refuses a name resolving to loopback, without connecting', async () => {
    denying = await serve(['--egress-deny-loopback']);
    const port = (target.address() as AddressInfo).port;
    const server = await createAndWait(denying, 'local', `http://localhost:${port}/mcp`);
    expect(server.status).toBe('error');
    expect(server.error_details?.cause).toBe('egress_refused');
    expect(server.error).toMatch(/loopback address, refused by the portal's egress policy/);
    expect(hits).toBe(0);
  }, 30_000);

  it('--egress-allow lets a range through', async () => {
    excepting = await serve(['--egress-deny-loopback', '--egress-allow', '127.0.0.0/8,::1']);
    const url = new URL(docs.url);
    url.hostname = 'localhost';
    const server = await createAndWait(excepting, 'docs', url.href);
    expect(server.status).toBe('ready');
  }, 30_000);

  it('exits 3 on an invalid --egress-allow, starting nothing', async () => {
    const out: string[] = [];
    const args = ['portal', 'serve', '--data-dir', 'never', '--egress-allow', '10.0.0.0/8,10.1/99'];
    expect(await main(args, io(out))).toBe(ExitCode.InvalidInput);
    expect(out.join('')).toContain('--egress-allow "10.1/99"');
    expect(existsSync(join(work, 'never'))).toBe(false);
  });
});
