/**
 * Runs model-written JavaScript (the output of normalizeCode) in a fresh QuickJS runtime compiled to
 * WebAssembly, with `codemode.<tool>(input)` as the only way out: each call is a host call through
 * `opts.call`, its result marshalled in as JSON text. Memory, stack, wall clock, host calls and output are
 * bounded; the runtime is disposed at the end of every run, whatever happened.
 *
 * Why no worker thread: the code runs only inside WASM linear memory, never on the host's heap; CPU-bound
 * code (tight loops, catastrophic regexes, endless job queues, a caught-and-retried interrupt) is stopped by
 * the interrupt handler, which QuickJS polls in its interpreter loop and regex engine (measured: a
 * `while(true){}` under a 200 ms limit ends 1-6 ms after the deadline, the module's first load aside); code
 * awaiting the host is stopped by a wall-clock timer. A worker would add a per-run startup for a hard kill
 * that these already give.
 *
 * Memory: in this build QuickJS's memory limit bounds single allocations and allocation counts, not bytes
 * (malloc_usable_size is 0 under Emscripten; quickjs-emscripten#255/#271). Many small objects and one huge
 * allocation fail with 'memory' at `memoryBytes`. What bounds a loop of a few large blocks
 * (`a.push('x'.repeat(1e6))`) is the run's own WebAssembly instance, whose memory is fixed at
 * INSTANCE_BYTES (`quickjs.ts`), and which is dropped afterwards rather than reused.
 *
 * Stack: QuickJS's limit must trigger before V8's native stack overflows under the WASM frames (the parser
 * and JSON recursions use ~20x more native stack than QuickJS counts, and a V8 overflow leaves the runtime
 * undisposable). Measured with Node's default stack: 48 KiB lets `eval('['.repeat(1e5))` overflow V8; 32 KiB
 * never did, even 1,000 host frames deep. So the default is 32 KiB (~180 plain recursive calls) and larger
 * values are clamped to it; every entry into QuickJS also happens after an `await`, on a shallow host stack.
 *
 * Globals: only the ECMAScript built-ins QuickJS defines (no std/os modules, no timers, no module loader, so
 * `import()` fails with "could not load module"), plus a frozen `codemode` and a captured `console`. Nothing
 * is deleted: `eval` and `Function` compile code in this same context and reach nothing the code cannot.
 */
import type {
  QuickJSContext,
  QuickJSDeferredPromise,
  QuickJSHandle,
  QuickJSRuntime,
} from 'quickjs-emscripten-core';
import { type Lease, lease } from './quickjs.js';
import { truncateJson } from './truncate.js';

export interface SandboxLimits {
  /** QuickJS runtime memory limit; default 64 MiB. */
  memoryBytes?: number;
  /** QuickJS max stack; default and maximum 32 KiB (see the header for why not more). */
  stackBytes?: number;
  /** Wall clock for the whole run, awaited host calls included; default 30 s. */
  timeoutMs?: number;
  /** Result plus logs, each truncated structurally with a marker; default 24,000. */
  maxOutputChars?: number;
  /** Host calls per run; default 500. One more ends the run with kind 'limit'. */
  maxHostCalls?: number;
  /** Host calls in flight at once; default 16, more are queued (not refused). */
  maxConcurrentCalls?: number;
}

export type HostCall = (name: string, input: unknown, signal: AbortSignal) => Promise<unknown>;

export interface ExecuteOptions extends SandboxLimits {
  /** The output of normalizeCode: an async arrow function expression. */
  code: string;
  /** Identifiers callable as `codemode.<name>`. */
  names: ReadonlySet<string>;
  /** Performs a tool call; its value is JSON-cloned into the sandbox, a rejection's message is rethrown there. */
  call: HostCall;
  /** Cancels the whole run. */
  signal?: AbortSignal;
}

export type SandboxErrorKind = 'syntax' | 'runtime' | 'timeout' | 'memory' | 'stack' | 'cancelled' | 'limit';

export type ExecutionResult =
  | { ok: true; result: unknown; logs: string[]; truncated: boolean; calls: number }
  | {
      ok: false;
      error: { kind: SandboxErrorKind; name: string; message: string; stack?: string };
      logs: string[];
      calls: number;
    };

export const DEFAULT_LIMITS: Readonly<Required<SandboxLimits>> = Object.freeze({
  memoryBytes: 64 * 1024 * 1024,
  stackBytes: 32 * 1024,
  timeoutMs: 30_000,
  maxOutputChars: 24_000,
  maxHostCalls: 500,
  maxConcurrentCalls: 16,
});
const MAX_STACK_BYTES = 32 * 1024;
/** Time given to reading the outcome out of the sandbox after the run (a thrown object's getters run then). */
const GRACE_MS = 50;
const SEARCH_TOOL = 'portal_codemode_search';

/**
 * Set up inside the sandbox before the model's code: captures the intrinsics it relies on (so the code
 * cannot swap them), builds the frozen `codemode` and `console`, and returns `run(fn)`, which awaits the
 * code and settles with ONE string: `U` (undefined), `R<json>` (result) or `E<json name>\n<json message>\n
 * <json stack>` (thrown). Host functions arrive as arguments and are only reachable through closures.
 */
const BOOTSTRAP = `(function (hostCall, hostLog, names) {
  'use strict';
  const stringify = JSON.stringify, parse = JSON.parse, freeze = Object.freeze, str = String;
  const TypeErr = TypeError, ProxyC = Proxy, hasOwn = Object.prototype.hasOwnProperty;
  const strict = (key, value) => {
    const t = typeof value;
    if (t === 'function' || t === 'symbol' || t === 'bigint')
      throw new TypeErr('not JSON-serialisable: a ' + t + (key === '' ? '' : ' at key ' + stringify(str(key))));
    return value;
  };
  const tools = {};
  for (const name of names) {
    const tool = async function (input) {
      let json;
      try { json = input === undefined ? '{}' : stringify(input, strict); }
      catch (e) {
        if (!(e instanceof TypeErr)) throw e;
        throw new TypeErr('codemode.' + name + ': the input must be JSON: ' + e.message);
      }
      const out = await hostCall(name, json);
      return out === undefined ? undefined : parse(out);
    };
    Object.defineProperty(tools, name, { value: tool, enumerable: true }); // '__proto__' stays a key
  }
  freeze(tools);
  const codemode = new ProxyC(tools, {
    get(target, key) {
      if (typeof key !== 'string' || hasOwn.call(target, key) || key in Object.prototype || key === 'then' || key === 'toJSON')
        return target[key];
      throw new TypeErr('codemode.' + key + ' is not a tool available here; call ' + '${SEARCH_TOOL}' + ' to find tool names');
    },
  });
  const ErrorC = Error;
  const fmt = (v) => {
    if (typeof v === 'string') return v;
    // An Error's fields are not enumerable: JSON would print {}.
    if (v instanceof ErrorC) { try { return str(v.name) + ': ' + str(v.message); } catch (e) { return '[unprintable error]'; } }
    try { const s = stringify(v); return s === undefined ? str(v) : s; } catch (e) { try { return str(v); } catch (e2) { return '[unprintable]'; } }
  };
  const con = {};
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    con[level] = function (...args) {
      let line = '';
      for (let i = 0; i < args.length; i++) line += (i ? ' ' : '') + fmt(args[i]);
      hostLog(level === 'log' ? line : '[' + level + '] ' + line);
    };
  }
  Object.defineProperty(globalThis, 'codemode', { value: codemode, enumerable: false });
  Object.defineProperty(globalThis, 'console', { value: freeze(con), writable: true, configurable: true });
  const describe = (e) => {
    let name = 'Error', message = '', stack;
    try {
      if (e instanceof ErrorC || (e !== null && typeof e === 'object' && 'message' in e)) {
        name = e.name === undefined ? 'Error' : str(e.name); message = str(e.message);
        if (typeof e.stack === 'string') stack = e.stack;
      } else { name = 'Thrown'; message = fmt(e); } // throw 'x', throw { code: 42 }
    } catch (e2) { message = 'an unprintable value was thrown'; }
    return 'E' + stringify(name) + '\\n' + stringify(message) + '\\n' + stringify(stack === undefined ? '' : stack);
  };
  return async function run(fn) {
    try {
      if (typeof fn !== 'function') throw new TypeErr('the code must evaluate to a function');
      const value = await fn();
      if (value === undefined) return 'U';
      let json;
      try { json = stringify(value, strict); }
      catch (e) {
        if (!(e instanceof TypeErr)) throw e; // stack overflow, out of memory: keep their kind
        throw new TypeErr('the return value must be JSON-serialisable: ' + e.message);
      }
      return json === undefined ? 'U' : 'R' + json;
    } catch (e) { return describe(e); }
  };
})`;

/** Runs `opts.code` in a fresh sandbox; never throws for anything the code does. */
export async function execute(opts: ExecuteOptions): Promise<ExecutionResult> {
  const limits = { ...DEFAULT_LIMITS, ...definedOnly(opts) };
  limits.maxConcurrentCalls = Math.max(1, limits.maxConcurrentCalls); // 0 would queue every call forever
  if (opts.signal?.aborted) return stopped('cancelled', [], 0);
  let instance: Lease;
  try {
    instance = await lease(opts.signal);
  } catch (err) {
    if (opts.signal?.aborted) return stopped('cancelled', [], 0);
    throw err;
  }
  if (opts.signal?.aborted) {
    instance.release(true);
    return stopped('cancelled', [], 0);
  }
  return new Run(instance, opts, limits).start();
}

function definedOnly(opts: SandboxLimits): SandboxLimits {
  const out: SandboxLimits = {};
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof SandboxLimits)[]) {
    if (opts[key] !== undefined) out[key] = opts[key];
  }
  return out;
}

type Stop = 'timeout' | 'cancelled' | 'limit' | 'memory';

interface Pending {
  name: string;
  input: unknown;
  deferred: QuickJSDeferredPromise;
  controller?: AbortController;
}

const STOP_MESSAGES: Record<Stop, (l: Required<SandboxLimits>) => string> = {
  timeout: (l) => `the code did not finish within ${l.timeoutMs} ms`,
  cancelled: () => 'the execution was cancelled',
  limit: (l) => `the code made more than ${l.maxHostCalls} tool calls`,
  memory: (l) => `the code used more than ${l.memoryBytes} bytes of memory`,
};

function stopName(kind: Stop): string {
  return { timeout: 'TimeoutError', cancelled: 'AbortError', limit: 'LimitError', memory: 'InternalError' }[
    kind
  ];
}

function stopped(kind: Stop, logs: string[], calls: number, l = DEFAULT_LIMITS): ExecutionResult {
  return { ok: false, error: { kind, name: stopName(kind), message: STOP_MESSAGES[kind](l) }, logs, calls };
}

/** One execution: owns the runtime, context and every handle until `finish`. */
class Run {
  private readonly context: QuickJSContext;
  private readonly deadline: number;
  private interruptAt: number;
  private stop: Stop | undefined;
  private ended = false;
  private broken = false;
  /** A failure on the host side while handing a tool result in (e.g. the sandbox out of memory). */
  private fault: string | undefined;
  private calls = 0;
  /** The run ended out of memory: its instance is not reused. */
  private outOfMemory = false;
  private readonly logs: string[] = [];
  private logChars = 0;
  private droppedLogs = 0;
  private readonly waiting: Pending[] = [];
  private readonly inFlight = new Set<Pending>();
  private wake: () => void = () => {};
  private timer: NodeJS.Timeout | undefined;
  private readonly onAbort = () => this.halt('cancelled');

  private readonly runtime: QuickJSRuntime;

  constructor(
    private readonly instance: Lease,
    private readonly opts: ExecuteOptions,
    private readonly limits: Required<SandboxLimits>,
  ) {
    const runtime = instance.module.newRuntime();
    this.runtime = runtime;
    runtime.setMemoryLimit(limits.memoryBytes);
    runtime.setMaxStackSize(Math.min(Math.max(limits.stackBytes, 8 * 1024), MAX_STACK_BYTES));
    this.deadline = Date.now() + limits.timeoutMs;
    this.interruptAt = this.deadline;
    runtime.setInterruptHandler(() => this.stop !== undefined || Date.now() > this.interruptAt);
    this.context = runtime.newContext();
  }

  async start(): Promise<ExecutionResult> {
    this.timer = setTimeout(() => this.halt('timeout'), this.limits.timeoutMs);
    this.opts.signal?.addEventListener('abort', this.onAbort, { once: true });
    try {
      const outcome = this.boot();
      if (!('promise' in outcome)) return this.fromError(outcome.error, outcome.phase);
      return await this.drive(outcome.promise);
    } catch (err) {
      // V8's own stack overflowed under the WASM frames (see the header: not seen with the clamped stack).
      // QuickJS's state is then inconsistent and disposing it would abort: the runtime is left unfreed.
      if (!(err instanceof RangeError)) throw err;
      this.broken = true;
      return this.failed('stack', 'InternalError', 'stack overflow (the host stack was exhausted)');
    } finally {
      this.finish();
    }
  }

  /** Bootstraps the globals, evaluates the code to its function and starts it: the run's promise. */
  private boot(): { promise: QuickJSHandle } | { error: QuickJSHandle; phase: 'syntax' | 'runtime' } {
    const ctx = this.context;
    const boot = ctx.evalCode(BOOTSTRAP, 'codemode-bootstrap.js');
    if (boot.error) return { error: boot.error, phase: 'runtime' };
    const hostCall = ctx.newFunction('hostCall', (name, json) =>
      this.hostCall(ctx.getString(name), ctx.getString(json)),
    );
    const hostLog = ctx.newFunction('hostLog', (line) => this.log(ctx.getString(line)));
    const names = ctx.newArray();
    [...this.opts.names].forEach((name, i) => {
      const h = ctx.newString(name);
      ctx.setProp(names, i, h);
      h.dispose();
    });
    const made = ctx.callFunction(boot.value, ctx.undefined, [hostCall, hostLog, names]);
    for (const h of [boot.value, hostCall, hostLog, names]) h.dispose();
    if (made.error) return { error: made.error, phase: 'runtime' };
    const fn = ctx.evalCode(this.opts.code, 'codemode.js');
    if (fn.error) {
      made.value.dispose();
      return { error: fn.error, phase: 'syntax' };
    }
    const started = ctx.callFunction(made.value, ctx.undefined, [fn.value]);
    made.value.dispose();
    fn.value.dispose();
    if (started.error) return { error: started.error, phase: 'runtime' };
    return { promise: started.value };
  }

  /** Runs jobs and waits for host calls until the run's promise settles or the run is stopped. */
  private async drive(promise: QuickJSHandle): Promise<ExecutionResult> {
    try {
      for (;;) {
        if (this.stop) return this.stopped();
        if (this.fault) return this.failed('runtime', 'InternalError', this.fault);
        const jobs = this.runtime.executePendingJobs();
        if (jobs.error) return this.fromError(jobs.error, 'runtime');
        if (this.stop) return this.stopped();
        const state = this.context.getPromiseState(promise);
        if (state.type === 'fulfilled') return this.fromOutcome(state.value);
        if (state.type === 'rejected') return this.fromError(state.error, 'runtime');
        if (this.inFlight.size === 0 && this.waiting.length === 0 && !this.runtime.hasPendingJob()) {
          return this.failed('runtime', 'Error', 'the code awaits a promise that nothing will ever settle');
        }
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
      }
    } finally {
      promise.dispose();
    }
  }

  /** `codemode.<name>` inside the sandbox: a promise the host settles with JSON text. */
  private hostCall(name: string, json: string): QuickJSHandle {
    const ctx = this.context;
    // A call past the deadline (the timer may not have fired yet) or over the budget is never made.
    const refused: Stop | undefined =
      Date.now() > this.deadline ? 'timeout' : this.calls >= this.limits.maxHostCalls ? 'limit' : undefined;
    if (refused || this.stop) {
      if (refused) this.halt(refused);
      const stop = this.stop ?? refused!;
      throw Object.assign(new Error(STOP_MESSAGES[stop](this.limits)), { name: stopName(stop) });
    }
    this.calls += 1;
    const deferred = ctx.newPromise();
    this.waiting.push({ name, input: JSON.parse(json), deferred });
    this.pump();
    return deferred.handle.dup();
  }

  /** Starts queued calls while fewer than maxConcurrentCalls are in flight. */
  private pump(): void {
    while (!this.ended && this.inFlight.size < this.limits.maxConcurrentCalls && this.waiting.length > 0) {
      const pending = this.waiting.shift()!;
      pending.controller = new AbortController();
      this.inFlight.add(pending);
      // Called from a microtask: never re-entrantly inside QuickJS, and never once the run has ended.
      void Promise.resolve()
        .then(() => {
          if (this.ended || this.stop) throw new Error('the execution ended');
          return this.opts.call(pending.name, pending.input, pending.controller!.signal);
        })
        .then(
          (value) => this.settle(pending, true, value),
          (err: unknown) => this.settle(pending, false, err),
        );
    }
  }

  private settle(pending: Pending, ok: boolean, value: unknown): void {
    if (this.ended) return; // handles are disposed: touch nothing
    this.inFlight.delete(pending);
    const ctx = this.context;
    let handle: QuickJSHandle;
    if (ok) {
      let json: string | undefined;
      try {
        json = JSON.stringify(value);
      } catch (err) {
        ok = false;
        value = new Error(
          `the tool's result is not JSON: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      handle = ok ? (json === undefined ? ctx.undefined : ctx.newString(json)) : errorHandle(ctx, value);
    } else {
      handle = errorHandle(ctx, value);
    }
    try {
      if (ok) pending.deferred.resolve(handle);
      else pending.deferred.reject(handle);
    } catch (err) {
      this.fault = `a tool result could not be handed to the code: ${err instanceof Error ? err.message : String(err)}`;
    } finally {
      handle.dispose();
      pending.deferred.dispose();
    }
    this.pump();
    this.wake();
  }

  private log(line: string): void {
    const budget = this.logBudget();
    if (this.logChars >= budget) {
      this.droppedLogs += 1;
      return;
    }
    const room = budget - this.logChars;
    const kept =
      line.length <= room ? line : `${line.slice(0, room)}…[truncated ${line.length - room} chars]`;
    this.logs.push(kept);
    this.logChars += kept.length;
  }

  /** Logs may use half of maxOutputChars; the result gets what the logs left. */
  private logBudget(): number {
    return Math.floor(this.limits.maxOutputChars / 2);
  }

  private halt(stop: Stop): void {
    if (this.ended || this.stop) return;
    this.stop = stop;
    for (const p of this.inFlight) p.controller?.abort(new Error(STOP_MESSAGES[stop](this.limits)));
    this.wake();
  }

  private stopped(): ExecutionResult {
    if (this.stop === 'memory') this.outOfMemory = true;
    return stopped(this.stop!, this.finalLogs(), this.calls, this.limits);
  }

  private failed(kind: SandboxErrorKind, name: string, message: string, stack?: string): ExecutionResult {
    if (kind === 'memory') this.outOfMemory = true;
    const error = stack ? { kind, name, message, stack } : { kind, name, message };
    return { ok: false, error, logs: this.finalLogs(), calls: this.calls };
  }

  private finalLogs(): string[] {
    return this.droppedLogs > 0 ? [...this.logs, `…[${this.droppedLogs} more log lines]`] : [...this.logs];
  }

  /** The run's string outcome (see BOOTSTRAP): read as a primitive, so no sandbox code runs here. */
  private fromOutcome(handle: QuickJSHandle): ExecutionResult {
    const text = this.context.typeof(handle) === 'string' ? this.context.getString(handle) : 'U';
    handle.dispose();
    if (this.stop) return this.stopped();
    if (text.startsWith('E')) {
      const [name, message, stack] = text
        .slice(1)
        .split('\n')
        .map((part) => JSON.parse(part) as string);
      if (this.interrupted(name, message))
        return stopped('timeout', this.finalLogs(), this.calls, this.limits);
      return this.failed(
        classify(name ?? 'Error', message ?? ''),
        name ?? 'Error',
        message ?? '',
        stack || undefined,
      );
    }
    const logs = this.finalLogs();
    if (text === 'U') return { ok: true, result: undefined, logs, truncated: false, calls: this.calls };
    const budget = this.limits.maxOutputChars - this.logChars; // logs use at most half
    const { value, truncated } = truncateJson(JSON.parse(text.slice(1)), budget);
    return { ok: true, result: value, logs, truncated, calls: this.calls };
  }

  /** An exception QuickJS returned (not caught by the run wrapper: syntax, interrupt, out of memory, …). */
  private fromError(handle: QuickJSHandle, phase: 'syntax' | 'runtime'): ExecutionResult {
    if (this.stop) {
      handle.dispose();
      return this.stopped();
    }
    // Reading properties may run sandbox getters: give that a short deadline of its own.
    this.interruptAt = Date.now() + GRACE_MS;
    let name = 'Error';
    let message = '';
    let stack: string | undefined;
    try {
      const dumped = this.context.dump(handle) as
        | { name?: unknown; message?: unknown; stack?: unknown }
        | unknown;
      if (dumped && typeof dumped === 'object') {
        const d = dumped as { name?: unknown; message?: unknown; stack?: unknown };
        name = String(d.name ?? 'Error');
        message = String(d.message ?? '');
        if (typeof d.stack === 'string' && d.stack) stack = d.stack;
      } else {
        message = String(dumped);
      }
    } catch {
      message = 'the error could not be read';
    } finally {
      handle.dispose();
    }
    if (this.stop) return this.stopped(); // e.g. a memory stop raised while reading
    if (this.interrupted(name, message)) return stopped('timeout', this.finalLogs(), this.calls, this.limits);
    const kind = phase === 'syntax' && name === 'SyntaxError' ? 'syntax' : classify(name, message);
    return this.failed(kind, name, message, stack);
  }

  /** QuickJS's interrupt error: only the deadline interrupts a run that was not stopped. */
  private interrupted(name: string | undefined, message: string | undefined): boolean {
    return name === 'InternalError' && message === 'interrupted';
  }

  /** Ends the run: no host result is delivered any more, in-flight calls are aborted, every handle freed. */
  private finish(): void {
    // Calls the code started but never awaited are aborted too: nothing can receive their results.
    const reason = this.stop
      ? STOP_MESSAGES[this.stop](this.limits)
      : 'the execution ended before the call finished';
    this.stop ??= 'cancelled'; // the interrupt handler now refuses any further sandbox work
    this.ended = true;
    clearTimeout(this.timer);
    this.opts.signal?.removeEventListener('abort', this.onAbort);
    for (const p of this.inFlight) p.controller?.abort(new Error(reason));
    for (const p of [...this.inFlight, ...this.waiting]) p.deferred.dispose();
    this.inFlight.clear();
    this.waiting.length = 0;
    // A broken runtime cannot be disposed (see start): its instance is dropped with it, as is one whose
    // memory ran out (its touched pages would stay resident while it waits for the next run).
    if (this.broken) {
      this.instance.release(false);
      return;
    }
    this.context.dispose();
    this.runtime.dispose();
    this.instance.release(!this.outOfMemory);
  }
}

function errorHandle(ctx: QuickJSContext, err: unknown): QuickJSHandle {
  const message =
    err instanceof Error ? err.message : typeof err === 'string' ? err : (JSON.stringify(err) ?? String(err));
  return ctx.newError({ name: 'Error', message });
}

function classify(name: string, message: string): SandboxErrorKind {
  if (name === 'InternalError' && message === 'out of memory') return 'memory';
  if (message === 'stack overflow' && (name === 'InternalError' || name === 'SyntaxError')) return 'stack';
  return 'runtime';
}
