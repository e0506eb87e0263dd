// The last-applied record format: names round-trip whatever characters they hold, digests do not depend on
// key order, another owner's records and ownership tags are told apart, and the origin truth table.
import { describe, expect, it } from 'vitest';
import type { Desired, Observed } from './kinds/model.js';
import {
  driftOrigin,
  ledgerTag,
  liveDigest,
  manifestDigest,
  otherOwnersOf,
  ownerOfTag,
  parseLedgerTag,
  readLedger,
  recordOf,
} from './ledger.js';

const desired = (spec: Record<string, unknown>) =>
  ({ kind: 'AccessPolicy', name: 'p', spec }) as unknown as Desired;
const observed = (spec: Record<string, unknown>, extra: Partial<Observed> = {}) =>
  ({ kind: 'AccessPolicy', name: 'p', id: 'x', spec, owned: true, ...extra }) as unknown as Observed;

describe('ledger', () => {
  it('round-trips names with spaces, colons, @ and non-ASCII characters', () => {
    for (const name of ['docs', 'Block contractors', 'a:b@c/d', 'équipe 🚀']) {
      const tag = ledgerTag('team-a', 'AccessPolicy', name, '0123456789ab', 'ba9876543210');
      expect(parseLedgerTag(tag)).toEqual({
        tag,
        owner: 'team-a',
        kind: 'AccessPolicy',
        name,
        manifest: '0123456789ab',
        live: 'ba9876543210',
      });
    }
  });

  it('is not fooled by ownership tags or other tags', () => {
    expect(parseLedgerTag('mcp-portals:default')).toBeUndefined();
    expect(parseLedgerTag('engineers')).toBeUndefined();
    expect(parseLedgerTag('mcp-portals:a:McpServer/docs@xyz.abc')).toBeUndefined();
    expect(ownerOfTag('mcp-portals:team-b')).toBe('team-b');
    expect(ownerOfTag('mcp-portals:team-b:McpServer/docs@0123456789ab.0123456789ab')).toBeUndefined();
  });

  it('digests specs whatever the order of their keys, and leaves out fields the API does not reveal', () => {
    expect(manifestDigest(desired({ a: 1, b: { c: [1, 2], d: 'x' } }))).toBe(
      manifestDigest(desired({ b: { d: 'x', c: [1, 2] }, a: 1 })),
    );
    expect(manifestDigest(desired({ a: [1, 2] }))).not.toBe(manifestDigest(desired({ a: [2, 1] })));
    expect(liveDigest(observed({ a: 1, credentials: { form: 'token' } }, { assumed: ['credentials'] }))).toBe(
      liveDigest(observed({ a: 1 })),
    );
  });

  it('reads one record per owner and object, and names the other owners', () => {
    const tags = [
      ledgerTag('a', 'McpServer', 'docs', '000000000000', '111111111111'),
      ledgerTag('a', 'McpServer', 'docs', '222222222222', '333333333333'),
      ledgerTag('b', 'McpServer', 'docs', '444444444444', '555555555555'),
      'mcp-portals:a',
    ];
    const ledger = readLedger(tags);
    expect(recordOf(ledger, 'a', 'McpServer', 'docs')?.manifest).toBe('000000000000');
    expect(otherOwnersOf(ledger, 'a', 'McpServer', 'docs')).toEqual(['b']);
    expect(recordOf(ledger, 'c', 'McpServer', 'docs')).toBeUndefined();
  });

  it('tells pending, drift and both apart from the two digests', () => {
    const d = desired({ v: 1 });
    const o = observed({ v: 1 });
    const rec = parseLedgerTag(ledgerTag('a', 'AccessPolicy', 'p', manifestDigest(d), liveDigest(o)));
    expect(driftOrigin(undefined, d, o)).toBe('unknown');
    expect(driftOrigin(rec, desired({ v: 2 }), o)).toBe('pending');
    expect(driftOrigin(rec, d, observed({ v: 3 }))).toBe('drift');
    expect(driftOrigin(rec, desired({ v: 2 }), observed({ v: 3 }))).toBe('both');
    // A credential written outside the manifests changes the live digest through the published fingerprint.
    const withCred = observed({ v: 1 }, { facts: { credentialsFingerprint: 'f1' } as Observed['facts'] });
    const rec2 = parseLedgerTag(ledgerTag('a', 'AccessPolicy', 'p', manifestDigest(d), liveDigest(withCred)));
    const rewritten = observed({ v: 1 }, { facts: { credentialsFingerprint: 'f2' } as Observed['facts'] });
    expect(driftOrigin(rec2, d, rewritten)).toBe('drift');
  });
});
