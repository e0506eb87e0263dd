/**
 * `npm start`: the main job on the embedded default. Starts the example upstream MCP servers and the
 * embedded portal (data in `.portal/`, API on 127.0.0.1:8787), applies `examples/manifests/` with
 * `portalctl apply`, waits for Ready, prints the status table, the command that authorises the OAuth
 * example server, and the portals' MCP URLs, and keeps serving until Ctrl-C. Ports: PORTAL_PORT (8787) and
 * DOCS_PORT/TICKETS_PORT/PAGED_PORT/OAUTH_PORT (3101-3104), which the manifests' URLs follow
 * (`${DOCS_PORT:-3101}`); the work is in demo.ts. This process serves the portal, so it takes the V8
 * settings `portalctl portal serve` does (v8-tuning.ts) before the portal's modules load.
 */
import { join, relative } from 'node:path';
import { tuneV8ForServing } from '../reconciler/cli/v8-tuning.js';

tuneV8ForServing();
const { authorizeStep, startDemo } = await import('./demo.js');

const root = join(import.meta.dirname, '..', '..');
const env = process.env;

const demo = await startDemo({
  root,
  env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTty: Boolean(process.stdout.isTTY),
});
const { portal } = demo;

const portals = portal.repo.portals.list({ page: 1, per_page: 100 }).items;
console.log('\nPortal MCP endpoints:');
for (const p of portals) {
  console.log(`  ${p.id}: ${portal.url}/portals/${p.id}/mcp   (https://${p.hostname}/mcp by Host header)`);
}
// A portal whose code_mode lets clients ask for code mode (one with "off" refuses ?codemode).
const coded = portals.find((p) => p.code_mode !== 'off');
if (coded) {
  const mcp = `${portal.url}/portals/${coded.id}/mcp`;
  console.log(
    `\nContext modes (README: "Context optimisation and code mode"), e.g. on ${coded.id}:\n` +
      `  ${mcp}?optimize_context=minimize_tools\n` +
      `  ${mcp}?optimize_context=search_and_execute\n` +
      `  ${mcp}?codemode=search_and_execute`,
  );
}
console.log(
  '\nMCP clients sign in through the portal (OAuth). Add a user of the example policies first, e.g.:\n' +
    "  printf %s 'a-password' | node bin/portalctl.js portal users add you@example.com --group platform --password-stdin",
);
// The manifests' URLs follow the port variables: plan and drift must see the same ones.
const ports = ['DOCS_PORT', 'TICKETS_PORT', 'PAGED_PORT', 'OAUTH_PORT']
  .filter((name) => env[name])
  .map((name) => `${name}=${demo.env[name]}`);
console.log(
  '\nIn another terminal, plan and drift against this portal (exit 0: nothing to do):\n' +
    `  export TICKETS_TOKEN=${env.TICKETS_TOKEN ? '<your TICKETS_TOKEN>' : `$(cat ${relative(root, join(portal.dataDir, 'demo-tickets-token'))})`}; export TICKETS_API_KEY=$TICKETS_TOKEN\n` +
    (ports.length ? `  export ${ports.join(' ')}\n` : '') +
    '  node bin/portalctl.js plan -f examples/manifests\n' +
    '  node bin/portalctl.js drift -f examples/manifests',
);
const authorize = authorizeStep(demo, root);
if (authorize) console.log(`\n${authorize}`);
console.log(
  `\napply exited ${demo.applyCode}. Serving until Ctrl-C (API token in ${portal.tokenFile ?? 'the given token'}).`,
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await demo.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
