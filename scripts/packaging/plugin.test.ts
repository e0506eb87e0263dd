// The installable Pulumi plugin (`npm run build:plugin`) works with nothing of this repository: the linux
// tarball for this machine's architecture is unpacked with `tar` into an empty plugin folder (as `pulumi
// plugin install resource mcpportal <version> --file <tarball>` does), its `pulumi-resource-mcpportal` is
// spawned with only PATH (node's folder) and HOME, and driven over gRPC as the engine drives it, against
// an embedded portal started here.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICIES, startTestPortal, type TestPortal } from '../../portal/testing/harness.js';
import { type Plugin, startPlugin } from '../../provider/testing/engine.js';
import { secret } from '../../provider/wire.js';
import { buildPlugin, EXECUTABLE, PLATFORMS, type PluginBuild, tarballName } from '../plugin/build.js';
import { nodeModulesAbove } from './imports.js';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const POLICY = 'mcpportal:index:AccessPolicy';
/** Go's name for this machine's architecture, as in the tarball names. */
const goArch = ({ x64: 'amd64', arm64: 'arm64' } as Record<string, string>)[process.arch];

const temp = mkdtempSync(join(tmpdir(), 'plugin-test-'));
const home = join(temp, 'home');
const work = join(temp, 'work');
/** Where `pulumi plugin install` would unpack it. */
const pluginDir = join(home, '.pulumi', 'plugins', `resource-mcpportal-v${pkg.version}`);
/** Only node's own folder: nothing of this repository (npm run puts its node_modules/.bin on PATH). */
const env = { PATH: dirname(process.execPath), HOME: home };
let build: PluginBuild;
let portal: TestPortal;
let plugin: Plugin;

beforeAll(async () => {
  if (!goArch) throw new Error(`no plugin tarball is built for ${process.arch}`);
  build = await buildPlugin({ root, outDir: join(temp, 'out') });
  mkdirSync(pluginDir, { recursive: true });
  mkdirSync(work);
  const above = nodeModulesAbove(pluginDir);
  if (above) throw new Error(`${above} is in reach of the plugin folder: it would not be empty`);
  const tarball = join(temp, 'out', tarballName(pkg.version, 'linux', goArch));
  const r = spawnSync('tar', ['-xzf', tarball, '-C', pluginDir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tar -x failed (${r.status}): ${r.stderr}`);
  portal = await startTestPortal();
  plugin = await startPlugin(env, { executable: join(pluginDir, EXECUTABLE), cwd: work });
}, 60_000);

afterAll(async () => {
  await plugin?.close();
  await portal?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('the plugin artefacts', () => {
  it('has a tarball per platform Pulumi downloads for, and SHA256SUMS that match them', () => {
    const out = join(temp, 'out');
    const names = PLATFORMS.map(({ os, arch }) => `${EXECUTABLE}-v${pkg.version}-${os}-${arch}.tar.gz`);
    expect(
      readdirSync(out)
        .filter((f) => f.endsWith('.tar.gz'))
        .sort(),
    ).toEqual([...names].sort());
    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => line.split('  '));
    expect(sums.map(([, name]) => name).sort()).toEqual([...names].sort());
    for (const [sum, name] of sums) {
      const actual = createHash('sha256')
        .update(readFileSync(join(out, name as string)))
        .digest('hex');
      expect(actual, name).toBe(sum);
    }
  });

  it('holds the same files in every tarball, the executable with its exec bit', () => {
    for (const t of build.tarballs) {
      const r = spawnSync('tar', ['-tvzf', t.file], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const modes = Object.fromEntries(
        r.stdout
          .trim()
          .split('\n')
          .map((line) => line.split(/\s+/))
          .map((cols) => [cols.at(-1), cols[0]]),
      );
      expect(modes, t.file).toEqual({
        [EXECUTABLE]: '-rwxr-xr-x',
        [`${EXECUTABLE}.mjs`]: '-rw-r--r--',
        'package.json': '-rw-r--r--',
        'THIRD-PARTY-NOTICES': '-rw-r--r--',
      });
    }
    expect(statSync(join(pluginDir, EXECUTABLE)).mode & 0o111).toBe(0o111);
  });

  it('bundles no native addon: better-sqlite3 (the embedded portal store) is not in it', () => {
    expect(build.packages.map((p) => p.name)).not.toContain('better-sqlite3');
    const bundle = readFileSync(join(pluginDir, `${EXECUTABLE}.mjs`), 'utf8');
    expect(bundle).not.toMatch(/better[-_]sqlite3|\.node['"]/);
    expect(readFileSync(join(pluginDir, 'THIRD-PARTY-NOTICES'), 'utf8')).toContain('@grpc/grpc-js@');
  });

  it('says that Node.js is needed when there is no node on PATH', () => {
    const empty = join(temp, 'no-node');
    mkdirSync(empty);
    const r = spawnSync(join(pluginDir, EXECUTABLE), [], {
      encoding: 'utf8',
      cwd: work,
      env: { PATH: empty, HOME: home },
    });
    expect(r.status).toBe(127);
    expect(r.stderr).toContain('Node.js 20.19 or later must be on PATH');
  });

  it('refuses a Node.js older than 20.19 (engines.node) before doing anything', () => {
    const bundle = join(pluginDir, `${EXECUTABLE}.mjs`);
    const older = `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '20.18.3' } });
      await import(${JSON.stringify(bundle)});`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', older], {
      encoding: 'utf8',
      cwd: work,
      env,
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('needs Node.js 20.19 or later');
  });
});

describe('the unpacked plugin, driven as the engine drives it', () => {
  it('prints only its port, and answers GetPluginInfo and GetSchema', async () => {
    expect(plugin.stdout()).toMatch(/^\d+\n$/);
    expect(await plugin.getPluginInfo()).toBe(pkg.version);
    const schema = JSON.parse(readFileSync(join(root, 'provider', 'schema.json'), 'utf8'));
    expect(await plugin.getSchema()).toEqual(schema);
  });

  it('configures against the embedded portal, then checks, creates, reads and deletes a policy', async () => {
    await plugin.configure({
      apiUrl: portal.baseUrl,
      accountId: portal.accountId,
      apiToken: secret(portal.apiToken),
    });
    const news = {
      name: 'plugin-test-engineers',
      decision: 'allow',
      include: [{ emailDomain: 'example.com' }],
    };
    const checked = await plugin.check(POLICY, 'engineers', news);
    expect(checked.failures).toEqual([]);

    const { id, outs } = await plugin.create(POLICY, 'engineers', checked.inputs);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(outs).toMatchObject({ name: 'plugin-test-engineers', policyId: id, decision: 'allow' });
    const live = await portal.call('GET', `${POLICIES}/${id}`);
    expect(live.body.result).toMatchObject({ name: 'plugin-test-engineers', decision: 'allow' });

    const read = await plugin.read(POLICY, 'engineers', id, outs, checked.inputs);
    expect(read.id).toBe(id);
    expect(read.props).toMatchObject({ name: 'plugin-test-engineers', policyId: id });

    await plugin.delete(POLICY, 'engineers', id, outs);
    expect((await portal.call('GET', `${POLICIES}/${id}`)).status).toBe(404);
    expect(plugin.stderr()).not.toContain(portal.apiToken);
  });
});
