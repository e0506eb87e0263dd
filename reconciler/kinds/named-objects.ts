/**
 * Planning for kinds the API keys by a UUID it assigns and the manifests by name (AccessPolicy, AccessGroup):
 * a create whose id later operations take by `$ref`, a full-body update when the spec (or, for callers that
 * follow the id, the name) changed, and a delete. The body is built by the kind, with group names resolved.
 */
import { diff, type Json } from '../plan/diff.js';
import type { OpType } from '../plan/operations.js';
import type { ResourceChange } from '../plan/types.js';
import { groupResolver } from './access-policy/index.js';
import type { PlanContext } from './handler.js';
import type { Desired, KindName, Observed } from './model.js';

type GroupId = ReturnType<typeof groupResolver>;

export function planNamedChange<K extends KindName>(
  ops: { create: OpType; update: OpType },
  d: Desired<K>,
  o: Observed<K> | undefined,
  ctx: PlanContext,
  bodyOf: (groupId: GroupId) => unknown,
): ResourceChange {
  const resource = `${d.kind}/${d.name}`;
  const dependsOn = new Set<string>();
  const body = bodyOf(groupResolver(ctx, resource, dependsOn)) as Json;
  if (!o) {
    ctx.add({ op: ops.create, resource, args: { body }, produces: resource, dependsOn: [...dependsOn] });
    return {
      kind: d.kind,
      name: d.name,
      action: 'create',
      reason: 'not in the live state',
      changes: [],
      desired: d.spec,
    } as ResourceChange;
  }
  const changes = diff(o.spec as unknown as Json, d.spec as unknown as Json, 'spec', {});
  // Matched by name, except by callers that follow the id (Pulumi): then a new name is a rename.
  if (o.name !== d.name) changes.unshift({ path: 'metadata.name', before: o.name, after: d.name });
  if (changes.length)
    ctx.add({
      op: ops.update,
      resource,
      target: o.id,
      args: { id: o.id, body },
      dependsOn: [...dependsOn],
    });
  return {
    kind: d.kind,
    name: d.name,
    action: changes.length ? 'update' : 'noop',
    changes,
    id: o.id,
    ...(changes.length ? { desired: d.spec } : {}),
  } as ResourceChange;
}

export function planNamedDelete<K extends KindName>(
  op: OpType,
  o: Observed<K>,
  ctx: PlanContext,
  reason: string,
): ResourceChange {
  ctx.add({ op, resource: `${o.kind}/${o.name}`, target: o.id, args: { id: o.id } });
  return { kind: o.kind, name: o.name, action: 'delete', reason, changes: [], id: o.id } as ResourceChange;
}
