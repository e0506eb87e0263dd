/**
 * Planning an McpPortal: its field changes against the live portal with the mappings' echoes resolved
 * and overrides of unknown capabilities left out (`comparableSpecs`), and the operations for a create,
 * an update (waiting for the servers it maps to exist, and for detaches from it) or a delete.
 */
import { diff, type Json } from '../../plan/diff.js';
import type { ResourceChange } from '../../plan/types.js';
import { type AppPlan, planAppOp } from '../apps.js';
import type { PlanContext } from '../handler.js';
import type { Desired, Observed, PortalSpec } from '../model.js';
import { comparable, knownCapabilities } from '../overrides.js';
import { portalCreateBody, portalUpdateBody } from './bodies.js';
import { enabledPath, withoutEnabled } from './spec.js';

const KIND = 'McpPortal';
export const KEYED = { servers: 'server', tools: 'name', prompts: 'name' };

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

/** A mapped server must exist (again) before the mapping set that names it is sent. */
const serverDeps = (spec: PortalSpec, ctx: PlanContext) =>
  spec.servers.flatMap((m) => ctx.opsOf(`McpServer/${m.server}`, 'server.create').map((x) => x.id));

export function planPortalCreate(d: Desired<'McpPortal'>, ctx: PlanContext): ResourceChange {
  const resource = `${KIND}/${d.name}`;
  const create = ctx.add({
    op: 'portal.create',
    resource,
    args: { body: portalCreateBody(d) },
    produces: resource,
    dependsOn: serverDeps(d.spec, ctx),
  });
  planAppOp(ctx, app(ctx, resource, d.spec, { action: 'create', dependsOn: [create] }));
  return {
    kind: KIND,
    name: d.name,
    action: 'create',
    reason: 'not in the live state',
    changes: [],
    desired: d.spec,
    app: { action: 'create' },
  };
}

export function planPortalUpdate(
  d: Desired<'McpPortal'>,
  o: Observed<'McpPortal'>,
  ctx: PlanContext,
): ResourceChange {
  const resource = `${KIND}/${d.name}`;
  const spec = d.spec;
  const cmp = comparableSpecs(d, o, ctx);
  const changes = diff(cmp.observed as unknown as Json, cmp.desired as unknown as Json, 'spec', KEYED);
  const paths = changes.map((c) => c.path);
  // A server being replaced left this portal: the whole mapping set goes back once it exists again.
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
        dependsOn: [...serverDeps(spec, ctx), ...detaches],
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
  const appDeps = update ? [update] : [];
  planAppOp(
    ctx,
    app(ctx, resource, spec, { action: appAction, ...(o.app ? { live: o.app } : {}), dependsOn: appDeps }),
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
}

export function planPortalDelete(o: Observed<'McpPortal'>, ctx: PlanContext): ResourceChange {
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
}
