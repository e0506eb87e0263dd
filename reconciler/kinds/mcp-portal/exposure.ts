/**
 * What a portal exposes, by the shared rules of `schemas/exposure.ts`, from specs and sync facts: used by
 * plan consequences (after the change, compared with now) and by status counts and token costs. Servers
 * that never synced (or are being created or replaced) are unknown; servers in Error or stale expose nothing.
 */
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import {
  BUILTIN_TOOL_NAMES,
  contributes,
  exposeServer,
  MAX_EXPOSED_NAME,
} from '../../../schemas/exposure.js';
import type { ServerCapability } from '../../../schemas/generated/wire.js';
import { contextCostsWith, type TokenCounter } from '../../../schemas/token-cost.js';
import type { ContextCost, ExposedCapability, PortalConsequence } from '../../plan/types.js';
import type { PlanContext } from '../handler.js';
import type { Desired, Override, PortalSpec, ServerFacts } from '../model.js';
import { resolvedSpec } from './spec.js';

export interface ServerView {
  tools: readonly Override[];
  prompts: readonly Override[];
  facts?: ServerFacts;
}

export interface Exposure {
  tools: ExposedCapability[];
  prompts: ExposedCapability[];
  /** The exposed tool definitions in the order the portal lists them (servers by id). */
  definitions: ServerCapability[];
  unknown: string[];
  unavailable: string[];
}

const byExposed = (a: ExposedCapability, b: ExposedCapability) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

export function exposure(portal: PortalSpec, servers: (id: string) => ServerView | undefined): Exposure {
  const out: Exposure = { tools: [], prompts: [], definitions: [], unknown: [], unavailable: [] };
  const byServer = [...portal.servers].sort((a, b) =>
    a.server < b.server ? -1 : a.server > b.server ? 1 : 0,
  );
  for (const m of byServer) {
    const s = servers(m.server);
    const status = s?.facts?.status;
    if (!s?.facts || !contributes(s.facts.status)) {
      (status === 'error' || status === 'stale' ? out.unavailable : out.unknown).push(m.server);
      continue;
    }
    for (const kind of ['tools', 'prompts'] as const) {
      const { exposed } = exposeServer({
        kind: kind === 'tools' ? 'tool' : 'prompt',
        serverId: m.server,
        upstream: s.facts[kind],
        portalOverrides: m[kind],
        serverOverrides: s[kind],
        defaultDisabled: m.defaultDisabled,
        ...(kind === 'tools' ? { reserved: BUILTIN_TOOL_NAMES } : {}),
      });
      out[kind].push(...exposed.map((e) => ({ name: e.name, server: m.server, upstream: e.original })));
      if (kind === 'tools') out.definitions.push(...exposed.map((e) => e.definition));
    }
  }
  out.tools.sort(byExposed);
  out.prompts.sort(byExposed);
  return out;
}

/**
 * The token cost of what `e` lists, per context mode. The portal also rewrites a tool's MCP Apps resource
 * URI and drops task support before listing it (portal/gateway), which the reconciler does not see: counts
 * can differ from the portal's own (`GET .../portals/{id}/context`) by those few tokens.
 */
export function contextCost(e: Exposure, count: TokenCounter): ContextCost {
  const costs = contextCostsWith(count, e.definitions as Tool[]);
  const tokens = {} as ContextCost['tokens'];
  for (const [mode, cost] of Object.entries(costs.modes)) tokens[mode as keyof typeof tokens] = cost.tokens;
  return { tools: costs.tools, tokens, partial: e.unknown.length > 0 };
}

/**
 * Whether the plan can change what a desired portal exposes: it writes the portal, or one of the servers
 * the portal maps (a server created, replaced, updated, synced or deleted). Only those portals have
 * consequences to review; what an unaffected portal exposes is `portalctl status`'s to show, so a plan
 * that changes nothing has none (and counts no tokens).
 */
function affected(ctx: PlanContext, d: Desired<'McpPortal'>): boolean {
  if (ctx.opsOf(`McpPortal/${d.name}`).length > 0) return true;
  const mapped = new Set(d.spec.servers.map((m) => m.server));
  for (const m of ctx.live('McpPortal', d.name)?.spec.servers ?? []) mapped.add(m.server);
  for (const server of mapped) if (ctx.opsOf(`McpServer/${server}`).length > 0) return true;
  return false;
}

/**
 * For each portal in the manifests that the plan affects (`affected`): what it will expose once the plan
 * is applied, against what it exposes now.
 */
export function portalConsequences(ctx: PlanContext): PortalConsequence[] {
  const liveServer = (id: string): ServerView | undefined => {
    const o = ctx.live('McpServer', id);
    return o
      ? { tools: o.spec.tools, prompts: o.spec.prompts, ...(o.facts ? { facts: o.facts } : {}) }
      : undefined;
  };
  // After apply, servers carry their desired overrides; a created or replaced server has synced nothing yet.
  const afterServer = (id: string): ServerView | undefined => {
    const d = ctx.desired('McpServer', id);
    if (!d) return liveServer(id);
    const fresh = ctx.opsOf(`McpServer/${id}`, 'server.create').length > 0;
    const facts = fresh ? undefined : ctx.live('McpServer', id)?.facts;
    return { tools: d.spec.tools, prompts: d.spec.prompts, ...(facts ? { facts } : {}) };
  };
  return ctx
    .desiredOf('McpPortal')
    .filter((d) => affected(ctx, d))
    .map((d: Desired<'McpPortal'>) => {
      const next = exposure(d.spec, afterServer);
      const o = ctx.live('McpPortal', d.name);
      // Now, read as the plan reads it: if nothing changes, nothing is added or removed.
      const now = o ? exposure(resolvedSpec(o, d.spec), liveServer) : undefined;
      const nowTools = new Set(now?.tools.map((t) => t.name) ?? []);
      const nextTools = new Set(next.tools.map((t) => t.name));
      return {
        portal: d.name,
        tools: next.tools,
        prompts: next.prompts,
        addedTools: [...nextTools].filter((t) => !nowTools.has(t)),
        removedTools: [...nowTools].filter((t) => !nextTools.has(t)),
        unknownServers: next.unknown.sort(),
        ...(next.unavailable.length ? { unavailableServers: next.unavailable.sort() } : {}),
        longNames: [...next.tools, ...next.prompts]
          .map((t) => t.name)
          .filter((n) => n.length > MAX_EXPOSED_NAME),
        ...(ctx.opts.countTokens ? { context: contextCost(next, ctx.opts.countTokens) } : {}),
      };
    });
}
