// Address classification for the egress policy: every spelling of the metadata address (decimal, octal,
// hex, short forms, IPv4-mapped/compatible/NAT64/6to4 IPv6), link-local, loopback, private and public
// addresses, metadata names, CIDR parsing, and the `validate` shortcut on URLs.
import { describe, expect, it } from 'vitest';
import { classifyHost, deniedByDefault, parseCidr, parseIp } from './egress.js';

const hosts: { name: string; host: string; want: ReturnType<typeof classifyHost>; reason: string }[] = [
  { name: 'metadata dotted', host: '169.254.169.254', want: 'metadata', reason: 'the AWS/GCP/Azure IMDS' },
  { name: 'metadata decimal', host: '2852039166', want: 'metadata', reason: 'one 32-bit number' },
  { name: 'metadata octal', host: '0251.0376.0251.0376', want: 'metadata', reason: 'octal parts' },
  { name: 'metadata hex', host: '0xa9fea9fe', want: 'metadata', reason: 'one hex number' },
  { name: 'metadata 2 parts', host: '169.16689662', want: 'metadata', reason: 'a.b form, b is 24 bits' },
  { name: 'metadata 3 parts hex', host: '0xa9.0xfe.43518', want: 'metadata', reason: 'a.b.c form' },
  { name: 'mapped', host: '[::ffff:169.254.169.254]', want: 'metadata', reason: 'IPv4-mapped IPv6' },
  { name: 'mapped hex', host: '[::ffff:a9fe:a9fe]', want: 'metadata', reason: 'what URL normalises it to' },
  { name: 'compatible', host: '::169.254.169.254', want: 'metadata', reason: 'IPv4-compatible IPv6' },
  { name: 'nat64', host: '64:ff9b::a9fe:a9fe', want: 'metadata', reason: 'NAT64 prefix' },
  { name: '6to4', host: '2002:a9fe:a9fe::1', want: 'metadata', reason: '6to4 embeds the IPv4 address' },
  { name: 'aws ipv6 imds', host: '[fd00:ec2::254]', want: 'metadata', reason: 'AWS IMDS over IPv6' },
  { name: 'ecs', host: '169.254.170.2', want: 'metadata', reason: 'ECS task metadata' },
  { name: 'alibaba', host: '100.100.100.200', want: 'metadata', reason: 'Alibaba Cloud metadata' },
  { name: 'gcp name', host: 'metadata.google.internal.', want: 'metadata', reason: 'by name, trailing dot' },
  { name: 'link-local v4', host: '169.254.1.1', want: 'link-local', reason: '169.254/16' },
  { name: 'link-local v6', host: '[fe80::1%25eth0]', want: 'link-local', reason: 'fe80::/10 with a zone' },
  { name: 'loopback', host: '127.0.0.1', want: 'loopback', reason: '127/8' },
  { name: 'loopback short', host: '127.1', want: 'loopback', reason: 'inet_aton short form' },
  { name: 'zero', host: '0.0.0.0', want: 'loopback', reason: 'connecting to 0.0.0.0 reaches this host' },
  { name: 'v6 loopback', host: '[::1]', want: 'loopback', reason: '::1' },
  { name: 'localhost', host: 'LocalHost', want: 'loopback', reason: 'the name, any case' },
  { name: 'private 10', host: '10.1.2.3', want: 'private', reason: 'RFC 1918' },
  { name: 'private 172', host: '172.31.255.255', want: 'private', reason: '172.16/12' },
  { name: 'cgnat', host: '100.64.0.1', want: 'private', reason: 'carrier-grade NAT' },
  { name: 'ula', host: 'fd12::1', want: 'private', reason: 'fc00::/7' },
  { name: 'multicast', host: '224.0.0.1', want: 'reserved', reason: 'multicast' },
  { name: 'public', host: '1.1.1.1', want: 'public', reason: 'an ordinary address' },
  { name: 'public 172.32', host: '172.32.0.1', want: 'public', reason: 'just outside 172.16/12' },
  { name: 'name', host: 'example.com', want: undefined, reason: 'only DNS can tell' },
  { name: 'too big', host: '4294967296', want: undefined, reason: 'not an address: a (numeric) name' },
  { name: 'bad octal', host: '0258.1.1.1', want: undefined, reason: '8 is not an octal digit' },
];

describe('classifyHost', () => {
  it.each(hosts)('$name', ({ host, want, reason }) => {
    expect(classifyHost(host), reason).toBe(want);
  });

  it('agrees with what the URL parser makes of each spelling', () => {
    for (const raw of [
      'http://2852039166/',
      'http://0251.0376.0251.0376/',
      'http://[::ffff:169.254.169.254]/',
    ]) {
      expect(classifyHost(new URL(raw).hostname), raw).toBe('metadata');
    }
  });
});

describe('parseCidr', () => {
  it.each([
    ['10.1.2.0/24', true],
    ['fd00::/8', true],
    ['127.0.0.1', true],
    ['10.0.0.0/33', false],
    ['999.1.1.1/8', false],
    ['10.1/8', false],
    ['fe80::/129', false],
    ['', false],
  ])('%s -> %s', (text, valid) => {
    expect(parseCidr(text) !== undefined).toBe(valid);
  });

  it('reads IPv6 with a dotted tail', () => {
    expect(parseIp('::ffff:1.2.3.4')?.bytes.slice(10)).toEqual([0xff, 0xff, 1, 2, 3, 4]);
  });
});

describe('deniedByDefault', () => {
  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'metadata'],
    ['http://0xa9fea9fe/', 'metadata'],
    ['http://metadata.google.internal/computeMetadata/v1/', 'metadata'],
    ['http://[fe80::1]:8080/mcp', 'link-local'],
  ])('%s is refused (%s)', (url, cls) => {
    expect(deniedByDefault(url)?.class).toBe(cls);
  });

  it.each([
    'http://127.0.0.1:3000/mcp',
    'http://localhost/mcp',
    'http://10.0.0.5/mcp',
    'https://mcp.example.com/mcp',
    'not a url',
  ])('%s is not', (url) => {
    expect(deniedByDefault(url)).toBeUndefined();
  });
});
