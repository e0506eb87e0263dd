/**
 * What each operation type does against the management API, given its arguments with the plan's markers
 * already materialised. Creates are create-once (the client reads back after an ambiguous failure) and
 * return the new id; deletes treat "already gone" as done; a detach or attach is a read-modify-write of
 * the portal's mapping set that leaves the other mappings exactly as they are, and an app update one of
 * the whole app that leaves every field the manifest does not own as it is.
 */
import type {
  GroupCreate,
  PolicyCreate,
  PortalCreate,
  PortalServerMappingRequest,
  PortalUpdate,
  ServerCreate,
  ServerUpdate,
  TagCreate,
} from '../../schemas/generated/wire.js';
import type { AppBody, CnameBody, PortalApi } from '../api/endpoints.js';
import { NotFoundError } from '../api/errors.js';
import { appPortalHost, appServerId } from '../kinds/apps.js';
import { liveMappingsToWire } from '../kinds/mcp-portal/spec.js';
import type { OpType } from '../plan/operations.js';
import { appReplaceBody } from './app-replace.js';

// biome-ignore lint/suspicious/noExplicitAny: arguments are JSON checked by the API; each executor names its shape
type Args = Record<string, any>;
/** Runs one operation; returns the id of what it created, if anything. */
export type Executor = (api: PortalApi, args: Args) => Promise<string | undefined>;

async function mappings(api: PortalApi, portalId: string) {
  const [portal, servers] = await Promise.all([api.getPortal(portalId), api.listServers()]);
  return portal ? liveMappingsToWire(portal, servers) : undefined;
}

const none = async (p: Promise<unknown>) => {
  await p;
  return undefined;
};

export const EXECUTORS: Record<OpType, Executor> = {
  'group.create': async (api, a) => (await api.createGroup(a.body as GroupCreate)).id,
  'group.update': (api, a) => none(api.updateGroup(a.id, a.body as GroupCreate)),
  'group.delete': (api, a) => none(api.deleteGroup(a.id)),
  'policy.create': async (api, a) => (await api.createPolicy(a.body as PolicyCreate)).id,
  'policy.update': (api, a) => none(api.updatePolicy(a.id, a.body as PolicyCreate)),
  'policy.delete': (api, a) => none(api.deletePolicy(a.id)),
  'server.create': async (api, a) => (await api.createServer(a.body as ServerCreate)).id,
  'server.update': (api, a) => none(api.updateServer(a.id, a.body as ServerUpdate)),
  'server.delete': (api, a) => none(api.deleteServer(a.id)),
  'server.sync': (api, a) => none(api.syncServer(a.id)),
  'portal.create': async (api, a) => (await api.createPortal(a.body as PortalCreate)).id,
  'portal.update': (api, a) => none(api.updatePortal(a.id, a.body as PortalUpdate)),
  'portal.delete': (api, a) => none(api.deletePortal(a.id)),
  'portal.detach': async (api, a) => {
    const current = await mappings(api, a.id);
    if (!current?.some((m) => m.server_id === a.server)) return undefined;
    return none(api.updatePortal(a.id, { servers: current.filter((m) => m.server_id !== a.server) }));
  },
  'portal.attach': async (api, a) => {
    const entry = a.entry as PortalServerMappingRequest;
    const current = await mappings(api, a.id);
    if (!current || current.some((m) => m.server_id === entry.server_id)) return undefined;
    return none(api.updatePortal(a.id, { servers: [...current, entry] }));
  },
  'app.create': async (api, a) => {
    const match = a.match as { mcp_server_id?: string; domain?: string };
    const found = await api.createApp(a.body as AppBody, (app) =>
      match.mcp_server_id !== undefined
        ? appServerId(app) === match.mcp_server_id
        : appPortalHost(app) === match.domain?.toLowerCase(),
    );
    return found.id;
  },
  // Read-modify-write: a PUT replaces the whole app, so what the manifest does not own is sent back as read.
  'app.update': async (api, a) => {
    const live = await api.getApp(a.id);
    if (!live) throw new NotFoundError(`Access application ${a.id} no longer exists: plan again`, 404);
    return none(api.updateApp(a.id, appReplaceBody(live, a.body as AppBody)));
  },
  'app.delete': (api, a) => none(api.deleteApp(a.id)),
  // An existing tag (someone else's create, or a lost answer that landed) counts as created.
  'tag.create': (api, a) => none(api.createTag(a.body as TagCreate)),
  // A portal hostname's record, in its zone: created once, replaced whole (PUT), deleted tolerantly.
  'dns.create': async (api, a) => (await api.createDnsRecord(a.zone, a.body as CnameBody)).id,
  'dns.update': (api, a) => none(api.updateDnsRecord(a.zone, a.id, a.body as CnameBody)),
  'dns.delete': (api, a) => none(api.deleteDnsRecord(a.zone, a.id)),
};
