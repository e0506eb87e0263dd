// The CI workflow examples install portalctl one way, the way the packaging test installs and runs it:
// one shared "Install portalctl" step (npm install --omit=dev of $PORTALCTL_PACKAGE into an empty folder,
// put on PATH) before any step runs portalctl, no install by a package name that does not exist, and a
// clear error that installs nothing when the variable is unset.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ACTIONS_BASH, INSTALL_STEP, installScript, readWorkflows } from './workflows.js';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string };
const workflows = readWorkflows(root);

describe('examples/ci workflows', () => {
  it('are the three documented workflows', () => {
    expect(workflows.map((w) => w.file)).toEqual([
      'apply-on-merge.yml',
      'drift-check.yml',
      'plan-on-pull-request.yml',
    ]);
  });

  it.each(workflows)('$file installs portalctl with the shared step before running it', ({ jobs }) => {
    for (const job of Object.values(jobs)) {
      const steps = job.steps;
      const install = steps.findIndex((s) => s.name === INSTALL_STEP);
      expect(install, 'an install step').toBeGreaterThanOrEqual(0);
      expect(steps[install]?.run).toBe(installScript(root));
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
      expect(job.env?.PORTALCTL_PACKAGE).toBe('${{ vars.PORTALCTL_PACKAGE }}');
      const users = steps.flatMap((s, i) => (s.run && /(^|\s)portalctl\s/m.test(s.run) ? [i] : []));
      expect(users.length, 'a step runs portalctl').toBeGreaterThan(0);
      for (const i of users) if (i !== install) expect(i).toBeGreaterThan(install);
      const otherInstalls = steps.filter(
        (s, i) => i !== install && s.run && /\bnpm\s+(i|install|ci)\b|\bnpx\b/.test(s.run),
      );
      expect(otherInstalls).toEqual([]);
    }
  });

  it('install into an empty folder with --omit=dev, the way the packaging test runs', () => {
    expect(installScript(root)).toContain(
      'npm install --omit=dev --no-audit --no-fund --prefix "$RUNNER_TEMP/portalctl" "$PORTALCTL_PACKAGE"',
    );
  });

  it.each(workflows)('$file names the real package for the registry install', ({ text }) => {
    expect(text).toContain(`${pkg.name}@<version>`);
    expect(text).not.toMatch(/npm install (--global|-g)/);
  });

  it('the install step without PORTALCTL_PACKAGE fails with an annotation and installs nothing', () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'workflow-'));
    onTestFinished(() => rmSync(runnerTemp, { recursive: true, force: true }));
    const r = spawnSync('bash', [...ACTIONS_BASH, installScript(root)], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        RUNNER_TEMP: runnerTemp,
        GITHUB_PATH: join(runnerTemp, 'path'),
        PORTALCTL_PACKAGE: '',
      },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error::set the repository variable PORTALCTL_PACKAGE/);
    expect(existsSync(join(runnerTemp, 'portalctl'))).toBe(false);
    expect(existsSync(join(runnerTemp, 'path'))).toBe(false);
  });
});
