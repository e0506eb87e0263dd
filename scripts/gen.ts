/**
 * `npm run gen`: regenerates everything derived from the JSON Schemas (the bundled manifest schema,
 * the TypeScript types, the README's manifest reference, the Pulumi package schema and SDK types, and the
 * precompiled validators of schemas/generated/validators.ts and wire-validators.ts). `--check` writes nothing and exits 1 listing the
 * stale files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateValidators } from './gen/validators.js';
import { generateWireValidators } from './gen/wire-validators.js';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const stale: string[] = [];

function update(files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    const path = join(root, file);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {}
    if (current === content) continue;
    stale.push(file);
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  }
}

// The validators first: the other generators import the schema registry, which imports them, so a missing
// or stale validators module is rewritten before anything loads it (their generator reads the schemas only).
update(generateValidators(root));
update(generateWireValidators(root));
const { generated } = await import('./gen/all.js');
update(await generated(root));
if (check && stale.length > 0) {
  console.error(`stale generated files (run \`npm run gen\`):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(
  stale.length ? `${check ? 'stale' : 'wrote'}: ${stale.join(', ')}` : 'generated files are up to date',
);
