/**
 * Access policy evaluation with Cloudflare's semantics (pure). A policy matches when any `include` rule,
 * every `require` rule and no `exclude` rule matches. An application's policies run in two phases: bypass
 * and Service Auth (`non_identity`) first, in precedence order, then Block (`deny`) and Allow in precedence
 * order, which need an identity; the first match decides. No match denies; for an anonymous caller it asks
 * for a login instead, since the identity phase could still let them in.
 */
import { BlockList } from 'node:net';
import type { PolicyRule } from '../../schemas/generated/wire.js';
import type { PolicyRecord } from '../store/repository.js';
import type { AccessContext } from './principal.js';
import { parseIpRange } from './selectors.js';

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
 */
export function ruleMatches(rule: PolicyRule, ctx: AccessContext, inExclude = false): boolean {
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
      case 'group':
        return !!user && user.groups.includes(String(value.id));
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

export function policyMatches(policy: PolicyRecord, ctx: AccessContext): boolean {
  return (
    policy.include.some((r) => ruleMatches(r, ctx)) &&
    policy.require.every((r) => ruleMatches(r, ctx)) &&
    !policy.exclude.some((r) => ruleMatches(r, ctx, true))
  );
}

const decided = (outcome: Outcome, p: PolicyRecord): Decision => ({
  outcome,
  policy: { id: p.id, name: p.name, decision: p.decision },
  reason: `${p.decision} policy "${p.name}"`,
});

/** Evaluates one application's policies, given in precedence order. */
export function evaluatePolicies(policies: readonly PolicyRecord[], ctx: AccessContext): Decision {
  for (const p of policies) {
    if ((p.decision === 'bypass' || p.decision === 'non_identity') && policyMatches(p, ctx)) {
      return decided('allow', p);
    }
  }
  if (ctx.principal.kind === 'anonymous') return { outcome: 'login', reason: 'sign-in required' };
  if (ctx.principal.kind === 'service') {
    return { outcome: 'deny', reason: 'no Service Auth or Bypass policy matches this service token' };
  }
  for (const p of policies) {
    if (p.decision !== 'allow' && p.decision !== 'deny') continue;
    if (policyMatches(p, ctx)) return decided(p.decision === 'allow' ? 'allow' : 'deny', p);
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
