/**
 * The `logs` command's surface (name, help, options and the parsers of its flags). Its implementation
 * (./logs.ts) is imported only when the command runs.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { CliIo } from '../main.js';
import { addTargetOptions, parseDuration, parsePositiveInt } from '../options.js';
import type { LogsFlags } from './logs.js';

const STATUSES = ['ok', 'error', 'denied', 'timeout', 'cancelled'];

function parseStatus(text: string): string {
  for (const s of text.split(',')) {
    if (!STATUSES.includes(s.trim())) {
      throw new InvalidArgumentError(`unknown status "${s}" (use ${STATUSES.join(', ')}, comma-separated)`);
    }
  }
  return text;
}

export function registerLogs(program: Command, io: CliIo, result: { code: number }): void {
  const cmd = program
    .command('logs')
    .description("Show a portal's request logs (time, status, server, capability, duration, user, session)")
    .option('--portal <id>', 'the portal whose logs to read')
    .option('--server <id>', 'only this server (alone: its logs across portals)')
    .option('--since <when>', 'only rows since a time: a duration ago (30m, 1h, 7d) or an ISO 8601 time')
    .option('--until <when>', 'only rows before a time (same forms as --since)')
    .addOption(
      new Option('--status <list>', 'only these statuses: ok, error, denied, timeout, cancelled').argParser(
        parseStatus,
      ),
    )
    .option(
      '--execution <id>',
      'only one code-mode execution (its exec_… id) and the tool calls it made (embedded portal)',
    )
    .option('-f, --follow', 'keep printing new rows until interrupted')
    .addOption(
      new Option('-o, --output <format>', 'output format (json: one JSON object per line)')
        .choices(['table', 'json'])
        .default('table'),
    )
    .option('--file <path>', 'append the rows as JSON lines to this file instead of printing them')
    .addOption(
      new Option('--limit <n>', 'newest rows to show first (0 = all)')
        .argParser((v) => (v === '0' ? 0 : parsePositiveInt(v)))
        .default(100),
    )
    .addOption(
      new Option('--interval <duration>', 'how often --follow polls')
        .argParser(parseDuration)
        .default(1000, '1s'),
    );
  addTargetOptions(cmd).action(async (flags: LogsFlags) => {
    const { runLogs } = await import('./logs.js');
    result.code = await runLogs(io, flags);
  });
}
