/**
 * Waits for servers to leave `waiting` after a sync: reads the server list (one paged list per poll,
 * never a GET per server) until each named server is ready, in error, or waiting on an admin's OAuth
 * login (which no amount of waiting changes), or until the timeout.
 */
import type { PortalApi } from '../api/endpoints.js';

export interface WaitOptions {
  timeoutMs: number;
  /** Poll period (default 500 ms, growing to 5 s). */
  intervalMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onPoll?: (pending: string[]) => void;
}

/** Resolves with the servers still waiting when the wait ended (empty when all settled). */
export async function waitForServers(
  api: PortalApi,
  names: readonly string[],
  opts: WaitOptions,
): Promise<string[]> {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  const deadline = now() + opts.timeoutMs;
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
    await sleep(Math.min(interval, Math.max(0, deadline - now())));
    interval = Math.min(5000, interval * 1.5);
  }
  return pending;
}
