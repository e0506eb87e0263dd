/**
 * Which `Host` names the data plane answers (DNS rebinding defence): a page on `evil.example` whose name
 * is made to resolve to 127.0.0.1 reaches the listener with `Host: evil.example`, so only names the
 * operator chose are served: each portal's own hostname, the listener's loopback names (`localhost`,
 * `127.0.0.1`, `::1`) and its own addresses, and the names given with `--allowed-host` (`*`: any Host).
 */
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

const LOOPBACK = ['localhost', '127.0.0.1', '::1'];
const WILDCARD_ADDRESSES = new Set(['0.0.0.0', '::', '']);

/** `Host` (or `X-Forwarded-Host`) without port or IPv6 brackets, lower-cased, trailing dot dropped. */
export function hostnameOf(host: string): string {
  const name = host.startsWith('[') ? host.replace(/^\[([^\]]*)\](:\d*)?$/, '$1') : host.replace(/:\d*$/, '');
  return name.toLowerCase().replace(/\.$/, '');
}

const DNS_NAME =
  /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

/** Checks one `--allowed-host` value (a host name, an IP address, or `*`; no port) and normalises it. */
export function parseAllowedHost(value: string): string {
  const v = value.trim().toLowerCase().replace(/\.$/, '');
  if (v === '*') return v;
  const bare = v.startsWith('[') && v.endsWith(']') ? v.slice(1, -1) : v;
  if (isIP(bare) !== 0 || DNS_NAME.test(bare)) return bare;
  throw new Error(
    `invalid allowed host "${value}": expected a host name like portal.internal, an IP address, or * (no port)`,
  );
}

export class AllowedHosts {
  private readonly names = new Set<string>(LOOPBACK);
  readonly any: boolean;

  /** `extra`: names from `--allowed-host` (already checked with `parseAllowedHost`). */
  constructor(extra: readonly string[] = []) {
    for (const name of extra) this.names.add(hostnameOf(name));
    this.any = this.names.has('*');
  }

  /**
   * Adds the listener's own address; a wildcard (`0.0.0.0`, `::`) adds every address of this machine's
   * interfaces, which is what such a listener answers on.
   */
  addListener(address: string): void {
    if (!WILDCARD_ADDRESSES.has(address)) {
      this.names.add(hostnameOf(address));
      return;
    }
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? []) this.names.add(a.address.toLowerCase().replace(/%.*$/, ''));
    }
  }

  /** Whether a request addressed to `host` may be served for a portal whose hostname is `portalHost`. */
  allows(host: string, portalHost?: string): boolean {
    if (this.any) return true;
    const name = hostnameOf(host);
    return this.names.has(name) || (portalHost !== undefined && name === portalHost.toLowerCase());
  }
}
