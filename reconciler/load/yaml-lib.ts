/**
 * The `yaml` library (about 75 modules), loaded on first use: plain loading never needs it, since the fast
 * path reads with js-yaml; only the full path and source positions (diagnostics) do. It is CommonJS, so it
 * loads synchronously; in a bundle (the Pulumi plugin) the plain `require` call is resolved at build time.
 */
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

let lib: Yaml | undefined;

export function yamlLib(): Yaml {
  lib ??= (typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')) as Yaml;
  return lib;
}
