// `npm pack` makes a package that works installed elsewhere: the tarball of ./dist (built by `npm test`
// first) is installed into an empty folder by the CI workflows' own "Install portalctl" step (npm install
// --omit=dev; better-sqlite3's addon from a local prebuild of the one `npm ci` built here), then only the
// installed copy is run:
// portalctl --version/--help, validate and plan --local on the shipped examples, and the Pulumi plugin
// spawned as the engine spawns it, answering GetPluginInfo with the package version.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, sep } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as provrpc from '@pulumi/pulumi/proto/provider_grpc_pb.js';
import provpb from '@pulumi/pulumi/proto/provider_pb.js';
import emptypb from 'google-protobuf/google/protobuf/empty_pb.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { distProblems } from './dist-check.js';
import { checkPackageImports, nodeModulesAbove } from './imports.js';
import { ACTIONS_BASH, installScript } from './workflows.js';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

/** PATH without anything of this repository (npm run puts its node_modules/.bin first), node's own first. */
const PATH = [dirname(process.execPath), ...(process.env.PATH ?? '').split(delimiter)]
  .filter((p) => p && p !== root && !p.startsWith(root + sep))
  .join(delimiter);

/** The environment npm runs in: ours without what `npm run` injects about this repository. */
function npmEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !(k.startsWith('npm_') && !keep.has(k)) && !k.startsWith('VITEST') && k !== 'NODE_OPTIONS',
    ),
  );
  return { ...env, NODE_PATH: '', PATH, npm_config_update_notifier: 'false', ...extra };
}

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string }[];
}

const temp = mkdtempSync(join(tmpdir(), 'pack-test-'));
let packed: PackResult;
let tarball: string;
let binDir: string;
let installed: string;
let installLog: string;

/** Runs a command of the installed copy with nothing of this repository in reach. */
function installedRun(command: string, args: string[]) {
  const home = join(temp, 'home');
  mkdirSync(home, { recursive: true });
  const r = spawnSync(join(binDir, command), args, {
    cwd: join(temp, 'work'),
    encoding: 'utf8',
    env: { PATH, HOME: home, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error };
}

/**
 * better-sqlite3's install script tries a prebuilt addon (prebuild-install: a local folder, else a GitHub
 * download that has no network here) and otherwise compiles SQLite from source, about 100 s of CPU on 2 cores.
 * The addon `npm ci` put in our node_modules is that same build (same version, Node ABI and platform), so it
 * is offered as the local prebuild prebuild-install looks for (its documented offline mechanism); the
 * installed copy then runs it exactly as it would run a compiled one. Returns the folder, or undefined when
 * there is no such addon (the install then compiles, only slower).
 */
function localSqlitePrebuild(folder: string): string | undefined {
  const pkgDir = join(root, 'node_modules', 'better-sqlite3');
  const addon = join(pkgDir, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(addon) || process.platform !== 'linux') return undefined;
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  // prebuild-install's name: {name}-v{version}-{runtime}-v{abi}-{platform}{libc}-{arch}.tar.gz (libc '' on glibc).
  const report = process.report.getReport() as { header?: { glibcVersionRuntime?: string } };
  const glibc = Boolean(report.header?.glibcVersionRuntime);
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}${glibc ? '' : 'musl'}-${process.arch}.tar.gz`;
  mkdirSync(folder, { recursive: true });
  const r = spawnSync('tar', ['-czf', join(folder, name), '-C', pkgDir, 'build/Release/better_sqlite3.node']);
  return r.status === 0 ? folder : undefined;
}

beforeAll(async () => {
  const stale = distProblems(root);
  if (stale.length > 0)
    throw new Error(
      `./dist is missing or older than the sources (run \`npm run build\`; \`npm test\` does): ${stale.slice(0, 5).join('; ')}`,
    );
  const out = join(temp, 'out');
  mkdirSync(out);
  mkdirSync(join(temp, 'work'));
  // --ignore-scripts: `prepare` would rebuild ./dist, which npm test has just built.
  const r = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], {
    cwd: root,
    encoding: 'utf8',
    env: npmEnv({}),
  });
  if (r.status !== 0) throw new Error(`npm pack failed (${r.status}): ${r.stderr}`);
  packed = (JSON.parse(r.stdout) as PackResult[])[0] as PackResult;
  tarball = join(out, packed.filename);

  // The install step of examples/ci/*.yml, as GitHub Actions runs it. --prefer-offline: the dependencies
  // come from npm's cache that `npm ci` filled; nice: better-sqlite3's build from source yields to the
  // other test files running meanwhile.
  const runnerTemp = join(temp, 'runner');
  mkdirSync(runnerTemp);
  const above = nodeModulesAbove(join(runnerTemp, 'portalctl'));
  if (above) throw new Error(`${above} is in reach of the install folder: the install would not be empty`);
  const githubPath = join(temp, 'github-path');
  const prebuilds = localSqlitePrebuild(join(temp, 'prebuilds'));
  const child = spawn('nice', ['-n', '10', 'bash', ...ACTIONS_BASH, installScript(root)], {
    cwd: join(temp, 'work'),
    env: npmEnv({
      PORTALCTL_PACKAGE: tarball,
      RUNNER_TEMP: runnerTemp,
      GITHUB_PATH: githubPath,
      npm_config_prefer_offline: 'true',
      ...(prebuilds ? { npm_config_better_sqlite3_local_prebuilds: prebuilds } : {}),
    }),
  });
  installLog = '';
  child.stdout.on('data', (d) => {
    installLog += d;
  });
  child.stderr.on('data', (d) => {
    installLog += d;
  });
  const started = Date.now();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = Math.round((Date.now() - started) / 1000);
  if (code !== 0) throw new Error(`the install step failed (${code}) after ${seconds}s:\n${installLog}`);
  console.info(
    `packed ${packed.filename}: ${packed.size} bytes (${packed.unpackedSize} unpacked), ${packed.entryCount} files; installed in ${seconds}s`,
  );
  binDir = readFileSync(githubPath, 'utf8').trim();
  installed = join(runnerTemp, 'portalctl', 'node_modules', pkg.name);
}, 900_000);

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('the tarball', () => {
  const paths = () => packed.files.map((f) => f.path);

  it.each([
    { path: 'bin/portalctl.js', reason: 'the portalctl command' },
    { path: 'bin/pulumi-resource-mcpportal', reason: "the plugin as a plugin folder's executable" },
    { path: 'bin/pulumi-resource-mcpportal.js', reason: 'the plugin as an npm bin' },
    { path: 'dist/cli/main.js', reason: 'the bundled CLI bin/portalctl.js runs' },
    { path: 'dist/reconciler/cli/main.js', reason: 'the compiled CLI' },
    { path: 'dist/provider/main.js', reason: 'the compiled plugin' },
    { path: 'dist/provider/schema.json', reason: "the plugin's GetSchema, imported as JSON" },
    { path: 'dist/provider/sdk/index.d.ts', reason: 'the types of the mcp-portals/pulumi export' },
    { path: 'dist/schemas/manifest.schema.json', reason: 'the validator, imported as JSON' },
    { path: 'schemas/manifest.schema.json', reason: "editors' $schema for manifests" },
    { path: 'schemas/output/plan.schema.json', reason: 'the documented plan JSON format' },
    { path: 'examples/manifests/servers.yaml', reason: 'examples users can validate and plan' },
    { path: 'README.md', reason: 'the documentation' },
  ])('ships $path ($reason)', ({ path }) => {
    expect(paths()).toContain(path);
  });

  it.each([
    { pattern: /\.test\.|(^|\/)testing\//, reason: 'tests and test helpers' },
    {
      pattern: /(^|\/)(\.portal|node_modules|test-artifacts|coverage)\//,
      reason: "the repository's data and installs",
    },
    { pattern: /\.map$/, reason: 'source maps of sources that are not shipped' },
    { pattern: /^(dist\/)?(bench|scripts|examples\/upstreams|examples\/ci)\//, reason: 'repository tooling' },
    { pattern: /(?<!\.d)\.ts$/, reason: 'TypeScript sources' },
    {
      pattern: /^dist\/reconciler\/api\/sdk-types\./,
      reason: 'a compile-time check typed by a devDependency',
    },
  ])('ships no $reason', ({ pattern }) => {
    expect(paths().filter((p) => pattern.test(p))).toEqual([]);
  });

  it('stays small (under 1.5 MiB packed and 1,000 files)', () => {
    // A whole folder added by mistake (node_modules, .portal, dist/bench) would cross these at once. The
    // CLI's bundle (dist/cli, about a third of the tarball) holds the same code as the compiled modules.
    expect(packed.size).toBeLessThan(1.5 * 1024 * 1024);
    expect(packed.entryCount).toBeLessThan(1000);
  });
});

describe('the installed copy', () => {
  it('imports nothing that is not shipped or a runtime dependency', () => {
    expect(checkPackageImports(installed)).toEqual([]);
  });

  it('portalctl --version prints the package version', () => {
    const r = installedRun('portalctl', ['--version']);
    expect(r.error).toBeUndefined();
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('portalctl --help shows the version', () => {
    const r = installedRun('portalctl', ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`portalctl ${pkg.version} (${pkg.name})`);
  });

  it('portalctl validate accepts the shipped examples', () => {
    const r = installedRun('portalctl', ['validate', '-f', join(installed, 'examples', 'manifests')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^valid: \d+ documents in 4 files/);
  });

  it('portalctl plan --local plans to create every example on a fresh embedded portal (exit 2)', () => {
    const examples = join(installed, 'examples', 'manifests');
    const want = readdirSync(examples)
      .flatMap((f) => parseAllDocuments(readFileSync(join(examples, f), 'utf8')))
      .map((d) => d.toJS() as { kind: string; metadata: { name: string } })
      .map((d) => `${d.kind}/${d.metadata.name}`)
      .sort();
    const dataDir = join(temp, 'portal-data');
    const r = installedRun('portalctl', ['plan', '--local', dataDir, '-f', examples, '--format', 'json']);
    expect(r.code, r.stderr).toBe(2);
    const plan = JSON.parse(r.stdout) as { resources: { kind: string; name: string; action: string }[] };
    expect(plan.resources.map((x) => `${x.kind}/${x.name}`).sort()).toEqual(want);
    expect(new Set(plan.resources.map((x) => x.action))).toEqual(new Set(['create']));
    expect(existsSync(dataDir)).toBe(true);
  });
});

/** Spawns a plugin executable as the Pulumi engine does and connects to the port it prints. */
async function startInstalledPlugin(executable: string) {
  const child: ChildProcess = spawn(executable, ['127.0.0.1:1', '--logtostderr', '-v=9'], {
    cwd: join(temp, 'work'),
    env: { PATH, HOME: join(temp, 'home') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no port printed; stderr: ${stderr}`)), 20_000);
    child.stdout?.on('data', (d) => {
      stdout += d;
      if (stdout.includes('\n')) {
        clearTimeout(timer);
        resolve(Number(stdout.split('\n')[0]));
      }
    });
    child.on('exit', (code) => reject(new Error(`plugin exited (${code}); stderr: ${stderr}`)));
  });
  const client = new provrpc.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const pluginInfo = () =>
    new Promise<string>((resolve, reject) =>
      client.getPluginInfo(new emptypb.Empty(), (e, v) => (e ? reject(e) : resolve(v.getVersion()))),
    );
  const schema = () =>
    new Promise<{ name: string; version: string }>((resolve, reject) =>
      client.getSchema(new provpb.GetSchemaRequest(), (e, v) =>
        e ? reject(e) : resolve(JSON.parse(v.getSchema())),
      ),
    );
  return {
    stdout: () => stdout,
    pluginInfo,
    schema,
    close: () => {
      client.close();
      child.kill('SIGTERM');
    },
  };
}

describe('the installed Pulumi plugin', () => {
  it.each([
    {
      where: 'the package bin folder (Pulumi.yaml plugins.providers path)',
      file: 'bin/pulumi-resource-mcpportal',
    },
    { where: 'node_modules/.bin', file: '.bin' },
  ])(
    'from $where prints only its port and answers GetPluginInfo with the package version',
    async ({ file }) => {
      const executable =
        file === '.bin' ? join(binDir, 'pulumi-resource-mcpportal') : join(installed, ...file.split('/'));
      const plugin = await startInstalledPlugin(executable);
      try {
        expect(plugin.stdout()).toMatch(/^\d+\n$/);
        expect(await plugin.pluginInfo()).toBe(pkg.version);
        expect(await plugin.schema()).toMatchObject({ name: 'mcpportal', version: pkg.version });
      } finally {
        plugin.close();
      }
    },
  );
});
