/**
 * `npm run bench`: runs the benchmarks, each in its own process (so peak RSS and CPU are its own), one
 * after another, passing their output through, then prints every figure they report (`BENCH_ROWS` lines,
 * bench/measure.ts) in one table with the baseline measured beside it. Numbers only: nothing passes or
 * fails. `npm run bench -- cli gateway` runs only those. The convergence fuzz is not a benchmark: run
 * `node --import tsx bench/convergence-fuzz.ts`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type BenchRow, table } from './measure.js';

const BENCHES = ['cli', 'gateway', 'controller-cycle', 'portal-api', 'context'];
const dir = import.meta.dirname;
const only = process.argv.slice(2);
const rows: BenchRow[] = [];
let failed = 0;
const started = performance.now();
for (const name of BENCHES.filter((b) => only.length === 0 || only.includes(b))) {
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [join(dir, `${name}.js`)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let rest = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('BENCH_ROWS ')) rows.push(...(JSON.parse(line.slice(11)) as BenchRow[]));
        else process.stdout.write(`${line}\n`);
      }
    });
    child.once('close', resolve);
  });
  if (code !== 0) {
    failed++;
    console.error(`bench ${name} exited ${code}`);
  }
}
if (rows.length) console.log(`\n${table(rows)}`);
console.log(`benchmarks took ${Math.round((performance.now() - started) / 1000)} s`);
process.exitCode = failed ? 1 : 0;
