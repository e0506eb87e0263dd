/**
 * Policy and app records -> wire objects. A policy carries `reusable: true` and its `app_count`; an app's
 * `policies` are the linked policies in precedence order, each the full policy plus its `precedence`.
 */
import type { AppAppPolicy, AppObject, PolicyObject } from '../../schemas/generated/wire.js';
import type { AppRecord, PolicyRecord } from '../store/repository.js';

export function toPolicyObject(rec: PolicyRecord, appCount: number): PolicyObject {
  const { id, name, decision, include, exclude, require, created_at, updated_at, ...optional } = rec;
  return {
    id,
    name,
    decision,
    include: include as PolicyObject['include'],
    exclude,
    require,
    ...optional,
    reusable: true,
    app_count: appCount,
    created_at,
    updated_at,
  };
}

export function toAppObject(rec: AppRecord, policies: ReadonlyMap<string, PolicyRecord>): AppObject {
  const { id, name, type, aud, policies: links, created_at, updated_at, ...optional } = rec;
  const linked: AppAppPolicy[] = links.map((link) => {
    const policy = policies.get(link.id);
    const {
      created_at: _c,
      updated_at: _u,
      ...body
    } = policy ?? { id: link.id, created_at: '', updated_at: '' };
    return { ...body, id: link.id, precedence: link.precedence };
  });
  return { id, name, type, ...optional, aud, policies: linked, created_at, updated_at };
}
