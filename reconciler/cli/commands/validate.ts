/**
 * `portalctl validate -f PATH... [--format text|json|github] [--strict]`: loads and checks manifests
 * (after `${VAR}` substitution from the environment, as every command does) without contacting any API.
 * Exit 0 when valid (warnings allowed), 3 on any error, or on any warning with --strict. Loaded only when
 * the command runs (its options: ./validate-command.ts).
 */
import { ExitCode } from '../../exit-codes.js';
import { loadManifests } from '../../load/index.js';
import { type DiagnosticsFormat, renderDiagnostics } from '../../render/diagnostics.js';
import { secretPolicyOf } from '../../secret-policy.js';
import type { CliIo } from '../main.js';
import type { SecretFlags } from '../options.js';

export type ValidateFlags = { filename: string[]; format: DiagnosticsFormat; strict: boolean } & SecretFlags;

export async function runValidate(io: CliIo, opts: ValidateFlags): Promise<number> {
  if (opts.filename.length === 0) {
    io.stderr('portalctl validate: give at least one -f PATH (a file, a folder, or - for stdin)\n');
    return ExitCode.InvalidInput;
  }
  const loaded = await loadManifests(opts.filename, {
    cwd: io.cwd,
    strict: opts.strict,
    readStdin: io.stdin,
    secretPolicy: secretPolicyOf(opts, io.env, io.cwd),
    env: io.env,
  });
  const report = { ...loaded, valid: !loaded.failed };
  io.stdout(renderDiagnostics(opts.format, report, io.isTty && !io.env.NO_COLOR));
  return loaded.failed ? ExitCode.InvalidInput : ExitCode.Ok;
}
