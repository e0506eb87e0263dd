// End to end, what users expect of apply and status beyond a plain converge: a saved plan applies with
// nothing but the secrets, servers in Error are synced again (unless --no-sync), a server left Waiting
// fails apply unless only a person can unblock it, and status reads a partial set of files. Real
// `portalctl` processes against the embedded portal over HTTP, with the example upstreams.
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bench, startBench } from '../testing/e2e.js';

let bench: Bench;
let all: string[];

beforeAll(async () => {
  bench = await startBench();
  all = [
    bench.write('policies.yaml', bench.manifests.policies),
    bench.write('servers.yaml', bench.manifests.servers),
    bench.write('portals.yaml', bench.manifests.portals),
  ];
});
afterAll(async () => {
  bench.upstreams.paged.setFaults({});
  await bench?.close();
});

const f = (files: string[]) => files.flatMap((p) => ['-f', p]);
const server = async (id: string) =>
  (await bench.portal.call('GET', `/access/ai-controls/mcp/servers/${id}`)).body.result;

describe('apply and status, as users expect them', () => {
  it('applies a saved plan with nothing but the secrets: no manifests, the same objects', async () => {
    const saved = join(bench.dir, 'plan.json');
    const plan = await bench.cli(['plan', ...f(all), '--out', saved]);
    expect(plan.code, plan.stderr).toBe(2);
    const bare = join(bench.dir, 'elsewhere');
    mkdirSync(bare, { recursive: true });
    // No -f: everything apply sends comes from the plan (the token from TICKETS_TOKEN, by reference).
    const apply = await bench.cli(['apply', '--plan', saved, '--yes']);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect((await server('tickets')).status).toBe('ready');
    const again = await bench.cli(['plan', ...f(all)]);
    expect(again.code, again.stdout).toBe(0);
    // Applying the same saved plan again is refused: the live state moved since it was made.
    const stale = await bench.cli(['apply', '--plan', saved, '--yes']);
    expect(stale.code).toBe(3);
    expect(stale.stderr).toMatch(/live state changed/);
  });

  it('refuses a saved plan whose secret is missing, before sending anything', async () => {
    const saved = join(bench.dir, 'rotate.json');
    const plan = await bench.cli(['plan', ...f(all), '--rotate-credentials', '--out', saved]);
    expect(plan.code, plan.stderr).toBe(2);
    const before = bench.portal.dump();
    const apply = await bench.cli(['apply', '--plan', saved, '--yes'], { env: { TICKETS_TOKEN: '' } });
    expect(apply.code).toBe(3);
    expect(apply.stderr).toMatch(/McpServer\/tickets: environment variable TICKETS_TOKEN is not set/);
    expect(bench.portal.dump()).toEqual(before);
  });

  it('refuses a saved plan it cannot read with exit 3 and the file named', async () => {
    const missing = await bench.cli(['apply', '--plan', join(bench.dir, 'nope.json'), '--yes']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/nope\.json: cannot read a plan from it \(ENOENT\)/);
    await writeFile(join(bench.dir, 'broken.json'), '{"format_version": ');
    const broken = await bench.cli(['apply', '--plan', join(bench.dir, 'broken.json'), '--yes']);
    expect(broken.code).toBe(3);
    expect(broken.stderr).toMatch(/broken\.json: cannot read a plan from it/);
  });

  it('syncs again a server in Error although nothing changed; --no-sync leaves it', async () => {
    bench.upstreams.paged.setFaults({ httpStatus: 503 });
    const sync = await bench.cli(['sync', 'metrics', '--wait']);
    expect(sync.code).toBe(5);
    expect((await server('metrics')).status).toBe('error');
    bench.upstreams.paged.setFaults({});

    const plan = await bench.cli(['plan', ...f(all)]);
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.stdout).toMatch(/Apply also syncs again 1 server in Error: metrics/);
    const skipped = await bench.cli(['apply', ...f(all), '--yes', '--no-sync']);
    expect(skipped.code, skipped.stdout).toBe(5);
    expect(skipped.stdout).toMatch(/1 server\(s\) in Error/);
    expect((await server('metrics')).status).toBe('error');

    const apply = await bench.cli(['apply', ...f(all), '--yes']);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(apply.stdout).toMatch(/✓ McpServer\/metrics: sync/);
    expect((await server('metrics')).status).toBe('ready');
  });

  it('exits 5 for a server still Waiting at the timeout, and 0 with the next step for one awaiting OAuth', async () => {
    bench.upstreams.paged.setFaults({ hangList: true });
    const slow = bench.write(
      'slow.yaml',
      `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: slow }
spec: { url: ${bench.upstreams.paged.url} }
`,
    );
    const waiting = await bench.cli(['apply', '-f', slow, '--yes', '--timeout', '1s']);
    bench.upstreams.paged.setFaults({});
    expect(waiting.code, waiting.stdout + waiting.stderr).toBe(5);
    expect(waiting.stdout).toMatch(/1 server\(s\) still Waiting after 1 s/);

    const oauth = bench.write(
      'oauth.yaml',
      `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: hosted }
spec: { url: https://mcp.example.com/mcp, auth: { type: oauth } }
`,
    );
    const apply = await bench.cli(['apply', '-f', oauth, '--yes', '--timeout', '5s']);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(apply.stdout).toMatch(
      /next: McpServer\/hosted waits for an admin to authorise its upstream OAuth/,
    );
  });

  it('shows status for a partial set of files: references outside them are looked up live', async () => {
    const status = await bench.cli(['status', '-f', all[1] as string]);
    expect(status.code, status.stdout + status.stderr).toBe(0);
    expect(status.stdout).toMatch(/McpServer\s*│\s*docs\s*│\s*Ready/);
    expect(status.stdout).not.toMatch(/McpPortal/);
    // validate and plan still need the whole set.
    const plan = await bench.cli(['plan', '-f', all[1] as string]);
    expect(plan.code).toBe(3);
    expect(plan.stderr).toMatch(/AccessPolicy "engineers" is not defined/);
  });
});
