/**
 * Regular expressions from tool callers, run where they cannot hurt: each search compiles the pattern and tests
 * the texts in a fresh QuickJS runtime with an interrupt deadline and a memory limit, so a catastrophic pattern
 * (`/^(a+)+$/`) costs at most the deadline instead of blocking the portal's event loop. Errors carry a stable code.
 */
import { shouldInterruptAfterDeadline } from 'quickjs-emscripten-core';
import { lease } from './quickjs.js';

/** Longest pattern accepted (characters). */
export const MAX_PATTERN_LENGTH = 500;
/** Memory a search may use beyond its texts' JSON (QuickJS strings take up to twice the characters in bytes). */
const MEMORY_HEADROOM = 32 * 1024 * 1024;

export type RegexSearchErrorCode = 'regex/invalid' | 'regex/timeout';

export class RegexSearchError extends Error {
  override readonly name = 'RegexSearchError';
  constructor(
    readonly code: RegexSearchErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

// Runs inside QuickJS: arguments are strings, the result is a string of '0'/'1' (one per text).
const SEARCH = `(function (pattern, texts) {
  let re;
  try { re = new RegExp(pattern, 'imu'); } catch (e) { return { invalid: String(e && e.message || e) }; }
  let out = '';
  for (const text of JSON.parse(texts)) out += re.test(text) ? '1' : '0';
  return { matches: out };
})`;

/**
 * Whether `pattern` (JavaScript syntax, flags `imu`: case-insensitive, `^` and `$` at each line, so at each field of a tool's text) matches each of `texts`. Throws `RegexSearchError`
 * 'regex/invalid' for a pattern that is too long or does not compile (with the engine's reason), and
 * 'regex/timeout' when testing all texts takes longer than `timeoutMs`.
 */
export async function regexMatches(
  pattern: string,
  texts: readonly string[],
  timeoutMs = 250,
): Promise<boolean[]> {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new RegexSearchError('regex/invalid', `regex is longer than ${MAX_PATTERN_LENGTH} characters`);
  }
  if (texts.length === 0) return [];
  const json = JSON.stringify(texts);
  const instance = await lease();
  const runtime = instance.module.newRuntime();
  try {
    runtime.setMemoryLimit(MEMORY_HEADROOM + json.length * 4);
    runtime.setMaxStackSize(1024 * 1024);
    const vm = runtime.newContext();
    try {
      const fn = vm.unwrapResult(vm.evalCode(SEARCH));
      const args = [vm.newString(pattern), vm.newString(json)];
      // The deadline starts once the inputs are in: only the search itself is bounded.
      runtime.setInterruptHandler(shouldInterruptAfterDeadline(Date.now() + timeoutMs));
      const result = vm.callFunction(fn, vm.undefined, ...args);
      runtime.removeInterruptHandler();
      for (const handle of [fn, ...args]) handle.dispose();
      if (result.error) {
        const error = vm.dump(result.error) as { message?: unknown } | undefined;
        result.error.dispose();
        const reason = String(error?.message ?? error);
        // Interrupted at the deadline, or (rarely) out of memory or stack: either way the pattern costs too much.
        throw new RegexSearchError(
          'regex/timeout',
          `regex search stopped (${reason === 'interrupted' ? `over ${timeoutMs} ms` : reason}): simplify the ` +
            'pattern (avoid nested quantifiers like (a+)+ and long alternations) or search with keywords instead',
          { cause: error },
        );
      }
      const outcome = vm.dump(result.value) as { invalid?: string; matches?: string };
      result.value.dispose();
      if (outcome.invalid !== undefined) {
        throw new RegexSearchError('regex/invalid', `invalid regex: ${outcome.invalid}`);
      }
      return Array.from(outcome.matches ?? '', (c) => c === '1');
    } finally {
      vm.dispose();
    }
  } finally {
    runtime.dispose();
    // Not reached when disposing throws: the instance is then dropped, not reused.
    instance.release(true);
  }
}
