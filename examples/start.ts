/**
 * `npm start`: the main job on the embedded default. Starts the example upstream MCP servers and the
 * embedded portal (data in `.portal/`, API on 127.0.0.1:8787), applies `examples/manifests/` with
 * `portalctl apply`, waits for Ready, prints the status table and the portals' MCP URLs, and keeps
 * serving until Ctrl-C. Ports: PORTAL_PORT (8787) and DOCS_PORT/TICKETS_PORT/PAGED_PORT (3101-3103).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPortal } from '../portal/index.js';
import { main } from '../reconciler/cli/main.js';
import { startAllUpstreams } from './upstreams/index.js';

const root = join(import.meta.dirname, '..', '..');
const env = process.env;
const port = Number(env.PORTAL_PORT ?? 8787);
// The demo's upstream credential: the manifests read it from TICKETS_TOKEN / TICKETS_API_KEY. It is kept
// in the data folder, so `portalctl plan` in another terminal can compare the same value (see below).
const tokenFile = join(root, '.portal', 'demo-tickets-token');
function demoToken(): string {
  try {
    return readFileSync(tokenFile, 'utf8').trim();
  } catch {
    const token = randomBytes(16).toString('hex');
    mkdirSync(join(root, '.portal'), { recursive: true });
    writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
    return token;
  }
}
const ticketsToken = env.TICKETS_TOKEN ?? demoToken();

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
  '\nIn another terminal, plan and drift against this portal (exit 0: nothing to do):\n' +
    `  export TICKETS_TOKEN=${env.TICKETS_TOKEN ? '<your TICKETS_TOKEN>' : '$(cat .portal/demo-tickets-token)'}; export TICKETS_API_KEY=$TICKETS_TOKEN\n` +
    '  node bin/portalctl.js plan -f examples/manifests\n' +
    '  node bin/portalctl.js drift -f examples/manifests',
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
