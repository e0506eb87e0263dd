/**
 * The `controller` command's surface (name, help, options and the parser of `--lease-ttl`). Its
 * implementation (./controller.ts: the loop, HTTP endpoints, metrics, tracing) is imported only when the
 * command runs.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { CliIo } from '../main.js';
import { addManifestOption, addTargetOptions, parseDuration } from '../options.js';
import type { ControllerFlags } from './controller.js';

/**
 * The lease ttl's default (`DEFAULT_LEASE_TTL_MS` of ../../controller/lease.ts), written out so that reading
 * the options does not load the lease and the API errors; a test keeps the two equal.
 */
export const CONTROLLER_DEFAULT_LEASE_TTL_MS = 30_000;

/** `--lease-ttl`: at least 1 s (renewals every third of it must fit between API calls). */
function parseLeaseTtl(value: string): number {
  const ms = parseDuration(value);
  if (ms < 1000) throw new InvalidArgumentError(`the lease ttl must be at least 1s, got ${value}`);
  return ms;
}

export function registerController(program: Command, io: CliIo, result: { code: number }): void {
  const cmd = program
    .command('controller')
    .description(
      'Reconcile continuously: load, observe, plan and (enforce) apply every interval, with conditions, backoff and a lease',
    );
  addManifestOption(cmd);
  addTargetOptions(cmd)
    .addOption(
      new Option('--interval <duration>', 'time between cycles')
        .argParser(parseDuration)
        .default(300_000, '5m'),
    )
    .option('--watch', 'start a cycle early when a manifest file changes', false)
    .addOption(
      new Option('--source <source>', 'where manifests come from').choices(['files', 'git']).default('files'),
    )
    .option('--repo <dir>', 'with --source git: a local clone (fetched, never checked out in place)')
    .option('--ref <ref>', 'with --source git: the branch, tag or commit to reconcile', 'main')
    .addOption(
      new Option('--git-poll <duration>', 'with --source git: how often to look for a new commit')
        .argParser(parseDuration)
        .default(30_000, '30s'),
    )
    .option('--prune', 'delete objects this tool owns that are not in the manifests', false)
    .addOption(
      new Option('--mode <mode>', 'enforce: apply; observe: only report drift')
        .choices(['observe', 'enforce'])
        .default('enforce'),
    )
    .option(
      '--listen <address>',
      'serve /healthz, /readyz, /metrics and /status on HOST:PORT (e.g. 127.0.0.1:9464)',
    )
    .option('--status-file <path>', 'write the controller state as JSON here after each cycle')
    .addOption(
      new Option('--shutdown-timeout <duration>', 'on SIGTERM, how long to let the cycle in progress finish')
        .argParser(parseDuration)
        .default(30_000, '30s'),
    )
    .addOption(
      new Option(
        '--backoff-base <duration>',
        'first retry delay of a failed resource (full jitter, doubling)',
      )
        .argParser(parseDuration)
        .default(5_000, '5s'),
    )
    .addOption(
      new Option(
        '--backoff-cap <duration>',
        'longest retry delay; a permanent error (4xx) always waits this long',
      )
        .argParser(parseDuration)
        .default(300_000, '5m'),
    )
    .addOption(
      new Option(
        '--lease-ttl <duration>',
        'how long the lease outlives a silent holder: the longest a standby waits to take over (renewed every third)',
      )
        .argParser(parseLeaseTtl)
        .default(CONTROLLER_DEFAULT_LEASE_TTL_MS, '30s'),
    )
    .action(async (flags: ControllerFlags) => {
      const { runController } = await import('./controller.js');
      result.code = await runController(io, flags);
    });
}
