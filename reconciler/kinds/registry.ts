/**
 * The registry of resource kinds, in dependency order (groups, policies, then servers, then portals;
 * deletes run in reverse). Everything generic (observe, plan, status, import, the loader's checks, the Pulumi
 * provider) iterates this list; adding a kind is adding its folder and one line here.
 */
import { groupHandler } from './access-group/index.js';
import { policyHandler } from './access-policy/index.js';
import type { KindHandler } from './handler.js';
import { portalHandler } from './mcp-portal/index.js';
import { serverHandler } from './mcp-server/index.js';
import type { KindName } from './model.js';

export const REGISTRY: readonly KindHandler[] = [
  groupHandler as unknown as KindHandler,
  policyHandler as unknown as KindHandler,
  serverHandler as unknown as KindHandler,
  portalHandler as unknown as KindHandler,
].sort((a, b) => a.order - b.order);

const BY_KIND = new Map(REGISTRY.map((h) => [h.kind, h]));

export function handlerOf<K extends KindName>(kind: K): KindHandler<K> {
  const h = BY_KIND.get(kind);
  if (!h) throw new Error(`unknown kind ${kind}`);
  return h as unknown as KindHandler<K>;
}

export const KIND_NAMES: readonly KindName[] = REGISTRY.map((h) => h.kind);
