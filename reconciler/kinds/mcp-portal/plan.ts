/**
 * Planning an McpPortal: field changes against the live portal (echoes resolved, overrides of unknown
 * capabilities left out), the operations for a create, an update (after its servers' writes) or a delete (then
 * its app's), and its hostname's DNS record (dns.ts). Resource rules need a target announcing the `resources`
 * extension (the embedded portal); elsewhere (Cloudflare has no resources) plan fails at each, sending none.
 */
import { diff, type FieldChange, type Json } from '../../plan/diff.js';
import type { DnsRecordChange, DnsRecordNote, ResourceChange } from '../../plan/types.js';
import { type AppPlan, planAppDelete, planAppOp } from '../apps.js';
import type { PlanContext } from '../handler.js';
import type { Desired, Observed, PortalSpec } from '../model.js';
import { comparable, knownCapabilities } from '../overrides.js';
import { portalCreateBody, portalUpdateBody } from './bodies.js';
import { PORTAL_CNAME_TARGET, planPortalDns, planPortalDnsDelete } from './dns.js';
import { resolvedSpec } from './spec.js';

export { PORTAL_CNAME_TARGET };

const KIND = 'McpPortal';
export const KEYED = { servers: 'server', tools: 'name', prompts: 'name' };

/** The extension of Cloudflare's API that portal mappings' resource rules (`updated_resources`) need. */
export const RESOURCES_EXTENSION = 'resources';
export const RESOURCES_UNSUPPORTED = 'target/resources-unsupported';

/**
 * The spec whose bodies may be sent: as it is where the target takes resource rules; elsewhere without
 * them, with an error for each mapping that has some (so the plan is errored and never applied).
 */
function sendable(d: Desired<'McpPortal'>, ctx: PlanContext): PortalSpec {
  if (ctx.snapshot.extensions?.includes(RESOURCES_EXTENSION)) return d.spec;
  if (!d.spec.servers.some((m) => m.resources?.length)) return d.spec;
  for (const m of d.spec.servers.filter((x) => x.resources?.length)) {
    const source = d.locate?.(['spec', 'servers', { server: m.server }, 'resources']);
    ctx.diagnostics.push({
      severity: 'error',
      code: RESOURCES_UNSUPPORTED,
      message: `${KIND}/${d.name}: the resources rules of server ${JSON.stringify(m.server)} cannot be applied to this target: Cloudflare's API has no resources (only the embedded portal takes them)`,
      detail:
        "Resource rules are an extension of the embedded portal (its API announces it in the Mcp-Portals-Extensions header; this target's does not). Remove the resources section to apply these manifests to Cloudflare; nothing was sent.",
      ...(source ? { source } : {}),
    });
  }
  return { ...d.spec, servers: d.spec.servers.map(({ resources: _refused, ...m }) => m) };
}

/**
 * The DNS record a portal's hostname needs on Cloudflare, where creating the portal through the API (or
 * changing its hostname) does not create it; none for the embedded portal, which routes by Host header,
 * and none for a portal with `spec.dns`, whose record apply manages.
 */
function dnsRecordFor(ctx: PlanContext, spec: PortalSpec, replaces?: string): { dnsRecord?: DnsRecordNote } {
  const target = ctx.opts.target;
  const hostname = spec.hostname;
  if (!target || target.embedded || spec.dns) return {};
  return {
    dnsRecord: {
      type: 'CNAME',
      name: hostname,
      content: PORTAL_CNAME_TARGET,
      proxied: true,
      ...(replaces ? { replaces } : {}),
    },
  };
}

/**
 * Both specs as the planner compares them: echoes resolved, overrides of unknown capabilities left out,
 * and without `dns` (no portal field: its record is compared by itself, in dns.ts).
 */
function comparableSpecs(d: Desired<'McpPortal'>, o: Observed<'McpPortal'>, ctx: Pick<PlanContext, 'live'>) {
  const observed = resolvedSpec(o, d.spec);
  const only = ({ dns: _dns, ...spec }: PortalSpec): PortalSpec => ({
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

/**
 * A mapped server must exist (again), with its own overrides written, before the mapping set that names
 * it is sent: the API checks a mapping's aliases over the server's.
 */
const serverDeps = (spec: PortalSpec, ctx: PlanContext) =>
  spec.servers.flatMap((m) =>
    ctx
      .opsOf(`McpServer/${m.server}`)
      .filter((x) => x.op === 'server.create' || x.op === 'server.update')
      .map((x) => x.id),
  );

export function planPortalCreate(d: Desired<'McpPortal'>, ctx: PlanContext): ResourceChange {
  const resource = `${KIND}/${d.name}`;
  const create = ctx.add({
    op: 'portal.create',
    resource,
    args: { body: portalCreateBody({ ...d, spec: sendable(d, ctx) }) },
    produces: resource,
    dependsOn: serverDeps(d.spec, ctx),
  });
  planAppOp(ctx, app(ctx, resource, d.spec, { action: 'create', dependsOn: [create] }));
  const dns = planPortalDns(d, ctx, [create]);
  return {
    kind: KIND,
    name: d.name,
    action: 'create',
    reason: 'not in the live state',
    changes: [],
    desired: d.spec,
    app: { action: 'create' },
    ...dnsRecordFor(ctx, d.spec),
    ...(dns.changes.length ? { dns: dns.changes } : {}),
  };
}

/** The record writes as field changes (`dns[name]`), so drift and the diff show them like any field. */
const dnsFieldChanges = (changes: readonly DnsRecordChange[]): FieldChange[] =>
  changes
    .filter((c) => c.action !== 'noop')
    .map((c) => {
      const now = { type: c.type, content: c.content, proxied: c.proxied };
      const path = `dns[${c.name}]`;
      if (c.action === 'create') return { path, after: now };
      if (c.action === 'delete') return { path, before: now };
      return { path, before: { type: c.type, ...(c.before ?? {}) }, after: now };
    });

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
  // A server being replaced leaves and rejoins this portal by its own operations (see mcp-server/plan.ts).
  const body = portalUpdateBody(
    sendable(d, ctx),
    paths.filter((p) => !p.startsWith('spec.policies')),
  );
  const update = Object.keys(body).length
    ? ctx.add({
        op: 'portal.update',
        resource,
        target: o.id,
        args: { id: o.id, body },
        dependsOn: serverDeps(spec, ctx),
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
  const dns = planPortalDns(d, ctx, update ? [update] : [], o.spec.hostname);
  const action = changes.length || appAction === 'create' || dns.writes ? 'update' : 'noop';
  const reason =
    appAction === 'create' && !changes.length
      ? 'its Access application is missing'
      : dns.writes && !changes.length
        ? 'its DNS record is missing or wrong'
        : undefined;
  return {
    kind: KIND,
    name: d.name,
    action,
    ...(reason ? { reason } : {}),
    changes: [...changes, ...dnsFieldChanges(dns.changes)],
    id: o.id,
    ...(action !== 'noop' ? { desired: spec } : {}),
    app: {
      action: appChanged || appAction === 'create' ? appAction : 'noop',
      ...(o.app ? { id: o.app.id } : {}),
    },
    ...(adopting ? { adopt: true } : {}),
    ...(paths.includes('spec.hostname') ? dnsRecordFor(ctx, spec, o.spec.hostname) : {}),
    ...(dns.changes.length ? { dns: dns.changes } : {}),
  };
}

export function planPortalDelete(o: Observed<'McpPortal'>, ctx: PlanContext): ResourceChange {
  const resource = `${KIND}/${o.name}`;
  const del = ctx.add({ op: 'portal.delete', resource, target: o.id, args: { id: o.id } });
  if (o.app) planAppDelete(ctx, resource, o.app, [del]);
  const dns = planPortalDnsDelete(o, ctx, [del]);
  return {
    kind: KIND,
    name: o.name,
    action: 'delete',
    reason: 'not in the manifests, and owned by this tool',
    changes: [],
    id: o.id,
    ...(o.app ? { app: { action: 'delete', id: o.app.id } } : {}),
    ...(dns.length ? { dns } : {}),
  };
}
