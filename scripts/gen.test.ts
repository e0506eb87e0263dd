// Fails when anything generated from the schemas (bundled manifest schema, TypeScript types, README
// manifest reference) differs from what `npm run gen` would write now.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../schemas/registry.js';
import { generated } from './gen/all.js';

const root = join(import.meta.dirname, '..');

describe('generated files', async () => {
  const files = await generated(root);

  it.each(Object.keys(files))('%s is up to date (run `npm run gen`)', (file) => {
    expect(readFileSync(join(root, file), 'utf8')).toBe(files[file]);
  });

  it('cover every schema file', () => {
    const headers = Object.entries(files)
      .filter(([f]) => f.startsWith('schemas/generated/'))
      .map(([, content]) => content.split('\n').slice(0, 4).join('\n'))
      .join('\n');
    for (const file of Object.keys(schemaFiles)) {
      if (file === 'manifest.schema.json') continue; // itself generated from the per-kind files
      expect(headers, `${file} has no generated types`).toContain(`schemas/${file}`);
    }
  });

  it('mark generated TypeScript as generated', () => {
    for (const [file, content] of Object.entries(files)) {
      if (file.endsWith('.ts')) expect(content).toMatch(/GENERATED from .*DO NOT EDIT/s);
    }
  });
});
