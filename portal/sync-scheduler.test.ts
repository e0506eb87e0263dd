// The sync scheduler with scripted sync functions: the status machine in the store, bounded concurrency,
// a hung upstream that neither blocks others nor holds its slot past the deadline, coalescing, discarding
// results for outdated credentials, OAuth servers never synced, and the periodic pass.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSecretBox } from './store/crypto.js';
import { openRepository, type SqliteRepository } from './store/sqlite-repository.js';
import type { SyncFn, SyncOutcome } from './sync/types.js';
import { SyncScheduler } from './sync-scheduler.js';
import { crashRecord } from './testing/crash-records.js';

const ready: SyncOutcome = {
  status: 'ready',
  tools: [{ name: 'a' }],
  prompts: [],
  transport: 'streamable-http',
};
let repo: SqliteRepository;
let scheduler: SyncScheduler | undefined;

function setup(
  sync: SyncFn,
  options: ConstructorParameters<typeof SyncScheduler>[2] = {},
  ids = ['one', 'two', 'three'],
) {
  repo = openRepository(':memory:', createSecretBox(Buffer.alloc(32, 1)));
  ids.forEach((id, i) => {
    const { server } = crashRecord(i + 1);
    repo.servers.insert({ ...server, id }, { auth_credentials: `token-${id}` });
  });
  scheduler = new SyncScheduler(repo, sync, { intervalMs: 0, log: () => undefined, ...options });
  return scheduler;
}

afterEach(async () => {
  await scheduler?.close();
  scheduler = undefined;
  repo.close();
});

describe('SyncScheduler', () => {
  it('passes the decrypted credentials and stores ready / error outcomes', async () => {
    const seen: string[] = [];
    const s = setup(async (conn) => {
      seen.push(`${conn.id}:${conn.credentials}:${conn.url}`);
      return conn.id === 'two'
        ? {
            status: 'error',
            error: 'unreachable',
            errorDetails: { cause: 'connection_refused', is_upstream: false, retryable: true },
          }
        : ready;
    });
    await Promise.all(['one', 'two'].map((id) => s.syncNow(id)));
    expect(seen.sort()).toEqual([
      'one:token-one:https://s1.example.com/mcp',
      'two:token-two:https://s2.example.com/mcp',
    ]);
    expect(repo.servers.get('one')).toMatchObject({ status: 'ready', tools: [{ name: 'a' }], error: null });
    expect(repo.servers.get('two')).toMatchObject({
      status: 'error',
      error: 'unreachable',
      error_details: { is_upstream: false, retryable: true },
    });
    expect(await s.syncNow('missing')).toBeUndefined();
  });

  it('never runs more than `concurrency` syncs at once', async () => {
    let running = 0;
    let peak = 0;
    const s = setup(
      async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        return ready;
      },
      { concurrency: 2 },
      ['a', 'b', 'c', 'd', 'e', 'f'],
    );
    await s.syncAll();
    expect(peak).toBe(2);
    expect(repo.servers.ids().map((id) => repo.servers.get(id)?.status)).toEqual(Array(6).fill('ready'));
  });

  it('does not let a hung upstream block the others, and frees its slot at the deadline', async () => {
    const s = setup(async (conn) => (conn.id === 'one' ? new Promise<SyncOutcome>(() => undefined) : ready), {
      concurrency: 1,
      timeoutMs: 1,
    });
    const [hung, other] = await Promise.all([s.syncNow('one'), s.syncNow('two')]);
    expect(hung?.server).toMatchObject({
      status: 'error',
      error_details: { cause: 'timeout', retryable: true },
    });
    expect(other?.server.status).toBe('ready');
  });

  it('turns a throwing sync function into an error status', async () => {
    const s = setup(async () => {
      throw new Error('boom');
    });
    const r = await s.syncNow('one');
    expect(r?.server).toMatchObject({ status: 'error', error_details: { cause: 'internal' } });
  });

  it('coalesces requests for a server that is already queued', async () => {
    let calls = 0;
    const s = setup(
      async () => {
        calls++;
        return ready;
      },
      { concurrency: 1 },
    );
    s.schedule('one');
    s.schedule('two');
    s.schedule('two');
    s.schedule('two');
    await s.idle();
    expect(calls).toBe(2);
  });

  it('discards a result computed with credentials that changed meanwhile', async () => {
    let release: ((o: SyncOutcome) => void) | undefined;
    const s = setup(
      () =>
        new Promise<SyncOutcome>((r) => {
          release = r;
        }),
    );
    const pending = s.syncNow('one');
    await vi.waitFor(() => expect(release).not.toBe(undefined));
    const cur = repo.servers.get('one')!;
    repo.servers.update({ ...cur, generation: cur.generation + 1, name: 'changed' });
    release?.(ready);
    const r = await pending;
    expect(r?.server).toMatchObject({ status: 'waiting', name: 'changed', tools: cur.tools });
    expect(repo.servers.get('one')?.status).toBe('waiting');
  });

  it('never syncs OAuth servers', async () => {
    const sync = vi.fn<SyncFn>(async () => ready);
    const s = setup(sync);
    const cur = repo.servers.get('one')!;
    repo.servers.update({ ...cur, auth_type: 'oauth' });
    expect((await s.syncNow('one'))?.server.status).toBe('waiting');
    await s.syncAll();
    expect(sync.mock.calls.map(([conn]) => conn.id).sort()).toEqual(['three', 'two']);
  });

  it('resumes waiting servers on start and syncs every server periodically', async () => {
    const sync = vi.fn<SyncFn>(async () => ready);
    const s = setup(sync, { intervalMs: 20 });
    s.start();
    await vi.waitFor(() => expect(sync.mock.calls.length).toBeGreaterThanOrEqual(6), { timeout: 5000 });
    expect(new Set(sync.mock.calls.map(([conn]) => conn.id))).toEqual(new Set(['one', 'two', 'three']));
  });

  it('stores nothing after close', async () => {
    let release: ((o: SyncOutcome) => void) | undefined;
    const s = setup(
      () =>
        new Promise<SyncOutcome>((r) => {
          release = r;
        }),
    );
    const pending = s.syncNow('one');
    await vi.waitFor(() => expect(release).not.toBe(undefined));
    await s.close();
    release?.(ready);
    await pending;
    expect(repo.servers.get('one')?.status).toBe('waiting');
  });
});
