/**
 * Reads the live state: one paged list per collection (each kind's, and Access applications), never one
 * GET per object, normalised by each kind's handler into the same spec shape as desired state; with
 * `scope: 'related'`, groups only when MCP access involves one. Also single objects with what they need
 * around them (for callers that manage one object at a time: the provider).
 */
import { hash } from 'node:crypto';
import type { AppObject, DnsRecordObject, PolicyObject } from '../schemas/generated/wire.js';
import type { PortalApi } from './api/endpoints.js';
import { indexApps } from './kinds/apps.js';
import type { DnsRecords, ObserveContext } from './kinds/handler.js';
import type { Desired, KindName, Observed } from './kinds/model.js';
import { handlerOf, REGISTRY } from './kinds/registry.js';

export interface Snapshot {
  /** Live objects by kind. */
  objects: ReadonlyMap<KindName, readonly Observed[]>;
  /** Requests the reads took. */
  requests: number;
  /** Names of the account's Access tags (apps may only carry existing ones); absent when not read. */
  tags?: readonly string[];
  /** CNAME records of the zones the desired objects name, by zone then name; absent when none are named. */
  dns?: DnsRecords;
  /**
   * Extensions of Cloudflare's API the target announced while it was read (`resources`: portal mappings'
   * `updated_resources`, the embedded portal's); sorted; absent when none (Cloudflare).
   */
  extensions?: readonly string[];
  /**
   * Kinds an observe with `scope: 'related'` did not read, MCP access not involving them (their lists are
   * empty here). Part of the digest: a saved plan's state is compared as read the same way.
   */
  unread?: readonly KindName[];
}

/** The extensions the API's answers announced so far (see `ApiClient.extensions`), for a snapshot. */
const extensionsOf = (api: PortalApi): Pick<Snapshot, 'extensions'> => {
  const list = [...(api.client.extensions ?? [])].sort();
  return list.length ? { extensions: list } : {};
};

export const liveOf = <K extends KindName>(s: Snapshot, kind: K) =>
  (s.objects.get(kind) ?? []) as readonly Observed<K>[];

export interface ObserveOptions {
  owner: string;
  /** The desired state, when planning (see `ObserveContext.desired`). */
  desired?: readonly Desired[];
  /** DNS zones to read besides the desired objects' (a saved plan's: see `zonesOfPlan`). */
  zones?: readonly string[];
  /**
   * false: the account's tags (the ledger: a page per 100 applied objects) are not read, and `tags` is
   * absent from the snapshot; `withTags` reads them when they turn out to be needed (engine.ts).
   */
  tags?: boolean;
  /**
   * 'related': a kind with `readWhen` (groups) is read only when MCP access involves it: when the desired
   * state names or selects one (read with the rest), or a related live policy selects one (read once the
   * policies are, one round trip later). Objects MCP access does not involve are marked `unrelated`
   * either way. Default 'all': every kind is read (the Pulumi provider looks objects up by id).
   */
  scope?: 'all' | 'related';
}

/** The zones a plan read (every portal with `spec.dns` has a `dns` entry), to observe them again. */
export const zonesOfPlan = (p: { resources: readonly { dns?: readonly { zoneId: string }[] }[] }) =>
  p.resources.flatMap((r) => r.dns?.map((x) => x.zoneId) ?? []);

function context(
  raw: ReadonlyMap<KindName, readonly unknown[]>,
  apps: readonly AppObject[],
  opts: ObserveOptions,
): ObserveContext {
  const policies = (raw.get('AccessPolicy') ?? []) as PolicyObject[];
  const policyNames = new Map(policies.map((p) => [p.id, p.name]));
  const desired = new Map((opts.desired ?? []).map((d) => [`${d.kind}/${d.name}`, d]));
  const byId = new Map<KindName, ReadonlyMap<string, unknown>>();
  return {
    owner: opts.owner,
    apps: indexApps(apps, opts.owner, policyNames),
    policyNames,
    rawById: (kind) => {
      let index = byId.get(kind);
      if (!index) {
        index = new Map((raw.get(kind) ?? []).map((x) => [(x as { id: string }).id, x]));
        byId.set(kind, index);
      }
      return index;
    },
    desired: (kind, name) => desired.get(`${kind}/${name}`),
  };
}

/** The zones the desired objects name, each once, sorted. */
const zonesOf = (desired: readonly Desired[] = [], extra: readonly string[] = []) =>
  [
    ...new Set([
      ...desired.flatMap((d) => handlerOf(d.kind).dnsZones?.(d as Desired<never>) ?? []),
      ...extra,
    ]),
  ].sort();

/** One paged listing of CNAMEs per zone (whatever number of portals it holds), indexed by name. */
export async function observeDns(api: PortalApi, zones: readonly string[]): Promise<DnsRecords | undefined> {
  if (!zones.length) return undefined;
  const lists = await Promise.all(zones.map((z) => api.listDnsRecords(z, { type: 'CNAME' })));
  return new Map(
    zones.map((z, i) => {
      const byName = new Map<string, DnsRecordObject[]>();
      for (const r of lists[i] ?? []) {
        const name = r.name.toLowerCase().replace(/\.$/, '');
        const same = byName.get(name);
        if (same) same.push(r);
        else byName.set(name, [r]);
      }
      return [z, byName];
    }),
  );
}

export async function observe(api: PortalApi, opts: ObserveOptions): Promise<Snapshot> {
  const before = api.client.requests;
  const deferred =
    opts.scope === 'related'
      ? REGISTRY.filter((h) => h.readWhen && !h.readWhen.desired(opts.desired ?? []))
      : [];
  const [apps, tags, dns, ...lists] = await Promise.all([
    api.listApps(),
    opts.tags === false ? undefined : api.listTags(),
    observeDns(api, zonesOf(opts.desired, opts.zones)),
    ...REGISTRY.map((h) => (deferred.includes(h) ? [] : h.list(api))),
  ]);
  const raw = new Map<KindName, readonly unknown[]>(REGISTRY.map((h, i) => [h.kind, lists[i] ?? []]));
  let ctx = context(raw, apps, opts);
  const needed = deferred.filter((h) => h.readWhen?.live(ctx));
  if (needed.length) {
    const more = await Promise.all(needed.map((h) => h.list(api)));
    for (const [i, h] of needed.entries()) raw.set(h.kind, more[i] ?? []);
    ctx = context(raw, apps, opts);
  }
  const unread = deferred.filter((h) => !needed.includes(h)).map((h) => h.kind);
  const objects = new Map(
    REGISTRY.map((h) => [h.kind, (raw.get(h.kind) ?? []).map((x) => h.fromApi(x, ctx))]),
  );
  return {
    objects,
    requests: api.client.requests - before,
    ...(tags ? { tags: tags.map((t) => t.name) } : {}),
    ...(dns ? { dns } : {}),
    ...extensionsOf(api),
    ...(unread.length ? { unread } : {}),
  };
}

/** `snapshot` with the account's tags read (for one observed with `tags: false`), its request count included. */
export async function withTags(api: PortalApi, snapshot: Snapshot): Promise<Snapshot> {
  const before = api.client.requests;
  const tags = await api.listTags();
  return {
    ...snapshot,
    tags: tags.map((t) => t.name),
    requests: snapshot.requests + api.client.requests - before,
  };
}

/**
 * One object by id (undefined when it does not exist), observed exactly as `observe` would, with the
 * collections its kind reads beside it (policies for names, apps, and the kinds in `observeWith`).
 */
export async function observeOne<K extends KindName>(
  api: PortalApi,
  kind: K,
  id: string,
  opts: ObserveOptions,
): Promise<{ object: Observed<K> | undefined; raw: unknown; snapshot: Snapshot }> {
  const h = handlerOf(kind);
  const needs = [...new Set<KindName>(['AccessPolicy', ...h.observeWith])].filter((k) => k !== kind);
  const [one, apps, tags, ...lists] = await Promise.all([
    h.get(api, id),
    api.listApps(),
    api.listTags(),
    ...needs.map((k) => handlerOf(k).list(api)),
  ]);
  const raw = new Map<KindName, readonly unknown[]>(needs.map((k, i) => [k, lists[i] ?? []]));
  raw.set(kind, one === undefined ? [] : [one]);
  const ctx = context(raw, apps, opts);
  const objects = new Map<KindName, Observed[]>();
  for (const [k, list] of raw)
    objects.set(
      k,
      list.map((x) => handlerOf(k).fromApi(x, ctx)),
    );
  const object = one === undefined ? undefined : (handlerOf(kind).fromApi(one, ctx) as Observed<K>);
  return {
    object,
    raw: one,
    snapshot: { objects, requests: 0, tags: tags.map((t) => t.name), ...extensionsOf(api) },
  };
}

/** A digest of the user-owned live state (ids, specs, apps): a saved plan is stale when it changes. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function snapshotDigest(s: Snapshot): string {
  const all = [...s.objects.values()]
    .flat()
    .map((o) => {
      // What the API does not reveal was filled from the manifests, which a saved plan's apply may not have.
      const assumed = o.assumed;
      const spec = assumed?.length
        ? Object.fromEntries(Object.entries(o.spec).filter(([k]) => !assumed.includes(k)))
        : o.spec;
      return { kind: o.kind, name: o.name, id: o.id, spec, app: o.app?.id ?? null, owned: o.owned };
    })
    // Code-point order (a locale compare costs ~10 ms a plan at 1,300 objects); only stability matters.
    .sort((a, b) => byCodePoint(a.kind, b.kind) || byCodePoint(a.name, b.name));
  // DNS records a plan may write (only when zones were read, so digests without them are as before).
  const dns = s.dns
    ? [...s.dns].map(([zone, byName]) => [
        zone,
        [...byName.values()]
          .flat()
          .map((r) => [r.id, r.name, r.content, r.proxied, r.comment ?? null])
          .sort((a, b) => byCodePoint(String(a[0]), String(b[0]))),
      ])
    : undefined;
  const state = dns ? { all, dns } : all;
  // What was not read is part of the state seen (a snapshot that read everything digests as before).
  return hash('sha256', JSON.stringify(s.unread?.length ? { state, unread: s.unread } : state), 'hex');
}
