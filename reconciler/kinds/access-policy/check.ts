/**
 * Cross-document checks of an AccessPolicy: every `group` selector names an AccessGroup manifest, and a
 * bypass policy cannot use identity selectors (bypass skips authentication, so Cloudflare refuses them).
 */
import type { Diagnostic } from '../../diagnostics.js';
import { locate } from '../../load/parse-yaml.js';
import {
  checkRefs,
  isObject,
  list,
  type NamedDocument,
  type SemanticContext,
  specOf,
} from '../../load/semantic-context.js';

const RULE_LISTS = ['include', 'require', 'exclude'] as const;

/** Each `group` selector of the document's rule lists names an AccessGroup of the manifests. */
export function checkGroupRefs(d: NamedDocument, ctx: SemanticContext, out: Diagnostic[]) {
  const spec = specOf(d);
  for (const at of RULE_LISTS) {
    list<unknown>(spec[at]).forEach((rule, i) => {
      if (isObject(rule) && 'group' in rule)
        checkRefs(d, [rule.group], ['spec', at, String(i), 'group'], 'AccessGroup', ctx, out, true);
    });
  }
}

/** Selectors that identify a user; Cloudflare refuses them in bypass policies. */
export const IDENTITY_SELECTORS = new Set([
  'email',
  'emailDomain',
  'emailList',
  'group',
  'loginMethod',
  'authMethod',
  'githubOrganization',
  'gsuite',
  'azureAd',
  'okta',
  'saml',
  'oidc',
  'authContext',
  'userRiskScore',
]);

export function checkPolicy(d: NamedDocument, ctx: SemanticContext, out: Diagnostic[]) {
  checkGroupRefs(d, ctx, out);
  const spec = specOf(d);
  if (spec.decision !== 'bypass') return;
  for (const group of RULE_LISTS) {
    list<unknown>(spec[group]).forEach((rule, i) => {
      if (!isObject(rule)) return;
      for (const selector of Object.keys(rule)) {
        if (!IDENTITY_SELECTORS.has(selector)) continue;
        out.push({
          severity: 'error',
          code: 'semantic/bypass-identity',
          message: `a bypass policy cannot use the identity selector ${JSON.stringify(selector)}`,
          detail:
            'bypass skips authentication, so no identity is known; use allow, or a non-identity selector such as ip or everyone',
          path: `/spec/${group}/${i}/${selector}`,
          source: locate(d.doc, ['spec', group, String(i), selector], true),
        });
      }
    });
  }
}
