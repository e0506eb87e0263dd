/**
 * Runs capability syncs and stores their outcomes: on demand (create, credential change, POST .../sync)
 * and periodically (default every 24 h). At most `concurrency` syncs run at once; each has a hard deadline,
 * so one slow upstream holds one slot for a bounded time and never blocks the others. Requests for a server
 * that is already queued are coalesced; a result computed with credentials that changed meanwhile is
 * discarded. OAuth servers sync once an admin authorised them (`connected`), with the admin grant's token,
 * refreshed first when due and once more after an HTTP 401; a refused refresh leaves them `stale`.
 */
import type { Message, ServerErrorDetails } from '../schemas/generated/wire.js';
import type { Repository, ServerRecord } from './store/repository.js';
import type { SyncFn, SyncOutcome, UpstreamConnection } from './sync/types.js';
import { applySyncOutcome } from './sync-outcome.js';
import { grantBearer } from './upstream-auth/bearer.js';
import type { Freshness } from './upstream-auth/upstream-auth.js';

export const DEFAULT_SYNC_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface SyncSchedulerOptions {
  repo: Repository;
  sync: SyncFn;
  /** Syncs running at once (default 8). */
  concurrency?: number;
  /** Period of the background sync of every server; 0 disables it (default 24 h). */
  intervalMs?: number;
  /** Passed to the sync function (default 10 s). */
  connectTimeoutMs?: number;
  /** Overall budget of one sync (default 60 s); the slot is freed shortly after even if sync ignores it. */
  timeoutMs?: number;
  now?: () => Date;
  /** Where unexpected failures are reported (default: stderr). */
  log?: (line: string) => void;
  /** Refreshes the admin OAuth token of `oauth` servers before a sync (absent: they are not synced). */
  oauth?: { ensureFresh(serverId: string, force?: boolean): Promise<Freshness> };
}

export interface SyncReport {
  /** The server after the sync. */
  server: ServerRecord;
  /** Notes about the sync, e.g. dropped overrides. */
  messages: Message[];
}

const failure = (cause: string, error: string, retryable: boolean): SyncOutcome => {
  const errorDetails: ServerErrorDetails = { cause, is_upstream: false, retryable };
  return { status: 'error', error, errorDetails };
};

export class SyncScheduler {
  private readonly opts: Required<Omit<SyncSchedulerOptions, 'repo' | 'sync' | 'oauth'>>;
  private readonly oauth: SyncSchedulerOptions['oauth'];
  private readonly queued = new Map<string, Promise<SyncReport | undefined>>();
  private readonly running = new Map<string, Promise<SyncReport | undefined>>();
  private readonly waiters: (() => void)[] = [];
  private readonly stop = new AbortController();
  private active = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly repo: Repository,
    private readonly sync: SyncFn,
    options: Omit<SyncSchedulerOptions, 'repo' | 'sync'> = {},
  ) {
    this.opts = {
      concurrency: options.concurrency ?? 8,
      intervalMs: options.intervalMs ?? DEFAULT_SYNC_INTERVAL_MS,
      connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
      timeoutMs: options.timeoutMs ?? 60_000,
      now: options.now ?? (() => new Date()),
      log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
    };
    this.oauth = options.oauth;
    if (!(this.opts.concurrency >= 1)) throw new Error('sync concurrency must be at least 1');
  }

  /** Starts the periodic sync and resumes servers left `waiting` (e.g. by a restart mid-sync). */
  start(): void {
    for (const id of this.repo.servers.ids()) {
      const server = this.repo.servers.get(id);
      if (server && server.status === 'waiting' && this.canSync(server)) this.schedule(id);
    }
    if (this.opts.intervalMs > 0) {
      this.timer = setInterval(() => this.syncAll(), this.opts.intervalMs);
      this.timer.unref();
    }
  }

  /** Queues a sync (after any running one, whose configuration may be outdated) and does not wait. */
  schedule(id: string): void {
    void this.request(id);
  }

  /**
   * Syncs one server and resolves with its state afterwards (undefined if it no longer exists). Joins a
   * sync already queued or running rather than starting another, so its messages are not lost.
   */
  syncNow(id: string): Promise<SyncReport | undefined> {
    return this.queued.get(id) ?? this.running.get(id) ?? this.request(id);
  }

  /** Queues a sync of every server that can sync (the periodic pass). */
  syncAll(): Promise<(SyncReport | undefined)[]> {
    const ids = this.repo.servers.ids().filter((id) => {
      const server = this.repo.servers.get(id);
      return server !== undefined && this.canSync(server);
    });
    return Promise.all(ids.map((id) => this.request(id)));
  }

  /** Resolves when nothing is queued or running (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.queued.size > 0 || this.running.size > 0) {
      await Promise.allSettled([...this.queued.values(), ...this.running.values()]);
    }
  }

  /** Stops the timer, aborts syncs in flight and waits for them to settle; nothing is stored afterwards. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.stop.abort();
    for (const wake of this.waiters.splice(0)) wake();
    await this.idle();
  }

  private request(id: string): Promise<SyncReport | undefined> {
    const pending = this.queued.get(id);
    if (pending) return pending;
    const p = (async () => {
      await this.running.get(id)?.catch(() => undefined);
      await this.acquire();
      this.queued.delete(id);
      const run = this.runOne(id);
      this.running.set(id, run);
      try {
        return await run;
      } finally {
        if (this.running.get(id) === run) this.running.delete(id);
        this.release();
      }
    })();
    this.queued.set(id, p);
    return p;
  }

  private async acquire(): Promise<void> {
    while (this.active >= this.opts.concurrency && !this.stop.signal.aborted) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    this.active += 1;
  }

  private release(): void {
    this.active -= 1;
    this.waiters.shift()?.();
  }

  /** Whether a server has what a sync needs: for `oauth`, a connected admin credential. */
  private canSync(server: ServerRecord): boolean {
    return (
      server.auth_type !== 'oauth' ||
      (this.oauth !== undefined && server.authentication_status === 'connected')
    );
  }

  private async runOne(id: string): Promise<SyncReport | undefined> {
    try {
      let before = this.repo.servers.get(id);
      if (!before) return undefined;
      if (!this.canSync(before) || this.stop.signal.aborted) return { server: before, messages: [] };
      const oauth = before.auth_type === 'oauth' ? this.oauth : undefined;
      if (oauth) {
        const fresh = await oauth.ensureFresh(id);
        before = this.repo.servers.get(id);
        if (!before) return undefined;
        if (fresh !== 'ok') return { server: before, messages: [] };
      }
      let outcome = await this.attempt(before);
      if (oauth && outcome.status === 'error' && outcome.errorDetails.status_code === 401) {
        // The token may have been revoked or expired early: refresh once and try again.
        const fresh = await oauth.ensureFresh(id, true);
        const now = this.repo.servers.get(id);
        if (!now) return undefined;
        if (fresh !== 'ok') return { server: now, messages: [] };
        before = now;
        outcome = await this.attempt(before);
      }
      if (this.stop.signal.aborted) return { server: before, messages: [] };
      return this.store(before, outcome);
    } catch (err) {
      if (!this.stop.signal.aborted)
        this.opts.log(`sync of server ${id} failed unexpectedly: ${String(err)}`);
      return undefined;
    }
  }

  private async attempt(server: ServerRecord): Promise<SyncOutcome> {
    let credentials: string | undefined;
    try {
      credentials = this.repo.servers.secrets(server.id).auth_credentials;
    } catch {
      return failure(
        'credentials_unreadable',
        'the stored credentials cannot be decrypted with this secret key',
        false,
      );
    }
    const conn: UpstreamConnection = {
      id: server.id,
      url: server.hostname,
      authType: server.auth_type,
      ...(credentials !== undefined ? { credentials } : {}),
      ...(server.auth_type === 'oauth' ? { oauth: grantBearer(this.repo.upstreamGrants, server.id) } : {}),
    };
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // The deadline frees the slot even if the sync function ignores its own timeout and signal.
    const deadline = new Promise<SyncOutcome>((resolve) => {
      timer = setTimeout(() => {
        resolve(failure('timeout', `sync did not finish within ${this.opts.timeoutMs} ms`, true));
        abort.abort(new Error('sync deadline exceeded'));
      }, this.opts.timeoutMs + Math.min(1000, this.opts.timeoutMs));
    });
    let onStop = (): void => undefined;
    const stopped = new Promise<SyncOutcome>((resolve) => {
      onStop = () => {
        resolve(failure('aborted', 'sync was aborted', true));
        abort.abort(this.stop.signal.reason);
      };
      this.stop.signal.addEventListener('abort', onStop, { once: true });
    });
    try {
      return await Promise.race([
        this.sync(conn, {
          connectTimeoutMs: this.opts.connectTimeoutMs,
          timeoutMs: this.opts.timeoutMs,
          signal: abort.signal,
        }).catch((err: unknown) =>
          failure('internal', `sync failed: ${err instanceof Error ? err.message : String(err)}`, true),
        ),
        deadline,
        stopped,
      ]);
    } finally {
      clearTimeout(timer);
      this.stop.signal.removeEventListener('abort', onStop);
    }
  }

  private store(before: ServerRecord, outcome: SyncOutcome): SyncReport | undefined {
    return this.repo.transaction(() => {
      const current = this.repo.servers.get(before.id);
      if (!current) return undefined;
      // Deleted and recreated, or credentials changed while syncing: this result describes the old
      // configuration; the sync queued by that change will store the new one.
      if (current.created_at !== before.created_at || current.generation !== before.generation) {
        return { server: current, messages: [] };
      }
      const now = this.opts.now().toISOString();
      const applied = applySyncOutcome(current, this.repo.portals.mappingsOf(current.id), outcome, now);
      this.repo.servers.update(applied.server);
      for (const { portal_id, mapping } of applied.mappings)
        this.repo.portals.updateMapping(portal_id, mapping);
      return { server: applied.server, messages: applied.messages };
    });
  }
}
