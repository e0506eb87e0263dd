/**
 * Per-object reads for callers that manage one object at a time (the Pulumi provider): one server or
 * portal by id with its Access application and policy names, one policy by id, policy names to ids.
 * The results have exactly the shapes `observe()` gives for the whole account, so `plan()` and
 * `apply()` work on them unchanged.
 */
import type { AppObject, PolicyObject, ServerObject } from '../schemas/generated/wire.js';
import type { PortalApi } from './api/endpoints.js';
import { appPolicyIds, appPortalHost, appServerId, ownerTag } from './kinds/apps.js';
import type { CredentialView, Observed } from './kinds/model.js';
import { policySpecFromApi } from './kinds/policy.js';
import { portalSpecFromApi } from './kinds/portal.js';
import { serverFromApi } from './kinds/server.js';
import type { Snapshot } from './observe.js';

/** A name a server or portal lists that no live policy has. */
export class UnknownPolicyError extends Error {
  override readonly name = 'UnknownPolicyError';
  constructor(readonly missing: readonly string[]) {
    super(
      `AccessPolicy ${missing.map((n) => JSON.stringify(n)).join(', ')} does not exist: create ${missing.length > 1 ? 'them' : 'it'} first`,
    );
  }
}

/** Policy names to ids; throws `UnknownPolicyError` naming every missing one. */
export function policyIdsByName(policies: readonly PolicyObject[], names: readonly string[]): string[] {
  const byName = new Map(policies.map((p) => [p.name, p.id]));
  const missing = names.filter((n) => !byName.has(n));
  if (missing.length) throw new UnknownPolicyError(missing);
  return names.map((n) => byName.get(n) as string);
}

const namesOf = (policies: readonly PolicyObject[], app: AppObject | undefined) => {
  const byId = new Map(policies.map((p) => [p.id, p.name]));
  return app ? appPolicyIds(app).map((id) => byId.get(id) ?? `<unknown policy ${id}>`) : [];
};
const appRef = (app: AppObject | undefined) => (app ? { app: { id: app.id, tags: app.tags ?? [] } } : {});

/** The first app guarding the server (as `observe()` picks it). */
export const serverApp = (apps: readonly AppObject[], id: string) => apps.find((a) => appServerId(a) === id);
/** The first app guarding the portal hostname. */
export const portalApp = (apps: readonly AppObject[], hostname: string) =>
  apps.find((a) => appPortalHost(a) === hostname.toLowerCase());

export interface SingleOptions {
  owner: string;
  /** The desired credential form, assumed where the API does not reveal it (Cloudflare). */
  credentialHint?: CredentialView;
}

export interface ObservedServer {
  server: Observed<'McpServer'> | undefined;
  /** The server as the API returned it (for facts the spec leaves out, e.g. `credentials_version`). */
  object: ServerObject | undefined;
  policies: PolicyObject[];
  apps: AppObject[];
}

/** One server by id (undefined when it does not exist), with its app and the live policies. */
export async function observeServer(
  api: PortalApi,
  id: string,
  opts: SingleOptions,
): Promise<ObservedServer> {
  const [s, apps, policies] = await Promise.all([api.getServer(id), api.listApps(), api.listPolicies()]);
  if (!s) return { server: undefined, object: undefined, policies, apps };
  const app = serverApp(apps, s.id);
  const { spec, facts } = serverFromApi(s, namesOf(policies, app), opts.credentialHint);
  const owned = Boolean(app?.tags?.includes(ownerTag(opts.owner)));
  return {
    server: { kind: 'McpServer', name: s.id, id: s.id, spec, facts, owned, ...appRef(app) },
    object: s,
    policies,
    apps,
  };
}

export interface ObservedPortal {
  portal: Observed<'McpPortal'> | undefined;
  policies: PolicyObject[];
  apps: AppObject[];
}

/** One portal by id (undefined when it does not exist), with its app and the live policies. */
export async function observePortal(
  api: PortalApi,
  id: string,
  opts: SingleOptions,
): Promise<ObservedPortal> {
  const [p, apps, policies] = await Promise.all([api.getPortal(id), api.listApps(), api.listPolicies()]);
  if (!p) return { portal: undefined, policies, apps };
  const app = portalApp(apps, p.hostname);
  return {
    portal: {
      kind: 'McpPortal',
      name: p.id,
      id: p.id,
      spec: portalSpecFromApi(p, namesOf(policies, app)),
      owned: Boolean(app?.tags?.includes(ownerTag(opts.owner))),
      ...appRef(app),
    },
    policies,
    apps,
  };
}

/** A snapshot holding only the given objects and the live policies, for `plan()` on one object. */
export function singleSnapshot(
  policies: readonly PolicyObject[],
  objects: { servers?: Observed<'McpServer'>[]; portals?: Observed<'McpPortal'>[] },
): Snapshot {
  return {
    policies: policies.map((p) => ({
      kind: 'AccessPolicy' as const,
      name: p.name,
      id: p.id,
      spec: policySpecFromApi(p),
      owned: false,
    })),
    servers: objects.servers ?? [],
    portals: objects.portals ?? [],
    policyNames: new Map(policies.map((p) => [p.id, p.name])),
    requests: 0,
  };
}
