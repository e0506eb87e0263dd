/**
 * `import`: manifests for live objects, such that `plan` on them shows no changes, one file per kind
 * (each kind's handler writes its own manifests; credentials become `fromEnv` placeholders to fill in).
 */
import type { Manifest } from '../schemas/generated/manifest.js';
import type { KindName, Observed } from './kinds/model.js';
import { REGISTRY } from './kinds/registry.js';
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

export function importManifests(snapshot: Snapshot, kinds?: readonly KindName[]): ImportedFile[] {
  return REGISTRY.filter((h) => !kinds?.length || kinds.includes(h.kind))
    .map((h) => {
      const manifests = [...liveOf(snapshot, h.kind)]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((o) => h.toManifest(o as Observed<never>) as Manifest);
      const env = [
        ...new Set(
          manifests.flatMap((m) =>
            [...JSON.stringify(m.spec).matchAll(/"fromEnv":"([A-Za-z_][A-Za-z0-9_]*)"/g)].map(
              (x) => x[1] as string,
            ),
          ),
        ),
      ];
      return { file: h.importFile, kind: h.kind, manifests, env };
    })
    .filter((f) => f.manifests.length);
}
