/**
 * An in-memory management API for unit tests of observe, plan and apply: the `PortalApi` methods the
 * kinds' handlers and apply's executors call, answering as the API does (mappings merged with server
 * overrides, a mapped server's delete refused as in use). Calls are recorded; `failOn` injects typed
 * failures; `delayMs` makes calls overlap. Like Cloudflare it announces no extension unless a test adds one
 * to `client.extensions` (`resources`: then mappings keep their `updated_resources`). End-to-end tests use the
 * real embedded portal instead.
 */
import type {
  AppCreate,
  AppObject,
  DnsRecordObject,
  GroupCreate,
  GroupObject,
  PolicyCreate,
  PolicyObject,
  PortalCreate,
  PortalObject,
  PortalServerMappingRequest,
  PortalUpdate,
  ServerCapabilityOverride,
  ServerCreate,
  ServerObject,
  ServerUpdate,
} from '../../schemas/generated/wire.js';
import type { CnameBody, PortalApi } from '../api/endpoints.js';
import { InUseError, NotFoundError, ValidationError } from '../api/errors.js';

interface StoredPortal extends Omit<PortalObject, 'servers'> {
  servers: PortalServerMappingRequest[];
}

export class FakeApi {
  readonly servers = new Map<string, ServerObject>();
  readonly portals = new Map<string, StoredPortal>();
  readonly policies = new Map<string, PolicyObject>();
  readonly apps = new Map<string, AppObject>();
  readonly groups = new Map<string, GroupObject>();
  /** Access tags by name. */
  readonly tags = new Set<string>();
  /** DNS records by zone id (`GET dns <zone>` lists one zone, filtered by type as the API is asked). */
  readonly dns = new Map<string, DnsRecordObject[]>();
  /** `METHOD collection [id]`, in the order calls started. */
  readonly calls: string[] = [];
  /** Throws the returned error instead of answering (the write is not made). */
  failOn: (call: string) => Error | undefined = () => undefined;
  delayMs = 0;
  inFlight = 0;
  maxInFlight = 0;
  /** What the reconciler reads of its client: requests made and the extensions the API announces. */
  readonly client = { requests: 0, extensions: new Set<string>() };
  #next = 1;

  /** This fake, typed as the client the reconciler takes. */
  get api(): PortalApi {
    return this as unknown as PortalApi;
  }

  async #call<T>(call: string, fn: () => T): Promise<T> {
    this.calls.push(call);
    this.client.requests++;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
      const err = this.failOn(call);
      if (err) throw err;
      return fn();
    } finally {
      this.inFlight--;
    }
  }

  /** A server as the API returns it after a sync (status `ready` with the given capabilities). */
  addServer(s: Partial<ServerObject> & { id: string; tools?: { name: string }[] }): ServerObject {
    const obj: ServerObject = {
      name: s.id,
      hostname: `https://${s.id}.example.com/mcp`,
      auth_type: 'unauthenticated',
      description: null,
      secure_web_gateway: false,
      status: 'ready',
      tools: [],
      prompts: [],
      last_successful_sync: '2026-01-01T00:00:00Z',
      ...s,
    } as ServerObject;
    this.servers.set(s.id, obj);
    return obj;
  }

  addPortal(p: Partial<StoredPortal> & { id: string; hostname: string }): void {
    this.portals.set(p.id, {
      name: p.id,
      code_mode: 'opt_in',
      allow_code_mode: true,
      secure_web_gateway: false,
      servers: [],
      ...p,
    } as StoredPortal);
  }

  addPolicy(name: string, over: Partial<PolicyObject> = {}): PolicyObject {
    const p = { id: `pol-${this.#next++}`, name, decision: 'allow', include: [{ everyone: {} }], ...over };
    this.policies.set(p.id, p as PolicyObject);
    return p as PolicyObject;
  }

  addGroup(name: string, over: Partial<GroupObject> = {}): GroupObject {
    const g = {
      id: `grp-${this.#next++}`,
      name,
      include: [{ everyone: {} }],
      require: [],
      exclude: [],
      is_default: false,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      ...over,
    } as GroupObject;
    this.groups.set(g.id, g);
    return g;
  }

  addApp(app: Omit<AppObject, 'id'> & { id?: string }): AppObject {
    const a = { id: `app-${this.#next++}`, ...app } as AppObject;
    // An app can only carry tags the account has (Cloudflare), so a seeded app brings its tags along.
    for (const t of a.tags ?? []) this.tags.add(t);
    this.apps.set(a.id, a);
    return a;
  }

  /** The response form of a portal: each mapping merged with its server's overrides. */
  render(p: StoredPortal): PortalObject {
    const merge = (portal: ServerCapabilityOverride[] = [], server: ServerCapabilityOverride[] = []) => {
      const byName = new Map<string, Record<string, unknown>>();
      for (const o of server)
        byName.set(o.name, {
          name: o.name,
          ...(o.enabled !== undefined ? { enabled: o.enabled } : {}),
          ...(o.alias !== undefined ? { server_alias: o.alias } : {}),
          ...(o.description !== undefined ? { server_description: o.description } : {}),
        });
      for (const o of portal) {
        const e = byName.get(o.name) ?? { name: o.name };
        if (o.enabled !== undefined) e.enabled = o.enabled;
        if (o.alias !== undefined) e.portal_alias = o.alias;
        if (o.description !== undefined) e.portal_description = o.description;
        byName.set(o.name, e);
      }
      return [...byName.values()];
    };
    return {
      ...p,
      servers: p.servers.map((m) => {
        const s = this.servers.get(m.server_id);
        return {
          ...(s ?? {}),
          id: m.server_id,
          server_id: m.server_id,
          on_behalf: m.on_behalf ?? true,
          default_disabled: m.default_disabled ?? false,
          updated_tools: merge(m.updated_tools, s?.updated_tools),
          updated_prompts: merge(m.updated_prompts, s?.updated_prompts),
          ...(m.updated_resources?.length && this.client.extensions.has('resources')
            ? {
                updated_resources: m.updated_resources.map((r) => ({
                  uri: r.uri,
                  enabled: r.enabled ?? true,
                })),
              }
            : {}),
        };
      }),
    } as unknown as PortalObject;
  }

  listServers = () => this.#call('GET servers', () => [...this.servers.values()]);
  getServer = (id: string) => this.#call(`GET servers ${id}`, () => this.servers.get(id));
  createServer = (body: ServerCreate) =>
    this.#call(`POST servers ${body.id}`, () => {
      const { auth_credentials: _c, client_secret: _s, ...rest } = body;
      return this.addServer({ ...rest, status: 'waiting', last_successful_sync: undefined } as never);
    });
  updateServer = (id: string, body: ServerUpdate) =>
    this.#call(`PUT servers ${id}`, () => {
      const { auth_credentials: _c, client_secret: _s, ...rest } = body;
      const next = { ...(this.servers.get(id) as ServerObject), ...rest } as ServerObject;
      this.servers.set(id, next);
      return next;
    });
  deleteServer = (id: string) =>
    this.#call(`DELETE servers ${id}`, () => {
      // As the API: a server still mapped to a portal cannot be deleted (code 1005).
      const mappedBy = [...this.portals.values()].filter((p) => p.servers.some((m) => m.server_id === id));
      if (mappedBy.length)
        throw new InUseError(`MCP server "${id}" is still mapped`, 400, [{ code: 1005, message: 'in use' }]);
      return this.servers.delete(id);
    });
  /** As the API: answers the server after the sync. */
  syncServer = (id: string) =>
    this.#call(`POST servers ${id}/sync`, () => {
      const s = this.servers.get(id);
      return s ? this.addServer({ ...s, status: 'ready' }) : { status: 'ready' as const };
    });

  listPortals = () => this.#call('GET portals', () => [...this.portals.values()].map((p) => this.render(p)));
  getPortal = (id: string) =>
    this.#call(`GET portals ${id}`, () => {
      const p = this.portals.get(id);
      return p ? this.render(p) : undefined;
    });
  createPortal = (body: PortalCreate) =>
    this.#call(`POST portals ${body.id}`, () => {
      this.addPortal({ ...body, servers: body.servers ?? [] } as never);
      return this.render(this.portals.get(body.id) as StoredPortal);
    });
  updatePortal = (id: string, body: PortalUpdate) =>
    this.#call(`PUT portals ${id}`, () => {
      const next = { ...(this.portals.get(id) as StoredPortal), ...body } as StoredPortal;
      this.portals.set(id, next);
      return this.render(next);
    });
  deletePortal = (id: string) => this.#call(`DELETE portals ${id}`, () => this.portals.delete(id));

  listPolicies = () => this.#call('GET policies', () => [...this.policies.values()]);
  createPolicy = (body: PolicyCreate) =>
    this.#call(`POST policies ${body.name}`, () => this.addPolicy(body.name, body as never));
  updatePolicy = (id: string, body: PolicyCreate) =>
    this.#call(`PUT policies ${id}`, () => {
      const next = { ...(this.policies.get(id) as PolicyObject), ...body } as PolicyObject;
      this.policies.set(id, next);
      return next;
    });
  deletePolicy = (id: string) => this.#call(`DELETE policies ${id}`, () => this.policies.delete(id));

  listGroups = () => this.#call('GET groups', () => [...this.groups.values()]);
  createGroup = (body: GroupCreate) =>
    this.#call(`POST groups ${body.name}`, () => this.addGroup(body.name, body as never));
  updateGroup = (id: string, body: GroupCreate) =>
    this.#call(`PUT groups ${id}`, () => {
      const next = { ...(this.groups.get(id) as GroupObject), ...body } as GroupObject;
      this.groups.set(id, next);
      return next;
    });
  deleteGroup = (id: string) =>
    this.#call(`DELETE groups ${id}`, () => {
      // As the API: a group a policy still selects cannot be deleted.
      const selects = (rules: unknown[] = []) =>
        rules.some((r) => (r as { group?: { id?: string } }).group?.id === id);
      const users = [...this.policies.values()].filter((p) =>
        selects([...p.include, ...(p.require ?? []), ...(p.exclude ?? [])]),
      );
      if (users.length)
        throw new InUseError(`Access group "${id}" is in use`, 400, [{ code: 12130, message: 'in use' }]);
      return this.groups.delete(id);
    });

  listApps = () => this.#call('GET apps', () => [...this.apps.values()]);
  getApp = (id: string) => this.#call(`GET apps ${id}`, () => this.apps.get(id));

  listTags = () => this.#call('GET tags', () => [...this.tags].map((name) => ({ name })));
  createTag = (body: { name: string }) =>
    this.#call(`POST tags ${body.name}`, () => {
      this.tags.add(body.name);
      return { name: body.name };
    });
  createApp = (body: AppCreate, _matches: (app: AppObject) => boolean) =>
    this.#call(`POST apps ${body.name}`, () => {
      // As Cloudflare: an app may only carry tags that exist in the account.
      const missing = (body.tags ?? []).filter((t) => !this.tags.has(t));
      if (missing.length) throw new ValidationError(`tag ${missing[0]} not found`, 400, []);
      return this.addApp(body as never);
    });
  /** A full replacement, as Cloudflare's PUT: fields the body leaves out are gone afterwards. */
  updateApp = (id: string, body: AppCreate) =>
    this.#call(`PUT apps ${id}`, () => {
      const missing = (body.tags ?? []).filter((t) => !this.tags.has(t));
      if (missing.length) throw new ValidationError(`tag ${missing[0]} not found`, 400, []);
      const next = { ...body, id } as AppObject;
      this.apps.set(id, next);
      return next;
    });
  deleteApp = (id: string) => this.#call(`DELETE apps ${id}`, () => this.apps.delete(id));

  /** A record in a zone, as the DNS API returns it. */
  addDnsRecord(
    zone: string,
    r: Partial<DnsRecordObject> & { name: string; content: string },
  ): DnsRecordObject {
    const obj: DnsRecordObject = {
      id: `rec-${this.#next++}`,
      type: 'CNAME',
      ttl: 1,
      proxied: false,
      proxiable: true,
      tags: [],
      settings: {},
      meta: {},
      created_on: '2026-01-01T00:00:00Z',
      modified_on: '2026-01-01T00:00:00Z',
      ...r,
    };
    this.dns.set(zone, [...(this.dns.get(zone) ?? []), obj]);
    return obj;
  }
  listDnsRecords = (zone: string, query: Record<string, string> = {}) =>
    this.#call(`GET dns ${zone}`, () =>
      (this.dns.get(zone) ?? []).filter(
        (r) =>
          (!query.type || r.type === query.type) && (!query['name.exact'] || r.name === query['name.exact']),
      ),
    );
  createDnsRecord = (zone: string, body: CnameBody) =>
    this.#call(`POST dns ${zone} ${body.name}`, () => {
      // As Cloudflare: a CNAME stands alone at its name.
      if ((this.dns.get(zone) ?? []).some((r) => r.name === body.name))
        throw new ValidationError(`a record named ${body.name} exists`, 400, [
          { code: 81053, message: 'exists' },
        ]);
      return this.addDnsRecord(zone, { ...body });
    });
  updateDnsRecord = (zone: string, id: string, body: CnameBody) =>
    this.#call(`PUT dns ${zone} ${id}`, () => {
      const list = this.dns.get(zone) ?? [];
      const i = list.findIndex((r) => r.id === id);
      const cur = list[i];
      if (!cur) throw new NotFoundError(`record ${id} not found`, 404, []);
      const { comment: _c, ...rest } = cur;
      const next: DnsRecordObject = { ...rest, ...body, id };
      list[i] = next;
      return next;
    });
  deleteDnsRecord = (zone: string, id: string) =>
    this.#call(`DELETE dns ${zone} ${id}`, () => {
      this.dns.set(
        zone,
        (this.dns.get(zone) ?? []).filter((r) => r.id !== id),
      );
      return { id };
    });
}
