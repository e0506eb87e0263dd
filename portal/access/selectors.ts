/**
 * Which Access rule selectors the embedded portal can evaluate (identity and claims from its identity
 * provider, Access groups, service tokens, the client IP), and the checks a policy or group must pass before
 * it is stored: every selector locally evaluable, IP ranges parseable, no identity selector in a bypass policy.
 */
import { isIP } from 'node:net';
import type { PolicyRule } from '../../schemas/generated/wire.js';
import { LOCAL_IDP_ID } from '../identity/identity-provider.js';

/** The id of the embedded portal's identity provider, for `login_method` and `oidc` rules. */
export { LOCAL_IDP_ID };

/** Selectors evaluated by the embedded portal. */
export const LOCAL_SELECTORS: ReadonlySet<string> = new Set([
  'email',
  'email_domain',
  'everyone',
  'group',
  'ip',
  'service_token',
  'any_valid_service_token',
  'login_method',
  'oidc',
]);

/** Selectors that identify a user (not allowed in bypass policies). */
export const IDENTITY_SELECTORS: ReadonlySet<string> = new Set([
  'email',
  'email_domain',
  'email_list',
  'group',
  'login_method',
  'auth_method',
  'github-organization',
  'gsuite',
  'azureAD',
  'okta',
  'saml',
  'oidc',
  'auth_context',
  'user_risk_score',
]);

export interface RuleIssue {
  message: string;
  path: (string | number)[];
}

/** Parses `ip` (an address or a CIDR range) into address, prefix length and family; undefined if invalid. */
export function parseIpRange(
  text: string,
): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | undefined {
  const [address = '', bits, ...rest] = text.trim().split('/');
  if (rest.length > 0) return undefined;
  const version = isIP(address);
  if (version === 0) return undefined;
  const max = version === 4 ? 32 : 128;
  const prefix = bits === undefined ? max : Number(bits);
  if (
    !Number.isInteger(prefix) ||
    prefix < 0 ||
    prefix > max ||
    (bits !== undefined && !/^\d+$/.test(bits))
  ) {
    return undefined;
  }
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** Problems with a policy's rules; empty when the embedded portal can evaluate and store it. */
export function checkPolicyRules(policy: {
  /** A group's rules are checked like an allow policy's. */
  decision: string;
  include?: PolicyRule[];
  exclude?: PolicyRule[];
  require?: PolicyRule[];
}): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const field of ['include', 'exclude', 'require'] as const) {
    (policy[field] ?? []).forEach((rule, i) => {
      for (const [selector, value] of Object.entries(rule)) {
        const path = [field, i, selector];
        if (!LOCAL_SELECTORS.has(selector)) {
          issues.push({
            message: `selector "${selector}" is not supported by the embedded portal: it cannot evaluate it (supported: ${[...LOCAL_SELECTORS].join(', ')}; IdP groups: oidc with identity_provider_id ${LOCAL_IDP_ID} and claim_name "groups")`,
            path,
          });
          continue;
        }
        if (policy.decision === 'bypass' && IDENTITY_SELECTORS.has(selector)) {
          issues.push({
            message: `bypass policies cannot use the identity selector "${selector}"`,
            path,
          });
        }
        if (selector === 'ip') {
          const ip = (value as { ip?: string }).ip ?? '';
          if (!parseIpRange(ip)) {
            issues.push({ message: `"${ip}" is not an IP address or CIDR range`, path: [...path, 'ip'] });
          }
        }
      }
    });
  }
  return issues;
}
