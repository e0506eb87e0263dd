/**
 * Cross-document checks of an McpServer: its policies exist, each override is listed once, the names it
 * exposes are unique among its tools (and among its prompts) and not too long for clients, and its URL
 * does not point at an address the embedded portal's egress policy refuses (link-local, cloud metadata).
 */
import { CLASS_LABEL, deniedByDefault } from '../../../schemas/egress.js';
import type { Diagnostic } from '../../diagnostics.js';
import { locate } from '../../load/parse-yaml.js';
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
  checkEgress(c, spec.url, out);
  checkRefs(c, list(spec.policies), ['spec', 'policies'], 'AccessPolicy', ctx, out);
  for (const what of ['tools', 'prompts'] as const) {
    const overrides = overridesOf(spec[what]);
    // Without overrides every exposed name is an upstream name: nothing to check.
    if (!overrides.length) continue;
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

/** A warning for a URL whose host is, without DNS, an address class refused by default (e.g. 169.254.169.254). */
function checkEgress(c: NamedDocument, url: unknown, out: Diagnostic[]) {
  const denied = typeof url === 'string' ? deniedByDefault(url) : undefined;
  if (!denied) return;
  out.push({
    severity: 'warning',
    code: 'semantic/egress-refused-url',
    message: `McpServer ${JSON.stringify(c.name)}: the URL's host ${denied.host} is ${CLASS_LABEL[denied.class]}`,
    detail:
      "the embedded portal's egress policy refuses such addresses (the server ends in Error), and on any " +
      'other gateway an upstream URL there reaches the host itself (server-side request forgery)',
    path: '/spec/url',
    source: locate(c.doc, ['spec', 'url']),
  });
}
