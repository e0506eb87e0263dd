/**
 * Fuzz of the convergence property (reconciler/convergence.test.ts, many more cases): random manifest sets,
 * each applied to a fresh embedded portal with real sync, then plan, drift, import and a second apply must
 * find nothing. Classifies every failed step by its normalised differences, shrinks the first example of
 * each class, and prints counts. Numbers, not pass/fail (exit 0 unless `--strict`). Run:
 * `node --import tsx bench/convergence-fuzz.ts --runs 200 --seed 7 [--shrink-seconds 60] [--strict]`.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { startAllUpstreams } from '../examples/upstreams/index.js';
import { manifestSetArb } from '../reconciler/testing/arbitrary.js';
import {
  checkConvergence,
  describeOutcome,
  type Outcome,
  type StepName,
} from '../reconciler/testing/convergence.js';
import type { ManifestSet } from '../reconciler/testing/manifest-sets.js';

const TOKEN = 'tk-convergence-fuzz-0123456789';
/** Steps that re-plan: a difference the first plan already showed is no problem of their own. */
const REPLANS: StepName[] = ['drift', 'plan-after-reapply', 'plan-after-sync'];

/**
 * The distinct problems an outcome shows, as `step: difference`. What a failed first plan already showed
 * (again in drift or a later plan, or as the second apply's writes) counts once, under `plan`.
 */
export function classesOf(o: Outcome): string[] {
  const plan = new Set(o.failures.find((f) => f.step === 'plan')?.signature ?? []);
  const out = new Set<string>();
  for (const f of o.failures) {
    if (plan.size && f.step === 'reapply') continue;
    const own = REPLANS.includes(f.step) ? f.signature.filter((s) => !plan.has(s)) : f.signature;
    if (REPLANS.includes(f.step) && plan.size && !own.length) continue;
    for (const s of own.length ? own : [f.message]) out.add(`${f.step}: ${s}`);
  }
  return [...out].sort();
}

export interface FuzzClass {
  problem: string;
  /** Runs that showed it. */
  count: number;
  /** Index of the first run that showed it (fast-check path for replay). */
  first: number;
  shrunk?: { outcome: Outcome; set: ManifestSet; shrinks: number; interrupted: boolean };
}

export interface FuzzResult {
  runs: number;
  failures: number;
  seconds: number;
  seed: number;
  classes: FuzzClass[];
}

export async function run(opts: { runs: number; seed: number; shrinkSeconds: number }): Promise<FuzzResult> {
  const started = performance.now();
  const upstreams = await startAllUpstreams({ ticketsToken: TOKEN });
  try {
    const urls = { docs: upstreams.docs.url, tickets: upstreams.tickets.url, paged: upstreams.paged.url };
    const arb = manifestSetArb(urls, TOKEN);
    const check = (set: ManifestSet) => checkConvergence(set, { ticketsToken: TOKEN, allSteps: true });
    const classes = new Map<string, FuzzClass>();
    let failures = 0;
    const sets = fc.sample(arb, { seed: opts.seed, numRuns: opts.runs });
    for (const [i, set] of sets.entries()) {
      const found = classesOf(await check(set));
      if (found.length) failures++;
      for (const problem of found) {
        const c = classes.get(problem) ?? { problem, count: 0, first: i };
        c.count++;
        classes.set(problem, c);
      }
    }
    // Shrink each class's first example, keeping that same problem (others may come and go).
    for (const c of classes.values()) {
      let last: { outcome: Outcome; set: ManifestSet } | undefined;
      const details = await fc.check(
        fc.asyncProperty(arb, async (set) => {
          const outcome = await check(set);
          const shows = classesOf(outcome).includes(c.problem);
          if (shows) last = { outcome, set };
          return !shows;
        }),
        {
          seed: opts.seed,
          path: String(c.first),
          plugins: [fc.interruptAfterTimeLimit(opts.shrinkSeconds * 1000)],
        },
      );
      if (details.failed && last)
        c.shrunk = { ...last, shrinks: details.numShrinks, interrupted: details.interrupted };
    }
    return {
      runs: sets.length,
      failures,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      seed: opts.seed,
      classes: [...classes.values()].sort((a, b) => a.first - b.first),
    };
  } finally {
    await upstreams.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '25' },
      seed: { type: 'string', default: '20260110' },
      'shrink-seconds': { type: 'string', default: '30' },
      strict: { type: 'boolean', default: false },
    },
  });
  const r = await run({
    runs: Number(values.runs),
    seed: Number(values.seed),
    shrinkSeconds: Number(values['shrink-seconds']),
  });
  console.log(
    JSON.stringify({
      bench: 'convergence-fuzz',
      runs: r.runs,
      failures: r.failures,
      seconds: r.seconds,
      seed: r.seed,
      classes: r.classes.map((c) => ({ problem: c.problem, count: c.count, first: c.first })),
    }),
  );
  console.log(
    `convergence-fuzz: ${r.runs} runs, ${r.failures} failed, ${r.classes.length} distinct problem(s), ${r.seconds} s (seed ${r.seed})`,
  );
  for (const c of r.classes) {
    console.log(`\n=== ${c.problem}  (${c.count} of ${r.runs} runs; first at run ${c.first})`);
    if (c.shrunk) {
      console.log(
        `shrunk ${c.shrunk.shrinks} time(s)${c.shrunk.interrupted ? ' (stopped at the time limit)' : ''}:`,
      );
      console.log(describeOutcome(c.shrunk.outcome, c.shrunk.set));
    }
  }
  if (values.strict && r.failures) process.exitCode = 1;
}
