// execute: results, logs, host-call marshalling, concurrency, limits and disposal, with a fake host.
// Limits are small (timeouts of 200-500 ms) to keep the file fast; no timing is asserted. The p50 of a run
// with one host call is printed (not asserted).
import { describe, expect, it } from 'vitest';
import { normalizeCode } from './normalize.js';
import { DEFAULT_LIMITS, type ExecuteOptions, execute, type HostCall } from './sandbox.js';

const echo: HostCall = async (name, input) => ({ name, input });
const names = new Set(['t', 'u', 'slow']);
const run = (code: string, opts: Partial<ExecuteOptions> = {}) =>
  execute({ code: normalizeCode(code), names, call: echo, timeoutMs: 2000, ...opts });

describe('execute: results', () => {
  const cases = [
    {
      name: 'value',
      reason: 'the returned value is the result',
      code: 'return {a: [1, "x", null]}',
      want: { a: [1, 'x', null] },
    },
    { name: 'undefined', reason: 'no return value is no result', code: 'const x = 1;', want: undefined },
    {
      name: 'host call',
      reason: 'a tool call returns the host value, JSON-cloned',
      code: 'return await codemode.t({q: "a"})',
      want: { name: 't', input: { q: 'a' } },
    },
    {
      name: 'no input',
      reason: 'a call without input sends {}',
      code: 'return await codemode.u()',
      want: { name: 'u', input: {} },
    },
    {
      name: 'builtins',
      reason: 'standard built-ins work (Map, RegExp, Date, JSON)',
      code: 'const m = new Map([[1, 2]]); return [m.get(1), /a+/.test("aa"), typeof Date.now(), JSON.parse("[1]")]',
      want: [2, true, 'number', [1]],
    },
  ];
  it.each(cases)('$name', async ({ code, want, reason }) => {
    const r = await run(code);
    expect(r, reason).toMatchObject({ ok: true, truncated: false });
    expect(r.ok && r.result, reason).toEqual(want);
  });

  it('counts host calls', async () => {
    const r = await run('await codemode.t({}); await codemode.u({}); return 1');
    expect(r.calls).toBe(2);
  });
});

describe('execute: errors', () => {
  const cases = [
    {
      name: 'thrown error',
      code: 'throw new RangeError("bad")',
      kind: 'runtime',
      errName: 'RangeError',
      message: /^bad$/,
    },
    { name: 'thrown string', code: 'throw "oops"', kind: 'runtime', errName: 'Thrown', message: /oops/ },
    {
      name: 'unknown tool',
      code: 'await codemode.nope({})',
      kind: 'runtime',
      errName: 'TypeError',
      message: /codemode\.nope .*portal_codemode_search/,
    },
    {
      name: 'non-JSON input',
      code: 'await codemode.t({f: () => 1})',
      kind: 'runtime',
      errName: 'TypeError',
      message: /codemode\.t: the input must be JSON.*function at key "f"/,
    },
    {
      name: 'non-JSON result',
      code: 'return {f() {}}',
      kind: 'runtime',
      errName: 'TypeError',
      message: /return value must be JSON-serialisable/,
    },
    {
      name: 'syntax',
      code: 'async () => { return )( }',
      kind: 'syntax',
      errName: 'SyntaxError',
      message: /./,
      raw: true,
    },
    {
      name: 'not a function',
      code: '42',
      kind: 'runtime',
      errName: 'TypeError',
      message: /must evaluate to a function/,
      raw: true,
    },
    {
      name: 'never settles',
      code: 'await new Promise(() => {})',
      kind: 'runtime',
      errName: 'Error',
      message: /ever settle/,
    },
  ] as const;
  it.each(cases)('$name', async (c) => {
    const code = 'raw' in c ? c.code : normalizeCode(c.code);
    const r = await execute({ code, names, call: echo, timeoutMs: 2000 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe(c.kind);
    expect(r.error.name).toBe(c.errName);
    expect(r.error.message).toMatch(c.message);
  });

  it('turns a host rejection into an Error with the same message inside the sandbox', async () => {
    const call: HostCall = async () => {
      throw new Error('access denied for t');
    };
    const r = await run('try { await codemode.t({}) } catch (e) { return [e instanceof Error, e.message] }', {
      call,
    });
    expect(r).toMatchObject({ ok: true, result: [true, 'access denied for t'] });
  });

  it('ends with kind limit past maxHostCalls, without making the extra call', async () => {
    const made: string[] = [];
    const call: HostCall = async (name) => {
      made.push(name);
      return 1;
    };
    const r = await run('for (;;) { try { await codemode.t({}) } catch {} }', { call, maxHostCalls: 3 });
    expect(r).toMatchObject({ ok: false, error: { kind: 'limit' }, calls: 3 });
    expect(made).toHaveLength(3);
  });
});

describe('execute: console', () => {
  it('captures levels, formats objects as JSON and prefixes non-log levels', async () => {
    const r = await run(
      'console.log("a", {b: 1}, [2]); console.info(1); console.warn("w"); console.error("e"); console.debug(null)',
    );
    expect(r.logs).toEqual(['a {"b":1} [2]', '[info] 1', '[warn] w', '[error] e', '[debug] null']);
  });

  it('bounds the logs with a marker, and keeps them on failure', async () => {
    const r = await run(
      'for (let i = 0; i < 1000; i++) console.log("line " + i + " " + "x".repeat(50)); throw new Error("after")',
      {
        maxOutputChars: 2000,
      },
    );
    expect(r.ok).toBe(false);
    expect(r.logs.join('').length).toBeLessThanOrEqual(1000 + 100);
    expect(r.logs.at(-1)).toMatch(/^…\[\d+ more log lines\]$/);
  });
});

describe('execute: output bound', () => {
  it('truncates a large result structurally and says so', async () => {
    const r = await run('return Array.from({length: 5000}, (_, i) => ({i, s: "text"}))', {
      maxOutputChars: 1000,
    });
    expect(r).toMatchObject({ ok: true, truncated: true });
    expect(r.ok && JSON.stringify(r.result).length).toBeLessThanOrEqual(1000);
  });
});

describe('execute: host calls', () => {
  it('runs Promise.all calls concurrently and queues beyond maxConcurrentCalls', async () => {
    let inFlight = 0;
    let peak = 0;
    const call: HostCall = async (_name, input) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 10));
      inFlight -= 1;
      return input;
    };
    const r = await run('return await Promise.all([1,2,3,4,5].map((n) => codemode.t({n})))', {
      call,
      maxConcurrentCalls: 2,
    });
    expect(r).toMatchObject({ ok: true, calls: 5 });
    expect(r.ok && r.result).toEqual([1, 2, 3, 4, 5].map((n) => ({ n })));
    expect(peak).toBe(2);
  });

  it('aborts the signal of a call the code never awaited when the run ends', async () => {
    const signals: AbortSignal[] = [];
    const call: HostCall = (_n, _i, signal) => {
      signals.push(signal);
      return new Promise(() => {});
    };
    const r = await run('codemode.t({}); return 1', { call });
    expect(r).toMatchObject({ ok: true, result: 1 });
    await Promise.resolve();
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(true);
  });

  it('marshals results through JSON: host objects arrive as plain data', async () => {
    class Secret {
      token = 'k';
      method() {
        return 'host';
      }
    }
    const call: HostCall = async () => ({ s: new Secret(), d: new Date(0), u: undefined });
    const r = await run(
      'const v = await codemode.t({}); return [typeof v.s.method, v.d, "u" in v, Object.getPrototypeOf(v) === Object.prototype]',
      {
        call,
      },
    );
    expect(r).toMatchObject({ ok: true, result: ['undefined', '1970-01-01T00:00:00.000Z', false, true] });
  });

  it('returns cancelled at once for an already-aborted signal', async () => {
    const r = await run('return 1', { signal: AbortSignal.abort() });
    expect(r).toMatchObject({ ok: false, error: { kind: 'cancelled' }, calls: 0 });
  });
});

describe('execute: isolation between runs', () => {
  it('gives every run fresh globals', async () => {
    await run('globalThis.leak = 1; Object.prototype.polluted = 1; return 1');
    const r = await run('return [typeof leak, "polluted" in {}]');
    expect(r).toMatchObject({ ok: true, result: ['undefined', false] });
  });

  it('disposes without error across many runs of every outcome', async () => {
    for (let i = 0; i < 20; i++) {
      await run('return await codemode.t({i: 1})');
      await run('throw new Error("x")');
      await run('while (true) {}', { timeoutMs: 20 });
      await run('await codemode.slow({})', { timeoutMs: 20, call: () => new Promise(() => {}) });
    }
    expect((await run('return 1')).ok).toBe(true);
  });

  it('has these defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({
      memoryBytes: 64 * 1024 * 1024,
      stackBytes: 32 * 1024,
      timeoutMs: 30_000,
      maxOutputChars: 24_000,
      maxHostCalls: 500,
      maxConcurrentCalls: 16,
    });
  });
});

describe('execute: overhead', () => {
  it('prints the p50 of a run with one host call (not asserted)', async () => {
    const code = normalizeCode('return await codemode.t({q: 1})');
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      await execute({ code, names, call: echo });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(
      `execute with one host call: p50 ${times[100]!.toFixed(2)} ms, p99 ${times[197]!.toFixed(2)} ms`,
    );
    expect(times).toHaveLength(200);
  });
});
