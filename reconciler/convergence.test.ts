// Convergence, the product's promise (issue #10): for every valid manifest set, after `portalctl apply`,
// `plan` and `drift` find nothing, `import` round-trips, a second apply writes nothing, and a capability
// sync changes nothing either (reconciler/testing/arbitrary.ts, `checkConvergence`). Random sets
// (fast-check, fixed seed) and a table of named edge cases, each against a fresh embedded portal with real
// capability sync and the example upstreams; portalctl runs in-process (`main()`), checked once against
// the spawned bin. CONVERGENCE_RUNS, CONVERGENCE_SEED and CONVERGENCE_SHRINK_SECONDS tune the random part.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AllUpstreams, startAllUpstreams } from '../examples/upstreams/index.js';
import { syncServer } from '../portal/sync/index.js';
import { startTestPortal } from '../portal/testing/harness.js';
import { manifestSetArb } from './testing/arbitrary.js';
import {
  checkConvergence,
  describeOutcome,
  inProcessCli,
  type Outcome,
  spawnedCli,
} from './testing/convergence.js';
import { EDGE_CASES, examplesSet } from './testing/edge-cases.js';
import { type ManifestSet, setFromYaml, toYaml, type UpstreamUrls } from './testing/manifest-sets.js';

const TOKEN = 'tk-convergence-0123456789';
const RUNS = Number(process.env.CONVERGENCE_RUNS ?? 8);
const SEED = Number(process.env.CONVERGENCE_SEED ?? 20_260_110);
const SHRINK_MS = Number(process.env.CONVERGENCE_SHRINK_SECONDS ?? 15) * 1000;

let upstreams: AllUpstreams;
let urls: UpstreamUrls;

beforeAll(async () => {
  upstreams = await startAllUpstreams({ ticketsToken: TOKEN });
  urls = { docs: upstreams.docs.url, tickets: upstreams.tickets.url, paged: upstreams.paged.url };
});
afterAll(async () => {
  await upstreams?.close();
});

const converge = (set: ManifestSet) => checkConvergence(set, { ticketsToken: TOKEN });
/** One line per failed step (the assertion's diff); the details go into its message. */
const failedSteps = (o: Outcome) => o.failures.map((f) => `${f.step}: ${f.message}`);

describe('after apply: plan, drift, import, a second apply and a sync find nothing', () => {
  it.each(EDGE_CASES)('$name', async ({ reason, yaml, first }) => {
    const set = setFromYaml(yaml, urls, TOKEN, first);
    const outcome = await converge(set);
    expect(failedSteps(outcome), `${reason}\n${describeOutcome(outcome, set)}`).toEqual([]);
  });

  it("the repository's example manifests (without the OAuth server)", async () => {
    const set = await examplesSet(urls, TOKEN);
    const outcome = await converge(set);
    expect(failedSteps(outcome), `examples/manifests\n${describeOutcome(outcome, set)}`).toEqual([]);
  });

  it(
    'random manifest sets',
    async () => {
      let last: { set: ManifestSet; outcome: Outcome } | undefined;
      // Shrinking re-runs the whole property per candidate: after SHRINK_MS, candidates count as passing,
      // which ends it with the smallest failure found so far.
      let deadline = Number.POSITIVE_INFINITY;
      const details = await fc.check(
        fc.asyncProperty(manifestSetArb(urls, TOKEN), async (set) => {
          if (performance.now() > deadline) return true;
          const outcome = await converge(set);
          if (!outcome.failures.length) return true;
          last = { set, outcome };
          deadline = Math.min(deadline, performance.now() + SHRINK_MS);
          return false;
        }),
        { seed: SEED, numRuns: RUNS },
      );
      const report =
        details.failed && last
          ? [
              `convergence failed after ${details.numRuns} run(s), shrunk ${details.numShrinks} time(s)${performance.now() > deadline ? ` (shrinking stopped after ${SHRINK_MS / 1000} s)` : ''}`,
              `replay: CONVERGENCE_SEED=${details.seed} (fast-check path ${details.counterexamplePath})`,
              describeOutcome(last.outcome, last.set),
            ].join('\n')
          : '';
      expect(details.failed, report).toBe(false);
    },
    RUNS * 10_000 + SHRINK_MS + 30_000,
  );
});

describe('the test bench itself', () => {
  it('generates sets that portalctl validate accepts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'convergence-valid-'));
    try {
      await mkdir(join(dir, 'secrets'));
      for (const set of fc.sample(manifestSetArb(urls, TOKEN), { seed: SEED, numRuns: 40 })) {
        await writeFile(join(dir, 'all.yaml'), toYaml(set));
        const r = await inProcessCli(['validate', '-f', join(dir, 'all.yaml'), '--strict'], {}, dir);
        expect(r.code, `${toYaml(set)}\n${r.stderr}`).toBe(0);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('in-process main() answers as the spawned bin/portalctl.js does', async () => {
    const set = setFromYaml((EDGE_CASES[0] as { yaml: string }).yaml, urls, TOKEN);
    const portal = await startTestPortal({ sync: syncServer });
    const dir = await mkdtemp(join(tmpdir(), 'convergence-cli-'));
    try {
      await writeFile(join(dir, 'all.yaml'), toYaml(set));
      const env = {
        ...set.env,
        NO_COLOR: '1',
        CLOUDFLARE_API_TOKEN: portal.apiToken,
        CLOUDFLARE_BASE_URL: portal.baseUrl,
        CLOUDFLARE_ACCOUNT_ID: portal.accountId,
      };
      expect((await inProcessCli(['apply', '-f', dir, '--yes'], env, dir)).code).toBe(0);
      const stable = (text: string) => text.replace(/"created_at": "[^"]*"/g, '"created_at": "…"');
      for (const args of [
        ['plan', '-f', dir, '--format', 'json'],
        ['drift', '-f', dir, '--format', 'json'],
        ['plan', '-f', dir],
        ['import'],
      ]) {
        const a = await inProcessCli(args, env, dir);
        const b = await spawnedCli(args, env, dir);
        expect({ code: a.code, stdout: stable(a.stdout) }, args.join(' ')).toEqual({
          code: b.code,
          stdout: stable(b.stdout),
        });
      }
    } finally {
      await portal.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
