/**
 * `npm run build:plugin [-- --out-dir DIR]`: builds the installable Pulumi plugin (scripts/plugin/build.ts)
 * into `dist-plugin/` (or DIR) and prints what it wrote and how to install it.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPlugin, PLUGIN_NAME } from './plugin/build.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
const outDir = resolve(values['out-dir'] ?? resolve(root, 'dist-plugin'));
const shown = (p: string) => relative(process.cwd(), p) || '.';

try {
  const build = await buildPlugin({ root, outDir, env: process.env });
  const kib = (n: number) => `${Math.round(n / 1024)} KiB`;
  for (const w of build.warnings) console.error(`warning: ${w}`);
  console.log(
    `bundled ${build.modules.length} modules and ${build.packages.length} packages (no native addon): ${kib(build.bundleBytes)}`,
  );
  console.log(`plugin folder: ${shown(build.dir)}`);
  for (const t of build.tarballs) console.log(`tarball:       ${shown(t.file)}`);
  console.log(`checksums:     ${shown(resolve(outDir, 'SHA256SUMS'))}`);
  const [linux] = build.tarballs;
  if (linux)
    console.log(
      `install:       pulumi plugin install resource ${PLUGIN_NAME} ${build.version} --file ${shown(linux.file)}`,
    );
} catch (err) {
  console.error(`build:plugin failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
