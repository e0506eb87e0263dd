/**
 * The convergence property for one manifest set: through `portalctl` against a fresh embedded portal with
 * real sync, after apply, plan, drift, an import round trip, a second apply and a capability sync must all
 * find nothing, in an account that also holds other applications' Access objects. Used by reconciler/convergence.test.ts and bench/convergence-fuzz.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { syncServer } from '../../portal/sync/index.js';
import { startTestPortal } from '../../portal/testing/harness.js';
import { main } from '../cli/main.js';
import {
  type Doc,
  type ManifestSet,
  REAL_NAMES,
  repoRoot,
  secretOf,
  serverRefs,
  toYaml,
} from './manifest-sets.js';

// ---------------------------------------------------------------------------------------------------
// The property: apply, then nothing left to change
// ---------------------------------------------------------------------------------------------------

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `portalctl` with exactly this environment and working folder. */
export type Cli = (args: string[], env: Record<string, string>, cwd: string) => Promise<CliResult>;

/** `main()` in this process (fast; what the tests use). */
export const inProcessCli: Cli = async (args, env, cwd) => {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stdin: async () => '',
    isTty: false,
    interactive: false,
    env,
    cwd,
  });
  return { code, stdout, stderr };
};

/** The built `bin/portalctl.js` in a child process, as users run it. */
export const spawnedCli: Cli = (args, env, cwd) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot(), 'bin', 'portalctl.js'), ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end();
  });

export type StepName =
  | 'apply-first'
  | 'validate'
  | 'apply'
  | 'plan'
  | 'drift'
  | 'import'
  | 'plan-imported'
  | 'reapply'
  | 'plan-after-reapply'
  | 'sync'
  | 'plan-after-sync';

export interface StepRun extends CliResult {
  step: StepName;
  args: string[];
  ms: number;
}

export interface Failure {
  step: StepName;
  /** What was expected and what happened, in one line. */
  message: string;
  /** The command's human output (text format). */
  output: string;
  /** Normalised differences: kind, path (`servers[*]`, `overrides[real|ghost]`), direction and shape. */
  signature: string[];
}

export interface Outcome {
  failures: Failure[];
  steps: StepRun[];
  /** The manifests as written. */
  yaml: string;
  ms: number;
}

export interface CheckOptions {
  ticketsToken: string;
  /** Keep going after a failed step (the fuzz classifies every step); default: stop at the first. */
  allSteps?: boolean;
  cli?: Cli;
}

interface Change {
  path: string;
  before?: unknown;
  after?: unknown;
}

/** An override's shape in a signature: name only, name and `enabled` only, or more. */
function shapeOf(v: unknown): string {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return '';
  const keys = Object.keys(v).sort().join(',');
  return keys === 'name' || keys === 'enabled,name' ? `{${keys}}` : '{...}';
}

function normalise(kind: string, c: Change): string {
  const path = c.path
    .replace(
      /\b(?:tools|prompts)\[([^\]]*)\]/g,
      (_, key: string) => `overrides[${REAL_NAMES.has(key) ? 'real' : 'ghost'}]`,
    )
    .replace(/\bservers\[[^\]]*\]/g, 'servers[*]')
    .replace(/\[\d+\]/g, '[i]');
  const direction = c.before === undefined ? 'added' : c.after === undefined ? 'removed' : 'changed';
  return `${kind} ${path} ${direction}${shapeOf(c.before ?? c.after)}`;
}

/** Normalised differences in a plan's or drift report's JSON (unparsable output: its first line). */
export function signatureOf(json: string): string[] {
  let doc: {
    resources?: { kind: string; action: string; changes?: Change[] }[];
    items?: { kind: string; class: string; changes?: Change[] }[];
  };
  try {
    doc = JSON.parse(json);
  } catch {
    return [`unparsable output: ${json.split('\n')[0]}`];
  }
  const out = new Set<string>();
  for (const r of doc.resources ?? []) {
    if (r.action === 'noop') continue;
    if (!r.changes?.length) out.add(`${r.kind} ${r.action} (no field changes)`);
    for (const c of r.changes ?? []) out.add(normalise(r.kind, c));
  }
  for (const i of doc.items ?? []) {
    if (i.class !== 'changed') out.add(`${i.kind} ${i.class}`);
    for (const c of i.changes ?? []) out.add(normalise(i.kind, c));
  }
  return [...out].sort();
}

const TABLES = ['servers', 'portals', 'portal_servers', 'policies', 'apps', 'app_policies'];
/** `✗ McpServer/docs: create failed: POST /accounts/<id>/...: "x" ...` without what varies between runs. */
const anonymous = (line: string) =>
  line
    .replace(/\/[^:]*:/, ':')
    .replace(/\/accounts\/[^/]+\//g, '/accounts/…/')
    .replace(/"[^"]*"/g, '"…"');

async function writeSet(dir: string, set: ManifestSet): Promise<string> {
  await mkdir(join(dir, 'secrets'), { recursive: true });
  await writeFile(join(dir, 'all.yaml'), toYaml(set));
  for (const [path, value] of Object.entries(set.files)) await writeFile(join(dir, path), value);
  return dir;
}

/**
 * Runs the convergence property for one set against a fresh embedded portal (real capability sync, the
 * upstreams its URLs name): the set validates and applies; then plan and drift find nothing; `import`
 * writes manifests that plan to nothing (its placeholders set to the same secrets); a second apply writes
 * nothing and plans to nothing; and so does a capability sync of every server (the portal's periodic one).
 */
/**
 * What an account has besides MCP: a policy of another application selecting a group of its own, and a
 * group nothing selects. MCP access does not involve them, so plan, drift and import leave them alone.
 */
async function addOtherAccessObjects(portal: Awaited<ReturnType<typeof startTestPortal>>): Promise<void> {
  const made = async (path: string, body: unknown) => {
    const r = await portal.call('POST', path, body);
    if (r.status !== 201) throw new Error(`POST ${path}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.result as { id: string };
  };
  const wiki = await made('/access/groups', {
    name: 'other-app-readers',
    include: [{ email_domain: { domain: 'wiki.example.com' } }],
  });
  await made('/access/groups', { name: 'other-app-unused', include: [{ everyone: {} }] });
  await made('/access/policies', {
    name: 'other-app-policy',
    decision: 'allow',
    include: [{ group: { id: wiki.id } }],
  });
}

export async function checkConvergence(set: ManifestSet, opts: CheckOptions): Promise<Outcome> {
  const started = performance.now();
  const cli = opts.cli ?? inProcessCli;
  const root = await mkdtemp(join(tmpdir(), 'convergence-'));
  const yaml = toYaml(set);
  const dir = await writeSet(join(root, 'manifests'), set);
  const portal = await startTestPortal({ sync: syncServer });
  await addOtherAccessObjects(portal);
  const target = {
    NO_COLOR: '1',
    CLOUDFLARE_API_TOKEN: portal.apiToken,
    CLOUDFLARE_BASE_URL: portal.baseUrl,
    CLOUDFLARE_ACCOUNT_ID: portal.accountId,
  };
  const steps: StepRun[] = [];
  const failures: Failure[] = [];
  const run = async (step: StepName, args: string[], env: Record<string, string> = set.env) => {
    const t = performance.now();
    const r = await cli(args, { ...env, ...target }, root);
    const s: StepRun = { step, args, ...r, ms: Math.round(performance.now() - t) };
    steps.push(s);
    return s;
  };
  const fail = (step: StepName, message: string, output: string, signature: string[]) => {
    failures.push({ step, message, output, signature });
    return false;
  };
  const applies = async (step: StepName, folder: string, env?: Record<string, string>) => {
    const r = await run(step, ['apply', '-f', folder, '--yes', '--timeout', '30s'], env);
    if (r.code === 0) return true;
    const failed = r.stdout.split('\n').filter((l) => l.startsWith('✗'));
    return fail(step, `apply exited ${r.code}, expected 0`, r.stdout + r.stderr, [
      `exit ${r.code}`,
      ...failed.map(anonymous),
    ]);
  };
  /** A plan or drift that must find nothing; on a difference it runs again in text format, for people. */
  const findsNothing = async (
    step: StepName,
    command: 'plan' | 'drift',
    folder: string,
    env?: Record<string, string>,
  ) => {
    const r = await run(step, [command, '-f', folder, '--format', 'json'], env);
    if (r.code === 0) return true;
    const text = await run(step, [command, '-f', folder], env);
    return fail(
      step,
      `${command} exited ${r.code}, expected 0 (no changes)`,
      text.stdout + text.stderr,
      r.code === 2 ? signatureOf(r.stdout) : [`exit ${r.code}: ${r.stderr.split('\n')[0]}`],
    );
  };
  const imported = join(root, 'imported');
  const property: [StepName, () => Promise<boolean>][] = [
    ['plan', () => findsNothing('plan', 'plan', dir)],
    ['drift', () => findsNothing('drift', 'drift', dir)],
    [
      'import',
      async () => {
        const r = await run('import', ['import', '-o', imported]);
        if (r.code !== 0)
          return fail('import', `import exited ${r.code}, expected 0`, r.stderr, [`exit ${r.code}`]);
        const { env, conflicts } = await importEnv(set, imported, r.stderr);
        if (conflicts.length)
          fail('import', conflicts.join('; '), r.stderr, ['one placeholder, two secrets']);
        return (await findsNothing('plan-imported', 'plan', imported, env)) && !conflicts.length;
      },
    ],
    [
      'reapply',
      async () => {
        const before = JSON.stringify(TABLES.map((t) => portal.dump()[t]));
        const r = await run('reapply', ['apply', '-f', dir, '--yes', '--timeout', '30s']);
        const ops = Number(/(\d+) operation\(s\) succeeded/.exec(r.stdout)?.[1] ?? Number.NaN);
        const writes = r.stdout.split('\n').filter((l) => /^[✓✗] /.test(l));
        const changed = JSON.stringify(TABLES.map((t) => portal.dump()[t])) !== before;
        const ok = r.code === 0 && ops === 0 && !writes.length && !changed;
        const what = `${ops} operation(s)${changed ? ' that changed stored objects' : ''}`;
        if (!ok)
          fail(
            'reapply',
            `a second apply exited ${r.code} after ${what}; expected 0 and none`,
            r.stdout + r.stderr,
            ['writes', ...writes.map(anonymous)],
          );
        return (await findsNothing('plan-after-reapply', 'plan', dir)) && ok;
      },
    ],
    [
      'sync',
      async () => {
        const r = await run('sync', ['sync', '--all', '--wait', '--timeout', '30s']);
        if (r.code !== 0)
          return fail('sync', `sync --all exited ${r.code}, expected 0`, r.stdout + r.stderr, []);
        return findsNothing('plan-after-sync', 'plan', dir);
      },
    ],
  ];
  try {
    if (set.first) {
      const earlier = await writeSet(join(root, 'first'), set.first);
      if (!(await applies('apply-first', earlier, set.first.env))) return outcome();
    }
    const valid = await run('validate', ['validate', '-f', dir]);
    if (valid.code !== 0) {
      fail('validate', `the set is not valid (a generator bug): exit ${valid.code}`, valid.stderr, [
        'invalid',
      ]);
      return outcome();
    }
    if (!(await applies('apply', dir)) && !opts.allSteps) return outcome();
    for (const [, step] of property) if (!(await step()) && !opts.allSteps) break;
    return outcome();
  } finally {
    await portal.close();
    await rm(root, { recursive: true, force: true });
  }

  function outcome(): Outcome {
    return { failures, steps, yaml, ms: Math.round(performance.now() - started) };
  }
}

/**
 * The environment a user sets after `import`: each placeholder it lists on stderr, given the secret the
 * original manifests hold for the same server and slot (the imported servers.yaml says which). Conflicts:
 * one placeholder standing for two different secrets.
 */
async function importEnv(
  set: ManifestSet,
  folder: string,
  stderr: string,
): Promise<{ env: Record<string, string>; conflicts: string[] }> {
  const listed = new Set(/set: (.+)$/m.exec(stderr)?.[1]?.split(', ') ?? []);
  const env: Record<string, string> = {};
  const owner = new Map<string, string>();
  const conflicts: string[] = [];
  const file = join(folder, 'servers.yaml');
  if (!existsSync(file)) return { env, conflicts };
  for (const d of parseAllDocuments(await readFile(file, 'utf8')).map((x) => x.toJS() as Doc)) {
    if (d?.kind !== 'McpServer') continue;
    for (const { slot, ref } of serverRefs(d.spec)) {
      if (!('fromEnv' in ref) || !listed.has(ref.fromEnv)) continue;
      const value = secretOf(set, d.metadata.name, slot);
      const where = `McpServer ${d.metadata.name} ${slot === 'token' ? 'token' : `header ${slot}`}`;
      if (value === undefined) continue;
      const previous = env[ref.fromEnv];
      if (previous !== undefined && previous !== value)
        conflicts.push(
          `import names both ${owner.get(ref.fromEnv)} and ${where} ${ref.fromEnv}, but they differ`,
        );
      else {
        env[ref.fromEnv] = value;
        owner.set(ref.fromEnv, where);
      }
    }
  }
  return { env, conflicts };
}

/** A failed outcome for people: the manifests, the environment's names and each failed step's output. */
export function describeOutcome(o: Outcome, set?: ManifestSet): string {
  const lines = set?.first ? ['--- applied first ---', toYaml(set.first)] : [];
  lines.push('--- manifests ---', o.yaml);
  if (set && Object.keys(set.env).length) lines.push(`--- env: ${Object.keys(set.env).sort().join(', ')}`);
  for (const f of o.failures) {
    lines.push(`--- ${f.step}: ${f.message}`, ...f.signature.map((s) => `  # ${s}`), f.output.trimEnd());
  }
  return lines.join('\n');
}
