// End to end with the real portalctl bin and the embedded portal over HTTP: a portal's `resources` rules
// (an extension of Cloudflare's API) apply, after which plan and drift find nothing; a changed rule shows in
// the plan, a rule edited outside the manifests is drift; and against an API that does not announce the
// extension (Cloudflare's: here the same portal behind a proxy that drops the `Mcp-Portals-Extensions`
// header) plan and apply refuse the manifests with exit 3 at the `resources` key's file:line:column, and
// nothing is written.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTALS } from '../../portal/testing/harness.js';
import { type Bench, startBench } from '../testing/e2e.js';

let bench: Bench;
let files: string[];
let proxy: Server;
let proxyUrl: string;

const PORTAL = (docsRules: string) => `apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: eng.mcp.test
  policies: [ engineers ]
  servers:
    - server: docs
${docsRules}    - server: tickets
      requireUserAuth: false
    - server: metrics
      defaultDisabled: true
      resources: [ { uri: "metrics://*/daily" } ]
`;
const RULES = `      resources:
        - { uri: "docs://internal/*", enabled: false }
        - { uri: "docs://*" }
`;

beforeAll(async () => {
  bench = await startBench();
  files = [
    bench.write('policies.yaml', bench.manifests.policies),
    bench.write('servers.yaml', bench.manifests.servers),
    bench.write('portals.yaml', PORTAL(RULES)),
  ];
  // Cloudflare's API as far as this feature goes: the same answers, without the extension header.
  const target = new URL(bench.portal.baseUrl);
  proxy = createServer((req, res) => {
    const out = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        const { 'mcp-portals-extensions': _dropped, ...headers } = answer.headers;
        res.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(res);
      },
    );
    req.pipe(out);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}${target.pathname}`;
});
afterAll(async () => {
  await new Promise((resolve) => proxy?.close(resolve));
  await bench?.close();
});

const f = () => files.flatMap((p) => ['-f', p]);
const docsRules = async () => {
  const r = await bench.portal.call('GET', `${PORTALS}/eng`);
  return r.body.result.servers.find((s: { server_id: string }) => s.server_id === 'docs')?.updated_resources;
};

describe('resource rules on the embedded portal', () => {
  it('apply writes them; then plan and drift find nothing', async () => {
    const apply = await bench.cli(['apply', ...f(), '--yes']);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(await docsRules()).toEqual([
      { uri: 'docs://internal/*', enabled: false },
      { uri: 'docs://*', enabled: true },
    ]);
    const plan = await bench.cli(['plan', ...f()]);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    const drift = await bench.cli(['drift', ...f()]);
    expect(drift.code, drift.stdout + drift.stderr).toBe(0);
  });

  it('a changed rule shows in the plan', async () => {
    const changed = bench.write(
      'portals-changed.yaml',
      PORTAL(RULES.replace('{ uri: "docs://*" }', '{ uri: "docs://*", enabled: false }')),
    );
    const plan = await bench.cli(['plan', '-f', files[0] as string, '-f', files[1] as string, '-f', changed]);
    expect(plan.code, plan.stdout + plan.stderr).toBe(2);
    expect(plan.stdout).toContain('spec.servers[docs].resources');
    const json = await bench.cli([
      'plan',
      '-f',
      files[0] as string,
      '-f',
      files[1] as string,
      '-f',
      changed,
      '--format',
      'json',
    ]);
    const portal = JSON.parse(json.stdout).resources.find((r: { kind: string }) => r.kind === 'McpPortal');
    expect(portal.changes).toEqual([
      {
        path: 'spec.servers[docs].resources',
        before: [
          { uri: 'docs://internal/*', enabled: false },
          { uri: 'docs://*', enabled: true },
        ],
        after: [
          { uri: 'docs://internal/*', enabled: false },
          { uri: 'docs://*', enabled: false },
        ],
      },
    ]);
  });

  it('a rule edited outside the manifests is drift', async () => {
    const live = (await bench.portal.call('GET', `${PORTALS}/eng`)).body.result;
    const servers = live.servers.map((s: Record<string, unknown>) => ({
      server_id: s.server_id,
      on_behalf: s.on_behalf,
      default_disabled: s.default_disabled,
      ...(s.updated_resources ? { updated_resources: s.updated_resources } : {}),
    }));
    const docs = servers.find((s: { server_id: string }) => s.server_id === 'docs');
    docs.updated_resources = [{ uri: 'docs://*', enabled: true }];
    const put = await bench.portal.call('PUT', `${PORTALS}/eng`, { servers });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const drift = await bench.cli(['drift', ...f()]);
    expect(drift.code, drift.stdout + drift.stderr).toBe(2);
    expect(drift.stdout).toContain('spec.servers[docs].resources');
    const repair = await bench.cli(['apply', ...f(), '--yes']);
    expect(repair.code, repair.stdout + repair.stderr).toBe(0);
    expect((await bench.cli(['drift', ...f()])).code).toBe(0);
  });
});

describe("against Cloudflare's API (no resources extension)", () => {
  const cloudflare = () => ({ CLOUDFLARE_BASE_URL: proxyUrl });

  it('plan and apply refuse with exit 3 at the resources key, naming why, and write nothing', async () => {
    const fresh = bench.write(
      'portals-cf.yaml',
      PORTAL(RULES).replace('name: eng }', 'name: eng2 }').replace('eng.mcp.test', 'eng2.mcp.test'),
    );
    const args = ['-f', files[0] as string, '-f', files[1] as string, '-f', fresh];
    const before = bench.portal.dump();
    const plan = await bench.cli(['plan', ...args], { env: cloudflare() });
    expect(plan.code, plan.stdout + plan.stderr).toBe(3);
    // The docs mapping's `resources:` is line 9, column 7; the metrics mapping's line 16, column 7.
    expect(plan.stdout).toMatch(
      /portals-cf\.yaml:9:7: error target\/resources-unsupported: .*Cloudflare's API has no resources/,
    );
    expect(plan.stdout).toMatch(/portals-cf\.yaml:16:7: error target\/resources-unsupported/);
    const apply = await bench.cli(['apply', ...args, '--yes'], { env: cloudflare() });
    expect(apply.code, apply.stdout + apply.stderr).toBe(3);
    expect(bench.portal.dump()).toEqual(before);
  });

  it('manifests without rules plan as usual there', async () => {
    const plain = bench.write(
      'portals-cf-plain.yaml',
      PORTAL('').replace('      resources: [ { uri: "metrics://*/daily" } ]\n', ''),
    );
    const plan = await bench.cli(['plan', '-f', files[0] as string, '-f', files[1] as string, '-f', plain], {
      env: cloudflare(),
    });
    expect(plan.code, plan.stdout + plan.stderr).toBe(2);
    expect(plan.stdout).toContain('spec.servers[docs].resources');
    expect(plan.stdout).not.toContain('resources-unsupported');
  });
});
