/**
 * `npm run build`'s last step: bundles the compiled CLI (dist/reconciler/cli/main.js and the project modules
 * it imports) into dist/cli/, one chunk per set of lazily imported commands that share code (esbuild's code
 * splitting), with packages left to node_modules. Node then resolves and links a few files instead of about
 * a hundred per command (validate, plan and --help ~5% faster). bin/portalctl.js runs it when it is current.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const root = resolve(import.meta.dirname, '..', '..');
const outdir = join(root, 'dist', 'cli');

rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: { main: 'dist/reconciler/cli/main.js' },
  bundle: true,
  splitting: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  // A module-scoped `require` for the CommonJS packages the CLI loads on demand (yaml-lib.ts): esbuild's
  // stand-in for `require` in an ES module refuses every call.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  // Stack traces map back to the TypeScript sources (through the compiled files' own maps).
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
});
