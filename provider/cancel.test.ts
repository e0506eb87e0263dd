// customTimeouts and Cancel stop in-flight work (issue 15, point 6): the spawned plugin over gRPC against
// the embedded portal, with an upstream MCP server that never answers (so its capability sync hangs) and
// fault injection on the portal (latency, 429s). A step fails at the engine's timeout for it, or within
// about a second of Cancel, with an error naming the timeout (or the cancel); a server that was created
// is kept as a partial failure. Times are printed; the bounds only catch "waited for the whole sync timeout
// or all the retries".
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FaultConfig } from '../portal/api/faults.js';
import { type Bench, startBench } from '../reconciler/testing/e2e.js';
import { POLICY, SERVER } from './testing/bench.js';
import { type Plugin, type RpcError, startPlugin } from './testing/engine.js';
import { type SlowProxy, slowProxy } from './testing/slow.js';
import { secret } from './wire.js';

const faults: FaultConfig = { failures: [], latencyMs: 0 };
let bench: Bench;
let hanging: SlowProxy;
let plugin: Plugin;
let config: Record<string, unknown>;

beforeAll(async () => {
  bench = await startBench({ faults });
  hanging = await slowProxy(bench.upstreams.docs.url, Number.POSITIVE_INFINITY);
  config = {
    apiUrl: bench.portal.baseUrl,
    accountId: bench.portal.accountId,
    apiToken: secret(bench.portal.apiToken),
    // Far longer than any step below may take: what stops them must be the engine's timeout or Cancel.
    syncTimeout: 60,
  };
  plugin = await startPlugin();
  await plugin.configure(config);
});
afterEach(() => {
  faults.failures = [];
  faults.latencyMs = 0;
});
afterAll(async () => {
  await plugin?.close();
  await hanging?.close();
  await bench?.close();
});

/** Runs `fn`, returning its error and how long it took (printed for the record). */
async function timed(label: string, fn: () => Promise<unknown>): Promise<{ err: RpcError; ms: number }> {
  const started = performance.now();
  const err = (await fn().then(
    () => undefined,
    (e: unknown) => e,
  )) as RpcError;
  const ms = Math.round(performance.now() - started);
  console.log(`${label}: failed after ${ms} ms`);
  expect(err, `${label} should fail`).toBeDefined();
  return { err, ms };
}

/** What a policy create writes (servers syncing in the background change other rows meanwhile). */
const written = () => {
  const { policies, apps, app_policies } = bench.portal.dump();
  return { policies, apps, app_policies };
};

const policy = (name: string) => ({ name, decision: 'allow', include: [{ everyone: true }] });

describe('customTimeouts', () => {
  it('a create whose capability sync hangs fails at its 4 s timeout, keeping the server', async () => {
    const { err, ms } = await timed('create, sync hangs, customTimeouts.create 4 s', () =>
      plugin.create(SERVER, 'hung', { serverId: 'hung', url: hanging.url }, { timeout: 4 }),
    );
    expect(err.details).toContain(
      "the create timed out after 4 s (the resource's customTimeouts.create); its API calls and waits were stopped",
    );
    // The server exists: the engine records it (a partial failure) so the next up updates it.
    expect(err.initFailed?.id).toBe('hung');
    expect((await bench.portal.call('GET', '/access/ai-controls/mcp/servers/hung')).status).toBe(200);
    expect(ms).toBeLessThan(9_000);
  });

  it('an update stops at its timeout too', async () => {
    const news = { serverId: 'hung', url: hanging.url, description: 'changed' };
    const { err, ms } = await timed('update, sync hangs, customTimeouts.update 3 s', () =>
      plugin.update(SERVER, 'hung', 'hung', {}, news, { serverId: 'hung', url: hanging.url }, { timeout: 3 }),
    );
    expect(err.details).toContain("the update timed out after 3 s (the resource's customTimeouts.update)");
    expect(ms).toBeLessThan(8_000);
  });

  it('stops waiting out rate limits (429s) at the timeout, writing nothing', async () => {
    faults.failures = [{ status: 429, probability: 1 }];
    const before = written();
    const { err, ms } = await timed('create, API answers 429, customTimeouts.create 2 s', () =>
      plugin.create(POLICY, 'limited', policy('limited'), { timeout: 2 }),
    );
    expect(err.details).toContain("the create timed out after 2 s (the resource's customTimeouts.create)");
    expect(err.initFailed).toBeUndefined();
    expect(written()).toEqual(before);
    // Without the signal the client retries 5 times, waiting out Retry-After each time.
    expect(ms).toBeLessThan(4_500);
  });

  it('stops a request the API is slow to answer at the timeout', async () => {
    faults.latencyMs = 6_000;
    const before = written();
    const { err, ms } = await timed('create, API latency 6 s, customTimeouts.create 2 s', () =>
      plugin.create(POLICY, 'slow', policy('slow'), { timeout: 2 }),
    );
    expect(err.details).toContain("the create timed out after 2 s (the resource's customTimeouts.create)");
    expect(written()).toEqual(before);
    expect(ms).toBeLessThan(5_000);
  });

  it('a delete stops at its timeout', async () => {
    const created = await plugin.create(POLICY, 'to-delete', policy('to-delete'));
    faults.latencyMs = 6_000;
    const { err, ms } = await timed('delete, API latency 6 s, customTimeouts.delete 1 s', () =>
      plugin.delete(POLICY, 'to-delete', created.id, created.outs, { timeout: 1 }),
    );
    expect(err.details).toContain("the delete timed out after 1 s (the resource's customTimeouts.delete)");
    expect(ms).toBeLessThan(4_000);
  });
});

describe('Cancel', () => {
  /** Starts `op` on a plugin of its own, calls Cancel after `afterMs`, and returns how long the op took after it. */
  async function cancelDuring(label: string, afterMs: number, op: (p: Plugin) => Promise<unknown>) {
    const p = await startPlugin();
    try {
      await p.configure(config);
      const running = op(p).then(
        () => undefined,
        (e: unknown) => e,
      );
      await new Promise((resolve) => setTimeout(resolve, afterMs));
      const cancelled = performance.now();
      await p.cancel();
      const err = (await running) as RpcError;
      const ms = Math.round(performance.now() - cancelled);
      console.log(`${label}: failed ${ms} ms after Cancel`);
      expect(err, `${label} should fail`).toBeDefined();
      return { err, ms };
    } finally {
      await p.close();
    }
  }

  it('stops a create waiting for a sync that hangs within about a second', async () => {
    const { err, ms } = await cancelDuring('create, sync hangs, Cancel at 2 s', 2_000, (p) =>
      p.create(SERVER, 'hung-cancel', { serverId: 'hung-cancel', url: hanging.url }),
    );
    expect(err.details).toContain('the operation was cancelled');
    expect(err.initFailed?.id).toBe('hung-cancel');
    expect(ms).toBeLessThan(2_500);
  });

  it('stops an API request in flight within about a second', async () => {
    const before = written();
    const { err, ms } = await cancelDuring('create, API latency 8 s, Cancel at 1 s', 1_000, (p) => {
      faults.latencyMs = 8_000;
      return p.create(POLICY, 'cancelled', policy('cancelled'));
    });
    expect(err.details).toContain('the operation was cancelled');
    expect(written()).toEqual(before);
    expect(ms).toBeLessThan(2_500);
  });
});
