// What the reconciler sends is what Cloudflare accepts: every request it makes while applying the example
// manifests, the convergence edge cases and a bounded sample of the convergence property's random
// manifest sets (each applied, changed, then pruned to nothing, against the embedded portal) is recorded
// by the API client's `record` option, and each body is checked twice: against its JSON Schema
// (schemas/wire/*) and against the official SDK's params type for the same call, by compiling it with
// `tsc` as an object literal (so a key the SDK does not have is an error at any depth).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AllUpstreams, startAllUpstreams } from '../../examples/upstreams/index.js';
import { startTestPortal } from '../../portal/testing/harness.js';
import { validate } from '../../schemas/registry.js';
import { apply } from '../apply/apply.js';
import { desiredFromManifests, planAgainst } from '../engine.js';
import { secretsOf } from '../kinds/mcp-server/bodies.js';
import { loadManifests } from '../load/index.js';
import { keyResolver } from '../secrets.js';
import { manifestSetArb } from '../testing/arbitrary.js';
import { EDGE_CASES, examplesSet } from '../testing/edge-cases.js';
import {
  type Doc,
  type ManifestSet,
  repoRoot,
  setFromYaml,
  toYaml,
  type UpstreamUrls,
} from '../testing/manifest-sets.js';
import { ApiClient, type RecordedRequest } from './client.js';
import { PortalApi } from './endpoints.js';
import { routeOf, SDK_IMPORTS } from './wire-routes.js';

const TOKEN = 'tk-recorded-0123456789';
const SAMPLE = Number(process.env.RECORDED_SAMPLE ?? 12);
const SEED = 20_261_203;

interface Sent extends RecordedRequest {
  /** Which manifest set and step sent it, for messages. */
  where: string;
}

// ---------------------------------------------------------------------------------------------------
// The two checks
// ---------------------------------------------------------------------------------------------------

/** Problems of one request with its JSON Schema (or with its route: a request Cloudflare has no call for). */
function schemaProblems(r: RecordedRequest): string[] {
  const route = routeOf(r.method, r.path, r.body);
  if (!route) return [`no Cloudflare API call is ${r.method} ${r.path}`];
  if (!route.schema) return r.body === undefined ? [] : ['a body where the API call takes none'];
  const v = validate(route.schema, r.body);
  return v.ok ? [] : v.errors.map((e) => `${route.schema}: ${e.instancePath || '/'} ${e.message}`);
}

/**
 * Compiles every body as an object literal of its SDK params type (`account_id` added: it is the path
 * parameter) in one program, and returns the type errors per request. One line per request, so a
 * diagnostic's line names its request.
 */
function sdkProblems(requests: readonly RecordedRequest[]): string[][] {
  const typed = requests.map((r) => routeOf(r.method, r.path, r.body)?.sdkParams);
  const lines = requests.map((r, i) =>
    typed[i]
      ? `export const r${i}: ${typed[i]} = ${JSON.stringify({ account_id: 'acc', ...(r.body as object) })};`
      : `// r${i}: no body`,
  );
  const text = [...SDK_IMPORTS, ...lines].join('\n');
  const file = join(repoRoot(), 'reconciler', 'api', '__recorded-requests__.ts');
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, lang, ...rest) =>
    name === file ? ts.createSourceFile(name, text, lang) : getSourceFile.call(host, name, lang, ...rest);
  host.fileExists = (name) => name === file || fileExists.call(host, name);
  host.readFile = (name) => (name === file ? text : readFile.call(host, name));
  const program = ts.createProgram([file], options, host);
  const out: string[][] = requests.map(() => []);
  for (const d of ts.getPreEmitDiagnostics(program, program.getSourceFile(file))) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) throw new Error(`SDK check: ${message}`);
    const line = d.file.getLineAndCharacterOfPosition(d.start).line - SDK_IMPORTS.length;
    const slot = out[line];
    if (!slot) throw new Error(`SDK check (imports): ${message}`);
    slot.push(`${typed[line]}: ${message.split('\n').slice(0, 4).join(' / ')}`);
  }
  return out;
}

/**
 * A request as the SDK check sees it: without portal mappings' `updated_resources`, the embedded portal's
 * extension, which the reconciler sends only to an API that announces it (these recordings run against the
 * embedded portal; against Cloudflare, plan refuses rules and sends none: mcp-portal/resources.test.ts).
 * The schema check still sees the whole body.
 */
function withoutExtension(r: Sent): Sent {
  const body = r.body as { servers?: unknown } | undefined;
  if (!Array.isArray(body?.servers)) return r;
  const servers = body.servers.map((m: Record<string, unknown>) => {
    const { updated_resources: _extension, ...rest } = m;
    return rest;
  });
  return { ...r, body: { ...body, servers } };
}

/** Both checks over a list of requests: one line per problem, naming where the request came from. */
function problemsOf(sent: readonly Sent[]): string[] {
  const sdk = sdkProblems(sent.map(withoutExtension));
  return sent.flatMap((r, i) =>
    [...schemaProblems(r), ...(sdk[i] ?? [])].map(
      (p) => `${r.where}: ${r.method} ${r.path} ${JSON.stringify(r.body)}\n    ${p}`,
    ),
  );
}

// ---------------------------------------------------------------------------------------------------
// Recording: apply a set, a changed revision of it, then nothing (prune), against a fresh portal
// ---------------------------------------------------------------------------------------------------

/** Every object's owned fields changed: policies reordered, descriptions, a policy's session. */
function changed(set: ManifestSet): ManifestSet {
  const docs = set.docs.map((d): Doc => {
    const spec = { ...d.spec };
    if (Array.isArray(spec.policies)) spec.policies = [...spec.policies].reverse();
    if (d.kind === 'AccessPolicy') spec.sessionDuration = spec.sessionDuration === '12h' ? '6h' : '12h';
    if (d.kind === 'McpServer' || d.kind === 'McpPortal') spec.description = 'changed for the recording';
    return { ...d, spec };
  });
  return { ...set, docs };
}

async function record(name: string, set: ManifestSet): Promise<Sent[]> {
  const portal = await startTestPortal();
  const dir = await mkdtemp(join(tmpdir(), 'recorded-'));
  const sent: Sent[] = [];
  let where = name;
  const client = new ApiClient({
    baseUrl: portal.baseUrl,
    accountId: portal.accountId,
    token: portal.apiToken,
    record: (r) => sent.push({ ...r, where }),
  });
  const api = new PortalApi(client);
  const target = { api_url: portal.baseUrl, account_id: portal.accountId, embedded: false };
  const applySet = async (step: string, s: ManifestSet | undefined) => {
    where = `${name} (${step})`;
    let desired: ReturnType<typeof desiredFromManifests> = [];
    if (s) {
      for (const [path, value] of Object.entries(s.files)) await writeFile(join(dir, path), value);
      await writeFile(join(dir, 'all.yaml'), toYaml(s));
      const loaded = await loadManifests([join(dir, 'all.yaml')], { cwd: dir });
      if (loaded.failed)
        throw new Error(`${where}: the set does not load: ${JSON.stringify(loaded.diagnostics)}`);
      desired = desiredFromManifests(loaded.manifests, s.env);
    }
    const { plan } = await planAgainst(api, desired, { target, owner: 'default', prune: true });
    const secrets = keyResolver(
      s?.env ?? {},
      dir,
      desired.flatMap((d) => secretsOf(d.secrets)),
    );
    const result = await apply(plan, api, { secrets });
    const failed = result.failed.map((f) => `${f.id}: ${f.error?.message}`);
    if (failed.length) throw new Error(`${where}: apply failed:\n${failed.join('\n')}`);
  };
  try {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, 'secrets'), { recursive: true });
    if (set.first) await applySet('first revision', set.first);
    await applySet('apply', set);
    await applySet('changed', changed(set));
    await applySet('prune all', undefined);
    return sent;
  } finally {
    await client.close();
    await portal.close();
    await rm(dir, { recursive: true, force: true });
  }
}

let upstreams: AllUpstreams;
let urls: UpstreamUrls;
beforeAll(async () => {
  upstreams = await startAllUpstreams({ ticketsToken: TOKEN });
  urls = { docs: upstreams.docs.url, tickets: upstreams.tickets.url, paged: upstreams.paged.url };
});
afterAll(async () => {
  await upstreams?.close();
});

/** `METHOD route` of each write, for coverage: what kinds of bodies the run actually checked. */
const routesOf = (sent: readonly Sent[]) =>
  new Set(
    sent
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${routeOf(r.method, r.path, r.body)?.sdkMethod ?? r.path}`),
  );

describe('every request the reconciler sends fits the JSON Schemas and the official SDK', () => {
  it('the example manifests and the convergence edge cases: applied, changed, pruned', async () => {
    const sets: [string, ManifestSet][] = [
      ['examples/manifests', await examplesSet(urls, TOKEN)],
      ...EDGE_CASES.map((c): [string, ManifestSet] => [c.name, setFromYaml(c.yaml, urls, TOKEN, c.first)]),
    ];
    const sent: Sent[] = [];
    for (const [name, set] of sets) sent.push(...(await record(name, set)));
    expect(problemsOf(sent)).toEqual([]);
    // Not vacuous: every kind of write was made, and checked.
    expect([...routesOf(sent)].sort()).toEqual(
      expect.arrayContaining([
        'POST zeroTrust.access.tags.create',
        'POST zeroTrust.access.policies.create',
        'PUT zeroTrust.access.policies.update',
        'DELETE zeroTrust.access.policies.delete',
        'POST zeroTrust.access.aiControls.mcp.servers.create',
        'PUT zeroTrust.access.aiControls.mcp.servers.update',
        'DELETE zeroTrust.access.aiControls.mcp.servers.delete',
        'POST zeroTrust.access.aiControls.mcp.portals.create',
        'PUT zeroTrust.access.aiControls.mcp.portals.update',
        'DELETE zeroTrust.access.aiControls.mcp.portals.delete',
        'POST zeroTrust.access.applications.create',
        'PUT zeroTrust.access.applications.update',
        'DELETE zeroTrust.access.applications.delete',
      ]),
    );
  }, 180_000);

  it(`a sample of ${SAMPLE} random manifest sets of the convergence property: applied, changed, pruned`, async () => {
    const sets = fc.sample(manifestSetArb(urls, TOKEN), { seed: SEED, numRuns: SAMPLE });
    const sent: Sent[] = [];
    for (const [i, set] of sets.entries()) sent.push(...(await record(`random set ${i + 1}`, set)));
    expect(problemsOf(sent)).toEqual([]);
    expect(sent.filter((r) => r.body !== undefined).length).toBeGreaterThan(sets.length);
    expect([...routesOf(sent)]).toEqual(
      expect.arrayContaining([
        'PUT zeroTrust.access.applications.update',
        'POST zeroTrust.access.groups.create',
      ]),
    );
  }, 300_000);

  it.each([
    {
      name: 'a rule key Cloudflare does not have',
      reason: 'azure_ad is the old snake-case spelling; Cloudflare and the SDK use azureAD',
      request: {
        method: 'POST',
        path: '/accounts/a/access/policies',
        body: {
          name: 'p',
          decision: 'allow',
          include: [{ azure_ad: { id: 'g', identity_provider_id: 'i' } }],
        },
      },
    },
    {
      name: 'a nested key the SDK lacks',
      reason: 'a portal mapping has no `alias`: overrides go in updated_tools',
      request: {
        method: 'PUT',
        path: '/accounts/a/access/ai-controls/mcp/portals/p',
        body: { servers: [{ server_id: 's', alias: 'x' }] },
      },
    },
    {
      name: 'a wrong type',
      reason: 'a tag name is a string',
      request: { method: 'POST', path: '/accounts/a/access/tags', body: { name: 42 } },
    },
  ])('the checks bite: $name', ({ reason, request }) => {
    const sent = { ...request, query: {}, sent: true, where: 'hand-made' } as Sent;
    expect(schemaProblems(sent), reason).not.toEqual([]);
    expect(sdkProblems([sent])[0], reason).not.toEqual([]);
  });

  it('a request Cloudflare has no call for is a problem', () => {
    expect(
      schemaProblems({ method: 'PATCH', path: '/accounts/a/access/apps/x', query: {}, sent: true }),
    ).toEqual(['no Cloudflare API call is PATCH /accounts/a/access/apps/x']);
  });
});
