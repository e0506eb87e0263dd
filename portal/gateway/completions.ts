/**
 * `completion/complete` through a portal: a `ref/prompt` names an exposed prompt and goes to its server
 * under the upstream's own prompt name; a `ref/resource` names an exposed (namespaced) URI or template and
 * goes to the server it names with the original URI, if the mapping's resource rules expose it. Both after
 * the same checks as `prompts/get` (Access, log-out, toggle). An upstream that declared no `completions`
 * capability gets no request: the answer is an empty completion.
 */
import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { type Extra, forward, RpcError } from './forward.js';
import type { Catalog } from './gateway.js';
import { asRpcError, type HandlerHost } from './handler-host.js';
import { resourceFilter } from './resource-rules.js';
import { resolveUri } from './resource-uri.js';
import type { PortalSession } from './session.js';
import { UpstreamUnavailableError } from './upstreams.js';

type Params = Record<string, unknown>;

const isObject = (v: unknown): v is Params => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What completions need from the request handlers (`requests.ts`). */
export type CompletionHost = HandlerHost;

const invalid = (message: string) => new RpcError(ErrorCode.InvalidParams, message);
const EMPTY = { completion: { values: [] } };

/** The server a completion reference names, and the reference as that server knows it. */
function target(catalog: Catalog, ref: unknown): { serverId: string; ref: Params } {
  if (!isObject(ref)) throw invalid('completion/complete needs a ref');
  if (ref.type === 'ref/prompt') {
    const name = ref.name;
    if (typeof name !== 'string') throw invalid('a ref/prompt needs a name');
    const entry = catalog.prompts.get(name);
    if (!entry) throw invalid(`unknown prompt "${name}"`);
    return { serverId: entry.serverId, ref: { ...ref, name: entry.original } };
  }
  if (ref.type === 'ref/resource') {
    const uri = ref.uri;
    if (typeof uri !== 'string') throw invalid('a ref/resource needs a uri');
    const resolved = resolveUri(uri);
    const view = resolved && catalog.servers.find((v) => v.server.id === resolved.serverId);
    if (!resolved || !view || !resourceFilter(view.mapping)(resolved.uri)) {
      throw invalid(`unknown resource "${uri}"`);
    }
    return { serverId: resolved.serverId, ref: { ...ref, uri: resolved.uri } };
  }
  throw invalid(`unknown completion ref type ${JSON.stringify(ref.type)}`);
}

export class CompletionRequests {
  constructor(private readonly host: CompletionHost) {}

  async complete(session: PortalSession, params: Params, extra: Extra): Promise<Params> {
    const started = performance.now();
    const method = 'completion/complete';
    const ctx = this.host.ctxOf(session, extra);
    const fields: { method: string; serverId?: string; capability?: string } = { method };
    try {
      const argument = params.argument;
      if (!isObject(argument) || typeof argument.name !== 'string' || typeof argument.value !== 'string') {
        throw invalid('completion/complete needs an argument with a name and a value');
      }
      const catalog = this.host.catalog(session.portalId);
      if (!catalog) throw invalid('this portal no longer exists');
      const { serverId, ref } = target(catalog, params.ref);
      fields.serverId = serverId;
      fields.capability = String(ref.name ?? ref.uri);
      this.host.check(session, ctx, catalog, serverId);
      const server = catalog.servers.find((v) => v.server.id === serverId)?.server;
      if (!server) throw invalid(`unknown server "${serverId}"`);
      let result: Params;
      try {
        const connection = await session.links.get(server);
        result = connection.client.getServerCapabilities()?.completions
          ? await forward(
              session.links,
              { server, method, params: { ...params, ref }, timeoutMs: this.host.timeoutMs() },
              extra,
            )
          : EMPTY;
      } catch (err) {
        if (err instanceof UpstreamUnavailableError) throw new RpcError(ErrorCode.InternalError, err.message);
        throw err;
      }
      this.host.log(session, ctx, started, 'ok', fields);
      return result;
    } catch (err) {
      const rpc = asRpcError(err);
      this.host.log(session, ctx, started, rpc.status, { ...fields, error: rpc.message });
      throw rpc;
    }
  }
}
