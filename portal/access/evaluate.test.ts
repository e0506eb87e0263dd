// Access evaluation with Cloudflare's semantics, as tables of named cases: rule selectors, include (OR) /
// require (AND) / exclude (NOT), the two phases (bypass and Service Auth first, then Block and Allow in
// precedence order), and how several applications combine. Plus the checks applied when a policy is stored.
import { describe, expect, it } from 'vitest';
import type { PolicyRule } from '../../schemas/generated/wire.js';
import type { PolicyRecord } from '../store/repository.js';
import { combine, evaluatePolicies, type Groups, type Outcome, ruleMatches } from './evaluate.js';
import type { AccessContext, Principal } from './principal.js';
import { checkPolicyRules, LOCAL_IDP_ID } from './selectors.js';

const alice: Principal = {
  kind: 'user',
  userId: 'u1',
  email: 'Alice@Example.com',
  groups: ['eng', 'oncall'],
  loginMethod: LOCAL_IDP_ID,
};
const bot: Principal = { kind: 'service', tokenId: 't1', clientId: 'c1.access', name: 'ci' };
const nobody: Principal = { kind: 'anonymous' };
const at = (principal: Principal, ip = '10.1.2.3'): AccessContext => ({ principal, ip });
const idpGroup = (name: string, idp = LOCAL_IDP_ID): PolicyRule => ({
  oidc: { claim_name: 'groups', claim_value: name, identity_provider_id: idp },
});
const group = (
  id: string,
  include: PolicyRule[],
  require: PolicyRule[] = [],
  exclude: PolicyRule[] = [],
) => ({
  id,
  include,
  require,
  exclude,
});
/** Access groups by id: oncall (IdP group), eng-not-alice (exclude), loop-a <-> loop-b (a cycle). */
const groups: Groups = new Map([
  ['g-oncall', group('g-oncall', [idpGroup('oncall')])],
  ['g-office', group('g-office', [{ everyone: {} }], [{ ip: { ip: '10.0.0.0/8' } }])],
  [
    'g-eng-not-alice',
    group('g-eng-not-alice', [idpGroup('eng')], [], [{ email: { email: 'alice@example.com' } }]),
  ],
  ['g-nested', group('g-nested', [{ group: { id: 'g-oncall' } }])],
  ['loop-a', group('loop-a', [{ group: { id: 'loop-b' } }])],
  ['loop-b', group('loop-b', [{ group: { id: 'loop-a' } }])],
]);

let n = 0;
const policy = (
  decision: PolicyRecord['decision'],
  include: PolicyRule[],
  extra: Partial<Pick<PolicyRecord, 'require' | 'exclude'>> = {},
): PolicyRecord => ({
  id: `p${++n}`,
  name: `${decision}-${n}`,
  decision,
  include,
  require: extra.require ?? [],
  exclude: extra.exclude ?? [],
  session_duration: '24h',
  created_at: '',
  updated_at: '',
});

describe('rule selectors', () => {
  const cases: { name: string; reason: string; rule: PolicyRule; ctx: AccessContext; want: boolean }[] = [
    {
      name: 'everyone/anonymous',
      reason: 'everyone matches even without identity',
      rule: { everyone: {} },
      ctx: at(nobody),
      want: true,
    },
    {
      name: 'email/case',
      reason: 'emails compare case-insensitively',
      rule: { email: { email: 'alice@example.COM' } },
      ctx: at(alice),
      want: true,
    },
    {
      name: 'email/other',
      reason: 'another address does not match',
      rule: { email: { email: 'bob@example.com' } },
      ctx: at(alice),
      want: false,
    },
    {
      name: 'email/bot',
      reason: 'a service token has no email',
      rule: { email: { email: 'alice@example.com' } },
      ctx: at(bot),
      want: false,
    },
    {
      name: 'domain',
      reason: 'the domain after @',
      rule: { email_domain: { domain: 'example.com' } },
      ctx: at(alice),
      want: true,
    },
    {
      name: 'domain/suffix',
      reason: 'a parent domain is not the domain',
      rule: { email_domain: { domain: 'ample.com' } },
      ctx: at(alice),
      want: false,
    },
    {
      name: 'oidc/groups',
      reason: "a user's groups are the values of the embedded IdP's groups claim",
      rule: idpGroup('oncall'),
      ctx: at(alice),
      want: true,
    },
    {
      name: 'oidc/other group',
      reason: 'a group the user is not in',
      rule: idpGroup('sales'),
      ctx: at(alice),
      want: false,
    },
    {
      name: 'oidc/other idp',
      reason: 'a claim of another identity provider never matches an embedded-IdP user',
      rule: idpGroup('oncall', 'another-idp'),
      ctx: at(alice),
      want: false,
    },
    {
      name: 'oidc/email claim',
      reason: 'the email claim compares case-insensitively',
      rule: {
        oidc: { claim_name: 'email', claim_value: 'ALICE@example.com', identity_provider_id: LOCAL_IDP_ID },
      },
      ctx: at(alice),
      want: true,
    },
    {
      name: 'oidc/bot',
      reason: 'a service token has no claims',
      rule: idpGroup('oncall'),
      ctx: at(bot),
      want: false,
    },
    {
      name: 'group/user group name',
      reason: 'group ids are Access group ids, never a user group name',
      rule: { group: { id: 'oncall' } },
      ctx: at(alice),
      want: false,
    },
    {
      name: 'group/access group',
      reason: "an Access group's include is evaluated against the user",
      rule: { group: { id: 'g-oncall' } },
      ctx: at(alice),
      want: true,
    },
    {
      name: 'group/require',
      reason: "an Access group's require must hold too",
      rule: { group: { id: 'g-office' } },
      ctx: at(alice, '192.0.2.1'),
      want: false,
    },
    {
      name: 'group/exclude',
      reason: "an Access group's exclude removes a user its include matched",
      rule: { group: { id: 'g-eng-not-alice' } },
      ctx: at(alice),
      want: false,
    },
    {
      name: 'group/nested',
      reason: 'a group may name another group',
      rule: { group: { id: 'g-nested' } },
      ctx: at(alice),
      want: true,
    },
    {
      name: 'group/missing',
      reason: 'a group that does not exist matches nothing',
      rule: { group: { id: 'no-such-group' } },
      ctx: at(alice),
      want: false,
    },
    {
      name: 'group/cycle',
      reason: 'groups naming each other in a cycle match nothing instead of looping',
      rule: { group: { id: 'loop-a' } },
      ctx: at(alice),
      want: false,
    },
    {
      name: 'login method/other',
      reason: 'another identity provider id does not match a user of the embedded one',
      rule: { login_method: { id: 'another-idp' } },
      ctx: at(alice),
      want: false,
    },
    {
      name: 'login method',
      reason: 'users sign in with the local IdP',
      rule: { login_method: { id: LOCAL_IDP_ID } },
      ctx: at(alice),
      want: true,
    },
    {
      name: 'ip/cidr',
      reason: 'an address inside the range',
      rule: { ip: { ip: '10.0.0.0/8' } },
      ctx: at(alice),
      want: true,
    },
    {
      name: 'ip/outside',
      reason: 'an address outside the range',
      rule: { ip: { ip: '192.168.0.0/16' } },
      ctx: at(alice),
      want: false,
    },
    {
      name: 'ip/mapped',
      reason: 'IPv4-mapped IPv6 addresses count as IPv4',
      rule: { ip: { ip: '127.0.0.1' } },
      ctx: at(alice, '::ffff:127.0.0.1'),
      want: true,
    },
    {
      name: 'service token',
      reason: 'the token id matches',
      rule: { service_token: { token_id: 't1' } },
      ctx: at(bot),
      want: true,
    },
    {
      name: 'service token/other',
      reason: 'another token',
      rule: { service_token: { token_id: 't2' } },
      ctx: at(bot),
      want: false,
    },
    {
      name: 'any token/user',
      reason: 'a user is not a service token',
      rule: { any_valid_service_token: {} },
      ctx: at(alice),
      want: false,
    },
    {
      name: 'unknown',
      reason: 'a selector the portal cannot evaluate never matches in include',
      rule: { geo: { country_code: 'GB' } },
      ctx: at(alice),
      want: false,
    },
  ];
  it.each(cases)('$name', ({ rule, ctx, want, reason }) => {
    expect(ruleMatches(rule, ctx, false, groups), reason).toBe(want);
  });

  it('counts an unevaluable selector as matching in exclude (fail closed)', () => {
    expect(ruleMatches({ geo: { country_code: 'GB' } }, at(alice), true)).toBe(true);
  });
});

describe('one application', () => {
  const engineers = policy('allow', [{ email_domain: { domain: 'example.com' } }], {
    require: [idpGroup('eng')],
    exclude: [{ email: { email: 'mallory@example.com' } }],
  });
  const blockOncall = policy('deny', [{ group: { id: 'g-oncall' } }]);
  const ci = policy('non_identity', [{ any_valid_service_token: {} }]);
  const office = policy('bypass', [{ ip: { ip: '10.0.0.0/8' } }]);
  const cases: {
    name: string;
    reason: string;
    policies: PolicyRecord[];
    ctx: AccessContext;
    want: Outcome;
    by?: string;
  }[] = [
    {
      name: 'allow',
      reason: 'include, require and no exclude match',
      policies: [engineers],
      ctx: at(alice),
      want: 'allow',
      by: engineers.name,
    },
    {
      name: 'require fails',
      reason: 'require is AND',
      policies: [engineers],
      ctx: at({ ...alice, groups: [] } as Principal),
      want: 'deny',
    },
    {
      name: 'exclude',
      reason: 'exclude is NOT',
      policies: [engineers],
      ctx: at({ ...alice, email: 'mallory@example.com' } as Principal),
      want: 'deny',
    },
    {
      name: 'first of block/allow wins',
      reason: 'block then allow in precedence order: block decides',
      policies: [blockOncall, engineers],
      ctx: at(alice),
      want: 'deny',
      by: blockOncall.name,
    },
    {
      name: 'allow before block',
      reason: 'allow first in precedence order decides',
      policies: [engineers, blockOncall],
      ctx: at(alice),
      want: 'allow',
      by: engineers.name,
    },
    {
      name: 'service auth first',
      reason: 'Service Auth runs before Block even when listed after it',
      policies: [blockOncall, ci],
      ctx: at(bot),
      want: 'allow',
      by: ci.name,
    },
    {
      name: 'token without service auth',
      reason: 'an Allow policy never admits a service token',
      policies: [policy('allow', [{ everyone: {} }])],
      ctx: at(bot),
      want: 'deny',
    },
    {
      name: 'anonymous needs login',
      reason: 'an identity could still be allowed',
      policies: [engineers],
      ctx: at(nobody),
      want: 'login',
    },
    {
      name: 'bypass',
      reason: 'bypass admits without identity',
      policies: [engineers, office],
      ctx: at(nobody),
      want: 'allow',
      by: office.name,
    },
    {
      name: 'bypass outside',
      reason: 'bypass only where its rules match',
      policies: [office],
      ctx: at(nobody, '192.0.2.1'),
      want: 'login',
    },
    { name: 'no match', reason: 'Access denies by default', policies: [], ctx: at(alice), want: 'deny' },
  ];
  it.each(cases)('$name', ({ policies, ctx, want, by, reason }) => {
    const d = evaluatePolicies(policies, ctx, groups);
    expect(d.outcome, reason).toBe(want);
    if (by) expect(d.policy?.name).toBe(by);
  });
});

describe('several applications', () => {
  const allow = { outcome: 'allow' as const, reason: 'a' };
  const deny = { outcome: 'deny' as const, reason: 'd' };
  const login = { outcome: 'login' as const, reason: 'l' };
  it.each([
    { name: 'all allow', list: [allow, allow], ctx: at(alice), want: 'allow' },
    { name: 'a deny wins', list: [allow, deny, login], ctx: at(alice), want: 'deny' },
    { name: 'login before allow', list: [allow, login], ctx: at(nobody), want: 'login' },
    { name: 'no app, user', list: [], ctx: at(alice), want: 'deny' },
    { name: 'no app, anonymous', list: [], ctx: at(nobody), want: 'login' },
  ])('$name', ({ list, ctx, want }) => {
    expect(combine(list, ctx, 'x').outcome).toBe(want);
  });
});

describe('policy checks on write', () => {
  it.each([
    {
      name: 'unsupported selector',
      body: { decision: 'allow', include: [{ geo: { country_code: 'GB' } }] },
      want: [
        {
          path: ['include', 0, 'geo'],
          message: expect.stringContaining('selector "geo" is not supported by the embedded portal'),
        },
      ],
    },
    {
      name: 'identity selector in bypass',
      body: { decision: 'bypass', include: [{ email: { email: 'a@b.c' } }] },
      want: [
        { path: ['include', 0, 'email'], message: expect.stringContaining('identity selector "email"') },
      ],
    },
    {
      name: 'bad ip',
      body: { decision: 'allow', include: [{ ip: { ip: '10.0.0.0/33' } }] },
      want: [{ path: ['include', 0, 'ip', 'ip'], message: expect.stringContaining('not an IP address') }],
    },
    {
      name: 'several problems at once',
      body: {
        decision: 'allow',
        include: [{ everyone: {} }],
        require: [{ okta: { name: 'x', identity_provider_id: 'y' } }],
        exclude: [{ device_posture: { integration_uid: 'z' } }],
      },
      want: [
        { path: ['exclude', 0, 'device_posture'], message: expect.any(String) },
        { path: ['require', 0, 'okta'], message: expect.any(String) },
      ],
    },
    {
      name: 'all fine',
      body: { decision: 'non_identity', include: [{ any_valid_service_token: {} }, { ip: { ip: '::1' } }] },
      want: [],
    },
  ])('$name', ({ body, want }) => {
    expect(checkPolicyRules(body as never)).toEqual(want);
  });
});
