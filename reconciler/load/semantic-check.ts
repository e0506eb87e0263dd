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
  // The first document of each name, by kind (its keys are the kind's names).
  const first = new Map<KindName, Map<string, NamedDocument>>();
  for (const n of named) {
    let byName = first.get(n.kind);
    if (!byName) {
      byName = new Map();
      first.set(n.kind, byName);
    }
    if (!byName.has(n.name)) byName.set(n.name, n);
  }
  const names = new Map<KindName, Set<string>>();
  for (const [kind, byName] of first) names.set(kind, new Set(byName.keys()));
  const none: ReadonlySet<string> = new Set();
  const claims = new Map<string, Map<string, NamedDocument>>();
  const ctx: SemanticContext = {
    names: (kind) => names.get(kind) ?? none,
    first: (kind, name) => first.get(kind)?.get(name),
    claim: (scope, value, doc) => {
      let inScope = claims.get(scope);
      if (!inScope) {
        inScope = new Map();
        claims.set(scope, inScope);
      }
      const earlier = inScope.get(value);
      if (!earlier) inScope.set(value, doc);
      return earlier;
    },
    partial: Boolean(opts.partial),
  };
  for (const n of named) handlerOf(n.kind).semanticCheck(n, ctx, out);
  checkShadowedDeny(named, ctx, out);
}
