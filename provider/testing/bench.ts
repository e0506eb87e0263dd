/**
 * The provider's end-to-end bench: the reconciler's bench (a real embedded portal on 127.0.0.1 with
 * real capability sync, and the real example upstream servers) plus the spawned plugin, configured
 * the way an explicit provider resource configures it. Used only by tests.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Bench, startBench, TICKETS_TOKEN } from '../../reconciler/testing/e2e.js';
import { secret } from '../wire.js';
import { type Plugin, startPlugin } from './engine.js';

export { TICKETS_TOKEN };
export const GROUP = 'mcpportal:index:AccessGroup';
export const POLICY = 'mcpportal:index:AccessPolicy';
export const SERVER = 'mcpportal:index:McpServer';
export const PORTAL = 'mcpportal:index:McpPortal';

export interface ProviderBench {
  bench: Bench;
  plugin: Plugin;
  /** Provider configuration pointing at the bench portal, through a counting proxy (token as a secret). */
  config: Record<string, unknown>;
  /** Management API requests the plugin sent so far. */
  requests(): number;
  close(): Promise<void>;
}

export async function startProviderBench(
  config: Record<string, unknown> = {},
  env: NodeJS.ProcessEnv = {},
): Promise<ProviderBench> {
  const bench = await startBench();
  const proxy = await countingProxy(bench.portal.url);
  const plugin = await startPlugin(env);
  const full = {
    apiUrl: `${proxy.url}/client/v4`,
    accountId: bench.portal.accountId,
    apiToken: secret(bench.portal.apiToken),
    syncTimeout: 30,
    ...config,
  };
  await plugin.configure(full);
  return {
    bench,
    plugin,
    config: full,
    requests: () => proxy.count,
    close: async () => {
      await plugin.close();
      await proxy.close();
      await bench.close();
    },
  };
}

/** A loopback HTTP proxy to `target` that counts the requests passing through. */
async function countingProxy(target: string) {
  const upstream = new URL(target);
  const state = { count: 0 };
  const server = createServer((req, res) => {
    state.count++;
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get count() {
      return state.count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
