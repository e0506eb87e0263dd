// Access decisions per application over a real (in-memory) store: an app's allowed_idps turns away users of
// other identity providers, a denial carries the app's custom deny message and URL (identity or not),
// decisions are kept per everything the rules see of the caller, and an Access group's change is seen once
// the snapshot is invalidated.
import { afterAll, describe, expect, it } from 'vitest';
import { LOCAL_IDP_ID } from '../identity/identity-provider.js';
import { createSecretBox } from '../store/crypto.js';
import type { AppRecord, PolicyRecord } from '../store/repository.js';
import { openRepository } from '../store/sqlite-repository.js';
import { AccessControl } from './access-control.js';
import type { AccessContext, Principal } from './principal.js';

const repo = openRepository(':memory:', createSecretBox(Buffer.alloc(32, 7)));
afterAll(() => repo.close());
const T = '2026-01-01T00:00:00.000Z';

const user = (loginMethod = LOCAL_IDP_ID, groups: string[] = ['eng']): AccessContext => ({
  principal: { kind: 'user', userId: 'u', email: 'a@example.com', groups, loginMethod } as Principal,
  ip: '192.0.2.1',
});
const bot: AccessContext = {
  principal: { kind: 'service', tokenId: 't', clientId: 'c', name: 'ci' },
  ip: '192.0.2.1',
};

function policy(id: string, rec: Partial<PolicyRecord>): PolicyRecord {
  const p: PolicyRecord = {
    id,
    name: id,
    decision: 'allow',
    include: [{ group: { id: 'g-eng' } }],
    exclude: [],
    require: [],
    session_duration: '24h',
    created_at: T,
    updated_at: T,
    ...rec,
  };
  repo.policies.insert(p);
  return p;
}

function portalApp(host: string, policies: string[], extra: Partial<AppRecord> = {}): void {
  repo.apps.insert({
    id: host,
    name: host,
    type: 'mcp_portal',
    domain: host,
    aud: host,
    policies: policies.map((id, i) => ({ id, precedence: i + 1 })),
    created_at: T,
    updated_at: T,
    ...extra,
  });
}

repo.groups.insert({
  id: 'g-eng',
  name: 'eng',
  include: [{ oidc: { claim_name: 'groups', claim_value: 'eng', identity_provider_id: LOCAL_IDP_ID } }],
  exclude: [],
  require: [],
  created_at: T,
  updated_at: T,
});
policy('eng', {});
policy('nobody', { include: [{ email: { email: 'nobody@example.com' } }] });
portalApp('plain.test', ['eng']);
portalApp('only-okta.test', ['eng'], { allowed_idps: ['okta-idp'] });
portalApp('local.test', ['eng'], { allowed_idps: [LOCAL_IDP_ID] });
portalApp('custom.test', ['nobody'], {
  custom_deny_message: 'Ask #platform',
  custom_deny_url: 'https://example.com/denied',
  custom_non_identity_deny_url: 'https://example.com/bots',
});
const access = new AccessControl(repo);

describe('AccessControl', () => {
  it.each([
    {
      name: 'group member',
      host: 'plain.test',
      ctx: user(),
      want: 'allow',
      reason: 'the Access group matches',
    },
    {
      name: 'not in group',
      host: 'plain.test',
      ctx: user(LOCAL_IDP_ID, []),
      want: 'deny',
      reason: 'no policy',
    },
    {
      name: 'other IdP only',
      host: 'only-okta.test',
      ctx: user(),
      want: 'deny',
      reason: 'allowed_idps does not list the embedded IdP',
    },
    {
      name: 'local IdP allowed',
      host: 'local.test',
      ctx: user(),
      want: 'allow',
      reason: 'allowed_idps lists it',
    },
  ])('$name', ({ host, ctx, want, reason }) => {
    expect(access.portal(host, ctx).outcome, reason).toBe(want);
  });

  it('puts the custom deny message and the URL for identity or non-identity failures in the reason', () => {
    expect(access.portal('custom.test', user()).reason).toBe('Ask #platform; see https://example.com/denied');
    expect(access.portal('custom.test', bot).reason).toBe('Ask #platform; see https://example.com/bots');
  });

  it("keeps a service token's decision per address and token until invalidate", () => {
    const lab = policy('lab-bots', {
      decision: 'non_identity',
      include: [{ service_token: { token_id: 't' } }],
      require: [{ ip: { ip: '192.0.2.0/24' } }],
    });
    portalApp('svc.test', ['lab-bots']);
    access.invalidate();
    const at = (ip: string, tokenId = 't'): AccessContext => ({
      principal: { kind: 'service', tokenId, clientId: `c-${tokenId}`, name: tokenId },
      ip,
    });
    const outcome = (ctx: AccessContext) => access.portal('svc.test', ctx).outcome;
    expect(outcome(at('192.0.2.1'))).toBe('allow');
    // Another address, another token, and an anonymous caller are decided on their own.
    expect(outcome(at('198.51.100.7'))).toBe('deny');
    expect(outcome(at('192.0.2.1', 't2'))).toBe('deny');
    expect(outcome({ principal: { kind: 'anonymous' }, ip: '192.0.2.1' })).toBe('login');
    expect(outcome(at('192.0.2.1'))).toBe('allow');
    // A policy change is seen once the snapshot is dropped, as the gateway does on every Access write.
    repo.policies.update({ ...lab, require: [] });
    expect(outcome(at('198.51.100.7'))).toBe('deny');
    access.invalidate();
    expect(outcome(at('198.51.100.7'))).toBe('allow');
    expect(outcome(at('192.0.2.1', 't2'))).toBe('deny');
  });

  it("keeps a user's decision per id, sign-in method, email and groups: a changed user is decided again", () => {
    access.invalidate();
    const eng = access.portal('plain.test', user());
    expect(eng.outcome).toBe('allow');
    // The same user as read for the next request: the kept decision, not a new one.
    expect(access.portal('plain.test', user())).toBe(eng);
    // The user's groups were edited (the snapshot of apps and policies is the same): decided again.
    const regrouped = access.portal('plain.test', user(LOCAL_IDP_ID, ['sales']));
    expect(regrouped.outcome).toBe('deny');
    expect(access.portal('plain.test', user(LOCAL_IDP_ID, ['sales', 'eng'])).outcome).toBe('allow');
    const renamed: AccessContext = {
      ...user(),
      principal: { ...(user().principal as Extract<Principal, { kind: 'user' }>), email: 'b@example.com' },
    };
    expect(access.portal('plain.test', renamed)).not.toBe(eng);
    expect(access.portal('plain.test', { ...user(), ip: '198.51.100.7' })).not.toBe(eng);
    expect(access.portal('plain.test', user())).toBe(eng);
  });

  it('sees a changed Access group after invalidate', () => {
    const g = repo.groups.get('g-eng');
    if (!g) throw new Error('fixture missing');
    repo.groups.update({ ...g, include: [{ email: { email: 'someone-else@example.com' } }] });
    expect(access.portal('plain.test', user()).outcome).toBe('allow');
    access.invalidate();
    expect(access.portal('plain.test', user()).outcome).toBe('deny');
  });
});
