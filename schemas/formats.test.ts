// The custom formats, as the registry applies them to manifests: every value the API would refuse is refused
// by the schema (so `validate` catches it), and the forms the API accepts pass.
import { describe, expect, it } from 'vitest';
import { validate } from './registry.js';

const policy = (rule: Record<string, unknown>) => ({
  apiVersion: 'mcpportal/v1',
  kind: 'AccessPolicy',
  metadata: { name: 'p' },
  spec: { decision: 'allow', include: [rule] },
});

const cases: { rule: Record<string, unknown>; valid: boolean; reason: string }[] = [
  { rule: { ip: '999.1.1.1/99' }, valid: false, reason: 'no such IPv4 address, prefix over 32' },
  { rule: { ip: '10.0.0.0/33' }, valid: false, reason: 'IPv4 prefix over 32' },
  { rule: { ip: '10.0.0.0/08' }, valid: false, reason: 'a prefix with a leading zero' },
  { rule: { ip: '2001:db8::/129' }, valid: false, reason: 'IPv6 prefix over 128' },
  { rule: { ip: '1.2.3' }, valid: false, reason: 'three octets' },
  { rule: { geo: 'ZZ' }, valid: false, reason: 'not an ISO 3166-1 country' },
  { rule: { emailDomain: 'localhost' }, valid: false, reason: 'a domain has two labels or more' },
  { rule: { emailDomain: 'a..example.com' }, valid: false, reason: 'an empty label' },
  { rule: { email: 'not-an-email' }, valid: false, reason: 'not an email address' },
  { rule: { ip: '10.0.0.0/8' }, valid: true, reason: 'an IPv4 range' },
  { rule: { ip: '2001:db8::/32' }, valid: true, reason: 'an IPv6 range' },
  { rule: { ip: '::1' }, valid: true, reason: 'one IPv6 address' },
  { rule: { ip: '192.0.2.7' }, valid: true, reason: 'one IPv4 address' },
  { rule: { geo: 'DE' }, valid: true, reason: 'a country' },
  { rule: { emailDomain: 'example.co.uk' }, valid: true, reason: 'a domain' },
];

describe('manifest formats', () => {
  it.each(cases)('$rule', ({ rule, valid, reason }) => {
    const r = validate('access-policy.schema.json', policy(rule));
    expect(r.ok, `${reason}: ${JSON.stringify(r)}`).toBe(valid);
    if (!r.ok)
      expect(
        r.errors.some((e) => e.keyword === 'format'),
        reason,
      ).toBe(true);
  });
});
