/**
 * Access decisions for the data plane: the portal's `mcp_portal` application(s) (matched by hostname)
 * decide who may connect; each server's `mcp` application(s) (a `via_mcp_server_portal` destination)
 * decide who sees that server in any portal. Applications, policies and Access groups are read once into a
 * snapshot that is dropped whenever one of them changes, so a decision per request costs no database reads;
 * decisions are kept on the snapshot under everything they depend on (`decisionKey`).
 */
import type { AppRecord, PolicyRecord, Repository } from '../store/repository.js';
import { combine, type Decision, evaluatePolicies, type Groups } from './evaluate.js';
import type { AccessContext } from './principal.js';

/** One application as decisions need it: its policies in precedence order and its deny settings. */
interface AppEntry {
  policies: PolicyRecord[];
  app: Pick<
    AppRecord,
    'name' | 'allowed_idps' | 'custom_deny_message' | 'custom_deny_url' | 'custom_non_identity_deny_url'
  >;
}

interface Snapshot {
  /** Lower-cased hostname -> each mcp_portal app covering it. */
  portals: Map<string, AppEntry[]>;
  /** Server id -> each mcp app naming it. */
  servers: Map<string, AppEntry[]>;
  groups: Groups;
  /** Decisions made on this snapshot, by `decisionKey`. */
  decided: Map<string, Decision>;
}

/** Decisions a snapshot keeps at most (then it starts over). */
const MAX_DECISIONS = 4096;

/**
 * The key of a decision on one snapshot: the target, the address and everything rules can see of the caller
 * (principal.ts). A service token's is its id (a disabled, expired or deleted token never gets this far); a
 * user's is their id, sign-in method, email and groups as read for this request, so a changed user record
 * (their groups are edited while the snapshot stays) makes another key.
 */
function decisionKey(kind: 'portal' | 'server', target: string, ctx: AccessContext): string {
  const p = ctx.principal;
  if (p.kind === 'service') return `${kind}\n${target}\n${ctx.ip}\n${p.tokenId}`;
  if (p.kind === 'anonymous') return `${kind}\n${target}\n${ctx.ip}\n`;
  let user = userKeys.get(p);
  if (user === undefined) {
    user = JSON.stringify([p.userId, p.loginMethod, p.email, p.groups]);
    userKeys.set(p, user);
  }
  return `${kind}\n${target}\n${ctx.ip}\n${user}`;
}

/** A user principal's part of `decisionKey` (authentication reuses one principal per user record). */
const userKeys = new WeakMap<object, string>();

const ALL = { page: 1, per_page: Number.MAX_SAFE_INTEGER };

/** `mcp.example.com`, `https://mcp.example.com/mcp` or `MCP.example.com:443` -> `mcp.example.com`. */
export function hostOf(domain: string): string {
  const noScheme = domain.trim().replace(/^[a-z]+:\/\//i, '');
  return (noScheme.split('/')[0] ?? '').replace(/:\d+$/, '').toLowerCase();
}

function push<K>(map: Map<K, AppEntry[]>, key: K, value: AppEntry): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The hostnames an mcp_portal app covers. */
export function appHosts(app: Pick<AppRecord, 'domain' | 'self_hosted_domains'>): Set<string> {
  return new Set([app.domain ?? '', ...(app.self_hosted_domains ?? [])].filter(Boolean).map(hostOf));
}

/** The server ids an mcp app covers. */
export function appServers(app: Pick<AppRecord, 'destinations'>): Set<string> {
  return new Set(
    (app.destinations ?? [])
      .filter((d) => d.type === 'via_mcp_server_portal' && d.mcp_server_id)
      .map((d) => d.mcp_server_id as string),
  );
}

function load(repo: Repository): Snapshot {
  const apps = repo.apps.list(ALL).items;
  const policies = new Map(repo.policies.all().map((p) => [p.id, p]));
  const groups: Groups = new Map(repo.groups.all().map((g) => [g.id, g]));
  const entry = (app: AppRecord): AppEntry => ({
    policies: app.policies.flatMap((link) => {
      const p = policies.get(link.id);
      return p ? [p] : [];
    }),
    app,
  });
  const snapshot: Snapshot = { portals: new Map(), servers: new Map(), groups, decided: new Map() };
  for (const app of apps) {
    const e = entry(app);
    if (app.type === 'mcp_portal') for (const host of appHosts(app)) push(snapshot.portals, host, e);
    else for (const id of appServers(app)) push(snapshot.servers, id, e);
  }
  return snapshot;
}

/**
 * One application's decision: its `allowed_idps` (a user who signed in with another identity provider is
 * denied), then its policies; a denial carries the application's custom deny message and URL.
 */
function decide(entry: AppEntry, ctx: AccessContext, groups: Groups): Decision {
  const { app } = entry;
  const p = ctx.principal;
  let d: Decision;
  if (p.kind === 'user' && app.allowed_idps?.length && !app.allowed_idps.includes(p.loginMethod)) {
    d = { outcome: 'deny', reason: `application "${app.name}" does not accept your identity provider` };
  } else d = evaluatePolicies(entry.policies, ctx, groups);
  if (d.outcome !== 'deny') return d;
  const url = p.kind === 'user' ? app.custom_deny_url : app.custom_non_identity_deny_url;
  const message = app.custom_deny_message ?? d.reason;
  return url || app.custom_deny_message ? { ...d, reason: url ? `${message}; see ${url}` : message } : d;
}

export class AccessControl {
  private snapshot: Snapshot | undefined;

  constructor(private readonly repo: Repository) {}

  /** Forgets the snapshot; the next decision reloads applications, policies and groups. */
  invalidate(): void {
    this.snapshot = undefined;
  }

  private current(): Snapshot {
    this.snapshot ??= load(this.repo);
    return this.snapshot;
  }

  /** May this caller connect to the portal served at `hostname`? */
  portal(hostname: string, ctx: AccessContext): Decision {
    return this.decision('portal', hostname, ctx);
  }

  /** May this caller see server `serverId`? Only "allow" shows it. */
  server(serverId: string, ctx: AccessContext): Decision {
    return this.decision('server', serverId, ctx);
  }

  /** The decision for one target, kept on the snapshot when it depends on nothing else (`decisionKey`). */
  private decision(kind: 'portal' | 'server', target: string, ctx: AccessContext): Decision {
    const s = this.current();
    const key = decisionKey(kind, target, ctx);
    const known = s.decided.get(key);
    if (known) return known;
    const apps = (kind === 'portal' ? s.portals.get(hostOf(target)) : s.servers.get(target)) ?? [];
    const d = combine(
      apps.map((e) => decide(e, ctx, s.groups)),
      ctx,
      `${kind} ${target}`,
    );
    if (s.decided.size >= MAX_DECISIONS) s.decided.clear();
    s.decided.set(key, Object.freeze(d));
    return d;
  }
}
