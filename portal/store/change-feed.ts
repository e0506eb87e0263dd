/**
 * Change events of the control-plane and user tables, so the data plane can react (recompute what a portal
 * exposes and send `list_changed`). `watchRepository` reports every write made through this process's
 * repository; `watchOtherWriters` reports, as one `external` change, writes committed by other processes
 * (`portalctl portal users ...`). The feed delivers changes in one batch on a later turn of the event loop.
 */
import type Database from 'better-sqlite3';
import type { Repository } from './repository.js';
import { noteOtherCommit } from './sql-util.js';

export interface Change {
  /** `external`: something was committed by another process; `id` is `*`. */
  kind: 'server' | 'portal' | 'policy' | 'app' | 'user' | 'external';
  id: string;
}

export type ChangeListener = (changes: readonly Change[]) => void;

export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private pending: Change[] = [];
  private scheduled = false;

  /** Subscribes; returns the unsubscribe function. */
  on(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: Change): void {
    this.pending.push(change);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    for (const listener of this.listeners) {
      try {
        listener(batch);
      } catch (err) {
        process.stderr.write(`change listener failed: ${String(err)}\n`);
      }
    }
  }
}

type Writes<T> = { [K in keyof T]: T[K] };

/** Wraps the named methods of `store` so each call also emits `{kind, id}` (id from `idOf(args)`). */
function wrap<T extends object>(
  store: T,
  methods: readonly (keyof T)[],
  kind: Change['kind'],
  idOf: (args: unknown[]) => string,
  feed: ChangeFeed,
): T {
  const out = { ...store } as Writes<T>;
  for (const name of methods) {
    const fn = store[name] as unknown as (...args: unknown[]) => unknown;
    (out as Record<keyof T, unknown>)[name] = (...args: unknown[]) => {
      const result = fn.apply(store, args);
      feed.emit({ kind, id: idOf(args) });
      return result;
    };
  }
  return out;
}

const recordId = (args: unknown[]) => {
  const first = args[0];
  return typeof first === 'string' ? first : String((first as { id?: unknown }).id);
};

/** The same repository, reporting control-plane writes to `feed`. */
export function watchRepository<R extends Repository>(repo: R, feed: ChangeFeed): R {
  return {
    ...repo,
    servers: wrap(repo.servers, ['insert', 'update', 'delete'], 'server', recordId, feed),
    portals: wrap(repo.portals, ['insert', 'update', 'delete', 'updateMapping'], 'portal', recordId, feed),
    policies: wrap(repo.policies, ['insert', 'update', 'delete'], 'policy', recordId, feed),
    apps: wrap(repo.apps, ['insert', 'update', 'delete'], 'app', recordId, feed),
    // An Access group's rules are part of every policy naming it: a change is a policy change.
    groups: wrap(repo.groups, ['insert', 'update', 'delete'], 'policy', recordId, feed),
    users: wrap(repo.users, ['insert', 'update', 'delete'], 'user', recordId, feed),
  };
}

/**
 * Polls SQLite's `data_version`, which changes only when another connection commits, and when it does,
 * drops the store's reused reads (sql-util.ts `noteOtherCommit`) and emits one `external` change. Returns
 * the function that stops polling.
 */
export function watchOtherWriters(db: Database.Database, feed: ChangeFeed, intervalMs = 1000): () => void {
  const version = () => db.pragma('data_version', { simple: true }) as number;
  let last = version();
  const timer = setInterval(() => {
    let now: number;
    try {
      now = version();
    } catch {
      return; // closed under us; the owner stops the timer
    }
    if (now === last) return;
    last = now;
    noteOtherCommit(db);
    feed.emit({ kind: 'external', id: '*' });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
