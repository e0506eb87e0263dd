/**
 * The `import` command's surface (name, help, options). Its implementation (./import.ts) is imported only
 * when the command runs.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { KindName } from '../../kinds/model.js';
import type { CliIo } from '../main.js';
import { addTargetOptions } from '../options.js';
import type { ImportFlags } from './import.js';

/**
 * The kinds `--kind` takes, in the kind registry's order (`KIND_NAMES`, ../../kinds/registry.ts), written
 * out so that reading the options does not load every kind's handler; a test keeps the two equal.
 */
export const IMPORT_KINDS: readonly KindName[] = ['AccessGroup', 'AccessPolicy', 'McpServer', 'McpPortal'];

function kindArg(value: string, previous: KindName[]): KindName[] {
  if (!IMPORT_KINDS.includes(value as KindName))
    throw new InvalidArgumentError(`one of ${IMPORT_KINDS.join(', ')}`);
  return [...previous, value as KindName];
}

export function registerImport(program: Command, io: CliIo, result: { code: number }): void {
  const cmd = program.command('import').description('Write manifests for the live objects');
  addTargetOptions(cmd)
    .addOption(
      new Option('--kind <kind>', `only this kind (repeatable): ${IMPORT_KINDS.join(', ')}`)
        .argParser(kindArg)
        .default([]),
    )
    .option(
      '-o, --output-dir <dir>',
      'write policies.yaml, servers.yaml and portals.yaml here (default: stdout)',
    )
    .action(async (flags: ImportFlags) => {
      const { runImport } = await import('./import.js');
      result.code = await runImport(io, flags);
    });
}
