/**
 * Access rule selectors between the manifest's camelCase form (`{ emailDomain: example.com }`) and the
 * API's, which is the official SDK's `AccessRule` union (`{ email_domain: { domain: example.com } }`,
 * `{ azureAD: {...} }`, `{ "github-organization": {...} }`), both ways, losslessly for every selector.
 * Shared by AccessPolicy and AccessGroup. A `group` selector names a group; callers map names to ids.
 */
import type { AccessRule } from '../../../schemas/generated/manifest.js';
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
  linkedAppToken: { wire: 'linked_app_token', field: 'app_uid' },
  userRiskScore: { wire: 'user_risk_score', field: 'user_risk_score' },
};

/**
 * Selectors whose manifest value may be a scalar or, when the wire carries an optional field, an
 * object: `devicePosture: uid` or `{ integrationUid, accountId }`; `cloudflareAccountMember: true` or
 * `{ accountId }`. The scalar form is the canonical one whenever the optional field is absent.
 */
const SCALAR_OR_OBJECT: Record<string, Scalar & { optional: string }> = {
  devicePosture: { wire: 'device_posture', field: 'integration_uid', optional: 'account_id' },
  cloudflareAccountMember: { wire: 'cloudflare_account_member', flag: true, optional: 'account_id' },
};

/** Selectors whose manifest value is an object: keys map camelCase <-> snake_case. */
const OBJECT: Record<string, string> = {
  githubOrganization: 'github-organization',
  gsuite: 'gsuite',
  azureAd: 'azureAD',
  okta: 'okta',
  saml: 'saml',
  oidc: 'oidc',
  authContext: 'auth_context',
  externalEvaluation: 'external_evaluation',
};

/** Every manifest selector and its wire key (for tests and for checks that list selectors). */
export const WIRE_KEYS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(SCALAR).map(([k, v]) => [k, v.wire])),
  ...Object.fromEntries(Object.entries(SCALAR_OR_OBJECT).map(([k, v]) => [k, v.wire])),
  ...OBJECT,
};

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const mapKeys = (o: Record<string, unknown>, f: (k: string) => string) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [f(k), v]));
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const WIRE_SCALAR = new Map(Object.entries(SCALAR).map(([k, v]) => [v.wire, { ...v, manifest: k }]));
const WIRE_EITHER = new Map(
  Object.entries(SCALAR_OR_OBJECT).map(([k, v]) => [v.wire, { ...v, manifest: k }]),
);
const WIRE_OBJECT = new Map(Object.entries(OBJECT).map(([k, v]) => [v, k]));

const same = (x: string) => x;

/** The wire form of a rule; `groupId` maps a `group` selector's name to what the API gets (default: as is). */
export function ruleToWire(rule: AccessRule, groupId: (name: string) => unknown = same): PolicyRule {
  const [key, value] = Object.entries(rule)[0] ?? [];
  if (key === undefined) throw new Error('empty rule');
  const scalar = SCALAR[key];
  if (scalar) {
    const v = key === 'group' ? groupId(value as string) : value;
    return { [scalar.wire]: scalar.flag ? {} : { [scalar.field as string]: v } } as PolicyRule;
  }
  const either = SCALAR_OR_OBJECT[key];
  if (either) {
    if (isObject(value)) return { [either.wire]: mapKeys(value, snake) } as PolicyRule;
    return { [either.wire]: either.flag ? {} : { [either.field as string]: value } } as PolicyRule;
  }
  const wire = OBJECT[key];
  if (wire) return { [wire]: mapKeys(value as Record<string, unknown>, snake) } as PolicyRule;
  throw new Error(`unknown rule selector ${key}`);
}

/**
 * The manifest form of a wire rule; `groupName` maps a `group` selector's id to a name (default: as is).
 * Unknown selectors are kept under their wire name so they show in diffs.
 */
export function ruleFromWire(rule: PolicyRule, groupName: (id: string) => string = same): AccessRule {
  const [key, value] = Object.entries(rule)[0] ?? [];
  if (key === undefined) return {};
  const v = isObject(value) ? value : {};
  const scalar = WIRE_SCALAR.get(key);
  if (scalar) {
    if (scalar.flag) return { [scalar.manifest]: true };
    const field = v[scalar.field as string];
    return { [scalar.manifest]: key === 'group' && typeof field === 'string' ? groupName(field) : field };
  }
  const either = WIRE_EITHER.get(key);
  if (either) {
    if (v[either.optional] !== undefined) return { [either.manifest]: mapKeys(v, camel) } as AccessRule;
    return { [either.manifest]: either.flag ? true : v[either.field as string] } as AccessRule;
  }
  const manifest = WIRE_OBJECT.get(key);
  if (manifest) return { [manifest]: mapKeys(v, camel) };
  return { [key]: value } as AccessRule;
}

/** The names of the groups a list of manifest rules selects. */
export const groupsOf = (rules: readonly AccessRule[]): string[] =>
  rules.flatMap((r) => (typeof r.group === 'string' ? [r.group] : []));
