/**
 * Helpers of the portalctl attack tests: `portalctl` as a real child process, and a hostile or broken
 * management API as a real HTTP server on 127.0.0.1 that records every request it receives.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { tempDir } from '../testing/temp-dir.js';

const entry = join(import.meta.dirname, 'run-cli.ts');
/** tsx's loader by URL, so the child resolves it whatever its working folder. */
const tsx = import.meta.resolve('tsx');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs portalctl with exactly `env` (plus PATH and NO_COLOR) in `cwd`. */
export function runCli(args: string[], opts: { cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, entry, ...args], {
      cwd: opts.cwd,
      env: { PATH: process.env.PATH ?? '', HOME: opts.cwd, NO_COLOR: '1', ...opts.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end('');
  });
}

export interface Received {
  method: string;
  url: string;
  authorization: string;
  body: string;
}

export interface FakeApi {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** A real HTTP server; `handle` answers each request (the body already read), or never, if it returns undefined. */
export async function startFakeApi(handle: (req: Received, res: ServerResponse) => void): Promise<FakeApi> {
  const received: Received[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const r = {
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: String(req.headers.authorization ?? ''),
      body: Buffer.concat(chunks).toString('utf8'),
    };
    received.push(r);
    handle(r, res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/client/v4`,
    received,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Sends a JSON answer. */
export function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** A fresh working folder with the given files (relative paths; folders are created). */
export function workdir(files: Record<string, string>): string {
  const dir = tempDir('portalctl-sec-');
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirp(dirname(path));
    writeFileSync(path, text);
  }
  return dir;
}

const mkdirp = (dir: string) => mkdirSync(dir, { recursive: true });

/** A bearer-token McpServer manifest whose token comes from `ref` (YAML flow text, e.g. `{ fromEnv: X }`). */
export const bearerServer = (ref: string, name = 'tickets') =>
  `apiVersion: mcpportal/v1
kind: McpServer
metadata:
  name: ${name}
spec:
  url: https://tickets.example.com/mcp
  auth:
    type: bearer
    token: ${ref}
`;
