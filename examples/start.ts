/**
 * `npm start`: the main job on the embedded default. Starts the example upstream MCP servers and the
 * embedded portal (data in `.portal/`, API on 127.0.0.1:8787), applies `examples/manifests/` with
 * `portalctl apply`, waits for Ready, prints the status table and the portals' MCP URLs, and keeps
 * serving until Ctrl-C. Ports: PORTAL_PORT (8787) and DOCS_PORT/TICKETS_PORT/PAGED_PORT (3101-3103).
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startPortal } from '../portal/index.js';
import { main } from '../reconciler/cli/main.js';
import { startAllUpstreams } from './upstreams/index.js';

const root = join(import.meta.dirname, '..', '..');
const env = process.env;
const port = Number(env.PORTAL_PORT ?? 8787);
// The demo's upstream credential: the manifests read it from TICKETS_TOKEN / TICKETS_API_KEY.
const ticketsToken = env.TICKETS_TOKEN ?? randomBytes(16).toString('hex');

const upstreams = await startAllUpstreams({
  ticketsToken,
  ports: {
    docs: Number(env.DOCS_PORT ?? 3101),
    tickets: Number(env.TICKETS_PORT ?? 3102),
    paged: Number(env.PAGED_PORT ?? 3103),
  },
});
const portal = await startPortal({ dataDir: join(root, '.portal'), port });
console.log(`embedded portal: ${portal.url} (management API ${portal.baseUrl}, account ${portal.accountId})`);
console.log(
  `upstreams: docs ${upstreams.docs.url}, tickets ${upstreams.tickets.url}, metrics ${upstreams.paged.url}`,
);

const code = await main(['apply', '-f', join(root, 'examples/manifests'), '--yes', '--timeout', '60s'], {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdin: async () => '',
  isTty: Boolean(process.stdout.isTTY),
  cwd: root,
  env: {
    ...env,
    CLOUDFLARE_API_TOKEN: portal.apiToken,
    CLOUDFLARE_BASE_URL: portal.baseUrl,
    CLOUDFLARE_ACCOUNT_ID: portal.accountId,
    TICKETS_TOKEN: ticketsToken,
    TICKETS_API_KEY: ticketsToken,
  },
});

const portals = portal.repo.portals.list({ page: 1, per_page: 100 }).items;
console.log('\nPortal MCP endpoints:');
for (const p of portals) {
  console.log(`  ${p.id}: ${portal.url}/portals/${p.id}/mcp   (https://${p.hostname}/mcp by Host header)`);
}
console.log(
  '\nMCP clients sign in through the portal (OAuth). Add a user of the example policies first, e.g.:\n' +
    "  printf %s 'a-password' | node bin/portalctl.js portal users add you@example.com --group platform --password-stdin",
);
console.log(
  `\napply exited ${code}. Serving until Ctrl-C (API token in ${portal.tokenFile ?? 'the given token'}).`,
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await portal.close();
  await upstreams.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
