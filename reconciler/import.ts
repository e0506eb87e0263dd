/**
 * `import`: manifests for live objects, such that `plan` on them shows no changes, one file per kind
 * (each kind's handler writes its own manifests; credentials become `fromEnv` placeholders to fill in).
 */
import type { Manifest } from '../schemas/generated/manifest.js';
import type { KindName, Observed } from './kinds/model.js';
import { REGISTRY } from './kinds/registry.js';
import { escapeSubstitution } from './load/substitute.js';
import { liveOf, type Snapshot } from './observe.js';

export { envName } from './kinds/mcp-server/manifest.js';

export interface ImportedFile {
  /** `policies.yaml`, `servers.yaml` or `portals.yaml`. */
  file: string;
  kind: KindName;
  manifests: Manifest[];
  /** Environment variables the manifests expect (credentials to fill in). */
  env: string[];
}

/**
 * Makes every `fromEnv` placeholder name unique across the import: each is a different credential, and
 * names derived from ids and header names can meet (`a` with header `B-Token`, `a-b` with a token are both
 * `A_B_TOKEN`). Later ones get `_2`, `_3`, ...
 */
function uniquePlaceholders(manifests: Manifest[]): void {
  const used = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.fromEnv === 'string') {
        let name = o.fromEnv;
        for (let n = 2; used.has(name); n++) name = `${o.fromEnv}_${n}`;
        used.add(name);
        o.fromEnv = name;
      } else Object.values(o).forEach(visit);
    }
  };
  for (const m of manifests) visit(m.spec);
}

/**
 * Manifest strings are substituted on load (`${VAR}`, load/substitute.ts): a live value holding `${` is
 * written as `$${`, so the imported manifest loads back to exactly that value. Keys are never substituted.
 */
function escaped<T>(v: T): T {
  if (typeof v === 'string') return escapeSubstitution(v) as T;
  if (Array.isArray(v)) return v.map(escaped) as T;
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escaped(x)])) as T;
  return v;
}

export function importManifests(snapshot: Snapshot, kinds?: readonly KindName[]): ImportedFile[] {
  const files = REGISTRY.filter((h) => !kinds?.length || kinds.includes(h.kind)).map((h) => ({
    file: h.importFile,
    kind: h.kind,
    manifests: liveOf(snapshot, h.kind)
      // Not the Access policies and groups of the account's other applications (see `Observed.unrelated`).
      .filter((o) => !o.unrelated)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((o) => escaped(h.toManifest(o as Observed<never>) as Manifest)),
  }));
  uniquePlaceholders(files.flatMap((f) => f.manifests));
  const envOf = (m: Manifest) =>
    [...JSON.stringify(m.spec).matchAll(/"fromEnv":"([A-Za-z_][A-Za-z0-9_]*)"/g)].map((x) => x[1] as string);
  return files
    .filter((f) => f.manifests.length)
    .map((f) => ({ ...f, env: [...new Set(f.manifests.flatMap(envOf))] }));
}
