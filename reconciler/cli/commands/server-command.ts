/**
 * The `server` command group's surface (`server authorize`: name, help, options). Its implementation
 * (./server.ts) is imported only when the command runs.
 */
import { type Command, Option } from 'commander';
import type { CliIo } from '../main.js';
import { addTargetOptions, parseDuration } from '../options.js';
import type { AuthorizeFlags } from './server.js';

export function registerServer(program: Command, io: CliIo, result: { code: number }): void {
  const server = program.command('server').description('Act on one MCP server of the target');
  const cmd = server
    .command('authorize')
    .description(
      'Authorise an oauth server (admin OAuth login): print the URL to open, then wait until it is Ready',
    )
    .argument('<name>', 'the server id');
  addTargetOptions(cmd)
    .option('--open', 'also open the URL in a browser (when there is a display)', false)
    .option('--no-wait', 'print the URL and exit without waiting for the authorization')
    .addOption(
      new Option('--timeout <duration>', 'how long to wait for the authorization and the sync')
        .argParser(parseDuration)
        .default(600_000, '10m'),
    )
    .addOption(
      new Option('--interval <duration>', 'how often to check').argParser(parseDuration).default(1000, '1s'),
    )
    .action(async (name: string, flags: AuthorizeFlags) => {
      const { runAuthorize } = await import('./server.js');
      result.code = await runAuthorize(io, name, flags);
    });
}
