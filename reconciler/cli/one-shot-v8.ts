/**
 * V8 settings for a `portalctl` process that runs one command and exits, applied by bin/portalctl.js before
 * the CLI loads (later would come after what they prevent). Long-running commands keep V8's defaults.
 * - The young generation stays at its initial size (1 MiB semi-spaces) instead of doubling up to 16 MiB:
 *   such a process keeps most of what it allocates (manifests, API answers) to the end, so a larger young
 *   generation saves no work; it only touches fresh memory.
 * - Code is optimised later (4x Node 20's interrupt budget): a command runs most of its code a few times,
 *   so TurboFan's compiles, on the machine's other cores, cost more than they save. README "Development".
 */
import { setFlagsFromString } from 'node:v8';

/** A growth factor of 1 makes each "grow" keep the current size (heap/new-spaces.cc). */
export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';

/** Ticks (bytecode size run) before a function is optimised: V8 11's default is 67,584 (66 KiB). */
export const TIER_UP_FLAG = '--interrupt-budget=270336';

/**
 * The V8 majors each flag is applied on. V8 prints "Error: unrecognized flag" to stderr for a flag it lacks,
 * so a version not listed keeps that default; one-shot-v8.test.ts fails on a Node whose V8 no longer
 * honours a flag applied there.
 * - The growth factor: Node 20 (V8 11), 22 (12), 24 (13), 25 (14).
 * - The interrupt budget: Node 20 only, the one measured. The V8 in Node's current sources counts
 *   invocations for TurboFan (`--invocation-count-for-turbofan`) and has no `--interrupt-budget`.
 */
const V8_MAJORS: Record<string, ReadonlySet<number>> = {
  [YOUNG_GENERATION_FLAG]: new Set([11, 12, 13, 14]),
  [TIER_UP_FLAG]: new Set([11]),
};

/** Whether the command line starts a command that runs until stopped: it keeps V8's defaults. */
export function runsUntilStopped(args: readonly string[]): boolean {
  const [command, ...rest] = args;
  if (command === 'controller') return true;
  if (command === 'portal') return rest.find((a) => !a.startsWith('-')) === 'serve';
  if (command === 'logs') return rest.some((a) => a === '-f' || a === '--follow');
  return false;
}

export interface V8Context {
  /** process.versions.v8 */
  v8Version: string;
  /** The node flags in force: process.execArgv and NODE_OPTIONS. */
  nodeFlags: readonly string[];
}

const current = (): V8Context => ({
  v8Version: process.versions.v8,
  nodeFlags: [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)],
});

/**
 * Applies `YOUNG_GENERATION_FLAG` and `TIER_UP_FLAG` unless the command runs until stopped, each on the V8
 * majors it is known on (`V8_MAJORS`); a flag of the user's own on the same setting (a `semi-space` one, an
 * `interrupt-budget`) wins over ours. Returns the flags applied.
 */
export function tuneV8ForOneShot(
  args: readonly string[],
  context: V8Context = current(),
  apply: (flag: string) => void = setFlagsFromString,
): string[] {
  if (runsUntilStopped(args)) return [];
  const major = Number.parseInt(context.v8Version, 10);
  const own = (name: string) => context.nodeFlags.some((f) => f.replace(/_/g, '-').includes(name));
  const applied = [
    ...(own('semi-space') ? [] : [YOUNG_GENERATION_FLAG]),
    ...(own('interrupt-budget') ? [] : [TIER_UP_FLAG]),
  ].filter((flag) => V8_MAJORS[flag]?.has(major));
  for (const flag of applied) apply(flag);
  return applied;
}
