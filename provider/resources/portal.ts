/**
 * McpPortal: create, update and delete through the reconciler's plan and apply (the portal and the
 * Access application that carries its policies); outputs carry the MCP URLs and a status derived from
 * its servers (after waiting for their syncs with `waitForReady`). A portal's status is reported,
 * never a failure: its servers fail on their own.
 */
import { waitForServers } from '../../reconciler/apply/wait.js';
import type { Observed } from '../../reconciler/kinds/model.js';
import { serverFromApi } from '../../reconciler/kinds/server.js';
import type { ServerView } from '../../reconciler/plan/consequences.js';
import { observePortal, policyIdsByName, portalApp } from '../../reconciler/single.js';
import { portalStatus, type ResourceStatus, serverStatus } from '../../reconciler/status.js';
import { localMcpUrl } from '../config.js';
import { shapeInputs, withId } from '../kinds/diff.js';
import { portalAdapter } from '../kinds/portal.js';
import { type Props, reveal } from '../wire.js';
import { failures, planAndApply } from './common.js';
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

async function outputs(ctx: Context, o: Observed<'McpPortal'>, given: Props): Promise<Props> {
  const servers = new Map<string, ResourceStatus>();
  const views = new Map<string, ServerView>();
  const wanted = new Set(o.spec.servers.map((s) => s.server));
  for (const s of await ctx.api().listServers()) {
    if (!wanted.has(s.id)) continue;
    const { spec, facts } = serverFromApi(s, [], undefined);
    servers.set(s.id, serverStatus({ kind: 'McpServer', name: s.id, id: s.id, spec, facts, owned: false }));
    views.set(s.id, { spec, ...(facts ? { facts } : {}) });
  }
  const st = portalStatus(o, servers, views);
  return protect(
    portalAdapter,
    {
      ...portalAdapter.liveInputs(o, undefined),
      ...statusOutputs(st),
      ...urls(ctx.config.apiUrl, o.name, o.spec.hostname),
      toolCount: st.tools ?? 0,
      promptCount: st.prompts ?? 0,
    },
    given,
  );
}

async function settle(ctx: Context, id: string, given: Props, timeout: number): Promise<Props> {
  const api = ctx.api();
  const { portal } = await observePortal(api, id, { owner: ctx.config.owner });
  if (!portal) throw new Error(`McpPortal "${id}" disappeared after it was written`);
  const servers = portal.spec.servers.map((s) => s.server);
  if (ctx.config.waitForReady && servers.length)
    await waitForServers(api, servers, { timeoutMs: ctx.waitMs(timeout), sleep: ctx.sleep });
  return outputs(ctx, portal, given);
}

export const portalHandler: Handler = {
  adapter: portalAdapter,
  computed: [...STATUS_KEYS, 'toolCount', 'promptCount'],

  async create(ctx, { name, news, timeout }) {
    const inputs = withId(portalAdapter, name, reveal(news) as Props);
    const id = String(inputs.portalId);
    const desired = portalAdapter.toDesired(inputs);
    const live = await observePortal(ctx.api(), id, { owner: ctx.config.owner });
    if (live.portal)
      throw new AlreadyExistsError(portalAdapter.token, `McpPortal "${id}"`, `${ctx.accountId}/${id}`);
    policyIdsByName(live.policies, desired.spec.policies);
    const { result } = await planAndApply(ctx, desired, { policies: live.policies });
    const created = result.operations.find((op) => op.operation === 'create');
    if (!created?.ok) throw new Error(`create McpPortal "${id}": ${created?.error ?? 'not attempted'}`);
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
    const live = await observePortal(ctx.api(), id, { owner: ctx.config.owner });
    if (!live.portal)
      throw new Error(`McpPortal "${id}" no longer exists; run \`pulumi refresh\` to forget it`);
    policyIdsByName(live.policies, desired.spec.policies);
    const { result } = await planAndApply(ctx, desired, { policies: live.policies, portal: live.portal });
    const failed = failures(result);
    if (failed) throw new Error(`update McpPortal "${id}": ${failed}`);
    return settle(ctx, id, news, timeout);
  },

  async read(ctx, { id: rawId, props, inputs }) {
    const id = parseImportId(rawId, ctx.accountId);
    const { portal } = await observePortal(ctx.api(), id, { owner: ctx.config.owner });
    if (!portal) return undefined;
    const given = inputs ?? props;
    const known = given ? (reveal(given) as Props) : undefined;
    const full = portalAdapter.liveInputs(portal, known);
    return {
      id,
      props: await outputs(ctx, portal, given ?? {}),
      inputs: protect(
        portalAdapter,
        shapeInputs(portalAdapter, full, known ? Object.keys(known) : []),
        given,
      ),
    };
  },

  async delete(ctx, { id }) {
    const api = ctx.api();
    const live = await observePortal(api, id, { owner: ctx.config.owner });
    if (!live.portal) return;
    const app = portalApp(live.apps, live.portal.spec.hostname);
    if (app) await api.deleteApp(app.id);
    await api.deletePortal(id);
  },
};
