/**
 * Status per resource, the way a controller reports conditions (see status-types.ts): each kind's handler
 * judges its own objects; a kind may read others' statuses (a portal's follows its servers'). Sorted by
 * kind order, then name, so output never flaps.
 */
import type { TokenCounter } from '../schemas/token-cost.js';
import type { StatusContext } from './kinds/handler.js';
import type { KindName, Observed } from './kinds/model.js';
import { handlerOf, REGISTRY } from './kinds/registry.js';
import { liveOf, type Snapshot } from './observe.js';
import type { ResourceStatus } from './status-types.js';

export type { Phase, ResourceStatus } from './status-types.js';

export interface StatusOptions {
  /** A loaded tokenizer (`loadTokenCounter()`): portals then report the token cost of their tool list. */
  countTokens?: TokenCounter;
}

export function statusContext(snapshot: Snapshot, opts: StatusOptions = {}): StatusContext {
  const memo = new Map<string, ResourceStatus | undefined>();
  const byName = new Map<string, Observed>();
  for (const list of snapshot.objects.values())
    for (const o of list) if (!byName.has(`${o.kind}/${o.name}`)) byName.set(`${o.kind}/${o.name}`, o);
  const ctx: StatusContext = {
    ...(opts.countTokens ? { countTokens: opts.countTokens } : {}),
    live: (kind, name) => byName.get(`${kind}/${name}`) as Observed<typeof kind> | undefined,
    statusOf: (kind, name) => {
      const key = `${kind}/${name}`;
      if (!memo.has(key)) {
        const o = ctx.live(kind, name);
        memo.set(key, o ? handlerOf(kind).status(o as Observed<never>, ctx) : undefined);
      }
      return memo.get(key);
    },
  };
  return ctx;
}

/** Status of every live object (or of the selected ones), in kind order, then by name. */
export function statuses(
  snapshot: Snapshot,
  only?: (kind: KindName, name: string) => boolean,
  opts: StatusOptions = {},
): ResourceStatus[] {
  const ctx = statusContext(snapshot, opts);
  // Unselected: what MCP access involves (not the Access policies and groups of other applications).
  const keep = (o: Observed) => (only ? only(o.kind, o.name) : !o.unrelated);
  return REGISTRY.flatMap((h) =>
    [...liveOf(snapshot, h.kind)]
      .filter(keep)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((o) => ctx.statusOf(h.kind, o.name) as ResourceStatus),
  );
}
