// The rule mapping against the official SDK: every manifest selector becomes exactly one member of the
// SDK's `AccessRule` union (keys and value shapes are checked by the compiler through `AccessRuleParam`),
// and every wire rule reads back to the manifest form it came from.
import type { AccessRuleParam } from 'cloudflare/resources/zero-trust/access/applications/policies';
import { describe, expect, it } from 'vitest';
import type { AccessRule } from '../../../schemas/generated/manifest.js';
import type { PolicyRule } from '../../../schemas/generated/wire.js';
import { groupsOf, ruleFromWire, ruleToWire, WIRE_KEYS } from './rules.js';

type KeysOf<U> = U extends unknown ? keyof U : never;
/** Every key of the SDK's union: a missing or an extra entry fails to compile. */
const SDK_KEYS: Record<KeysOf<AccessRuleParam>, true> = {
  group: true,
  any_valid_service_token: true,
  auth_context: true,
  auth_method: true,
  azureAD: true,
  certificate: true,
  common_name: true,
  geo: true,
  device_posture: true,
  email_domain: true,
  email_list: true,
  email: true,
  everyone: true,
  external_evaluation: true,
  'github-organization': true,
  gsuite: true,
  login_method: true,
  ip_list: true,
  ip: true,
  okta: true,
  saml: true,
  oidc: true,
  service_token: true,
  linked_app_token: true,
  user_risk_score: true,
  cloudflare_account_member: true,
};

const IDP = '6f1c2f4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f';
const cases: { name: string; manifest: AccessRule; wire: AccessRuleParam }[] = [
  { name: 'email', manifest: { email: 'a@example.com' }, wire: { email: { email: 'a@example.com' } } },
  {
    name: 'emailDomain',
    manifest: { emailDomain: 'example.com' },
    wire: { email_domain: { domain: 'example.com' } },
  },
  { name: 'emailList', manifest: { emailList: 'l1' }, wire: { email_list: { id: 'l1' } } },
  { name: 'everyone', manifest: { everyone: true }, wire: { everyone: {} } },
  { name: 'group', manifest: { group: 'platform' }, wire: { group: { id: 'platform' } } },
  { name: 'ip', manifest: { ip: '10.0.0.0/8' }, wire: { ip: { ip: '10.0.0.0/8' } } },
  { name: 'ipList', manifest: { ipList: 'l2' }, wire: { ip_list: { id: 'l2' } } },
  { name: 'geo', manifest: { geo: 'US' }, wire: { geo: { country_code: 'US' } } },
  { name: 'loginMethod', manifest: { loginMethod: IDP }, wire: { login_method: { id: IDP } } },
  { name: 'authMethod', manifest: { authMethod: 'mfa' }, wire: { auth_method: { auth_method: 'mfa' } } },
  { name: 'serviceToken', manifest: { serviceToken: 't1' }, wire: { service_token: { token_id: 't1' } } },
  {
    name: 'anyValidServiceToken',
    manifest: { anyValidServiceToken: true },
    wire: { any_valid_service_token: {} },
  },
  { name: 'certificate', manifest: { certificate: true }, wire: { certificate: {} } },
  { name: 'commonName', manifest: { commonName: 'cn' }, wire: { common_name: { common_name: 'cn' } } },
  {
    name: 'devicePosture (uid)',
    manifest: { devicePosture: 'u1' },
    wire: { device_posture: { integration_uid: 'u1' } },
  },
  {
    name: 'devicePosture (another account)',
    manifest: { devicePosture: { integrationUid: 'u1', accountId: 'acc' } },
    wire: { device_posture: { integration_uid: 'u1', account_id: 'acc' } },
  },
  {
    name: 'cloudflareAccountMember (this account)',
    manifest: { cloudflareAccountMember: true },
    wire: { cloudflare_account_member: {} },
  },
  {
    name: 'cloudflareAccountMember (another account)',
    manifest: { cloudflareAccountMember: { accountId: 'acc' } },
    wire: { cloudflare_account_member: { account_id: 'acc' } },
  },
  {
    name: 'linkedAppToken',
    manifest: { linkedAppToken: 'app' },
    wire: { linked_app_token: { app_uid: 'app' } },
  },
  {
    name: 'userRiskScore',
    manifest: { userRiskScore: ['high', 'medium'] },
    wire: { user_risk_score: { user_risk_score: ['high', 'medium'] } },
  },
  {
    name: 'githubOrganization -> github-organization',
    manifest: { githubOrganization: { name: 'acme', team: 'infra', identityProviderId: IDP } },
    wire: { 'github-organization': { name: 'acme', team: 'infra', identity_provider_id: IDP } },
  },
  {
    name: 'gsuite',
    manifest: { gsuite: { email: 'g@example.com', identityProviderId: IDP } },
    wire: { gsuite: { email: 'g@example.com', identity_provider_id: IDP } },
  },
  {
    name: 'azureAd -> azureAD',
    manifest: { azureAd: { id: 'aad', identityProviderId: IDP } },
    wire: { azureAD: { id: 'aad', identity_provider_id: IDP } },
  },
  {
    name: 'okta',
    manifest: { okta: { name: 'eng', identityProviderId: IDP } },
    wire: { okta: { name: 'eng', identity_provider_id: IDP } },
  },
  {
    name: 'saml',
    manifest: { saml: { attributeName: 'dept', attributeValue: 'eng', identityProviderId: IDP } },
    wire: { saml: { attribute_name: 'dept', attribute_value: 'eng', identity_provider_id: IDP } },
  },
  {
    name: 'oidc',
    manifest: { oidc: { claimName: 'groups', claimValue: 'platform', identityProviderId: IDP } },
    wire: { oidc: { claim_name: 'groups', claim_value: 'platform', identity_provider_id: IDP } },
  },
  {
    name: 'authContext',
    manifest: { authContext: { id: 'c1', acId: 'c2', identityProviderId: IDP } },
    wire: { auth_context: { id: 'c1', ac_id: 'c2', identity_provider_id: IDP } },
  },
  {
    name: 'externalEvaluation',
    manifest: { externalEvaluation: { evaluateUrl: 'https://e.example/x', keysUrl: 'https://e.example/k' } },
    wire: { external_evaluation: { evaluate_url: 'https://e.example/x', keys_url: 'https://e.example/k' } },
  },
];

describe('Access rules on the wire are the SDK AccessRule union', () => {
  it.each(cases)('$name: to the wire and back, losslessly', ({ manifest, wire }) => {
    expect(ruleToWire(manifest)).toEqual(wire);
    expect(ruleFromWire(wire as PolicyRule)).toEqual(manifest);
  });

  it('maps every manifest selector of the schema to one SDK key, and covers every SDK key', () => {
    expect(new Set(Object.values(WIRE_KEYS))).toEqual(new Set(Object.keys(SDK_KEYS)));
    const tested = new Set(cases.map((c) => Object.keys(c.manifest)[0]));
    expect(new Set(Object.keys(WIRE_KEYS))).toEqual(tested);
  });

  it('maps group names to ids and back through the given functions', () => {
    const ids: Record<string, string> = { platform: 'uuid-1' };
    const wire = ruleToWire({ group: 'platform' }, (n) => ids[n]);
    expect(wire).toEqual({ group: { id: 'uuid-1' } });
    expect(ruleFromWire(wire, (id) => (id === 'uuid-1' ? 'platform' : id))).toEqual({ group: 'platform' });
    expect(groupsOf([{ group: 'a' }, { everyone: true }, { group: 'b' }])).toEqual(['a', 'b']);
  });

  it('keeps a selector it does not know under its wire key, so it shows in a diff', () => {
    expect(ruleFromWire({ azure_ad: { id: 'x' } } as never)).toEqual({ azure_ad: { id: 'x' } });
  });
});
