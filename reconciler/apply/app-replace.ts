/**
 * The body of an Access application update. Cloudflare's app PUT replaces the whole app, so a body built
 * from the few fields the manifest owns would reset everything set elsewhere (allowed_idps,
 * session_duration, custom pages, cookie settings...). The update is a read-modify-write instead: the app
 * just read, without its read-only fields, with the manifest-owned fields laid over it.
 */
import type { AppBody, AppReplace } from '../api/endpoints.js';

/** Fields of an app response that are not part of its request (the SDK's `id`, `aud`; timestamps). */
export const APP_READ_ONLY: readonly string[] = ['id', 'uid', 'aud', 'created_at', 'updated_at'];

/**
 * `live` (as GET returned it, every field kept, known to our wire types or not) with `owned` over it:
 * name, type, domain or destinations, and `policies` (links, replacing the live list, whose response
 * shape carries names and decisions) as the manifest says. `tags` keeps the live app's other tags and
 * adds the owner tag, so a tag someone else put on the app survives.
 */
export function appReplaceBody(live: Record<string, unknown>, owned: AppBody): AppReplace {
  const kept = Object.fromEntries(Object.entries(live).filter(([k]) => !APP_READ_ONLY.includes(k)));
  const liveTags = Array.isArray(live.tags)
    ? live.tags.filter((t): t is string => typeof t === 'string')
    : [];
  const tags = [...new Set([...liveTags, ...(owned.tags ?? [])])];
  return { ...kept, ...owned, ...(tags.length ? { tags } : {}) } as AppReplace;
}
