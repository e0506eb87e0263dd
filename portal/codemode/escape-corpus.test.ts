// The sandbox-level escape corpus: each attempt is contained with a clear error kind and message, and after
// each one the host is unaffected (no new keys on Object.prototype or globalThis, process.env unchanged) and a
// normal run still works. Limits are small so the file stays fast.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CodeSyntaxError, normalizeCode } from './normalize.js';

import { type ExecuteOptions, type ExecutionResult, execute, type HostCall } from './sandbox.js';

const names = new Set(['t', 'slow']);
const echo: HostCall = async (name, input) => ({ name, input, nested: { list: [1, 2] } });
const LIMITS = { timeoutMs: 300, memoryBytes: 8 * 1024 * 1024 };
const run = (code: string, opts: Partial<ExecuteOptions> = {}): Promise<ExecutionResult> =>
  execute({ code: normalizeCode(code), names, call: echo, ...LIMITS, ...opts });

let protoKeys: string[];
let globalKeys: string[];
let env: string;
beforeAll(() => {
  protoKeys = Reflect.ownKeys(Object.prototype).map(String);
  globalKeys = Reflect.ownKeys(globalThis).map(String);
  env = JSON.stringify(process.env);
});
afterEach(async () => {
  expect(Reflect.ownKeys(Object.prototype).map(String)).toEqual(protoKeys);
  expect(Reflect.ownKeys(Array.prototype)).not.toContain('polluted');
  expect(Reflect.ownKeys(globalThis).map(String)).toEqual(globalKeys);
  expect(JSON.stringify(process.env)).toEqual(env);
  const after = await run('return await codemode.t({ok: 1})');
  expect(after).toMatchObject({ ok: true, result: { name: 't', input: { ok: 1 } } });
});

interface Case {
  name: string;
  reason: string;
  code: string;
  kind: string;
  message: RegExp;
  opts?: Partial<ExecuteOptions>;
}

const contained: Case[] = [
  {
    name: 'require',
    reason: 'there is no require',
    code: 'require("fs")',
    kind: 'runtime',
    message: /'require' is not defined/,
  },
  {
    name: 'import()',
    reason: 'there is no module loader',
    code: 'await import("fs")',
    kind: 'runtime',
    message: /could not load module 'fs'/,
  },
  {
    name: 'process.env',
    reason: 'there is no process',
    code: 'return process.env',
    kind: 'runtime',
    message: /'process' is not defined/,
  },
  {
    name: 'Function constructor to process',
    reason: 'Function compiles in the sandbox context, which has no process',
    code: 'return this.constructor.constructor("return process")()',
    kind: 'runtime',
    message: /'process' is not defined/,
  },
  {
    name: 'codemode constructor chain',
    reason: 'the constructor chain from a tool wrapper also ends in the sandbox',
    code: 'return codemode.t.constructor("return process")()',
    kind: 'runtime',
    message: /'process' is not defined/,
  },
  {
    name: 'tight loop',
    reason: 'the interrupt handler stops CPU-bound code at the deadline',
    code: 'while (true) {}',
    kind: 'timeout',
    message: /did not finish within 300 ms/,
  },
  {
    name: 'caught tight loop',
    reason: 'the interrupt cannot be caught to keep going',
    code: 'for (;;) { try { for (;;) {} } catch (e) {} }',
    kind: 'timeout',
    message: /within 300 ms/,
  },
  {
    name: 'infinite async loop',
    reason: 'an endless job queue is interrupted too',
    code: 'for (;;) { await null }',
    kind: 'timeout',
    message: /within 300 ms/,
  },
  {
    name: 'catastrophic regex',
    reason: 'the regex engine polls the interrupt handler',
    code: 'return /^(a+)+$/.test("a".repeat(40) + "b")',
    kind: 'timeout',
    message: /within 300 ms/,
  },
  {
    name: 'memory bomb (small allocations)',
    reason: 'many allocations hit the runtime memory limit or the WASM heap growth check',
    code: 'let a = []; for (;;) a.push([a.length])',
    kind: 'memory',
    message: /memory/,
    opts: { timeoutMs: 5000 },
  },
  {
    name: 'memory bomb (one allocation)',
    reason: 'one allocation above the limit fails',
    code: 'return "x".repeat(2 ** 28).length',
    kind: 'memory',
    message: /out of memory/,
  },
  {
    name: 'deep recursion',
    reason: 'the stack limit ends it before the host stack',
    code: 'function f(n) { return f(n + 1) + 1 } return f(0)',
    kind: 'stack',
    message: /stack overflow/,
  },
  {
    name: 'deep parser recursion',
    reason: 'eval of deeply nested source overflows QuickJS, not V8 (the stack limit is clamped for this)',
    code: 'return eval("[".repeat(100000))',
    kind: 'stack',
    message: /stack overflow/,
    opts: { stackBytes: 512 * 1024 },
  },
  {
    name: 'deep JSON',
    reason: 'stringifying a deep value overflows QuickJS, not V8',
    code: 'let o = {}; let p = o; for (let i = 0; i < 100000; i++) { p.a = {}; p = p.a } return o',
    kind: 'stack',
    message: /stack overflow/,
  },
  {
    name: 'thrown getter loop',
    reason: 'reading a thrown object runs its getters under a deadline of their own',
    code: 'throw { get message() { for (;;) {} } }',
    kind: 'timeout',
    message: /within 300 ms/,
  },
  {
    name: 'static import',
    reason: 'an import that reaches the sandbox (not normalised) finds no module loader',
    code: 'import fs from "fs"',
    kind: 'runtime',
    message: /could not load module 'fs'/,
  },
];

describe('escape corpus: contained with a clear error', () => {
  it.each(contained)('$name', async ({ code, kind, message, opts, reason }) => {
    const r = code.startsWith('import ')
      ? await execute({ code, names, call: echo, ...LIMITS })
      : await run(code, opts);
    expect(r.ok, reason).toBe(false);
    if (r.ok) return;
    expect(r.error.kind, `${reason}: ${r.error.message}`).toBe(kind);
    expect(r.error.message, reason).toMatch(message);
  });
});

/** The sandbox's whole global object: QuickJS's ECMAScript built-ins plus what the sandbox adds. */
const ECMASCRIPT_GLOBALS = new Set(
  (
    'Error,EvalError,RangeError,ReferenceError,SyntaxError,TypeError,URIError,InternalError,AggregateError,Array,' +
    'Object,Function,Iterator,parseInt,parseFloat,isNaN,isFinite,decodeURI,decodeURIComponent,encodeURI,' +
    'encodeURIComponent,escape,unescape,Infinity,NaN,undefined,eval,Number,Boolean,String,Math,Reflect,Symbol,' +
    'globalThis,BigInt,Date,RegExp,JSON,Proxy,Map,Set,WeakMap,WeakSet,ArrayBuffer,SharedArrayBuffer,' +
    'Uint8ClampedArray,Int8Array,Uint8Array,Int16Array,Uint16Array,Int32Array,Uint32Array,BigInt64Array,' +
    'BigUint64Array,Float16Array,Float32Array,Float64Array,DataView,Promise,WeakRef,FinalizationRegistry,' +
    'codemode,console'
  ).split(','),
);

describe('escape corpus: harmless or refused', () => {
  it('refuses a static import before it reaches the sandbox', () => {
    expect(() => normalizeCode('import fs from "fs"; return fs')).toThrow(CodeSyntaxError);
  });

  it('Function("return this")() is the sandbox global, with nothing of the host on it', async () => {
    const r = await run(
      'const g = Function("return this")(); return [g === globalThis, typeof g.process, typeof g.require]',
    );
    expect(r).toMatchObject({ ok: true, result: [true, 'undefined', 'undefined'] });
  });

  it('prototype pollution through a host result stays in the sandbox', async () => {
    const r = await run(
      '(await codemode.t({})).__proto__.polluted = 1; (await codemode.t({})).nested.list.__proto__.polluted = 1; Object.prototype.x = 1; return ({}).polluted',
    );
    expect(r).toMatchObject({ ok: true, result: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('a __proto__ key in a returned value stays data on the host', async () => {
    const r = await run('return JSON.parse(\'{"__proto__": {"polluted": 1}, "a": 1}\')');
    expect(r.ok).toBe(true);
    const result = r.ok ? (r.result as Record<string, unknown>) : {};
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('globalThis walking reaches only ECMAScript built-ins, codemode and console', async () => {
    const r = await run(`
      const seen = new Set(); const queue = [globalThis]; const fnNames = new Set();
      while (queue.length) {
        const v = queue.pop();
        if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v)) continue;
        seen.add(v);
        if (typeof v === 'function') fnNames.add(v.name);
        queue.push(Object.getPrototypeOf(v));
        for (const k of Reflect.ownKeys(v)) {
          const d = Object.getOwnPropertyDescriptor(v, k);
          if (!d) continue;
          for (const x of [d.value, d.get, d.set]) queue.push(x);
        }
      }
      return { count: seen.size, fnNames: [...fnNames], globals: Object.getOwnPropertyNames(globalThis) };
    `);
    expect(r.ok).toBe(true);
    const out = (r.ok ? r.result : {}) as { count: number; fnNames: string[]; globals: string[] };
    expect(out.count).toBeGreaterThan(500);
    expect(out.fnNames).not.toContain('hostCall');
    expect(out.fnNames).not.toContain('hostLog');
    const extra = out.globals.filter((g) => !ECMASCRIPT_GLOBALS.has(g));
    expect(extra).toEqual([]);
    for (const host of [
      'process',
      'require',
      'module',
      'Buffer',
      'setTimeout',
      'fetch',
      'WebAssembly',
      'std',
      'os',
    ]) {
      expect(out.globals).not.toContain(host);
    }
  });

  it('a huge string result is truncated with a marker, not an error', async () => {
    const r = await run('return "x".repeat(5e6)', { timeoutMs: 5000, memoryBytes: 64 * 1024 * 1024 });
    expect(r).toMatchObject({ ok: true, truncated: true });
    expect(r.ok && (r.result as string)).toMatch(/…\[truncated \d+ chars\]$/);
    expect(r.ok && (r.result as string).length).toBeLessThanOrEqual(24_000);
  });

  it('a call started after the deadline is never made', async () => {
    const made: string[] = [];
    const call: HostCall = async (name) => {
      made.push(name);
      if (name === 'slow') await new Promise((r) => setTimeout(r, 400));
      return 1;
    };
    const r = await run('await codemode.slow({}); await codemode.t({}); return 1', { call, timeoutMs: 200 });
    expect(r).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    await new Promise((res) => setTimeout(res, 300)); // the slow call settles after the run ended
    expect(made).toEqual(['slow']);
  });

  it('Promise.all of two host calls has both in flight at once', async () => {
    let inFlight = 0;
    let peak = 0;
    const call: HostCall = async (name) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 20));
      inFlight -= 1;
      return name;
    };
    const r = await run('return await Promise.all([codemode.t({}), codemode.slow({})])', { call });
    expect(r).toMatchObject({ ok: true, result: ['t', 'slow'] });
    expect(peak).toBe(2);
  });

  it('cancellation mid-call ends the run and aborts the host signal', async () => {
    const controller = new AbortController();
    let hostSignal: AbortSignal | undefined;
    const call: HostCall = (_name, _input, signal) => {
      hostSignal = signal;
      setTimeout(() => controller.abort(), 10);
      return new Promise(() => {});
    };
    const r = await run('await codemode.slow({}); return 1', {
      call,
      signal: controller.signal,
      timeoutMs: 5000,
    });
    expect(r).toMatchObject({ ok: false, error: { kind: 'cancelled', name: 'AbortError' } });
    expect(hostSignal?.aborted).toBe(true);
  });

  it('memory bomb of large blocks (`a.push("x".repeat(1e6))`) stops at the fixed memory of its instance', async () => {
    // QuickJS's own limit does not count large blocks in this build; the run's WebAssembly instance, fixed
    // at INSTANCE_BYTES (quickjs.ts), is what stops it.
    const r = await run('let a = []; for (;;) a.push("x".repeat(1e6))', { timeoutMs: 20_000 });
    expect(r).toMatchObject({ ok: false, error: { kind: 'memory' } });
    expect(await run('return 40 + 2')).toMatchObject({ ok: true, result: 42 });
  }, 30_000);
});
