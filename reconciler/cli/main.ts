/**
 * The `portalctl` command line: parses arguments with commander, dispatches to one module per
 * command under `commands/`, and turns every outcome into the documented exit code. Each command is
 * registered from a small `commands/<name>-command.ts` (options and help only); its implementation is
 * imported when it runs, so `--help` and `validate` load neither the portal nor the API client.
 */
import { Command, CommanderError } from 'commander';
import { ExitCode } from '../exit-codes.js';
import { maskSecrets } from '../render/mask.js';
import { packageVersion } from '../version.js';
import { registerApply } from './commands/apply-command.js';
import { registerController } from './commands/controller-command.js';
import { registerDrift } from './commands/drift-command.js';
import { registerImport } from './commands/import-command.js';
import { registerLogs } from './commands/logs-command.js';
import { registerPlan } from './commands/plan-command.js';
import { registerPortal } from './commands/portal-command.js';
import { registerServer } from './commands/server-command.js';
import { registerStatus } from './commands/status-command.js';
import { registerSync } from './commands/sync-command.js';
import { registerValidate } from './commands/validate-command.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => Promise<string>;
  /** Reads one line from the terminal (for confirmations); absent when there is none. */
  readLine?: () => Promise<string>;
  /** Standard output is a terminal (colours, live progress). */
  isTty: boolean;
  /** A person can answer prompts. */
  interactive?: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const processIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  readLine: async () => {
    const { createInterface } = await import('node:readline/promises');
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return await rl.question('');
    } finally {
      rl.close();
    }
  },
  isTty: Boolean(process.stdout.isTTY),
  interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
});

/** Builds the program. Each command's action stores its exit code in `result.code`. */
export function buildProgram(io: CliIo, result: { code: number }): Command {
  const program = new Command('portalctl')
    .description('Manage MCP server portals as code: validate, plan, apply, detect drift.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError()
    .version(packageVersion(), '-V, --version', 'print the version and exit')
    .addHelpText('after', `\nportalctl ${packageVersion()} (mcp-portals)`);
  registerValidate(program, io, result);
  registerPlan(program, io, result);
  registerApply(program, io, result);
  registerDrift(program, io, result);
  registerStatus(program, io, result);
  registerSync(program, io, result);
  registerImport(program, io, result);
  registerPortal(program, io, result);
  registerServer(program, io, result);
  registerLogs(program, io, result);
  registerController(program, io, result);
  return program;
}

/**
 * The same io with every known secret (each resolved secret of the run, the API token) masked in all it
 * prints, in raw, JSON-escaped and URL-encoded forms: errors, progress, JSON output, annotations alike.
 */
export function maskedIo(io: CliIo): CliIo {
  const mask = (text: string) => maskSecrets(text, [io.env.CLOUDFLARE_API_TOKEN]);
  return { ...io, stdout: (text) => io.stdout(mask(text)), stderr: (text) => io.stderr(mask(text)) };
}

/** Runs the CLI and returns the exit code; never calls process.exit. */
export async function main(argv: string[], rawIo: CliIo = processIo()): Promise<number> {
  const io = maskedIo(rawIo);
  const result = { code: ExitCode.Ok };
  const program = buildProgram(io, result);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return ExitCode.Ok;
      return ExitCode.InvalidInput;
    }
    io.stderr(`portalctl: ${err instanceof Error ? err.message : String(err)}\n`);
    return ExitCode.OperationalError;
  }
}
