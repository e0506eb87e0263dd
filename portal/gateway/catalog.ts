/**
 * The catalog of a portal from stored records (pure): what each mapped server exposes, by the rules of
 * `schemas/exposure.ts` (shared with the reconciler, so plans, status and the gateway agree), gathered into
 * name-indexed maps of tools and prompts. Tools are listed without task support (`task-support.ts`), and
 * with their MCP Apps UI resource URI namespaced (`resource-uri.ts`).
 */
import {
  contributes,
  type ExposedCapability,
  exposeServer,
  type HiddenCapability,
} from '../../schemas/exposure.js';
import type { MappingRecord, PortalRecord, ServerRecord } from '../store/repository.js';
import { exposeToolUi } from './resource-uri.js';
import { requiresTask, withoutTaskSupport } from './task-support.js';

export {
  type CapabilityKind,
  type ExposedCapability,
  exposedName,
  type HiddenCapability,
  splitExposedName,
} from '../../schemas/exposure.js';

export interface ServerView {
  server: ServerRecord;
  mapping: MappingRecord;
  tools: ExposedCapability[];
  prompts: ExposedCapability[];
  /** Enabled capabilities that could not be exposed (name collisions). */
  hidden: HiddenCapability[];
}

export interface PortalCatalog {
  portal: PortalRecord;
  /** Every mapped server that exists, sorted by id (ready or not). */
  servers: ServerView[];
  tools: ReadonlyMap<string, ExposedCapability>;
  prompts: ReadonlyMap<string, ExposedCapability>;
  /** Exposed names of the tools whose upstream requires a task (listed without it: `task-support.ts`). */
  taskRequired: ReadonlySet<string>;
}

/** Builds the catalog of `portal`; `reservedTools` are the built-in tool names. */
export function buildCatalog(
  portal: PortalRecord,
  servers: ReadonlyMap<string, ServerRecord>,
  reservedTools: ReadonlySet<string>,
): PortalCatalog {
  const views: ServerView[] = [];
  const tools = new Map<string, ExposedCapability>();
  const prompts = new Map<string, ExposedCapability>();
  const taskRequired = new Set<string>();
  for (const mapping of portal.servers) {
    const server = servers.get(mapping.server_id);
    if (!server) continue;
    const ready = contributes(server.status);
    const common = { serverId: server.id, defaultDisabled: mapping.default_disabled };
    const t = exposeServer({
      ...common,
      kind: 'tool',
      upstream: ready ? server.tools : [],
      portalOverrides: mapping.updated_tools,
      serverOverrides: server.updated_tools,
      reserved: reservedTools,
    });
    const p = exposeServer({
      ...common,
      kind: 'prompt',
      upstream: ready ? server.prompts : [],
      portalOverrides: mapping.updated_prompts,
      serverOverrides: server.updated_prompts,
    });
    for (const c of t.exposed) {
      if (requiresTask(c.definition)) taskRequired.add(c.name);
      c.definition = exposeToolUi(server.id, withoutTaskSupport(c.definition));
      tools.set(c.name, c);
    }
    for (const c of p.exposed) prompts.set(c.name, c);
    views.push({ server, mapping, tools: t.exposed, prompts: p.exposed, hidden: [...t.hidden, ...p.hidden] });
  }
  views.sort((a, b) => (a.server.id < b.server.id ? -1 : a.server.id > b.server.id ? 1 : 0));
  return { portal, servers: views, tools, prompts, taskRequired };
}
