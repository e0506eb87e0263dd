/**
 * What the cross-document checks share: a readable document (`NamedDocument`), the context of all
 * documents loaded together (names per kind, unique values such as hostnames, partial loads), and the
 * helpers the kinds' own checks use (references, override lists, exposed names).
 */
import { MAX_EXPOSED_NAME } from '../../schemas/exposure.js';
import type { CapabilityOverride } from '../../schemas/generated/manifest.js';
import type { KindName } from '../../schemas/registry.js';
import type { Diagnostic } from '../diagnostics.js';
import { locate, type ParsedDocument } from './parse-yaml.js';
import { suggest } from './suggest.js';

export interface SemanticContext {
  /** Names of the documents of a kind. */
  names(kind: KindName): ReadonlySet<string>;
  /** The first document of a kind with this name. */
  first(kind: KindName, name: string): NamedDocument | undefined;
  /** Claims a value unique in `scope` for `doc`; returns the earlier claimant, if any. */
  claim(scope: string, value: string, doc: NamedDocument): NamedDocument | undefined;
  /**
   * A partial set of files (e.g. `status -f one.yaml`): references to objects that are not in it are
   * looked up live by the caller, so they are not errors here.
   */
  partial: boolean;
}

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
export const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** Override entries that have a string name (others are the schema's business). */
export const overridesOf = (value: unknown): CapabilityOverride[] =>
  list<unknown>(value).filter((o): o is CapabilityOverride => isObject(o) && typeof o.name === 'string');
export const specOf = (d: NamedDocument): Record<string, unknown> => {
  const spec = (d.doc.value as { spec?: unknown }).spec;
  return isObject(spec) ? spec : {};
};

export const where = (d: ParsedDocument) => {
  const r = locate(d, ['metadata', 'name']);
  return `${r.file}:${r.start.line}:${r.start.column}`;
};

export function checkDuplicates(named: readonly NamedDocument[], out: Diagnostic[]) {
  const seen = new Map<KindName, Map<string, NamedDocument>>();
  for (const n of named) {
    let byName = seen.get(n.kind);
    if (!byName) {
      byName = new Map();
      seen.set(n.kind, byName);
    }
    const first = byName.get(n.name);
    if (!first) {
      byName.set(n.name, n);
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

/** The diagnostic code of a reference to a kind that does not resolve. */
const UNRESOLVED: Partial<Record<KindName, string>> = {
  McpServer: 'semantic/unresolved-server',
  AccessPolicy: 'semantic/unresolved-policy',
  AccessGroup: 'semantic/unresolved-group',
};

/**
 * Each name in `refs` is a document of `targetKind`. `single`: `pathPrefix` locates the one reference
 * itself (a rule's `group`), rather than the list holding `refs`.
 */
export function checkRefs(
  d: NamedDocument,
  refs: readonly unknown[],
  pathPrefix: string[],
  targetKind: KindName,
  ctx: SemanticContext,
  out: Diagnostic[],
  single = false,
) {
  const known = ctx.names(targetKind);
  refs.forEach((ref, i) => {
    if (typeof ref !== 'string' || known.has(ref) || ctx.partial) return;
    const guess = suggest(ref, known);
    const at = single ? pathPrefix : [...pathPrefix, String(i)];
    out.push({
      severity: 'error',
      code: UNRESOLVED[targetKind] ?? 'semantic/unresolved-policy',
      message: `${targetKind} ${JSON.stringify(ref)} is not defined in the manifests`,
      ...(guess ? { suggestion: guess } : {}),
      path: `/${at.join('/')}`,
      source: locate(d.doc, at),
    });
  });
}

export interface Exposed {
  /** The name clients see, without the server prefix. */
  exposed: string;
  /** The document where the winning alias (or the name) is written. */
  doc: NamedDocument;
  /** Where in `doc`: the override list's path and the entry's index in it (`pathOf` builds the path). */
  list: readonly string[];
  index: number;
  /** The entry gives an alias (the path ends in `alias`, else in `name`). */
  aliased: boolean;
}

/** The path of an exposed name's winning entry, built only for a diagnostic. */
const pathOf = (e: Exposed) => [...e.list, String(e.index), e.aliased ? 'alias' : 'name'];

/**
 * Exposed names by upstream name, applying the layers in order (later wins: server, then portal):
 * the last alias given, else the upstream name itself.
 */
export function exposedNames(
  layers: { doc: NamedDocument; overrides: readonly CapabilityOverride[]; at: string[] }[],
) {
  const byName = new Map<string, Exposed>();
  for (const layer of layers) {
    const { overrides } = layer;
    for (let i = 0; i < overrides.length; i++) {
      const o = overrides[i] as CapabilityOverride;
      const previous = byName.get(o.name);
      if (typeof o.alias === 'string' || !previous) {
        byName.set(o.name, {
          exposed: o.alias ?? previous?.exposed ?? o.name,
          doc: layer.doc,
          list: layer.at,
          index: i,
          aliased: Boolean(o.alias),
        });
      }
    }
  }
  return byName;
}

/**
 * Exposed names must be unique among a server's tools (and among its prompts); long ones warn.
 * Only problems whose winning entry is written in `reportIn` are reported, so a server's own
 * collisions are reported once, on the server, and not again on every portal that maps it.
 */
export function checkExposed(
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
        const at = pathOf(here);
        out.push({
          severity: 'error',
          code: 'semantic/duplicate-exposed-name',
          message: `${what}s ${JSON.stringify(otherName)} and ${JSON.stringify(upstream)} of server ${JSON.stringify(serverId)} would both be exposed as ${JSON.stringify(exposed)}`,
          detail: 'give one of them a different alias',
          path: `/${at.join('/')}`,
          source: locate(reportIn.doc, at),
        });
      }
    } else owners.set(exposed, [upstream, entry]);
    // `${serverId}_${exposed}`, measured without building it for every name.
    if (serverId.length + 1 + exposed.length > MAX_EXPOSED_NAME && entry.doc === reportIn) {
      const full = `${serverId}_${exposed}`;
      const at = pathOf(entry);
      out.push({
        severity: 'warning',
        code: 'semantic/long-exposed-name',
        message: `${what} name ${JSON.stringify(full)} is ${full.length} characters; clients such as Claude cut names at ${MAX_EXPOSED_NAME}`,
        detail: 'set a shorter alias',
        path: `/${at.join('/')}`,
        source: locate(reportIn.doc, at),
      });
    }
  }
}

export function checkOverrideList(
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
