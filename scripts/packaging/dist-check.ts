/**
 * Whether ./dist matches the sources the package ships: every runtime TypeScript module under the shipped
 * folders has its compiled `.js`, no older than the source. The packaging test packs ./dist as it is (npm
 * test builds it first), so a missing or stale build must fail with this message, not test old code.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const SHIPPED_SOURCES = ['portal', 'provider', 'reconciler', 'schemas'];

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Problems with ./dist, e.g. `dist/reconciler/version.js is missing`; empty when it is fresh. */
export function distProblems(root: string): string[] {
  const problems: string[] = [];
  for (const dir of SHIPPED_SOURCES) {
    for (const src of sources(join(root, dir))) {
      const rel = relative(root, src).split(sep).join('/');
      const out = join(root, 'dist', rel.replace(/\.ts$/, '.js'));
      if (!existsSync(out)) problems.push(`dist/${rel.replace(/\.ts$/, '.js')} is missing`);
      else if (statSync(out).mtimeMs < statSync(src).mtimeMs)
        problems.push(`dist/${rel.replace(/\.ts$/, '.js')} is older than ${rel}`);
    }
  }
  return problems;
}
