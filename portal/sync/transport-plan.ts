/**
 * Transport detection as Cloudflare documents it: which (transport, URL) attempts to make, in order, for
 * an upstream URL. A path ending `/mcp` gets Streamable HTTP only, `/sse` gets SSE only, anything else
 * four attempts; the caller moves to the next attempt only on HTTP 404, 405 or 406. Pure.
 */

export type TransportKind = 'streamable-http' | 'sse';

export interface TransportAttempt {
  transport: TransportKind;
  url: URL;
}

/** HTTP statuses that mean "no MCP endpoint of this kind here": try the next attempt. */
export const FALL_THROUGH_STATUSES: ReadonlySet<number> = new Set([404, 405, 406]);

/** The attempts for `url`, in order. Trailing slashes are ignored when matching the suffix. */
export function transportPlan(url: URL): TransportAttempt[] {
  const path = url.pathname.replace(/\/+$/, '');
  if (path.endsWith('/mcp')) return [{ transport: 'streamable-http', url }];
  if (path.endsWith('/sse')) return [{ transport: 'sse', url }];
  return [
    { transport: 'streamable-http', url },
    { transport: 'sse', url },
    { transport: 'streamable-http', url: withPathSuffix(url, '/mcp') },
    { transport: 'sse', url: withPathSuffix(url, '/sse') },
  ];
}

/** `url` with `suffix` appended to its path (query kept, fragment dropped). */
function withPathSuffix(url: URL, suffix: string): URL {
  const next = new URL(url.href);
  next.hash = '';
  next.pathname = `${url.pathname.replace(/\/+$/, '')}${suffix}`;
  return next;
}

/** The URL as it may appear in messages: no userinfo, query or fragment (they can carry secrets). */
export function displayUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}
