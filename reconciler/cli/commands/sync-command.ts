/**
 * The `sync` command's surface (name, help, options). Its implementation (./sync.ts) is imported only
 * when the command runs.
 */
import { type Command, Option } from 'commander';
import type { CliIo } from '../main.js';
import { addTargetOptions, parseDuration } from '../options.js';
import type { SyncFlags } from './sync.js';

export function registerSync(program: Command, io: CliIo, result: { code: number }): void {
  const cmd = program
    .command('sync')
    .description('Sync the tools and prompts of servers from their upstreams')
    .argument('[servers...]', 'server ids');
  addTargetOptions(cmd)
    .option('--all', 'every server', false)
    .option('--wait', 'wait for the syncs to finish', false)
    .addOption(
      new Option('--timeout <duration>', 'how long to wait').argParser(parseDuration).default(300_000, '5m'),
    )
    .action(async (servers: string[], flags: SyncFlags) => {
      const { runSync } = await import('./sync.js');
      result.code = await runSync(io, servers, flags);
    });
}
