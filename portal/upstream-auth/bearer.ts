/**
 * The access token a link to an `oauth` upstream sends, read from the stored grant: cached until the grant's
 * `refresh_at` (when the refresher replaces it), then read again, so a long-lived link picks up refreshed
 * tokens without reconnecting and a request costs a clock read, not a decryption.
 */
import { ADMIN_SUBJECT, type UpstreamGrantStore } from '../store/repository.js';

/** Where a link gets the current access token of a server; undefined when none is stored. */
export interface OAuthBearerSource {
  current(): string | undefined;
}

export function grantBearer(
  grants: UpstreamGrantStore,
  serverId: string,
  subject = ADMIN_SUBJECT,
  now: () => number = Date.now,
): OAuthBearerSource {
  let cached: { token: string; until: number } | undefined;
  return {
    current() {
      if (cached && now() < cached.until) return cached.token;
      let grant: ReturnType<UpstreamGrantStore['get']>;
      try {
        grant = grants.get(serverId, subject);
      } catch {
        return cached?.token; // unreadable (closing store, wrong key): keep what we had
      }
      const token = grant?.tokens?.access_token;
      cached =
        token === undefined
          ? undefined
          : { token, until: grant?.refresh_at == null ? Number.POSITIVE_INFINITY : grant.refresh_at * 1000 };
      return token;
    },
  };
}
