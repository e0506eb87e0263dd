/**
 * Builds the installable Pulumi plugin: a self-contained folder (the provider bundled into one ES module, a
 * `pulumi-resource-mcpportal` shell wrapper that runs it with the `node` on PATH, a package.json holding the
 * version GetPluginInfo reports, and the bundled packages' licences), and the same folder as one tarball per
 * platform Pulumi downloads for, named as its installer expects, with their SHA256SUMS.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BundledPackage, bundleProvider } from './bundle.js';
import { type TarEntry, tarGz } from './tar.js';

export const PLUGIN_NAME = 'mcpportal';
export const EXECUTABLE = `pulumi-resource-${PLUGIN_NAME}`;
/**
 * The platforms Pulumi asks for, as Go names them (`runtime.GOOS`-`runtime.GOARCH`). The bundle is pure
 * JavaScript, so every tarball holds the same files; they exist so each platform's download finds its name.
 */
export const PLATFORMS = [
  { os: 'linux', arch: 'amd64' },
  { os: 'linux', arch: 'arm64' },
  { os: 'darwin', arch: 'amd64' },
  { os: 'darwin', arch: 'arm64' },
] as const;

/**
 * The asset name Pulumi's installer requests: `standardAssetName` and `httpSource.Download` in
 * pulumi/pulumi sdk/go/common/workspace/plugins.go build `pulumi-<kind>-<name>-v<version>-<os>-<arch>.tar.gz`
 * and fetch `<pluginDownloadURL>/<that name>` (after replacing `${VERSION}`, `${OS}`, `${ARCH}`, `${NAME}`
 * in the URL); `archive.ExtractTGZ` then unpacks it into `~/.pulumi/plugins/resource-<name>-v<version>/`.
 */
export const tarballName = (version: string, os: string, arch: string) =>
  `${EXECUTABLE}-v${version}-${os}-${arch}.tar.gz`;

/** The unpacked folder, named as Pulumi names the installed plugin's folder (`PluginDescriptor.Dir`). */
export const pluginDirName = (version: string) => `resource-${PLUGIN_NAME}-v${version}`;

export interface PluginBuild {
  version: string;
  /** The unpacked plugin folder. */
  dir: string;
  tarballs: { os: string; arch: string; file: string; sha256: string }[];
  /** `<sha256>  <file name>` per tarball, as `sha256sum -c` reads it. */
  sums: string;
  bundleBytes: number;
  /** Repository modules and npm packages in the bundle (checked free of native addons). */
  modules: string[];
  packages: BundledPackage[];
  /** esbuild's warnings about the bundle (none today). */
  warnings: string[];
}

export class PluginBuildError extends Error {
  override readonly name = 'PluginBuildError';
}

interface RootPackage {
  name: string;
  version: string;
  license?: string;
  engines?: { node?: string };
}

/** `>=20.19` (package.json `engines.node`) -> [20, 19]. */
export function minimumNode(engines: string | undefined): [number, number] {
  const m = /^>=\s*(\d+)\.(\d+)(?:\.\d+)?$/.exec(engines?.trim() ?? '');
  if (!m) throw new PluginBuildError(`package.json engines.node must read ">=MAJOR.MINOR" (got ${engines})`);
  return [Number(m[1]), Number(m[2])];
}

/** The first lines of the bundle: a `require` for the bundled CommonJS code, and the Node.js version check. */
function banner(version: string, [major, minor]: [number, number]): string {
  return [
    `// ${EXECUTABLE} ${version}: the mcpportal Pulumi provider of mcp-portals, bundled by scripts/plugin/build.ts.`,
    "import { createRequire as __pluginCreateRequire } from 'node:module';",
    'const require = __pluginCreateRequire(import.meta.url);',
    '{',
    "  const [major, minor] = process.versions.node.split('.').map(Number);",
    `  if (major < ${major} || (major === ${major} && minor < ${minor})) {`,
    `    process.stderr.write(\`${EXECUTABLE}: needs Node.js ${major}.${minor} or later on PATH, found \${process.version}\\n\`);`,
    '    process.exit(1);',
    '  }',
    '}',
  ].join('\n');
}

/** The executable Pulumi runs: `node` on the bundle beside it (following symlinks, e.g. one on PATH). */
function wrapper([major, minor]: [number, number]): string {
  return `#!/bin/sh
# The ${PLUGIN_NAME} Pulumi resource plugin: runs the bundled provider beside this script with the node on
# PATH (Node.js ${major}.${minor} or later). Pulumi runs this file from its plugin folder.
self=$0
while [ -h "$self" ]; do
  link=$(readlink "$self")
  case $link in
    /*) self=$link ;;
    *) self=\${self%/*}/$link ;;
  esac
done
case $self in
  */*) dir=\${self%/*} ;;
  *) dir=. ;;
esac
if ! command -v node >/dev/null 2>&1; then
  echo "${EXECUTABLE}: Node.js ${major}.${minor} or later must be on PATH (no node found)" >&2
  exit 127
fi
exec node "$dir/${EXECUTABLE}.mjs" "$@"
`;
}

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt))?$/i;

/** Every bundled package with its licence text, as the licences of the bundled code require. */
function notices(root: RootPackage, packages: BundledPackage[]): string {
  const parts = [
    `${EXECUTABLE} ${root.version} bundles ${root.name} (${root.license ?? 'UNLICENSED'}) and these packages:\n`,
  ];
  for (const p of packages) {
    const files = readdirSync(p.dir)
      .filter((f) => LICENSE_FILE.test(f))
      .sort();
    const texts = files.map((f) => readFileSync(join(p.dir, f), 'utf8').trim());
    parts.push(
      `${'-'.repeat(78)}\n${p.name}@${p.version} (${p.license})\n\n${texts.join('\n\n') || '(the package ships no licence file)'}\n`,
    );
  }
  return parts.join('\n');
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * Builds the plugin of the repository at `root` into `outDir`: `resource-mcpportal-v<version>/` and
 * `pulumi-resource-mcpportal-v<version>-<os>-<arch>.tar.gz` per platform, plus `SHA256SUMS`. Replaces
 * earlier builds' plugin folders, tarballs and sums in `outDir`, nothing else. Tarballs are reproducible:
 * their mtime is `SOURCE_DATE_EPOCH` (seconds), else 0.
 */
export async function buildPlugin(opts: {
  root: string;
  outDir: string;
  env?: NodeJS.ProcessEnv;
}): Promise<PluginBuild> {
  const pkg = JSON.parse(readFileSync(join(opts.root, 'package.json'), 'utf8')) as RootPackage;
  const node = minimumNode(pkg.engines?.node);
  const epoch = opts.env?.SOURCE_DATE_EPOCH;
  const mtime = epoch ? Number(epoch) : 0;
  if (!Number.isInteger(mtime) || mtime < 0)
    throw new PluginBuildError(`SOURCE_DATE_EPOCH must be a whole number of seconds (got ${epoch})`);

  const bundle = await bundleProvider({
    root: opts.root,
    target: `node${node[0]}.${node[1]}`,
    banner: banner(pkg.version, node),
  });
  const manifest = {
    name: EXECUTABLE,
    version: pkg.version,
    description: `The ${PLUGIN_NAME} Pulumi resource plugin, bundled from ${pkg.name}; its version is what GetPluginInfo reports`,
    license: pkg.license,
    private: true,
    type: 'module',
    engines: pkg.engines,
  };
  const entries: TarEntry[] = [
    { name: EXECUTABLE, mode: 0o755, data: Buffer.from(wrapper(node)) },
    { name: `${EXECUTABLE}.mjs`, mode: 0o644, data: bundle.code },
    { name: 'package.json', mode: 0o644, data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: 'THIRD-PARTY-NOTICES', mode: 0o644, data: Buffer.from(notices(pkg, bundle.packages)) },
  ];

  mkdirSync(opts.outDir, { recursive: true });
  const ours = new RegExp(`^(${EXECUTABLE}-v.+\\.tar\\.gz|resource-${PLUGIN_NAME}-v.+|SHA256SUMS)$`);
  for (const old of readdirSync(opts.outDir).filter((f) => ours.test(f)))
    rmSync(join(opts.outDir, old), { recursive: true, force: true });

  const dir = join(opts.outDir, pluginDirName(pkg.version));
  mkdirSync(dir);
  for (const e of entries) writeFileSync(join(dir, e.name), e.data, { mode: e.mode });

  const archive = tarGz(entries, mtime);
  const digest = sha256(archive);
  const tarballs = PLATFORMS.map(({ os, arch }) => {
    const file = join(opts.outDir, tarballName(pkg.version, os, arch));
    writeFileSync(file, archive);
    return { os, arch, file, sha256: digest };
  });
  const sums = PLATFORMS.map(({ os, arch }) => `${digest}  ${tarballName(pkg.version, os, arch)}\n`)
    .sort()
    .join('');
  writeFileSync(join(opts.outDir, 'SHA256SUMS'), sums);
  return {
    version: pkg.version,
    dir,
    tarballs,
    sums,
    bundleBytes: bundle.code.length,
    modules: bundle.modules,
    packages: bundle.packages,
    warnings: bundle.warnings,
  };
}
