/**
 * Checks across documents that a schema cannot express: unique names per kind, then each kind's own
 * checks (references that resolve, exposed names, limits; see the kind folders), then deny policies that
 * an earlier allow in the same `policies` list shadows, with one context of every document loaded together.
 */
import type { KindName } from '../../schemas/registry.js';
import type { Diagnostic } from '../diagnostics.js';
import { handlerOf } from '../kinds/registry.js';
import { checkDuplicates, type NamedDocument, type SemanticContext } from './semantic-context.js';
import { checkShadowedDeny } from './shadowed-deny.js';

export type { NamedDocument } from './semantic-context.js';

export interface SemanticOptions {
  /** References to objects outside the loaded files are not errors (see `SemanticContext.partial`). */
  partial?: boolean;
}

/** Runs every cross-document check over every document whose kind and name are readable. */
export function semanticCheck(
  named: readonly NamedDocument[],
  out: Diagnostic[],
  opts: SemanticOptions = {},
) {
  checkDuplicates(named, out);
  const names = new Map<KindName, Set<string>>();
  const first = new Map<string, NamedDocument>();
  for (const n of named) {
    names.set(n.kind, (names.get(n.kind) ?? new Set()).add(n.name));
    if (!first.has(`${n.kind}/${n.name}`)) first.set(`${n.kind}/${n.name}`, n);
  }
  const claims = new Map<string, NamedDocument>();
  const ctx: SemanticContext = {
    names: (kind) => names.get(kind) ?? new Set(),
    first: (kind, name) => first.get(`${kind}/${name}`),
    claim: (scope, value, doc) => {
      const k = `${scope}\u0000${value}`;
      const earlier = claims.get(k);
      if (!earlier) claims.set(k, doc);
      return earlier;
    },
    partial: Boolean(opts.partial),
  };
  for (const n of named) handlerOf(n.kind).semanticCheck(n, ctx, out);
  checkShadowedDeny(named, ctx, out);
}
