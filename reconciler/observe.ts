/**
 * Reads the live state: one paged list per collection (servers, portals, policies, apps), never one
 * GET per object, normalised into the same spec shape as desired state. Also decides ownership: a
 * server or portal is this tool's when its Access app carries the owner tag; a policy when only such
 * apps link it.
 */
import { createHash } from 'node:crypto';
import type { AppObject } from '../schemas/generated/wire.js';
import type { PortalApi } from './api/endpoints.js';
import { appPolicyIds, appPortalHost, appServerId, ownerTag } from './kinds/apps.js';
import type { CredentialView, Observed } from './kinds/model.js';
import { policySpecFromApi } from './kinds/policy.js';
import { portalSpecFromApi } from './kinds/portal.js';
import { serverFromApi } from './kinds/server.js';

export interface Snapshot {
  policies: Observed<'AccessPolicy'>[];
  servers: Observed<'McpServer'>[];
  portals: Observed<'McpPortal'>[];
  /** Policy ids to names, for the apps' links. */
  policyNames: Map<string, string>;
  /** Requests the reads took. */
  requests: number;
}

export interface ObserveOptions {
  owner: string;
  /** The manifests' credential forms, assumed where the API does not reveal them (Cloudflare). */
  credentialHints?: Map<string, CredentialView>;
}

export async function observe(api: PortalApi, opts: ObserveOptions): Promise<Snapshot> {
  const before = api.client.requests;
  const [servers, portals, policies, apps] = await Promise.all([
    api.listServers(),
    api.listPortals(),
    api.listPolicies(),
    api.listApps(),
  ]);
  const tag = ownerTag(opts.owner);
  const policyNames = new Map(policies.map((p) => [p.id, p.name]));
  const names = (app: AppObject | undefined) =>
    app ? appPolicyIds(app).map((id) => policyNames.get(id) ?? `<unknown policy ${id}>`) : [];
  const serverApps = new Map<string, AppObject>();
  const portalApps = new Map<string, AppObject>();
  for (const app of apps) {
    const sid = appServerId(app);
    if (sid !== undefined && !serverApps.has(sid)) serverApps.set(sid, app);
    const host = appPortalHost(app);
    if (host !== undefined && !portalApps.has(host)) portalApps.set(host, app);
  }
  const isOwned = (app: AppObject | undefined) => Boolean(app?.tags?.includes(tag));
  const appRef = (app: AppObject | undefined) => (app ? { app: { id: app.id, tags: app.tags ?? [] } } : {});

  // A policy is provably ours when at least one of our apps links it and no app of anyone else does.
  const linkedByOwned = new Set<string>();
  const linkedByOthers = new Set<string>();
  for (const app of apps) {
    if (appServerId(app) === undefined && appPortalHost(app) === undefined) continue;
    for (const id of appPolicyIds(app)) (isOwned(app) ? linkedByOwned : linkedByOthers).add(id);
  }

  return {
    policies: policies.map((p) => ({
      kind: 'AccessPolicy',
      name: p.name,
      id: p.id,
      spec: policySpecFromApi(p),
      owned: linkedByOwned.has(p.id) && !linkedByOthers.has(p.id),
    })),
    servers: servers.map((s) => {
      const app = serverApps.get(s.id);
      const { spec, facts } = serverFromApi(s, names(app), opts.credentialHints?.get(s.id));
      return { kind: 'McpServer', name: s.id, id: s.id, spec, facts, owned: isOwned(app), ...appRef(app) };
    }),
    portals: portals.map((p) => {
      const app = portalApps.get(p.hostname.toLowerCase());
      return {
        kind: 'McpPortal',
        name: p.id,
        id: p.id,
        spec: portalSpecFromApi(p, names(app)),
        owned: isOwned(app),
        ...appRef(app),
      };
    }),
    policyNames,
    requests: api.client.requests - before,
  };
}

/** A digest of the user-owned live state (ids, specs, apps): a saved plan is stale when it changes. */
export function snapshotDigest(s: Snapshot): string {
  const all = [...s.policies, ...s.servers, ...s.portals]
    .map((o) => ({
      kind: o.kind,
      name: o.name,
      id: o.id,
      spec: o.spec,
      app: o.app?.id ?? null,
      owned: o.owned,
    }))
    .sort((a, b) => `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`));
  return createHash('sha256').update(JSON.stringify(all)).digest('hex');
}
