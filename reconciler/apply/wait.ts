/**
 * Waits for servers to leave `waiting` after a sync: reads the server list (one paged list per poll,
 * never a GET per server) until each named server is ready, in error, or waiting on an admin's OAuth
 * login (which no amount of waiting changes), or until the timeout. Asks for a sync (once) only of a
 * server the API left waiting without ever syncing it (see `syncAfterMs`).
 */
import type { ServerObject } from '../../schemas/generated/wire.js';
import type { PortalApi } from '../api/endpoints.js';

/**
 * One sync per server, decided for both APIs (issue #19). Apply sends no `POST .../sync` after a create
 * or a credential change: the API syncs those itself. The embedded portal schedules a sync on create
 * (non-OAuth) and when credentials change (portal/api/servers.ts), and a `POST .../sync` that arrives
 * after that sync finished runs a second one (each is an upstream session). Cloudflare documents
 * `waiting` as "a sync is pending or in progress", the initial state, and syncs on save in the dashboard;
 * whether its API's create syncs is not confirmed (shared/reference/cloudflare-api.md §2.2). So the
 * wait is the safety net: when, after `syncAfterMs`, not one of the servers that had never synced has
 * synced since the wait began (the API is not syncing them by itself), each gets one `POST .../sync`,
 * which Cloudflare answers after the sync. An API that syncs on create shows progress first and is never
 * asked (a large batch on the embedded portal syncs 8 at a time); were it asked, the embedded portal
 * joins the request to the sync still queued or running (SyncScheduler.syncNow) rather than starting
 * another. Re-syncs of servers in Error are plan operations (`server.sync`, purpose `resync`), never
 * combined with a credential change.
 */
export const DEFAULT_SYNC_AFTER_MS = 15_000;

export interface WaitOptions {
  timeoutMs: number;
  /** Poll period (default 500 ms, growing to 5 s). */
  intervalMs?: number;
  /**
   * After this long with no server synced by the API itself, each server still waiting that never synced
   * is asked for a sync, once (default 15 s; `Infinity` never asks). See DEFAULT_SYNC_AFTER_MS.
   */
  syncAfterMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onPoll?: (pending: string[]) => void;
}

/** Waiting for a sync that the API may never start: nothing was ever synced (no OAuth login awaited). */
const neverSynced = (s: ServerObject) =>
  s.status === 'waiting' && !s.last_synced && s.authentication_status !== 'required';

/** Resolves with the servers still waiting when the wait ended (empty when all settled). */
export async function waitForServers(
  api: PortalApi,
  names: readonly string[],
  opts: WaitOptions,
): Promise<string[]> {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  const started = now();
  const deadline = started + opts.timeoutMs;
  const syncAt = started + (opts.syncAfterMs ?? DEFAULT_SYNC_AFTER_MS);
  const asked = new Set<string>();
  // The servers that had never synced at the first poll; the API syncs by itself once one of them has.
  let unsynced: Set<string> | undefined;
  let selfSyncing = false;
  let pending = [...names];
  let interval = opts.intervalMs ?? 500;
  while (pending.length) {
    const live = new Map((await api.listServers()).map((s) => [s.id, s]));
    pending = pending.filter((n) => {
      const s = live.get(n);
      return s !== undefined && s.status === 'waiting' && s.authentication_status !== 'required';
    });
    opts.onPoll?.(pending);
    if (!pending.length || now() >= deadline) break;
    const never = pending.filter((n) => neverSynced(live.get(n) as ServerObject));
    unsynced ??= new Set(never);
    selfSyncing ||= never.length < unsynced.size;
    const ask = !selfSyncing && now() >= syncAt ? never.filter((n) => !asked.has(n)) : [];
    if (ask.length) {
      for (const n of ask) asked.add(n);
      // Each answers after its sync (bounded by the client's request timeout); a refusal leaves the
      // server waiting, reported at the timeout.
      await Promise.allSettled(ask.map((n) => api.syncServer(n)));
      continue;
    }
    await sleep(Math.min(interval, Math.max(0, deadline - now())));
    interval = Math.min(5000, interval * 1.5);
  }
  return pending;
}
