/**
 * `portalctl validate -f PATH... [--format text|json|github] [--strict]`: loads and checks manifests
 * (after `${VAR}` substitution from the environment, as every command does) without contacting any API.
 * Exit 0 when valid (warnings allowed), 3 on any error, or on any warning with --strict.
 */
import { type Command, Option } from 'commander';
import { ExitCode } from '../../exit-codes.js';
import { loadManifests } from '../../load/index.js';
import { type DiagnosticsFormat, renderDiagnostics } from '../../render/diagnostics.js';
import { secretPolicyOf } from '../../secret-policy.js';
import type { CliIo } from '../main.js';
import type { SecretFlags } from '../options.js';

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerValidate(program: Command, io: CliIo, result: { code: number }): void {
  program
    .command('validate')
    .description('Validate manifests (YAML, schema, references) without contacting any API')
    .option('-f, --filename <path>', 'a manifest file, a folder, or - for stdin (repeatable)', collect, [])
    .option(
      '--secret-env-prefix <prefix>',
      'fromEnv may only name variables with this prefix (repeatable)',
      collect,
      [],
    )
    .option(
      '--secrets-dir <dir>',
      'fromFile may only read files inside this folder (repeatable)',
      collect,
      [],
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'),
    )
    .option('--strict', 'treat warnings as errors', false)
    .action(
      async (opts: { filename: string[]; format: DiagnosticsFormat; strict: boolean } & SecretFlags) => {
        if (opts.filename.length === 0) {
          io.stderr('portalctl validate: give at least one -f PATH (a file, a folder, or - for stdin)\n');
          result.code = ExitCode.InvalidInput;
          return;
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
        result.code = loaded.failed ? ExitCode.InvalidInput : ExitCode.Ok;
      },
    );
}
