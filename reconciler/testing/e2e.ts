/**
 * End-to-end test bench for the reconciler: a real embedded portal on 127.0.0.1 (real capability sync),
 * the real example upstream servers, manifests written to a temporary folder, and the real `portalctl`
 * bin in a child process. Used only by tests.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AllUpstreams, startAllUpstreams } from '../../examples/upstreams/index.js';
import type { StartPortalOptions } from '../../portal/index.js';
import { syncServer } from '../../portal/sync/index.js';
import { startTestPortal, type TestPortal } from '../../portal/testing/harness.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'portalctl.js');

export const TICKETS_TOKEN = 'tk-e2e-0123456789abcdef';
export const SECRET_MARKER = TICKETS_TOKEN;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Bench {
  portal: TestPortal;
  upstreams: AllUpstreams;
  dir: string;
  /** Writes a manifest file into the bench folder (or a sub-folder) and returns its path. */
  write(name: string, text: string): string;
  /** Runs `portalctl` against the bench portal. */
  cli(args: string[], opts?: { env?: Record<string, string>; input?: string }): Promise<CliResult>;
  /** The example manifests with the upstreams' real ports. */
  manifests: { policies: string; servers: string; portals: string };
  close(): Promise<void>;
}

export async function startBench(portalOptions: StartPortalOptions = {}): Promise<Bench> {
  const upstreams = await startAllUpstreams({ ticketsToken: TICKETS_TOKEN });
  const portal = await startTestPortal({ sync: syncServer, ...portalOptions });
  const dir = mkdtempSync(join(tmpdir(), 'portalctl-e2e-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const env = {
    ...process.env,
    NO_COLOR: '1',
    CLOUDFLARE_API_TOKEN: portal.apiToken,
    CLOUDFLARE_BASE_URL: portal.baseUrl,
    CLOUDFLARE_ACCOUNT_ID: portal.accountId,
    TICKETS_TOKEN,
    TICKETS_API_KEY: TICKETS_TOKEN,
  };
  const cli: Bench['cli'] = (args, opts = {}) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env: { ...env, ...opts.env } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => {
        stdout += d;
      });
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(opts.input ?? '');
    });
  const url = (h: { url: string }) => h.url;
  const manifests = {
    policies: `apiVersion: mcpportal/v1
kind: AccessPolicy
metadata: { name: engineers }
spec:
  decision: allow
  include: [ { emailDomain: example.com } ]
---
apiVersion: mcpportal/v1
kind: AccessPolicy
metadata: { name: bots }
spec:
  decision: non_identity
  include: [ { anyValidServiceToken: true } ]
`,
    servers: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  displayName: Docs
  url: ${url(upstreams.docs)}
  description: the docs
  tools: [ { name: search_docs, alias: search } ]
  policies: [ engineers ]
---
apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: tickets }
spec:
  url: ${url(upstreams.tickets)}
  auth: { type: bearer, token: { fromEnv: TICKETS_TOKEN } }
  policies: [ engineers, bots ]
---
apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: metrics }
spec:
  url: ${url(upstreams.paged)}
  policies: [ engineers ]
`,
    portals: `apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: eng.mcp.test
  policies: [ engineers ]
  servers:
    - server: docs
    - server: tickets
      requireUserAuth: false
      tools: [ { name: close_ticket, enabled: false } ]
    - server: metrics
`,
  };
  return {
    portal,
    upstreams,
    dir,
    write,
    cli,
    manifests,
    close: async () => {
      await portal.close();
      await upstreams.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
