/**
 * The `validate` command's surface (name, help, options). Its implementation (./validate.ts: the loader,
 * schemas and renderers) is imported only when the command runs, so `portalctl --help` and every other
 * command never load it.
 */
import { type Command, Option } from 'commander';
import type { CliIo } from '../main.js';
import { collect } from '../options.js';
import type { ValidateFlags } from './validate.js';

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
    .action(async (flags: ValidateFlags) => {
      const { runValidate } = await import('./validate.js');
      result.code = await runValidate(io, flags);
    });
}
