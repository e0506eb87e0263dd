/**
 * McpPortal: create, update and delete as slices of the reconciler's plan (the portal and the Access
 * application that carries its policies); outputs carry the MCP URLs and a status derived from
 * its servers (after waiting for their syncs with `waitForReady`). A portal's status is reported,
 * never a failure: its servers fail on their own.
 */
import { waitForServers } from '../../reconciler/apply/wait.js';
import type { Observed } from '../../reconciler/kinds/model.js';
import { liveOf, observe, observeOne, type Snapshot } from '../../reconciler/observe.js';
import { statusContext } from '../../reconciler/status.js';
import { localMcpUrl } from '../config.js';
import { shapeInputs, withId } from '../kinds/diff.js';
import { portalAdapter } from '../kinds/portal.js';
import { type Props, reveal } from '../wire.js';
import { applyChange, applyDelete, failures, observeAll, requirePolicies, succeeded } from './common.js';
import { AlreadyExistsError, type Context, InitError, parseImportId } from './context.js';
import { type Handler, protect, STATUS_KEYS, statusOutputs } from './outputs.js';

/** The URLs clients connect to (known from inputs alone, so they are known in preview too). */
export function urls(apiUrl: string, portalId: unknown, hostname: unknown): Props {
  const out: Props = {};
  if (typeof hostname === 'string') out.mcpUrl = `https://${hostname.toLowerCase()}/mcp`;
  const local = typeof portalId === 'string' ? localMcpUrl(apiUrl, portalId) : undefined;
  if (local) out.localMcpUrl = local;
  return out;
}

function outputs(ctx: Context, o: Observed<'McpPortal'>, snapshot: Snapshot, given: Props): Props {
  const st = statusContext(snapshot).statusOf('McpPortal', o.name);
  if (!st) throw new Error(`McpPortal "${o.name}" is not in the snapshot`);
  return protect(
    portalAdapter,
    {
      ...portalAdapter.liveInputs(o, undefined),
      // The zone is no portal field (the API cannot say it): the given one stands, as in Read.
      ...(given.dns !== undefined && given.dns !== null ? { dns: given.dns } : {}),
      ...statusOutputs(st),
      ...urls(ctx.config.apiUrl, o.name, o.spec.hostname),
      toolCount: st.tools ?? 0,
      promptCount: st.prompts ?? 0,
    },
    given,
  );
}

/** The portal, its servers (for echoes and status) and the policies and apps around it. */
const readPortal = (ctx: Context, id: string) =>
  observeOne(ctx.api(), 'McpPortal', id, { owner: ctx.config.owner });

async function settle(ctx: Context, id: string, given: Props, timeout: number): Promise<Props> {
  let read = await readPortal(ctx, id);
  if (!read.object) throw new Error(`McpPortal "${id}" disappeared after it was written`);
  const servers = read.object.spec.servers.map((s) => s.server);
  if (ctx.config.waitForReady && servers.length) {
    await waitForServers(ctx.api(), servers, { timeoutMs: ctx.waitMs(timeout), sleep: ctx.sleep });
    read = await readPortal(ctx, id);
    if (!read.object) throw new Error(`McpPortal "${id}" disappeared after it was written`);
  }
  return outputs(ctx, read.object, read.snapshot, given);
}

export const portalHandler: Handler = {
  adapter: portalAdapter,
  computed: [...STATUS_KEYS, 'toolCount', 'promptCount'],
  stable: [],
  derived: { localMcpUrl: ['portalId'], mcpUrl: ['hostname'] },

  async create(ctx, { name, news, timeout }) {
    const inputs = withId(portalAdapter, name, reveal(news) as Props);
    const id = String(inputs.portalId);
    const desired = portalAdapter.toDesired(inputs);
    const snapshot = await observeAll(ctx, desired);
    if (liveOf(snapshot, 'McpPortal').some((p) => p.name === id))
      throw new AlreadyExistsError(portalAdapter.token, `McpPortal "${id}"`, `${ctx.accountId}/${id}`);
    requirePolicies(snapshot, desired.spec.policies);
    const { result } = await applyChange(ctx, snapshot, desired, undefined);
    if (!succeeded(result, 'portal.create'))
      throw new Error(`create McpPortal "${id}": ${failures(result) ?? 'not attempted'}`);
    const fallback = protect(
      portalAdapter,
      { ...inputs, ...urls(ctx.config.apiUrl, id, inputs.hostname) },
      news,
    );
    try {
      const failed = failures(result);
      if (failed) throw new InitError(`McpPortal "${id}" was created, but ${failed}`, id, fallback);
      return { id, outs: await settle(ctx, id, news, timeout) };
    } catch (err) {
      if (err instanceof InitError) throw err;
      throw new InitError(`McpPortal "${id}" was created, but ${(err as Error).message}`, id, fallback);
    }
  },

  async update(ctx, { id, name, news, timeout }) {
    const inputs = withId(portalAdapter, name, reveal(news) as Props);
    const desired = portalAdapter.toDesired(inputs);
    const snapshot = await observeAll(ctx, desired);
    const live = liveOf(snapshot, 'McpPortal').find((p) => p.name === id);
    if (!live) throw new Error(`McpPortal "${id}" no longer exists; run \`pulumi refresh\` to forget it`);
    requirePolicies(snapshot, desired.spec.policies);
    const { result } = await applyChange(ctx, snapshot, desired, live);
    const failed = failures(result);
    if (failed) throw new Error(`update McpPortal "${id}": ${failed}`);
    return settle(ctx, id, news, timeout);
  },

  async read(ctx, { id: rawId, props, inputs }) {
    const id = parseImportId(rawId, ctx.accountId);
    const { object: portal, snapshot } = await readPortal(ctx, id);
    if (!portal) return undefined;
    const given = inputs ?? props;
    const known = given ? (reveal(given) as Props) : undefined;
    const full = portalAdapter.liveInputs(portal, known, statusContext(snapshot).live);
    return {
      id,
      props: outputs(ctx, portal, snapshot, given ?? {}),
      inputs: protect(
        portalAdapter,
        shapeInputs(portalAdapter, full, known ? Object.keys(known) : []),
        given,
      ),
    };
  },

  async delete(ctx, { id, props }) {
    // The zone of the portal's DNS record (its state says it), read so that the record, if ours, goes too.
    const zone = ((reveal(props) as Props).dns as { zoneId?: unknown } | undefined)?.zoneId;
    const snapshot = await observe(ctx.api(), {
      owner: ctx.config.owner,
      ...(typeof zone === 'string' ? { zones: [zone] } : {}),
    });
    const live = liveOf(snapshot, 'McpPortal').find((p) => p.name === id);
    if (!live) return;
    const { result } = await applyDelete(ctx, snapshot, live);
    const failed = failures(result);
    if (failed) throw new Error(`delete McpPortal "${id}": ${failed}`);
  },
};
