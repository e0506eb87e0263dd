/**
 * The command-line side of the example upstreams: `--port`/`--host` parsing (with `<NAME>_PORT` and
 * `UPSTREAM_HOST` env fallbacks), a "run me when I am the entry point" check, and clean shutdown on
 * SIGINT/SIGTERM.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface CliListen {
  port: number;
  host: string;
  /** Every other `--name value` option given, for starter-specific flags (e.g. `--token`). */
  extra: Record<string, string | undefined>;
}

/** True when the module at `metaUrl` is the script node was started with. */
export function isMain(metaUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(metaUrl));
  } catch {
    return false;
  }
}

/** Reads `--port`, `--host` and the named extra string options from argv. */
export function parseListen(envPrefix: string, defaultPort: number, extraNames: string[] = []): CliListen {
  const options: Record<string, { type: 'string' }> = { port: { type: 'string' }, host: { type: 'string' } };
  for (const name of extraNames) options[name] = { type: 'string' };
  const { values } = parseArgs({ options, strict: true, allowPositionals: false });
  const rawPort = values.port ?? process.env[`${envPrefix}_PORT`] ?? String(defaultPort);
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port: ${rawPort}`);
  const extra: Record<string, string | undefined> = {};
  for (const name of extraNames) extra[name] = values[name] as string | undefined;
  return {
    port,
    host: (values.host as string | undefined) ?? process.env.UPSTREAM_HOST ?? '127.0.0.1',
    extra,
  };
}

/** Closes `close` on SIGINT/SIGTERM, then exits 0. */
export function closeOnSignals(close: () => Promise<void>): void {
  const stop = () => {
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
