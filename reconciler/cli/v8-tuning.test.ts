// The V8 settings per kind of process: which command lines get which, and, in real processes, that V8
// honours them. One-shot (the bin script as users run it): the young generation stays at its initial 2 MiB
// while `validate` keeps thousands of documents, and grows past it when the user sized it themselves; fewer
// functions are marked for optimisation than with V8's own interrupt budget. Serving: `portal serve` starts
// with them and V8 takes them without complaint; TurboFan inlines past its own cumulative budget.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  INLINING_FLAG,
  POLYMORPHIC_FLAG,
  runsUntilStopped,
  servesPortal,
  TIER_UP_FLAG,
  tuneV8ForCommand,
  tuneV8ForOneShot,
  tuneV8ForServing,
  type V8Context,
  YOUNG_GENERATION_FLAG,
} from './v8-tuning.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'portalctl.js');
const work = mkdtempSync(join(tmpdir(), 'portalctl-young-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('runsUntilStopped', () => {
  it.each([
    [['portal', 'serve', '--port', '0'], true],
    [['controller', '-f', 'm'], true],
    [['logs', '--follow'], true],
    [['logs', '-f'], true],
    [['logs', '--since', '1h'], false],
    [['portal', 'users', 'add'], false],
    [['validate', '-f', 'serve'], false],
    [['plan', '-f', 'controller'], false],
    [['apply'], false],
    [['--help'], false],
    [[], false],
  ])('%j -> %s', (args, expected) => {
    expect(runsUntilStopped(args)).toBe(expected);
  });
});

describe('tuneV8ForOneShot', () => {
  const known = { v8Version: '11.3.244.8-node.38', nodeFlags: [] };
  const tune = (args: string[], context: V8Context) => {
    const set: string[] = [];
    const applied = tuneV8ForOneShot(args, context, (flag) => set.push(flag));
    expect(set).toEqual(applied);
    return applied;
  };
  it('applies both settings to a one-shot command', () => {
    expect(tune(['plan'], known)).toEqual([YOUNG_GENERATION_FLAG, TIER_UP_FLAG]);
  });
  it('applies the interrupt budget only on the V8 it was measured on (later ones lack the flag)', () => {
    expect(tune(['--help'], { ...known, v8Version: '12.4.254.21-node.33' })).toEqual([YOUNG_GENERATION_FLAG]);
    expect(tune(['plan'], { ...known, v8Version: '13.6.233.10-node.28' })).toEqual([YOUNG_GENERATION_FLAG]);
  });
  it('leaves V8 alone for commands that run until stopped', () => {
    expect(tune(['portal', 'serve'], known)).toEqual([]);
    expect(tune(['controller'], known)).toEqual([]);
  });
  it('leaves V8 alone on a V8 not known to have the flags', () => {
    expect(tune(['plan'], { v8Version: '99.1.0', nodeFlags: [] })).toEqual([]);
    expect(tune(['plan'], { v8Version: '10.2.154', nodeFlags: [] })).toEqual([]);
  });
  it("gives way to the user's own flag on the same setting", () => {
    expect(tune(['plan'], { ...known, nodeFlags: ['--max-semi-space-size=8'] })).toEqual([TIER_UP_FLAG]);
    expect(tune(['plan'], { ...known, nodeFlags: ['--semi_space_growth_factor=2'] })).toEqual([TIER_UP_FLAG]);
    expect(tune(['plan'], { ...known, nodeFlags: ['--interrupt_budget=1000'] })).toEqual([
      YOUNG_GENERATION_FLAG,
    ]);
  });
});

describe('tuneV8ForServing', () => {
  const known = { v8Version: '11.3.244.8-node.38', nodeFlags: [] };
  const serving = (context: V8Context) => {
    const set: string[] = [];
    const applied = tuneV8ForServing(context, (flag) => set.push(flag));
    expect(set).toEqual(applied);
    return applied;
  };
  it('applies both settings on the V8 they were measured on, and only there', () => {
    expect(serving(known)).toEqual([POLYMORPHIC_FLAG, INLINING_FLAG]);
    expect(serving({ ...known, v8Version: '12.4.254.21-node.33' })).toEqual([]);
    expect(serving({ ...known, v8Version: '99.1.0' })).toEqual([]);
  });
  it("gives way to the user's own flag on the same setting", () => {
    expect(serving({ ...known, nodeFlags: ['--max_valid_polymorphic_map_count=4'] })).toEqual([
      INLINING_FLAG,
    ]);
    expect(serving({ ...known, nodeFlags: ['--max-inlined-bytecode-size-cumulative=920'] })).toEqual([
      POLYMORPHIC_FLAG,
    ]);
  });
  it('is what `portal serve` gets; one-shot commands get theirs, other long-running ones none', () => {
    const forCommand = (args: string[]) => tuneV8ForCommand(args, known, () => undefined);
    expect(servesPortal(['portal', 'serve', '--data-dir', 'd'])).toBe(true);
    expect(servesPortal(['portal', 'users', 'add'])).toBe(false);
    expect(forCommand(['portal', 'serve', '--port', '0'])).toEqual([POLYMORPHIC_FLAG, INLINING_FLAG]);
    expect(forCommand(['plan'])).toEqual([YOUNG_GENERATION_FLAG, TIER_UP_FLAG]);
    expect(forCommand(['controller'])).toEqual([]);
    expect(forCommand(['logs', '--follow'])).toEqual([]);
  });
});

describe('in a serving process', () => {
  // Applied where V8 is the one measured (Node 20's); elsewhere left to V8.
  const applies = tuneV8ForServing(undefined, () => undefined).length > 0;

  it.runIf(applies)("inlines past V8 11's cumulative budget once the serving settings are applied", () => {
    // Twelve callees of ~140 bytes of bytecode: V8's budget (920) inlines about half into `hot`.
    const script = join(work, 'inlining.mjs');
    writeFileSync(
      script,
      `const [tuning] = process.argv.slice(2);
if (tuning) (await import(tuning)).tuneV8ForServing();
const callees = Array.from({ length: 12 }, (_, i) => new Function('a', 'b',
  \`let s = \${i}; for (let k = 0; k < 3; k++) { s += (a * \${i + 1} + b) % 7; s ^= (a << 2) + (b >> 1);
  s += a > b ? a - b : b - a; s = (s * 31 + \${i}) | 0; s += (a & 0xff) * (b | 1); s -= (s >>> 3) ^ k; }
  return s;\`));
const [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11] = callees;
function hot(a, b) {
  return c0(a, b) + c1(a, b) + c2(a, b) + c3(a, b) + c4(a, b) + c5(a, b) + c6(a, b) + c7(a, b) + c8(a, b) +
    c9(a, b) + c10(a, b) + c11(a, b);
}
let total = 0;
for (let i = 0; i < 300000; i++) total += hot(i, i >> 1);
console.log(total);`,
    );
    const inlinedIntoHot = (tuning: string[]) => {
      const r = spawnSync(process.execPath, ['--trace-turbo-inlining', script, ...tuning], {
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout.split('\n').filter((l) => /^Inlining .* into .*<SharedFunctionInfo hot>/.test(l))
        .length;
    };
    const tuning = pathToFileURL(join(root, 'dist', 'reconciler', 'cli', 'v8-tuning.js')).href;
    const v8s = inlinedIntoHot([]);
    const ours = inlinedIntoHot([tuning]);
    expect(v8s).toBeGreaterThan(0);
    expect(ours).toBeGreaterThan(v8s);
  });

  it('`portal serve` starts with them and V8 prints nothing about its flags', async () => {
    const child = spawn(
      process.execPath,
      [bin, 'portal', 'serve', '--port', '0', '--data-dir', join(work, 'serve-data')],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    child.stderr.on('data', (d) => {
      err += String(d);
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      await vi.waitFor(
        () => {
          expect(child.exitCode, `portal serve exited early:\n${out}${err}`).toBeNull();
          expect(out).toContain('Serving until');
        },
        { timeout: 30_000, interval: 20 },
      );
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    expect(err).not.toMatch(/flag/i);
  });
});

describe('in a portalctl process', () => {
  const manifests = join(work, 'policies.yaml');
  writeFileSync(
    manifests,
    Array.from(
      { length: 2000 },
      (_, i) =>
        `---\napiVersion: mcpportal/v1\nkind: AccessPolicy\nmetadata: { name: p-${i} }\nspec:\n  decision: allow\n  include: [ { emailDomain: example.com }, { email: owner${i}@example.com } ]\n`,
    ).join(''),
  );
  const preload = join(work, 'report-new-space.mjs');
  writeFileSync(
    preload,
    `import v8 from 'node:v8';
process.on('exit', () => process.stderr.write('new_space ' + v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size + '\\n'));`,
  );
  const validate = (nodeOptions: string) => {
    const r = spawnSync(process.execPath, ['--import', preload, bin, 'validate', '-f', manifests], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: nodeOptions },
    });
    expect(r.stdout).toContain('valid: 2000 documents in 1 file');
    expect(r.status).toBe(0);
    const match = /^new_space (\d+)$/m.exec(r.stderr);
    expect(match, r.stderr).not.toBeNull();
    return { newSpace: Number(match?.[1]), stderr: r.stderr };
  };

  it('keeps the young generation at 2 MiB, with nothing printed by V8', () => {
    const r = validate('');
    expect(r.newSpace).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(r.stderr.trim()).toMatch(/^new_space \d+$/);
  });

  it('leaves it to V8 when the user sized it (it then grows with what validate keeps)', () => {
    expect(validate('--max-semi-space-size=16').newSpace).toBeGreaterThan(2 * 1024 * 1024);
  });
  // Where portalctl applies the budget (Node 20's V8); elsewhere it leaves it to V8.
  const tiersUp = tuneV8ForOneShot(['plan'], undefined, () => undefined).includes(TIER_UP_FLAG);
  it.runIf(tiersUp)('marks fewer functions for optimisation than V8 does with its own budget', () => {
    // --trace-opt prints a "marking" line for each function sent to TurboFan. A user's own
    // --interrupt-budget (here V8's default) makes portalctl leave the budget alone.
    const marked = (flags: string[]) => {
      const r = spawnSync(process.execPath, [...flags, bin, 'validate', '-f', manifests], {
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout.split('\n').filter((l) => l.includes('marking')).length;
    };
    const ours = marked(['--trace-opt']);
    const v8s = marked(['--trace-opt', '--interrupt-budget=67584']);
    expect(v8s).toBeGreaterThan(10);
    expect(ours).toBeLessThan(v8s * 0.75);
  });
});
