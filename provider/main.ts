/**
 * The plugin entry (`pulumi-resource-mcpportal`): serves the provider over gRPC on a loopback port and
 * prints only that port on stdout, as the engine expects. Logs go to the engine host (its address is the
 * first argument after the engine's flags `--logtostderr`, `-v=N`, `--tracing X`, or arrives by Attach
 * when the user started the plugin for PULUMI_DEBUG_PROVIDERS); stderr only when there is no engine.
 */
// ajv statically, so that the bundled plugin compiles the schemas that are not precompiled.
import '../schemas/ajv-static.js';
import { ProviderCore } from './core.js';
import { EngineLog, parsePluginArgs } from './engine-log.js';
import { serve } from './grpc-server.js';

const stderr = (line: string) => process.stderr.write(`[mcpportal] ${line}\n`);

export async function main(args: readonly string[] = process.argv.slice(2)): Promise<void> {
  const { engineAddress, logToStderr } = parsePluginArgs(args);
  const engine = new EngineLog({
    ...(engineAddress ? { engineAddress } : {}),
    stderr,
    debugToStderr: logToStderr,
  });
  const fatal = (message: string) => engine.sink({ severity: 'error', message });
  process.on('uncaughtException', (err) => fatal(`uncaught: ${err.stack ?? err.message}`));
  process.on('unhandledRejection', (err) =>
    fatal(`unhandled: ${err instanceof Error ? err.message : String(err)}`),
  );
  const core = new ProviderCore(process.env, engine.sink);
  const { server, port } = await serve(core, engine);
  process.stdout.write(`${port}\n`);
  const stop = () => {
    server.forceShutdown();
    void Promise.allSettled([core.close(), engine.close()]).finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
