/**
 * The controller's single-writer lease, kept IN THE TARGET as an Access tag named
 * `mcp-portals:<owner>:lease@<holder>.<expiresAtEpochSeconds>`: tags are the only free-form objects
 * Cloudflare's Access API has, so one mechanism serves Cloudflare and the embedded portal alike, and
 * controllers on different machines see the same lock (a file lock would only guard one host).
 * Acquire: create ours, then hold only if a list taken afterwards shows no other live lease; renew renames.
 */
import { hostname } from 'node:os';
import type { PortalApi } from '../api/endpoints.js';
import { NotFoundError } from '../api/errors.js';
import type { Lease } from './types.js';

export const DEFAULT_LEASE_TTL_MS = 30_000;

export interface LeaseOptions {
  /** The `--owner`: one lease per target and owner. */
  owner: string;
  /** Who holds it (default: host name, pid and a random suffix). Letters, digits, `.`, `_`, `-`. */
  holder?: string;
  /** How long a lease lives without renewal (default 30 s; whole seconds are written to the tag). */
  ttlMs?: number;
  /** Epoch ms (default Date.now). */
  clock?: () => number;
  /** How often a waiting acquirer looks again (default ttl/3). */
  pollMs?: number;
  /**
   * Tolerated clock skew between controllers: another holder's lease is deleted as dead only this long after
   * its expiry (default min(2 s, ttl/10)), and our own counts as held only until its expiry.
   */
  skewMs?: number;
  /** Abortable sleep (default timers); injectable for tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** The lease as `createLease` returns it: the contract plus what a loop needs to schedule renewals. */
export interface TargetLease extends Lease {
  readonly holder: string;
  /** Renew this often (ttl/3). */
  readonly renewEveryMs: number;
  /** The tag we hold (or hold a claim with), if any. */
  tag(): string | undefined;
}

/** One lease tag, parsed. */
export interface LeaseTag {
  tag: string;
  owner: string;
  holder: string;
  /** Epoch ms. */
  expiresAt: number;
}

const LEASE = /^mcp-portals:([^:@/]+):lease@([A-Za-z0-9._-]+)\.(\d+)$/;

export const leaseTag = (owner: string, holder: string, expiresAtMs: number) =>
  `mcp-portals:${owner}:lease@${holder}.${Math.floor(expiresAtMs / 1000)}`;

export function parseLeaseTag(tag: string): LeaseTag | undefined {
  const m = LEASE.exec(tag);
  if (!m) return undefined;
  return { tag, owner: m[1] as string, holder: m[2] as string, expiresAt: Number(m[3]) * 1000 };
}

/** A holder id safe inside a tag name: `host-pid-random`, other characters replaced by `-`. */
export function defaultHolder(random: () => number = Math.random): string {
  const host =
    hostname()
      .replace(/[^A-Za-z0-9_-]/g, '-')
      .slice(0, 40) || 'host';
  const suffix = Math.floor(random() * 0xffffff)
    .toString(16)
    .padStart(6, '0');
  return `${host}-${process.pid}-${suffix}`;
}

const abortError = (signal: AbortSignal) =>
  signal.reason instanceof Error
    ? signal.reason
    : new DOMException('lease acquisition aborted', 'AbortError');

function timerSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export function createLease(api: PortalApi, opts: LeaseOptions): TargetLease {
  const ttl = opts.ttlMs ?? DEFAULT_LEASE_TTL_MS;
  if (!Number.isFinite(ttl) || ttl < 1000)
    throw new RangeError(`lease ttl must be at least 1 s, got ${ttl} ms`);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(opts.owner))
    throw new RangeError(`"${opts.owner}" is not an owner name`);
  const random = opts.random ?? Math.random;
  const holder = opts.holder ?? defaultHolder(random);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(holder))
    throw new RangeError(`"${holder}" is not a lease holder id: use letters, digits, ".", "_" and "-"`);
  const clock = opts.clock ?? Date.now;
  const poll = opts.pollMs ?? Math.round(ttl / 3);
  const skew = opts.skewMs ?? Math.min(2000, Math.round(ttl / 10));
  const sleep = opts.sleep ?? timerSleep;
  const owner = opts.owner;

  /** Our tag (a claim until `isHeld`). */
  let mine: LeaseTag | undefined;
  let isHeld = false;
  let renewing: Promise<boolean> | undefined;
  /** Whether our claim already stayed once through contention (it withdraws the next time). */
  let kept = false;

  const leasesNow = async (): Promise<LeaseTag[]> =>
    (await api.listTags())
      .map((t) => parseLeaseTag(t.name))
      .filter((l): l is LeaseTag => l !== undefined && l.owner === owner);

  const dropMine = async () => {
    const tag = mine?.tag;
    mine = undefined;
    isHeld = false;
    kept = false;
    if (tag) await api.deleteTag(tag);
  };

  /**
   * One look: deletes dead leases of others, and decides. Safety: we hold only when a list taken after our
   * tag was created shows no other live lease; two holders would each have had to list before the other's
   * create, which cannot be. `claim` breaks the tie among fresh claims by holder id (the first keeps its tag
   * and looks again, the others withdraw), so two acquirers racing do not both back off forever.
   */
  const attempt = async (): Promise<'held' | 'wait' | 'retry'> => {
    const now = clock();
    const all = await leasesNow();
    const ours = all.filter((l) => l.holder === holder);
    const others = all.filter((l) => l.holder !== holder);
    const dead = others.filter((l) => l.expiresAt + skew < now);
    // Tolerates races: another acquirer may have deleted it first (deleteTag ignores a 404).
    await Promise.all(dead.map((l) => api.deleteTag(l.tag)));
    const live = others.filter((l) => !dead.includes(l));
    // Stale tags of our own (a renewal whose answer was lost, or an old claim): keep the newest live one.
    const newest = ours.filter((l) => l.expiresAt > now).sort((a, b) => b.expiresAt - a.expiresAt)[0];
    await Promise.all(ours.filter((l) => l !== newest).map((l) => api.deleteTag(l.tag)));
    mine = newest;
    if (!mine) {
      if (live.length > 0) return 'wait';
      const tag = leaseTag(owner, holder, now + ttl);
      await api.createTag({ name: tag });
      mine = parseLeaseTag(tag);
      kept = false;
      return 'retry';
    }
    if (live.length === 0) return 'held';
    // Contention: the claim that sorts first by holder id stays and looks again; the others withdraw.
    const first = [holder, ...live.map((l) => l.holder)].sort()[0];
    if (first === holder && !kept) {
      kept = true;
      return 'retry';
    }
    await dropMine();
    return 'wait';
  };

  const lease: TargetLease = {
    holder,
    renewEveryMs: Math.max(1, Math.round(ttl / 3)),
    tag: () => mine?.tag,
    held: () => isHeld && mine !== undefined && clock() < mine.expiresAt,

    async acquire(signal: AbortSignal): Promise<void> {
      try {
        for (;;) {
          if (signal.aborted) throw abortError(signal);
          const step = await attempt();
          if (step === 'held') {
            isHeld = true;
            return;
          }
          // A claim just made or kept is looked at again soon; a wait is one poll (with jitter).
          const pause =
            step === 'retry'
              ? Math.min(poll, 25 + Math.floor(random() * 50))
              : Math.round(poll * (0.8 + random() * 0.4));
          await sleep(pause, signal);
        }
      } catch (err) {
        // Aborted (or the API failed) mid-way: withdraw our claim, so nobody waits on it until it expires.
        if (!isHeld) await dropMine().catch(() => {});
        throw err;
      }
    },

    renew(): Promise<boolean> {
      // One renewal at a time: two concurrent renames of one tag would make the second see a 404 (lost).
      renewing ??= renewOnce().finally(() => {
        renewing = undefined;
      });
      return renewing;
    },

    async release(): Promise<void> {
      await dropMine();
    },
  };

  async function renewOnce(): Promise<boolean> {
    if (!isHeld || !mine) return false;
    const now = clock();
    if (now >= mine.expiresAt) {
      isHeld = false;
      return false;
    }
    const next = leaseTag(owner, holder, now + ttl);
    const lost = () => {
      // Deleted by another acquirer (we were thought dead) or renamed by an answer we lost: not ours now.
      mine = undefined;
      isHeld = false;
      return false;
    };
    try {
      // Within the same second the name would not change: then only check that the tag is still there.
      if (next === mine.tag) return (await api.getTag(next)) ? true : lost();
      await api.renameTag(mine.tag, { name: next });
    } catch (err) {
      if (err instanceof NotFoundError) return lost();
      // A transient failure: the lease stays valid until its current expiry.
      return lease.held();
    }
    mine = parseLeaseTag(next);
    return true;
  }
  return lease;
}

/**
 * Renews `lease` every `renewEveryMs` while it is held, until `signal` aborts; calls `onLost` once when a
 * renewal finds it lost (the loop then acquires again). For loops whose cycles are longer apart than the
 * ttl: renewing only at the start of a cycle would let the lease lapse in between.
 */
export function keepRenewed(lease: TargetLease, opts: { signal: AbortSignal; onLost?: () => void }): void {
  const tick = async () => {
    if (opts.signal.aborted) return;
    if (lease.held() && !(await lease.renew().catch(() => lease.held()))) opts.onLost?.();
    if (!opts.signal.aborted) timer = setTimeout(tick, lease.renewEveryMs);
  };
  let timer = setTimeout(tick, lease.renewEveryMs);
  opts.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}
