// The young-generation setting of one-shot commands: which command lines get it, and, in real `portalctl`
// processes (the bin script as users run it), that V8 honours it: the young generation stays at its initial
// 2 MiB while `validate` keeps thousands of documents, and grows past it when the user sized it themselves.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepYoungGenerationSmall, runsUntilStopped } from './young-generation.js';

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

describe('keepYoungGenerationSmall leaves V8 alone', () => {
  // Only cases that return before setting the flag run in this process.
  const known = { v8Version: '11.3.244.8-node.38', nodeFlags: [] };
  it('for commands that run until stopped', () => {
    expect(keepYoungGenerationSmall(['portal', 'serve'], known)).toBe(false);
    expect(keepYoungGenerationSmall(['controller'], known)).toBe(false);
  });
  it('on a V8 not known to have the flag', () => {
    expect(keepYoungGenerationSmall(['plan'], { v8Version: '99.1.0', nodeFlags: [] })).toBe(false);
    expect(keepYoungGenerationSmall(['plan'], { v8Version: '10.2.154', nodeFlags: [] })).toBe(false);
  });
  it('when the user sized the young generation', () => {
    expect(keepYoungGenerationSmall(['plan'], { ...known, nodeFlags: ['--max-semi-space-size=8'] })).toBe(
      false,
    );
    expect(
      keepYoungGenerationSmall(['plan'], { ...known, nodeFlags: ['--semi_space_growth_factor=2'] }),
    ).toBe(false);
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
});
