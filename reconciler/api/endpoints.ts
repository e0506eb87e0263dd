/**
 * Typed endpoints of the management API (MCP servers and portals, reusable Access policies, Access
 * applications and tags) over one `ApiClient`. Creates are idempotent: after an ambiguous failure the object is
 * looked up (by id, or by name or linkage for server-assigned ids) before anything is sent again.
 */
import type {
  AppCreate,
  AppObject,
  DnsRecordCreate,
  DnsRecordObject,
  GroupCreate,
  GroupObject,
  IdentityProviderObject,
  PolicyCreate,
  PolicyObject,
  PortalCreate,
  PortalObject,
  PortalUpdate,
  ServerCreate,
  ServerObject,
  ServerSyncResult,
  ServerUpdate,
  TagCreate,
  TagObject,
} from '../../schemas/generated/wire.js';
import { AmbiguousError, type ApiClient } from './client.js';
import { DuplicateError, NotFoundError, UnresolvedCreateError } from './errors.js';

/**
 * A full app PUT built by read-modify-write: the fields the manifest owns (`AppBody`) over whatever
 * else the live app had, including fields the wire schema does not name (session_duration, custom pages...).
 */
export type AppReplace = AppBody & Record<string, unknown>;

/**
 * An app body as the reconciler builds it: the wire shape without what it never sends (the embedded
 * portal's `self_hosted_domains`, inline policies: only links); reconciler/api/sdk-types.ts proves it fits the SDK.
 */
export type AppBody = Omit<AppCreate, 'self_hosted_domains' | 'policies'> & {
  /** Links to reusable policies, in precedence order. */
  policies?: { id: string; precedence: number }[];
};

const MCP = '/access/ai-controls/mcp';

/**
 * A DNS record body as the reconciler builds it (a portal hostname's CNAME); reconciler/api/sdk-types.ts
 * proves it fits the SDK's `dns.records.create` / `update` params.
 */
export type CnameBody = Omit<DnsRecordCreate, 'type' | 'ttl'> & { type: 'CNAME'; ttl: number };

/** `/zones/{zone_id}/dns_records`: zone-scoped, not under the account. */
const dnsPath = (zoneId: string, id?: string) =>
  `/zones/${encodeURIComponent(zoneId)}/dns_records${id === undefined ? '' : `/${encodeURIComponent(id)}`}`;

/**
 * Create-once: sends `create`; when the outcome is ambiguous (5xx, connection lost) it asks `find` whether
 * the object exists and returns it instead of creating twice; only then does it send `create` again.
 * Record of intent: the object's identity (caller-chosen id, unique name or linkage) is fixed before
 * the first attempt, which is what makes the read-back conclusive.
 *
 * | failure of an attempt                   | then                                                        |
 * |-----------------------------------------|-------------------------------------------------------------|
 * | AmbiguousError                          | read back: found → return it; else retry (up to `attempts`) |
 * | DuplicateError after an ambiguous one   | read back: found → return it; else UnresolvedCreateError    |
 * | DuplicateError with no ambiguity before | throw: a true conflict (someone else's object)              |
 * | any other error (a 400 included)        | throw at once: a real refusal, retrying cannot change it    |
 */
export async function createOnce<T>(
  create: () => Promise<T>,
  find: () => Promise<T | undefined>,
  attempts = 5,
): Promise<T> {
  let ambiguous = false;
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (err) {
      if (err instanceof AmbiguousError) {
        ambiguous = true;
        const found = await find();
        if (found !== undefined) return found;
        if (attempt >= attempts) throw err;
        continue;
      }
      if (!(ambiguous && err instanceof DuplicateError)) throw err;
      // An earlier attempt whose answer was lost landed: the object is there.
      const found = await find();
      if (found !== undefined) return found;
      throw new UnresolvedCreateError(
        `${err.method} ${err.path}: the API refused a retried create as a duplicate after an ambiguous failure, but reading the object back found nothing (is the id, name or hostname taken by another object?)`,
        { cause: err },
      );
    }
  }
}

/** Delete that treats "already gone" as done (so a retried delete converges). */
async function deleteTolerant<T>(del: () => Promise<T>): Promise<T | undefined> {
  try {
    return await del();
  } catch (err) {
    if (err instanceof NotFoundError) return undefined;
    throw err;
  }
}

export class PortalApi {
  constructor(readonly client: ApiClient) {}

  #path(p: string) {
    return this.client.accountPath(p);
  }

  async #get<T>(path: string): Promise<T | undefined> {
    try {
      return (await this.client.call<T>('GET', path)).result;
    } catch (err) {
      if (err instanceof NotFoundError) return undefined;
      throw err;
    }
  }

  // MCP servers
  listServers = () => this.client.listAll<ServerObject>(this.#path(`${MCP}/servers`));
  getServer = (id: string) => this.#get<ServerObject>(this.#path(`${MCP}/servers/${encodeURIComponent(id)}`));
  createServer = (body: ServerCreate) =>
    createOnce(
      async () =>
        (await this.client.call<ServerObject>('POST', this.#path(`${MCP}/servers`), { body })).result,
      () => this.getServer(body.id),
    );
  updateServer = async (id: string, body: ServerUpdate) =>
    (
      await this.client.call<ServerObject>('PUT', this.#path(`${MCP}/servers/${encodeURIComponent(id)}`), {
        body,
      })
    ).result;
  deleteServer = (id: string) =>
    deleteTolerant(
      async () =>
        (
          await this.client.call<ServerObject>(
            'DELETE',
            this.#path(`${MCP}/servers/${encodeURIComponent(id)}`),
          )
        ).result,
    );
  /** Triggers a capability sync; safe to repeat. */
  syncServer = async (id: string) =>
    (
      await this.client.call<ServerSyncResult>(
        'POST',
        this.#path(`${MCP}/servers/${encodeURIComponent(id)}/sync`),
        {
          retryAmbiguous: true,
        },
      )
    ).result;

  /**
   * Starts the admin OAuth authorization of an `oauth` server and returns the URL to open. An extension of
   * the embedded portal (Cloudflare's dashboard does this; its API has no such endpoint).
   */
  authorizeServer = async (id: string) =>
    (
      await this.client.call<{ url: string }>(
        'POST',
        this.#path(`${MCP}/servers/${encodeURIComponent(id)}/authorize`),
      )
    ).result;

  // MCP portals
  listPortals = () => this.client.listAll<PortalObject>(this.#path(`${MCP}/portals`));
  getPortal = (id: string) => this.#get<PortalObject>(this.#path(`${MCP}/portals/${encodeURIComponent(id)}`));
  createPortal = (body: PortalCreate) =>
    createOnce(
      async () =>
        (await this.client.call<PortalObject>('POST', this.#path(`${MCP}/portals`), { body })).result,
      () => this.getPortal(body.id),
    );
  updatePortal = async (id: string, body: PortalUpdate) =>
    (
      await this.client.call<PortalObject>('PUT', this.#path(`${MCP}/portals/${encodeURIComponent(id)}`), {
        body,
      })
    ).result;
  deletePortal = (id: string) =>
    deleteTolerant(
      async () =>
        (
          await this.client.call<PortalObject>(
            'DELETE',
            this.#path(`${MCP}/portals/${encodeURIComponent(id)}`),
          )
        ).result,
    );

  // Reusable Access policies (ids are UUIDs the API assigns; names are unique among the ones we manage)
  listPolicies = () => this.client.listAll<PolicyObject>(this.#path('/access/policies'));
  createPolicy = (body: PolicyCreate) =>
    createOnce(
      async () =>
        (await this.client.call<PolicyObject>('POST', this.#path('/access/policies'), { body })).result,
      async () => (await this.listPolicies()).find((p) => p.name === body.name),
    );
  updatePolicy = async (id: string, body: PolicyCreate) =>
    (
      await this.client.call<PolicyObject>('PUT', this.#path(`/access/policies/${encodeURIComponent(id)}`), {
        body,
      })
    ).result;
  deletePolicy = (id: string) =>
    deleteTolerant(
      async () =>
        (
          await this.client.call<PolicyObject>(
            'DELETE',
            this.#path(`/access/policies/${encodeURIComponent(id)}`),
          )
        ).result,
    );

  // Access tags (account objects named by their name; an app may only carry tags that exist)
  listTags = () => this.client.listAll<TagObject>(this.#path('/access/tags'));
  getTag = (name: string) => this.#get<TagObject>(this.#path(`/access/tags/${encodeURIComponent(name)}`));
  /**
   * Creates a tag unless it exists. A tag is nothing but its name, so a duplicate (a lost answer that
   * landed, or someone else's create) is the tag we want: it is read back and returned, never an error.
   */
  createTag = async (body: TagCreate): Promise<TagObject> => {
    const find = () => this.getTag(body.name);
    try {
      return await createOnce(
        async () => (await this.client.call<TagObject>('POST', this.#path('/access/tags'), { body })).result,
        find,
      );
    } catch (err) {
      if (!(err instanceof DuplicateError || err instanceof UnresolvedCreateError)) throw err;
      const found = await find();
      if (found) return found;
      throw err;
    }
  };

  /** Renames a tag (the API's update: every app listing it then lists the new name). */
  renameTag = async (name: string, body: TagCreate): Promise<TagObject> =>
    (
      await this.client.call<TagObject>('PUT', this.#path(`/access/tags/${encodeURIComponent(name)}`), {
        body,
      })
    ).result;
  /** Deletes a tag; one already gone is not an error. */
  deleteTag = (name: string) =>
    deleteTolerant(
      async () =>
        (
          await this.client.call<{ name: string }>(
            'DELETE',
            this.#path(`/access/tags/${encodeURIComponent(name)}`),
          )
        ).result,
    );

  // Access groups (ids are UUIDs the API assigns; found again after an ambiguous create by name)
  listGroups = () => this.client.listAll<GroupObject>(this.#path('/access/groups'));
  getGroup = (id: string) => this.#get<GroupObject>(this.#path(`/access/groups/${encodeURIComponent(id)}`));
  createGroup = (body: GroupCreate) =>
    createOnce(
      async () =>
        (await this.client.call<GroupObject>('POST', this.#path('/access/groups'), { body })).result,
      async () => (await this.listGroups()).find((g) => g.name === body.name),
    );
  updateGroup = async (id: string, body: GroupCreate) =>
    (
      await this.client.call<GroupObject>('PUT', this.#path(`/access/groups/${encodeURIComponent(id)}`), {
        body,
      })
    ).result;
  deleteGroup = (id: string) =>
    deleteTolerant(
      async () =>
        (
          await this.client.call<{ id: string }>(
            'DELETE',
            this.#path(`/access/groups/${encodeURIComponent(id)}`),
          )
        ).result,
    );

  // Identity providers (the embedded portal lists its built-in one; ids for IdP selectors such as oidc)
  listIdentityProviders = () =>
    this.client.listAll<IdentityProviderObject>(this.#path('/access/identity_providers'));

  // DNS records of a zone (a portal hostname's CNAME; found again after an ambiguous create by type and name)
  /** Every record of a zone matching the filters (e.g. `{ type: 'CNAME' }`), page by page. */
  listDnsRecords = (zoneId: string, query: Record<string, string> = {}) =>
    this.client.listAll<DnsRecordObject>(dnsPath(zoneId), query);
  createDnsRecord = (zoneId: string, body: CnameBody) =>
    createOnce(
      async () => (await this.client.call<DnsRecordObject>('POST', dnsPath(zoneId), { body })).result,
      async () =>
        (await this.listDnsRecords(zoneId, { type: body.type, 'name.exact': body.name })).find(
          (r) => r.comment === body.comment,
        ),
    );
  updateDnsRecord = async (zoneId: string, id: string, body: CnameBody) =>
    (await this.client.call<DnsRecordObject>('PUT', dnsPath(zoneId, id), { body })).result;
  deleteDnsRecord = (zoneId: string, id: string) =>
    deleteTolerant(
      async () => (await this.client.call<{ id: string }>('DELETE', dnsPath(zoneId, id))).result,
    );

  // Access applications (found again after an ambiguous create by what they guard)
  listApps = () => this.client.listAll<AppObject>(this.#path('/access/apps'));
  /** One app as the API returns it, with every field (including ones the wire types do not name). */
  getApp = (id: string) =>
    this.#get<AppObject & Record<string, unknown>>(this.#path(`/access/apps/${encodeURIComponent(id)}`));
  createApp = (body: AppBody, matches: (app: AppObject) => boolean) =>
    createOnce(
      async () => (await this.client.call<AppObject>('POST', this.#path('/access/apps'), { body })).result,
      async () => (await this.listApps()).find(matches),
    );
  updateApp = async (id: string, body: AppBody | AppReplace) =>
    (await this.client.call<AppObject>('PUT', this.#path(`/access/apps/${encodeURIComponent(id)}`), { body }))
      .result;
  deleteApp = (id: string) =>
    deleteTolerant(
      async () =>
        (await this.client.call<AppObject>('DELETE', this.#path(`/access/apps/${encodeURIComponent(id)}`)))
          .result,
    );
}
