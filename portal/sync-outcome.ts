/**
 * Applying one sync outcome to a server (a pure function): `ready` stores tools and prompts, clears the
 * error and stamps both sync times; `error` records `error` / `error_details` and `last_synced` but keeps
 * the last good capabilities. After a successful sync, overrides (server- and portal-level) naming a tool
 * or prompt the upstream no longer offers are dropped, each reported as a sorted, timestamp-free message.
 */
import type { Message, ServerCapabilityOverride } from '../schemas/generated/wire.js';
import type { MappingRecord, ServerRecord } from './store/repository.js';
import type { SyncOutcome } from './sync/types.js';

/** Message code of "an override was dropped because its capability disappeared upstream". */
export const OVERRIDE_DROPPED_CODE = 1101;

export interface AppliedOutcome {
  server: ServerRecord;
  /** Portal mappings whose overrides changed. */
  mappings: { portal_id: string; mapping: MappingRecord }[];
  messages: Message[];
}

type Kind = 'tool' | 'prompt';

function keep(
  overrides: ServerCapabilityOverride[],
  names: ReadonlySet<string>,
  kind: Kind,
  where: string,
  messages: Message[],
): ServerCapabilityOverride[] {
  return overrides.filter((o) => {
    if (names.has(o.name)) return true;
    messages.push({
      code: OVERRIDE_DROPPED_CODE,
      message: `${where}: dropped the override of ${kind} "${o.name}"${o.alias ? ` (alias "${o.alias}")` : ''}: the upstream no longer offers it`,
    });
    return false;
  });
}

export function applySyncOutcome(
  server: ServerRecord,
  mappings: readonly { portal_id: string; mapping: MappingRecord }[],
  outcome: SyncOutcome,
  now: string,
): AppliedOutcome {
  if (outcome.status === 'error') {
    return {
      server: {
        ...server,
        status: 'error',
        error: outcome.error,
        error_details: outcome.errorDetails,
        sync_messages: [],
        last_synced: now,
      },
      mappings: [],
      messages: [],
    };
  }
  const tools = new Set(outcome.tools.map((t) => t.name));
  const prompts = new Set(outcome.prompts.map((p) => p.name));
  const messages: Message[] = [];
  const where = `server "${server.id}"`;
  const next: ServerRecord = {
    ...server,
    status: 'ready',
    tools: outcome.tools,
    prompts: outcome.prompts,
    error: null,
    error_details: null,
    last_synced: now,
    last_successful_sync: now,
    updated_tools: keep(server.updated_tools, tools, 'tool', where, messages),
    updated_prompts: keep(server.updated_prompts, prompts, 'prompt', where, messages),
  };
  const changed: AppliedOutcome['mappings'] = [];
  for (const { portal_id, mapping } of mappings) {
    const w = `portal "${portal_id}", server "${server.id}"`;
    const updated_tools = keep(mapping.updated_tools, tools, 'tool', w, messages);
    const updated_prompts = keep(mapping.updated_prompts, prompts, 'prompt', w, messages);
    if (
      updated_tools.length !== mapping.updated_tools.length ||
      updated_prompts.length !== mapping.updated_prompts.length
    ) {
      changed.push({ portal_id, mapping: { ...mapping, updated_tools, updated_prompts } });
    }
  }
  messages.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  next.sync_messages = messages;
  return { server: next, mappings: changed, messages };
}
