/**
 * Routes of `/zones/{zone_id}/dns_records` (Cloudflare's DNS records API, as the SDK's `client.dns.records`
 * calls it): list (filters, order, pages), create, get, update (PUT), edit (PATCH) and delete, stored in the
 * portal's SQLite store. The embedded portal serves no DNS: the records exist so that DNS management (a
 * portal hostname's CNAME) can be exercised against real HTTP. Zones exist implicitly: any 32-hex zone id.
 */
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { Hono } from 'hono';
import type {
  DnsRecordCreate,
  DnsRecordEdit,
  DnsRecordObject,
  DnsRecordUpdate,
} from '../../schemas/generated/wire.js';
import type { DnsListQuery, DnsRecordRow, DnsTextFilter } from '../store/repository.js';
import { assertValid, readJsonObject } from './body.js';
import type { ApiDeps } from './deps.js';
import { success } from './envelope.js';
import { ApiError, BadListQueryError, type Issue, NotFoundError, ValidationError } from './errors.js';

const SCHEMA = 'wire/dns-record.schema.json#/definitions';
/** The types stored here: those whose content is one string. */
export const DNS_TYPES: readonly string[] = ['A', 'AAAA', 'CNAME', 'NS', 'PTR', 'TXT'];
/** Types Cloudflare can proxy. */
const PROXIABLE = new Set(['A', 'AAAA', 'CNAME']);
/** Keys of the SDK's record params that the embedded portal does not store (structured types, settings). */
const UNSUPPORTED_KEYS = ['data', 'priority', 'settings', 'private_routing'];
const ZONE_ID = /^[0-9a-f]{32}$/;
const LABEL = '[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?';
const NAME = new RegExp(`^(\\*\\.)?${LABEL}(\\.${LABEL})*$`);
const DEFAULT_PER_PAGE = 100;
const MAX_PER_PAGE = 5_000_000;
const TEXT_OPS = ['exact', 'contains', 'startswith', 'endswith'] as const;
const ORDERS = ['type', 'name', 'content', 'ttl', 'proxied'] as const;

/** 404 (code 81044 as Cloudflare's): no record with this id in the zone. */
export class RecordNotFoundError extends ApiError {
  static override readonly code = 81044;
  readonly status = 404;
}

/** 400 (81053): a CNAME shares its name with another record, or another record with a CNAME's name. */
export class RecordConflictError extends ApiError {
  static override readonly code = 81053;
  readonly status = 400;
}

/** 400 (81058): a record with the same name, type and content exists. */
export class IdenticalRecordError extends ApiError {
  static override readonly code = 81058;
  readonly status = 400;
}

const notSupported = (what: string, path: string) =>
  new ValidationError([{ message: `${what} is not supported by the embedded portal`, path: [path] }]);

/** Lower-case, without the root's trailing dot (Cloudflare stores names so). */
const normaliseName = (name: string) => name.toLowerCase().replace(/\.$/, '');

export function toDnsRecordObject(r: DnsRecordRow): DnsRecordObject {
  return {
    id: r.id,
    name: r.name,
    type: r.type as DnsRecordObject['type'],
    content: r.content,
    ttl: r.ttl,
    proxied: r.proxied,
    proxiable: PROXIABLE.has(r.type),
    ...(r.comment !== null ? { comment: r.comment } : {}),
    tags: r.tags,
    settings: {},
    meta: {},
    created_on: r.created_on,
    modified_on: r.modified_on,
    ...(r.comment_modified_on ? { comment_modified_on: r.comment_modified_on } : {}),
    ...(r.tags_modified_on ? { tags_modified_on: r.tags_modified_on } : {}),
  };
}

/** Refuses what the SDK may send but this store cannot keep, naming the field (before schema validation). */
function refuseUnsupported(raw: Record<string, unknown>): void {
  for (const key of UNSUPPORTED_KEYS) if (key in raw) throw notSupported(`field "${key}"`, key);
  if (typeof raw.type === 'string' && !DNS_TYPES.includes(raw.type))
    throw notSupported(`record type "${raw.type}" (it stores ${DNS_TYPES.join(', ')})`, 'type');
}

/** The rules the schema cannot state: name and content shapes, proxying, TTL range. */
function checkRecord(r: Pick<DnsRecordRow, 'name' | 'type' | 'content' | 'ttl' | 'proxied'>): void {
  const issues: Issue[] = [];
  if (r.name === '@')
    issues.push({
      message:
        'name "@" is not supported by the embedded portal (its zones have no names): send the full name',
      path: ['name'],
    });
  else if (!NAME.test(r.name)) issues.push({ message: 'name is not a valid DNS name', path: ['name'] });
  if (r.type === 'A' && isIP(r.content) !== 4)
    issues.push({ message: 'content must be an IPv4 address', path: ['content'] });
  if (r.type === 'AAAA' && isIP(r.content) !== 6)
    issues.push({ message: 'content must be an IPv6 address', path: ['content'] });
  if (['CNAME', 'NS', 'PTR'].includes(r.type) && !NAME.test(normaliseName(r.content)))
    issues.push({ message: 'content must be a DNS name', path: ['content'] });
  if (r.proxied && !PROXIABLE.has(r.type))
    issues.push({ message: `a ${r.type} record cannot be proxied`, path: ['proxied'] });
  if (r.ttl !== 1 && (r.ttl < 30 || r.ttl > 86400))
    issues.push({ message: 'ttl must be 1 (automatic) or from 30 to 86400', path: ['ttl'] });
  if (issues.length) throw new ValidationError(issues);
}

/** A record as stored from a create or PUT body (what it omits takes its default) over `base`. */
function fromBody(
  body: DnsRecordCreate | DnsRecordUpdate,
  base: Pick<DnsRecordRow, 'id' | 'zone_id' | 'created_on'> & Partial<DnsRecordRow>,
  now: string,
): DnsRecordRow {
  const proxied = body.proxied ?? false;
  const comment = body.comment ?? null;
  const tags = [...new Set(body.tags ?? [])].sort();
  const name = normaliseName(body.name);
  const content = body.type === 'CNAME' ? normaliseName(body.content) : body.content;
  return {
    id: base.id,
    zone_id: base.zone_id,
    name,
    type: body.type,
    content,
    // Proxied records always have an automatic TTL, whatever was sent.
    ttl: proxied ? 1 : (body.ttl ?? 1),
    proxied,
    comment,
    tags,
    created_on: base.created_on,
    modified_on: now,
    comment_modified_on: comment !== (base.comment ?? null) ? now : (base.comment_modified_on ?? null),
    tags_modified_on:
      JSON.stringify(tags) !== JSON.stringify(base.tags ?? []) ? now : (base.tags_modified_on ?? null),
  };
}

/**
 * Cloudflare's rules for one name: a CNAME stands alone (81053), and two records never say the same
 * thing (81058). `others` are the zone's records of the name, without the one being written.
 */
function checkNeighbours(r: DnsRecordRow, others: readonly DnsRecordRow[]): void {
  const cname = others.find((o) => o.type === 'CNAME');
  if (cname || (r.type === 'CNAME' && others.length))
    throw new RecordConflictError([
      {
        message: `An A, AAAA, or CNAME record with that host already exists (${r.name}: ${(cname ?? others[0])?.type} record ${(cname ?? others[0])?.id}). For more details, refer to <https://developers.cloudflare.com/dns/manage-dns-records/troubleshooting/records-with-same-name/>.`,
        path: ['name'],
      },
    ]);
  const same = others.find((o) => o.type === r.type && o.content === r.content);
  if (same) throw new IdenticalRecordError(`An identical record already exists (${same.id}).`);
}

function parseDnsQuery(raw: Record<string, string | undefined>): DnsListQuery {
  const issues: Issue[] = [];
  const filters: DnsTextFilter[] = [];
  const q: DnsListQuery = {
    page: 1,
    per_page: DEFAULT_PER_PAGE,
    filters,
    match: 'all',
    order: 'type',
    direction: 'asc',
  };
  const int = (key: string, v: string, min: number, max: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      issues.push({ message: `${key} must be an integer from ${min} to ${max}`, path: [key] });
      return undefined;
    }
    return n;
  };
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const [field, op] = key.split('.') as [string, string | undefined];
    if (key === 'page') q.page = int(key, value, 1, Number.MAX_SAFE_INTEGER) ?? 1;
    else if (key === 'per_page') q.per_page = int(key, value, 5, MAX_PER_PAGE) ?? DEFAULT_PER_PAGE;
    else if (key === 'type') {
      if (!DNS_TYPES.includes(value))
        issues.push({ message: `type must be one of ${DNS_TYPES.join(', ')}`, path: [key] });
      else q.type = value;
    } else if (key === 'proxied') {
      if (value !== 'true' && value !== 'false')
        issues.push({ message: 'proxied must be true or false', path: [key] });
      else q.proxied = value === 'true';
    } else if (key === 'match') {
      if (value !== 'all' && value !== 'any')
        issues.push({ message: 'match must be all or any', path: [key] });
      else q.match = value;
    } else if (key === 'order') {
      if (!(ORDERS as readonly string[]).includes(value))
        issues.push({ message: `order must be one of ${ORDERS.join(', ')}`, path: [key] });
      else q.order = value as DnsListQuery['order'];
    } else if (key === 'direction') {
      if (value !== 'asc' && value !== 'desc')
        issues.push({ message: 'direction must be asc or desc', path: [key] });
      else q.direction = value;
    } else if ((field === 'name' || field === 'content' || field === 'comment') && op === undefined)
      filters.push({ field, op: 'exact', value });
    else if (
      (field === 'name' || field === 'content' || field === 'comment') &&
      ((TEXT_OPS as readonly string[]).includes(op ?? '') ||
        (field === 'comment' && (op === 'present' || op === 'absent')))
    )
      filters.push({ field, op: op as DnsTextFilter['op'], value });
    else
      issues.push({
        message: `the list parameter "${key}" is not supported by the embedded portal`,
        path: [key],
      });
  }
  if (issues.length) throw new BadListQueryError(issues);
  return q;
}

export function dnsRecordRoutes(deps: ApiDeps): Hono {
  const { repo } = deps;
  const app = new Hono();

  const zoneOf = (raw: string | undefined): string => {
    const zone = raw ?? '';
    // Zones exist implicitly: every well-formed zone id names one (the embedded portal has no zone objects).
    if (!ZONE_ID.test(zone))
      throw new NotFoundError(
        `Could not route to /zones/${zone}/dns_records, perhaps your object identifier is invalid? (zone ids are 32 hex digits)`,
      );
    return zone;
  };
  const recordOf = (zone: string, id: string) => {
    const rec = repo.dnsRecords.get(zone, id);
    if (!rec) throw new RecordNotFoundError(`Record does not exist. (${id})`);
    return rec;
  };

  app.get('/', (c) => {
    const zone = zoneOf(c.req.param('zone_id'));
    const q = parseDnsQuery(c.req.query());
    const page = repo.dnsRecords.list(zone, q);
    return c.json(
      success(page.items.map(toDnsRecordObject), [], {
        page: q.page,
        per_page: q.per_page,
        count: page.items.length,
        total_count: page.total,
        total_pages: Math.ceil(page.total / q.per_page),
      }),
    );
  });

  app.post('/', async (c) => {
    const zone = zoneOf(c.req.param('zone_id'));
    const raw = await readJsonObject(c);
    refuseUnsupported(raw);
    const body = assertValid<DnsRecordCreate>(`${SCHEMA}/Create`, raw);
    const now = deps.now().toISOString();
    const rec = fromBody(body, { id: randomBytes(16).toString('hex'), zone_id: zone, created_on: now }, now);
    checkRecord(rec);
    repo.transaction(() => {
      checkNeighbours(rec, repo.dnsRecords.named(zone, rec.name));
      repo.dnsRecords.insert(rec);
    });
    return c.json(success(toDnsRecordObject(rec)));
  });

  app.get('/:id', (c) => {
    const zone = zoneOf(c.req.param('zone_id'));
    return c.json(success(toDnsRecordObject(recordOf(zone, c.req.param('id')))));
  });

  /** PUT replaces the record; PATCH changes only the fields given. Both keep its id and creation time. */
  const write = (mode: 'Update' | 'Edit') => async (c: import('hono').Context) => {
    const zone = zoneOf(c.req.param('zone_id'));
    const id = c.req.param('id') ?? '';
    const raw = await readJsonObject(c, mode === 'Edit');
    refuseUnsupported(raw);
    const rec = repo.transaction(() => {
      const cur = recordOf(zone, id);
      const body =
        mode === 'Update'
          ? assertValid<DnsRecordUpdate>(`${SCHEMA}/Update`, raw)
          : ({
              name: cur.name,
              type: cur.type as DnsRecordUpdate['type'],
              content: cur.content,
              ttl: cur.ttl,
              proxied: cur.proxied,
              ...(cur.comment !== null ? { comment: cur.comment } : {}),
              tags: cur.tags,
              ...assertValid<DnsRecordEdit>(`${SCHEMA}/Edit`, raw),
            } satisfies DnsRecordUpdate);
      const next = fromBody(body, cur, deps.now().toISOString());
      checkRecord(next);
      checkNeighbours(
        next,
        repo.dnsRecords.named(zone, next.name).filter((o) => o.id !== id),
      );
      repo.dnsRecords.update(next);
      return next;
    });
    return c.json(success(toDnsRecordObject(rec)));
  };
  app.put('/:id', write('Update'));
  app.patch('/:id', write('Edit'));

  app.delete('/:id', (c) => {
    const zone = zoneOf(c.req.param('zone_id'));
    const id = c.req.param('id');
    repo.transaction(() => {
      recordOf(zone, id);
      repo.dnsRecords.delete(zone, id);
    });
    return c.json(success({ id }));
  });

  return app;
}
