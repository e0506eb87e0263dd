/**
 * Benchmark: `portalctl` as users run it, whole processes against the embedded portal in its own process
 * (`portalctl portal serve`) and a real `docs` upstream in another, each figure beside a baseline run
 * interleaved with it: `--help` vs `node -e 0`; `validate` of 10,000 documents vs js-yaml + ajv; `apply` of
 * 200 policies, 1,000 servers and 100 portals from empty (API calls, upstream sessions per server); a
 * no-change `plan` of that set vs a one-GET-per-object client. Numbers, not pass/fail.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  type BenchRow,
  countingProxy,
  emitRows,
  interleaved,
  type ProcessRun,
  runProcess,
  stats,
  table,
} from './measure.js';
import { CORPUS_FILES, corpusFile, manifests, SERVERS } from './scenario.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'portalctl.js');
const node = process.execPath;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Starts a long-running child and resolves with the first stdout line matching `re`'s first group. */
async function startChild(argv: string[], re: RegExp) {
  const child = spawn(node, argv, { stdio: ['ignore', 'pipe', 'inherit'], cwd: root });
  const lines = createInterface({ input: child.stdout });
  const found = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      const m = re.exec(line);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`${argv.join(' ')} exited (${code})`)));
  });
  return {
    found,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const wall = (runs: ProcessRun[]) => stats(runs.map((r) => r.wallMs));
const cpu = (runs: ProcessRun[]) => stats(runs.map((r) => r.cpuMs));
const mustExit =
  (codes: Record<string, number>) =>
  (name: string, r: ProcessRun): void => {
    const want = codes[name] ?? 0;
    if (r.code !== want)
      throw new Error(
        `${name} exited ${r.code} (want ${want}): ${r.stderr.slice(0, 400)}${r.stdout.slice(-400)}`,
      );
  };

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const work = await mkdtemp(join(tmpdir(), 'bench-cli-'));
  const stops: (() => Promise<void>)[] = [];
  try {
    // --help, against starting Node itself.
    const help = await interleaved(
      {
        ours: () => runProcess([node, bin, '--help']),
        node: () => runProcess([node, '-e', '0']),
      },
      RUNS + 2,
      mustExit({}),
    );
    rows.push(
      {
        what: 'portalctl --help, wall',
        value: wall(help.ours ?? []),
        baseline: { what: 'node -e 0', value: wall(help.node ?? []) },
        unit: 'ms',
      },
      {
        what: 'portalctl --help, CPU',
        value: cpu(help.ours ?? []),
        baseline: { what: 'node -e 0', value: cpu(help.node ?? []) },
        unit: 'ms',
      },
    );

    // validate: 10,000 documents in 100 files.
    const corpus = join(work, 'corpus');
    await mkdir(corpus);
    for (let f = 0; f < CORPUS_FILES; f++)
      await writeFile(join(corpus, `f${String(f).padStart(3, '0')}.yaml`), corpusFile(f));
    const tokens = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`TOKEN_${i}`, `t${i}`]));
    const validate = await interleaved(
      {
        ours: () => runProcess([node, bin, 'validate', '-f', corpus], { ...process.env, ...tokens }),
        naive: () => runProcess([node, join(root, 'dist/bench/baselines/naive-validate.js'), corpus]),
      },
      RUNS,
      mustExit({}),
    );
    rows.push({
      what: 'portalctl validate, 10,000 documents in 100 files, wall',
      value: wall(validate.ours ?? []),
      baseline: { what: 'js-yaml + ajv', value: wall(validate.naive ?? []) },
      unit: 'ms',
    });

    // A real upstream (one process; each server its own URL by query) behind a proxy counting the sessions
    // each server opens (initialize requests), and the portal behind a proxy counting API calls.
    const sessions = new Map<string, number>();
    const upstream = await startChild(
      [join(root, 'dist/examples/upstreams/docs.js'), '--port', '0'],
      /(http:\/\/127\.0\.0\.1:\d+)\/mcp/,
    );
    stops.push(upstream.stop);
    const upProxy = await countingProxy(upstream.found, {
      inspect: (_method, path, body) => {
        if (!body.includes('"initialize"')) return;
        const s = new URL(path, 'http://x').searchParams.get('s') ?? '';
        sessions.set(s, (sessions.get(s) ?? 0) + 1);
      },
    });
    stops.push(upProxy.close);
    const dataDir = join(work, 'portal');
    const portal = await startChild(
      [
        bin,
        'portal',
        'serve',
        '--data-dir',
        dataDir,
        '--port',
        '0',
        '--rate-limit',
        '10000000/300s',
        '--sync-interval',
        '0',
      ],
      /management API at (http:\/\/\S+)\/client\/v4/,
    );
    stops.push(portal.stop);
    const apiProxy = await countingProxy(portal.found);
    stops.push(apiProxy.close);
    const apiUrl = `${apiProxy.url}/client/v4`;
    const accountId = (await readFile(join(dataDir, 'account-id'), 'utf8')).trim();
    const env = {
      ...process.env,
      CLOUDFLARE_API_TOKEN: (await readFile(join(dataDir, 'api-token'), 'utf8')).trim(),
      NO_COLOR: '1',
    };
    const target = ['--api-url', apiUrl, '--account-id', accountId];
    const set = join(work, 'set');
    await mkdir(set);
    await writeFile(
      join(set, 'all.yaml'),
      manifests((i) => `${upProxy.url}/mcp?s=${i}`, 'search_docs'),
    );

    // apply from empty: once (it creates the set).
    apiProxy.reset();
    const applied = await runProcess(
      [node, bin, 'apply', '-y', '-f', set, ...target, '--timeout', '5m'],
      env,
    );
    mustExit({})('apply', applied);
    const perServer = [...sessions.values()];
    rows.push(
      {
        what: `portalctl apply from empty (200 policies, ${SERVERS.toLocaleString('en-US')} servers, 100 portals), wall`,
        value: applied.wallMs,
        unit: 'ms',
        note: `${apiProxy.count().toLocaleString('en-US')} API calls; CPU ${Math.round(applied.cpuMs)} ms`,
      },
      {
        what: 'upstream sessions per server during that apply',
        value: perServer.reduce((a, b) => a + b, 0) / SERVERS,
        unit: 'sessions',
        note: `max ${Math.max(0, ...perServer)}, servers synced ${sessions.size}/${SERVERS}`,
      },
    );

    // plan with no changes, against a client reading each object with its own GET: timed straight to the
    // portal (the proxy's own work would sit on the same cores), then each run once more through the proxy
    // to count its API calls.
    const direct = ['--api-url', `${portal.found}/client/v4`, '--account-id', accountId];
    const ourPlan = (t: string[]) => runProcess([node, bin, 'plan', '-f', set, ...t], env);
    const naivePlan = (url: string) =>
      runProcess([node, join(root, 'dist/bench/baselines/naive-plan.js'), set, url, accountId], env);
    const plan = await interleaved(
      { ours: () => ourPlan(direct), naive: () => naivePlan(`${portal.found}/client/v4`) },
      RUNS,
      mustExit({}),
    );
    const callsOf = async (fn: () => Promise<ProcessRun>) => {
      apiProxy.reset();
      mustExit({})('counted run', await fn());
      return apiProxy.count();
    };
    const calls = {
      ours: [await callsOf(() => ourPlan(target))],
      naive: [await callsOf(() => naivePlan(apiUrl))],
    };
    const median = (xs: number[] = []) => stats(xs).median;
    rows.push(
      {
        what: 'portalctl plan, no changes, that set, wall',
        value: wall(plan.ours ?? []),
        baseline: { what: 'one GET per object', value: wall(plan.naive ?? []) },
        unit: 'ms',
        note: `${median(calls.ours)} API calls (baseline ${median(calls.naive)})`,
      },
      {
        what: 'portalctl plan, no changes, CPU',
        value: cpu(plan.ours ?? []),
        baseline: { what: 'one GET per object', value: cpu(plan.naive ?? []) },
        unit: 'ms',
      },
    );
    return rows;
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await run();
  console.log(table(rows));
  emitRows(rows);
}
