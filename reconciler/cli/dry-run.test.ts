// `portalctl apply --dry-run` end to end (portalctl's `main()` in this process, over real HTTP, against the
// embedded portal with the example upstreams): it prints the exact requests apply would send, in order,
// with secrets as *** and an id a create would produce as `<id of Kind/name>`; it writes nothing (the
// store is byte-for-byte the same); exit 2 when it would write, 0 when not, 3 on bad input; and
// `--target cloudflare` never falls back to the embedded portal.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessCli } from '../testing/convergence.js';
import { type Bench, SECRET_MARKER, startBench } from '../testing/e2e.js';

let bench: Bench;
let files: string[];
let env: Record<string, string>;

beforeAll(async () => {
  bench = await startBench();
  files = [
    bench.write('policies.yaml', bench.manifests.policies),
    bench.write('servers.yaml', bench.manifests.servers),
    bench.write('portals.yaml', bench.manifests.portals),
  ].flatMap((p) => ['-f', p]);
  env = {
    NO_COLOR: '1',
    CLOUDFLARE_API_TOKEN: bench.portal.apiToken,
    CLOUDFLARE_BASE_URL: bench.portal.baseUrl,
    CLOUDFLARE_ACCOUNT_ID: bench.portal.accountId,
    TICKETS_TOKEN: SECRET_MARKER,
  };
});
afterAll(async () => {
  await bench?.close();
});

const cli = (args: string[], over: Record<string, string | undefined> = {}) => {
  const merged = Object.fromEntries(
    Object.entries({ ...env, ...over }).filter((e): e is [string, string] => e[1] !== undefined),
  );
  return inProcessCli(args, merged, bench.dir);
};
const store = () => JSON.stringify(bench.portal.dump());

/** The numbered request lines of a dry run: `POST /accounts/…/access/tags`, reads marked. */
const requestLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => /^\s*\d+\. [A-Z]+ \//.test(l))
    .map((l) => l.trim().replace(/^\d+\. /, ''));
/** The JSON body printed under request number `n` (1-based). */
function bodyOf(stdout: string, n: number): unknown {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => l.trim().startsWith(`${n}. `));
  const body: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (/^\s*\d+\. [A-Z]+ \//.test(l) || !l.startsWith('       ')) break;
    body.push(l);
  }
  return body.length ? JSON.parse(body.join('\n')) : undefined;
}

describe('apply --dry-run', () => {
  it('dry-run:prints-requests: from empty, every write in order, ids to be produced as placeholders, secrets as ***; nothing written', async () => {
    const before = store();
    const r = await cli(['apply', ...files, '--dry-run']);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(store()).toBe(before);
    expect(r.stdout + r.stderr).not.toContain(SECRET_MARKER);
    expect(r.stdout).toMatch(/Dry run against .*: nothing was written/);
    const acct = `/accounts/${bench.portal.accountId}`;
    const lines = requestLines(r.stdout);
    // Policies first, the tag before any app, each app after what it guards.
    expect(lines.slice(0, 2)).toEqual([`POST ${acct}/access/policies`, `POST ${acct}/access/policies`]);
    const index = (line: string) => lines.indexOf(line);
    expect(index(`POST ${acct}/access/tags`)).toBeGreaterThan(-1);
    expect(index(`POST ${acct}/access/tags`)).toBeLessThan(index(`POST ${acct}/access/apps`));
    expect(index(`POST ${acct}/access/ai-controls/mcp/servers`)).toBeLessThan(
      index(`POST ${acct}/access/apps`),
    );
    expect(lines.filter((l) => l === `POST ${acct}/access/apps`)).toHaveLength(4);
    expect(lines.filter((l) => l.startsWith('GET'))).toEqual([]);
    expect(bodyOf(r.stdout, index(`POST ${acct}/access/tags`) + 1)).toEqual({ name: 'mcp-portals:default' });
    // The tickets server's token is masked; the portal app links the policy its create would produce.
    const bodies = lines.map((_, i) => bodyOf(r.stdout, i + 1) as Record<string, unknown> | undefined);
    expect(bodies.find((b) => b?.id === 'tickets')).toMatchObject({
      auth_type: 'bearer',
      auth_credentials: '***',
    });
    expect(bodies.find((b) => b?.type === 'mcp_portal')).toMatchObject({
      domain: 'eng.mcp.test',
      policies: [{ id: '<id of AccessPolicy/engineers>', precedence: 1 }],
      tags: ['mcp-portals:default'],
    });
  });

  it('dry-run:agrees-with-apply: the writes a dry run lists (of a fresh or a saved plan) are the ones apply makes', async () => {
    const dry = await cli(['apply', ...files, '--dry-run']);
    const writes = requestLines(dry.stdout).filter((l) => !l.endsWith('(read)'));
    expect((await cli(['plan', ...files, '--out', 'dry-plan.json'])).code).toBe(2);
    const saved = await cli(['apply', '--plan', 'dry-plan.json', '--dry-run']);
    expect(saved.code, saved.stdout + saved.stderr).toBe(2);
    expect(requestLines(saved.stdout)).toEqual(requestLines(dry.stdout));
    const applied = await cli(['apply', ...files, '--yes', '--no-wait']);
    expect(applied.code, applied.stdout).toBe(0);
    const ok = Number(/(\d+) operation\(s\) succeeded/.exec(applied.stdout)?.[1]);
    // One write per operation (creates here): the dry run listed exactly as many as apply made.
    expect(writes).toHaveLength(ok);
    const again = await cli(['apply', ...files, '--dry-run']);
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toMatch(/apply would send 0 write\(s\)/);
  });

  it('dry-run:read-modify-write: a policy change shows the read of the app, then its full PUT; nothing written', async () => {
    const servers = bench.manifests.servers.replace(
      'policies: [ engineers ]\n---\napiVersion: mcpportal/v1\nkind: McpServer\nmetadata: { name: tickets }',
      'policies: [ bots, engineers ]\n---\napiVersion: mcpportal/v1\nkind: McpServer\nmetadata: { name: tickets }',
    );
    expect(servers).not.toBe(bench.manifests.servers);
    const changed = files.map((f) =>
      f.endsWith('servers.yaml') ? bench.write('servers-2.yaml', servers) : f,
    );
    const before = store();
    const r = await cli(['apply', ...changed, '--dry-run']);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(store()).toBe(before);
    const lines = requestLines(r.stdout);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^GET \/accounts\/[^/]+\/access\/apps\/[^ ]+ {3}\(read\)$/);
    expect(lines[1]).toMatch(/^PUT \/accounts\/[^/]+\/access\/apps\/[^ ]+$/);
    const body = bodyOf(r.stdout, 2) as Record<string, unknown>;
    expect(body).toMatchObject({
      type: 'mcp',
      destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'docs' }],
      tags: ['mcp-portals:default'],
    });
    expect((body.policies as unknown[]).length).toBe(2);
    expect(body).not.toHaveProperty('created_at');
  });

  it('dry-run:missing-secret: exit 3 and nothing sent, as apply', async () => {
    const before = store();
    const r = await cli(['apply', ...files, '--dry-run', '--rotate-credentials'], {
      TICKETS_TOKEN: undefined,
    });
    expect(r.code, r.stdout + r.stderr).toBe(3);
    expect(r.stderr).toMatch(/secrets are missing/);
    expect(requestLines(r.stdout)).toEqual([]);
    expect(store()).toBe(before);
  });

  it('dry-run:rotation-masked: a forced credential send shows *** and never the value', async () => {
    const r = await cli(['apply', ...files, '--dry-run', '--rotate-credentials']);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stdout).toContain('"auth_credentials": "***"');
    expect(r.stdout + r.stderr).not.toContain(SECRET_MARKER);
  });
});

describe('--target cloudflare', () => {
  it('target:cloudflare-no-fallback: without a token it is an error, never the embedded portal', async () => {
    const r = await cli(['apply', ...files, '--dry-run', '--target', 'cloudflare'], {
      CLOUDFLARE_API_TOKEN: undefined,
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/--target cloudflare needs an API token/);
    expect(r.stderr).not.toMatch(/using the embedded portal/);
    expect(existsSync(join(bench.dir, '.portal'))).toBe(false);
  });

  it('target:cloudflare-url: with a token, the dry run reads the API at CLOUDFLARE_BASE_URL', async () => {
    const r = await cli(['apply', ...files, '--dry-run', '--target', 'cloudflare']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`Dry run against ${bench.portal.baseUrl}`);
  });

  it('target:contradiction: --target cloudflare with --local is refused', async () => {
    const r = await cli(['plan', ...files, '--target', 'cloudflare', '--local']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/contradict/);
  });
});
