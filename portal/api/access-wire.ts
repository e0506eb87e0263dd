/**
 * Access records -> wire objects. A policy carries `reusable` (false for an app's inline policy) and, when
 * reusable, its `app_count`; an app's `policies` are the linked policies in precedence order, each the full
 * policy plus its `precedence`; a group is its rules; a tag its name and `app_count`.
 */
import type {
  AppAppPolicy,
  AppObject,
  GroupObject,
  PolicyObject,
  TagObject,
} from '../../schemas/generated/wire.js';
import type { AppRecord, GroupRecord, PolicyRecord, TagRecord } from '../store/repository.js';

export function toPolicyObject(rec: PolicyRecord, appCount: number): PolicyObject {
  const { id, name, decision, include, exclude, require, app_id, created_at, updated_at, ...optional } = rec;
  return {
    id,
    name,
    decision,
    include: include as PolicyObject['include'],
    exclude,
    require,
    ...optional,
    reusable: app_id === undefined,
    ...(app_id === undefined ? { app_count: appCount } : {}),
    created_at,
    updated_at,
  };
}

export function toAppObject(rec: AppRecord, policies: ReadonlyMap<string, PolicyRecord>): AppObject {
  const { id, name, type, aud, policies: links, created_at, updated_at, ...optional } = rec;
  const linked: AppAppPolicy[] = links.map((link) => {
    const policy = policies.get(link.id);
    if (!policy) return { id: link.id, precedence: link.precedence };
    const { app_count: _count, ...body } = toPolicyObject(policy, 0);
    return { ...body, id: link.id, precedence: link.precedence };
  });
  return { id, name, type, ...optional, aud, policies: linked, created_at, updated_at };
}

export function toGroupObject(rec: GroupRecord): GroupObject {
  const { id, name, include, exclude, require, created_at, updated_at, ...optional } = rec;
  return {
    id,
    name,
    include: include as GroupObject['include'],
    exclude,
    require,
    ...optional,
    created_at,
    updated_at,
  };
}

export function toTagObject(rec: TagRecord, appCount: number): TagObject {
  return { name: rec.name, app_count: appCount, created_at: rec.created_at, updated_at: rec.updated_at };
}
