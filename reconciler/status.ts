/**
 * Status per resource, the way a controller reports conditions: a phase (Waiting | Ready | Error), a
 * CamelCase reason for machines and a one-line message for people. Deterministic (sorted, no
 * timestamps in the message), so it never flaps. API `stale` is reported as Error/ReauthenticationRequired.
 */
import type { KindName, Observed } from './kinds/model.js';
import type { Snapshot } from './observe.js';
import { exposure, type ServerView } from './plan/consequences.js';

export type Phase = 'Waiting' | 'Ready' | 'Error';

export interface ResourceStatus {
  kind: KindName;
  name: string;
  phase: Phase;
  reason: string;
  message: string;
  tools?: number;
  prompts?: number;
  lastSynced?: string;
  lastSuccessfulSync?: string;
  error?: string;
  errorDetails?: NonNullable<Observed<'McpServer'>['facts']>['errorDetails'];
}

function errorReason(o: Observed<'McpServer'>): string {
  const d = o.facts?.errorDetails;
  if (!d) return 'SyncFailed';
  if (d.status_code === 401 || d.status_code === 403) return 'UpstreamUnauthorized';
  if (!d.is_upstream) return 'UpstreamUnreachable';
  return 'UpstreamError';
}

export function serverStatus(o: Observed<'McpServer'>): ResourceStatus {
  const f = o.facts;
  const base = {
    kind: 'McpServer' as const,
    name: o.name,
    tools: f?.tools.length ?? 0,
    prompts: f?.prompts.length ?? 0,
    ...(f?.lastSynced ? { lastSynced: f.lastSynced } : {}),
    ...(f?.lastSuccessfulSync ? { lastSuccessfulSync: f.lastSuccessfulSync } : {}),
  };
  switch (f?.status) {
    case 'ready':
      return {
        ...base,
        phase: 'Ready',
        reason: 'Synced',
        message: `${base.tools} tools, ${base.prompts} prompts`,
      };
    case 'stale':
      return {
        ...base,
        phase: 'Error',
        reason: 'ReauthenticationRequired',
        message: 'the admin OAuth credential could not be refreshed; re-authenticate the server',
        ...(f.error ? { error: f.error } : {}),
      };
    case 'error':
      return {
        ...base,
        phase: 'Error',
        reason: errorReason(o),
        message: f.error ?? 'sync failed',
        ...(f.error ? { error: f.error } : {}),
        ...(f.errorDetails ? { errorDetails: f.errorDetails } : {}),
      };
    default:
      if (f?.authenticationStatus === 'required') {
        return {
          ...base,
          phase: 'Waiting',
          reason: 'AuthenticationRequired',
          message: f.error ?? 'an admin must complete the OAuth login before the server can sync',
        };
      }
      return {
        ...base,
        phase: 'Waiting',
        reason: 'SyncPending',
        message: 'waiting for the first capability sync',
      };
  }
}

export function portalStatus(
  o: Observed<'McpPortal'>,
  servers: Map<string, ResourceStatus>,
  views: ReadonlyMap<string, ServerView>,
): ResourceStatus {
  const mapped = o.spec.servers.map(
    (s) => servers.get(s.server) ?? { name: s.server, phase: 'Waiting' as Phase },
  );
  const inError = mapped
    .filter((s) => s.phase === 'Error')
    .map((s) => s.name)
    .sort();
  const waiting = mapped
    .filter((s) => s.phase === 'Waiting')
    .map((s) => s.name)
    .sort();
  const ready = mapped.length - inError.length - waiting.length;
  // Counts of what the portal exposes (after overrides and allowlists), not of what its servers offer.
  const tools = exposure(o.spec, views, 'tools', new Set()).length;
  const prompts = exposure(o.spec, views, 'prompts', new Set()).length;
  const base = { kind: 'McpPortal' as const, name: o.name, tools, prompts };
  if (!o.app) {
    return {
      ...base,
      phase: 'Error',
      reason: 'AccessAppMissing',
      message: 'no Access application guards this portal',
    };
  }
  if (inError.length) {
    return {
      ...base,
      phase: 'Error',
      reason: 'ServerError',
      message: `servers in error: ${inError.join(', ')}`,
    };
  }
  if (waiting.length) {
    return {
      ...base,
      phase: 'Waiting',
      reason: 'ServersWaiting',
      message: `waiting for: ${waiting.join(', ')}`,
    };
  }
  return { ...base, phase: 'Ready', reason: 'Ready', message: `${ready} of ${mapped.length} servers ready` };
}

/** Status of every live object (or of the named ones), policies first, then servers, then portals. */
export function statuses(
  snapshot: Snapshot,
  only?: (kind: KindName, name: string) => boolean,
): ResourceStatus[] {
  const servers = new Map(snapshot.servers.map((s) => [s.name, serverStatus(s)]));
  const views = new Map(
    snapshot.servers.map((s) => [s.name, { spec: s.spec, ...(s.facts ? { facts: s.facts } : {}) }]),
  );
  const keep = only ?? (() => true);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return [
    ...snapshot.policies
      .filter((p) => keep(p.kind, p.name))
      .sort(byName)
      .map((p) => ({
        kind: p.kind,
        name: p.name,
        phase: 'Ready' as Phase,
        reason: 'Ready',
        message: p.spec.decision,
      })),
    ...[...servers.values()].filter((s) => keep(s.kind, s.name)).sort(byName),
    ...snapshot.portals
      .filter((p) => keep(p.kind, p.name))
      .sort(byName)
      .map((p) => portalStatus(p, servers, views)),
  ];
}
