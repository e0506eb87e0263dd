/**
 * The context mode of a portal connection, chosen once when the session opens from the URL's query string
 * (`?optimize_context=minimize_tools|search_and_execute`, `?codemode=search_and_execute|off`, as Cloudflare
 * documents them) within the portal's `code_mode` policy. A value the portal does not allow is refused with
 * the reason, never silently ignored. The rules, where Cloudflare's documentation is silent, are ours:
 * - `off`: code mode is never on; `?codemode=search_and_execute` is refused.
 * - `opt_in` (the default): code mode only with `?codemode=search_and_execute`.
 * - `default_on`: code mode unless `?codemode=off`, or the client asks for an `optimize_context` mode (an
 *   explicit request for a shape wins over a default).
 * - `enforced`: always code mode; `?codemode=off` and `?optimize_context=…` are refused.
 * - Asking for both code mode and an `optimize_context` mode is refused (they are different tool lists).
 */
import type { ContextMode } from '../../schemas/context-modes.js';
import type { CodeMode } from '../store/repository.js';

export type ModeChoice = { ok: true; mode: ContextMode } | { ok: false; message: string };

const OPTIMIZE = ['minimize_tools', 'search_and_execute'] as const;
const CODE = ['search_and_execute', 'off'] as const;

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(' or ');

/** The mode `query` asks for on a portal whose policy is `policy`, or why it cannot have it. */
export function contextMode(query: (name: string) => string | undefined, policy: CodeMode): ModeChoice {
  const optimize = query('optimize_context') || undefined;
  const code = query('codemode') || undefined;
  if (optimize !== undefined && optimize !== 'none' && !(OPTIMIZE as readonly string[]).includes(optimize)) {
    return {
      ok: false,
      message: `unknown optimize_context ${JSON.stringify(optimize)}: use ${quoted(OPTIMIZE)}, or leave it out for the full tool list`,
    };
  }
  if (code !== undefined && !(CODE as readonly string[]).includes(code)) {
    return { ok: false, message: `unknown codemode ${JSON.stringify(code)}: use ${quoted(CODE)}` };
  }
  const optimized = optimize === 'minimize_tools' || optimize === 'search_and_execute' ? optimize : undefined;
  if (code === 'search_and_execute' && optimized) {
    return {
      ok: false,
      message: `codemode and optimize_context=${optimized} cannot be combined: ask for one of them`,
    };
  }
  switch (policy) {
    case 'off':
      if (code === 'search_and_execute') {
        return {
          ok: false,
          message: 'code mode is off on this portal (its code_mode is "off"); connect without ?codemode',
        };
      }
      return { ok: true, mode: optimized ?? 'full' };
    case 'opt_in':
      return { ok: true, mode: code === 'search_and_execute' ? 'code' : (optimized ?? 'full') };
    case 'default_on':
      return { ok: true, mode: optimized ?? (code === 'off' ? 'full' : 'code') };
    case 'enforced':
      if (code === 'off' || optimized) {
        const asked = code === 'off' ? '?codemode=off' : `?optimize_context=${optimized}`;
        return {
          ok: false,
          message: `code mode is enforced on this portal (its code_mode is "enforced"), so ${asked} cannot be honoured; connect without it`,
        };
      }
      return { ok: true, mode: 'code' };
  }
}
