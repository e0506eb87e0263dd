/**
 * The embedded portal's egress policy for upstream connections: which address classes are refused (by
 * default link-local, cloud metadata and multicast/reserved; optionally private ranges and loopback), with
 * CIDR exceptions. Enforced in the socket connector after DNS resolution, on the very addresses the socket
 * then connects to (the lookup result is pinned: no rebinding between the check and the connect).
 */
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { buildConnector } from 'undici';
import {
  type AddressClass,
  CLASS_LABEL,
  classifyHost,
  classifyIp,
  DEFAULT_DENIED,
  type Ip,
  inCidr,
  parseCidr,
  parseIp,
} from '../../schemas/egress.js';

export interface EgressPolicy {
  /** Address classes refused (`public` is never refused). */
  deny: ReadonlySet<AddressClass>;
  /** Ranges allowed even when their class is refused. */
  allow: readonly { ip: Ip; prefix: number }[];
}

export interface EgressOptions {
  /** Also refuse private ranges (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7). */
  denyPrivate?: boolean;
  /** Also refuse loopback (127/8, ::1, 0.0.0.0/8). */
  denyLoopback?: boolean;
  /** CIDRs (or single addresses) allowed whatever their class, e.g. `10.1.2.0/24`. */
  allow?: readonly string[];
}

/** Builds a policy; throws a plain Error naming the first invalid CIDR. */
export function egressPolicy(opts: EgressOptions = {}): EgressPolicy {
  const deny = new Set<AddressClass>(DEFAULT_DENIED);
  if (opts.denyPrivate) deny.add('private');
  if (opts.denyLoopback) deny.add('loopback');
  const allow = (opts.allow ?? []).map((text) => {
    const range = parseCidr(text);
    if (!range) throw new Error(`invalid egress allow range "${text}": expected an IP address or CIDR`);
    return range;
  });
  return { deny, allow };
}

export const DEFAULT_EGRESS: EgressPolicy = egressPolicy();

/** A connection the egress policy refused; `code` lets the sync's classifier find it in a cause chain. */
export class EgressRefusedError extends Error {
  override readonly name = 'EgressRefusedError';
  readonly code = 'EGRESS_REFUSED';
  constructor(
    readonly host: string,
    readonly address: string | undefined,
    readonly addressClass: AddressClass,
  ) {
    const via = address && address !== host ? ` (resolves to ${address})` : '';
    super(`${host}${via} is ${CLASS_LABEL[addressClass]}, refused by the portal's egress policy`);
  }
}

/** The refusal for connecting to `address` (reached by the name `host`), or undefined when allowed. */
export function refusal(policy: EgressPolicy, host: string, address: string): EgressRefusedError | undefined {
  const ip = parseIp(address);
  if (!ip) return new EgressRefusedError(host, address, 'reserved');
  if (policy.allow.some((r) => inCidr(ip, r.ip, r.prefix))) return undefined;
  const c = classifyIp(ip);
  return policy.deny.has(c) ? new EgressRefusedError(host, address, c) : undefined;
}

/** A refusal decided by the name alone (metadata service names), before any DNS query. */
function nameRefusal(policy: EgressPolicy, host: string): EgressRefusedError | undefined {
  if (isIP(host)) return refusal(policy, host, host);
  const c = classifyHost(host);
  return c === 'metadata' && policy.deny.has(c) ? new EgressRefusedError(host, undefined, c) : undefined;
}

type Resolve = (
  host: string,
  opts: LookupAllOptions,
  cb: (err: Error | null, all: LookupAddress[]) => void,
) => void;

/**
 * A `net.connect` lookup that resolves every address of `host`, refuses the connection if any of them is
 * refused (a name that also points at a metadata address is not trusted), and hands the socket exactly
 * the addresses it checked.
 */
export function egressLookup(policy: EgressPolicy, resolve: Resolve = dnsLookup): LookupFunction {
  return (host, options, callback) => {
    const refused = nameRefusal(policy, host);
    if (refused) {
      callback(refused, '', 0);
      return;
    }
    resolve(host, { ...options, all: true }, (err, all) => {
      if (err) {
        callback(err, '', 0);
        return;
      }
      for (const a of all) {
        const r = refusal(policy, host, a.address);
        if (r) {
          callback(r, '', 0);
          return;
        }
      }
      if (options.all) (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, all);
      else {
        const first = all[0];
        if (!first)
          callback(Object.assign(new Error(`no address for ${host}`), { code: 'ENOTFOUND' }), '', 0);
        else callback(null, first.address, first.family);
      }
    });
  };
}

/**
 * An undici connector enforcing `policy`: IP-literal hosts (which `net.connect` does not look up) are
 * checked here, names through `egressLookup`.
 */
export function egressConnector(
  policy: EgressPolicy,
  opts: { timeout: number; resolve?: Resolve },
): buildConnector.connector {
  const base = buildConnector({ timeout: opts.timeout, lookup: egressLookup(policy, opts.resolve) });
  return (options, callback) => {
    const refused = isIP(options.hostname) ? refusal(policy, options.hostname, options.hostname) : undefined;
    if (refused) {
      callback(refused, null);
      return;
    }
    return base(options, callback);
  };
}
