/**
 * The plugin entry (`pulumi-resource-mcpportal`): serves the provider over gRPC on a loopback port and
 * prints only that port on stdout, as the engine expects; everything else goes to stderr. Engine
 * arguments (`--logtostderr`, `-v=N`, `--tracing X`, the engine address) are accepted and ignored.
 */
import { ProviderCore } from './core.js';
import { serve } from './grpc-server.js';

const log = (line: string) => process.stderr.write(`[mcpportal] ${line}\n`);

export async function main(): Promise<void> {
  process.on('uncaughtException', (err) => log(`uncaught: ${err.stack ?? err.message}`));
  process.on('unhandledRejection', (err) =>
    log(`unhandled: ${err instanceof Error ? err.message : String(err)}`),
  );
  const core = new ProviderCore(process.env, log);
  const { server, port } = await serve(core, log);
  process.stdout.write(`${port}\n`);
  const stop = () => {
    server.forceShutdown();
    void core.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
