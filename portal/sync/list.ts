/**
 * Lists all tools or prompts of a connected upstream, following `nextCursor`, keeping each definition as
 * the upstream sent it (only `name` is required). Guards against cursor loops and absurd sizes, which
 * would otherwise keep a sync busy until its timeout.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { z } from 'zod';
import type { ServerCapability } from '../../schemas/generated/wire.js';
import { SyncFailure } from './failure.js';

export interface ListLimits {
  /** Most pages followed (default 100). */
  maxPages?: number;
  /** Most definitions accepted (default 5,000). */
  maxItems?: number;
}

const item = z.looseObject({ name: z.string().min(1) });
const pageSchemas = {
  tools: z.looseObject({ tools: z.array(item), nextCursor: z.string().optional() }),
  prompts: z.looseObject({ prompts: z.array(item), nextCursor: z.string().optional() }),
};

/** Every `kind` definition, in upstream order; a repeated name keeps its first definition. */
export async function listAll(
  client: Client,
  kind: 'tools' | 'prompts',
  request: { signal: AbortSignal; timeout: number },
  limits: ListLimits = {},
): Promise<ServerCapability[]> {
  const maxPages = limits.maxPages ?? 100;
  const maxItems = limits.maxItems ?? 5000;
  const method = `${kind}/list` as const;
  const byName = new Map<string, ServerCapability>();
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 1; ; page++) {
    const params = cursor === undefined ? undefined : { cursor };
    const result = await client.request({ method, params }, pageSchemas[kind], request);
    const items = (
      kind === 'tools' ? (result as { tools: unknown[] }).tools : (result as { prompts: unknown[] }).prompts
    ) as ServerCapability[];
    for (const def of items) if (!byName.has(def.name)) byName.set(def.name, def);
    if (byName.size > maxItems) {
      throw invalid(`upstream lists more than ${maxItems} ${kind}`, 'too_many_capabilities');
    }
    const next = result.nextCursor;
    if (next === undefined || next === '') return [...byName.values()];
    if (seen.has(next))
      throw invalid(`upstream repeated a ${method} cursor (page ${page + 1}): pagination loops`);
    if (page >= maxPages)
      throw invalid(`upstream ${method} has more than ${maxPages} pages`, 'too_many_capabilities');
    seen.add(next);
    cursor = next;
  }
}

function invalid(message: string, cause = 'invalid_response'): SyncFailure {
  return new SyncFailure(message, { cause, is_upstream: true, retryable: false });
}
