/**
 * The QuickJS engines (WebAssembly) that code mode and bounded regex searches run in. Each run leases an
 * instance of its own, with a fixed linear memory of INSTANCE_BYTES that never grows:
 * - QuickJS's own memory limit does not count large blocks in this build (malloc_usable_size is 0 under
 *   Emscripten), so the instance's size is what bounds a memory bomb (measured: `a.push('x'.repeat(1e6))`
 *   in a loop fails "out of memory" at 96 MiB after ~0.5 s, instead of growing a shared heap to 2 GB).
 * - Memory that grows during a call into QuickJS corrupts quickjs-emscripten's result (seen: a run whose
 *   first step allocated 3 MB leaked its promise and aborted the runtime on dispose); fixed memory cannot.
 * Pages are committed only when touched, and at most MAX_LIVE instances are leased at once (more runs wait),
 * so code runs use at most MAX_LIVE x 96 MiB. An instance whose run ran out of memory is dropped (the
 * garbage collector frees it); MAX_IDLE others are kept warm and reused up to MAX_RUNS times, since
 * instantiating costs ~10 ms against ~1 ms for a run. The sync build is used with host calls as QuickJS
 * promises (~1 ms per run with two calls; asyncify ~6.5 ms).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import variant from '@jitl/quickjs-wasmfile-release-sync';
import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type QuickJSSyncVariant,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';

// The package's types describe its CommonJS build; imported as ESM, the default export is the variant itself.
const SYNC_VARIANT = variant as unknown as QuickJSSyncVariant;

type VariantOptions = NonNullable<Parameters<typeof newVariant>[1]>;
type WasmModule = Extract<NonNullable<VariantOptions['wasmModule']>, object & { length?: never }>;
/** Node's WebAssembly (the project's TypeScript libraries do not describe it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
const Wasm = (
  globalThis as unknown as {
    WebAssembly: {
      Memory: new (d: { initial: number; maximum: number }) => WasmMemory;
      compile(bytes: Uint8Array): Promise<WasmModule>;
    };
  }
).WebAssembly;

const PAGE = 64 * 1024;
/** The linear memory of one instance (one run at a time): fixed, never grown. */
export const INSTANCE_BYTES = 96 * 1024 * 1024;
/** Warm instances kept for the next runs. */
const MAX_IDLE = 2;
/** Instances leased at once in the process (so at most this many times INSTANCE_BYTES); more runs wait. */
export const MAX_LIVE = 8;
/** Runs after which an instance is dropped rather than kept warm. */
const MAX_RUNS = 1_000;

interface Instance {
  module: QuickJSWASMModule;
  memory: WasmMemory;
  runs: number;
}

/** One instance, the caller's alone until `release`. */
export interface Lease extends Omit<Instance, 'runs'> {
  /** Gives the instance back; `reusable` false (out of memory, or a runtime left undisposed) drops it. */
  release(reusable: boolean): void;
}

let compiled: Promise<WasmModule> | undefined;
let live = 0;
const waiting: (() => void)[] = [];
const idle: Instance[] = [];
let warming: Promise<void> | undefined;

/** The WebAssembly module, compiled once per process (a failed load is retried on the next call). */
function compiledModule(): Promise<WasmModule> {
  compiled ??= readFile(createRequire(import.meta.url).resolve('@jitl/quickjs-wasmfile-release-sync/wasm'))
    .then((bytes) => Wasm.compile(bytes))
    .catch((err: unknown) => {
      compiled = undefined;
      throw err;
    });
  return compiled;
}

async function instantiate(): Promise<Instance> {
  const memory = new Wasm.Memory({ initial: INSTANCE_BYTES / PAGE, maximum: INSTANCE_BYTES / PAGE });
  const custom = newVariant(SYNC_VARIANT, {
    wasmModule: await compiledModule(),
    wasmMemory: memory as unknown as NonNullable<VariantOptions['wasmMemory']>,
  });
  return { module: await newQuickJSWASMModuleFromVariant(custom), memory, runs: 0 };
}

/** Keeps one instance ready in the background, so the next lease does not wait for instantiation. */
function warm(): void {
  if (warming || idle.length > 0) return;
  warming = instantiate()
    .then((instance) => {
      if (idle.length < MAX_IDLE) idle.push(instance);
    })
    .catch(() => undefined)
    .finally(() => {
      warming = undefined;
    });
}

/** Waits for a free slot (MAX_LIVE), or rejects when `signal` aborts first. */
function slot(signal?: AbortSignal): Promise<void> {
  if (live < MAX_LIVE) {
    live++;
    return Promise.resolve();
  }
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      const at = waiting.indexOf(wake);
      if (at >= 0) waiting.splice(at, 1);
      reject(signal?.reason ?? new Error('aborted'));
    };
    const wake = () => {
      signal?.removeEventListener('abort', onAbort);
      live++;
      resolve();
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    waiting.push(wake);
  });
}

function freeSlot(): void {
  live--;
  waiting.shift()?.();
}

/**
 * An instance for one run: a warm one when there is one, else a new one; when MAX_LIVE are leased, waits
 * for one to be released (rejects if `signal` aborts meanwhile).
 */
export async function lease(signal?: AbortSignal): Promise<Lease> {
  await slot(signal);
  let instance: Instance;
  try {
    instance = idle.pop() ?? (await instantiate());
  } catch (err) {
    freeSlot();
    throw err;
  }
  instance.runs++;
  warm();
  let released = false;
  return {
    module: instance.module,
    memory: instance.memory,
    release(reusable) {
      if (released) return;
      released = true;
      if (reusable && instance.runs < MAX_RUNS && idle.length < MAX_IDLE) idle.push(instance);
      freeSlot();
    },
  };
}
