/**
 * How the benches time what users run: a whole process (spawned, its CPU read from the shell's `times`),
 * several runs interleaved with a baseline so both see the same machine, reported as min/median/max; a
 * counting HTTP proxy for API calls; and the `BENCH_ROWS` line `bench/run.ts` gathers into one table.
 */
import { spawn } from 'node:child_process';
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Table from 'cli-table3';

export interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `0m0.123s` -> 123 (ms). */
const seconds = (s: string) => {
  const m = /^(\d+)m([\d.]+)s$/.exec(s);
  return m ? (Number(m[1]) * 60 + Number(m[2])) * 1000 : Number.NaN;
};

/**
 * Runs `argv` to the end. Wall time is from spawn to exit, CPU is the process's user + system time
 * (bash's `times` of its children, so a process's own accounting, threads included).
 */
export function runProcess(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<ProcessRun> {
  const script = '"$@"; c=$?; times >&2; exit $c';
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('bash', ['-c', script, 'bash', ...argv], { env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.once('error', reject);
    child.once('close', (code) => {
      const wallMs = performance.now() - start;
      const lines = Buffer.concat(err).toString('utf8').trimEnd().split('\n');
      const [user = '', sys = ''] = (lines.at(-1) ?? '').split(/\s+/);
      resolve({
        wallMs,
        cpuMs: seconds(user) + seconds(sys),
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: lines.slice(0, -2).join('\n'),
      });
    });
  });
}

export interface Stats {
  min: number;
  median: number;
  max: number;
}

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { min: sorted[0] ?? 0, median, max: sorted.at(-1) ?? 0 };
}

/**
 * Runs each command `runs` times, interleaved (a, b, a, b, ...) after one unmeasured warm-up of each (file
 * cache), and returns the runs of each. `check` throws on a run that did not do the job (wrong exit code).
 */
export async function interleaved(
  commands: Record<string, () => Promise<ProcessRun>>,
  runs: number,
  check: (name: string, r: ProcessRun) => void = () => {},
): Promise<Record<string, ProcessRun[]>> {
  const out: Record<string, ProcessRun[]> = {};
  for (const [name, fn] of Object.entries(commands)) {
    check(name, await fn());
    out[name] = [];
  }
  for (let i = 0; i < runs; i++) {
    for (const [name, fn] of Object.entries(commands)) {
      const r = await fn();
      check(name, r);
      out[name]?.push(r);
    }
  }
  return out;
}

/** One line of the summary table: our figure beside the baseline measured in the same run. */
export interface BenchRow {
  what: string;
  /** Ours: a median with its min and max, or one value. */
  value: Stats | number;
  /** The baseline, named; a bare number when the row's `what` names it (`portal vs bare proxy`). */
  baseline?: { what: string; value: Stats | number } | number;
  unit: 'ms' | 'calls' | 'sessions' | 'MB' | string;
  /** Counts and notes: API calls, sessions per server, target. */
  note?: string;
}

/** Prints the rows as the one line `bench/run.ts` gathers (the bench prints its own readable lines too). */
export function emitRows(rows: BenchRow[]): void {
  process.stdout.write(`BENCH_ROWS ${JSON.stringify(rows)}\n`);
}

/** A proxy that forwards every request to `target` and counts them (by method), for API calls. */
export interface CountingProxy {
  url: string;
  count(): number;
  byMethod(): Record<string, number>;
  reset(): void;
  close(): Promise<void>;
}

/** `inspect` sees each request's method, path and body (the body is then read before forwarding). */
export async function countingProxy(
  target: string,
  opts: { inspect?: (method: string, path: string, body: string) => void } = {},
): Promise<CountingProxy> {
  const to = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let counts: Record<string, number> = {};
  const server: Server = createServer((req, res) => {
    counts[req.method ?? 'GET'] = (counts[req.method ?? 'GET'] ?? 0) + 1;
    const forward = (body?: Buffer) => {
      const up = request(
        {
          host: to.hostname,
          port: to.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: to.host },
          agent,
        },
        (upRes) => {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          upRes.pipe(res);
        },
      );
      up.once('error', () => res.destroy());
      if (body) up.end(body);
      else req.pipe(up);
    };
    if (!opts.inspect) return forward();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      opts.inspect?.(req.method ?? 'GET', req.url ?? '/', body.toString('utf8'));
      forward(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    count: () => Object.values(counts).reduce((a, b) => a + b, 0),
    byMethod: () => ({ ...counts }),
    reset: () => {
      counts = {};
    },
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const fmt = (v: Stats | number, unit: string) => {
  // Whole milliseconds for process timings; two decimals for small figures (a gateway hop, a ratio).
  const n = (x: number) =>
    Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : String(Math.round(x * 100) / 100);
  return typeof v === 'number' ? `${n(v)} ${unit}` : `${n(v.median)} ${unit} (${n(v.min)}–${n(v.max)})`;
};

/** The rows as one table: what, ours (median, min–max), baseline, ratio, notes. */
export function table(rows: BenchRow[]): string {
  const t = new Table({ head: ['what', 'ours: median (min–max)', 'baseline, same run', 'ratio', 'notes'] });
  for (const r of rows) {
    const ours = typeof r.value === 'number' ? r.value : r.value.median;
    const baseline = typeof r.baseline === 'number' ? { what: '', value: r.baseline } : r.baseline;
    const base = baseline
      ? typeof baseline.value === 'number'
        ? baseline.value
        : baseline.value.median
      : undefined;
    t.push([
      r.what,
      fmt(r.value, r.unit),
      baseline ? `${baseline.what ? `${baseline.what}: ` : ''}${fmt(baseline.value, r.unit)}` : '',
      base ? `${(ours / base).toFixed(2)}x` : '',
      r.note ?? '',
    ]);
  }
  return t.toString();
}
