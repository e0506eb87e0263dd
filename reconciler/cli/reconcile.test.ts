// End to end: `portalctl plan / apply / drift / status / sync / import` as a user runs them, in a child
// process, against the embedded portal over real HTTP with real upstream MCP servers and real syncs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bench, SECRET_MARKER, startBench } from '../testing/e2e.js';

let bench: Bench;
let files: string[];

beforeAll(async () => {
  bench = await startBench();
  files = [
    bench.write('policies.yaml', bench.manifests.policies),
    bench.write('servers.yaml', bench.manifests.servers),
    bench.write('portals.yaml', bench.manifests.portals),
  ];
});
afterAll(async () => {
  await bench?.close();
});

const f = () => files.flatMap((p) => ['-f', p]);
const count = async (path: string) =>
  (await bench.portal.call('GET', `${path}?per_page=100`)).body.result.length;

describe('portalctl against the embedded portal', () => {
  it('creates everything from empty, waits for Ready and prints the status table', async () => {
    const plan = await bench.cli(['plan', ...f()]);
    expect(plan.code, plan.stderr).toBe(2);
    expect(plan.stdout).toMatch(/6 to create/);
    const apply = await bench.cli(['apply', ...f(), '--yes']);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(apply.stdout).toMatch(/McpServer\s*│\s*docs\s*│\s*Ready/);
    expect(apply.stdout).toMatch(/McpServer\s*│\s*tickets\s*│\s*Ready/);
    expect(apply.stdout).toMatch(/McpPortal\s*│\s*eng\s*│\s*Ready/);
    expect(await count('/access/ai-controls/mcp/servers')).toBe(3);
    expect(await count('/access/apps')).toBe(4);
  });

  it('plans no changes right after an apply, and a second apply changes nothing', async () => {
    const plan = await bench.cli(['plan', ...f(), '--format', 'json']);
    expect(plan.code, plan.stdout).toBe(0);
    const doc = JSON.parse(plan.stdout);
    expect(doc.summary).toMatchObject({ create: 0, update: 0, replace: 0, delete: 0 });
    const before = bench.portal.dump();
    const again = await bench.cli(['apply', ...f(), '--yes']);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    const after = bench.portal.dump();
    expect(after.servers?.map((s) => (s as { modified_at: string }).modified_at)).toEqual(
      before.servers?.map((s) => (s as { modified_at: string }).modified_at),
    );
  });

  it('detects a rotated credential by fingerprint, without revealing either value', async () => {
    const same = await bench.cli(['plan', ...f(), '--format', 'json']);
    expect(same.code, same.stdout).toBe(0);
    const rotated = await bench.cli(['plan', ...f(), '--format', 'json'], {
      env: { TICKETS_TOKEN: 'rotated-token-9876' },
    });
    expect(rotated.code).toBe(2);
    const tickets = JSON.parse(rotated.stdout).resources.find((r: { name: string }) => r.name === 'tickets');
    expect(tickets).toMatchObject({
      action: 'update',
      changes: [{ path: 'spec.credentials.value', before: '(sensitive)', after: '(sensitive)' }],
      sendCredentials: true,
    });
    expect(rotated.stdout).not.toContain('rotated-token-9876');
    expect(rotated.stdout).not.toContain(SECRET_MARKER);
  });

  it('updates a field in place and shows the field diff', async () => {
    files[1] = bench.write(
      'servers.yaml',
      bench.manifests.servers.replace('description: the docs', 'description: product docs'),
    );
    const plan = await bench.cli(['plan', ...f()]);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('spec.description');
    expect(plan.stdout).toMatch(/"the docs"\s*->\s*"product docs"/);
    expect((await bench.cli(['apply', ...f(), '--yes'])).code).toBe(0);
    expect((await bench.cli(['plan', ...f()])).code).toBe(0);
  });

  it('detects an out-of-band edit as drift, and apply repairs it', async () => {
    await bench.portal.call('PUT', '/access/ai-controls/mcp/servers/docs', { description: 'edited by hand' });
    const drift = await bench.cli(['drift', ...f(), '--format', 'json']);
    expect(drift.code).toBe(2);
    const report = JSON.parse(drift.stdout);
    expect(report.items).toEqual([
      {
        kind: 'McpServer',
        name: 'docs',
        class: 'changed',
        origin: 'drift',
        changes: [{ path: 'spec.description', before: 'edited by hand', after: 'product docs' }],
      },
    ]);
    expect((await bench.cli(['apply', ...f(), '--yes'])).code).toBe(0);
    expect((await bench.cli(['drift', ...f()])).code).toBe(0);
  });

  it('refuses a saved plan when the live state moved, and applies it when it did not', async () => {
    files[1] = bench.write(
      'servers.yaml',
      bench.manifests.servers.replace('description: the docs', 'description: v3'),
    );
    const planned = await bench.cli(['plan', ...f(), '--out', 'plan.json']);
    expect(planned.code).toBe(2);
    await bench.portal.call('PUT', '/access/ai-controls/mcp/servers/metrics', { description: 'moved' });
    const stale = await bench.cli(['apply', ...f(), '--plan', 'plan.json', '--yes']);
    expect(stale.code).toBe(3);
    expect(stale.stderr).toMatch(/live state changed/);
    expect(
      (await bench.portal.call('GET', '/access/ai-controls/mcp/servers/docs')).body.result.description,
    ).toBe('product docs');
    expect((await bench.cli(['plan', ...f(), '--out', 'plan.json'])).code).toBe(2);
    const fresh = await bench.cli(['apply', ...f(), '--plan', 'plan.json', '--yes']);
    expect(fresh.code, fresh.stdout + fresh.stderr).toBe(0);
    expect((await bench.cli(['plan', ...f()])).code).toBe(0);
  });

  it('replaces a server whose url changes, keeping it in its portal', async () => {
    const url = bench.upstreams.paged.url;
    files[1] = bench.write(
      'servers.yaml',
      readFileSync(files[1] as string, 'utf8').replace(url, url.replace('127.0.0.1', 'localhost')),
    );
    const plan = await bench.cli(['plan', ...f(), '--format', 'json']);
    const doc = JSON.parse(plan.stdout);
    const metrics = doc.resources.find((r: { name: string }) => r.name === 'metrics');
    expect(metrics).toMatchObject({ action: 'replace', replaceFields: ['spec.url'], detachFrom: ['eng'] });
    const apply = await bench.cli(['apply', ...f(), '--yes']);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    const portal = (await bench.portal.call('GET', '/access/ai-controls/mcp/portals/eng')).body.result;
    expect(portal.servers.map((s: { server_id: string }) => s.server_id)).toEqual([
      'docs',
      'metrics',
      'tickets',
    ]);
    expect((await bench.cli(['plan', ...f()])).code).toBe(0);
  });

  it('never deletes what is not in the manifests without --prune, and never prunes what it does not own', async () => {
    await bench.portal.call('POST', '/access/ai-controls/mcp/servers', {
      id: 'handmade',
      name: 'Made by hand',
      hostname: bench.upstreams.docs.url,
      auth_type: 'unauthenticated',
    });
    const withoutMetrics = readFileSync(files[1] as string, 'utf8')
      .split('---\n')
      .slice(0, 2)
      .join('---\n');
    files[1] = bench.write('servers.yaml', withoutMetrics);
    files[2] = bench.write('portals.yaml', bench.manifests.portals.replace('    - server: metrics\n', ''));
    const plan = await bench.cli(['plan', ...f(), '--format', 'json']);
    const doc = JSON.parse(plan.stdout);
    expect(doc.summary.delete).toBe(0);
    expect(doc.unmanaged).toEqual(
      expect.arrayContaining([
        { kind: 'McpServer', name: 'metrics', id: 'metrics', owned: true },
        { kind: 'McpServer', name: 'handmade', id: 'handmade', owned: false },
      ]),
    );
    const pruned = await bench.cli(['apply', ...f(), '--prune', '--yes']);
    expect(pruned.code, pruned.stdout + pruned.stderr).toBe(0);
    expect(pruned.stdout).toMatch(/McpServer\/metrics: delete/);
    const ids = (await bench.portal.call('GET', '/access/ai-controls/mcp/servers')).body.result.map(
      (s: { id: string }) => s.id,
    );
    expect(ids).toEqual(['docs', 'handmade', 'tickets']);
  });

  it('imports live objects into manifests that plan with no changes', async () => {
    const imported = await bench.cli([
      'import',
      '-o',
      'imported',
      '--kind',
      'AccessPolicy',
      '--kind',
      'McpPortal',
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    const servers = await bench.cli(['import', '--kind', 'McpServer']);
    bench.write('imported/servers.yaml', servers.stdout);
    const plan = await bench.cli(['plan', '-f', 'imported', '--format', 'json']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(JSON.parse(plan.stdout).summary).toMatchObject({ create: 0, update: 0, replace: 0, delete: 0 });
  });

  it('reports status as a table, JSON, and manifests with a status block', async () => {
    const json = await bench.cli(['status', ...f(), '-o', 'json']);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout).resources;
    expect(rows.find((r: { name: string }) => r.name === 'tickets')).toMatchObject({
      kind: 'McpServer',
      phase: 'Ready',
      reason: 'Synced',
      tools: 3,
    });
    const yaml = await bench.cli(['status', ...f(), '-o', 'yaml']);
    expect(yaml.stdout, yaml.stdout).toMatch(
      /kind: McpServer\nmetadata:\n {2}name: docs\n[\s\S]*status:\n {2}phase: Ready/,
    );
  });

  it('syncs named servers on demand', async () => {
    const r = await bench.cli(['sync', 'docs', 'tickets', '--wait']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/docs\s*│\s*Ready/);
  });

  it('never shows a secret in any output', async () => {
    const outputs = await Promise.all([
      bench.cli(['plan', ...f(), '--rotate-credentials']),
      bench.cli(['plan', ...f(), '--rotate-credentials', '--format', 'json', '--out', 'secret-plan.json']),
      bench.cli(['plan', ...f(), '--rotate-credentials', '--format', 'markdown']),
      bench.cli(['plan', ...f(), '--rotate-credentials', '--format', 'github']),
      bench.cli(['drift', ...f(), '--format', 'json']),
      bench.cli(['status', '-o', 'json']),
      bench.cli(['import']),
      bench.cli(['apply', ...f(), '--rotate-credentials', '--yes']),
    ]);
    for (const o of outputs) expect(o.stdout + o.stderr).not.toContain(SECRET_MARKER);
    expect(readFileSync(join(bench.dir, 'secret-plan.json'), 'utf8')).not.toContain(SECRET_MARKER);
    expect(outputs[0]?.stdout).toContain('(sensitive)');
  });
});

describe('exit codes', () => {
  it('3 on invalid input, with nothing sent to the API', async () => {
    const bad = bench.write(
      'bad.yaml',
      'apiVersion: mcpportal/v1\nkind: McpServer\nmetadata: { name: x }\nspec: {}\n',
    );
    const before = bench.portal.dump();
    for (const cmd of ['plan', 'apply', 'drift']) {
      const r = await bench.cli([cmd, '-f', bad, '--yes'].filter((a) => cmd === 'apply' || a !== '--yes'));
      expect(r.code, cmd).toBe(3);
      expect(r.stderr).toContain('schema/required');
    }
    expect(bench.portal.dump()).toEqual(before);
  });

  it('3 when a secret apply needs is missing, before anything is sent', async () => {
    const before = bench.portal.dump();
    const r = await bench.cli(['apply', ...f(), '--rotate-credentials', '--yes'], {
      env: { TICKETS_TOKEN: '' },
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/TICKETS_TOKEN is not set/);
    expect(bench.portal.dump()).toEqual(before);
  });

  it('4 on a wrong API token', async () => {
    const r = await bench.cli(['plan', ...f()], { env: { CLOUDFLARE_API_TOKEN: 'wrong' } });
    expect(r.code).toBe(4);
  });

  it('3 without --yes when not on a terminal, with nothing changed', async () => {
    files[1] = bench.write(
      'servers.yaml',
      readFileSync(files[1] as string, 'utf8').replace('description: v3', 'description: v4'),
    );
    const before = bench.portal.dump();
    const r = await bench.cli(['apply', ...f()]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/--yes/);
    expect(bench.portal.dump()).toEqual(before);
  });
});
