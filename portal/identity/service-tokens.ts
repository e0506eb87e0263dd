/**
 * Service tokens, Cloudflare style: a client id (`<32 hex>.access`) and a secret shown once, sent as
 * `CF-Access-Client-Id` / `CF-Access-Client-Secret`. Only the secret's SHA-256 is stored. A token expires
 * after its `duration` (Go syntax like `8760h` or `2h45m`, or `forever`); `last_seen_at` is refreshed at
 * most once a minute so verification stays read-only on the hot path.
 */
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Repository, ServiceTokenRecord } from '../store/repository.js';

export const CLIENT_ID_HEADER = 'cf-access-client-id';
export const CLIENT_SECRET_HEADER = 'cf-access-client-secret';
export const DEFAULT_DURATION = '8760h';
export const FOREVER = '9999-12-31T23:59:59.000Z';
const TOUCH_EVERY_MS = 60_000;

const sha256 = (value: string) => hash('sha256', value, 'hex');

/** Milliseconds of a Go-style duration (`8760h`, `2h45m`, `90s`, `500ms`, `1500us`), or undefined if invalid. */
export function parseDuration(text: string): number | undefined {
  if (text === 'forever') return Number.POSITIVE_INFINITY;
  const units: Record<string, number> = {
    h: 3_600_000,
    m: 60_000,
    s: 1000,
    ms: 1,
    us: 0.001,
    µs: 0.001,
    ns: 0.000_001,
  };
  let total = 0;
  let rest = text;
  if (!rest) return undefined;
  while (rest.length > 0) {
    const m = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|h|m|s)/.exec(rest);
    if (!m) return undefined;
    total += Number(m[1]) * (units[m[2] as string] as number);
    rest = rest.slice(m[0].length);
  }
  return total > 0 ? total : undefined;
}

export function expiryFor(duration: string, from: Date): string {
  const ms = parseDuration(duration) ?? 0;
  if (!Number.isFinite(ms)) return FOREVER;
  const at = from.getTime() + ms;
  return at > Date.parse(FOREVER) ? FOREVER : new Date(at).toISOString();
}

export function newClientId(): string {
  return `${randomBytes(16).toString('hex')}.access`;
}

/** A fresh secret and the hash to store. */
export function newSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString('hex');
  return { secret, hash: sha256(secret) };
}

export type TokenCheck =
  | { ok: true; token: ServiceTokenRecord }
  | { ok: false; reason: 'unknown' | 'expired' | 'secret' | 'disabled' };

const same = (storedHash: string, presented: Buffer) => {
  const expected = Buffer.from(storedHash, 'latin1');
  return expected.length === presented.length && timingSafeEqual(expected, presented);
};

/**
 * Verifies a client id and secret: the current secret, or the previous one until its
 * `previous_client_secret_expires_at`; a disabled token accepts neither. Refreshes `last_seen_at` when it
 * is over a minute old.
 */
export function verifyServiceToken(
  repo: Repository,
  clientId: string,
  secret: string,
  now: Date,
): TokenCheck {
  const found = repo.serviceTokens.byClientId(clientId);
  // Hash anyway, so an unknown id costs the same as a wrong secret.
  const presented = Buffer.from(sha256(secret), 'latin1');
  if (!found) return { ok: false, reason: 'unknown' };
  const until = found.token.previous_client_secret_expires_at;
  const previousValid =
    found.previousSecretHash !== null && until !== null && Date.parse(until) > now.getTime();
  const matches =
    same(found.secretHash, presented) ||
    (previousValid && same(found.previousSecretHash as string, presented));
  if (!matches) return { ok: false, reason: 'secret' };
  if (!found.token.enabled) return { ok: false, reason: 'disabled' };
  if (Date.parse(found.token.expires_at) <= now.getTime()) return { ok: false, reason: 'expired' };
  const seen = found.token.last_seen_at ? Date.parse(found.token.last_seen_at) : 0;
  if (now.getTime() - seen > TOUCH_EVERY_MS) repo.serviceTokens.touch(found.token.id, now.toISOString());
  return { ok: true, token: found.token };
}
