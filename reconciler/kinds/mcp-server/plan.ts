/**
 * Planning an McpServer: its field changes (overrides of capabilities the last sync did not find left
 * out; a rotated credential found by fingerprint), and the operations for a create, an update, a replace
 * (detach from portals, delete, create, attach again) or a delete.
 */
import { diff, type FieldChange, type Json } from '../../plan/diff.js';
import type { ResourceChange } from '../../plan/types.js';
import { MASK, matchesFingerprint } from '../../secrets.js';
import { type AppPlan, planAppDelete, planAppOp } from '../apps.js';
import type { PlanContext } from '../handler.js';
import { mappingToWire, portalEntryOf } from '../mcp-portal/spec.js';
import type { Desired, Observed, ServerSpec } from '../model.js';
import { comparable, knownCapabilities } from '../overrides.js';
import { credentialValue, secretsOf, serverCreateBody, serverUpdateBody } from './bodies.js';
import { needsResync } from './status.js';
import { noteUncheckedSecret } from './unchecked-secrets.js';

const KIND = 'McpServer';
export const KEYED = { tools: 'name', prompts: 'name' };

/** Spec changes under the manifest's ownership; overrides of capabilities the last sync did not find are left out. */
function serverChanges(d: Desired<'McpServer'>, o: Observed<'McpServer'>): FieldChange[] {
  const only = (spec: ServerSpec): ServerSpec => ({
    ...spec,
    tools: comparable(spec.tools, knownCapabilities(o.facts, 'tools')),
    prompts: comparable(spec.prompts, knownCapabilities(o.facts, 'prompts')),
  });
  return diff(only(o.spec) as unknown as Json, only(d.spec) as unknown as Json, 'spec', KEYED).filter(
    (c) => c.path !== 'spec.credentials.source',
  );
}

const appBase = (id: string, spec: ServerSpec): AppPlan['base'] => ({
  name: `MCP server ${spec.displayName}`,
  type: 'mcp',
  destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: id }],
});

function warnings(
  d: Desired<'McpServer'>,
  o: Observed<'McpServer'> | undefined,
  sends: boolean,
  ctx: PlanContext,
) {
  for (const r of secretsOf(d.secrets)) {
    if (r.ok) continue;
    // Nothing to send: the live server keeps its stored credential, but a rotation cannot be found.
    if (!sends && o) noteUncheckedSecret(ctx.diagnostics, r, d.name);
    // To be sent: apply refuses it (exit 3, nothing changed) until the secret is there.
    else if (sends)
      ctx.diagnostics.push({
        severity: 'warning',
        code: 'secret/unresolved',
        message: `${KIND} ${d.name}: ${r.reason} (apply needs it and changes nothing without it)`,
      });
  }
  for (const what of ['tools', 'prompts'] as const) {
    const known = knownCapabilities(o?.facts, what);
    for (const x of d.spec[what].filter((x) => known && !known.has(x.name))) {
      ctx.diagnostics.push({
        severity: 'warning',
        code: 'plan/unknown-capability',
        message: `${KIND} ${d.name}: the last sync found no ${what.slice(0, -1)} ${JSON.stringify(x.name)}; the portal drops overrides of missing ${what} after each sync, so this one is not compared`,
      });
    }
  }
}

export function planCreate(d: Desired<'McpServer'>, ctx: PlanContext, dependsOn: string[] = []): string {
  const resource = `${KIND}/${d.name}`;
  const create = ctx.add({
    op: 'server.create',
    resource,
    args: { body: serverCreateBody(d) },
    produces: resource,
    syncs: d.name,
    dependsOn,
  });
  planAppOp(ctx, {
    resource,
    action: 'create',
    policies: d.spec.policies,
    base: appBase(d.name, d.spec),
    match: { mcp_server_id: d.name },
    owner: ctx.opts.owner,
    dependsOn: [create],
  });
  return create;
}

/** Detaches the server from every live portal that maps it, then deletes it (its app first). */
/** Detaches the server from every live portal that maps it, then deletes it, then its app. */
export function planDetachAndDelete(o: Observed<'McpServer'>, ctx: PlanContext) {
  const resource = `${KIND}/${o.name}`;
  const mappedBy = ctx.liveOf('McpPortal').filter((p) => p.spec.servers.some((s) => s.server === o.name));
  const detaches = mappedBy.map((p) =>
    ctx.add({
      op: 'portal.detach',
      resource,
      suffix: p.name,
      target: p.id,
      args: { id: p.id, server: o.name },
    }),
  );
  const del = ctx.add({
    op: 'server.delete',
    resource,
    target: o.id,
    args: { id: o.id },
    dependsOn: detaches,
  });
  if (o.app) planAppDelete(ctx, resource, o.app, [del]);
  return { del, mappedBy };
}

/** Puts a mapping back on a portal (after the server was created again). */
export function planAttach(
  ctx: PlanContext,
  server: string,
  portalId: string,
  entry: Json,
  dependsOn: string[],
) {
  ctx.add({
    op: 'portal.attach',
    resource: `${KIND}/${server}`,
    suffix: portalId,
    target: portalId,
    args: { id: portalId, entry },
    dependsOn,
  });
}

/**
 * Detach, delete, create, and attach to each portal again, one operation per portal: a portal in the
 * manifests gets its desired mapping (when it still maps the server), any other its live one. So one
 * failed replacement leaves the other servers of a portal in place.
 */
function planReplace(d: Desired<'McpServer'>, o: Observed<'McpServer'>, ctx: PlanContext): string[] {
  const { del, mappedBy } = planDetachAndDelete(o, ctx);
  const create = planCreate(d, ctx, [del]);
  for (const p of mappedBy) {
    const wanted = ctx.desired('McpPortal', p.name);
    const entry = wanted
      ? wanted.spec.servers.filter((m) => m.server === d.name).map(mappingToWire)[0]
      : portalEntryOf(p, d.name);
    if (entry) planAttach(ctx, d.name, p.id, entry as unknown as Json, [create]);
  }
  return mappedBy.map((p) => p.name);
}

interface ServerDiff {
  changes: FieldChange[];
  paths: string[];
  replaceFields: string[];
  sendCredentials: boolean;
  forced: boolean;
}

/** The field changes, with the credential's: by fingerprint where published, or forced (--rotate-credentials). */
function serverDiff(
  d: Desired<'McpServer'>,
  o: Observed<'McpServer'>,
  ctx: PlanContext,
  replaceOn: readonly string[],
): ServerDiff {
  const changes = serverChanges(d, o);
  const hasCredential = d.spec.credentials.form !== 'none';
  const credentialChanged = () => changes.some((c) => c.path.startsWith('spec.credentials'));
  const value = hasCredential ? credentialValue(d) : undefined;
  const rotated = value !== undefined && matchesFingerprint(value, o.facts?.credentialsFingerprint) === false;
  const forced = Boolean(ctx.opts.rotateCredentials) && hasCredential;
  if ((rotated || forced) && !credentialChanged())
    changes.push({ path: 'spec.credentials.value', before: MASK, after: MASK });
  const paths = changes.map((c) => c.path);
  // A pre-registered OAuth client's settings travel in the credential payload.
  const oauthChanged =
    d.spec.auth.type === 'oauth' &&
    paths.some((p) => p.startsWith('spec.auth.') && p !== 'spec.auth.sharedCallback');
  return {
    changes,
    paths,
    replaceFields: paths.filter((p) => replaceOn.includes(p)),
    sendCredentials: hasCredential && (forced || credentialChanged() || oauthChanged),
    forced,
  };
}

export function planServerCreate(d: Desired<'McpServer'>, ctx: PlanContext): ResourceChange {
  const hasCredential = d.spec.credentials.form !== 'none';
  warnings(d, undefined, hasCredential, ctx);
  planCreate(d, ctx);
  return {
    kind: KIND,
    name: d.name,
    action: 'create',
    reason: 'not in the live state',
    changes: [],
    desired: d.spec,
    app: { action: 'create' },
    sendCredentials: hasCredential,
    sync: true,
  };
}

export function planServerChange(
  d: Desired<'McpServer'>,
  o: Observed<'McpServer'>,
  ctx: PlanContext,
  replaceOn: readonly string[],
): ResourceChange {
  const sd = serverDiff(d, o, ctx, replaceOn);
  warnings(d, o, sd.sendCredentials || sd.replaceFields.length > 0, ctx);
  if (!sd.replaceFields.length) return planServerUpdate(d, o, ctx, sd);
  const detachFrom = planReplace(d, o, ctx);
  return {
    kind: KIND,
    name: d.name,
    action: 'replace',
    reason: `${sd.replaceFields.join(', ')} cannot change in place`,
    changes: sd.changes,
    replaceFields: sd.replaceFields,
    id: o.id,
    desired: d.spec,
    // The old app goes with the old server; the new server gets a new one.
    app: { action: 'create' },
    sendCredentials: d.spec.credentials.form !== 'none',
    sync: true,
    ...(detachFrom.length ? { detachFrom } : {}),
  };
}

function planServerUpdate(
  d: Desired<'McpServer'>,
  o: Observed<'McpServer'>,
  ctx: PlanContext,
  { changes, paths, sendCredentials, forced }: ServerDiff,
): ResourceChange {
  const resource = `${KIND}/${d.name}`;
  if (paths.some((p) => !p.startsWith('spec.policies')) || sendCredentials) {
    const body = serverUpdateBody(d, paths, sendCredentials);
    ctx.add({
      op: 'server.update',
      resource,
      target: o.id,
      args: { id: o.id, body },
      ...(sendCredentials ? { syncs: d.name } : {}),
    });
  }
  const adopting = !o.owned && o.app !== undefined;
  const policiesChanged = paths.some((p) => p.startsWith('spec.policies'));
  // A missing app with no policies wanted changes nothing (no app and an empty one both admit no one).
  const appAction = !o.app
    ? d.spec.policies.length
      ? 'create'
      : 'noop'
    : policiesChanged || adopting
      ? 'update'
      : 'noop';
  planAppOp(ctx, {
    resource,
    action: appAction,
    ...(o.app ? { live: o.app } : {}),
    policies: d.spec.policies,
    base: appBase(d.name, d.spec),
    match: { mcp_server_id: d.name },
    owner: ctx.opts.owner,
    dependsOn: [],
  });
  const resync = !sendCredentials && needsResync(o);
  if (resync)
    ctx.add({
      op: 'server.sync',
      resource,
      target: o.id,
      args: { id: o.id },
      purpose: 'resync',
      syncs: d.name,
    });
  const action = changes.length || appAction === 'create' ? 'update' : 'noop';
  const reason =
    appAction === 'create' && !changes.length
      ? 'its Access application is missing'
      : forced && changes.length === 1
        ? 'credentials sent (--rotate-credentials)'
        : undefined;
  return {
    kind: KIND,
    name: d.name,
    action,
    ...(reason ? { reason } : {}),
    changes,
    id: o.id,
    ...(action !== 'noop' ? { desired: d.spec } : {}),
    app: {
      action: policiesChanged || appAction === 'create' ? appAction : 'noop',
      ...(o.app ? { id: o.app.id } : {}),
    },
    ...(sendCredentials ? { sendCredentials: true, sync: true } : {}),
    ...(adopting ? { adopt: true } : {}),
    ...(resync ? { resync: true } : {}),
  };
}

/** The delete of a server not in the manifests; kept (with a warning) while a portal not managed here maps it. */
export function planServerDelete(o: Observed<'McpServer'>, ctx: PlanContext): ResourceChange | undefined {
  const resource = `${KIND}/${o.name}`;
  const mappedBy = ctx.liveOf('McpPortal').filter((p) => p.spec.servers.some((s) => s.server === o.name));
  const blockers = mappedBy.filter((p) => !ctx.desired('McpPortal', p.name) && !(ctx.opts.prune && p.owned));
  if (blockers.length) {
    ctx.diagnostics.push({
      severity: 'warning',
      code: 'plan/delete-blocked',
      message: `${KIND} ${o.name} is kept: portal ${blockers.map((p) => p.name).join(', ')} still maps it and is not managed here`,
    });
    return undefined;
  }
  const del = ctx.add({ op: 'server.delete', resource, target: o.id, args: { id: o.id } });
  if (o.app) planAppDelete(ctx, resource, o.app, [del]);
  const inManifests = mappedBy.filter((p) => ctx.desired('McpPortal', p.name)).map((p) => p.name);
  return {
    kind: KIND,
    name: o.name,
    action: 'delete',
    reason: 'not in the manifests, and owned by this tool',
    changes: [],
    id: o.id,
    ...(o.app ? { app: { action: 'delete', id: o.app.id } } : {}),
    ...(inManifests.length ? { detachFrom: inManifests } : {}),
  };
}
