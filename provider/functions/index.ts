/**
 * The package's functions, served by the plugin's Invoke: `getServer`, `getPortal` and `getPolicy` (one
 * object by id or by name, exactly one) and `listServers` (every server, optionally filtered). Each reads
 * through the list endpoints the resources observe with (one listing per collection, whatever the number
 * of objects) and answers the function's outputs in provider/schema.json.
 */
import { groupNamesOf, observeAll } from '../resources/common.js';
import type { Context } from '../resources/context.js';
import { type Props, reveal } from '../wire.js';
import { FunctionArgsError } from './errors.js';
import { checkArgs, idOrName, pick } from './lookup.js';
import { policyInfo, portalInfo, portalsOf, serverInfo, serversOf } from './reads.js';

export { AmbiguousNameError, FunctionArgsError, NotFoundError } from './errors.js';

type Fn = (ctx: Context, args: Record<string, string>, token: string) => Promise<Props>;

const STATUSES = ['Waiting', 'Ready', 'Error'];

const FUNCTIONS: Record<string, Fn> = {
  'mcpportal:index:getServer': async (ctx, args, token) => {
    const by = idOrName(token, args, 'serverId');
    const s = await observeAll(ctx);
    const o = pick(
      serversOf(s),
      by,
      'McpServer',
      'serverId',
      (x) => x.name,
      (x) => x.spec.displayName,
    );
    return serverInfo(o);
  },
  'mcpportal:index:getPortal': async (ctx, args, token) => {
    const by = idOrName(token, args, 'portalId');
    const s = await observeAll(ctx);
    const o = pick(
      portalsOf(s),
      by,
      'McpPortal',
      'portalId',
      (x) => x.name,
      (x) => x.spec.displayName,
    );
    return portalInfo(ctx.config.apiUrl, o, s);
  },
  'mcpportal:index:getPolicy': async (ctx, args, token) => {
    const by = idOrName(token, args, 'policyId');
    const [policies, groups] = await Promise.all([ctx.api().listPolicies(), ctx.api().listGroups()]);
    const p = pick(
      policies,
      by,
      'AccessPolicy',
      'policyId',
      (x) => x.id,
      (x) => x.name,
    );
    return policyInfo(p, groupNamesOf(groups));
  },
  'mcpportal:index:listServers': async (ctx, args, token) => {
    const { search, status } = args;
    if (status !== undefined && !STATUSES.includes(status))
      throw new FunctionArgsError(token, [
        { property: 'status', reason: `must be one of ${STATUSES.join(', ')}` },
      ]);
    const s = await observeAll(ctx);
    const needle = search?.toLowerCase();
    const servers = serversOf(s)
      .filter(
        (o) =>
          !needle || [o.name, o.spec.displayName, o.spec.url].some((v) => v.toLowerCase().includes(needle)),
      )
      .map(serverInfo)
      .filter((info) => status === undefined || info.status === status)
      .sort((a, b) => (String(a.serverId) < String(b.serverId) ? -1 : 1));
    return { servers };
  },
};

/** The tokens of the functions this provider serves. */
export const FUNCTION_TOKENS = Object.keys(FUNCTIONS);

export class UnknownFunctionError extends Error {
  override readonly name = 'UnknownFunctionError';
  constructor(token: string) {
    super(`unknown function ${JSON.stringify(token)}; this provider serves ${FUNCTION_TOKENS.join(', ')}`);
  }
}

/** Runs the function `token` with the (plain) arguments. */
export async function invoke(ctx: Context, token: string, args: Props): Promise<Props> {
  const fn = FUNCTIONS[token];
  if (!fn) throw new UnknownFunctionError(token);
  return fn(ctx, checkArgs(token, reveal(args) as Props), token);
}
