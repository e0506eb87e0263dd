/**
 * McpServer: create, update and delete through the reconciler's plan and apply; then (with
 * `waitForReady`) wait for the capability sync and report status, tools and prompts. A sync that ends
 * in Error fails the step with the upstream error (the server is kept, as a partial failure) unless
 * `tolerateSyncErrors`. Delete-before-replace detaches the server from its portals and the new server
 * is attached again.
 */

import { waitForServers } from '../../reconciler/apply/wait.js';
import { appServerId } from '../../reconciler/kinds/apps.js';
import type { CredentialView, Observed } from '../../reconciler/kinds/model.js';
import { portalServersFromApi, portalServersToWire } from '../../reconciler/kinds/portal.js';
import { credentialValue } from '../../reconciler/kinds/server.js';
import { matchesFingerprint } from '../../reconciler/secrets.js';
import { observeServer, policyIdsByName } from '../../reconciler/single.js';
import { serverStatus } from '../../reconciler/status.js';
import type { ServerErrorDetails, ServerObject } from '../../schemas/generated/wire.js';
import { shapeInputs, withId } from '../kinds/diff.js';
import { serverAdapter } from '../kinds/server.js';
import { isObject, type Props, reveal } from '../wire.js';
import { failures, planAndApply } from './common.js';
import { AlreadyExistsError, type Context, InitError, parseImportId } from './context.js';
import { type Handler, protect, STATUS_KEYS, statusOutputs } from './outputs.js';

const TOKEN = serverAdapter.token;
/** Stands in for a credential that was changed outside Pulumi (its value cannot be read back). */
export const CHANGED_OUTSIDE = '(changed outside Pulumi)';

const errorDetails = (d: ServerErrorDetails) => ({
  cause: d.cause,
  isUpstream: d.is_upstream,
  retryable: d.retryable,
  ...(d.mcp_code !== undefined ? { mcpCode: d.mcp_code } : {}),
  ...(d.status_code !== undefined ? { statusCode: d.status_code } : {}),
});

function outputs(
  o: Observed<'McpServer'>,
  object: ServerObject | undefined,
  known: Props,
  given: Props,
): Props {
  const version = object?.auth_config_summary?.credentials_version;
  const st = serverStatus(o);
  const f = o.facts;
  const names = (list: { name: string }[] | undefined) => (list ?? []).map((c) => c.name).sort();
  return protect(
    serverAdapter,
    {
      ...serverAdapter.liveInputs(o, known),
      ...statusOutputs(st),
      ...(st.error ? { error: st.error } : {}),
      ...(f?.errorDetails ? { errorDetails: errorDetails(f.errorDetails) } : {}),
      discoveredTools: names(f?.tools),
      discoveredPrompts: names(f?.prompts),
      ...(f?.lastSynced ? { lastSynced: f.lastSynced } : {}),
      ...(f?.lastSuccessfulSync ? { lastSuccessfulSync: f.lastSuccessfulSync } : {}),
      ...(version !== undefined ? { credentialsVersion: version } : {}),
    },
    given,
  );
}

const credentialHint = (inputs: Props): CredentialView | undefined => {
  try {
    return serverAdapter.toDesired(inputs).spec.credentials;
  } catch {
    return undefined;
  }
};

/** After a write: wait for the sync (when asked), read the server back, judge its status. */
async function settle(
  ctx: Context,
  id: string,
  inputs: Props,
  given: Props,
  timeout: number,
): Promise<Props> {
  const api = ctx.api();
  if (ctx.config.waitForReady)
    await waitForServers(api, [id], { timeoutMs: ctx.waitMs(timeout), sleep: ctx.sleep });
  const { server, object } = await observeServer(api, id, {
    owner: ctx.config.owner,
    credentialHint: credentialHint(inputs),
  });
  if (!server) throw new Error(`McpServer "${id}" disappeared while waiting for its sync`);
  const outs = outputs(server, object, inputs, given);
  const st = serverStatus(server);
  if (inputs.tolerateSyncErrors === true) return outs;
  if (st.phase === 'Error') {
    const reason = `McpServer "${id}" is in Error (${st.reason}): ${st.message}`;
    throw new InitError(reason, id, outs);
  }
  if (ctx.config.waitForReady && st.phase === 'Waiting' && st.reason === 'SyncPending') {
    const reason = `McpServer "${id}" did not finish its capability sync within ${ctx.waitMs(timeout) / 1000}s`;
    throw new InitError(reason, id, outs);
  }
  return outs;
}

/** Restores the portal mappings a delete-before-replace removed. */
async function reattach(ctx: Context, id: string): Promise<void> {
  const entries = ctx.detached.get(id) ?? [];
  for (const { portal, entry } of entries) {
    const live = await ctx.api().getPortal(portal);
    if (!live) continue;
    const current = portalServersToWire(portalServersFromApi(live));
    if (current.some((s) => s.server_id === id)) continue;
    await ctx.api().updatePortal(portal, { servers: [...current, entry] });
    ctx.log(`McpServer ${id}: attached to portal ${portal} again`);
  }
  ctx.detached.delete(id);
}

/** Removes the server from every portal that maps it, remembering the mappings. */
async function detach(ctx: Context, id: string): Promise<void> {
  const api = ctx.api();
  for (const p of await api.listPortals()) {
    const current = portalServersToWire(portalServersFromApi(p));
    const entry = current.find((s) => s.server_id === id);
    if (!entry) continue;
    ctx.detached.set(id, [...(ctx.detached.get(id) ?? []), { portal: p.id, entry }]);
    await api.updatePortal(p.id, { servers: current.filter((s) => s.server_id !== id) });
    ctx.log(`McpServer ${id}: detached from portal ${p.id} for its replacement`);
  }
}

/**
 * Whether the live credential is no longer the one Pulumi sent: by the published fingerprint when
 * there is one, else by the embedded portal's write counter against the one recorded at our last write.
 */
function rotatedOutside(
  o: Observed<'McpServer'>,
  object: ServerObject | undefined,
  known: Props,
  props?: Props,
): boolean {
  const fingerprint = o.facts?.credentialsFingerprint;
  if (fingerprint) {
    const value = credentialValue(serverAdapter.toDesired(withId(serverAdapter, o.name, known)));
    if (value !== undefined) return matchesFingerprint(value, fingerprint) === false;
  }
  const recorded = props?.credentialsVersion;
  const current = object?.auth_config_summary?.credentials_version;
  return typeof recorded === 'number' && current !== undefined && current !== recorded;
}

/** The known inputs with each credential replaced by `CHANGED_OUTSIDE` (the new value cannot be read). */
function markChanged(known: Props): Props {
  if (!isObject(known.auth)) return known;
  const auth = { ...known.auth };
  if (auth.token !== undefined) auth.token = CHANGED_OUTSIDE;
  if (isObject(auth.headers))
    auth.headers = Object.fromEntries(Object.keys(auth.headers).map((k) => [k, CHANGED_OUTSIDE]));
  if (auth.clientSecret !== undefined) auth.clientSecret = CHANGED_OUTSIDE;
  return { ...known, auth };
}

const secretsChanged = (olds: Props, news: Props) =>
  serverAdapter.secretPaths.some((p) => {
    const get = (v: Props) =>
      JSON.stringify(p.reduce<unknown>((o, k) => (isObject(o) ? o[k as string] : undefined), v) ?? null);
    return get(olds) !== get(news);
  });

export const serverHandler: Handler = {
  adapter: serverAdapter,
  computed: [
    ...STATUS_KEYS,
    'discoveredTools',
    'discoveredPrompts',
    'lastSynced',
    'lastSuccessfulSync',
    'error',
    'errorDetails',
  ],

  async create(ctx, { name, news, timeout }) {
    const inputs = withId(serverAdapter, name, reveal(news) as Props);
    const id = String(inputs.serverId);
    const desired = serverAdapter.toDesired(inputs);
    const live = await observeServer(ctx.api(), id, { owner: ctx.config.owner });
    if (live.server) throw new AlreadyExistsError(TOKEN, `McpServer "${id}"`, `${ctx.accountId}/${id}`);
    policyIdsByName(live.policies, desired.spec.policies);
    const { result } = await planAndApply(ctx, desired, { policies: live.policies });
    const created = result.operations.find((op) => op.operation === 'create');
    if (!created?.ok) throw new Error(`create McpServer "${id}": ${created?.error ?? 'not attempted'}`);
    // From here on the server exists: every failure is a partial failure that keeps its id.
    const fallback = protect(serverAdapter, { ...inputs }, news);
    try {
      await reattach(ctx, id);
      const failed = failures(result);
      if (failed) throw new InitError(`McpServer "${id}" was created, but ${failed}`, id, fallback);
      return { id, outs: await settle(ctx, id, inputs, news, timeout) };
    } catch (err) {
      if (err instanceof InitError) throw err;
      throw new InitError(`McpServer "${id}" was created, but ${(err as Error).message}`, id, fallback);
    }
  },

  async update(ctx, { id, name, oldInputs, news, timeout }) {
    const inputs = withId(serverAdapter, name, reveal(news) as Props);
    const desired = serverAdapter.toDesired(inputs);
    const live = await observeServer(ctx.api(), id, {
      owner: ctx.config.owner,
      credentialHint: desired.spec.credentials,
    });
    if (!live.server)
      throw new Error(`McpServer "${id}" no longer exists; run \`pulumi refresh\` to forget it`);
    policyIdsByName(live.policies, desired.spec.policies);
    const { result } = await planAndApply(ctx, desired, live, {
      rotateCredentials: secretsChanged(reveal(oldInputs) as Props, inputs),
    });
    const failed = failures(result);
    if (failed) throw new Error(`update McpServer "${id}": ${failed}`);
    return settle(ctx, id, inputs, news, timeout);
  },

  async read(ctx, { id: rawId, props, inputs }) {
    const id = parseImportId(rawId, ctx.accountId);
    const given = inputs ?? props;
    const known = given ? (reveal(given) as Props) : undefined;
    const { server, object } = await observeServer(ctx.api(), id, {
      owner: ctx.config.owner,
      ...(known ? { credentialHint: credentialHint(known) } : {}),
    });
    if (!server) return undefined;
    const knownSecrets = known && rotatedOutside(server, object, known, props) ? markChanged(known) : known;
    const full = serverAdapter.liveInputs(server, knownSecrets);
    const shaped = shapeInputs(serverAdapter, full, known ? Object.keys(known) : []);
    return {
      id,
      props: outputs(server, object, knownSecrets ?? {}, given ?? {}),
      inputs: protect(serverAdapter, shaped, given ?? {}),
    };
  },

  async delete(ctx, { id }) {
    const api = ctx.api();
    const live = await observeServer(api, id, { owner: ctx.config.owner });
    if (!live.server) return;
    if (ctx.replacing.has(id)) await detach(ctx, id);
    for (const app of live.apps.filter((a) => appServerId(a) === id)) await api.deleteApp(app.id);
    await api.deleteServer(id);
    ctx.replacing.delete(id);
  },
};
