// The packaging test's guard against packing an old build: a compiled module missing from ./dist or older
// than its source is named, tests and declarations need none, and a fresh build passes.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../reconciler/testing/temp-dir.js';
import { distProblems } from './dist-check.js';

function tree(files: Record<string, number>): string {
  const root = tempDir('dist-check-');
  for (const [path, seconds] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), seconds, seconds);
  }
  return root;
}

describe('distProblems', () => {
  const cases: { name: string; reason: string; files: Record<string, number>; want: string[] }[] = [
    {
      name: 'fresh',
      reason: 'every module compiled after its source',
      files: { 'reconciler/a.ts': 100, 'reconciler/a.test.ts': 300, 'dist/reconciler/a.js': 200 },
      want: [],
    },
    {
      name: 'missing',
      reason: 'a module never compiled',
      files: { 'portal/b.ts': 100, 'provider/c.d.ts': 100 },
      want: ['dist/portal/b.js is missing'],
    },
    {
      name: 'stale',
      reason: 'a source edited after the build',
      files: { 'schemas/d.ts': 300, 'dist/schemas/d.js': 200 },
      want: ['dist/schemas/d.js is older than schemas/d.ts'],
    },
  ];
  it.each(cases)('$name: $reason', ({ files, want }) => {
    expect(distProblems(tree(files))).toEqual(want);
  });
});
