/**
 * Access rule selectors between the manifest's camelCase form (`{ emailDomain: example.com }`) and the
 * API's (`{ email_domain: { domain: example.com } }`), both ways, losslessly for every selector.
 */
import type { AccessPolicyRule } from '../../../schemas/generated/manifest.js';
import type { PolicyRule } from '../../../schemas/generated/wire.js';

type Scalar = { wire: string; field?: string; flag?: true };

/** Selectors whose manifest value is a scalar (or `true` for flags), with the wire key and value field. */
const SCALAR: Record<string, Scalar> = {
  email: { wire: 'email', field: 'email' },
  emailDomain: { wire: 'email_domain', field: 'domain' },
  emailList: { wire: 'email_list', field: 'id' },
  everyone: { wire: 'everyone', flag: true },
  group: { wire: 'group', field: 'id' },
  ip: { wire: 'ip', field: 'ip' },
  ipList: { wire: 'ip_list', field: 'id' },
  geo: { wire: 'geo', field: 'country_code' },
  loginMethod: { wire: 'login_method', field: 'id' },
  authMethod: { wire: 'auth_method', field: 'auth_method' },
  serviceToken: { wire: 'service_token', field: 'token_id' },
  anyValidServiceToken: { wire: 'any_valid_service_token', flag: true },
  certificate: { wire: 'certificate', flag: true },
  commonName: { wire: 'common_name', field: 'common_name' },
  devicePosture: { wire: 'device_posture', field: 'integration_uid' },
  cloudflareAccountMember: { wire: 'cloudflare_account_member', flag: true },
  linkedAppToken: { wire: 'linked_app_token', field: 'app_uid' },
  userRiskScore: { wire: 'user_risk_score', field: 'user_risk_score' },
};

/** Selectors whose manifest value is an object: keys map camelCase <-> snake_case. */
const OBJECT: Record<string, string> = {
  githubOrganization: 'github_organization',
  gsuite: 'gsuite',
  azureAd: 'azure_ad',
  okta: 'okta',
  saml: 'saml',
  oidc: 'oidc',
  authContext: 'auth_context',
  externalEvaluation: 'external_evaluation',
};

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const mapKeys = (o: Record<string, unknown>, f: (k: string) => string) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [f(k), v]));

const WIRE_SCALAR = new Map(Object.entries(SCALAR).map(([k, v]) => [v.wire, { ...v, manifest: k }]));
const WIRE_OBJECT = new Map(Object.entries(OBJECT).map(([k, v]) => [v, k]));

export function ruleToWire(rule: AccessPolicyRule): PolicyRule {
  const [key, value] = Object.entries(rule)[0] ?? [];
  if (key === undefined) throw new Error('empty rule');
  const scalar = SCALAR[key];
  if (scalar) return { [scalar.wire]: scalar.flag ? {} : { [scalar.field as string]: value } } as PolicyRule;
  const wire = OBJECT[key];
  if (wire) return { [wire]: mapKeys(value as Record<string, unknown>, snake) } as PolicyRule;
  throw new Error(`unknown rule selector ${key}`);
}

/** The manifest form of a wire rule; unknown selectors are kept under their wire name so they show in diffs. */
export function ruleFromWire(rule: PolicyRule): AccessPolicyRule {
  const [key, value] = Object.entries(rule)[0] ?? [];
  if (key === undefined) return {};
  const scalar = WIRE_SCALAR.get(key);
  if (scalar) {
    return {
      [scalar.manifest]: scalar.flag ? true : (value as Record<string, unknown>)[scalar.field as string],
    };
  }
  const manifest = WIRE_OBJECT.get(key);
  if (manifest) return { [manifest]: mapKeys(value as Record<string, unknown>, camel) };
  return { [key]: value } as AccessPolicyRule;
}
