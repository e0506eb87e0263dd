/**
 * Cross-document checks of an McpPortal: its policies and servers exist, its hostname is unique, it maps
 * at most 40 servers and each once, the names it exposes (its overrides over the server's) are unique
 * per server and not too long for clients, and each mapping's resource rules name each uri once.
 */
import type { Diagnostic } from '../../diagnostics.js';
import { locate } from '../../load/parse-yaml.js';
import {
  checkExposed,
  checkOverrideList,
  checkRefs,
  exposedNames,
  isObject,
  list,
  type NamedDocument,
  overridesOf,
  type SemanticContext,
  specOf,
  where,
} from '../../load/semantic-context.js';
import { suggest } from '../../load/suggest.js';

/** A uri listed twice in one mapping's resource rules: the first matching rule decides, so the second never applies. */
function checkResourceRules(c: NamedDocument, rules: unknown, at: string[], out: Diagnostic[]) {
  const seen = new Map<string, number>();
  list<unknown>(rules).forEach((r, i) => {
    if (!isObject(r) || typeof r.uri !== 'string') return;
    const first = seen.get(r.uri);
    if (first === undefined) {
      seen.set(r.uri, i);
      return;
    }
    out.push({
      severity: 'error',
      code: 'semantic/duplicate-resource-rule',
      message: `uri ${JSON.stringify(r.uri)} has a rule already (entry ${first + 1}); the first matching rule decides, so this one would never apply`,
      detail: 'keep one rule per uri',
      path: `/${[...at, i, 'uri'].join('/')}`,
      source: locate(c.doc, [...at, String(i), 'uri']),
    });
  });
}

/** Cloudflare's limit of servers in one portal. */
export const MAX_SERVERS_PER_PORTAL = 40;

export function checkPortal(c: NamedDocument, ctx: SemanticContext, out: Diagnostic[]) {
  const spec = specOf(c);
  checkRefs(c, list(spec.policies), ['spec', 'policies'], 'AccessPolicy', ctx, out);
  const mappings = list<unknown>(spec.servers).map((m) => (isObject(m) ? m : {}));
  if (typeof spec.hostname === 'string') {
    const other = ctx.claim('hostname', spec.hostname.toLowerCase(), c);
    if (other) {
      out.push({
        severity: 'error',
        code: 'semantic/duplicate-hostname',
        message: `hostname ${JSON.stringify(spec.hostname)} is already used by portal ${JSON.stringify(other.name)} (${where(other.doc)})`,
        path: '/spec/hostname',
        source: locate(c.doc, ['spec', 'hostname']),
      });
    }
  }
  if (mappings.length > MAX_SERVERS_PER_PORTAL) {
    out.push({
      severity: 'error',
      code: 'semantic/too-many-servers',
      message: `portal lists ${mappings.length} servers; a portal holds at most ${MAX_SERVERS_PER_PORTAL}`,
      detail: 'split it into several portals',
      path: '/spec/servers',
      source: locate(c.doc, ['spec', 'servers'], true),
    });
  }
  const mapped = new Set<string>();
  mappings.forEach((m, i) => {
    const at = ['spec', 'servers', String(i)];
    if (typeof m.server !== 'string') return;
    if (!ctx.names('McpServer').has(m.server) && !ctx.partial) {
      const guess = suggest(m.server, ctx.names('McpServer'));
      out.push({
        severity: 'error',
        code: 'semantic/unresolved-server',
        message: `McpServer ${JSON.stringify(m.server)} is not defined in the manifests`,
        ...(guess ? { suggestion: guess } : {}),
        path: `/${[...at, 'server'].join('/')}`,
        source: locate(c.doc, [...at, 'server']),
      });
    }
    if (mapped.has(m.server)) {
      out.push({
        severity: 'error',
        code: 'semantic/duplicate-mapping',
        message: `server ${JSON.stringify(m.server)} is listed twice in this portal`,
        detail: 'servers are a set keyed by server: merge the two entries',
        path: `/${[...at, 'server'].join('/')}`,
        source: locate(c.doc, [...at, 'server']),
      });
      return;
    }
    mapped.add(m.server);
    checkResourceRules(c, m.resources, [...at, 'resources'], out);
    const server = ctx.first('McpServer', m.server);
    for (const what of ['tools', 'prompts'] as const) {
      const overrides = overridesOf(m[what]);
      // Only entries written in this portal are reported here (the server's own are reported on the
      // server): a mapping without overrides of its own has nothing to report.
      if (!overrides.length) continue;
      checkOverrideList(c, overrides, [...at, what], out);
      const layers = [{ doc: c, overrides, at: [...at, what] }];
      if (server)
        layers.unshift({ doc: server, overrides: overridesOf(specOf(server)[what]), at: ['spec', what] });
      checkExposed(c, m.server, exposedNames(layers), what.slice(0, -1), out);
    }
  });
}
