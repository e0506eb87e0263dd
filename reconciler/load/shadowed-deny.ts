/**
 * A warning for a deny policy that can never apply: Access decides by the first matching policy of a
 * `policies` list (allow and deny in list order, after bypass and Service Auth), so a deny listed after an
 * allow that admits everyone the deny matches never blocks anyone. Decided statically, and only where
 * certain (see `admitsAllOf`); when unsure, nothing is reported.
 */
import type { Diagnostic } from '../diagnostics.js';
import { locate } from './parse-yaml.js';
import { isObject, list, type NamedDocument, type SemanticContext, specOf } from './semantic-context.js';

type Rule = Record<string, unknown>;

/** A rule's single selector and value, or undefined for anything that is not a one-key object. */
function selectorOf(rule: unknown): [string, unknown] | undefined {
  if (!isObject(rule)) return undefined;
  const entries = Object.entries(rule);
  return entries.length === 1 ? (entries[0] as [string, unknown]) : undefined;
}

/** A canonical form of a rule: emails and domains compare case-insensitively, objects by sorted keys. */
function canonical([selector, value]: [string, unknown]): string {
  if ((selector === 'email' || selector === 'emailDomain') && typeof value === 'string')
    return `${selector}:${value.toLowerCase().replace(/^@/, '')}`;
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : isObject(v)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted(v[k])]),
          )
        : v;
  return `${selector}:${JSON.stringify(sorted(value))}`;
}

/**
 * True when the allow rule `a` matches every user the rule `r` matches: `a` is `everyone`; the two are the
 * same rule (same selector and value: the same group, the same email, the same IP range, ...); or `a` is
 * `emailDomain: D` and `r` is an `email` in D.
 */
function ruleCovers(a: [string, unknown], r: [string, unknown]): boolean {
  if (a[0] === 'everyone' && a[1] === true) return true;
  if (canonical(a) === canonical(r)) return true;
  if (a[0] === 'emailDomain' && r[0] === 'email' && typeof a[1] === 'string' && typeof r[1] === 'string') {
    return r[1].toLowerCase().split('@').pop() === a[1].toLowerCase().replace(/^@/, '');
  }
  return false;
}

/**
 * True when the allow policy admits every user the deny policy matches. Decided only when the allow policy
 * has no `require` and no `exclude` (either could leave out someone the deny matches) and each of the
 * deny's `include` rules is covered by one of the allow's (`ruleCovers`). The deny's own `require` and
 * `exclude` only narrow whom it matches, so they do not matter. Anything else is "unsure": false.
 */
export function admitsAllOf(allow: Record<string, unknown>, deny: Record<string, unknown>): boolean {
  const empty = (v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0);
  if (!empty(allow.require) || !empty(allow.exclude)) return false;
  const allowRules = list<Rule>(allow.include).map(selectorOf);
  const denyRules = list<Rule>(deny.include).map(selectorOf);
  if (allowRules.length === 0 || denyRules.length === 0) return false;
  const known = allowRules.filter((r): r is [string, unknown] => r !== undefined);
  return denyRules.every((r) => r !== undefined && known.some((a) => ruleCovers(a, r)));
}

/** Warns, per `spec.policies` list of any document, about each deny policy an earlier allow shadows. */
export function checkShadowedDeny(named: readonly NamedDocument[], ctx: SemanticContext, out: Diagnostic[]) {
  for (const n of named) {
    const names = list<unknown>(specOf(n).policies);
    const policies = names.map((name) => {
      const p = typeof name === 'string' ? ctx.first('AccessPolicy', name) : undefined;
      return p ? { name: p.name, spec: specOf(p) } : undefined;
    });
    policies.forEach((deny, i) => {
      if (deny?.spec.decision !== 'deny') return;
      const allow = policies
        .slice(0, i)
        .find((a) => a?.spec.decision === 'allow' && admitsAllOf(a.spec, deny.spec));
      if (!allow) return;
      out.push({
        severity: 'warning',
        code: 'semantic/shadowed-deny',
        message: `deny policy ${JSON.stringify(deny.name)} can never apply here: the allow policy ${JSON.stringify(allow.name)} before it admits everyone it matches`,
        detail:
          'Access decides by the first policy that matches, in list order (bypass and Service Auth first); list the deny policy before the allow policy',
        path: `/spec/policies/${i}`,
        source: locate(n.doc, ['spec', 'policies', String(i)]),
      });
    });
  }
}
