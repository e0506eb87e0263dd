/**
 * What an installed copy of the package needs at run time: every module specifier of every JavaScript file
 * it ships (and of the type declarations its `exports` name) must resolve to a file inside the package or
 * name a Node built-in or a runtime dependency, so a file left out of `files` or a devDependency used at run
 * time fails the packaging test, not a user's install. Specifiers come from TypeScript's own scanner.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

export interface ImportProblem {
  /** The importing file, relative to the package. */
  file: string;
  specifier: string;
  problem: string;
}

interface PackageJson {
  dependencies?: Record<string, string>;
  bin?: Record<string, string>;
  exports?: Record<string, string | Record<string, string>>;
}

/** `@scope/name/deep` -> `@scope/name`; `name/deep` -> `name`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

const builtins = new Set(builtinModules);
const isBuiltin = (s: string) =>
  s.startsWith('node:') || builtins.has(s) || builtins.has(s.split('/')[0] ?? s);

/** Module specifiers of a JavaScript or declaration file: static, re-export and literal dynamic imports. */
export function specifiersOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'node_modules'
        ? []
        : walk(join(dir, e.name), base)
      : [relative(base, join(dir, e.name)).split(sep).join('/')],
  );
}

/** The `.d.ts` a specifier of a declaration file means (`./x.js` -> `./x.d.ts`). */
const declarationOf = (path: string) => path.replace(/\.js$/, '.d.ts');

/**
 * Checks the package installed (or unpacked) at `dir`: all its `.js` files, and the declarations reachable
 * from the `types` conditions of its `exports`. Returns every problem found (empty when all resolve).
 */
export function checkPackageImports(dir: string): ImportProblem[] {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
  const deps = new Set(Object.keys(pkg.dependencies ?? {}));
  const shipped = new Set(walk(dir));
  const problems: ImportProblem[] = [];

  const check = (file: string, declaration: boolean): string[] => {
    const next: string[] = [];
    for (const specifier of specifiersOf(readFileSync(join(dir, file), 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = posix.normalize(posix.join(posix.dirname(file), specifier));
        const wanted = declaration ? declarationOf(target) : target;
        if (!shipped.has(wanted))
          problems.push({ file, specifier, problem: `${wanted} is not in the package` });
        else next.push(wanted);
      } else if (!isBuiltin(specifier) && !deps.has(packageNameOf(specifier))) {
        problems.push({
          file,
          specifier,
          problem: `${packageNameOf(specifier)} is not a runtime dependency (dependencies in package.json)`,
        });
      }
    }
    return next;
  };

  for (const file of shipped) if (file.endsWith('.js')) check(file, false);

  const entries = [
    ...Object.values(pkg.bin ?? {}),
    ...Object.values(pkg.exports ?? {}).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e))),
  ].map((p) => posix.normalize(p));
  for (const entry of entries)
    if (!shipped.has(entry))
      problems.push({ file: 'package.json', specifier: entry, problem: 'not shipped' });

  const seen = new Set<string>();
  const queue = Object.values(pkg.exports ?? {})
    .flatMap((e) => (typeof e === 'string' ? [] : [e.types]))
    .filter((t): t is string => typeof t === 'string' && shipped.has(posix.normalize(t)))
    .map((t) => posix.normalize(t));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...check(file, true));
  }
  return problems;
}

/** The first node_modules above `dir` (exclusive) that Node's resolution would search from inside it. */
export function nodeModulesAbove(dir: string): string | undefined {
  for (let d = dirname(dir); ; d = dirname(d)) {
    if (existsSync(join(d, 'node_modules'))) return join(d, 'node_modules');
    if (dirname(d) === d) return undefined;
  }
}
