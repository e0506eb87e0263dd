/**
 * What every API-facing command does around its own work: load manifests (bad input: diagnostics and
 * exit 3, nothing sent), resolve the target, turn any error into its documented exit code with a
 * one-line message, and always release the target.
 */
import { exitCodeOf } from '../api/errors.js';
import { MissingSecretError } from '../apply/apply.js';
import { ExitCode } from '../exit-codes.js';
import { UNCHECKED_CODE } from '../kinds/mcp-server/unchecked-secrets.js';
import { type LoadResult, loadManifests } from '../load/index.js';
import type { Plan } from '../plan/types.js';
import { type DiagnosticsFormat, renderDiagnostics } from '../render/diagnostics.js';
import { secretPolicyOf } from '../secret-policy.js';
import { resolveTarget, type Target, TargetConfigError, type TargetOptions } from '../target.js';
import type { CliIo } from './main.js';
import { DEFAULT_DEADLINE_MS, type SecretFlags, type TargetFlags } from './options.js';

/** Loads manifests; on any error prints the diagnostics and returns undefined. */
export async function loadOrReport(
  io: CliIo,
  files: string[],
  format: string,
  opts: { partial?: boolean; secrets?: SecretFlags } = {},
): Promise<LoadResult | undefined> {
  if (files.length === 0) {
    io.stderr('give at least one -f PATH (a file, a folder, or - for stdin)\n');
    return undefined;
  }
  const loaded = await loadManifests(files, {
    cwd: io.cwd,
    readStdin: io.stdin,
    partial: opts.partial,
    secretPolicy: secretPolicyOf(opts.secrets ?? {}, io.env, io.cwd),
    env: io.env,
  });
  if (!loaded.failed) {
    if (loaded.diagnostics.length) {
      io.stderr(renderDiagnostics('text', { ...loaded, valid: true }, false));
    }
    return loaded;
  }
  const diagFormat: DiagnosticsFormat = format === 'json' ? 'json' : format === 'github' ? 'github' : 'text';
  const out = renderDiagnostics(diagFormat, { ...loaded, valid: false }, io.isTty && !io.env.NO_COLOR);
  if (diagFormat === 'json') io.stdout(out);
  else io.stderr(out);
  return undefined;
}

/**
 * `--local` as `resolveTarget` reads it, from `--target`: `cloudflare` never falls back to the embedded
 * portal (without a token that is an error, not a silent local run); `embedded` is `--local`.
 */
function localOf(flags: TargetFlags, env: NodeJS.ProcessEnv): string | boolean | undefined {
  if (flags.target === 'embedded') return flags.local ?? true;
  if (flags.target !== 'cloudflare') return flags.local;
  if (flags.local !== undefined)
    throw new TargetConfigError('--target cloudflare and --local contradict each other: give one');
  if (!env.CLOUDFLARE_API_TOKEN)
    throw new TargetConfigError(
      '--target cloudflare needs an API token: set CLOUDFLARE_API_TOKEN (nothing was sent)',
    );
  return false;
}

/** The overall deadline of a command in ms (see `DEFAULT_DEADLINE_MS`), or undefined for none. */
function deadlineOf(flags: TargetFlags & { follow?: boolean; timeout?: number }): number | undefined {
  if (flags.deadline !== undefined) return flags.deadline;
  if (flags.follow) return undefined;
  return Math.max(DEFAULT_DEADLINE_MS, (flags.timeout ?? 0) + flags.maxWait + 60_000);
}

/** Runs `fn` against the resolved target; maps errors to exit codes. `extra`: e.g. the controller's metrics. */
export async function withTarget(
  io: CliIo,
  flags: TargetFlags,
  fn: (target: Target) => Promise<number>,
  extra: Pick<TargetOptions, 'onResponse' | 'reuseUnchangedAnswers'> = {},
): Promise<number> {
  let target: Target | undefined;
  const started = Date.now();
  try {
    target = await resolveTarget({
      apiUrl: flags.apiUrl,
      accountId: flags.accountId,
      local: localOf(flags, io.env),
      env: io.env,
      cwd: io.cwd,
      notice: (line) => io.stderr(`${line}\n`),
      maxWaitMs: flags.maxWait,
      concurrency: flags.concurrency,
      ...extra,
    });
    const deadline = deadlineOf(flags);
    if (deadline !== undefined) target.api.client.setDeadline(started + deadline);
    return await fn(target);
  } catch (err) {
    io.stderr(`portalctl: ${err instanceof Error ? err.message : String(err)}\n`);
    if (err instanceof TargetConfigError || err instanceof MissingSecretError) return ExitCode.InvalidInput;
    return exitCodeOf(err);
  } finally {
    await target?.close();
  }
}

/**
 * The plan to render on stdout, and the warnings that go to stderr instead. In `text`, a secret missing for
 * a live server (`secret/rotation-unchecked`: no credential sent, rotation not checked) is one
 * `portalctl: warning:` line on stderr, where a CI log shows it whatever happens to stdout; the other
 * formats are documents (JSON, markdown, annotations) and keep it in their diagnostics.
 */
export function warningsToStderr(plan: Plan, format: string): { shown: Plan; stderr: string } {
  if (format !== 'text') return { shown: plan, stderr: '' };
  const moved = plan.diagnostics.filter((d) => d.code === UNCHECKED_CODE);
  if (!moved.length) return { shown: plan, stderr: '' };
  return {
    shown: { ...plan, diagnostics: plan.diagnostics.filter((d) => d.code !== UNCHECKED_CODE) },
    stderr: moved.map((d) => `portalctl: warning: ${d.message}\n`).join(''),
  };
}
