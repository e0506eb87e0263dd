/**
 * The package's version, read at run time from the package.json of the installed copy (the nearest one
 * above this module: the repository root from source and from dist/, `node_modules/mcp-portals/` once
 * installed), so `portalctl --version` and the Pulumi plugin's GetPluginInfo never carry a copy of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** No package.json with a usable version above the start directory. */
export class PackageVersionError extends Error {
  override readonly name = 'PackageVersionError';
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** The `version` of the nearest package.json at or above `fromDir`. */
export function readPackageVersion(fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      let version: unknown;
      try {
        version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
      } catch (cause) {
        throw new PackageVersionError(`cannot read the package version from ${file}`, { cause });
      }
      if (typeof version !== 'string' || !SEMVER.test(version))
        throw new PackageVersionError(`${file} has no valid "version" (got ${JSON.stringify(version)})`);
      return version;
    }
    if (dirname(dir) === dir) throw new PackageVersionError(`no package.json at or above ${fromDir}`);
  }
}

let cached: string | undefined;

/** This package's version (read once per process). */
export function packageVersion(): string {
  cached ??= readPackageVersion(import.meta.dirname);
  return cached;
}
