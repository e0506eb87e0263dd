/**
 * `apply(plan, ...)`: executes a plan it is given, in dependency order (policies, then servers and
 * their apps, then portals and their apps; deletes in reverse), letting the API client bound the
 * requests in flight. It never re-diffs. Failed operations are recorded and their dependants skipped;
 * everything independent still runs, so a second apply converges.
 */
import type { AppObject, PortalObject } from '../../schemas/generated/wire.js';
import type { PortalApi } from '../api/endpoints.js';
import { appPortalHost, appServerId, portalAppBody, serverAppBody } from '../kinds/apps.js';
import type { Desired, PolicySpec, PortalSpec, ServerSpec } from '../kinds/model.js';
import { policyBody } from '../kinds/policy.js';
import {
  portalCreateBody,
  portalServersFromApi,
  portalServersToWire,
  portalUpdateBody,
} from '../kinds/portal.js';
import { serverCreateBody, serverUpdateBody } from '../kinds/server.js';
import type { Plan, ResourceChange } from '../plan/types.js';

export interface OperationResult {
  kind: string;
  name: string;
  /** e.g. `create`, `update app`, `detach from portal eng`, `sync` */
  operation: string;
  ok: boolean;
  error?: string;
}

export interface ApplyOptions {
  /** The desired state the plan was made from, for secrets (resolved now, never stored in the plan). */
  desired: readonly Desired[];
  /** Policy names to ids known before apply (from the snapshot). */
  policyIds: Map<string, string>;
  onProgress?: (op: OperationResult) => void;
}

export interface ApplyResult {
  operations: OperationResult[];
  failed: OperationResult[];
  /** Servers a sync was triggered for. */
  synced: string[];
}

export class PlanNotApplicableError extends Error {
  override readonly name = 'PlanNotApplicableError';
}

export async function apply(plan: Plan, api: PortalApi, opts: ApplyOptions): Promise<ApplyResult> {
  if (plan.errored) throw new PlanNotApplicableError('the plan has errors and cannot be applied');
  const operations: OperationResult[] = [];
  const failedNames = new Set<string>();
  const policyIds = new Map(opts.policyIds);
  const desired = new Map(opts.desired.map((d) => [`${d.kind}/${d.name}`, d]));
  const synced: string[] = [];

  const run = async (
    r: Pick<ResourceChange, 'kind' | 'name'>,
    operation: string,
    fn: () => Promise<unknown>,
  ) => {
    const result: OperationResult = { kind: r.kind, name: r.name, operation, ok: true };
    try {
      await fn();
    } catch (err) {
      result.ok = false;
      result.error = err instanceof Error ? err.message : String(err);
      failedNames.add(`${r.kind}/${r.name}`);
    }
    operations.push(result);
    opts.onProgress?.(result);
    return result.ok;
  };
  const ids = (names: readonly string[]) =>
    names.map((n) => {
      const id = policyIds.get(n);
      if (!id) throw new Error(`AccessPolicy ${n} does not exist (it failed or was not applied)`);
      return id;
    });
  const of = (kind: string, action: (r: ResourceChange) => boolean) =>
    plan.resources.filter((r) => r.kind === kind && action(r));
  const active = (r: ResourceChange) => r.action !== 'noop' && r.action !== 'delete';

  // 1. Policies.
  await Promise.all(
    of('AccessPolicy', active).map((r) =>
      run(r, r.action, async () => {
        const body = policyBody(r.name, r.desired as PolicySpec);
        const p =
          r.action === 'create' ? await api.createPolicy(body) : await api.updatePolicy(r.id as string, body);
        policyIds.set(r.name, p.id);
      }),
    ),
  );

  // 2. Servers to delete or replace leave the portals that map them (remembering the mapping).
  const detached = new Map<
    string,
    { portal: string; entry: ReturnType<typeof portalServersToWire>[number] }[]
  >();
  const detachTargets = plan.resources.filter((r) => r.kind === 'McpServer' && r.detachFrom?.length);
  for (const r of detachTargets) {
    for (const portalId of r.detachFrom ?? []) {
      await run(r, `detach from portal ${portalId}`, async () => {
        const live = await api.getPortal(portalId);
        if (!live) return;
        const keep = (live.servers ?? []).filter((s) => (s.server_id ?? s.id) !== r.name);
        const entry = toRequestEntries(live).find((s) => s.server_id === r.name);
        if (entry) detached.set(r.name, [...(detached.get(r.name) ?? []), { portal: portalId, entry }]);
        await api.updatePortal(portalId, { servers: toRequestEntries({ ...live, servers: keep }) });
      });
    }
  }

  // 3. Servers: replacements are deleted first (ids stay unique), then creates and updates; then their apps.
  await Promise.all(
    of('McpServer', (r) => r.action === 'replace').map((r) =>
      run(r, 'delete (replace)', async () => {
        if (r.app?.id) await api.deleteApp(r.app.id);
        await api.deleteServer(r.name);
      }),
    ),
  );
  await Promise.all(
    of('McpServer', active).map(async (r) => {
      if (failedNames.has(`McpServer/${r.name}`)) return;
      const d = desired.get(`McpServer/${r.name}`) as Desired<'McpServer'>;
      const spec = r.desired as ServerSpec;
      const current = { ...d, spec };
      const paths = r.changes.map((c) => c.path);
      const ok = await run(r, r.action === 'update' ? 'update' : 'create', async () => {
        if (r.action === 'update') {
          const body = serverUpdateBody(current, paths, Boolean(r.sendCredentials));
          if (Object.keys(body).length) await api.updateServer(r.name, body);
        } else await api.createServer(serverCreateBody(current));
      });
      if (!ok) return;
      const appAction = r.action === 'replace' ? 'create' : r.app?.action;
      if (appAction === 'create' || appAction === 'update') {
        await run(r, `${appAction} app`, async () => {
          const body = serverAppBody(r.name, spec.displayName, ids(spec.policies), plan.owner);
          if (appAction === 'update' && r.app?.id) await api.updateApp(r.app.id, body);
          else await api.createApp(body, (a: AppObject) => appServerId(a) === r.name);
        });
      }
    }),
  );

  // 4. Portals and their apps; portals that lost a replaced server get it back.
  const reattach = new Set(
    [...detached.values()]
      .flat()
      .map((d) => d.portal)
      .filter((p) => desired.has(`McpPortal/${p}`)),
  );
  await Promise.all(
    plan.resources
      .filter((r) => r.kind === 'McpPortal' && (active(r) || reattach.has(r.name)))
      .map(async (r) => {
        const spec = (r.desired ??
          (desired.get(`McpPortal/${r.name}`) as Desired<'McpPortal'>).spec) as PortalSpec;
        const paths = [...r.changes.map((c) => c.path), ...(reattach.has(r.name) ? ['spec.servers'] : [])];
        const ok = await run(r, r.action === 'create' ? 'create' : 'update', async () => {
          if (r.action === 'create')
            await api.createPortal(portalCreateBody({ kind: 'McpPortal', name: r.name, spec }));
          else {
            const body = portalUpdateBody(spec, paths);
            if (Object.keys(body).length) await api.updatePortal(r.name, body);
          }
        });
        if (!ok || !r.app || r.app.action === 'noop' || r.app.action === 'delete') return;
        const appAction = r.app.action;
        await run(r, `${appAction} app`, async () => {
          const body = portalAppBody(spec.hostname, spec.displayName, ids(spec.policies), plan.owner);
          if (appAction === 'update' && r.app?.id) await api.updateApp(r.app.id, body);
          else await api.createApp(body, (a: AppObject) => appPortalHost(a) === spec.hostname);
        });
      }),
  );
  // Portals not in the manifests get back the mapping a replaced server had.
  for (const [server, entries] of detached) {
    for (const { portal, entry } of entries.filter((e) => !desired.has(`McpPortal/${e.portal}`))) {
      await run({ kind: 'McpPortal', name: portal }, `re-attach server ${server}`, async () => {
        const live = await api.getPortal(portal);
        if (live) await api.updatePortal(portal, { servers: [...toRequestEntries(live), entry] });
      });
    }
  }

  // 5. Adopt: tag apps of unchanged objects as this tool's.
  await Promise.all(
    plan.resources
      .filter((r) => r.adopt && r.app?.id)
      .map((r) =>
        run(r, 'adopt', async () => {
          const d = desired.get(`${r.kind}/${r.name}`);
          if (!d) return;
          const body =
            r.kind === 'McpServer'
              ? serverAppBody(
                  r.name,
                  (d.spec as ServerSpec).displayName,
                  ids((d.spec as ServerSpec).policies),
                  plan.owner,
                )
              : portalAppBody(
                  (d.spec as PortalSpec).hostname,
                  (d.spec as PortalSpec).displayName,
                  ids((d.spec as PortalSpec).policies),
                  plan.owner,
                );
          await api.updateApp(r.app?.id as string, body);
        }),
      ),
  );

  // 6. Deletes, in reverse dependency order (portals, then servers, then policies); apps before their object.
  for (const kind of ['McpPortal', 'McpServer', 'AccessPolicy']) {
    await Promise.all(
      of(kind, (r) => r.action === 'delete').map((r) =>
        run(r, 'delete', async () => {
          if (r.app?.id) await api.deleteApp(r.app.id);
          if (r.kind === 'McpPortal') await api.deletePortal(r.name);
          else if (r.kind === 'McpServer') await api.deleteServer(r.name);
          else await api.deletePolicy(r.id as string);
        }),
      ),
    );
  }

  // 7. A capability sync for every created, replaced or re-configured server.
  await Promise.all(
    plan.resources
      .filter((r) => r.kind === 'McpServer' && r.sync && !failedNames.has(`McpServer/${r.name}`))
      .map((r) =>
        run(r, 'sync', async () => {
          await api.syncServer(r.name);
          synced.push(r.name);
        }),
      ),
  );
  synced.sort();
  return { operations, failed: operations.filter((o) => !o.ok), synced };
}

/** A portal read back as the request shape of its server mappings (to PUT the set with one change). */
const toRequestEntries = (p: PortalObject) => portalServersToWire(portalServersFromApi(p));
