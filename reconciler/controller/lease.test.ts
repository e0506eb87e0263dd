/**
 * The lease against the real embedded portal over HTTP: one holder out of two, takeover after the holder
 * dies, hand-over on release, renewals, aborts, concurrent acquirers (20 rounds), and that the ledger
 * never reads a lease tag as a last-applied record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPortal, type TestPortal } from '../../portal/testing/harness.js';
import { ApiClient } from '../api/client.js';
import { PortalApi } from '../api/endpoints.js';
import { ownerOfTag, parseLedgerTag, readLedger } from '../ledger.js';
import {
  createLease,
  keepRenewed,
  type LeaseOptions,
  leaseTag,
  parseLeaseTag,
  type TargetLease,
} from './lease.js';

let portal: TestPortal;
let client: ApiClient;
let api: PortalApi;
/** One fake clock shared by every lease of a test, so expiry is decided by the test, not by waiting. */
let now = Date.UTC(2030, 0, 1);
const clock = () => now;

beforeAll(async () => {
  portal = await startTestPortal();
  client = new ApiClient({ baseUrl: portal.baseUrl, accountId: portal.accountId, token: portal.apiToken });
  api = new PortalApi(client);
});
afterAll(async () => {
  await client.close();
  await portal.close();
});

const lease = (holder: string, extra: Partial<LeaseOptions> = {}) =>
  createLease(api, { owner: 'ctl', holder, ttlMs: 30_000, clock, pollMs: 10, ...extra });

const leaseTags = async () =>
  (await api.listTags()).map((t) => parseLeaseTag(t.name)).filter((l) => l !== undefined);

/** Resolves true when `p` settles within `ms`. */
const settlesWithin = (p: Promise<unknown>, ms: number) =>
  Promise.race([
    p.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((r) => setTimeout(() => r(false), ms)),
  ]);

async function cleanup(...leases: TargetLease[]) {
  for (const l of leases) await l.release();
  for (const l of await leaseTags()) await api.deleteTag(l.tag);
}

describe('lease', () => {
  it('lets exactly one of two contenders hold it, the other waits', async () => {
    const a = lease('alpha');
    const b = lease('bravo');
    const stop = new AbortController();
    await a.acquire(stop.signal);
    const waiting = b.acquire(stop.signal);
    expect(await settlesWithin(waiting, 300)).toBe(false);
    expect([a.held(), b.held()]).toEqual([true, false]);
    expect((await leaseTags()).map((l) => l.holder)).toEqual(['alpha']);
    stop.abort();
    await expect(waiting).rejects.toThrow();
    await cleanup(a, b);
  });

  it('is taken over once the holder stops renewing and its lease expires', async () => {
    const a = lease('alpha');
    const b = lease('bravo');
    await a.acquire(new AbortController().signal);
    const dead = a.tag();
    const waiting = b.acquire(new AbortController().signal);
    expect(await settlesWithin(waiting, 200)).toBe(false);
    now += 30_000 + 2_001; // past the expiry and the skew allowance
    await waiting;
    expect(b.held()).toBe(true);
    expect(a.held()).toBe(false);
    expect(await a.renew()).toBe(false);
    const tags = (await api.listTags()).map((t) => t.name);
    expect(tags).not.toContain(dead);
    expect((await leaseTags()).map((l) => l.holder)).toEqual(['bravo']);
    await cleanup(a, b);
  });

  it('is handed over at once on release', async () => {
    const a = lease('alpha');
    const b = lease('bravo');
    await a.acquire(new AbortController().signal);
    const waiting = b.acquire(new AbortController().signal);
    expect(await settlesWithin(waiting, 100)).toBe(false);
    await a.release();
    expect(a.held()).toBe(false);
    // Within a couple of polls (10 ms here), long before any expiry: the clock does not move.
    expect(await settlesWithin(waiting, 2_000)).toBe(true);
    expect(b.held()).toBe(true);
    await cleanup(a, b);
  });

  it('renews by renaming its tag to the new expiry, and reports a lost lease when the tag is gone', async () => {
    const a = lease('alpha');
    await a.acquire(new AbortController().signal);
    const first = a.tag() as string;
    now += 10_000;
    expect(await a.renew()).toBe(true);
    const second = a.tag() as string;
    expect(second).toBe(leaseTag('ctl', 'alpha', now + 30_000));
    const names = (await api.listTags()).map((t) => t.name);
    expect(names).toContain(second);
    expect(names).not.toContain(first);
    // Someone deleted it (it looked dead to them): the next renewal says so, in the same second or later.
    await api.deleteTag(second);
    expect(await a.renew()).toBe(false);
    expect(a.held()).toBe(false);
    await a.acquire(new AbortController().signal);
    await api.deleteTag(a.tag() as string);
    now += 10_000;
    expect(await a.renew()).toBe(false);
    expect(a.held()).toBe(false);
    await cleanup(a);
  });

  it('renewals at the same moment (the loop and the background timer) never report a held lease lost', async () => {
    const a = lease('alpha');
    await a.acquire(new AbortController().signal);
    now += 10_000;
    expect(await Promise.all([a.renew(), a.renew(), a.renew()])).toEqual([true, true, true]);
    expect(a.held()).toBe(true);
    expect((await leaseTags()).map((l) => l.tag)).toEqual([a.tag()]);
    await cleanup(a);
  });

  it('stops counting as held at its expiry when renewals fail to happen', async () => {
    const a = lease('alpha');
    await a.acquire(new AbortController().signal);
    now += 30_000;
    expect(a.held()).toBe(false);
    expect(await a.renew()).toBe(false);
    await cleanup(a);
  });

  it('withdraws its claim when an acquisition is aborted', async () => {
    const a = lease('alpha');
    const b = lease('bravo');
    await a.acquire(new AbortController().signal);
    const stop = new AbortController();
    const waiting = b.acquire(stop.signal);
    await new Promise((r) => setTimeout(r, 50));
    stop.abort();
    await expect(waiting).rejects.toThrow();
    expect((await leaseTags()).map((l) => l.holder)).toEqual(['alpha']);
    await cleanup(a, b);
  });

  it('does not let a late claim that sorts first take a lease already held', async () => {
    const a = lease('zulu');
    await a.acquire(new AbortController().signal);
    // B's first look is stale (it listed just before A's tag landed): it claims, then sees A beside its claim.
    let stale = true;
    const staleApi = new Proxy(api, {
      get(target, key, receiver) {
        if (key === 'listTags' && stale) {
          stale = false;
          return async () => [];
        }
        return Reflect.get(target, key, receiver);
      },
    });
    const b = createLease(staleApi, { owner: 'ctl', holder: 'alpha', ttlMs: 30_000, clock, pollMs: 10 });
    const stop = new AbortController();
    const waiting = b.acquire(stop.signal);
    expect(await settlesWithin(waiting, 300)).toBe(false);
    expect(a.held()).toBe(true);
    expect(b.held()).toBe(false);
    expect((await leaseTags()).map((l) => l.holder)).toEqual(['zulu']);
    stop.abort();
    await expect(waiting).rejects.toThrow();
    await cleanup(a, b);
  });

  it('never leaves two holders when two acquire at the same moment (20 rounds)', async () => {
    for (let round = 0; round < 20; round++) {
      const x = lease(`x${round}`);
      const y = lease(`y${round}`);
      const stop = new AbortController();
      const px = x.acquire(stop.signal).then(() => 'x');
      const py = y.acquire(stop.signal).then(() => 'y');
      const first = await Promise.race([px, py]);
      const [winner, loser, pending] = first === 'x' ? [x, y, py] : [y, x, px];
      // Give the loser many polls to get it wrong.
      expect(await settlesWithin(pending, 150)).toBe(false);
      expect(winner.held()).toBe(true);
      expect(loser.held()).toBe(false);
      const live = await leaseTags();
      expect(live.map((l) => l.holder)).toEqual([winner.holder]);
      await winner.release();
      await pending;
      expect(loser.held()).toBe(true);
      expect(winner.held()).toBe(false);
      await cleanup(x, y);
    }
  });

  it('keepRenewed renews in the background and reports a loss once', async () => {
    const a = lease('alpha', { ttlMs: 3_000 });
    await a.acquire(new AbortController().signal);
    expect(a.renewEveryMs).toBe(1_000);
    const stop = new AbortController();
    let lost = 0;
    keepRenewed(a, { signal: stop.signal, onLost: () => lost++ });
    const first = a.tag();
    now += 2_000;
    await new Promise((r) => setTimeout(r, 1_300));
    expect(a.tag()).not.toBe(first);
    expect(a.held()).toBe(true);
    await api.deleteTag(a.tag() as string);
    now += 1_000;
    await new Promise((r) => setTimeout(r, 1_300));
    expect(lost).toBe(1);
    expect(a.held()).toBe(false);
    stop.abort();
    await cleanup(a);
  });

  it('refuses an invalid ttl, owner or holder', () => {
    expect(() => createLease(api, { owner: 'ctl', ttlMs: 10 })).toThrow(RangeError);
    expect(() => createLease(api, { owner: 'a:b' })).toThrow(RangeError);
    expect(() => createLease(api, { owner: 'ctl', holder: 'a/b' })).toThrow(RangeError);
  });
});

describe('lease tags and the ledger', () => {
  it.each([
    { name: 'plain holder', tag: leaseTag('default', 'host-1-abcdef', 1_900_000_000_000) },
    { name: 'holder with dots', tag: leaseTag('team.a', 'node.example.com-7-000001', 1_900_000_000_000) },
    // A holder that looks like a record's digests must still not parse as a record.
    { name: 'digest-like holder', tag: leaseTag('default', 'aaaaaaaaaaaa', 1_900_000_000_000) },
  ])('$name: a lease tag is not a last-applied record nor an ownership tag', ({ tag }) => {
    expect(parseLeaseTag(tag)).toBeDefined();
    expect(parseLedgerTag(tag)).toBeUndefined();
    expect(ownerOfTag(tag)).toBeUndefined();
    expect(readLedger([tag]).size).toBe(0);
  });

  it('a last-applied record is not a lease tag', () => {
    expect(parseLeaseTag('mcp-portals:default:McpServer/s1@0123456789ab.0123456789ab')).toBeUndefined();
    expect(parseLeaseTag('mcp-portals:default')).toBeUndefined();
  });
});
