// The import check of the packaging test, on small unpacked packages written to a temporary folder: what
// it must flag (a module not shipped, a devDependency, a missing bin or export, a declaration importing a
// file left out) and what it must not (built-ins, dependencies, specifiers in comments and strings).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../reconciler/testing/temp-dir.js';
import { checkPackageImports, packageNameOf } from './imports.js';

const packageJson = {
  name: 'demo',
  version: '1.0.0',
  dependencies: { yaml: '^2', '@scope/lib': '^1' },
  devDependencies: { vitest: '^4' },
  bin: { demo: 'bin/demo.js' },
  exports: { './api': { types: './dist/api.d.ts', default: './dist/api.js' } },
};

const good: Record<string, string> = {
  'package.json': JSON.stringify(packageJson),
  'bin/demo.js': "import { main } from '../dist/main.js';\nawait main();\n",
  'dist/main.js': [
    "import { readFileSync } from 'node:fs';",
    "import path from 'path';",
    "import { parse } from 'yaml';",
    "import { x } from '@scope/lib/deep/x.js';",
    "import schema from './schema.json' with { type: 'json' };",
    '// import { a } from "vitest";',
    'const s = "import { b } from \'vitest\'";',
    "export async function main() { await import('./lazy.js'); }",
  ].join('\n'),
  'dist/lazy.js': "export * from './api.js';\n",
  'dist/api.js': 'export const api = 1;\n',
  'dist/api.d.ts': "import type { T } from './types.js';\nexport declare const api: T;\n",
  'dist/types.d.ts': 'export type T = number;\n',
  'dist/schema.json': '{}',
};

function unpack(files: Record<string, string>): string {
  const dir = tempDir('imports-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('checkPackageImports', () => {
  it('accepts built-ins, dependencies, shipped files, and ignores comments and strings', () => {
    expect(checkPackageImports(unpack(good))).toEqual([]);
  });

  const cases = [
    {
      name: 'a relative module left out of the package',
      files: { ...good, 'dist/lazy.js': "export * from './gone.js';\n" },
      want: { file: 'dist/lazy.js', specifier: './gone.js' },
    },
    {
      name: 'a devDependency imported at run time',
      files: { ...good, 'dist/api.js': "import { it } from 'vitest';\nexport const api = it;\n" },
      want: { file: 'dist/api.js', specifier: 'vitest' },
    },
    {
      name: 'a dynamic import of a package that is no dependency',
      files: { ...good, 'dist/api.js': "export const api = () => import('cloudflare');\n" },
      want: { file: 'dist/api.js', specifier: 'cloudflare' },
    },
    {
      name: 'a declaration of an export importing a declaration left out',
      files: Object.fromEntries(Object.entries(good).filter(([p]) => p !== 'dist/types.d.ts')),
      want: { file: 'dist/api.d.ts', specifier: './types.js' },
    },
    {
      name: 'a bin entry not shipped',
      files: Object.fromEntries(Object.entries(good).filter(([p]) => p !== 'bin/demo.js')),
      want: { file: 'package.json', specifier: 'bin/demo.js' },
    },
  ];
  it.each(cases)('flags $name', ({ files, want }) => {
    expect(checkPackageImports(unpack(files))).toEqual([expect.objectContaining(want)]);
  });
});

describe('packageNameOf', () => {
  it.each([
    ['yaml', 'yaml'],
    ['@pulumi/pulumi/proto/plugin_pb.js', '@pulumi/pulumi'],
    ['google-protobuf/google/protobuf/empty_pb.js', 'google-protobuf'],
  ])('%s is in package %s', (specifier, name) => {
    expect(packageNameOf(specifier)).toBe(name);
  });
});
