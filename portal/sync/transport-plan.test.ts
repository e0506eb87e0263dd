// Transport detection order, as Cloudflare documents it, for each shape of upstream URL.
import { describe, expect, it } from 'vitest';
import { displayUrl, transportPlan } from './transport-plan.js';

const cases: { name: string; reason: string; url: string; want: string[] }[] = [
  {
    name: 'ends with /mcp',
    reason: 'a /mcp URL is Streamable HTTP only',
    url: 'https://up.example/v1/mcp',
    want: ['streamable-http https://up.example/v1/mcp'],
  },
  {
    name: 'ends with /mcp/',
    reason: 'a trailing slash does not change the suffix',
    url: 'https://up.example/mcp/',
    want: ['streamable-http https://up.example/mcp/'],
  },
  {
    name: 'ends with /sse',
    reason: 'a /sse URL is SSE only',
    url: 'http://127.0.0.1:9/sse',
    want: ['sse http://127.0.0.1:9/sse'],
  },
  {
    name: 'bare origin',
    reason: 'other URLs try both transports on the URL, then on /mcp and /sse',
    url: 'https://up.example',
    want: [
      'streamable-http https://up.example/',
      'sse https://up.example/',
      'streamable-http https://up.example/mcp',
      'sse https://up.example/sse',
    ],
  },
  {
    name: 'other path with query',
    reason: 'suffixes go on the path; the query is kept, the fragment dropped',
    url: 'https://up.example/api/?tenant=a#x',
    want: [
      'streamable-http https://up.example/api/?tenant=a#x',
      'sse https://up.example/api/?tenant=a#x',
      'streamable-http https://up.example/api/mcp?tenant=a',
      'sse https://up.example/api/sse?tenant=a',
    ],
  },
  {
    name: 'mcp inside a longer segment',
    reason: 'only a whole /mcp segment counts',
    url: 'https://up.example/my-mcp',
    want: [
      'streamable-http https://up.example/my-mcp',
      'sse https://up.example/my-mcp',
      'streamable-http https://up.example/my-mcp/mcp',
      'sse https://up.example/my-mcp/sse',
    ],
  },
];

describe('transportPlan', () => {
  it.each(cases)('$name', ({ reason, url, want }) => {
    const got = transportPlan(new URL(url)).map((a) => `${a.transport} ${a.url.href}`);
    expect(got, reason).toEqual(want);
  });
});

describe('displayUrl', () => {
  it('drops userinfo, query and fragment, which may carry secrets', () => {
    expect(displayUrl(new URL('https://u:p4ss@up.example:8443/mcp?key=k#f'))).toBe(
      'https://up.example:8443/mcp',
    );
  });
});
