/**
 * Cross-document checks of an AccessPolicy: a bypass policy cannot use identity selectors (bypass skips
 * authentication, so Cloudflare refuses them).
 */
import type { Diagnostic } from '../../diagnostics.js';
import { locate } from '../../load/parse-yaml.js';
import { isObject, list, type NamedDocument, specOf } from '../../load/semantic-context.js';

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

export function checkPolicy(d: NamedDocument, out: Diagnostic[]) {
  const spec = specOf(d);
  if (spec.decision !== 'bypass') return;
  for (const group of ['include', 'require', 'exclude'] as const) {
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
