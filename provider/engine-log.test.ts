// Logs and progress through the engine host (issue 15, point 7): the harness serves the Engine gRPC service
// and passes its address on the plugin's command line as the engine does; the spawned plugin then logs each
// resource's steps with its URN (debug), reports sync waits as ephemeral status lines, never logs a secret,
// and writes nothing to stderr.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POLICY, type ProviderBench, SERVER, startProviderBench, TICKETS_TOKEN } from './testing/bench.js';
import { type RpcError, urn } from './testing/engine.js';
import { type SlowProxy, slowProxy } from './testing/slow.js';
import { secret } from './wire.js';

let pb: ProviderBench;
let slow: SlowProxy;
beforeAll(async () => {
  pb = await startProviderBench();
  // Every MCP request to the tickets upstream waits 700 ms: its sync takes a few seconds.
  slow = await slowProxy(pb.bench.upstreams.tickets.url, 700);
});
afterAll(async () => {
  await pb?.close();
  await slow?.close();
});

const logsFor = (u: string) => pb.plugin.engineLogs().filter((l) => l.urn === u);

describe('Engine.Log', () => {
  it('reports a sync wait as the resource status, and its steps as debug lines, under its URN', async () => {
    const name = 'slow-tickets';
    const checked = await pb.plugin.check(SERVER, name, {
      url: slow.url,
      auth: { type: 'bearer', token: secret(TICKETS_TOKEN) },
    });
    const { outs } = await pb.plugin.create(SERVER, name, checked.inputs);
    expect(outs.status).toBe('Ready');
    const u = urn(SERVER, name);
    await vi.waitFor(() => expect(logsFor(u).some((l) => !l.ephemeral)).toBe(true));
    const progress = logsFor(u).filter((l) => l.ephemeral);
    expect(progress.length).toBeGreaterThan(0);
    for (const p of progress) {
      expect(p.severity).toBe('info');
      expect(p.message).toMatch(/^waiting for the capability sync \(\d+ s so far, at most 30 s\)$/);
    }
    expect(logsFor(u).filter((l) => !l.ephemeral)).toEqual(
      expect.arrayContaining([
        { severity: 'debug', message: `McpServer/${name}: server.create ok`, urn: u, ephemeral: false },
      ]),
    );
  });

  it('logs a failed step as a debug line under its URN (the engine reports the error itself)', async () => {
    const checked = await pb.plugin.check(POLICY, 'dup', {
      decision: 'allow',
      include: [{ everyone: true }],
    });
    await pb.plugin.create(POLICY, 'dup', checked.inputs);
    const err = (await pb.plugin.create(POLICY, 'dup', checked.inputs).catch((e) => e)) as RpcError;
    expect(err.details).toContain('already exists');
    const u = urn(POLICY, 'dup');
    await vi.waitFor(() =>
      expect(logsFor(u)).toEqual(
        expect.arrayContaining([
          { severity: 'debug', message: `Create: ${err.details}`, urn: u, ephemeral: false },
        ]),
      ),
    );
  });

  it('never logs a secret, and leaves stderr quiet', () => {
    const all = JSON.stringify(pb.plugin.engineLogs());
    expect(all).not.toContain(TICKETS_TOKEN);
    expect(all).not.toContain(pb.bench.portal.apiToken);
    expect(pb.plugin.stderr()).toBe('');
  });
});
