/**
 * `portalctl controller -f PATH... [--interval 5m] [--watch] [--source files|git --repo DIR --ref main]
 * [--prune] [--mode observe|enforce] [--listen HOST:PORT] [--status-file PATH] [--shutdown-timeout 30s]`:
 * runs the controller loop (../../controller/controller.ts) until SIGTERM or SIGINT, with JSON logs on
 * stdout (one line per event), the lease, and optional HTTP endpoints. Exit codes: 0 after a clean
 * shutdown, 1 when the cycle in progress had to be abandoned, 3 on invalid flags or manifests at startup.
 * Loaded only when the command runs (its options: ./controller-command.ts).
 */
import { randomBytes } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Controller } from '../../controller/controller.js';
import { startControllerHttp } from '../../controller/http.js';
import { createLease, keepRenewed } from '../../controller/lease.js';
import { combineObservers, jsonLogObserver } from '../../controller/logs.js';
import { createMetricsRegistry, metricsObserver } from '../../controller/metrics.js';
import { fileSource, gitSource, type Source, SourceConfigError } from '../../controller/source.js';
import { shutdownTracing, startTracing, type Tracing } from '../../controller/tracing.js';
import type { ControllerEvent, ControllerObserver, ControllerState } from '../../controller/types.js';
import { ExitCode } from '../../exit-codes.js';
import { renderDiagnostics } from '../../render/diagnostics.js';
import { secretPolicyOf } from '../../secret-policy.js';
import type { CliIo } from '../main.js';
import type { TargetFlags } from '../options.js';
import { withTarget } from '../session.js';

// The options live in ./controller-command.ts (imported by `portalctl` without this module); re-exported here
// for the callers that read the command's definition from this module.
export { registerController } from './controller-command.js';

export interface ControllerFlags extends TargetFlags {
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

/** Runs the controller until stopped; returns the exit code. */
export async function runController(io: CliIo, flags: ControllerFlags): Promise<number> {
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
