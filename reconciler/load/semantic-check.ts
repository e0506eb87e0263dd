/**
 * Checks across documents that a schema cannot express: unique names per kind, references that
 * resolve (portal -> server, server/portal -> policy), exposed tool and prompt names unique per server
 * and per portal, names over 64 characters, the 40-servers-per-portal limit, and bypass policies that
 * use identity selectors.
 */
import type { CapabilityOverride } from '../../schemas/generated/manifest.js';
import type { KindName } from '../../schemas/registry.js';
import type { Diagnostic } from '../diagnostics.js';
import { locate, type ParsedDocument } from './parse-yaml.js';
import { suggest } from './suggest.js';

/** Cloudflare's limit of servers in one portal. */
export const MAX_SERVERS_PER_PORTAL = 40;
/** Clients such as Claude cut tool names at 64 characters. */
export const MAX_EXPOSED_NAME = 64;
/** Selectors that identify a user; Cloudflare refuses them in bypass policies. */
export const IDENTITY_SELECTORS = new Set([
  'email',
  'emailDomain',
  'emailList',
  'group',
  'loginMethod',
  'authMethod',
  'githubOrganization',
  'gsuite',
  'azureAd',
  'okta',
  'saml',
  'oidc',
  'authContext',
  'userRiskScore',
]);

/**
 * A document whose kind and name are readable. It may have failed the schema, so every check reads
 * its fields defensively (through `list` and `overridesOf`) and still reports what it can.
 */
export interface NamedDocument {
  doc: ParsedDocument;
  kind: KindName;
  name: string;
}

/** An array field, or [] when absent or of the wrong type. */
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** Override entries that have a string name (others are the schema's business). */
const overridesOf = (value: unknown): CapabilityOverride[] =>
  list<unknown>(value).filter((o): o is CapabilityOverride => isObject(o) && typeof o.name === 'string');
const specOf = (d: NamedDocument): Record<string, unknown> => {
  const spec = (d.doc.value as { spec?: unknown }).spec;
  return isObject(spec) ? spec : {};
};

const where = (d: ParsedDocument) => {
  const r = locate(d, ['metadata', 'name']);
  return `${r.file}:${r.start.line}:${r.start.column}`;
};

function checkDuplicates(named: readonly NamedDocument[], out: Diagnostic[]) {
  const seen = new Map<string, NamedDocument>();
  for (const n of named) {
    const key = `${n.kind}/${n.name}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, n);
      continue;
    }
    out.push({
      severity: 'error',
      code: 'semantic/duplicate-name',
      message: `${n.kind} ${JSON.stringify(n.name)} is defined twice (first at ${where(first.doc)})`,
      detail: 'names are unique per kind',
      path: '/metadata/name',
      source: locate(n.doc, ['metadata', 'name']),
    });
  }
}

function checkRefs(
  d: NamedDocument,
  refs: readonly unknown[],
  pathPrefix: string[],
  targetKind: KindName,
  known: ReadonlySet<string>,
  out: Diagnostic[],
) {
  refs.forEach((ref, i) => {
    if (typeof ref !== 'string' || known.has(ref)) return;
    const guess = suggest(ref, known);
    out.push({
      severity: 'error',
      code: targetKind === 'McpServer' ? 'semantic/unresolved-server' : 'semantic/unresolved-policy',
      message: `${targetKind} ${JSON.stringify(ref)} is not defined in the manifests`,
      ...(guess ? { suggestion: guess } : {}),
      path: `/${[...pathPrefix, i].join('/')}`,
      source: locate(d.doc, [...pathPrefix, String(i)]),
    });
  });
}

interface Exposed {
  /** The name clients see, without the server prefix. */
  exposed: string;
  /** The document and path where the winning alias (or the name) is written. */
  doc: NamedDocument;
  at: string[];
}

/**
 * Exposed names by upstream name, applying the layers in order (later wins: server, then portal):
 * the last alias given, else the upstream name itself.
 */
function exposedNames(
  layers: { doc: NamedDocument; overrides: readonly CapabilityOverride[]; at: string[] }[],
) {
  const byName = new Map<string, Exposed>();
  for (const layer of layers) {
    layer.overrides.forEach((o, i) => {
      const at = [...layer.at, String(i), o.alias ? 'alias' : 'name'];
      const previous = byName.get(o.name);
      if (typeof o.alias === 'string' || !previous) {
        byName.set(o.name, { exposed: o.alias ?? previous?.exposed ?? o.name, doc: layer.doc, at });
      }
    });
  }
  return byName;
}

/**
 * Exposed names must be unique among a server's tools (and among its prompts); long ones warn.
 * Only problems whose winning entry is written in `reportIn` are reported, so a server's own
 * collisions are reported once, on the server, and not again on every portal that maps it.
 */
function checkExposed(
  reportIn: NamedDocument,
  serverId: string,
  names: Map<string, Exposed>,
  what: string,
  out: Diagnostic[],
) {
  const owners = new Map<string, [string, Exposed]>();
  for (const [upstream, entry] of names) {
    const { exposed } = entry;
    const other = owners.get(exposed);
    if (other !== undefined) {
      const [otherName, otherEntry] = other;
      const here = entry.doc === reportIn ? entry : otherEntry.doc === reportIn ? otherEntry : undefined;
      if (here) {
        out.push({
          severity: 'error',
          code: 'semantic/duplicate-exposed-name',
          message: `${what}s ${JSON.stringify(otherName)} and ${JSON.stringify(upstream)} of server ${JSON.stringify(serverId)} would both be exposed as ${JSON.stringify(exposed)}`,
          detail: 'give one of them a different alias',
          path: `/${here.at.join('/')}`,
          source: locate(reportIn.doc, here.at),
        });
      }
    } else owners.set(exposed, [upstream, entry]);
    const full = `${serverId}_${exposed}`;
    if (full.length > MAX_EXPOSED_NAME && entry.doc === reportIn) {
      out.push({
        severity: 'warning',
        code: 'semantic/long-exposed-name',
        message: `${what} name ${JSON.stringify(full)} is ${full.length} characters; clients such as Claude cut names at ${MAX_EXPOSED_NAME}`,
        detail: 'set a shorter alias',
        path: `/${entry.at.join('/')}`,
        source: locate(reportIn.doc, entry.at),
      });
    }
  }
}

function checkOverrideList(
  d: NamedDocument,
  overrides: readonly CapabilityOverride[],
  at: string[],
  out: Diagnostic[],
) {
  const seen = new Set<string>();
  overrides.forEach((o, i) => {
    if (seen.has(o.name)) {
      out.push({
        severity: 'error',
        code: 'semantic/duplicate-override',
        message: `${JSON.stringify(o.name)} is listed twice`,
        detail: 'merge the two entries',
        path: `/${[...at, i, 'name'].join('/')}`,
        source: locate(d.doc, [...at, String(i), 'name']),
      });
    }
    seen.add(o.name);
  });
}

function checkPolicy(d: NamedDocument, out: Diagnostic[]) {
  const spec = specOf(d);
  if (spec.decision !== 'bypass') return;
  for (const group of ['include', 'require', 'exclude'] as const) {
    list<unknown>(spec[group]).forEach((rule, i) => {
      if (!isObject(rule)) return;
      for (const selector of Object.keys(rule)) {
        if (!IDENTITY_SELECTORS.has(selector)) continue;
        out.push({
          severity: 'error',
          code: 'semantic/bypass-identity',
          message: `a bypass policy cannot use the identity selector ${JSON.stringify(selector)}`,
          detail:
            'bypass skips authentication, so no identity is known; use allow, or a non-identity selector such as ip or everyone',
          path: `/spec/${group}/${i}/${selector}`,
          source: locate(d.doc, ['spec', group, String(i), selector], true),
        });
      }
    });
  }
}

/** Runs every cross-document check over every document whose kind and name are readable. */
export function semanticCheck(named: readonly NamedDocument[], out: Diagnostic[]) {
  checkDuplicates(named, out);
  const names = (kind: KindName) => new Set(named.filter((n) => n.kind === kind).map((n) => n.name));
  const policies = names('AccessPolicy');
  const serverNames = names('McpServer');
  const servers = new Map<string, NamedDocument>();
  for (const n of named) if (n.kind === 'McpServer' && !servers.has(n.name)) servers.set(n.name, n);
  const hostnames = new Map<string, NamedDocument>();

  for (const c of named) {
    const spec = specOf(c);
    if (c.kind === 'AccessPolicy') checkPolicy(c, out);
    if (c.kind === 'McpServer') {
      checkRefs(c, list(spec.policies), ['spec', 'policies'], 'AccessPolicy', policies, out);
      for (const what of ['tools', 'prompts'] as const) {
        const overrides = overridesOf(spec[what]);
        checkOverrideList(c, overrides, ['spec', what], out);
        checkExposed(
          c,
          c.name,
          exposedNames([{ doc: c, overrides, at: ['spec', what] }]),
          what.slice(0, -1),
          out,
        );
      }
    }
    if (c.kind === 'McpPortal') checkPortal(c, spec, { policies, serverNames, servers, hostnames }, out);
  }
}

function checkPortal(
  c: NamedDocument,
  spec: Record<string, unknown>,
  ctx: {
    policies: Set<string>;
    serverNames: Set<string>;
    servers: Map<string, NamedDocument>;
    hostnames: Map<string, NamedDocument>;
  },
  out: Diagnostic[],
) {
  checkRefs(c, list(spec.policies), ['spec', 'policies'], 'AccessPolicy', ctx.policies, out);
  const mappings = list<unknown>(spec.servers).map((m) => (isObject(m) ? m : {}));
  if (typeof spec.hostname === 'string') {
    const host = spec.hostname.toLowerCase();
    const other = ctx.hostnames.get(host);
    if (other) {
      out.push({
        severity: 'error',
        code: 'semantic/duplicate-hostname',
        message: `hostname ${JSON.stringify(spec.hostname)} is already used by portal ${JSON.stringify(other.name)} (${where(other.doc)})`,
        path: '/spec/hostname',
        source: locate(c.doc, ['spec', 'hostname']),
      });
    } else ctx.hostnames.set(host, c);
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
    if (!ctx.serverNames.has(m.server)) {
      const guess = suggest(m.server, ctx.serverNames);
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
    const server = ctx.servers.get(m.server);
    for (const what of ['tools', 'prompts'] as const) {
      const overrides = overridesOf(m[what]);
      checkOverrideList(c, overrides, [...at, what], out);
      const layers = [{ doc: c, overrides, at: [...at, what] }];
      if (server)
        layers.unshift({ doc: server, overrides: overridesOf(specOf(server)[what]), at: ['spec', what] });
      checkExposed(c, m.server, exposedNames(layers), what.slice(0, -1), out);
    }
  });
}
