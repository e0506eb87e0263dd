// Resilience end to end: with the portal injecting 429s and 500s on a fifth of requests each, apply still
// converges with no duplicate and no lost object; a spent rate-limit budget ends with exit 6.
import { afterEach, describe, expect, it } from 'vitest';
import { type Bench, startBench } from '../testing/e2e.js';

let bench: Bench | undefined;
afterEach(async () => {
  await bench?.close();
  bench = undefined;
});

describe('apply under injected faults', () => {
  it('converges with 20% 429 and 20% 500, creating each object exactly once', async () => {
    bench = await startBench({ faults: '429=0.2,500=0.2,seed=42' });
    const b = bench;
    const files = [
      b.write('policies.yaml', b.manifests.policies),
      b.write('servers.yaml', b.manifests.servers),
      b.write('portals.yaml', b.manifests.portals),
    ].flatMap((p) => ['-f', p]);
    // A partial failure is allowed to need another run; it must converge, never duplicate.
    let code: number | null = null;
    const runs: string[] = [];
    for (let i = 0; i < 3 && code !== 0; i++) {
      const r = await b.cli(['apply', ...files, '--yes', '--max-wait', '2m']);
      code = r.code;
      runs.push(r.stdout + r.stderr);
    }
    expect(code, runs.join('\n=====\n')).toBe(0);
    const dump = b.portal.dump();
    const ids = (rows: unknown[] | undefined, key: string) =>
      (rows ?? []).map((r) => (r as Record<string, string>)[key]).sort();
    expect(ids(dump.servers, 'id')).toEqual(['docs', 'metrics', 'tickets']);
    expect(ids(dump.portals, 'id')).toEqual(['eng']);
    expect(ids(dump.policies, 'name')).toEqual(['bots', 'engineers']);
    expect(dump.apps).toHaveLength(4);
    const plan = await b.cli(['plan', ...files, '--max-wait', '2m']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
  });
});

describe('rate-limit budget', () => {
  it('exits 6 when waiting for the window would exceed --max-wait', async () => {
    bench = await startBench({ rateLimit: { limit: 3, windowSeconds: 300 } });
    const file = bench.write(
      'one.yaml',
      'apiVersion: mcpportal/v1\nkind: McpServer\nmetadata: { name: a }\nspec: { url: "http://127.0.0.1:9/mcp" }\n',
    );
    const r = await bench.cli(['plan', '-f', file, '--max-wait', '2s']);
    expect(r.code, r.stderr).toBe(6);
    expect(r.stderr).toMatch(/rate limit/);
  });
});
