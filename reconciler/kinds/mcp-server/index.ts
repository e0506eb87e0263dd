/**
 * The McpServer kind. `url` and `auth.type` cannot change in place (the schema's `x-replace-on-change`):
 * a replace detaches the server from the portals that map it, deletes and creates it, and attaches it
 * again. Overrides naming a capability the last sync did not find are not compared: the portal drops them
 * at every sync, so comparing them would show a change forever.
 */
import type { ServerObject } from '../../../schemas/generated/wire.js';
import { replaceOnChange } from '../../../schemas/registry.js';
import { diff, type FieldChange, type Json } from '../../plan/diff.js';
import type { ResourceChange } from '../../plan/types.js';
import { MASK, matchesFingerprint } from '../../secrets.js';
import { type AppPlan, appRef, planAppOp } from '../apps.js';
import type { KindHandler, PlanContext } from '../handler.js';
import { portalEntryOf } from '../mcp-portal/spec.js';
import type { Desired, Observed, ServerSpec } from '../model.js';
import { comparable, knownCapabilities } from '../overrides.js';
import { credentialValue, secretsOf, serverCreateBody, serverUpdateBody } from './bodies.js';
import { checkServer } from './check.js';
import { serverManifest } from './manifest.js';
import { serverFromApi, serverFromManifest } from './spec.js';
import { needsResync, serverStatus } from './status.js';

const KIND = 'McpServer';
export const SERVER_REPLACE_ON = replaceOnChange(KIND).map((p) => `spec.${p}`);
const KEYED = { tools: 'name', prompts: 'name' };

/** Spec changes under the manifest's ownership; overrides of capabilities the last sync did not find are left out. */
export function serverChanges(d: Desired<'McpServer'>, o: Observed<'McpServer'>): FieldChange[] {
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
  if (sends) {
    for (const r of secretsOf(d.secrets)) {
      if (!r.ok)
        ctx.diagnostics.push({
          severity: 'warning',
          code: 'secret/unresolved',
          message: `${KIND} ${d.name}: ${r.reason}`,
        });
    }
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
  const appDelete = o.app
    ? planAppOp(ctx, { ...noApp(resource, ctx), action: 'delete', live: o.app, dependsOn: detaches })
    : undefined;
  const del = ctx.add({
    op: 'server.delete',
    resource,
    target: o.id,
    args: { id: o.id },
    dependsOn: [...detaches, ...(appDelete ? [appDelete] : [])],
  });
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

/** Detach, delete, create, and attach to the portals not in the manifests (the others send their whole set). */
function planReplace(d: Desired<'McpServer'>, o: Observed<'McpServer'>, ctx: PlanContext): string[] {
  const { del, mappedBy } = planDetachAndDelete(o, ctx);
  const create = planCreate(d, ctx, [del]);
  for (const p of mappedBy.filter((p) => !ctx.desired('McpPortal', p.name))) {
    const entry = portalEntryOf(p, d.name);
    if (entry) planAttach(ctx, d.name, p.id, entry as unknown as Json, [create]);
  }
  return mappedBy.map((p) => p.name);
}

const noApp = (resource: string, ctx: PlanContext): AppPlan => ({
  resource,
  action: 'noop',
  policies: [],
  base: {},
  match: { domain: '' },
  owner: ctx.opts.owner,
  dependsOn: [],
});

export const serverHandler: KindHandler<'McpServer'> = {
  kind: KIND,
  schema: 'mcp-server.schema.json',
  order: 1,
  replaceOn: SERVER_REPLACE_ON,
  keyed: KEYED,
  observeWith: [],
  importFile: 'servers.yaml',
  fromManifest: serverFromManifest,
  toManifest: serverManifest,
  list: (api) => api.listServers(),
  get: (api, id) => api.getServer(id),
  nameOf: (raw) => (raw as ServerObject).id,

  fromApi(raw, ctx): Observed<'McpServer'> {
    const s = raw as ServerObject;
    const app = ctx.apps.forServer(s.id);
    const { spec, facts } = serverFromApi(
      s,
      ctx.apps.policyNamesOf(app),
      (ctx.desired(KIND, s.id) as Desired<'McpServer'> | undefined)?.spec.credentials,
    );
    return { kind: KIND, name: s.id, id: s.id, spec, facts, owned: ctx.apps.owned(app), ...appRef(app) };
  },

  planChange(d, o, ctx): ResourceChange {
    const resource = `${KIND}/${d.name}`;
    const spec = d.spec;
    const hasCredential = spec.credentials.form !== 'none';
    if (!o) {
      warnings(d, o, hasCredential, ctx);
      planCreate(d, ctx);
      return {
        kind: KIND,
        name: d.name,
        action: 'create',
        reason: 'not in the live state',
        changes: [],
        desired: spec,
        app: { action: 'create' },
        sendCredentials: hasCredential,
        sync: true,
      };
    }
    const changes = serverChanges(d, o);
    const credentialChanged = () => changes.some((c) => c.path.startsWith('spec.credentials'));
    const value = hasCredential ? credentialValue(d) : undefined;
    if (
      value !== undefined &&
      matchesFingerprint(value, o.facts?.credentialsFingerprint) === false &&
      !credentialChanged()
    )
      changes.push({ path: 'spec.credentials.value', before: MASK, after: MASK });
    const forced = Boolean(ctx.opts.rotateCredentials) && hasCredential;
    if (forced && !credentialChanged())
      changes.push({ path: 'spec.credentials.value', before: MASK, after: MASK });
    const paths = changes.map((c) => c.path);
    const replaceFields = paths.filter((p) => SERVER_REPLACE_ON.includes(p));
    // A pre-registered OAuth client's settings travel in the credential payload.
    const oauthChanged =
      spec.auth.type === 'oauth' &&
      paths.some((p) => p.startsWith('spec.auth.') && p !== 'spec.auth.sharedCallback');
    const sendCredentials = hasCredential && (forced || credentialChanged() || oauthChanged);
    warnings(d, o, sendCredentials || replaceFields.length > 0, ctx);

    if (replaceFields.length) {
      const detachFrom = planReplace(d, o, ctx);
      return {
        kind: KIND,
        name: d.name,
        action: 'replace',
        reason: `${replaceFields.join(', ')} cannot change in place`,
        changes,
        replaceFields,
        id: o.id,
        desired: spec,
        app: { action: 'update', ...(o.app ? { id: o.app.id } : {}) },
        sendCredentials: hasCredential,
        sync: true,
        ...(detachFrom.length ? { detachFrom } : {}),
      };
    }

    const specPaths = paths.filter((p) => !p.startsWith('spec.policies'));
    if (specPaths.length || sendCredentials) {
      ctx.add({
        op: 'server.update',
        resource,
        target: o.id,
        args: { id: o.id, body: serverUpdateBody(d, paths, sendCredentials) },
        ...(sendCredentials ? { syncs: d.name } : {}),
      });
    }
    const adopting = !o.owned && o.app !== undefined;
    const policiesChanged = paths.some((p) => p.startsWith('spec.policies'));
    // A missing app with no policies wanted changes nothing (no app and an empty one both admit no one).
    const appAction = !o.app
      ? spec.policies.length
        ? 'create'
        : 'noop'
      : policiesChanged || adopting
        ? 'update'
        : 'noop';
    planAppOp(ctx, {
      resource,
      action: appAction,
      ...(o.app ? { live: o.app } : {}),
      policies: spec.policies,
      base: appBase(d.name, spec),
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
    return {
      kind: KIND,
      name: d.name,
      action,
      ...(appAction === 'create' && !changes.length
        ? { reason: 'its Access application is missing' }
        : forced && changes.length === 1
          ? { reason: 'credentials sent (--rotate-credentials)' }
          : {}),
      changes,
      id: o.id,
      ...(action !== 'noop' ? { desired: spec } : {}),
      app: {
        action: policiesChanged || appAction === 'create' ? appAction : 'noop',
        ...(o.app ? { id: o.app.id } : {}),
      },
      ...(sendCredentials ? { sendCredentials: true, sync: true } : {}),
      ...(adopting ? { adopt: true } : {}),
      ...(resync ? { resync: true } : {}),
    };
  },

  planDelete(o, ctx): ResourceChange | undefined {
    const resource = `${KIND}/${o.name}`;
    const mappedBy = ctx.liveOf('McpPortal').filter((p) => p.spec.servers.some((s) => s.server === o.name));
    const blockers = mappedBy.filter(
      (p) => !ctx.desired('McpPortal', p.name) && !(ctx.opts.prune && p.owned),
    );
    if (blockers.length) {
      ctx.diagnostics.push({
        severity: 'warning',
        code: 'plan/delete-blocked',
        message: `${KIND} ${o.name} is kept: portal ${blockers.map((p) => p.name).join(', ')} still maps it and is not managed here`,
      });
      return undefined;
    }
    const appDelete = o.app
      ? planAppOp(ctx, { ...noApp(resource, ctx), action: 'delete', live: o.app })
      : undefined;
    ctx.add({
      op: 'server.delete',
      resource,
      target: o.id,
      args: { id: o.id },
      dependsOn: appDelete ? [appDelete] : [],
    });
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
  },

  status: (o) => serverStatus(o),
  semanticCheck: checkServer,
};
