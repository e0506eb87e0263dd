/**
 * Bundles the Pulumi provider (provider/main.ts and all it imports, dependencies included) into one ES module
 * with esbuild, and refuses a bundle that contains a native addon: the plugin is pure JavaScript run by the
 * `node` on PATH, so a `.node` binary (better-sqlite3, which the embedded portal uses) could not travel in it.
 * Only code that ends up in the output counts: esbuild drops what the provider never calls (tree shaking).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  /** The package folder on disk. */
  dir: string;
}

export interface Bundle {
  code: Buffer;
  /** Repository modules (paths relative to the root) whose code is in the bundle. */
  modules: string[];
  /** npm packages whose code is in the bundle, sorted by name. */
  packages: BundledPackage[];
  /** esbuild's warnings, as `file:line: text`. */
  warnings: string[];
}

export class BundleError extends Error {
  override readonly name = 'BundleError';
}

const ENTRY = '<plugin entry>';
/** The plugin's entry module: what bin/pulumi-resource-mcpportal.js does with ./dist. */
export const PLUGIN_ENTRY = "import { main } from './provider/main.ts';\nawait main();\n";
/** Packages whose presence means a compiled addon is loaded (loaders and build helpers of addons). */
const ADDON_LOADERS = ['bindings', 'node-gyp-build', 'prebuild-install', 'node-addon-api', 'nan'];

/** `node_modules/@a/b/x.js` -> `node_modules/@a/b`; the innermost package of a nested install. */
export function packageDirOf(input: string): string | undefined {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const parts = input.slice(at + 'node_modules/'.length).split('/');
  const name = parts[0]?.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return name ? `${input.slice(0, at)}node_modules/${name}` : undefined;
}

function hasNodeFile(dir: string): boolean {
  return readdirSync(dir, { withFileTypes: true }).some((e) =>
    e.isDirectory()
      ? e.name !== 'node_modules' && hasNodeFile(join(dir, e.name))
      : e.isFile() && e.name.endsWith('.node'),
  );
}

/** Why the package at `dir` is a native addon, or undefined when it is plain JavaScript. */
export function nativeAddonReason(dir: string): string | undefined {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    gypfile?: boolean;
    dependencies?: Record<string, string>;
  };
  if (existsSync(join(dir, 'binding.gyp')) || pkg.gypfile) return 'it builds an addon (binding.gyp)';
  const loader = ADDON_LOADERS.find((d) => pkg.dependencies?.[d]);
  if (loader) return `it loads an addon (depends on ${loader})`;
  if (hasNodeFile(dir)) return 'it contains a compiled .node file';
  return undefined;
}

/** The import chain from the entry to `target` in esbuild's metafile (for error messages). */
function chainTo(meta: esbuild.Metafile, target: string): string[] {
  const prev = new Map<string, string | undefined>([[ENTRY, undefined]]);
  const queue = [ENTRY];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    if (node === target) break;
    for (const i of meta.inputs[node]?.imports ?? []) {
      if (i.external || prev.has(i.path)) continue;
      prev.set(i.path, node);
      queue.push(i.path);
    }
  }
  const chain: string[] = [];
  for (let n: string | undefined = target; n !== undefined && prev.has(n); n = prev.get(n)) chain.unshift(n);
  return chain;
}

/**
 * Bundles the provider of the repository at `root` (`entry`: the entry module's source, resolved from the
 * root; default PLUGIN_ENTRY) for Node (`target`, e.g. `node20.19`), with `banner` as the first lines of
 * the module. Throws BundleError when a native addon is in the bundle, naming the import chain to it.
 */
export async function bundleProvider(opts: {
  root: string;
  target: string;
  banner: string;
  entry?: string;
}): Promise<Bundle> {
  const result = await esbuild.build({
    absWorkingDir: opts.root,
    stdin: {
      contents: opts.entry ?? PLUGIN_ENTRY,
      resolveDir: opts.root,
      sourcefile: ENTRY,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: opts.target,
    banner: { js: opts.banner },
    legalComments: 'eof',
    metafile: true,
    write: false,
    outfile: 'plugin.mjs',
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  const [file] = result.outputFiles;
  if (!output || !file) throw new BundleError('esbuild produced no output');
  const included = Object.entries(output.inputs)
    .filter(([, i]) => i.bytesInOutput > 0)
    .map(([path]) => path);

  const packages = new Map<string, BundledPackage>();
  const problems: string[] = [];
  for (const input of included) {
    const rel = packageDirOf(input);
    if (!rel || packages.has(rel)) continue;
    const dir = join(opts.root, rel);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      license?: string;
    };
    packages.set(rel, { name: pkg.name, version: pkg.version, license: pkg.license ?? 'UNKNOWN', dir });
    const reason = nativeAddonReason(dir);
    if (reason)
      problems.push(
        `${pkg.name} is a native addon (${reason}), imported by ${chainTo(result.metafile, input).join(' -> ')}`,
      );
  }
  if (problems.length > 0)
    throw new BundleError(
      `the plugin bundle must be pure JavaScript, but:\n  ${problems.join('\n  ')}\ncut that import path from the provider`,
    );
  return {
    code: Buffer.from(file.contents),
    modules: included.filter((p) => !p.includes('node_modules/') && p !== ENTRY).sort(),
    packages: [...packages.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    warnings: result.warnings.map((w) => `${w.location?.file ?? ENTRY}:${w.location?.line ?? 0}: ${w.text}`),
  };
}
