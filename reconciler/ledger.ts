/**
 * The last-applied ledger: after apply, one Access tag per object records what was applied, named
 * `mcp-portals:<owner>:<Kind>/<name>@<m>.<l>[.<d>][~orphan]`, where `m` digests the manifest's spec, `l` the
 * live object as apply left it, `d` the DNS records it manages (portals with `spec.dns`) and `~orphan` says
 * the manifest applied had `deletionPolicy: orphan` (prune keeps the object once its manifest is gone). Drift compares both with now to tell a manifest change not yet applied (pending) from an
 * edit outside the manifests (drift), and to tell another owner's objects from unmanaged ones.
 */
import { hash } from 'node:crypto';
import type { PortalApi } from './api/endpoints.js';
import type { DnsRecords } from './kinds/handler.js';
import type { Desired, KindName, Observed } from './kinds/model.js';
import { handlerOf } from './kinds/registry.js';

const PREFIX = 'mcp-portals:';
/** The record's suffix for `deletionPolicy: orphan`. */
const ORPHAN = '~orphan';
/** Tag names are at most 255 characters (the schema of the tag API; Cloudflare documents no other limit). */
const MAX_TAG = 255;
const DIGEST = 12;

/** One object's record: who applied it and the two digests. */
export interface LedgerRecord {
  tag: string;
  owner: string;
  kind: string;
  name: string;
  /** Digest of the manifest's spec when it was applied. */
  manifest: string;
  /** Digest of the live object right after it was applied. */
  live: string;
  /** Digest of its DNS records then, when zones were read. */
  dns?: string;
  /** The manifest applied said `deletionPolicy: orphan`: prune never deletes the object. */
  deletionPolicy?: 'orphan';
}

/** Records by `Kind/name`, each owner's once (a second record of one owner, left by a crash, is ignored). */
export type Ledger = ReadonlyMap<string, readonly LedgerRecord[]>;

/**
 * JSON with object keys sorted (code-point order) and undefined members left out, so equal values digest
 * equally whatever order they were built in. Its text is what the ledger's digests were made of since the
 * ledger exists: it must never change (ledger.test.ts holds it to the first definition).
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += `${i ? ',' : ''}${canonical(value[i])}`;
    return `${out}]`;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    let out = '{';
    for (const k of Object.keys(o).sort()) {
      const v = o[k];
      if (v !== undefined) out += `${out.length > 1 ? ',' : ''}${JSON.stringify(k)}:${canonical(v)}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(value ?? null);
}

const digest = (value: unknown) => hash('sha256', canonical(value), 'hex').slice(0, DIGEST);

/**
 * The manifest side: the normalised desired spec. Secret values are not in it (only their form and where
 * they come from), so a rotated secret leaves it unchanged: see `driftOrigin`.
 */
export function manifestDigest(d: Pick<Desired, 'spec'>): string {
  // Plan, drift, the ledger and the controller's conditions all ask for it in one run: computed once per spec.
  let value = digests.get(d.spec);
  if (value === undefined) {
    value = digest(d.spec);
    digests.set(d.spec, value);
  }
  return value;
}
const digests = new WeakMap<object, string>();

/**
 * The live side: everything the planner compares from the live object. The observed spec less what the API
 * does not reveal (assumed from the manifests); whether it carries this owner's tag and which Access app
 * guards it; and the credential fingerprint the API publishes (the embedded portal's changes on every
 * credential write, so an edit of the credential outside the manifests changes this digest; Cloudflare
 * publishes none).
 */
export function liveDigest(o: Observed): string {
  const assumed = o.assumed;
  const spec = assumed?.length
    ? Object.fromEntries(Object.entries(o.spec).filter(([k]) => !assumed.includes(k)))
    : o.spec;
  return digest({
    spec,
    owned: o.owned,
    app: o.app?.id ?? null,
    credential: o.facts?.credentialsFingerprint ?? null,
  });
}

/**
 * The DNS records the object manages, in the zones read (undefined when none were: the manifests name no
 * zone any more, so there is nothing to compare, rather than a change).
 */
export function dnsDigest(o: Observed, dns: DnsRecords | undefined, owner: string): string | undefined {
  const records = handlerOf(o.kind).ownDnsRecords?.(o as Observed<never>, dns, owner);
  return records === undefined ? undefined : digest(records);
}

export const ledgerTag = (
  owner: string,
  kind: string,
  name: string,
  m: string,
  l: string,
  d?: string,
  orphan?: boolean,
) =>
  `${PREFIX}${owner}:${kind}/${encodeURIComponent(name)}@${m}.${l}${d ? `.${d}` : ''}${orphan ? ORPHAN : ''}`;

const TAG =
  /^mcp-portals:([^:@/]+):([A-Za-z]+)\/([^@]+)@([0-9a-f]{12})\.([0-9a-f]{12})(?:\.([0-9a-f]{12}))?(~orphan)?$/;

export function parseLedgerTag(tag: string): LedgerRecord | undefined {
  const m = TAG.exec(tag);
  if (!m) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(m[3] as string);
  } catch {
    return undefined;
  }
  return {
    tag,
    owner: m[1] as string,
    kind: m[2] as string,
    name,
    manifest: m[4] as string,
    live: m[5] as string,
    ...(m[6] ? { dns: m[6] } : {}),
    ...(m[7] ? { deletionPolicy: 'orphan' as const } : {}),
  };
}

/** The owner an ownership tag (`mcp-portals:<owner>`) names, if it is one. */
export const ownerOfTag = (tag: string): string | undefined => /^mcp-portals:([^:@/]+)$/.exec(tag)?.[1];

export function readLedger(tags: readonly string[] | undefined): Ledger {
  const out = new Map<string, LedgerRecord[]>();
  for (const t of tags ?? []) {
    const r = parseLedgerTag(t);
    if (!r) continue;
    const key = `${r.kind}/${r.name}`;
    const list = out.get(key) ?? [];
    if (!list.some((x) => x.owner === r.owner)) list.push(r);
    out.set(key, list);
  }
  return out;
}

export const recordOf = (ledger: Ledger, owner: string, kind: KindName, name: string) =>
  ledger.get(`${kind}/${name}`)?.find((r) => r.owner === owner);

/** Owners other than `owner` that recorded the object (they applied it last). */
export const otherOwnersOf = (ledger: Ledger, owner: string, kind: KindName, name: string) =>
  (ledger.get(`${kind}/${name}`) ?? []).filter((r) => r.owner !== owner).map((r) => r.owner);

/**
 * Other owners of a live object that is not this owner's: by their ownership tag on its Access app, or by
 * their record. Empty when this owner owns or recorded it.
 */
export function otherOwners(o: Observed, owner: string, ledger: Ledger): string[] {
  if (o.owned || recordOf(ledger, owner, o.kind, o.name)) return [];
  const byTag = (o.app?.tags ?? []).map(ownerOfTag).filter((x): x is string => x !== undefined);
  return [...new Set([...byTag, ...otherOwnersOf(ledger, owner, o.kind, o.name)])]
    .filter((x) => x !== owner)
    .sort();
}

/**
 * Where a difference between the manifests and the live state comes from, given the object's record:
 * `pending` when the live object is as apply left it (the manifests moved, or a secret's value changed:
 * secrets are outside both digests, and only the manifest side can change them unseen); `drift` when the
 * live object changed and the manifest did not; `both`; `unknown` without a record (applied by an older
 * version or by something else): counted as drift, as before records existed.
 */
export type DriftOrigin = 'pending' | 'drift' | 'both' | 'unknown';

export function driftOrigin(
  rec: LedgerRecord | undefined,
  d: Desired,
  o: Observed,
  dns?: { records: DnsRecords | undefined; owner: string },
): DriftOrigin {
  if (!rec) return 'unknown';
  const nowDns = dns && rec.dns ? dnsDigest(o, dns.records, dns.owner) : undefined;
  const dnsMoved = nowDns !== undefined && nowDns !== rec.dns;
  if (liveDigest(o) === rec.live && !dnsMoved) return 'pending';
  return manifestDigest(d) === rec.manifest ? 'drift' : 'both';
}

export interface LedgerWrite {
  kind: KindName;
  name: string;
  /** The manifest digest of what was applied. */
  manifest: string;
  /** The object as observed after apply; undefined: it is gone (its record is removed). */
  live?: Observed;
  /** The DNS records observed after apply (portals with `spec.dns`). */
  dns?: DnsRecords;
  /** The manifest said `deletionPolicy: orphan` (recorded, so that prune keeps the object later). */
  orphan?: boolean;
}

export interface LedgerOutcome {
  written: number;
  removed: number;
  /** Records that could not be written: drift reports these objects as `unknown` until the next apply. */
  failed: { resource: string; message: string }[];
}

/**
 * Brings the records of `writes` up to date: creates a record, renames the old one (one request: a rename
 * is how the tag API updates), or deletes it when the object is gone. Records already right cost nothing.
 * A record that cannot be written is reported, never an apply failure: the objects themselves are applied.
 */
export async function writeLedger(
  api: PortalApi,
  owner: string,
  tags: readonly string[] | undefined,
  writes: readonly LedgerWrite[],
  concurrency = 8,
): Promise<LedgerOutcome> {
  const ledger = readLedger(tags);
  const out: LedgerOutcome = { written: 0, removed: 0, failed: [] };
  const jobs: { resource: string; run: () => Promise<void> }[] = [];
  for (const w of writes) {
    const old = recordOf(ledger, owner, w.kind, w.name);
    const resource = `${w.kind}/${w.name}`;
    if (!w.live) {
      if (old)
        jobs.push({
          resource,
          run: async () => {
            await api.deleteTag(old.tag);
            out.removed++;
          },
        });
      continue;
    }
    const next = ledgerTag(
      owner,
      w.kind,
      w.name,
      w.manifest,
      liveDigest(w.live),
      dnsDigest(w.live, w.dns, owner),
      w.orphan,
    );
    if (old?.tag === next) continue;
    if (next.length > MAX_TAG) {
      out.failed.push({ resource, message: `its record would be over ${MAX_TAG} characters (a long name)` });
      continue;
    }
    jobs.push({
      resource,
      run: async () => {
        if (old) await api.renameTag(old.tag, { name: next });
        else await api.createTag({ name: next });
        out.written++;
      },
    });
  }
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      if (!job) break;
      try {
        await job.run();
      } catch (err) {
        out.failed.push({ resource: job.resource, message: (err as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  return out;
}
