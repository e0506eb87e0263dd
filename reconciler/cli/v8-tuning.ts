/**
 * V8 settings per kind of `portalctl` process, applied by bin/portalctl.js before the CLI loads (later would
 * come after what they prevent). The measurements: README "Development" (one-shot) and "The portal itself"
 * (serving).
 * - A command that runs once and exits: the young generation stays at its initial size (1 MiB semi-spaces)
 *   instead of doubling up to 16 MiB, since such a process keeps most of what it allocates (manifests, API
 *   answers) to the end; and code is optimised later (4x Node 20's interrupt budget), since a command runs
 *   most of its code a few times and TurboFan's compiles cost more than they save.
 * - A process serving a portal (`portal serve`, `npm start`, the gateway bench's portal): inline caches keep
 *   up to 16 object shapes before going megamorphic, and TurboFan inlines more, for a request path that
 *   meets many shapes (JSON-RPC messages, headers, sockets of several kinds). The controller and
 *   `logs --follow` keep V8's defaults.
 */
import { setFlagsFromString } from 'node:v8';

/** A growth factor of 1 makes each "grow" keep the current size (heap/new-spaces.cc). */
export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';

/** Ticks (bytecode size run) before a function is optimised: V8 11's default is 67,584 (66 KiB). */
export const TIER_UP_FLAG = '--interrupt-budget=270336';

/** Inline caches track up to 16 object shapes (V8's default is 4) before they go megamorphic. */
export const POLYMORPHIC_FLAG = '--max-valid-polymorphic-map-count=16';

/** Bytecode TurboFan may inline into one optimised function: 1,840, twice V8 11's default (920). */
export const INLINING_FLAG = '--max-inlined-bytecode-size-cumulative=1840';

/** A flag, the setting it is on (a user's own flag on it wins over ours), and the V8 majors it is applied on. */
interface Tuning {
  flag: string;
  setting: string;
  majors: ReadonlySet<number>;
}

/*
 * The V8 majors: V8 prints "Error: unrecognized flag" to stderr for a flag it lacks, so a version not listed
 * keeps that default; v8-tuning.test.ts fails on a Node whose V8 no longer honours a flag applied there.
 * - The growth factor: Node 20 (V8 11), 22 (12), 24 (13), 25 (14).
 * - The interrupt budget: Node 20 only, the one measured. The V8 in Node's current sources counts
 *   invocations for TurboFan (`--invocation-count-for-turbofan`) and has no `--interrupt-budget`.
 * - The serving flags: Node 20 only, the one measured. Later V8s have both flags, but their inlining and
 *   inline-cache heuristics differ, so a setting there would need measuring there.
 */
const ONE_SHOT: readonly Tuning[] = [
  { flag: YOUNG_GENERATION_FLAG, setting: 'semi-space', majors: new Set([11, 12, 13, 14]) },
  { flag: TIER_UP_FLAG, setting: 'interrupt-budget', majors: new Set([11]) },
];
const SERVING: readonly Tuning[] = [
  { flag: POLYMORPHIC_FLAG, setting: 'polymorphic-map-count', majors: new Set([11]) },
  { flag: INLINING_FLAG, setting: 'inlined-bytecode-size-cumulative', majors: new Set([11]) },
];

/** Whether the command line starts a command that runs until stopped: it gets no one-shot settings. */
export function runsUntilStopped(args: readonly string[]): boolean {
  const [command, ...rest] = args;
  if (command === 'controller') return true;
  if (servesPortal(args)) return true;
  if (command === 'logs') return rest.some((a) => a === '-f' || a === '--follow');
  return false;
}

/** Whether the command line serves a portal (`portal serve`). */
export function servesPortal(args: readonly string[]): boolean {
  const [command, ...rest] = args;
  return command === 'portal' && rest.find((a) => !a.startsWith('-')) === 'serve';
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

/** Applies each of `tunings` known on this V8 major whose setting the user did not set themselves. */
function applyKnown(tunings: readonly Tuning[], context: V8Context, apply: (flag: string) => void): string[] {
  const major = Number.parseInt(context.v8Version, 10);
  const own = (name: string) => context.nodeFlags.some((f) => f.replace(/_/g, '-').includes(name));
  const applied = tunings.filter((t) => !own(t.setting) && t.majors.has(major)).map((t) => t.flag);
  for (const flag of applied) apply(flag);
  return applied;
}

/**
 * Applies `YOUNG_GENERATION_FLAG` and `TIER_UP_FLAG` unless the command runs until stopped, each on the V8
 * majors it is known on; a flag of the user's own on the same setting (a `semi-space` one, an
 * `interrupt-budget`) wins over ours. Returns the flags applied.
 */
export function tuneV8ForOneShot(
  args: readonly string[],
  context: V8Context = current(),
  apply: (flag: string) => void = setFlagsFromString,
): string[] {
  return runsUntilStopped(args) ? [] : applyKnown(ONE_SHOT, context, apply);
}

/**
 * Applies `POLYMORPHIC_FLAG` and `INLINING_FLAG` for a process about to serve a portal, on the V8 majors
 * they are known on; the user's own `polymorphic-map-count` or `inlined-bytecode-size-cumulative` wins.
 * Call it before the portal's modules load. Returns the flags applied.
 */
export function tuneV8ForServing(
  context: V8Context = current(),
  apply: (flag: string) => void = setFlagsFromString,
): string[] {
  return applyKnown(SERVING, context, apply);
}

/** The settings for the command line `args` (`tuneV8ForOneShot` or `tuneV8ForServing`). */
export function tuneV8ForCommand(
  args: readonly string[],
  context: V8Context = current(),
  apply: (flag: string) => void = setFlagsFromString,
): string[] {
  return servesPortal(args) ? tuneV8ForServing(context, apply) : tuneV8ForOneShot(args, context, apply);
}
