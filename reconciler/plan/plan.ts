/**
 * `plan(desired, snapshot, options) -> Plan`: a pure function (no I/O) from desired state and observed
 * state to the ordered list of changes. Only user-owned fields are diffed; `url` and `auth.type` force
 * replacement; objects not in the manifests are deleted only with `prune` and only when provably owned.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Desired, KindName, Observed, PortalSpec, ServerSpec } from '../kinds/model.js';
import { credentialValue, SERVER_REPLACE_ON } from '../kinds/server.js';
import type { Snapshot } from '../observe.js';
import { MASK, matchesFingerprint } from '../secrets.js';
import { consequences } from './consequences.js';
import { diff, type FieldChange, type Json } from './diff.js';
import { type Action, PLAN_FORMAT_VERSION, type Plan, type ResourceChange, type Unmanaged } from './types.js';

/** Arrays that are sets keyed by a field: overrides by name, portal mappings by server. */
export const KEYED = { tools: 'name', prompts: 'name', servers: 'server' };

export interface PlanOptions {
  target: Plan['target'];
  owner: string;
  prune?: boolean;
  /** Send every credential even when no change is detected (the only way to rotate on Cloudflare). */
  rotateCredentials?: boolean;
  /** Diagnostics found before planning (e.g. missing secrets), carried into the plan. */
  diagnostics?: Diagnostic[];
  observeRequests: number;
  digest: string;
  now?: () => Date;
}

const ORDER: KindName[] = ['AccessPolicy', 'McpServer', 'McpPortal'];
const CONNECTION_FIELDS = ['spec.url', 'spec.auth', 'spec.credentials'];

function changesFor(d: Desired, o: Observed): FieldChange[] {
  const changes = diff(o.spec as unknown as Json, d.spec as unknown as Json, 'spec', KEYED);
  // Credential sources are desired-side only (where a value comes from), never a difference by themselves.
  return changes.filter((c) => c.path !== 'spec.credentials.source');
}

function serverChange(
  d: Desired<'McpServer'>,
  o: Observed<'McpServer'> | undefined,
  opts: PlanOptions,
): ResourceChange {
  const spec = d.spec;
  if (!o) {
    return {
      kind: 'McpServer',
      name: d.name,
      action: 'create',
      reason: 'not in the live state',
      changes: [],
      desired: spec,
      app: { action: 'create' },
      sendCredentials: spec.credentials.form !== 'none',
      sync: true,
    };
  }
  const changes = changesFor(d, o);
  const value = spec.credentials.form === 'none' ? undefined : credentialValue(d);
  const same = value === undefined ? undefined : matchesFingerprint(value, o.facts?.credentialsFingerprint);
  if (same === false && !changes.some((c) => c.path.startsWith('spec.credentials'))) {
    changes.push({ path: 'spec.credentials.value', before: MASK, after: MASK });
  }
  const forced = Boolean(opts.rotateCredentials) && spec.credentials.form !== 'none';
  if (forced && !changes.some((c) => c.path.startsWith('spec.credentials'))) {
    changes.push({ path: 'spec.credentials.value', before: MASK, after: MASK });
  }
  const replaceFields = changes.map((c) => c.path).filter((p) => SERVER_REPLACE_ON.some((r) => p === r));
  const appChange = changes.some((c) => c.path.startsWith('spec.policies'));
  const specChanges = changes.filter((c) => !c.path.startsWith('spec.policies'));
  const sendCredentials = forced || changes.some((c) => c.path.startsWith('spec.credentials'));
  let action: Action = changes.length || forced ? 'update' : 'noop';
  if (replaceFields.length) action = 'replace';
  // A missing app with no policies wanted changes nothing (no app and an empty one both admit no one).
  const app = !o.app
    ? { action: spec.policies.length || replaceFields.length ? ('create' as const) : ('noop' as const) }
    : { action: appChange || replaceFields.length ? ('update' as const) : ('noop' as const), id: o.app.id };
  if (app.action === 'create' && action === 'noop') action = 'update';
  return {
    kind: 'McpServer',
    name: d.name,
    action,
    ...(action === 'replace'
      ? { reason: `${replaceFields.join(', ')} cannot change in place` }
      : app.action === 'create'
        ? { reason: 'its Access application is missing' }
        : forced && !changes.length
          ? { reason: 'credentials sent (--rotate-credentials)' }
          : {}),
    changes,
    ...(replaceFields.length ? { replaceFields } : {}),
    id: o.id,
    ...(action !== 'noop' ? { desired: spec } : {}),
    app,
    ...(action === 'replace' || sendCredentials ? { sendCredentials: spec.credentials.form !== 'none' } : {}),
    ...(action === 'replace' ||
    specChanges.some((c) => CONNECTION_FIELDS.some((f) => c.path.startsWith(f))) ||
    forced
      ? { sync: true }
      : {}),
    ...(!o.owned && action === 'noop' && o.app ? { adopt: true } : {}),
  };
}

function simpleChange(d: Desired, o: Observed | undefined): ResourceChange {
  if (!o) {
    return {
      kind: d.kind,
      name: d.name,
      action: 'create',
      reason: 'not in the live state',
      changes: [],
      desired: d.spec,
      ...(d.kind === 'McpPortal' ? { app: { action: 'create' as const } } : {}),
    };
  }
  const changes = changesFor(d, o);
  const appMissing = d.kind === 'McpPortal' && !o.app && (d.spec as PortalSpec).policies.length > 0;
  const appChange =
    d.kind === 'McpPortal' &&
    changes.some((c) => c.path.startsWith('spec.policies') || c.path === 'spec.hostname');
  const action: Action = changes.length || appMissing ? 'update' : 'noop';
  return {
    kind: d.kind,
    name: d.name,
    action,
    ...(appMissing ? { reason: 'its Access application is missing' } : {}),
    changes,
    id: o.id,
    ...(action !== 'noop' ? { desired: d.spec } : {}),
    ...(d.kind === 'McpPortal'
      ? {
          app: appMissing
            ? { action: 'create' as const }
            : o.app
              ? { action: appChange ? ('update' as const) : ('noop' as const), id: o.app.id }
              : { action: 'noop' as const },
        }
      : {}),
    ...(!o.owned && action === 'noop' && d.kind === 'McpPortal' && o.app ? { adopt: true } : {}),
  };
}

export function plan(desired: readonly Desired[], snapshot: Snapshot, opts: PlanOptions): Plan {
  const live = new Map<string, Observed>();
  for (const o of [...snapshot.policies, ...snapshot.servers, ...snapshot.portals])
    live.set(`${o.kind}/${o.name}`, o);
  const wanted = new Set(desired.map((d) => `${d.kind}/${d.name}`));
  const diagnostics: Diagnostic[] = [...(opts.diagnostics ?? [])];
  const resources: ResourceChange[] = [];

  for (const kind of ORDER) {
    for (const d of desired.filter((x) => x.kind === kind).sort((a, b) => a.name.localeCompare(b.name))) {
      const o = live.get(`${d.kind}/${d.name}`);
      resources.push(
        d.kind === 'McpServer'
          ? serverChange(d as Desired<'McpServer'>, o as Observed<'McpServer'> | undefined, opts)
          : simpleChange(d, o),
      );
    }
  }

  // Servers being replaced must first leave every live portal that maps them.
  const desiredPortals = new Map(desired.filter((d) => d.kind === 'McpPortal').map((d) => [d.name, d]));
  for (const r of resources) {
    if (r.kind !== 'McpServer' || r.action !== 'replace') continue;
    const mappedBy = snapshot.portals
      .filter((p) => p.spec.servers.some((s) => s.server === r.name))
      .map((p) => p.name);
    if (mappedBy.length) r.detachFrom = mappedBy;
  }

  // Objects that exist but are not in the manifests.
  const unmanaged: Unmanaged[] = [];
  const deletes: ResourceChange[] = [];
  for (const kind of [...ORDER].reverse()) {
    for (const o of [...live.values()].filter((x) => x.kind === kind && !wanted.has(`${x.kind}/${x.name}`))) {
      unmanaged.push({ kind: o.kind, name: o.name, id: o.id, owned: o.owned });
      if (!opts.prune || !o.owned) continue;
      const mappedBy =
        o.kind === 'McpServer'
          ? snapshot.portals.filter((p) => p.spec.servers.some((s) => s.server === o.name))
          : [];
      const blockers = mappedBy.filter((p) => !desiredPortals.has(p.name) && !(opts.prune && p.owned));
      if (blockers.length) {
        diagnostics.push({
          severity: 'warning',
          code: 'plan/delete-blocked',
          message: `McpServer ${o.name} is kept: portal ${blockers.map((p) => p.name).join(', ')} still maps it and is not managed here`,
        });
        continue;
      }
      deletes.push({
        kind: o.kind,
        name: o.name,
        action: 'delete',
        reason: 'not in the manifests, and owned by this tool',
        changes: [],
        id: o.id,
        ...(o.app ? { app: { action: 'delete' as const, id: o.app.id } } : {}),
        ...(mappedBy.length
          ? { detachFrom: mappedBy.filter((p) => desiredPortals.has(p.name)).map((p) => p.name) }
          : {}),
      });
    }
  }
  resources.push(...deletes);

  for (const r of resources) {
    if (r.kind === 'McpServer' && r.sendCredentials) {
      const d = desired.find((x) => x.kind === 'McpServer' && x.name === r.name) as
        | Desired<'McpServer'>
        | undefined;
      for (const problem of missingSecrets(d)) {
        diagnostics.push({
          severity: 'warning',
          code: 'secret/unresolved',
          message: `McpServer ${r.name}: ${problem}`,
        });
      }
    }
  }

  // Overrides naming what the last sync did not find are dropped by the portal after each sync.
  for (const d of desired) {
    if (d.kind !== 'McpServer') continue;
    const facts = (live.get(`McpServer/${d.name}`) as Observed<'McpServer'> | undefined)?.facts;
    if (!facts?.lastSuccessfulSync) continue;
    const spec = d.spec as ServerSpec;
    for (const what of ['tools', 'prompts'] as const) {
      const known = new Set(facts[what].map((c) => c.name));
      for (const o of spec[what].filter((x) => !known.has(x.name))) {
        diagnostics.push({
          severity: 'warning',
          code: 'plan/unknown-capability',
          message: `McpServer ${d.name}: the last sync found no ${what.slice(0, -1)} ${JSON.stringify(o.name)}; the portal drops overrides of missing ${what} after each sync`,
        });
      }
    }
  }

  const summary: Record<Action, number> = { create: 0, update: 0, replace: 0, delete: 0, noop: 0 };
  for (const r of resources) summary[r.action]++;
  const replaced = new Set(
    resources.filter((r) => r.kind === 'McpServer' && r.action === 'replace').map((r) => r.name),
  );
  return {
    format_version: PLAN_FORMAT_VERSION,
    created_at: (opts.now?.() ?? new Date()).toISOString(),
    target: opts.target,
    owner: opts.owner,
    prune: Boolean(opts.prune),
    errored: diagnostics.some((d) => d.severity === 'error'),
    diagnostics,
    resources,
    unmanaged,
    consequences: consequences(desired, snapshot.servers, snapshot.portals, replaced),
    summary,
    api_calls: { observe: opts.observeRequests, apply_estimate: estimateCalls(resources) },
    observed_digest: opts.digest,
  };
}

function missingSecrets(d: Desired<'McpServer'> | undefined): string[] {
  const s = d?.secrets;
  if (!s) return [];
  const all = [s.token, s.clientSecret, ...Object.values(s.headers ?? {})];
  return all.flatMap((r) => (r && !r.ok ? [r.reason] : []));
}

/** Writes apply will send: one per object change, one per app change, detaches, syncs, and status reads. */
export function estimateCalls(resources: readonly ResourceChange[]): number {
  let calls = 0;
  let syncs = 0;
  for (const r of resources) {
    if (r.action === 'replace') calls += 2;
    else if (r.action !== 'noop') calls += 1;
    if (r.app && r.app.action !== 'noop') calls += 1;
    if (r.adopt) calls += 1;
    calls += r.detachFrom?.length ?? 0;
    if (r.sync) syncs++;
  }
  // Each sync is one POST; waiting reads the server list once per poll (a page per 100 servers).
  return calls + syncs + (syncs ? Math.ceil(syncs / 100) : 0);
}
