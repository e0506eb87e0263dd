/**
 * Keeps V8's young generation at its initial size (1 MiB semi-spaces) in a `portalctl` process that runs
 * one command and exits, instead of letting it double up to 16 MiB. Such a process keeps most of what it
 * allocates (manifests, API answers) to the end, so a larger young generation saves no work; it only
 * touches fresh memory. Long-running commands keep V8's defaults. Called by bin/portalctl.js before the CLI
 * loads: setting it later would come after the growth it prevents.
 */
import { setFlagsFromString } from 'node:v8';

/** The V8 flag: a growth factor of 1 makes each "grow" keep the current size (heap/new-spaces.cc). */
export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';

/**
 * V8 majors known to have the flag (Node 20: 11, 22: 12, 24: 13, 25: 14). V8 prints "unrecognized flag"
 * for one it lacks, so any other version keeps the defaults; young-generation.test.ts fails on a Node whose
 * V8 no longer honours it.
 */
const KNOWN_V8_MAJORS = new Set([11, 12, 13, 14]);

/** Whether the command line starts a command that runs until stopped: it keeps V8's defaults. */
export function runsUntilStopped(args: readonly string[]): boolean {
  const [command, ...rest] = args;
  if (command === 'controller') return true;
  if (command === 'portal') return rest.find((a) => !a.startsWith('-')) === 'serve';
  if (command === 'logs') return rest.some((a) => a === '-f' || a === '--follow');
  return false;
}

export interface YoungGenerationContext {
  /** process.versions.v8 */
  v8Version: string;
  /** The node flags in force: process.execArgv and NODE_OPTIONS. */
  nodeFlags: readonly string[];
}

const current = (): YoungGenerationContext => ({
  v8Version: process.versions.v8,
  nodeFlags: [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)],
});

/**
 * Applies `YOUNG_GENERATION_FLAG` unless the command runs until stopped, the V8 is not a known one, or the
 * user already sized the young generation (a `semi-space` flag of their own wins). Returns whether it did.
 */
export function keepYoungGenerationSmall(
  args: readonly string[],
  context: YoungGenerationContext = current(),
): boolean {
  if (runsUntilStopped(args)) return false;
  if (!KNOWN_V8_MAJORS.has(Number.parseInt(context.v8Version, 10))) return false;
  if (context.nodeFlags.some((f) => f.includes('semi-space') || f.includes('semi_space'))) return false;
  setFlagsFromString(YOUNG_GENERATION_FLAG);
  return true;
}
