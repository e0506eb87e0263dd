/**
 * Access decisions for the data plane: the portal's `mcp_portal` application(s) (matched by hostname)
 * decide who may connect; each server's `mcp` application(s) (a `via_mcp_server_portal` destination)
 * decide who sees that server in any portal. Applications and policies are read once into a snapshot that
 * is dropped whenever one of them changes, so a decision per request costs no database reads.
 */
import type { AppRecord, PolicyRecord, Repository } from '../store/repository.js';
import { combine, type Decision, evaluatePolicies } from './evaluate.js';
import type { AccessContext } from './principal.js';

interface Snapshot {
  /** Lower-cased hostname -> the policies of each mcp_portal app covering it. */
  portals: Map<string, PolicyRecord[][]>;
  /** Server id -> the policies of each mcp app naming it. */
  servers: Map<string, PolicyRecord[][]>;
}

const ALL = { page: 1, per_page: Number.MAX_SAFE_INTEGER };

/** `mcp.example.com`, `https://mcp.example.com/mcp` or `MCP.example.com:443` -> `mcp.example.com`. */
export function hostOf(domain: string): string {
  const noScheme = domain.trim().replace(/^[a-z]+:\/\//i, '');
  return (noScheme.split('/')[0] ?? '').replace(/:\d+$/, '').toLowerCase();
}

function push<K>(map: Map<K, PolicyRecord[][]>, key: K, value: PolicyRecord[]): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function load(repo: Repository): Snapshot {
  const apps = repo.apps.list(ALL).items;
  const policies = new Map(repo.policies.list(ALL).items.map((p) => [p.id, p]));
  const linked = (app: AppRecord) =>
    app.policies.flatMap((link) => {
      const p = policies.get(link.id);
      return p ? [p] : [];
    });
  const snapshot: Snapshot = { portals: new Map(), servers: new Map() };
  for (const app of apps) {
    const list = linked(app);
    if (app.type === 'mcp_portal') {
      const hosts = new Set(
        [app.domain ?? '', ...(app.self_hosted_domains ?? [])].filter(Boolean).map(hostOf),
      );
      for (const host of hosts) push(snapshot.portals, host, list);
    } else {
      const ids = new Set(
        (app.destinations ?? [])
          .filter((d) => d.type === 'via_mcp_server_portal' && d.mcp_server_id)
          .map((d) => d.mcp_server_id as string),
      );
      for (const id of ids) push(snapshot.servers, id, list);
    }
  }
  return snapshot;
}

export class AccessControl {
  private snapshot: Snapshot | undefined;

  constructor(private readonly repo: Repository) {}

  /** Forgets the snapshot; the next decision reloads applications and policies. */
  invalidate(): void {
    this.snapshot = undefined;
  }

  private current(): Snapshot {
    this.snapshot ??= load(this.repo);
    return this.snapshot;
  }

  /** May this caller connect to the portal served at `hostname`? */
  portal(hostname: string, ctx: AccessContext): Decision {
    const apps = this.current().portals.get(hostOf(hostname)) ?? [];
    return combine(
      apps.map((policies) => evaluatePolicies(policies, ctx)),
      ctx,
      `portal ${hostname}`,
    );
  }

  /** May this caller see server `serverId`? Only "allow" shows it. */
  server(serverId: string, ctx: AccessContext): Decision {
    const apps = this.current().servers.get(serverId) ?? [];
    return combine(
      apps.map((policies) => evaluatePolicies(policies, ctx)),
      ctx,
      `server ${serverId}`,
    );
  }
}
