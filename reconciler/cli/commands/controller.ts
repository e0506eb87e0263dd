/**
 * `portalctl controller -f PATH... [--interval 5m] [--watch] [--source files|git --repo DIR --ref main]
 * [--prune] [--mode observe|enforce] [--listen HOST:PORT] [--status-file PATH] [--shutdown-timeout 30s]`:
 * runs the controller loop (../../controller/controller.ts) until SIGTERM or SIGINT, with JSON logs on
 * stdout (one line per event), the lease, and optional HTTP endpoints. Exit codes: 0 after a clean
 * shutdown, 1 when the cycle in progress had to be abandoned, 3 on invalid flags or manifests at startup.
 */
import { randomBytes } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { Controller } from '../../controller/controller.js';
import { startControllerHttp } from '../../controller/http.js';
import { createLease, DEFAULT_LEASE_TTL_MS, keepRenewed } from '../../controller/lease.js';
import { combineObservers, jsonLogObserver } from '../../controller/logs.js';
import { createMetricsRegistry, metricsObserver } from '../../controller/metrics.js';
import { fileSource, gitSource, type Source, SourceConfigError } from '../../controller/source.js';
import { shutdownTracing, startTracing, type Tracing } from '../../controller/tracing.js';
import type { ControllerEvent, ControllerObserver, ControllerState } from '../../controller/types.js';
import { ExitCode } from '../../exit-codes.js';
import { renderDiagnostics } from '../../render/diagnostics.js';
import { secretPolicyOf } from '../../secret-policy.js';
import type { CliIo } from '../main.js';
import { addManifestOption, addTargetOptions, parseDuration, type TargetFlags } from '../options.js';
import { withTarget } from '../session.js';

interface ControllerFlags extends TargetFlags {
  filename: string[];
  interval: number;
  watch: boolean;
  source: 'files' | 'git';
  repo?: string;
  ref: string;
  gitPoll: number;
  prune: boolean;
  mode: 'observe' | 'enforce';
  listen?: string;
  statusFile?: string;
  shutdownTimeout: number;
  backoffBase: number;
  backoffCap: number;
  leaseTtl: number;
}

/** Writes the state as JSON next to `path`, then renames it over, so a reader never sees half a file. */
export async function writeStatusFile(path: string, state: ControllerState): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`);
  await rename(tmp, path);
}

function sourceOf(io: CliIo, flags: ControllerFlags): Source {
  const common = {
    paths: flags.filename,
    env: io.env,
    secretPolicy: secretPolicyOf(flags, io.env, io.cwd),
  };
  if (flags.source === 'git') {
    if (!flags.repo) throw new SourceConfigError('--source git needs --repo DIR (a local clone)');
    return gitSource({ ...common, repo: resolve(io.cwd, flags.repo), ref: flags.ref, pollMs: flags.gitPoll });
  }
  if (flags.repo) throw new SourceConfigError('--repo is for --source git');
  return fileSource({ ...common, cwd: io.cwd });
}

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
        .default(DEFAULT_LEASE_TTL_MS, '30s'),
    )
    .action(async (flags: ControllerFlags) => {
      result.code = await runController(io, flags);
    });
}

async function runController(io: CliIo, flags: ControllerFlags): Promise<number> {
  if (!flags.filename.length) {
    io.stderr('portalctl: give at least one -f PATH (a file or a folder)\n');
    return ExitCode.InvalidInput;
  }
  let source: Source;
  try {
    source = sourceOf(io, flags);
  } catch (err) {
    io.stderr(`portalctl: ${(err as Error).message}\n`);
    return ExitCode.InvalidInput;
  }
  // Startup: without a valid manifest set there is no last good one to keep reconciling.
  try {
    const first = await source.load();
    if (first.failed) {
      io.stderr(renderDiagnostics('text', { ...first, valid: false }, false));
      await source.close();
      return ExitCode.InvalidInput;
    }
  } catch (err) {
    io.stderr(`portalctl: ${(err as Error).message}\n`);
    await source.close();
    return ExitCode.InvalidInput;
  }
  // The controller runs until stopped: no overall deadline (see session.ts deadlineOf).
  const registry = createMetricsRegistry();
  const metrics = metricsObserver(registry);
  // Optional OpenTelemetry traces (OTEL_EXPORTER_OTLP_ENDPOINT): a span per cycle and per API call.
  let tracing: Tracing | undefined;
  try {
    tracing = await startTracing(io.env);
  } catch (err) {
    io.stderr(`portalctl: ${(err as Error).message}\n`);
    await source.close();
    return ExitCode.InvalidInput;
  }
  return withTarget(
    io,
    { ...flags, follow: true } as TargetFlags,
    async (target) => {
      const logs = jsonLogObserver((line) => io.stdout(`${line}\n`));
      const log = (e: ControllerEvent) => logs.event?.(e);
      let writing = Promise.resolve();
      const statusFile: ControllerObserver = {
        cycleFinished: (_report, state) => {
          const path = flags.statusFile ? resolve(io.cwd, flags.statusFile) : undefined;
          if (path)
            writing = writing
              .then(() => writeStatusFile(path, state))
              .catch((err) =>
                log({
                  level: 'warn',
                  event: 'status.write-failed',
                  message: `${path}: ${(err as Error).message}`,
                }),
              );
        },
      };
      const observer = combineObservers(metrics, logs, statusFile, ...(tracing ? [tracing.observer] : []));
      const lease = createLease(target.api, { owner: flags.owner, ttlMs: flags.leaseTtl });
      const controller = new Controller({
        target,
        source,
        lease,
        mode: flags.mode,
        owner: flags.owner,
        prune: flags.prune,
        intervalMs: flags.interval,
        watch: flags.source === 'git' || flags.watch,
        sourceTrigger: flags.source === 'git' ? 'git' : 'watch',
        env: io.env,
        cwd: io.cwd,
        secretPolicy: secretPolicyOf(flags, io.env, io.cwd),
        concurrency: flags.concurrency,
        shutdownTimeoutMs: flags.shutdownTimeout,
        backoff: { baseMs: flags.backoffBase, capMs: Math.max(flags.backoffCap, flags.backoffBase) },
        closeTarget: false,
        observer,
      });
      const http = flags.listen
        ? await startControllerHttp(controller, registry, {
            listen: flags.listen,
            intervalMs: flags.interval,
          })
        : undefined;
      if (http)
        log({ level: 'info', event: 'http.listening', message: `serving ${http.url}`, url: http.url });
      const stop = new AbortController();
      // Renewed between cycles too (every ttl/3), so an interval longer than the lease never lets it lapse.
      keepRenewed(lease, {
        signal: stop.signal,
        onLost: () =>
          log({
            level: 'warn',
            event: 'lease.lost',
            message: 'the lease was lost between cycles: not writing',
          }),
      });
      const onSignal = (signal: NodeJS.Signals) => {
        log({ level: 'info', event: 'shutdown.requested', message: `${signal}: stopping` });
        stop.abort();
      };
      process.on('SIGTERM', onSignal);
      process.on('SIGINT', onSignal);
      try {
        const { clean } = await controller.run(stop.signal);
        await writing;
        return clean ? ExitCode.Ok : ExitCode.OperationalError;
      } finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        await http?.close();
        await shutdownTracing(tracing, flags.shutdownTimeout);
      }
    },
    {
      onResponse: (r) => {
        metrics.onResponse(r);
        tracing?.onResponse(r);
      },
      // Every cycle lists everything again: unchanged pages are not parsed and checked again.
      reuseUnchangedAnswers: true,
    },
  );
}
