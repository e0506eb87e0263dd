/**
 * Access policy evaluation with Cloudflare's semantics (pure). A policy matches when any `include` rule,
 * every `require` rule and no `exclude` rule matches. An application's policies run in two phases: bypass
 * and Service Auth (`non_identity`) first, in precedence order, then Block (`deny`) and Allow in precedence
 * order, which need an identity; the first match decides. No match denies; for an anonymous caller it asks
 * for a login instead, since the identity phase could still let them in.
 */
import { BlockList } from 'node:net';
import type { PolicyRule } from '../../schemas/generated/wire.js';
import { claimValues, LOCAL_IDP_ID } from '../identity/identity-provider.js';
import type { GroupRecord, PolicyRecord } from '../store/repository.js';
import type { AccessContext } from './principal.js';
import { parseIpRange } from './selectors.js';

/** The Access groups `{group: {id}}` rules resolve against (by id). */
export type Groups = ReadonlyMap<string, Pick<GroupRecord, 'id' | 'include' | 'exclude' | 'require'>>;
const NO_GROUPS: Groups = new Map();

export type Outcome = 'allow' | 'deny' | 'login';

export interface Decision {
  outcome: Outcome;
  /** The policy that decided (absent when none matched). */
  policy?: { id: string; name: string; decision: PolicyRecord['decision'] };
  /** A short reason for logs and error messages. */
  reason: string;
}

const ipMatchers = new Map<string, BlockList | null>();

function ipMatches(range: string, ip: string): boolean {
  let list = ipMatchers.get(range);
  if (list === undefined) {
    const parsed = parseIpRange(range);
    list = parsed ? new BlockList() : null;
    if (list && parsed) list.addSubnet(parsed.address, parsed.prefix, parsed.family);
    ipMatchers.set(range, list);
  }
  if (!list || !ip) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  const address = mapped ?? ip;
  return list.check(address, address.includes(':') ? 'ipv6' : 'ipv4');
}

/**
 * Whether one rule matches. A selector the portal cannot evaluate (possible only for policies stored before
 * such selectors were refused) matches nothing, except in `exclude`, where it counts as matching: fail closed.
 * `group` resolves an Access group and evaluates its rules (a missing group, or a cycle, matches nothing).
 */
export function ruleMatches(
  rule: PolicyRule,
  ctx: AccessContext,
  inExclude = false,
  groups: Groups = NO_GROUPS,
  visiting: ReadonlySet<string> = new Set(),
): boolean {
  const p = ctx.principal;
  const user = p.kind === 'user' ? p : undefined;
  for (const [selector, raw] of Object.entries(rule)) {
    const value = raw as Record<string, unknown>;
    switch (selector) {
      case 'everyone':
        return true;
      case 'email':
        return !!user && user.email.toLowerCase() === String(value.email).toLowerCase();
      case 'email_domain': {
        const domain = String(value.domain).toLowerCase().replace(/^@/, '');
        return !!user && user.email.toLowerCase().split('@').pop() === domain;
      }
      case 'group': {
        const id = String(value.id);
        const group = groups.get(id);
        if (!group || visiting.has(id)) return false;
        return rulesMatch(group, ctx, groups, new Set([...visiting, id]));
      }
      case 'oidc': {
        if (!user || value.identity_provider_id !== LOCAL_IDP_ID) return false;
        const claim = String(value.claim_name);
        const wanted =
          claim === 'email' ? String(value.claim_value).toLowerCase() : String(value.claim_value);
        return claimValues(user, claim).includes(wanted);
      }
      case 'login_method':
        return !!user && user.loginMethod === String(value.id);
      case 'ip':
        return ipMatches(String(value.ip), ctx.ip);
      case 'service_token':
        return p.kind === 'service' && p.tokenId === String(value.token_id);
      case 'any_valid_service_token':
        return p.kind === 'service';
      default:
        return inExclude;
    }
  }
  return false;
}

/** Any include, every require, no exclude: the test for a policy and for an Access group alike. */
function rulesMatch(
  set: Pick<PolicyRecord, 'include' | 'exclude' | 'require'>,
  ctx: AccessContext,
  groups: Groups,
  visiting: ReadonlySet<string>,
): boolean {
  return (
    set.include.some((r) => ruleMatches(r, ctx, false, groups, visiting)) &&
    set.require.every((r) => ruleMatches(r, ctx, false, groups, visiting)) &&
    !set.exclude.some((r) => ruleMatches(r, ctx, true, groups, visiting))
  );
}

export function policyMatches(policy: PolicyRecord, ctx: AccessContext, groups: Groups = NO_GROUPS): boolean {
  return rulesMatch(policy, ctx, groups, new Set());
}

const decided = (outcome: Outcome, p: PolicyRecord): Decision => ({
  outcome,
  policy: { id: p.id, name: p.name, decision: p.decision },
  reason: `${p.decision} policy "${p.name}"`,
});

/** Evaluates one application's policies, given in precedence order. */
export function evaluatePolicies(
  policies: readonly PolicyRecord[],
  ctx: AccessContext,
  groups: Groups = NO_GROUPS,
): Decision {
  for (const p of policies) {
    if ((p.decision === 'bypass' || p.decision === 'non_identity') && policyMatches(p, ctx, groups)) {
      return decided('allow', p);
    }
  }
  if (ctx.principal.kind === 'anonymous') return { outcome: 'login', reason: 'sign-in required' };
  if (ctx.principal.kind === 'service') {
    return { outcome: 'deny', reason: 'no Service Auth or Bypass policy matches this service token' };
  }
  for (const p of policies) {
    if (p.decision !== 'allow' && p.decision !== 'deny') continue;
    if (policyMatches(p, ctx, groups)) return decided(p.decision === 'allow' ? 'allow' : 'deny', p);
  }
  return { outcome: 'deny', reason: 'no policy allows this user' };
}

/**
 * Combines the decisions of every application covering one target: all must allow. A deny anywhere wins;
 * otherwise a pending login; no application at all denies (after a login, for an anonymous caller).
 */
export function combine(decisions: readonly Decision[], ctx: AccessContext, what: string): Decision {
  if (decisions.length === 0) {
    return ctx.principal.kind === 'anonymous'
      ? { outcome: 'login', reason: 'sign-in required' }
      : { outcome: 'deny', reason: `no Access application protects ${what}` };
  }
  return (
    decisions.find((d) => d.outcome === 'deny') ??
    decisions.find((d) => d.outcome === 'login') ??
    (decisions[0] as Decision)
  );
}
