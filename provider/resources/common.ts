/**
 * Steps shared by the resource handlers: observe, plan the slice of the graph for one resource with its
 * kind's handler (create, update, replace, delete), and apply exactly that slice through the reconciler's
 * walker, so Pulumi makes the API calls `portalctl apply` would, from one copy of the logic.
 */

import { type ApplyResult, apply } from '../../reconciler/apply/apply.js';
import type { PlanContext } from '../../reconciler/kinds/handler.js';
import { secretsOf } from '../../reconciler/kinds/mcp-server/bodies.js';
import type { Desired, KindName, Observed } from '../../reconciler/kinds/model.js';
import { handlerOf } from '../../reconciler/kinds/registry.js';
import { liveOf, observe, type Snapshot } from '../../reconciler/observe.js';
import { planSlice } from '../../reconciler/plan/plan.js';
import type { Plan, ResourceChange } from '../../reconciler/plan/types.js';
import { keyResolver } from '../../reconciler/secrets.js';
import type { Context } from './context.js';

export interface SliceResult {
  plan: Plan;
  change: ResourceChange | undefined;
  result: ApplyResult;
}

/** The whole live state (one paged list per collection), as `portalctl` reads it. */
export const observeAll = (ctx: Context, desired?: Desired): Promise<Snapshot> =>
  observe(ctx.api(), { owner: ctx.config.owner, ...(desired ? { desired: [desired] } : {}) });

/** Applies a plan slice; secrets come from the desired object's inputs. */
export async function runPlan(ctx: Context, p: Plan, desired?: Desired): Promise<SliceResult> {
  // Secrets come from the inputs (keys `pulumi:...`), never from the plugin's environment or files.
  const known = secretsOf(desired?.secrets);
  const result = await apply(p, ctx.api(), {
    secrets: keyResolver({}, process.cwd(), known),
    onProgress: (r) =>
      ctx.log(
        `${r.resource}: ${r.op} ${r.ok ? 'ok' : `${r.skipped ? 'skipped' : 'failed'}: ${r.error?.message ?? ''}`}`,
      ),
  });
  return { plan: p, change: p.resources[0], result };
}

export const planOptions = (ctx: Context) => ({
  target: { api_url: ctx.config.apiUrl, account_id: ctx.accountId, embedded: false },
  owner: ctx.config.owner,
  digest: '',
});

/** Plans and applies one desired object against `live` (undefined: create) in the given snapshot. */
export function applyChange<K extends KindName>(
  ctx: Context,
  snapshot: Snapshot,
  desired: Desired<K>,
  live: Observed<K> | undefined,
  opts: { rotateCredentials?: boolean } = {},
): Promise<SliceResult> {
  const h = handlerOf(desired.kind);
  const p = planSlice(
    snapshot,
    { ...planOptions(ctx), ...(opts.rotateCredentials ? { rotateCredentials: true } : {}) },
    (pc: PlanContext) => [h.planChange(desired, live, pc)],
    [desired],
  );
  return runPlan(ctx, p, desired);
}

/** Plans and applies the delete of one live object (Pulumi's state says it is managed: no owner check). */
export async function applyDelete<K extends KindName>(
  ctx: Context,
  snapshot: Snapshot,
  live: Observed<K>,
): Promise<SliceResult> {
  const h = handlerOf(live.kind);
  const p = planSlice(snapshot, planOptions(ctx), (pc) => [h.planDelete(live, pc)]);
  if (!p.resources.length) {
    const why = p.diagnostics.map((d) => d.message).join('; ');
    throw new Error(`cannot delete ${live.kind} "${live.name}": ${why || 'it is still in use'}`);
  }
  return runPlan(ctx, p);
}

/** The failed operations as one message, or undefined when all went through. */
export function failures(result: ApplyResult): string | undefined {
  return result.failed.length
    ? result.failed.map((r) => `${r.op}: ${r.error?.message ?? 'failed'}`).join('; ')
    : undefined;
}

/** Whether the operation of this type succeeded. */
export const succeeded = (result: ApplyResult, op: string) => result.results.some((r) => r.op === op && r.ok);

/** Group ids to names, for reading rules that select groups (an unknown id stays as it is). */
export function groupNamesOf(groups: readonly { id: string; name: string }[]): (id: string) => string {
  const byId = new Map(groups.map((g) => [g.id, g.name]));
  return (id) => byId.get(id) ?? id;
}

/** A name a policy's `group` rule selects that no live Access group has. */
export class UnknownGroupError extends Error {
  override readonly name = 'UnknownGroupError';
  constructor(readonly missing: readonly string[]) {
    super(
      `AccessGroup ${missing.map((n) => JSON.stringify(n)).join(', ')} does not exist: create ${missing.length > 1 ? 'them' : 'it'} first`,
    );
  }
}

/** Throws `UnknownGroupError` naming every group in `names` that does not exist live. */
export function requireGroups(snapshot: Snapshot, names: readonly string[]): void {
  const live = new Set(liveOf(snapshot, 'AccessGroup').map((g) => g.name));
  const missing = [...new Set(names)].filter((n) => !live.has(n));
  if (missing.length) throw new UnknownGroupError(missing);
}

/** A name a server or portal lists that no live policy has. */
export class UnknownPolicyError extends Error {
  override readonly name = 'UnknownPolicyError';
  constructor(readonly missing: readonly string[]) {
    super(
      `AccessPolicy ${missing.map((n) => JSON.stringify(n)).join(', ')} does not exist: create ${missing.length > 1 ? 'them' : 'it'} first`,
    );
  }
}

/** Throws `UnknownPolicyError` naming every policy in `names` that does not exist live. */
export function requirePolicies(snapshot: Snapshot, names: readonly string[]): void {
  const live = new Set(liveOf(snapshot, 'AccessPolicy').map((p) => p.name));
  const missing = names.filter((n) => !live.has(n));
  if (missing.length) throw new UnknownPolicyError(missing);
}

/**
 * Create of a pinned id that already exists: most likely a replacement the engine runs create-first
 * without asking Diff (`pulumi up --replace`, `replacementTrigger`), so the message names both fixes.
 */
export class PinnedIdCollisionError extends Error {
  override readonly name = 'PinnedIdCollisionError';
  constructor(id: string, accountId: string) {
    super(
      `McpServer "${id}" already exists. If this is a replacement (pulumi up --replace, replacementTrigger), ` +
        'a pinned serverId cannot be created before the old server is deleted: set the resource option ' +
        '`deleteBeforeReplace: true`, or drop `serverId` so the replacement gets a new autonamed id. ' +
        `If it is another object, import it: pulumi import mcpportal:index:McpServer <name> ${accountId}/${id}`,
    );
  }
}
