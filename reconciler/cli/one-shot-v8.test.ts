// The V8 settings of one-shot commands: which command lines get them, and, in real `portalctl` processes
// (the bin script as users run it), that V8 honours them: the young generation stays at its initial 2 MiB
// while `validate` keeps thousands of documents, and grows past it when the user sized it themselves; fewer
// functions are marked for optimisation than with V8's own interrupt budget.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  runsUntilStopped,
  TIER_UP_FLAG,
  tuneV8ForOneShot,
  type V8Context,
  YOUNG_GENERATION_FLAG,
} from './one-shot-v8.js';

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
