// The last-applied record format: names round-trip whatever characters they hold, digests do not depend on
// key order, another owner's records and ownership tags are told apart, and the origin truth table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Desired, Observed } from './kinds/model.js';
import {
  canonical,
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

/** The canonical form as first defined: digests in existing ledgers were made from exactly this text. */
function firstCanonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(firstCanonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${firstCanonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

describe('ledger', () => {
  it('writes every value exactly as the first canonical form did (existing digests stay valid)', () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.string(),
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.constant(undefined),
      ),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node')),
        fc.dictionary(fc.string(), tie('node')),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(canonical(v)).toBe(firstCanonical(v));
      }),
      { numRuns: 2000 },
    );
    expect(canonical({ b: 1, a: [undefined, { d: undefined, c: 'x' }], ä: 2, Z: 3 })).toBe(
      '{"Z":3,"a":[null,{"c":"x"}],"b":1,"ä":2}',
    );
  });

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
