/**
 * McpServer: create, update and delete as slices of the reconciler's plan, applied by its walker; then
 * (with `waitForReady`) wait for the capability sync and report status, tools and prompts. A sync that
 * ends in Error fails the step with the upstream error (the server is kept, as a partial failure) unless
 * `tolerateSyncErrors` (or `waitForReady: false`). Delete-before-replace detaches the server from its
 * portals, recording the mappings in the target (detached.ts), and Create of the same id restores them.
 */

import { waitForServers } from '../../reconciler/apply/wait.js';
import { portalEntryOf } from '../../reconciler/kinds/mcp-portal/spec.js';
import { credentialValue } from '../../reconciler/kinds/mcp-server/bodies.js';
import {
  planAttach,
  planDetachAndDelete as planDetachAndDeleteOf,
} from '../../reconciler/kinds/mcp-server/index.js';
import { serverStatus } from '../../reconciler/kinds/mcp-server/status.js';
import type { Desired, Observed } from '../../reconciler/kinds/model.js';
import { handlerOf } from '../../reconciler/kinds/registry.js';
import { liveOf, observeOne } from '../../reconciler/observe.js';
import type { Json } from '../../reconciler/plan/diff.js';
import { planSlice } from '../../reconciler/plan/plan.js';
import { matchesFingerprint } from '../../reconciler/secrets.js';
import type { ServerErrorDetails, ServerObject } from '../../schemas/generated/wire.js';
import { shapeInputs, withId } from '../kinds/diff.js';
import { serverAdapter } from '../kinds/server.js';
import { isObject, type Props, reveal } from '../wire.js';
import {
  applyChange,
  applyDelete,
  failures,
  observeAll,
  PinnedIdCollisionError,
  planOptions,
  requirePolicies,
  runPlan,
  succeeded,
} from './common.js';
import { AlreadyExistsError, type Context, InitError, parseImportId } from './context.js';
import { detachedOf, detachTags, forgetDetached, recordDetached } from './detached.js';
import { type Handler, protect, STATUS_KEYS, statusOutputs } from './outputs.js';

const TOKEN = serverAdapter.token;
/** Stands in for a credential that was changed outside Pulumi (its value cannot be read back). */
export const CHANGED_OUTSIDE = '(changed outside Pulumi)';
/**
 * Stands in, after `pulumi import`, for a credential the server has but the API never reveals: it passes
 * Check (a non-empty secret string), compares equal to itself (no diff while the program keeps it), and is
 * never sent: the program's own value replaces it (one update that sends the credential, since the live
 * one cannot be compared), and a create or credential write that would send a stand-in is refused.
 */
export const SET_OUTSIDE = '(set outside Pulumi: give the value in the program)';
const STAND_INS = new Set([CHANGED_OUTSIDE, SET_OUTSIDE]);

/** The secret values of (revealed) inputs that are stand-ins, by input path. */
function standIns(inputs: Props): string[] {
  const auth = isObject(inputs.auth) ? inputs.auth : {};
  const found: string[] = [];
  if (STAND_INS.has(auth.token as string)) found.push('auth.token');
  if (STAND_INS.has(auth.clientSecret as string)) found.push('auth.clientSecret');
  if (isObject(auth.headers))
    for (const [k, v] of Object.entries(auth.headers))
      if (STAND_INS.has(v as string)) found.push(`auth.headers.${k}`);
  return found;
}

/** A credential write would send a stand-in instead of a value. */
export class StandInCredentialError extends Error {
  override readonly name = 'StandInCredentialError';
  constructor(id: string, paths: string[]) {
    super(
      `McpServer "${id}": ${paths.join(', ')} is not known (it was imported or changed outside Pulumi, and ` +
        'the API never reveals it): give the value in the program, e.g. from `pulumi config set --secret`',
    );
  }
}

/** Known inputs for an import: each credential the live server has, as the `SET_OUTSIDE` stand-in. */
function importedSecrets(o: Observed<'McpServer'>): Props {
  const c = o.spec.credentials;
  if (c.form === 'token') return { auth: { token: SET_OUTSIDE } };
  if (c.form === 'headers')
    return { auth: { headers: Object.fromEntries((c.headerNames ?? []).map((n) => [n, SET_OUTSIDE])) } };
  if (c.form === 'oauth-client') return { auth: { clientSecret: SET_OUTSIDE } };
  return {};
}

const errorDetails = (d: ServerErrorDetails) => ({
  cause: d.cause,
  isUpstream: d.is_upstream,
  retryable: d.retryable,
  ...(d.mcp_code !== undefined ? { mcpCode: d.mcp_code } : {}),
  ...(d.status_code !== undefined ? { statusCode: d.status_code } : {}),
});

/** What a server's status and last sync say, as outputs (the resource's and the functions' alike). */
export function syncOutputs(o: Observed<'McpServer'>): Props {
  const st = serverStatus(o);
  const f = o.facts;
  const names = (list: { name: string }[] | undefined) => (list ?? []).map((c) => c.name).sort();
  return {
    ...statusOutputs(st),
    ...(st.error ? { error: st.error } : {}),
    ...(f?.errorDetails ? { errorDetails: errorDetails(f.errorDetails) } : {}),
    discoveredTools: names(f?.tools),
    discoveredPrompts: names(f?.prompts),
    ...(f?.lastSynced ? { lastSynced: f.lastSynced } : {}),
    ...(f?.lastSuccessfulSync ? { lastSuccessfulSync: f.lastSuccessfulSync } : {}),
  };
}

function outputs(
  o: Observed<'McpServer'>,
  object: ServerObject | undefined,
  known: Props,
  given: Props,
): Props {
  const version = object?.auth_config_summary?.credentials_version;
  return protect(
    serverAdapter,
    {
      ...serverAdapter.liveInputs(o, known),
      ...syncOutputs(o),
      ...(version !== undefined ? { credentialsVersion: version } : {}),
    },
    given,
  );
}

/** The desired server of some inputs, when they are readable (for what the API does not reveal). */
const desiredOf = (inputs: Props | undefined): Desired<'McpServer'> | undefined => {
  if (!inputs) return undefined;
  try {
    return serverAdapter.toDesired(inputs);
  } catch {
    return undefined;
  }
};

async function readServer(ctx: Context, id: string, known: Props | undefined) {
  const d = desiredOf(known);
  const { object, raw } = await observeOne(ctx.api(), 'McpServer', id, {
    owner: ctx.config.owner,
    ...(d ? { desired: [d] } : {}),
  });
  return { server: object, object: raw as ServerObject | undefined };
}

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
  const { server, object } = await readServer(ctx, id, inputs);
  if (!server) throw new Error(`McpServer "${id}" disappeared while waiting for its sync`);
  const outs = outputs(server, object, inputs, given);
  const st = serverStatus(server);
  // Without waiting, the sync's outcome is not judged: whether it had failed by the one read above would
  // be a matter of timing. The status outputs say how it stands.
  if (inputs.tolerateSyncErrors === true || !ctx.config.waitForReady) return outs;
  if (st.phase === 'Error') {
    const reason = `McpServer "${id}" is in Error (${st.reason}): ${st.message}`;
    throw new InitError(reason, id, outs);
  }
  if (st.phase === 'Waiting' && st.reason === 'SyncPending') {
    const reason = `McpServer "${id}" did not finish its capability sync within ${ctx.waitMs(timeout) / 1000}s`;
    throw new InitError(reason, id, outs);
  }
  return outs;
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
  stable: [],
  computed: [
    ...STATUS_KEYS,
    'discoveredTools',
    'discoveredPrompts',
    'lastSynced',
    'lastSuccessfulSync',
    'error',
    'errorDetails',
  ],

  async create(ctx, { name, news, timeout, pinned }) {
    const inputs = withId(serverAdapter, name, reveal(news) as Props);
    const id = String(inputs.serverId);
    const unknown = standIns(inputs);
    if (unknown.length) throw new StandInCredentialError(id, unknown);
    const desired = serverAdapter.toDesired(inputs);
    const snapshot = await observeAll(ctx, desired);
    if (liveOf(snapshot, 'McpServer').some((s) => s.name === id)) {
      // `pulumi up --replace` and `replacementTrigger` replace without asking Diff, so create-first:
      // with a pinned id the new object collides with the old one.
      if (pinned) throw new PinnedIdCollisionError(id, ctx.accountId);
      throw new AlreadyExistsError(TOKEN, `McpServer "${id}"`, `${ctx.accountId}/${id}`);
    }
    requirePolicies(snapshot, desired.spec.policies);
    // After a delete-before-replace, the new server goes back into the portals the old one left (recorded
    // in the target by Delete, so this holds across a plugin restart); portals gone since are skipped.
    const record = detachedOf(snapshot.tags ?? [], id);
    const portals = new Set(liveOf(snapshot, 'McpPortal').map((p) => p.id));
    const detached = record.entries.filter((e) => portals.has(e.portal));
    const p = planSlice(
      snapshot,
      planOptions(ctx),
      (pc) => {
        const change = handlerOf('McpServer').planChange(desired, undefined, pc);
        const create = pc.opsOf(`McpServer/${id}`, 'server.create').map((op) => op.id);
        for (const { portal, entry } of detached) planAttach(pc, id, portal, entry, create);
        return [change];
      },
      [desired],
    );
    const { result } = await runPlan(ctx, p, desired);
    if (!succeeded(result, 'server.create'))
      throw new Error(`create McpServer "${id}": ${failures(result) ?? 'not attempted'}`);
    // From here on the server exists: every failure is a partial failure that keeps its id.
    const fallback = protect(serverAdapter, { ...inputs }, news);
    try {
      const failed = failures(result);
      if (failed) throw new InitError(`McpServer "${id}" was created, but ${failed}`, id, fallback);
      // Restored: the record goes (kept after a failed attach, so the failure names what is missing).
      await forgetDetached(ctx.api(), record.tags);
      return { id, outs: await settle(ctx, id, inputs, news, timeout) };
    } catch (err) {
      if (err instanceof InitError) throw err;
      throw new InitError(`McpServer "${id}" was created, but ${(err as Error).message}`, id, fallback);
    }
  },

  async update(ctx, { id, name, oldInputs, news, timeout }) {
    const inputs = withId(serverAdapter, name, reveal(news) as Props);
    const desired = serverAdapter.toDesired(inputs);
    const snapshot = await observeAll(ctx, desired);
    const live = liveOf(snapshot, 'McpServer').find((s) => s.name === id);
    if (!live) throw new Error(`McpServer "${id}" no longer exists; run \`pulumi refresh\` to forget it`);
    requirePolicies(snapshot, desired.spec.policies);
    const rotate = secretsChanged(reveal(oldInputs) as Props, inputs);
    const unknown = standIns(inputs);
    if (rotate && unknown.length) throw new StandInCredentialError(id, unknown);
    const { result } = await applyChange(ctx, snapshot, desired, live, { rotateCredentials: rotate });
    const failed = failures(result);
    if (failed) throw new Error(`update McpServer "${id}": ${failed}`);
    return settle(ctx, id, inputs, news, timeout);
  },

  async read(ctx, { id: rawId, props, inputs }) {
    const id = parseImportId(rawId, ctx.accountId);
    const given = inputs ?? props;
    const known = given ? (reveal(given) as Props) : undefined;
    const { server, object } = await readServer(ctx, id, known);
    if (!server) return undefined;
    // Import: nothing is known, so the credentials the server has are stand-ins that pass Check.
    // A stand-in already known is kept as it is (it cannot match any fingerprint).
    const knownSecrets = !known
      ? importedSecrets(server)
      : !standIns(known).length && rotatedOutside(server, object, known, props)
        ? markChanged(known)
        : known;
    const full = serverAdapter.liveInputs(server, knownSecrets);
    const shaped = shapeInputs(serverAdapter, full, known ? Object.keys(known) : []);
    return {
      id,
      props: outputs(server, object, knownSecrets, given ?? {}),
      inputs: protect(serverAdapter, shaped, given ?? {}),
    };
  },

  async delete(ctx, { id, pinned }) {
    const snapshot = await observeAll(ctx);
    const live = liveOf(snapshot, 'McpServer').find((s) => s.name === id);
    if (!live) return;
    if (!ctx.replacing.has(id)) {
      const { result } = await applyDelete(ctx, snapshot, live);
      const failed = failures(result);
      if (failed) throw new Error(`delete McpServer "${id}": ${failed}`);
      return;
    }
    // A delete-before-replace: leave the portals that map it, then delete it (the plan's detach
    // operations do both in order). A pinned id comes back: its mappings are recorded in the target first
    // (intent before a change that cannot be undone), so Create restores them even after a plugin restart.
    // An autonamed server's replacement has a new id, which the program's portals list (the engine updates
    // them): nothing to restore.
    if (pinned) {
      const entries = liveOf(snapshot, 'McpPortal').flatMap((p) => {
        const entry = portalEntryOf(p, id);
        return entry ? [{ portal: p.id, entry: entry as unknown as Json }] : [];
      });
      await recordDetached(ctx.api(), detachTags(id, entries));
    }
    const p = planSlice(snapshot, planOptions(ctx), (pc) => {
      planDetachAndDeleteOf(live, pc);
      return [];
    });
    const { result } = await runPlan(ctx, p);
    const failed = failures(result);
    if (failed) throw new Error(`delete McpServer "${id}" for its replacement: ${failed}`);
    ctx.replacing.delete(id);
  },
};
