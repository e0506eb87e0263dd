/**
 * ajv's run-time helpers that its standalone validators call (`schemas/generated/validators.ts`), as static
 * imports: a bundle (the Pulumi plugin) then carries them, where the `require()` ajv's standalone code
 * emits would look for ajv beside the bundle. The helpers are CommonJS with `__esModule`; Node hands their
 * `module.exports` to a default import and a bundler may hand `exports.default`: either is taken.
 */
import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';

const pick = <T>(m: unknown): T => (typeof m === 'function' ? m : (m as { default: T }).default) as T;

export const equal = pick<(a: unknown, b: unknown) => boolean>(equalModule);
export const ucs2length = pick<(s: string) => number>(ucs2lengthModule);

/** The helpers by ajv module path, as the generator maps `require("<path>").default` to them. */
export const AJV_RUNTIME: Readonly<Record<string, string>> = {
  'ajv/dist/runtime/equal': 'equal',
  'ajv/dist/runtime/ucs2length': 'ucs2length',
};
