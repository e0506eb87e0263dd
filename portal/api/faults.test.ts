// Fault injection: parsing of specs (table of good and bad specs), the seeded picker's determinism, and the
// middleware: a failure status fires before the handler (nothing written), a lost reply after it (the write
// is committed, the client gets a 5xx or a reset connection instead of the answer), in memory and over HTTP.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { SERVERS, startTestPortal } from '../testing/harness.js';
import { errorHandler } from './app.js';
import { CODES } from './errors.js';
import { createFaultPicker, type Fault, FaultSpecError, injectFaults, parseFaults } from './faults.js';

const MIXED = [502, 504, 'reset'];

describe('parseFaults', () => {
  it.each([
    {
      spec: '429=0.1,500=0.05,latency=50ms',
      want: {
        failures: [
          { status: 429, probability: 0.1 },
          { status: 500, probability: 0.05 },
        ],
        latencyMs: 50,
      },
    },
    {
      spec: ' 503 = 1 , seed = 7 ',
      want: { failures: [{ status: 503, probability: 1 }], latencyMs: 0, seed: 7 },
    },
    { spec: 'latency=0.5s', want: { failures: [], latencyMs: 500 } },
    { spec: 'latency=20', want: { failures: [], latencyMs: 20 } },
    { spec: '', want: { failures: [], latencyMs: 0 } },
    {
      spec: 'lost=0.1',
      want: { failures: [], latencyMs: 0, lost: { probability: 0.1, as: MIXED } },
    },
    {
      spec: 'lost-as=reset,lost=0.3,seed=9',
      want: { failures: [], latencyMs: 0, seed: 9, lost: { probability: 0.3, as: ['reset'] } },
    },
    {
      spec: '500=0.5,lost=0.5,lost-as=504',
      want: {
        failures: [{ status: 500, probability: 0.5 }],
        latencyMs: 0,
        lost: { probability: 0.5, as: [504] },
      },
    },
    {
      spec: '500=0.2,methods=post+Put',
      want: { failures: [{ status: 500, probability: 0.2 }], latencyMs: 0, methods: ['POST', 'PUT'] },
    },
  ])('parses "$spec"', ({ spec, want }) => {
    expect(parseFaults(spec)).toEqual(want);
  });

  it.each([
    { spec: '429', reason: 'not key=value' },
    { spec: '429=abc', reason: 'probability not a number' },
    { spec: '500=1.5', reason: 'probability above 1' },
    { spec: '429=0.6,500=0.6', reason: 'probabilities sum above 1' },
    { spec: '200=0.1', reason: 'only 4xx/5xx can be injected' },
    { spec: 'latency=fast', reason: 'latency needs a duration' },
    { spec: 'seed=-1', reason: 'seed is a non-negative integer' },
    { spec: 'chaos=1', reason: 'unknown key' },
    { spec: '500=0.1,500=0.2', reason: 'a status given twice' },
    { spec: 'lost=2', reason: 'lost probability above 1' },
    { spec: 'lost=', reason: 'lost probability missing' },
    { spec: 'lost=0.1,lost=0.2', reason: 'lost given twice' },
    { spec: 'lost=0.6,500=0.6', reason: 'lost counts towards the sum of probabilities' },
    { spec: 'lost-as=reset', reason: 'lost-as without lost' },
    { spec: 'lost=0.1,lost-as=404', reason: 'a lost reply shows as a 5xx or a reset, never a 4xx' },
    { spec: 'lost=0.1,lost-as=drop', reason: 'unknown way to lose a reply' },
    { spec: 'lost=0.1,lost-as=502,lost-as=504', reason: 'lost-as given twice' },
    { spec: 'methods=', reason: 'methods needs at least one method' },
    { spec: 'methods=POST+', reason: 'an empty method in the list' },
    { spec: 'methods=PO-ST', reason: 'not a method name' },
    { spec: 'methods=POST,methods=PUT', reason: 'methods given twice' },
  ])('refuses "$spec" ($reason)', ({ spec }) => {
    expect(() => parseFaults(spec)).toThrow(FaultSpecError);
  });
});

const draw = (spec: string, n: number) => {
  const pick = createFaultPicker(parseFaults(spec));
  return Array.from({ length: n }, () => pick());
};
const statusOf = (f: Fault | undefined) => (f?.kind === 'fail' ? f.status : undefined);

describe('createFaultPicker', () => {
  it('picks the same sequence for the same seed and roughly honours probabilities', () => {
    const a = draw('429=0.25,500=0.25,seed=3', 400);
    expect(draw('429=0.25,500=0.25,seed=3', 400)).toEqual(a);
    const count = (s: number | undefined) => a.filter((x) => statusOf(x) === s).length;
    expect(count(429)).toBeGreaterThan(50);
    expect(count(500)).toBeGreaterThan(50);
    expect(a.filter((x) => x === undefined).length).toBeGreaterThan(100);
  });

  it('never fails without failures configured', () => {
    expect(draw('latency=5ms', 50).every((x) => x === undefined)).toBe(true);
  });

  it('loses replies deterministically, in every way unless lost-as pins one', () => {
    const a = draw('lost=0.5,seed=11', 300);
    expect(draw('lost=0.5,seed=11', 300)).toEqual(a);
    const lost = a.filter((f) => f?.kind === 'lost');
    expect(lost.length).toBeGreaterThan(100);
    expect(lost.length).toBeLessThan(200);
    expect(new Set(lost.map((f) => f?.kind === 'lost' && f.as))).toEqual(new Set(MIXED));
    const pinned = draw('lost=0.5,lost-as=reset,seed=11', 300).filter((f) => f !== undefined);
    expect(pinned.every((f) => f.kind === 'lost' && f.as === 'reset')).toBe(true);
  });

  it('adding lost to a spec does not move which requests its failure statuses hit', () => {
    const without = draw('500=0.3,seed=5', 200).map(statusOf);
    const withLost = draw('500=0.3,lost=0.3,seed=5', 200).map(statusOf);
    expect(withLost).toEqual(without);
  });
});

/** A tiny API behind the fault middleware and the portal's own error boundary; `writes` counts commits. */
function faultyApp(spec: string) {
  const faults: { fault: Fault; method: string; path: string }[] = [];
  const state = { writes: 0 };
  const app = new Hono();
  app.use(
    '*',
    injectFaults({ ...parseFaults(spec), onFault: (fault, req) => faults.push({ fault, ...req }) }),
  );
  app.post('/things', (c) => {
    state.writes++;
    return c.json({ success: true, errors: [], messages: [], result: { n: state.writes } }, 201);
  });
  app.onError(errorHandler(() => {}));
  return { app, faults, state };
}

describe('injectFaults', () => {
  it.each([
    {
      name: 'failure status',
      reason: 'an injected 500 fires before the handler: nothing is written',
      spec: '500=1',
      status: 500,
      header: '500',
      writes: 0,
    },
    {
      name: 'lost reply as 504',
      reason: 'the handler runs and commits, then the client gets a gateway timeout instead',
      spec: 'lost=1,lost-as=504',
      status: 504,
      header: 'lost',
      writes: 1,
    },
    {
      name: 'lost reply as reset, in memory',
      reason: 'with no socket to reset (app.request), the lost reply shows as a 502',
      spec: 'lost=1,lost-as=reset',
      status: 502,
      header: 'lost',
      writes: 1,
    },
  ])('$name', async ({ reason, spec, status, header, writes }) => {
    const { app, faults, state } = faultyApp(spec);
    const res = await app.request('/things', { method: 'POST' });
    expect(res.status, reason).toBe(status);
    expect(res.headers.get('x-portal-fault'), reason).toBe(header);
    const body = (await res.json()) as { success: boolean; errors: { code: number }[] };
    expect(body.success, reason).toBe(false);
    expect(body.errors[0]?.code, reason).toBe(CODES.internal);
    expect(state.writes, reason).toBe(writes);
    expect(
      faults.map((f) => [f.method, f.path]),
      reason,
    ).toEqual([['POST', '/things']]);
  });

  it('with methods, only those requests draw: the others neither fail nor move the sequence', async () => {
    const writesOnly = faultyApp('500=0.5,methods=POST,seed=8');
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      expect((await writesOnly.app.request('/things')).status).toBe(404); // a GET: never a fault
      statuses.push((await writesOnly.app.request('/things', { method: 'POST' })).status);
    }
    const postsAlone = faultyApp('500=0.5,seed=8');
    const alone: number[] = [];
    for (let i = 0; i < 20; i++)
      alone.push((await postsAlone.app.request('/things', { method: 'POST' })).status);
    expect(statuses).toEqual(alone);
    expect(statuses).toContain(500);
    expect(statuses).toContain(201);
  });

  it('passes requests through untouched when no fault is drawn', async () => {
    const { app, faults, state } = faultyApp('lost=0');
    const res = await app.request('/things', { method: 'POST' });
    expect(res.status).toBe(201);
    expect(res.headers.has('x-portal-fault')).toBe(false);
    expect(state.writes).toBe(1);
    expect(faults).toEqual([]);
  });
});

const server = (id: string) => ({
  id,
  name: id,
  hostname: `https://${id}.example.com/mcp`,
  auth_type: 'unauthenticated',
});

describe('lost replies over HTTP (the embedded portal)', () => {
  it('creates the object, then resets the connection instead of answering', async () => {
    const lost: Fault[] = [];
    const p = await startTestPortal({
      faults: { ...parseFaults('lost=1,lost-as=reset'), onFault: (f) => lost.push(f) },
    });
    try {
      const err = await p.call('POST', SERVERS, server('landed')).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(TypeError); // fetch failed: the socket closed without a reply
      expect(lost).toEqual([{ kind: 'lost', as: 'reset' }]);
      expect(p.repo.servers.get('landed')).toMatchObject({ id: 'landed' });
    } finally {
      await p.close();
    }
  });

  it('creates the object and answers 502 when lost-as is 502; the same seed loses the same replies', async () => {
    const outcomes = async () => {
      const p = await startTestPortal({ faults: 'lost=0.5,lost-as=502,seed=4' });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 12; i++) statuses.push((await p.call('POST', SERVERS, server(`s${i}`))).status);
        // Every create landed, whether or not its answer was lost.
        expect(p.repo.servers.list({ page: 1, per_page: 100 }).items).toHaveLength(12);
        return statuses;
      } finally {
        await p.close();
      }
    };
    const first = await outcomes();
    expect(first).toContain(502);
    expect(first).toContain(201);
    expect(await outcomes()).toEqual(first);
  });
});
