/**
 * Logging through the Pulumi engine host: each line is an `Engine.Log` call (pulumirpc, engine.proto) with
 * the resource's URN, its severity, and `ephemeral` for progress shown as the resource's status. The
 * engine's address comes from the plugin's command line (pulumi/pulumi sdk/go/common/resource/plugin/
 * plugin.go appends it after the flags) or from `Attach` (a plugin the user started for debugging:
 * PULUMI_DEBUG_PROVIDERS, pkg/resource/plugin/provider_plugin.go). With no engine, or if a call fails,
 * the line goes to stderr instead (debug lines only with `--logtostderr`).
 */
import * as grpc from '@grpc/grpc-js';
import * as enginerpc from '@pulumi/pulumi/proto/engine_grpc_pb.js';
import enginepb from '@pulumi/pulumi/proto/engine_pb.js';
import type { LogEntry, LogSink } from './resources/context.js';

const SEVERITY = {
  debug: enginepb.LogSeverity.DEBUG,
  info: enginepb.LogSeverity.INFO,
  warning: enginepb.LogSeverity.WARNING,
  error: enginepb.LogSeverity.ERROR,
} as const;

/** Engine arguments: `--logtostderr`, `-v=N`, `--tracing <endpoint>`, then the engine's address. */
export function parsePluginArgs(args: readonly string[]): { engineAddress?: string; logToStderr: boolean } {
  let engineAddress: string | undefined;
  let logToStderr = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--logtostderr') logToStderr = true;
    else if (a === '--tracing') i++;
    else if (a.startsWith('-')) continue;
    else engineAddress ??= a;
  }
  return { ...(engineAddress ? { engineAddress } : {}), logToStderr };
}

export class EngineLog {
  #client: InstanceType<typeof enginerpc.EngineClient> | undefined;
  /** Calls are chained so the engine shows lines in the order they were written. */
  #last: Promise<void> = Promise.resolve();
  readonly #stderr: (line: string) => void;
  readonly #debugToStderr: boolean;

  constructor(opts: { engineAddress?: string; stderr: (line: string) => void; debugToStderr?: boolean }) {
    this.#stderr = opts.stderr;
    this.#debugToStderr = opts.debugToStderr ?? false;
    if (opts.engineAddress) this.attach(opts.engineAddress);
  }

  /** Logs to the engine at `address` from now on (Attach; each `pulumi up` of a debugged plugin sends one). */
  attach(address: string): void {
    if (!/^[^\s/]+:\d+$/.test(address))
      throw new Error(`Attach: ${JSON.stringify(address)} is not an engine address (host:port)`);
    const old = this.#client;
    this.#client = new enginerpc.EngineClient(address, grpc.credentials.createInsecure());
    // Lines already written go to the host they were written for: its channel closes after them.
    if (old) this.#last = this.#last.then(() => old.close());
  }

  get attached(): boolean {
    return this.#client !== undefined;
  }

  sink: LogSink = (entry: LogEntry) => {
    const client = this.#client;
    if (!client) return this.#fallback(entry);
    const req = new enginepb.LogRequest();
    req.setSeverity(SEVERITY[entry.severity]);
    req.setMessage(entry.message);
    req.setUrn(entry.urn ?? '');
    req.setEphemeral(entry.ephemeral ?? false);
    // The chain never rejects: a call on a closed channel throws before any callback, and a rejected
    // chain would stop every later line (and the unhandled rejection's own log line would reject again).
    this.#last = this.#last.then(
      () =>
        new Promise<void>((resolve) => {
          try {
            client.log(req, new grpc.Metadata(), { deadline: Date.now() + 10_000 }, (err) => {
              if (err) this.#fallback(entry, err.details);
              resolve();
            });
          } catch (err) {
            this.#fallback(entry, err instanceof Error ? err.message : String(err));
            resolve();
          }
        }),
    );
  };

  #fallback(entry: LogEntry, why?: string): void {
    if (entry.severity === 'debug' && !this.#debugToStderr) return;
    if (entry.ephemeral && !this.#debugToStderr) return;
    const where = entry.urn ? ` ${entry.urn}` : '';
    const note = why ? ` (engine log failed: ${why})` : '';
    this.#stderr(`${entry.severity}${where}: ${entry.message}${note}`);
  }

  /** Waits for the lines sent so far, then closes the connection. */
  async close(): Promise<void> {
    await this.#last;
    this.#client?.close();
  }
}
