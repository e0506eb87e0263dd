// managementPolicy and deletionPolicy through plan and apply (not only the controller), in process against
// the real embedded portal: an observe-only resource shows its differences and gets no operations, and
// apply leaves it alone; an object whose last applied manifest said orphan survives --prune, with a note;
// the ledger records the policy in its tag and still reads the records written before it existed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestPortal, type TestPortal } from '../../portal/testing/harness.js';
import { ledgerTag, parseLedgerTag, readLedger } from '../ledger.js';
import type { Plan } from '../plan/types.js';
import { inProcessCli } from '../testing/convergence.js';
import { OBSERVE_ONLY_NOTE, ORPHAN_CODE, policyOfManifest } from './policies.js';

const policy = `apiVersion: mcpportal/v1
kind: AccessPolicy
metadata: { name: engineers }
spec:
  decision: allow
  include: [ { emailDomain: example.com } ]
`;
const server = (name: string, description: string, meta = '') => `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: ${name}${meta} }
spec:
  url: https://${name}.example.invalid/mcp
  description: ${description}
  policies: [ engineers ]
`;

let portal: TestPortal;
let dir: string;
beforeEach(async () => {
  portal = await startTestPortal();
  dir = await mkdtemp(join(tmpdir(), 'policies-'));
});
afterEach(async () => {
  await portal?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const env = () => ({
  CLOUDFLARE_BASE_URL: portal.baseUrl,
  CLOUDFLARE_API_TOKEN: portal.apiToken,
  CLOUDFLARE_ACCOUNT_ID: portal.accountId,
  NO_COLOR: '1',
});
async function cli(args: string[], docs: string[]) {
  const path = join(dir, 'm.yaml');
  await writeFile(path, docs.join('---\n'));
  return inProcessCli([...args, '-f', path], env(), dir);
}
const apply = async (docs: string[], args: string[] = []) => {
  const r = await cli(['apply', '--yes', '--no-wait', ...args], docs);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return r;
};
const planJson = async (docs: string[], args: string[] = []) => {
  const r = await cli(['plan', '--format', 'json', ...args], docs);
  return { code: r.code, plan: JSON.parse(r.stdout) as Plan, stderr: r.stderr };
};
const liveServer = async (id: string) =>
  (await portal.call('GET', `/access/ai-controls/mcp/servers/${id}`)).body.result as {
    description?: string;
  } | null;
const tags = async () =>
  ((await portal.call('GET', '/access/tags')).body.result as { name: string }[]).map((t) => t.name);

describe('policyOfManifest', () => {
  it.each([
    { name: 'defaults', metadata: { name: 'a' }, want: undefined },
    {
      name: 'explicit defaults',
      metadata: { name: 'a', managementPolicy: 'full', deletionPolicy: 'delete' },
      want: undefined,
    },
    {
      name: 'observe',
      metadata: { name: 'a', managementPolicy: 'observe' },
      want: { management: 'observe' },
    },
    { name: 'orphan', metadata: { name: 'a', deletionPolicy: 'orphan' }, want: { deletion: 'orphan' } },
  ])('$name', ({ metadata, want }) => {
    expect(policyOfManifest({ metadata })).toEqual(want);
  });
});

describe('ledger records with a deletion policy', () => {
  it('round-trips the orphan suffix and still reads records written before it existed', () => {
    const old = ledgerTag('default', 'McpServer', 'docs', 'a'.repeat(12), 'b'.repeat(12));
    const orphan = ledgerTag(
      'default',
      'McpServer',
      'docs',
      'a'.repeat(12),
      'b'.repeat(12),
      'c'.repeat(12),
      true,
    );
    expect(parseLedgerTag(old)).toMatchObject({ name: 'docs', manifest: 'a'.repeat(12) });
    expect(parseLedgerTag(old)?.deletionPolicy).toBeUndefined();
    expect(parseLedgerTag(orphan)).toMatchObject({ dns: 'c'.repeat(12), deletionPolicy: 'orphan' });
    expect(parseLedgerTag(`${old}~other`)).toBeUndefined();
  });
});

describe('managementPolicy: observe', () => {
  it('plan shows the differences with a note and no operations; apply writes nothing to it', async () => {
    await apply([policy, server('docs', 'first words'), server('wiki', 'wiki words')]);
    const docs = [
      policy,
      server('docs', 'changed words', ', managementPolicy: observe'),
      server('wiki', 'new wiki words'),
    ];
    const { code, plan } = await planJson(docs);
    expect(code).toBe(2);
    const observed = plan.resources.find((r) => r.name === 'docs');
    expect(observed).toMatchObject({ action: 'update', reason: OBSERVE_ONLY_NOTE });
    expect(observed?.changes.map((c) => c.path)).toContain('spec.description');
    expect(plan.operations.filter((op) => op.resource === 'McpServer/docs')).toEqual([]);
    expect(plan.operations.some((op) => op.resource === 'McpServer/wiki')).toBe(true);

    const text = await cli(['plan'], docs);
    expect(text.stdout).toContain(OBSERVE_ONLY_NOTE);
    await apply(docs);
    expect((await liveServer('docs'))?.description).toBe('first words');
    expect((await liveServer('wiki'))?.description).toBe('new wiki words');
    // Its record still says what was last applied for real: drift calls the difference pending, not applied.
    const rec = readLedger(await tags()).get('McpServer/docs')?.[0];
    const before = await tags();
    await apply(docs);
    expect(readLedger(await tags()).get('McpServer/docs')?.[0]).toEqual(rec);
    expect(await tags()).toEqual(before);
  });

  it('an observe-only object that does not exist is not created', async () => {
    const docs = [policy, server('docs', 'words', ', managementPolicy: observe')];
    const { plan } = await planJson(docs);
    expect(plan.resources.find((r) => r.name === 'docs')).toMatchObject({ action: 'create' });
    expect(plan.operations.filter((op) => op.resource === 'McpServer/docs')).toEqual([]);
    await apply(docs);
    expect((await portal.call('GET', '/access/ai-controls/mcp/servers/docs')).status).toBe(404);
  });
});

describe('deletionPolicy: orphan', () => {
  it('--prune keeps an object whose last applied manifest said orphan, and says so', async () => {
    await apply([policy, server('docs', 'words', ', deletionPolicy: orphan'), server('wiki', 'wiki words')]);
    expect(readLedger(await tags()).get('McpServer/docs')?.[0]?.deletionPolicy).toBe('orphan');
    expect(readLedger(await tags()).get('McpServer/wiki')?.[0]?.deletionPolicy).toBeUndefined();

    const { plan } = await planJson([policy], ['--prune']);
    expect(plan.diagnostics.filter((d) => d.code === ORPHAN_CODE).map((d) => d.message)).toEqual([
      expect.stringContaining('McpServer/docs'),
    ]);
    expect(plan.operations.some((op) => op.resource === 'McpServer/docs')).toBe(false);
    expect(plan.operations.some((op) => op.op === 'server.delete' && op.resource === 'McpServer/wiki')).toBe(
      true,
    );

    await apply([policy], ['--prune']);
    expect((await liveServer('docs'))?.description).toBe('words');
    expect((await portal.call('GET', '/access/ai-controls/mcp/servers/wiki')).status).toBe(404);
  });

  it('setting the policy back to delete and applying lets --prune delete it', async () => {
    await apply([policy, server('docs', 'words', ', deletionPolicy: orphan')]);
    expect(readLedger(await tags()).get('McpServer/docs')?.[0]?.deletionPolicy).toBe('orphan');
    await apply([policy, server('docs', 'words', ', deletionPolicy: delete')]);
    expect(readLedger(await tags()).get('McpServer/docs')?.[0]?.deletionPolicy).toBeUndefined();
    await apply([policy], ['--prune']);
    expect((await portal.call('GET', '/access/ai-controls/mcp/servers/docs')).status).toBe(404);
  });
});
