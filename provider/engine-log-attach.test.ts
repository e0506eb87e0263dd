// EngineLog across an Attach (a debugged plugin that a second `pulumi up` attaches to its engine host) with
// real engine hosts (gRPC servers on 127.0.0.1): lines written before the Attach still reach the first host,
// lines after it the second, and a host that is gone sends its lines to stderr: nothing rejects. (A call on
// a closed channel throws at once; once that broke the chain of calls, the unhandled rejection's own log
// line broke it again, forever: a spinning plugin.)
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EngineLog } from './engine-log.js';
import { type EngineHost, startEngineHost } from './testing/engine.js';

const hosts: EngineHost[] = [];
const rejections: unknown[] = [];
const onRejection = (err: unknown) => rejections.push(err);
beforeAll(() => {
  process.on('unhandledRejection', onRejection);
});
afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  for (const h of hosts) await h.close();
});
afterEach(() => {
  expect(rejections).toEqual([]);
});

async function host(): Promise<EngineHost> {
  const h = await startEngineHost();
  hosts.push(h);
  return h;
}

const line = (message: string) => ({ severity: 'info' as const, message, urn: 'urn:test' });

describe('EngineLog and Attach', () => {
  it('sends the lines written before an Attach to the first host and the later ones to the second', async () => {
    const [first, second] = [await host(), await host()];
    const stderr: string[] = [];
    const log = new EngineLog({ engineAddress: first.address, stderr: (l) => stderr.push(l) });
    for (let i = 0; i < 200; i++) log.sink(line(`before ${i}`));
    log.attach(second.address);
    for (let i = 0; i < 5; i++) log.sink(line(`after ${i}`));
    await log.close();
    expect(first.logs.map((l) => l.message)).toEqual(Array.from({ length: 200 }, (_, i) => `before ${i}`));
    expect(second.logs.map((l) => l.message)).toEqual(Array.from({ length: 5 }, (_, i) => `after ${i}`));
    expect(stderr).toEqual([]);
  });

  it('writes to stderr when the engine host is gone, and keeps going', async () => {
    const gone = await host();
    await gone.close();
    const stderr: string[] = [];
    const log = new EngineLog({ engineAddress: gone.address, stderr: (l) => stderr.push(l) });
    log.sink(line('one'));
    log.sink(line('two'));
    const next = await host();
    log.attach(next.address);
    log.sink(line('three'));
    await log.close();
    expect(stderr).toHaveLength(2);
    expect(stderr[0]).toMatch(/^info urn:test: one \(engine log failed: /);
    expect(next.logs.map((l) => l.message)).toEqual(['three']);
  });

  it('survives a log call that throws at once (a closed channel), falling back to stderr', async () => {
    const h = await host();
    const stderr: string[] = [];
    const log = new EngineLog({ engineAddress: h.address, stderr: (l) => stderr.push(l) });
    log.sink(line('sent'));
    await log.close(); // closes the channel: a call on it now throws before any callback
    log.sink(line('after close'));
    log.sink(line('and again'));
    await log.close();
    expect(h.logs.map((l) => l.message)).toEqual(['sent']);
    expect(stderr.map((l) => l.replace(/ \(engine log failed: .*\)$/, ''))).toEqual([
      'info urn:test: after close',
      'info urn:test: and again',
    ]);
  });
});
