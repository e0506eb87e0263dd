/**
 * Steps shared by the server and portal handlers: a one-object plan and apply through the
 * reconciler (so Pulumi makes exactly the API calls `portalctl apply` would), and turning apply's
 * failed operations into errors.
 */

import { type ApplyResult, apply } from '../../reconciler/apply/apply.js';
import type { Desired, Observed } from '../../reconciler/kinds/model.js';
import { plan } from '../../reconciler/plan/plan.js';
import type { ResourceChange } from '../../reconciler/plan/types.js';
import { singleSnapshot } from '../../reconciler/single.js';
import type { PolicyObject } from '../../schemas/generated/wire.js';
import type { Context } from './context.js';

export interface OneResult {
  change: ResourceChange;
  result: ApplyResult;
}

/** Plans and applies one desired object against its live state (absent: create). */
export async function planAndApply(
  ctx: Context,
  desired: Desired,
  live: { policies: PolicyObject[]; server?: Observed<'McpServer'>; portal?: Observed<'McpPortal'> },
  opts: { rotateCredentials?: boolean } = {},
): Promise<OneResult> {
  const snapshot = singleSnapshot(live.policies, {
    servers: live.server ? [live.server] : [],
    portals: live.portal ? [live.portal] : [],
  });
  const p = plan([desired], snapshot, {
    target: { api_url: ctx.config.apiUrl, account_id: ctx.accountId, embedded: false },
    owner: ctx.config.owner,
    observeRequests: 0,
    digest: '',
    ...(opts.rotateCredentials ? { rotateCredentials: true } : {}),
  });
  const change = p.resources.find(
    (r) => r.kind === desired.kind && r.name === desired.name,
  ) as ResourceChange;
  const result = await apply(p, ctx.api(), {
    desired: [desired],
    policyIds: new Map(live.policies.map((x) => [x.name, x.id])),
    onProgress: (op) =>
      ctx.log(`${op.kind} ${op.name}: ${op.operation} ${op.ok ? 'ok' : `failed: ${op.error ?? ''}`}`),
  });
  return { change, result };
}

/** The failed operations as one message, or undefined when all went through. */
export function failures(result: ApplyResult, only?: (operation: string) => boolean): string | undefined {
  const failed = result.failed.filter((op) => !only || only(op.operation));
  return failed.length
    ? failed.map((op) => `${op.operation}: ${op.error ?? 'failed'}`).join('; ')
    : undefined;
}

/** Whether the object itself was written (not just its app or sync). */
export const objectWritten = (result: ApplyResult) =>
  result.operations.some((op) => (op.operation === 'create' || op.operation === 'update') && op.ok);
