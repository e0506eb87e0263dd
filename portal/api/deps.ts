/**
 * What the route modules need, passed in (never reached for): the repository, the sync trigger, a clock,
 * and the actor recorded in created_by / modified_by. `noopSync` makes a trigger-free API for tests.
 */
import type { Repository, UpstreamGrant } from '../store/repository.js';
import type { SyncReport } from '../sync-scheduler.js';

export interface SyncTrigger {
  /** Queues a sync of a server without waiting. */
  schedule(id: string): void;
  /** Syncs a server now and resolves with its state afterwards (undefined if it no longer exists). */
  syncNow(id: string): Promise<SyncReport | undefined>;
}

export interface ApiDeps {
  repo: Repository;
  sync: SyncTrigger;
  now: () => Date;
  /** Recorded as created_by / modified_by. */
  actor: string;
  /** Writes request-log rows still buffered in memory, before the logs are read. */
  flushLogs?: () => void;
  /** The admin OAuth flow of `oauth` servers (absent: `POST .../authorize` answers 404). */
  upstreamAuth?: UpstreamAuthPort;
}

/** What the API uses of `portal/upstream-auth`: start an authorization, revoke a deleted server's grant. */
export interface UpstreamAuthPort {
  /** Resolves with the URL the admin opens; rejects with `UpstreamAuthError`. */
  authorize(serverId: string, callbackBase: string): Promise<string>;
  /** Best effort; never rejects. */
  revoke(grant: UpstreamGrant | undefined): Promise<void>;
}

export const noopSync = (repo: Repository): SyncTrigger => ({
  schedule: () => undefined,
  syncNow: async (id) => {
    const server = repo.servers.get(id);
    return server && { server, messages: [] };
  },
});
