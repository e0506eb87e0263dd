/**
 * Durable record of the portal mappings a server lost in a delete-before-replace, kept IN THE TARGET as
 * Access tags (as the ledger and the controller's lease are), so a Create of the same id restores them even
 * when the plugin was killed between Delete and Create. One mapping may span several tags (names are at
 * most 255 characters): `mcp-portals-detached:<server>:<portal>:<digest>:<i>.<n>:<base64url chunk>`.
 */
import { createHash } from 'node:crypto';
import type { PortalApi } from '../../reconciler/api/endpoints.js';
import type { Json } from '../../reconciler/plan/diff.js';

const PREFIX = 'mcp-portals-detached:';
/** Tag names are at most 255 characters (the tag API's schema; reconciler/ledger.ts says the same). */
const MAX_TAG = 255;
/** More chunks than this for one mapping is refused rather than spread over hundreds of tags. */
const MAX_CHUNKS = 16;
const TAG = /^mcp-portals-detached:([a-z0-9-]+):([a-z0-9-]+):([0-9a-f]{8}):(\d+)\.(\d+):([A-Za-z0-9_-]+)$/;

export interface DetachedEntry {
  portal: string;
  /** The mapping in request form (`PortalServerMappingRequest`). */
  entry: Json;
}

/** A mapping too large to record: the delete is refused before anything changes. */
export class DetachRecordError extends Error {
  override readonly name = 'DetachRecordError';
  constructor(server: string, portal: string) {
    super(
      `cannot record the mapping of McpServer "${server}" in McpPortal "${portal}" for its replacement ` +
        `(it needs more than ${MAX_CHUNKS} Access tags of ${MAX_TAG} characters): remove the server from the ` +
        'portal in the program first, or drop the pinned serverId so the replacement is created first',
    );
  }
}

/** The tag names recording `entries` of `server`; throws `DetachRecordError` when one does not fit. */
export function detachTags(server: string, entries: readonly DetachedEntry[]): string[] {
  return entries.flatMap(({ portal, entry }) => {
    const payload = Buffer.from(JSON.stringify(entry)).toString('base64url');
    const digest = createHash('sha256').update(payload).digest('hex').slice(0, 8);
    const head = `${PREFIX}${server}:${portal}:${digest}:`;
    // Room for `<i>.<n>:` with two-digit numbers.
    const room = MAX_TAG - head.length - 6;
    const n = Math.max(1, Math.ceil(payload.length / room));
    if (room < 16 || n > MAX_CHUNKS) throw new DetachRecordError(server, portal);
    return Array.from({ length: n }, (_, i) => `${head}${i}.${n}:${payload.slice(i * room, (i + 1) * room)}`);
  });
}

/**
 * The complete records of `server` among the account's tag names: the mappings to restore, and every tag
 * of the server's records (complete or not) to remove once they are restored.
 */
export function detachedOf(
  tags: readonly string[],
  server: string,
): { entries: DetachedEntry[]; tags: string[] } {
  const groups = new Map<string, { portal: string; n: number; chunks: Map<number, string> }>();
  const mine: string[] = [];
  for (const t of tags) {
    const m = TAG.exec(t);
    if (!m || m[1] !== server) continue;
    mine.push(t);
    const [portal, digest, i, n, chunk] = [m[2], m[3], Number(m[4]), Number(m[5]), m[6]] as [
      string,
      string,
      number,
      number,
      string,
    ];
    const key = `${portal}:${digest}`;
    const g = groups.get(key) ?? { portal, n, chunks: new Map<number, string>() };
    g.chunks.set(i, chunk);
    groups.set(key, g);
  }
  const entries: DetachedEntry[] = [];
  const seen = new Set<string>();
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key) as { portal: string; n: number; chunks: Map<number, string> };
    if (seen.has(g.portal) || g.chunks.size !== g.n) continue;
    const payload = Array.from({ length: g.n }, (_, i) => g.chunks.get(i) ?? '').join('');
    try {
      entries.push({
        portal: g.portal,
        entry: JSON.parse(Buffer.from(payload, 'base64url').toString()) as Json,
      });
      seen.add(g.portal);
    } catch {
      // A record that does not decode is not ours to restore; it is removed with the others.
    }
  }
  return { entries, tags: mine };
}

/** Creates the record tags (idempotent: a tag that exists is the one wanted). */
export async function recordDetached(api: PortalApi, tags: readonly string[]): Promise<void> {
  for (const name of tags) await api.createTag({ name });
}

/** Removes record tags once their mappings are restored (a tag already gone is fine). */
export async function forgetDetached(api: PortalApi, tags: readonly string[]): Promise<void> {
  for (const name of tags) await api.deleteTag(name);
}
