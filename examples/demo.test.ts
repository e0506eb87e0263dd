// `npm start` with ports other than the defaults: the demo (examples/demo.ts, what start.ts runs) starts
// the upstreams on DOCS_PORT/TICKETS_PORT/PAGED_PORT/OAUTH_PORT and applies examples/manifests, whose URLs
// follow the same variables, so the servers end Ready (the OAuth one Waiting for its authorisation, which
// demo-authorize.test.ts gives) and plan and drift with that environment find nothing; and the example deny
// policy keeps out a contractor whom the engineers policy would admit.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessControl } from '../portal/access/access-control.js';
import { LOCAL_IDP_ID } from '../portal/identity/identity-provider.js';
import { freePort } from '../portal/testing/free-port.js';
import { main } from '../reconciler/cli/main.js';
import { authorizeStep, type Demo, portOf, startDemo } from './demo.js';

const root = join(import.meta.dirname, '..');

async function portalctl(args: string[], env: NodeJS.ProcessEnv) {
  let out = '';
  const code = await main(args, {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      out += t;
    },
    stdin: async () => '',
    isTty: false,
    cwd: root,
    env,
  });
  return { code, out };
}

let demo: Demo;
let dataDir: string;
let output = '';
const ports: Record<string, string> = {};

beforeAll(async () => {
  for (const name of ['DOCS_PORT', 'TICKETS_PORT', 'PAGED_PORT', 'OAUTH_PORT'])
    ports[name] = String(await freePort());
  dataDir = await mkdtemp(join(tmpdir(), 'mcp-portals-demo-'));
  demo = await startDemo({
    root,
    env: { ...ports, PORTAL_PORT: '0' },
    dataDir,
    stdout: (t) => {
      output += t;
    },
    stderr: (t) => {
      output += t;
    },
  });
}, 120_000);

afterAll(async () => {
  await demo?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the demo on non-default ports', () => {
  it('applies the examples against the upstreams on those ports, and the servers are Ready', () => {
    expect(demo.applyCode, output).toBe(0);
    const servers = demo.portal.repo.servers.list({ page: 1, per_page: 100 }).items;
    const byId = Object.fromEntries(servers.map((s) => [s.id, s]));
    expect(byId.docs?.hostname).toBe(`http://127.0.0.1:${ports.DOCS_PORT}/mcp`);
    expect(byId.tickets?.hostname).toBe(`http://127.0.0.1:${ports.TICKETS_PORT}/mcp`);
    expect(byId['tickets-readonly']?.hostname).toBe(`http://127.0.0.1:${ports.TICKETS_PORT}/mcp`);
    expect(byId.metrics?.hostname).toBe(`http://127.0.0.1:${ports.PAGED_PORT}/mcp`);
    expect(byId.oauth?.hostname).toBe(`http://127.0.0.1:${ports.OAUTH_PORT}/mcp`);
    expect(demo.oauthUpstream.url).toBe(`http://127.0.0.1:${ports.OAUTH_PORT}/mcp`);
    for (const id of ['docs', 'tickets', 'tickets-readonly', 'metrics']) {
      expect(byId[id]?.status, `${id}: ${byId[id]?.error}\n${output}`).toBe('ready');
    }
    expect(byId.oauth).toMatchObject({ status: 'waiting', authentication_status: 'required' });
  });

  it('names the command that authorises the oauth server against this portal, and no credential', () => {
    const step = authorizeStep(demo, root) ?? '';
    expect(step).toContain(
      `node bin/portalctl.js server authorize oauth --api-url ${demo.portal.baseUrl} --account-id ${demo.portal.accountId}`,
    );
    expect(step).toMatch(/CLOUDFLARE_API_TOKEN=\$\(cat \S+api-token\)/);
    expect(step).not.toContain(demo.portal.apiToken);
  });

  it('converges: plan and drift with the same environment find nothing', async () => {
    const plan = await portalctl(['plan', '-f', 'examples/manifests'], demo.env);
    expect(plan.code, plan.out).toBe(0);
    const drift = await portalctl(['drift', '-f', 'examples/manifests'], demo.env);
    expect(drift.code, drift.out).toBe(0);
  });

  it('plans to move the servers when the ports are not given (the variables are what decide)', async () => {
    const { DOCS_PORT: _d, TICKETS_PORT: _t, PAGED_PORT: _p, OAUTH_PORT: _o, ...without } = demo.env;
    const plan = await portalctl(['plan', '-f', 'examples/manifests'], without);
    expect(plan.code, plan.out).toBe(2);
    expect(plan.out).toContain('http://127.0.0.1:3101/mcp');
  });

  it('keeps a contractor in group platform out of the engineering portal, and lets an engineer in', () => {
    const access = new AccessControl(demo.portal.repo);
    const user = (email: string) => ({
      principal: {
        kind: 'user' as const,
        userId: email,
        email,
        groups: ['platform'],
        loginMethod: LOCAL_IDP_ID,
      },
      ip: '127.0.0.1',
    });
    const contractor = access.portal('engineering.mcp.localhost', user('pat@contractors.example.net'));
    expect(contractor.outcome).toBe('deny');
    expect(contractor.policy?.name).toBe('block-contractors');
    expect(access.portal('engineering.mcp.localhost', user('sam@example.com')).outcome).toBe('allow');
  });
});

describe('portOf', () => {
  it('reads a port, falls back when unset or empty, and refuses anything else by name', () => {
    expect(portOf({ P: '4101' }, 'P', 1)).toBe(4101);
    expect(portOf({ P: '0' }, 'P', 1)).toBe(0);
    expect(portOf({}, 'P', 3101)).toBe(3101);
    expect(portOf({ P: '' }, 'P', 3101)).toBe(3101);
    for (const bad of ['x', '-1', '70000', '41.5', ' 1'])
      expect(() => portOf({ P: bad }, 'P', 1)).toThrow(/P=/);
  });
});
