/**
 * The redirect rule of every upstream request: credentials only go to the configured origin. The fetch
 * under the MCP transports never follows a redirect itself; a caller asking for `manual` (the SDK, which
 * then follows within the origin) gets the 3xx as is, and any other caller gets redirects followed only
 * within the origin (or its https form on the same host); a redirect elsewhere is returned unfollowed.
 */

type FetchLike = (url: string | URL, init?: RequestInit) => Promise<Response>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/** Whether `to` is `from`'s origin, or its https form with both on default ports (what the SDK accepts too). */
export function sameOrigin(from: URL, to: URL): boolean {
  if (to.username || to.password) return false;
  if (from.protocol === to.protocol && from.hostname === to.hostname && from.port === to.port) return true;
  return (
    from.hostname === to.hostname &&
    from.protocol === 'http:' &&
    to.protocol === 'https:' &&
    from.port === '' &&
    to.port === ''
  );
}

/**
 * Wraps a fetch that must be called with `redirect: 'manual'` (it never follows) so that no redirect ever
 * leaves the origin of the request's URL.
 */
export function withinOrigin(manualFetch: FetchLike): FetchLike {
  return async (url, init = {}) => {
    const asked = init.redirect;
    let response = await manualFetch(url, { ...init, redirect: 'manual' });
    if (asked === 'manual' || asked === 'error') return response;
    const origin = new URL(String(url));
    let current = origin;
    for (let hops = 0; hops < MAX_REDIRECTS && REDIRECTS.has(response.status); hops++) {
      const location = response.headers.get('location');
      let target: URL;
      try {
        if (!location) return response;
        target = new URL(location, current);
      } catch {
        return response;
      }
      const keepsMethod =
        response.status === 307 || response.status === 308 || (init.method ?? 'GET').toUpperCase() === 'GET';
      if (!keepsMethod || !sameOrigin(origin, target)) return response;
      await response.body?.cancel().catch(() => undefined);
      current = target;
      response = await manualFetch(target, { ...init, redirect: 'manual' });
    }
    return response;
  };
}
