// Drift that tells the truth, in process against the real embedded portal: after apply, a manifest edit
// not yet applied (and a rotated secret) is `pending` and exits 0 unless --include-pending; an edit made
// outside the manifests is `drift` (exit 2); both at once is `both`; an object without a last-applied
// record is counted as drift; two --owner values sharing one account list each other's objects apart.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestPortal, type TestPortal } from '../portal/testing/harness.js';
import { ApiClient, type RecordedRequest } from './api/client.js';
import { PortalApi } from './api/endpoints.js';
import { type DriftReport, driftReport } from './drift.js';
import { desiredFromManifests, planAgainst } from './engine.js';
import { readLedger } from './ledger.js';
import { loadManifests } from './load/index.js';
import { observe, snapshotDigest } from './observe.js';
import { plan as makePlan } from './plan/plan.js';
import { inProcessCli } from './testing/convergence.js';

const policy = (name: string, domain = 'example.com') => `apiVersion: mcpportal/v1
kind: AccessPolicy
metadata: { name: ${name} }
spec:
  decision: allow
  include: [ { emailDomain: ${domain} } ]
`;
const server = (name: string, opts: { description?: string; policy?: string; token?: boolean } = {}) =>
  `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: ${name} }
spec:
  url: https://${name}.example.invalid/mcp
  description: ${opts.description ?? 'the first words'}
${opts.token ? '  auth: { type: bearer, token: { fromEnv: DOCS_TOKEN } }\n' : ''}  policies: [ ${opts.policy ?? 'engineers'} ]
`;

let portal: TestPortal;
let dir: string;
beforeEach(async () => {
  portal = await startTestPortal();
  dir = await mkdtemp(join(tmpdir(), 'drift-origin-'));
});
afterEach(async () => {
  await portal?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const env = (extra: Record<string, string> = {}) => ({
  CLOUDFLARE_BASE_URL: portal.baseUrl,
  CLOUDFLARE_API_TOKEN: portal.apiToken,
  CLOUDFLARE_ACCOUNT_ID: portal.accountId,
  DOCS_TOKEN: 'first-token-value',
  NO_COLOR: '1',
  ...extra,
});
async function cli(args: string[], docs: string[], extra: Record<string, string> = {}, file = 'm.yaml') {
  const path = join(dir, file);
  await writeFile(path, docs.join('---\n'));
  return inProcessCli([...args, '-f', path], env(extra), dir);
}
const drift = async (docs: string[], args: string[] = [], extra: Record<string, string> = {}) => {
  const r = await cli(['drift', '--format', 'json', ...args], docs, extra);
  return { code: r.code, report: JSON.parse(r.stdout) as DriftReport, stderr: r.stderr };
};
const apply = async (docs: string[], args: string[] = [], extra: Record<string, string> = {}) => {
  const r = await cli(['apply', '--yes', '--no-wait', ...args], docs, extra);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return r;
};
const tags = async () =>
  ((await portal.call('GET', '/access/tags')).body.result as { name: string }[]).map((t) => t.name);
const editServer = (id: string, body: Record<string, unknown>) =>
  portal.call('PUT', `/access/ai-controls/mcp/servers/${id}`, body);

describe('drift origin', () => {
  it('records what was applied, one tag per object, and drift is empty right after apply', async () => {
    const docs = [policy('engineers'), server('docs')];
    await apply(docs);
    const ledger = readLedger(await tags());
    expect([...ledger.keys()].sort()).toEqual(['AccessPolicy/engineers', 'McpServer/docs']);
    const d = await drift(docs);
    expect(d.code).toBe(0);
    expect(d.report).toMatchObject({ drifted: false, pending: false, items: [], others: [] });
    // A second apply with nothing to do writes no record again (the tag names are unchanged).
    const before = await tags();
    await apply(docs);
    expect(await tags()).toEqual(before);
  });

  it('a manifest edit not yet applied is pending: exit 0, or 2 with --include-pending; apply clears it', async () => {
    await apply([policy('engineers'), server('docs')]);
    const edited = [policy('engineers'), server('docs', { description: 'new words' })];
    const d = await drift(edited);
    expect(d.code).toBe(0);
    expect(d.report.items).toEqual([
      expect.objectContaining({ kind: 'McpServer', name: 'docs', class: 'changed', origin: 'pending' }),
    ]);
    expect(d.report).toMatchObject({ drifted: false, pending: true });
    expect((await drift(edited, ['--include-pending'])).code).toBe(2);
    const text = await cli(['drift'], edited);
    expect(text.stdout).toMatch(/^pending\s+McpServer\/docs: manifest changed since the last apply$/m);
    expect(text.stdout).toMatch(
      /No drift: the live state is as last applied; 1 manifest change\(s\) not applied/,
    );
    await apply(edited);
    expect((await drift(edited, ['--include-pending'])).code).toBe(0);
  });

  it('an edit outside the manifests is drift (exit 2); with a manifest edit too it is both', async () => {
    const docs = [policy('engineers'), server('docs')];
    await apply(docs);
    expect((await editServer('docs', { description: 'edited in the dashboard' })).status).toBe(200);
    const d = await drift(docs);
    expect(d.code).toBe(2);
    expect(d.report.items).toEqual([
      expect.objectContaining({ name: 'docs', class: 'changed', origin: 'drift' }),
    ]);
    expect((await cli(['drift'], docs)).stdout).toMatch(
      /^drift\s+McpServer\/docs: edited outside the manifests$/m,
    );
    const both = await drift([policy('engineers'), server('docs', { description: 'new words' })]);
    expect(both.code).toBe(2);
    expect(both.report.items).toEqual([expect.objectContaining({ name: 'docs', origin: 'both' })]);
  });

  it('a rotated secret is pending; a credential written outside the manifests is drift', async () => {
    const docs = [policy('engineers'), server('docs', { token: true })];
    await apply(docs);
    const rotated = await drift(docs, [], { DOCS_TOKEN: 'second-token-value' });
    expect(rotated.code).toBe(0);
    expect(rotated.report.items).toEqual([
      expect.objectContaining({ name: 'docs', class: 'changed', origin: 'pending' }),
    ]);
    expect(JSON.stringify(rotated.report)).not.toContain('token-value');
    expect(
      (await editServer('docs', { auth_type: 'bearer', auth_credentials: 'someone-elses-token' })).status,
    ).toBe(200);
    const edited = await drift(docs);
    expect(edited.code).toBe(2);
    expect(edited.report.items).toEqual([expect.objectContaining({ name: 'docs', origin: 'drift' })]);
  });

  it('missing and unmanaged objects: new in the manifests or removed from them is pending, made or deleted outside is drift', async () => {
    await apply([policy('engineers'), server('docs'), server('wiki')]);
    // wiki leaves the manifests (pending delete), search joins them (pending create).
    const next = [policy('engineers'), server('docs'), server('search')];
    const d = await drift(next);
    expect(d.code).toBe(0);
    expect(d.report.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'search', class: 'missing', origin: 'pending' }),
        expect.objectContaining({ name: 'wiki', class: 'unmanaged', origin: 'pending', owned: true }),
      ]),
    );
    expect((await cli(['drift'], next)).stdout).toMatch(
      /^pending\s+McpServer\/wiki: removed from the manifests since the last apply: apply --prune deletes it$/m,
    );
    // docs deleted outside the manifests; another server created outside them.
    expect((await portal.call('DELETE', '/access/ai-controls/mcp/servers/docs')).status).toBe(200);
    expect(
      (
        await portal.call('POST', '/access/ai-controls/mcp/servers', {
          id: 'theirs',
          name: 'theirs',
          hostname: 'https://theirs.example.invalid/mcp',
          auth_type: 'unauthenticated',
        })
      ).status,
    ).toBe(201);
    const after = await drift(next);
    expect(after.code).toBe(2);
    expect(after.report.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'docs', class: 'missing', origin: 'drift' }),
        expect.objectContaining({ name: 'theirs', class: 'unmanaged', origin: 'drift' }),
      ]),
    );
    // Prune removes wiki and its record.
    await apply(next, ['--prune']);
    expect([...readLedger(await tags()).keys()].sort()).toEqual([
      'AccessPolicy/engineers',
      'McpServer/docs',
      'McpServer/search',
    ]);
  });

  it('without a record (applied by an older version) a difference counts as drift', async () => {
    const docs = [policy('engineers'), server('docs')];
    await apply(docs);
    for (const t of await tags())
      if (t.includes('@'))
        expect((await portal.call('DELETE', `/access/tags/${encodeURIComponent(t)}`)).status).toBe(200);
    const d = await drift([policy('engineers'), server('docs', { description: 'new words' })]);
    expect(d.code).toBe(2);
    expect(d.report.items).toEqual([expect.objectContaining({ name: 'docs', origin: 'unknown' })]);
  });

  it('two owners in one account: each lists the other’s objects apart and exits 0', async () => {
    const a = [policy('engineers'), server('docs')];
    const b = [policy('support', 'support.example.com'), server('tickets', { policy: 'support' })];
    await apply(a, ['--owner', 'team-a']);
    await apply(b, ['--owner', 'team-b']);
    const da = await drift(a, ['--owner', 'team-a']);
    expect(da.code, JSON.stringify(da.report)).toBe(0);
    expect(da.report.items).toEqual([]);
    expect(da.report.others).toEqual(
      expect.arrayContaining([
        { kind: 'AccessPolicy', name: 'support', owners: ['team-b'] },
        { kind: 'McpServer', name: 'tickets', owners: ['team-b'] },
      ]),
    );
    const db = await drift(b, ['--owner', 'team-b']);
    expect(db.code).toBe(0);
    expect(db.report.others.map((o) => o.name).sort()).toEqual(['docs', 'engineers']);
    const text = await cli(['drift', '--owner', 'team-a'], a);
    expect(text.stdout).toMatch(
      /Managed by other owners \(not drift\):\n {2}AccessPolicy\/support \(owner team-b\)/,
    );
    // A plan of one owner never proposes to touch the other's objects, even with --prune.
    const plan = await cli(['plan', '--owner', 'team-a', '--prune'], a);
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.stdout).toMatch(/McpServer\/tickets: managed by owner team-b; never deleted/);
  });

  it('a plan reads the ledger only when it can depend on it, and is then what a full read plans', async () => {
    const docs = [policy('engineers'), server('docs')];
    await apply(docs);
    const sent: RecordedRequest[] = [];
    const api = new PortalApi(
      new ApiClient({
        baseUrl: portal.baseUrl,
        accountId: portal.accountId,
        token: portal.apiToken,
        record: (r) => sent.push(r),
      }),
    );
    const target = { api_url: portal.baseUrl, account_id: portal.accountId, embedded: false };
    const planned = async (texts: string[]) => {
      await writeFile(join(dir, 'p.yaml'), texts.join('---\n'));
      const loaded = await loadManifests([join(dir, 'p.yaml')], { cwd: dir, env: env() });
      const desired = desiredFromManifests(loaded.manifests, env());
      sent.length = 0;
      const run = await planAgainst(api, desired, { target, owner: 'default' });
      const readTags = sent.some((r) => r.method === 'GET' && r.path.endsWith('/access/tags'));
      // The same plan from a snapshot read in full, tags and all, at the same moment.
      const full = await observe(api, { owner: 'default', desired });
      const again = makePlan(desired, full, { target, owner: 'default', digest: snapshotDigest(full) });
      // The digest also says what was not read (no group here): that of a read as plan reads.
      const strip = ({ created_at: _c, api_calls: _a, observed_digest: _d, ...p }: typeof again) => p;
      expect(strip(run.plan)).toEqual(strip(again));
      const related = await observe(api, { owner: 'default', desired, scope: 'related' });
      expect(related.unread).toEqual(['AccessGroup']);
      expect(run.plan.observed_digest).toBe(snapshotDigest(related));
      return { ...run, readTags, drift: driftReport(run.plan, run.snapshot, desired) };
    };

    // Nothing to do: no tags are read (at 1,300 objects, 14 of 39 list pages).
    const quiet = await planned(docs);
    expect(quiet.readTags).toBe(false);
    expect(quiet.snapshot.tags).toBeUndefined();
    expect(quiet.drift.items).toEqual([]);

    // A manifest edit: the ledger is read, and tells the edit apart from drift.
    const edited = await planned([policy('engineers'), server('docs', { description: 'new words' })]);
    expect(edited.readTags).toBe(true);
    expect(edited.drift.items).toEqual([expect.objectContaining({ name: 'docs', origin: 'pending' })]);

    // An object no manifest names (its record says it is ours, removed from the manifests): read too.
    const removed = await planned([policy('engineers')]);
    expect(removed.readTags).toBe(true);
    expect(removed.drift.items).toEqual([
      expect.objectContaining({ name: 'docs', class: 'unmanaged', origin: 'pending' }),
    ]);
  });

  it('an owner name that cannot be part of a tag is refused', async () => {
    const r = await cli(['drift', '--owner', 'a:b'], [policy('engineers')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/is not an owner name/);
  });
});
