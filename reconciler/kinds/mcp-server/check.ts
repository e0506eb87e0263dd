/**
 * Cross-document checks of an McpServer: its policies exist, each override is listed once, and the names
 * it exposes are unique among its tools (and among its prompts) and not too long for clients.
 */
import type { Diagnostic } from '../../diagnostics.js';
import {
  checkExposed,
  checkOverrideList,
  checkRefs,
  exposedNames,
  list,
  type NamedDocument,
  overridesOf,
  type SemanticContext,
  specOf,
} from '../../load/semantic-context.js';

export function checkServer(c: NamedDocument, ctx: SemanticContext, out: Diagnostic[]) {
  const spec = specOf(c);
  checkRefs(c, list(spec.policies), ['spec', 'policies'], 'AccessPolicy', ctx, out);
  for (const what of ['tools', 'prompts'] as const) {
    const overrides = overridesOf(spec[what]);
    checkOverrideList(c, overrides, ['spec', what], out);
    checkExposed(
      c,
      c.name,
      exposedNames([{ doc: c, overrides, at: ['spec', what] }]),
      what.slice(0, -1),
      out,
    );
  }
}
