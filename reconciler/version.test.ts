// The package version as users see it: read at run time from the nearest package.json (a temporary tree
// with a version no source file contains proves there is no copy), refused clearly when absent or invalid,
// and printed by `portalctl --version` and at the end of `portalctl --help`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, main } from './cli/main.js';
import { tempDir } from './testing/temp-dir.js';
import { PackageVersionError, packageVersion, readPackageVersion } from './version.js';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

function tree(packageJson: string | undefined): { top: string; deep: string } {
  const top = tempDir('version-');
  const deep = join(top, 'dist', 'reconciler');
  mkdirSync(deep, { recursive: true });
  if (packageJson !== undefined) writeFileSync(join(top, 'package.json'), packageJson);
  return { top, deep };
}

function io(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdin: async () => '',
    isTty: false,
    env: {},
    cwd: root,
  };
}

describe('readPackageVersion', () => {
  it('reads the nearest package.json above the module, whatever version it says', () => {
    const { deep } = tree(JSON.stringify({ name: 'mcp-portals', version: '7.3.1-rc.2+build.5' }));
    expect(readPackageVersion(deep)).toBe('7.3.1-rc.2+build.5');
  });

  const bad = [
    { name: 'no package.json', reason: 'nothing above the module says a version', json: undefined },
    { name: 'no version field', reason: 'a package.json without version', json: '{"name":"x"}' },
    { name: 'not semver', reason: 'a version that is no semver', json: '{"version":"latest"}' },
    { name: 'not JSON', reason: 'a damaged package.json', json: '{"version":' },
  ];
  it.each(bad)('$name is refused with PackageVersionError', ({ json, reason }) => {
    const { deep } = tree(json);
    expect(() => readPackageVersion(deep), reason).toThrow(PackageVersionError);
  });

  it("is this repository's package.json version for the module itself", () => {
    expect(packageVersion()).toBe(pkg.version);
  });
});

describe('portalctl --version and --help', () => {
  it.each(['--version', '-V'])('%s prints the package version alone and exits 0', async (flag) => {
    const o = io();
    expect(await main([flag], o)).toBe(0);
    expect(o.out.join('')).toBe(`${pkg.version}\n`);
    expect(o.err.join('')).toBe('');
  });

  it('--help shows the version and the --version option', async () => {
    const o = io();
    expect(await main(['--help'], o)).toBe(0);
    const help = o.out.join('');
    expect(help).toContain('-V, --version');
    expect(help).toContain(`portalctl ${pkg.version} (mcp-portals)`);
  });
});
