/**
 * Per-server namespacing of resource URIs behind a portal, so that two servers' resources never collide
 * and every exposed URI maps back to exactly one server: `<scheme>://<server id>/<original URI>` (the
 * original's own scheme is kept in front, so `ui://` resources stay `ui://` for MCP Apps hosts). URI
 * templates are namespaced the same way; the result is still a valid RFC 6570 template. Also the rewrites
 * that make upstream URIs in tool results, prompt results and MCP Apps tool metadata readable through
 * the portal.
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

type Params = Record<string, unknown>;

const isObject = (v: unknown): v is Params => typeof v === 'object' && v !== null && !Array.isArray(v);

const isLinkBlock = (b: unknown): b is Params =>
  isObject(b) && (b.type === 'resource_link' || (b.type === 'resource' && isObject(b.resource)));

/** A content block with its `resource_link` URI or embedded `resource.uri` namespaced; others unchanged. */
function exposeBlock(serverId: string, block: unknown): unknown {
  if (!isLinkBlock(block)) return block;
  if (block.type === 'resource_link') {
    const uri = typeof block.uri === 'string' ? exposeUri(serverId, block.uri) : undefined;
    return uri === undefined ? block : { ...block, uri };
  }
  const resource = block.resource as Params;
  const uri = typeof resource.uri === 'string' ? exposeUri(serverId, resource.uri) : undefined;
  return uri === undefined ? block : { ...block, resource: { ...resource, uri } };
}

/**
 * A `tools/call` result (`content`) or `prompts/get` result (`messages[].content`) of server `serverId`
 * with the URIs of its resource links and embedded resources namespaced, so the client can read them
 * through the portal. The result itself when it holds none (no copy).
 */
export function exposeResultUris(serverId: string, result: Params): Params {
  let out = result;
  const { content, messages } = result;
  if (Array.isArray(content) && content.some(isLinkBlock)) {
    out = { ...out, content: content.map((b) => exposeBlock(serverId, b)) };
  }
  if (Array.isArray(messages) && messages.some((m) => isObject(m) && isLinkBlock(m.content))) {
    out = {
      ...out,
      messages: messages.map((m) => (isObject(m) ? { ...m, content: exposeBlock(serverId, m.content) } : m)),
    };
  }
  return out;
}

/**
 * A tool definition of server `serverId` with its MCP Apps UI resource (`_meta.ui.resourceUri`, and the
 * older flat `_meta["ui/resourceUri"]`) namespaced, so a host reads the UI through the portal. The
 * definition itself when it names none.
 */
export function exposeToolUi<T extends Params>(serverId: string, definition: T): T {
  const meta = definition._meta;
  if (!isObject(meta)) return definition;
  const ui = meta.ui;
  const flat = meta['ui/resourceUri'];
  const nested =
    isObject(ui) && typeof ui.resourceUri === 'string' ? exposeUri(serverId, ui.resourceUri) : undefined;
  const legacy = typeof flat === 'string' ? exposeUri(serverId, flat) : undefined;
  if (nested === undefined && legacy === undefined) return definition;
  return {
    ...definition,
    _meta: {
      ...meta,
      ...(nested !== undefined ? { ui: { ...(ui as Params), resourceUri: nested } } : {}),
      ...(legacy !== undefined ? { 'ui/resourceUri': legacy } : {}),
    },
  };
}
