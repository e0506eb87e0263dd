import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { DOCS_PROMPTS, DOCS_TOOLS, pagedToolName, TICKETS_TOOLS } from '../../examples/upstreams/index.js';

// ---------------------------------------------------------------------------------------------------
// Manifest sets
// ---------------------------------------------------------------------------------------------------

export type Kind = 'AccessGroup' | 'AccessPolicy' | 'McpServer' | 'McpPortal';
export type Spec = Record<string, unknown>;

export interface Doc {
  apiVersion: 'mcpportal/v1';
  kind: Kind;
  metadata: { name: string; labels?: Record<string, string> };
  spec: Spec;
}

/** Manifests plus what their secret references resolve to. */
export interface ManifestSet {
  /** Groups, then policies, then servers, then portals. */
  docs: Doc[];
  /** Environment variables named by `fromEnv`. */
  env: Record<string, string>;
  /** Files named by `fromFile`, relative to the manifest folder. */
  files: Record<string, string>;
  /** An earlier revision applied before this one (an incremental rollout), if any. */
  first?: ManifestSet;
}

export type UpstreamName = 'docs' | 'tickets' | 'paged';
export type UpstreamUrls = Record<UpstreamName, string>;

/** The example upstreams' tools and prompts, from their exported constants (`paged`: its default 25). */
export const CAPABILITIES: Record<UpstreamName, { tools: readonly string[]; prompts: readonly string[] }> = {
  docs: { tools: DOCS_TOOLS, prompts: DOCS_PROMPTS },
  tickets: { tools: TICKETS_TOOLS, prompts: [] },
  paged: { tools: Array.from({ length: 25 }, (_, i) => pagedToolName(i)), prompts: [] },
};
export const UPSTREAMS: UpstreamName[] = ['docs', 'tickets', 'paged'];
export const REAL_NAMES = new Set(
  UPSTREAMS.flatMap((u) => [...CAPABILITIES[u].tools, ...CAPABILITIES[u].prompts]),
);
/** Override names no example upstream offers (the portal drops their overrides after a sync). */
export const GHOST_NAMES = ['ghost_tool', 'retired-prompt', 'Search_Docs'] as const;

export const toYaml = (set: ManifestSet): string =>
  set.docs.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');

/** YAML documents (`{{docs}}`, `{{tickets}}`, `{{paged}}` stand for the upstreams' URLs) as a set. */
export function setFromYaml(
  text: string,
  urls: UpstreamUrls,
  ticketsToken: string,
  first?: string,
): ManifestSet {
  const filled = text.replace(/\{\{(docs|tickets|paged)\}\}/g, (_, u: UpstreamName) => urls[u]);
  const docs = parseAllDocuments(filled).map((d) => d.toJS() as Doc);
  const earlier = first === undefined ? {} : { first: setFromYaml(first, urls, ticketsToken) };
  return { docs, ...secretsFor(docs, urls, ticketsToken), ...earlier };
}

export type Ref = { fromEnv: string } | { fromFile: string };
const isRef = (v: unknown): v is Ref =>
  typeof v === 'object' && v !== null && ('fromEnv' in v || 'fromFile' in v);
const refKey = (r: Ref) => ('fromEnv' in r ? `env:${r.fromEnv}` : `file:${r.fromFile}`);

/** The secret references of a server manifest: `token`, or each header by name. */
export function serverRefs(spec: Spec): { slot: string; ref: Ref }[] {
  const auth = spec.auth as { token?: unknown; headers?: Record<string, unknown> } | undefined;
  const out: { slot: string; ref: Ref }[] = [];
  if (isRef(auth?.token)) out.push({ slot: 'token', ref: auth.token });
  for (const [name, ref] of Object.entries(auth?.headers ?? {}))
    if (isRef(ref)) out.push({ slot: name, ref });
  return out;
}

/**
 * Values for every secret reference: the tickets upstream's token for references a server on the tickets
 * URL uses (it checks them), a distinct value per reference otherwise (the other upstreams ignore them).
 */
export function secretsFor(
  docs: readonly Doc[],
  urls: UpstreamUrls,
  ticketsToken: string,
): Pick<ManifestSet, 'env' | 'files'> {
  const values = new Map<string, string>();
  for (const d of docs.filter((x) => x.kind === 'McpServer')) {
    const tickets = d.spec.url === urls.tickets;
    for (const { ref } of serverRefs(d.spec)) {
      const key = refKey(ref);
      if (tickets) values.set(key, ticketsToken);
      else if (!values.has(key)) values.set(key, `secret-${key.replace(/[^A-Za-z0-9]+/g, '-')}`);
    }
  }
  const env: Record<string, string> = {};
  const files: Record<string, string> = {};
  for (const [key, value] of values) {
    if (key.startsWith('env:')) env[key.slice(4)] = value;
    else files[key.slice(5)] = `${value}\n`;
  }
  return { env, files };
}

/** The value a server's secret slot resolves to in `set` (header names compare case-insensitively). */
export function secretOf(set: ManifestSet, server: string, slot: string): string | undefined {
  const doc = set.docs.find((d) => d.kind === 'McpServer' && d.metadata.name === server);
  if (!doc) return undefined;
  const found = serverRefs(doc.spec).find((r) => r.slot.toLowerCase() === slot.toLowerCase());
  if (!found) return undefined;
  return 'fromEnv' in found.ref
    ? set.env[found.ref.fromEnv]
    : set.files[found.ref.fromFile]?.replace(/\n$/, '');
}

/** The repository root (the folder with package.json above this file, in the source or dist tree). */
export function repoRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
