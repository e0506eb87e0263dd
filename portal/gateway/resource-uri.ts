/**
 * Per-server namespacing of resource URIs behind a portal, so that two servers' resources never collide
 * and every exposed URI maps back to exactly one server: `<scheme>://<server id>/<original URI>` (the
 * original's own scheme is kept in front, so `ui://` resources stay `ui://` for MCP Apps hosts). URI
 * templates are namespaced the same way; the result is still a valid RFC 6570 template.
 */

/** RFC 3986 scheme, then the rest. */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/** What `exposeUri` produces: scheme, server id (the schemas' id pattern), original. */
const EXPOSED = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\/([\s\S]+)$/;

/** The URI a client sees for `uri` of server `serverId`; undefined when `uri` has no scheme. */
export function exposeUri(serverId: string, uri: string): string | undefined {
  const scheme = SCHEME.exec(uri)?.[1];
  return scheme === undefined ? undefined : `${scheme}://${serverId}/${uri}`;
}

/** The server and original URI behind an exposed URI; undefined when it is not one. */
export function resolveUri(exposed: string): { serverId: string; uri: string } | undefined {
  const m = EXPOSED.exec(exposed);
  if (!m) return undefined;
  const [, scheme, serverId, uri] = m as unknown as [string, string, string, string];
  const inner = SCHEME.exec(uri)?.[1];
  if (inner === undefined || inner.toLowerCase() !== scheme.toLowerCase()) return undefined;
  return { serverId, uri };
}
