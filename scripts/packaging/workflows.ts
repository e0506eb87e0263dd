/**
 * The CI workflow examples (examples/ci/*.yml) as data: each workflow's jobs and steps, and the one
 * "Install portalctl" step they share, which the packaging test runs itself to install the packed tarball,
 * so the workflows install portalctl exactly as the tested way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const INSTALL_STEP = 'Install portalctl';

export interface Step {
  name?: string;
  uses?: string;
  run?: string;
}

export interface Workflow {
  file: string;
  text: string;
  jobs: Record<string, { env?: Record<string, string>; steps: Step[] }>;
}

export function readWorkflows(root: string): Workflow[] {
  const dir = join(root, 'examples', 'ci');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return { file, text, jobs: (parse(text) as Pick<Workflow, 'jobs'>).jobs };
    });
}

/** The shell script of the shared install step (the first workflow's; a test checks they are identical). */
export function installScript(root: string): string {
  const step = readWorkflows(root)
    .flatMap((w) => Object.values(w.jobs).flatMap((j) => j.steps))
    .find((s) => s.name === INSTALL_STEP);
  if (!step?.run) throw new Error(`no "${INSTALL_STEP}" step with a run script in examples/ci/*.yml`);
  return step.run;
}

/** The environment-independent way GitHub Actions runs a `run:` script with the default bash shell. */
export const ACTIONS_BASH = ['--noprofile', '--norc', '-eo', 'pipefail', '-c'];
