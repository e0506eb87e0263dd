/**
 * Access applications: how policies attach to MCP objects. A server's policies live on an app of type
 * `mcp` (destination `via_mcp_server_portal` with its id); a portal's on an app of type `mcp_portal`
 * whose domain is its hostname. The app also carries this tool's ownership tag. Shared by the server and
 * portal kinds: reading apps into an index, and planning the app operations beside the object's own (and
 * the tag they carry, created first when the account does not have it).
 */
import type { AppObject } from '../../schemas/generated/wire.js';
import type { Json } from '../plan/diff.js';
import type { AppIndex, PlanContext } from './handler.js';

/** The tag every app this tool creates carries; with `--owner NAME`, `mcp-portals:NAME`. */
export const ownerTag = (owner = 'default') => `mcp-portals:${owner}`;

/** The server id an `mcp` app points at. */
export const appServerId = (app: AppObject): string | undefined =>
  app.type === 'mcp'
    ? app.destinations?.find((d) => d.type === 'via_mcp_server_portal')?.mcp_server_id
    : undefined;

/** The portal hostname an `mcp_portal` app guards. */
export const appPortalHost = (app: AppObject): string | undefined =>
  app.type === 'mcp_portal' ? app.domain?.toLowerCase() : undefined;

/** Policy ids of an app, in precedence order. */
export const appPolicyIds = (app: AppObject): string[] =>
  [...(app.policies ?? [])].sort((a, b) => a.precedence - b.precedence).map((p) => p.id);

/** Indexes apps by what they guard (the first app per server or hostname wins, as the API lists them). */
export function indexApps(
  apps: readonly AppObject[],
  owner: string,
  policyNames: ReadonlyMap<string, string>,
): AppIndex {
  const tag = ownerTag(owner);
  const servers = new Map<string, AppObject>();
  const portals = new Map<string, AppObject>();
  const linkedByOwned = new Set<string>();
  const linkedByOthers = new Set<string>();
  const linkedByMcp = new Set<string>();
  const owned = (app: AppObject | undefined) => Boolean(app?.tags?.includes(tag));
  for (const app of apps) {
    const sid = appServerId(app);
    const host = appPortalHost(app);
    if (sid !== undefined && !servers.has(sid)) servers.set(sid, app);
    if (host !== undefined && !portals.has(host)) portals.set(host, app);
    // Any other application (a self-hosted app on Cloudflare) that links a policy makes it not ours.
    const mcp = sid !== undefined || host !== undefined;
    for (const id of appPolicyIds(app)) {
      if (mcp) linkedByMcp.add(id);
      (mcp && owned(app) ? linkedByOwned : linkedByOthers).add(id);
    }
  }
  return {
    forServer: (id) => servers.get(id),
    forPortal: (hostname) => portals.get(hostname.toLowerCase()),
    owned,
    policyOwned: (id) => linkedByOwned.has(id) && !linkedByOthers.has(id),
    policyLinked: (id) => linkedByMcp.has(id),
    policyNamesOf: (app) =>
      app ? appPolicyIds(app).map((id) => policyNames.get(id) ?? `<unknown policy ${id}>`) : [],
  };
}

/** `{ app: { id, tags } }` for an Observed, or nothing. */
export const appRef = (app: AppObject | undefined) =>
  app ? { app: { id: app.id, tags: app.tags ?? [] } } : {};

export interface AppPlan {
  /** The resource the app belongs to (`McpServer/docs`). */
  resource: string;
  /** The live app, if any. */
  live?: { id: string };
  /** What to do: decided by the kind (policies changed, app missing, adoption); deletes: `planAppDelete`. */
  action: 'create' | 'update' | 'noop';
  /** Desired policy names, in precedence order. */
  policies: readonly string[];
  /** The app body without `policies` and `tags`. */
  base: { [key: string]: Json };
  /** How to find the app again after an ambiguous create. */
  match: { mcp_server_id: Json } | { domain: string };
  owner: string;
  dependsOn: string[];
}

/** Deletes an object's app (after the object itself, so a refused delete leaves the object guarded). */
export const planAppDelete = (ctx: PlanContext, resource: string, app: { id: string }, dependsOn: string[]) =>
  ctx.add({ op: 'app.delete', resource, target: app.id, args: { id: app.id }, dependsOn });

/**
 * The operation creating an Access tag, once per plan, when the snapshot does not have it: on Cloudflare
 * tags are account objects, and an app may only carry a tag that exists. Returns what to depend on.
 */
export function planTag(ctx: PlanContext, tag: string): string[] {
  if (ctx.hasTag(tag)) return [];
  const resource = `AccessTag/${tag}`;
  const planned = ctx.opsOf(resource, 'tag.create')[0];
  if (planned) return [planned.id];
  return [ctx.add({ op: 'tag.create', resource, args: { body: { name: tag } } })];
}

/**
 * Adds the app operation and returns its id (undefined for noop). The body holds only what the manifest
 * owns (name, type, domain or destinations, policies, the owner tag): an update sends it as a
 * read-modify-write of the live app (see apply/executors.ts), so settings made elsewhere are kept.
 */
export function planAppOp(ctx: PlanContext, p: AppPlan): string | undefined {
  if (p.action === 'noop') return undefined;
  const ids = p.policies.map((n) => ctx.idOf('AccessPolicy', n));
  const tag = ownerTag(p.owner);
  const body = {
    ...p.base,
    policies: ids.map((id, i) => ({ id: id.value, precedence: i + 1 })),
    tags: [tag],
  };
  const dependsOn = [...p.dependsOn, ...ids.flatMap((id) => id.dependsOn), ...planTag(ctx, tag)];
  if (p.action === 'update' && p.live) {
    return ctx.add({
      op: 'app.update',
      resource: p.resource,
      target: p.live.id,
      args: { id: p.live.id, body },
      dependsOn,
    });
  }
  return ctx.add({ op: 'app.create', resource: p.resource, args: { body, match: p.match }, dependsOn });
}
