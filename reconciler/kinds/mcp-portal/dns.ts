/**
 * Planning a portal hostname's DNS record in the Cloudflare zone its `spec.dns` names: a proxied CNAME to
 * the MCP gateway, marked as ours by its comment `mcp-portals:<owner>`. Ours and wrong: replaced; missing:
 * created (after the portal's write); someone else's that points elsewhere: never touched, an error. The
 * record of a hostname the portal leaves, or of a pruned portal, is deleted when it is ours.
 */
import type { DnsRecordObject } from '../../../schemas/generated/wire.js';
import type { CnameBody } from '../../api/endpoints.js';
import type { Json } from '../../plan/diff.js';
import type { DnsRecordChange } from '../../plan/types.js';
import { ownerTag } from '../apps.js';
import type { DnsRecords, PlanContext } from '../handler.js';
import type { Desired, Observed } from '../model.js';

/** Where Cloudflare serves MCP portals: a portal hostname is a proxied CNAME to it (docs, "Manage via API"). */
export const PORTAL_CNAME_TARGET = 'gateway.agents.cloudflare.com';

const KIND = 'McpPortal';
const norm = (name: string) => name.toLowerCase().replace(/\.$/, '');

/** The record a portal's hostname needs, as sent. */
export const cnameBody = (hostname: string, owner: string): CnameBody => ({
  type: 'CNAME',
  name: norm(hostname),
  content: PORTAL_CNAME_TARGET,
  proxied: true,
  ttl: 1,
  comment: ownerTag(owner),
});

const ours = (r: DnsRecordObject, owner: string) => r.comment === ownerTag(owner);
/** Whether a desired portal wants a record of this name in this zone (then it is not deleted). */
const wanted = (ctx: PlanContext, zone: string, name: string) =>
  ctx.desiredOf('McpPortal').some((p) => p.spec.dns?.zoneId === zone && norm(p.spec.hostname) === norm(name));
const right = (r: DnsRecordObject) => r.proxied && norm(r.content) === PORTAL_CNAME_TARGET;

/** The CNAMEs observed for a name in a zone; undefined when the zone was not read. */
const recordsAt = (ctx: PlanContext, zone: string, name: string) =>
  ctx.snapshot.dns?.get(zone) && (ctx.snapshot.dns.get(zone)?.get(norm(name)) ?? []);

const change = (
  action: DnsRecordChange['action'],
  zoneId: string,
  name: string,
  r?: DnsRecordObject,
  extra: Partial<DnsRecordChange> = {},
): DnsRecordChange => ({
  action,
  zoneId,
  type: 'CNAME',
  name: norm(name),
  content: action === 'delete' && r ? r.content : PORTAL_CNAME_TARGET,
  proxied: action === 'delete' && r ? r.proxied : true,
  ...(r ? { id: r.id } : {}),
  ...extra,
});

export interface DnsPlan {
  /** What happens to the records, for the resource change (empty without `spec.dns`). */
  changes: DnsRecordChange[];
  /** Whether apply writes any record. */
  writes: boolean;
}

/**
 * The DNS part of a portal's create or update. `after` are the operations the record waits for (the
 * portal's create or update); `leaves` is the hostname the live portal had, when it changes.
 */
export function planPortalDns(
  d: Desired<'McpPortal'>,
  ctx: PlanContext,
  after: readonly string[],
  leaves?: string,
): DnsPlan {
  const zone = d.spec.dns?.zoneId;
  if (!zone) return { changes: [], writes: false };
  const resource = `${KIND}/${d.name}`;
  const owner = ctx.opts.owner;
  const at = recordsAt(ctx, zone, d.spec.hostname);
  if (!at) {
    ctx.diagnostics.push({
      severity: 'error',
      code: 'dns/zone-not-read',
      message: `${resource}: the DNS records of zone ${zone} were not read, so its record for ${d.spec.hostname} cannot be planned; plan again`,
    });
    return { changes: [], writes: false };
  }
  const changes: DnsRecordChange[] = [];
  const body = cnameBody(d.spec.hostname, owner);
  const mine = at.find((r) => ours(r, owner));
  const theirs = at.find((r) => !ours(r, owner));
  let written: string | undefined;
  if (mine) {
    if (right(mine)) changes.push(change('noop', zone, d.spec.hostname, mine));
    else {
      written = ctx.add({
        op: 'dns.update',
        resource,
        target: mine.id,
        args: { zone, id: mine.id, body: { ...body } },
        dependsOn: [...after],
      });
      changes.push(
        change('update', zone, d.spec.hostname, mine, {
          before: {
            content: mine.content,
            proxied: mine.proxied,
            ...(mine.comment ? { comment: mine.comment } : {}),
          },
        }),
      );
    }
  } else if (theirs) {
    // Someone else's record: never overwritten. One that already says the right thing is left as it is.
    if (right(theirs))
      changes.push(
        change('noop', zone, d.spec.hostname, theirs, {
          reason: `the record exists, made outside this tool (comment ${JSON.stringify(theirs.comment ?? '')}); left as it is`,
        }),
      );
    else
      ctx.diagnostics.push({
        severity: 'error',
        code: 'dns/record-not-owned',
        message: `${resource}: zone ${zone} has a CNAME ${norm(d.spec.hostname)} -> ${theirs.content}${theirs.proxied ? '' : ' (not proxied)'} that this tool did not create (its comment is not ${JSON.stringify(ownerTag(owner))}); it is never overwritten`,
        detail: `The portal needs a proxied CNAME ${norm(d.spec.hostname)} -> ${PORTAL_CNAME_TARGET}. Point the record there yourself, delete it so that apply creates it, or remove spec.dns to manage it by hand.`,
      });
  } else {
    written = ctx.add({
      op: 'dns.create',
      resource,
      args: { zone, body: { ...body } },
      dependsOn: [...after],
    });
    changes.push(change('create', zone, d.spec.hostname));
  }
  if (leaves && norm(leaves) !== norm(d.spec.hostname)) {
    const old = (recordsAt(ctx, zone, leaves) ?? []).find((r) => ours(r, owner));
    if (old && !wanted(ctx, zone, leaves)) {
      // Clients move to the new name once its record exists; only then does the old one go.
      ctx.add({
        op: 'dns.delete',
        resource,
        target: old.id,
        args: { zone, id: old.id },
        dependsOn: [...after, ...(written ? [written] : [])],
        suffix: 'previous',
      });
      changes.push(change('delete', zone, leaves, old));
    }
  }
  return { changes, writes: changes.some((c) => c.action !== 'noop') };
}

/**
 * The DNS part of a portal's delete: its hostname's record, when ours, in the zones that were read (the
 * desired portals' zones; a Pulumi delete reads the zone from the resource's inputs).
 */
export function planPortalDnsDelete(o: Observed<'McpPortal'>, ctx: PlanContext, after: readonly string[]) {
  const owner = ctx.opts.owner;
  const changes: DnsRecordChange[] = [];
  for (const [zone, byName] of ctx.snapshot.dns ?? []) {
    const r = (byName.get(norm(o.spec.hostname)) ?? []).find((x) => ours(x, owner));
    // Another portal of the manifests may have taken the name over: its record stays.
    if (!r || wanted(ctx, zone, o.spec.hostname)) continue;
    ctx.add({
      op: 'dns.delete',
      resource: `${KIND}/${o.name}`,
      target: r.id,
      args: { zone, id: r.id },
      dependsOn: [...after],
      suffix: zone,
    });
    changes.push(change('delete', zone, o.spec.hostname, r));
  }
  return changes;
}

/** The CNAMEs of a live portal's hostname marked as this owner's, in the zones read (see `KindHandler`). */
export function ownPortalDnsRecords(
  o: Observed<'McpPortal'>,
  dns: DnsRecords | undefined,
  owner: string,
): Json | undefined {
  if (!dns) return undefined;
  const host = norm(o.spec.hostname);
  return [...dns]
    .flatMap(([zone, byName]) =>
      (byName.get(host) ?? [])
        .filter((r) => ours(r, owner))
        .map((r) => [zone, r.id, norm(r.content), r.proxied]),
    )
    .sort((a, b) => String(a).localeCompare(String(b)));
}
