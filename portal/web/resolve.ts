/**
 * Which portal a data-plane request is for: `/portals/<id>/...` locally, otherwise the portal whose
 * hostname is the request's `Host`. Well-known metadata paths carry the portal's path after the prefix
 * (`/.well-known/oauth-protected-resource/portals/<id>/mcp`, RFC 8414 / 9728 path insertion) or before it
 * (`/portals/<id>/.well-known/openid-configuration`, OIDC Discovery's path appending). `/mcp/` is `/mcp`.
 */
import type { PortalRecord } from '../store/repository.js';
import type { Target } from './deps.js';

/** Finds portals (the gateway keeps them cached). */
export interface PortalLookup {
  portalById(id: string): PortalRecord | undefined;
  portalByHost(hostname: string): PortalRecord | undefined;
}

const WELL_KNOWN = [
  '/.well-known/oauth-protected-resource',
  '/.well-known/oauth-authorization-server',
  '/.well-known/openid-configuration',
];

/** A well-known document named after the portal's path (`/portals/<id>/.well-known/...`). */
const isAppendedWellKnown = (sub: string) => WELL_KNOWN.some((prefix) => sub === prefix);

/** The path below the base path, with the MCP endpoint's trailing-slash form folded into `/mcp`. */
const normalise = (sub: string) => (sub === '/mcp/' ? '/mcp' : sub);

export interface RequestUrl {
  /** `http:` or `https:`. */
  protocol: string;
  /** `host[:port]` as the client addressed it. */
  host: string;
  pathname: string;
}

export function resolveTarget(portals: PortalLookup, url: RequestUrl): Target | undefined {
  const origin = `${url.protocol}//${url.host}`;
  let path = url.pathname;
  let wellKnown = false;
  for (const prefix of WELL_KNOWN) {
    if (path === prefix || path.startsWith(`${prefix}/`)) {
      wellKnown = true;
      path = path.slice(prefix.length) || '/';
      break;
    }
  }
  const local = /^\/portals\/([^/]+)(\/.*)?$/.exec(path);
  if (local?.[1]) {
    let id: string;
    try {
      id = decodeURIComponent(local[1]);
    } catch {
      return undefined;
    }
    const portal = portals.portalById(id);
    if (!portal) return undefined;
    const basePath = `/portals/${local[1]}`;
    const sub = local[2] ?? '/';
    if (wellKnown || isAppendedWellKnown(sub)) {
      return { portal, origin, basePath, sub: url.pathname, wellKnown: true };
    }
    return { portal, origin, basePath, sub: normalise(sub), wellKnown };
  }
  const hostname = url.host.startsWith('[')
    ? url.host.replace(/^\[(.*)\](:\d+)?$/, '$1')
    : url.host.replace(/:\d+$/, '');
  const portal = portals.portalByHost(hostname);
  if (!portal) return undefined;
  return { portal, origin, basePath: '', sub: wellKnown ? url.pathname : normalise(path), wellKnown };
}
