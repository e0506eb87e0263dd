/**
 * Address classification for upstream egress, shared by the embedded portal (which refuses connections by
 * it, after DNS resolution) and the reconciler (which warns about server URLs at `validate`). Pure: parses
 * IPv4 in every form `inet_aton` accepts (decimal, octal, hex, 1-4 parts), IPv6 (with embedded IPv4: mapped,
 * compatible, NAT64, 6to4), and names the classes: loopback, link-local, metadata, private, reserved, public.
 */

export type AddressClass = 'loopback' | 'link-local' | 'metadata' | 'private' | 'reserved' | 'public';

/** What each class means, for messages. */
export const CLASS_LABEL: Record<AddressClass, string> = {
  loopback: 'a loopback address',
  'link-local': 'a link-local address',
  metadata: 'a cloud metadata address',
  private: 'a private-network address',
  reserved: 'a multicast or reserved address',
  public: 'a public address',
};

/** An IP address as bytes (4 or 16). */
export interface Ip {
  family: 4 | 6;
  bytes: number[];
}

/** Names of cloud metadata services (GCP, AWS, Azure, Alibaba, Tencent...), lower case, no trailing dot. */
const METADATA_NAMES = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.azure.com',
  'metadata.tencentyun.com',
  'metadata.packet.net',
]);

/** The characters of every IPv4 form `parseIpv4` reads (hex digits, `x`, dots). */
const IPV4_CHARS = /^[0-9a-fx.]+$/i;

const cidr = (text: string): { ip: Ip; prefix: number } => {
  const [addr, bits] = text.split('/');
  const ip = parseIp(addr ?? '');
  if (!ip) throw new Error(`bad built-in CIDR ${text}`);
  return { ip, prefix: Number(bits ?? (ip.family === 4 ? 32 : 128)) };
};

/** Cloud metadata endpoints: AWS/GCP/Azure/OpenStack IMDS, ECS task metadata, AWS IPv6 IMDS, Alibaba, Oracle, Azure wire server. */
const METADATA = [
  '169.254.169.254/32',
  '169.254.169.253/32',
  '169.254.170.2/32',
  '169.254.170.23/32',
  'fd00:ec2::254/128',
  'fd00:ec2::23/128',
  '100.100.100.200/32',
  '192.0.0.192/32',
  '168.63.129.16/32',
].map(cidr);
const LOOPBACK = ['127.0.0.0/8', '0.0.0.0/8', '::1/128', '::/128'].map(cidr);
const LINK_LOCAL = ['169.254.0.0/16', 'fe80::/10'].map(cidr);
const PRIVATE = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  'fc00::/7',
  'fec0::/10',
].map(cidr);
const RESERVED = ['224.0.0.0/4', '240.0.0.0/4', 'ff00::/8'].map(cidr);

/** Parses an IPv4 address the way `inet_aton` does (`2852039166`, `0251.0376.0251.0376`, `0xa9.254.43518`). */
export function parseIpv4(text: string): Ip | undefined {
  // Every form is hex digits, `x` and dots: a host name (most hosts) is refused without splitting it.
  if (!IPV4_CHARS.test(text)) return undefined;
  const parts = text.split('.');
  if (parts.length > 4 || parts.some((p) => p === '')) return undefined;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0x[0-9a-f]*$/i.test(p)) n = p.length === 2 ? 0 : Number.parseInt(p.slice(2), 16);
    else if (/^0[0-7]+$/.test(p)) n = Number.parseInt(p, 8);
    else if (/^(0|[1-9][0-9]*)$/.test(p)) n = Number(p);
    else return undefined;
    if (!Number.isFinite(n)) return undefined;
    nums.push(n);
  }
  const last = nums.pop() as number;
  if (nums.some((n) => n > 255) || last >= 256 ** (4 - nums.length)) return undefined;
  const bytes = [...nums];
  for (let i = 3 - nums.length; i >= 0; i--) bytes.push(Math.floor(last / 256 ** i) % 256);
  return { family: 4, bytes };
}

/** Parses an IPv6 address (brackets and a zone id allowed); a trailing dotted quad is read too. */
export function parseIpv6(text: string): Ip | undefined {
  let s = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  s = s.replace(/%.*$/, '');
  if (!s.includes(':')) return undefined;
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    const v4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(s.slice(lastColon + 1))
      ? parseIpv4(s.slice(lastColon + 1))
      : undefined;
    if (!v4) return undefined;
    tail = v4.bytes;
    s = `${s.slice(0, lastColon + 1)}0:0`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const group = (h: string) => (h === '' ? [] : h.split(':'));
  const head = group(halves[0] ?? '');
  const rest = halves.length === 2 ? group(halves[1] ?? '') : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...Array<string>(Math.max(missing, 0)).fill('0'), ...rest];
  const bytes: number[] = [];
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
    const n = Number.parseInt(g, 16);
    bytes.push(n >> 8, n & 0xff);
  }
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return { family: 6, bytes };
}

export function parseIp(text: string): Ip | undefined {
  return text.includes(':') ? parseIpv6(text) : parseIpv4(text);
}

/** Whether `ip` lies in `net/prefix` (same family only). */
export function inCidr(ip: Ip, net: Ip, prefix: number): boolean {
  if (ip.family !== net.family) return false;
  for (let bit = 0; bit < prefix; bit++) {
    const i = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if (((ip.bytes[i] ?? 0) & mask) !== ((net.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** Parses `10.0.0.0/8` or `fd00::/8` (a bare address is a single-address range); undefined when invalid. */
export function parseCidr(text: string): { ip: Ip; prefix: number } | undefined {
  const [addr, bits, extra] = text.trim().split('/');
  if (extra !== undefined || addr === undefined) return undefined;
  const ip = addr.includes(':')
    ? parseIpv6(addr)
    : /^\d{1,3}(\.\d{1,3}){3}$/.test(addr)
      ? parseIpv4(addr)
      : undefined;
  if (!ip) return undefined;
  const max = ip.family === 4 ? 32 : 128;
  if (bits === undefined) return { ip, prefix: max };
  if (!/^\d{1,3}$/.test(bits) || Number(bits) > max) return undefined;
  return { ip, prefix: Number(bits) };
}

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`). */
export function embeddedIpv4(ip: Ip): Ip | undefined {
  if (ip.family !== 6) return undefined;
  const b = ip.bytes;
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return { family: 4, bytes: b.slice(12) };
  if (zeros(0, 12) && !zeros(12, 14)) return { family: 4, bytes: b.slice(12) };
  if (b[0] === 0 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12))
    return { family: 4, bytes: b.slice(12) };
  if (b[0] === 0x20 && b[1] === 0x02) return { family: 4, bytes: b.slice(2, 6) };
  return undefined;
}

/** The class of an IP address; an IPv6 address carrying an IPv4 one is classed by the IPv4 one. */
export function classifyIp(ip: Ip): AddressClass {
  const v4 = embeddedIpv4(ip);
  if (v4) return classifyIp(v4);
  const within = (list: { ip: Ip; prefix: number }[]) => list.some((n) => inCidr(ip, n.ip, n.prefix));
  if (within(METADATA)) return 'metadata';
  if (within(LOOPBACK)) return 'loopback';
  if (within(LINK_LOCAL)) return 'link-local';
  if (within(PRIVATE)) return 'private';
  if (within(RESERVED)) return 'reserved';
  return 'public';
}

/**
 * The class of a URL's host without DNS: an IP literal in any form, a metadata service name, or
 * `localhost`; undefined for any other name (only its resolved addresses can tell).
 */
export function classifyHost(host: string): AddressClass | undefined {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (METADATA_NAMES.has(name)) return 'metadata';
  if (name === 'localhost' || name.endsWith('.localhost')) return 'loopback';
  const ip = parseIp(name);
  return ip ? classifyIp(ip) : undefined;
}

/** The classes the embedded portal refuses by default. */
export const DEFAULT_DENIED: readonly AddressClass[] = ['link-local', 'metadata', 'reserved'];

/** A URL's host class if it is one the default egress policy refuses; undefined otherwise (or unparsable). */
export function deniedByDefault(url: string): { host: string; class: AddressClass } | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  const c = classifyHost(host);
  return c && DEFAULT_DENIED.includes(c) ? { host, class: c } : undefined;
}
