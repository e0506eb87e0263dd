/**
 * The McpPortal kind. Its mappings are planned against the servers in the same snapshot: an `enabled`
 * the API merged from the server's override is compared only where the manifest sets it, and overrides of
 * capabilities the server's last sync did not find are not compared (the portal drops them). A portal
 * that maps a server being replaced sends its whole mapping set again once the server is back.
 */
import type { PortalObject, ServerObject } from '../../../schemas/generated/wire.js';
import { replaceOnChange } from '../../../schemas/registry.js';
import { diff, type Json } from '../../plan/diff.js';
import type { ResourceChange } from '../../plan/types.js';
import type { ResourceStatus } from '../../status-types.js';
import { type AppPlan, appRef, planAppOp } from '../apps.js';
import type { KindHandler, PlanContext, StatusContext } from '../handler.js';
import type { Desired, Observed, PortalSpec } from '../model.js';
import { comparable, knownCapabilities } from '../overrides.js';
import { portalCreateBody, portalUpdateBody } from './bodies.js';
import { checkPortal } from './check.js';
import { exposure, portalConsequences } from './exposure.js';
import { portalManifest } from './manifest.js';
import { enabledPath, portalFromApi, portalFromManifest, withoutEnabled } from './spec.js';

const KIND = 'McpPortal';
const KEYED = { servers: 'server', tools: 'name', prompts: 'name' };

/** Both specs as the planner compares them: echoes resolved, overrides of unknown capabilities left out. */
export function comparableSpecs(
  d: Desired<'McpPortal'>,
  o: Observed<'McpPortal'>,
  ctx: Pick<PlanContext, 'live'>,
) {
  const set = new Set<string>();
  for (const m of d.spec.servers)
    for (const what of ['tools', 'prompts'] as const)
      for (const x of m[what]) if (x.enabled !== undefined) set.add(enabledPath(m.server, what, x.name));
  const observed = withoutEnabled(o.spec, new Set((o.echoes ?? []).filter((p) => !set.has(p))));
  const only = (spec: PortalSpec): PortalSpec => ({
    ...spec,
    servers: spec.servers.map((m) => {
      const facts = ctx.live('McpServer', m.server)?.facts;
      return {
        ...m,
        tools: comparable(m.tools, knownCapabilities(facts, 'tools')),
        prompts: comparable(m.prompts, knownCapabilities(facts, 'prompts')),
      };
    }),
  });
  return { desired: only(d.spec), observed: only(observed) };
}

function app(ctx: PlanContext, resource: string, spec: PortalSpec, p: Partial<AppPlan>): AppPlan {
  return {
    resource,
    action: 'noop',
    policies: spec.policies,
    base: { name: `MCP portal ${spec.displayName}`, type: 'mcp_portal', domain: spec.hostname },
    match: { domain: spec.hostname },
    owner: ctx.opts.owner,
    dependsOn: [],
    ...p,
  };
}

function portalStatus(o: Observed<'McpPortal'>, ctx: StatusContext): ResourceStatus {
  const mapped = o.spec.servers.map(
    (s) => ctx.statusOf('McpServer', s.server) ?? { name: s.server, phase: 'Waiting' as const },
  );
  const names = (phase: string) =>
    mapped
      .filter((s) => s.phase === phase)
      .map((s) => s.name)
      .sort();
  const inError = names('Error');
  const waiting = names('Waiting');
  // Counts of what the portal exposes (after overrides and allowlists), not of what its servers offer.
  const exposed = exposure(withoutEnabled(o.spec, new Set(o.echoes ?? [])), (id) => {
    const s = ctx.live('McpServer', id);
    return s
      ? { tools: s.spec.tools, prompts: s.spec.prompts, ...(s.facts ? { facts: s.facts } : {}) }
      : undefined;
  });
  const base = {
    kind: KIND,
    name: o.name,
    tools: exposed.tools.length,
    prompts: exposed.prompts.length,
  } as const;
  if (!o.app)
    return {
      ...base,
      phase: 'Error',
      reason: 'AccessAppMissing',
      message: 'no Access application guards this portal',
    };
  if (inError.length)
    return {
      ...base,
      phase: 'Error',
      reason: 'ServerError',
      message: `servers in error: ${inError.join(', ')}`,
    };
  if (waiting.length)
    return {
      ...base,
      phase: 'Waiting',
      reason: 'ServersWaiting',
      message: `waiting for: ${waiting.join(', ')}`,
    };
  const ready = mapped.length - inError.length - waiting.length;
  return { ...base, phase: 'Ready', reason: 'Ready', message: `${ready} of ${mapped.length} servers ready` };
}

export const portalHandler: KindHandler<'McpPortal'> = {
  kind: KIND,
  schema: 'mcp-portal.schema.json',
  order: 2,
  replaceOn: replaceOnChange(KIND).map((p) => `spec.${p}`),
  keyed: KEYED,
  observeWith: ['McpServer'],
  importFile: 'portals.yaml',
  fromManifest: portalFromManifest,
  toManifest: portalManifest,
  list: (api) => api.listPortals(),
  get: (api, id) => api.getPortal(id),
  nameOf: (raw) => (raw as PortalObject).id,

  fromApi(raw, ctx): Observed<'McpPortal'> {
    const p = raw as PortalObject;
    const servers = new Map((ctx.raw('McpServer') as ServerObject[]).map((s) => [s.id, s]));
    const a = ctx.apps.forPortal(p.hostname);
    const { spec, echoes } = portalFromApi(p, ctx.apps.policyNamesOf(a), servers);
    return {
      kind: KIND,
      name: p.id,
      id: p.id,
      spec,
      owned: ctx.apps.owned(a),
      ...appRef(a),
      ...(echoes.length ? { echoes } : {}),
    };
  },

  planChange(d, o, ctx): ResourceChange {
    const resource = `${KIND}/${d.name}`;
    const spec = d.spec;
    // A mapped server must exist (again) before the mapping set that names it is sent.
    const serverDeps = spec.servers.flatMap((m) =>
      ctx.opsOf(`McpServer/${m.server}`, 'server.create').map((x) => x.id),
    );
    if (!o) {
      const create = ctx.add({
        op: 'portal.create',
        resource,
        args: { body: portalCreateBody(d) },
        produces: resource,
        dependsOn: serverDeps,
      });
      planAppOp(ctx, app(ctx, resource, spec, { action: 'create', dependsOn: [create] }));
      return {
        kind: KIND,
        name: d.name,
        action: 'create',
        reason: 'not in the live state',
        changes: [],
        desired: spec,
        app: { action: 'create' },
      };
    }
    const cmp = comparableSpecs(d, o, ctx);
    const changes = diff(cmp.observed as unknown as Json, cmp.desired as unknown as Json, 'spec', KEYED);
    const paths = changes.map((c) => c.path);
    const reattach = spec.servers.some(
      (m) =>
        ctx.opsOf(`McpServer/${m.server}`, 'server.delete').length > 0 &&
        o.spec.servers.some((s) => s.server === m.server),
    );
    const detaches = ctx
      .allOps()
      .filter((x) => x.op === 'portal.detach' && x.target === o.id)
      .map((x) => x.id);
    const body = portalUpdateBody(spec, [
      ...paths.filter((p) => !p.startsWith('spec.policies')),
      ...(reattach ? ['spec.servers'] : []),
    ]);
    const update = Object.keys(body).length
      ? ctx.add({
          op: 'portal.update',
          resource,
          target: o.id,
          args: { id: o.id, body },
          dependsOn: [...serverDeps, ...detaches],
        })
      : undefined;
    const adopting = !o.owned && o.app !== undefined;
    const appChanged = paths.some((p) => p.startsWith('spec.policies') || p === 'spec.hostname');
    const appAction = !o.app
      ? spec.policies.length
        ? 'create'
        : 'noop'
      : appChanged || adopting
        ? 'update'
        : 'noop';
    planAppOp(
      ctx,
      app(ctx, resource, spec, {
        action: appAction,
        ...(o.app ? { live: o.app } : {}),
        dependsOn: update ? [update] : [],
      }),
    );
    const action = changes.length || appAction === 'create' ? 'update' : 'noop';
    return {
      kind: KIND,
      name: d.name,
      action,
      ...(appAction === 'create' && !changes.length ? { reason: 'its Access application is missing' } : {}),
      changes,
      id: o.id,
      ...(action !== 'noop' ? { desired: spec } : {}),
      app: {
        action: appChanged || appAction === 'create' ? appAction : 'noop',
        ...(o.app ? { id: o.app.id } : {}),
      },
      ...(adopting ? { adopt: true } : {}),
    };
  },

  planDelete(o, ctx): ResourceChange {
    const resource = `${KIND}/${o.name}`;
    const appDelete = o.app
      ? planAppOp(ctx, app(ctx, resource, o.spec, { action: 'delete', live: o.app }))
      : undefined;
    ctx.add({
      op: 'portal.delete',
      resource,
      target: o.id,
      args: { id: o.id },
      dependsOn: appDelete ? [appDelete] : [],
    });
    return {
      kind: KIND,
      name: o.name,
      action: 'delete',
      reason: 'not in the manifests, and owned by this tool',
      changes: [],
      id: o.id,
      ...(o.app ? { app: { action: 'delete', id: o.app.id } } : {}),
    };
  },

  status: portalStatus,
  semanticCheck: checkPortal,
  consequences: portalConsequences,
};
