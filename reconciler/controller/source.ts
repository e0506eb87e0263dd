/**
 * Where the controller's manifests come from. Files (`-f PATH...`): the revision is a digest of their
 * contents, and `--watch` (fs.watch, debounced) triggers an early cycle. A git ref (`--source git --repo DIR
 * --ref main`): each load fetches (when the clone has a remote), resolves the ref and exports that commit
 * with `git archive` into a temporary folder (the user's working tree is never touched); the revision is
 * the commit id, and a poll triggers an early cycle when it moves.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { type FSWatcher, watch as fsWatch, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type LoadResult, loadManifests } from '../load/index.js';
import { readSources } from '../load/read-sources.js';
import type { SecretPolicy } from '../secret-policy.js';

const run = promisify(execFile);

export interface Source {
  /** The revision of the last load: a digest of the files, or a commit id. */
  readonly revision: string | undefined;
  load(): Promise<LoadResult>;
  /** Calls `onChange` when the source may have moved (an early cycle); returns how to stop. */
  watch(onChange: () => void): () => void;
  close(): Promise<void>;
}

export interface SourceLoadOptions {
  /** `-f` paths: absolute, or relative to `cwd` (files) or to the repository's root (git). */
  paths: readonly string[];
  env: NodeJS.ProcessEnv;
  secretPolicy?: SecretPolicy;
}

/** A digest of everything loaded, by file name, so that any edit changes it and nothing else does. */
export function revisionOf(loaded: Pick<LoadResult, 'texts'>): string {
  const h = createHash('sha256');
  for (const [file, text] of [...loaded.texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    h.update(file).update('\0').update(text).update('\0');
  return `sha256:${h.digest('hex').slice(0, 16)}`;
}

export class SourceConfigError extends Error {
  override readonly name = 'SourceConfigError';
}

/** Debounces bursts of events (an editor's save is several) into one call after `ms` of quiet. */
function debounce(fn: () => void, ms: number): { call: () => void; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  return {
    call: () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(fn, ms);
      timer.unref?.();
    },
    cancel: () => {
      if (timer) clearTimeout(timer);
    },
  };
}

export function fileSource(opts: SourceLoadOptions & { cwd: string; debounceMs?: number }): Source {
  if (opts.paths.includes('-'))
    throw new SourceConfigError('the controller reads manifests from files, not stdin: give -f PATH');
  let revision: string | undefined;
  // The files are read every cycle, but parsed and validated again only when their bytes changed: in a
  // steady state that is most of a cycle's CPU. (Secrets are resolved from the manifests every cycle anyway.)
  let cached: { key: string; loaded: LoadResult } | undefined;
  return {
    get revision() {
      return revision;
    },
    async load() {
      const { sources, diagnostics } = await readSources(opts.paths, { cwd: opts.cwd });
      const key = diagnostics.length
        ? undefined
        : revisionOf({ texts: new Map(sources.map((x) => [x.file, x.text])) });
      if (key && cached?.key === key) return cached.loaded;
      const loaded = await loadManifests(opts.paths, {
        cwd: opts.cwd,
        env: opts.env,
        ...(opts.secretPolicy ? { secretPolicy: opts.secretPolicy } : {}),
      });
      revision = revisionOf(loaded);
      cached = key ? { key, loaded } : undefined;
      return loaded;
    },
    watch(onChange) {
      const d = debounce(onChange, opts.debounceMs ?? 200);
      const watchers: FSWatcher[] = [];
      for (const p of opts.paths) {
        const path = resolve(opts.cwd, p);
        let dir = false;
        try {
          dir = statSync(path).isDirectory();
        } catch {
          continue; // a path that does not exist yet: the interval will see it
        }
        const w = fsWatch(path, { recursive: dir, persistent: false }, () => d.call());
        w.on('error', () => {});
        watchers.push(w);
      }
      return () => {
        d.cancel();
        for (const w of watchers) w.close();
      };
    },
    async close() {},
  };
}

export interface GitSourceOptions extends SourceLoadOptions {
  repo: string;
  ref: string;
  /** How often `watch` looks for a new commit (default 30 s). */
  pollMs?: number;
}

const git = async (repo: string, args: string[]) =>
  (await run('git', ['-C', repo, ...args], { maxBuffer: 16 * 1024 * 1024 })).stdout.trim();

export function gitSource(opts: GitSourceOptions): Source {
  for (const p of opts.paths)
    if (isAbsolute(p) || p === '-' || p.split(/[\\/]/).includes('..'))
      throw new SourceConfigError(`with --source git, -f paths are inside the repository: ${p} is not`);
  let revision: string | undefined;
  let exported: { commit: string; dir: string } | undefined;

  /** Fetches when the clone has a remote, then resolves the ref (the remote's branch first). */
  const resolveRef = async (): Promise<string> => {
    const remotes = (await git(opts.repo, ['remote'])).split('\n').filter(Boolean);
    if (remotes.length) await git(opts.repo, ['fetch', '--quiet', remotes[0] as string]);
    const candidates = remotes.length ? [`${remotes[0]}/${opts.ref}`, opts.ref] : [opts.ref];
    for (const c of candidates) {
      try {
        return await git(opts.repo, ['rev-parse', '--verify', '--quiet', `${c}^{commit}`]);
      } catch {
        // try the next name
      }
    }
    throw new SourceConfigError(`git: ${opts.ref} is not a commit in ${opts.repo}`);
  };

  const exportCommit = async (commit: string): Promise<string> => {
    if (exported?.commit === commit) return exported.dir;
    const dir = await mkdtemp(join(tmpdir(), 'portalctl-git-'));
    const tar = join(dir, '.export.tar');
    await git(opts.repo, ['archive', '--format=tar', '-o', tar, commit]);
    await run('tar', ['-xf', tar, '-C', dir]);
    await rm(tar, { force: true });
    if (exported) await rm(exported.dir, { recursive: true, force: true });
    exported = { commit, dir };
    return dir;
  };

  return {
    get revision() {
      return revision;
    },
    async load() {
      const commit = await resolveRef();
      const dir = await exportCommit(commit);
      const loaded = await loadManifests(opts.paths, {
        cwd: dir,
        env: opts.env,
        ...(opts.secretPolicy ? { secretPolicy: opts.secretPolicy } : {}),
      });
      revision = commit;
      return loaded;
    },
    watch(onChange) {
      let busy = false;
      const timer = setInterval(async () => {
        if (busy) return;
        busy = true;
        try {
          const commit = await resolveRef();
          if (commit !== revision) onChange();
        } catch {
          // the next cycle reports it
        } finally {
          busy = false;
        }
      }, opts.pollMs ?? 30_000);
      timer.unref?.();
      return () => clearInterval(timer);
    },
    async close() {
      if (exported) await rm(exported.dir, { recursive: true, force: true });
      exported = undefined;
    },
  };
}
