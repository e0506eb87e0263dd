// What `portalctl` loads, counted as users run it: the real bin script (built by `npm test`) in a child
// process with a preloaded hook that records every module (ES modules as resolved, CommonJS from the require
// cache at exit). `--help` and `validate` load only the CLI, the loader and the precompiled schemas: never the
// portal, the API client, the MCP SDK or the heavy dependencies; and every command loads its own
// implementation only when it runs.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startDocsUpstream } from '../../examples/upstreams/docs.js';
import { startPortalProcess } from '../../portal/testing/portal-process.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'portalctl.js');
const bundleDir = join(root, 'dist', 'cli');
const work = mkdtempSync(join(tmpdir(), 'portalctl-loads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The resolve hook runs on Node's hooks thread and appends each resolved URL; the preload appends the
// CommonJS modules (those loaded by require, which the hook does not see) when the process exits.
const HOOKS = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (process.env.MODULE_LOG) appendFileSync(process.env.MODULE_LOG, r.url + '\\n');
  return r;
}`;
const PRELOAD = `
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});
const cache = createRequire(import.meta.url).cache;
process.on('exit', () => appendFileSync(process.env.MODULE_LOG, Object.keys(cache).join('\\n') + '\\n'));
`;
const preload = join(work, 'record-modules.mjs');
writeFileSync(preload, PRELOAD);

/** Runs portalctl and returns the files it loaded (node: built-ins left out) and its exit code. */
function loaded(args: string[]): { code: number | null; files: string[]; bundled: boolean } {
  const log = logFor(args);
  const r = spawnSync(process.execPath, ['--import', preload, bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', MODULE_LOG: log },
  });
  const bundled = readFileSync(log, 'utf8').includes(pathToFileURL(join(bundleDir, 'main.js')).href);
  return { code: r.status, files: filesIn(log), bundled };
}

/** As `loaded`, without blocking this process (which serves an upstream the command reaches). */
async function loadedAsync(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; files: string[]; output: string }> {
  const log = logFor(args);
  const child = spawn(process.execPath, ['--import', preload, bin, ...args], {
    cwd: root,
    env: { ...process.env, ...env, NO_COLOR: '1', MODULE_LOG: log },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, files: filesIn(log), output };
}

function logFor(args: string[]): string {
  const log = join(
    work,
    `${args
      .join('_')
      .replace(/[^\w-]/g, '')
      .slice(0, 80)}.log`,
  );
  writeFileSync(log, '');
  return log;
}

/**
 * The compiled modules a file of the CLI's bundle (dist/cli, scripts/bundle-cli.ts) holds, read from its
 * source map (`reconciler/x.ts` -> `dist/reconciler/x.js`), so that what a command loads is counted in
 * modules whether the bundle or the compiled CLI ran. esbuild puts a module in the chunk of exactly the
 * entry points that reach it, so a chunk holds nothing its command does not import.
 */
function modulesOf(chunk: string): string[] {
  const map = JSON.parse(readFileSync(`${chunk}.map`, 'utf8')) as { sources: string[] };
  return map.sources.map((s) => {
    const rel = relative(root, resolve(dirname(chunk), s));
    return join(root, 'dist', rel.replace(/\.ts$/, '.js'));
  });
}

function filesIn(log: string): string[] {
  const files = new Set<string>();
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    if (!line || line.startsWith('node:') || line.startsWith('data:')) continue;
    const file = line.startsWith('file:') ? fileURLToPath(line) : line;
    if (file.startsWith(`${bundleDir}/`)) for (const m of modulesOf(file)) files.add(m);
    else files.add(file);
  }
  return [...files].filter((f) => f !== preload);
}

/** Packages and project folders no read-only, offline command may load. */
const HEAVY = [
  '/node_modules/express/',
  '/node_modules/hono/',
  '/node_modules/@hono/',
  '/node_modules/better-sqlite3/',
  '/node_modules/@modelcontextprotocol/sdk/',
  '/node_modules/undici/',
  '/node_modules/gpt-tokenizer/',
  '/node_modules/zod/',
  '/dist/portal/',
  '/dist/reconciler/api/',
];
const heavy = (files: string[]) => files.filter((f) => HEAVY.some((h) => f.includes(h)));

describe('modules loaded by portalctl', () => {
  it('--help loads the CLI only: no command implementation, no heavy dependency', () => {
    const r = loaded(['--help']);
    expect(r.code).toBe(0);
    // `npm test` builds the bundle after the compiled CLI: the bin runs the bundle.
    expect(r.bundled).toBe(true);
    expect(heavy(r.files)).toEqual([]);
    expect(r.files.filter((f) => /\/cli\/commands\/[a-z-]+(?<!-command)\.js$/.test(f))).toEqual([]);
    expect(r.files.filter((f) => f.includes('/node_modules/ajv'))).toEqual([]);
    // The CLI entry, main, its options, eleven command definitions and commander: a few dozen files.
    expect(r.files.length).toBeLessThan(40);
  });

  it('validate loads the loader and the precompiled schemas, and compiles none', () => {
    const r = loaded(['validate', '-f', 'examples/manifests']);
    expect(r.code).toBe(0);
    expect(heavy(r.files)).toEqual([]);
    // Only ajv's run-time helpers: no compiler, no ajv instance.
    expect(r.files.filter((f) => /\/node_modules\/ajv\/dist\/(compile|vocabularies)\//.test(f))).toEqual([]);
    expect(r.files.filter((f) => f.endsWith('/node_modules/ajv/dist/ajv.js'))).toEqual([]);
    expect(r.files.some((f) => f.endsWith('/dist/schemas/generated/validators.js'))).toBe(true);
    // Neither the API's wire validators nor the yaml library (plain files are read with js-yaml; yaml
    // parses only for the full path or a source position).
    expect(r.files.some((f) => f.endsWith('/dist/schemas/generated/wire-validators.js'))).toBe(false);
    expect(r.files.filter((f) => f.includes('/node_modules/yaml/'))).toEqual([]);
    // The CLI, the loader, yaml and js-yaml, the schemas and ajv's run-time helpers: under two hundred files
    // (the whole program before commands loaded lazily: nearly a thousand).
    expect(r.files.length).toBeLessThan(200);
  });

  it('a command that talks to the API loads its implementation when it runs', () => {
    // No token and no --local: it fails before any request, after loading plan's implementation.
    const r = loaded(['plan', '-f', 'examples/manifests', '--target', 'cloudflare']);
    expect(r.code).toBe(3);
    expect(r.files.some((f) => f.endsWith('/dist/reconciler/cli/commands/plan.js'))).toBe(true);
    expect(r.files.some((f) => f.endsWith('/dist/reconciler/cli/commands/apply.js'))).toBe(false);
    // The embedded portal (and its server stack) loads only for a local target.
    expect(r.files.some((f) => f.endsWith('/dist/portal/index.js'))).toBe(false);
    expect(r.files.some((f) => f.includes('/node_modules/express/'))).toBe(false);
  });

  it('a plan with no changes loads neither the tokenizer nor the schema compiler nor undici', async () => {
    const docs = await startDocsUpstream({ port: 0 });
    const portal = await startPortalProcess();
    try {
      const dir = join(work, 'set');
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'set.yaml'),
        `apiVersion: mcpportal/v1
kind: AccessPolicy
metadata: { name: staff }
spec: { decision: allow, include: [ { emailDomain: example.com } ] }
---
apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec: { url: "${docs.url}", policies: [ staff ] }
---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec: { hostname: eng.example.com, servers: [ { server: docs } ] }
`,
      );
      const env = { CLOUDFLARE_API_TOKEN: portal.apiToken };
      const target = ['-f', dir, '--api-url', portal.baseUrl, '--account-id', portal.accountId];
      const applied = await loadedAsync(['apply', '-y', ...target], env);
      expect(applied.code, applied.output).toBe(0);
      // The apply's own plan showed the new portal's token cost: it loaded the tokenizer.
      expect(applied.files.some((f) => f.includes('/node_modules/gpt-tokenizer/'))).toBe(true);
      const planned = await loadedAsync(['plan', ...target], env);
      expect(planned.code, planned.output).toBe(0);
      expect(planned.files.some((f) => f.includes('/node_modules/gpt-tokenizer/'))).toBe(false);
      // Every answer is checked by a precompiled wire validator: no ajv compiler, no ajv instance.
      expect(
        planned.files.filter((f) => /\/node_modules\/ajv\/dist\/(compile|vocabularies)\//.test(f)),
      ).toEqual([]);
      expect(planned.files.some((f) => f.endsWith('/dist/schemas/generated/wire-validators.js'))).toBe(true);
      // The API client is on Node's own HTTP client (reconciler/api/http-transport.ts).
      expect(planned.files.some((f) => f.endsWith('/dist/reconciler/api/http-transport.js'))).toBe(true);
      expect(planned.files.filter((f) => f.includes('/node_modules/undici/'))).toEqual([]);
    } finally {
      await portal.close();
      await docs.close();
    }
  });
});

describe('bin/portalctl.js', () => {
  // A copy of the bin beside two stand-in CLIs that say which one ran, with their times set.
  const fake = join(work, 'fake');
  const stand = (dir: string, name: string) => {
    mkdirSync(join(fake, dir), { recursive: true });
    writeFileSync(
      join(fake, dir, 'main.js'),
      `export async function main() { process.stdout.write(${JSON.stringify(name)}); return 0; }\n`,
    );
  };
  mkdirSync(join(fake, 'bin'), { recursive: true });
  writeFileSync(join(fake, 'bin', 'portalctl.js'), readFileSync(bin));
  stand('dist/cli', 'bundle');
  stand('dist/reconciler/cli', 'compiled');
  // The bin script's first import, ahead of either CLI (v8-tuning.ts).
  const tuning = 'dist/reconciler/cli/v8-tuning.js';
  writeFileSync(join(fake, tuning), readFileSync(join(root, tuning)));
  const run = () =>
    spawnSync(process.execPath, [join(fake, 'bin', 'portalctl.js')], { encoding: 'utf8' }).stdout;
  const touch = (dir: string, seconds: number) => utimesSync(join(fake, dir, 'main.js'), seconds, seconds);

  it('runs the bundle when it is as new as the compiled CLI or newer', () => {
    touch('dist/reconciler/cli', 1_000);
    touch('dist/cli', 1_000);
    expect(run()).toBe('bundle');
    touch('dist/cli', 2_000);
    expect(run()).toBe('bundle');
  });

  it('runs the compiled CLI when the bundle is older (tsc ran without the bundling step) or absent', () => {
    touch('dist/cli', 1_000);
    touch('dist/reconciler/cli', 2_000);
    expect(run()).toBe('compiled');
    rmSync(join(fake, 'dist/cli'), { recursive: true });
    expect(run()).toBe('compiled');
  });
});
