/**
 * Signed-in browsers of a portal's own pages (login, server selection, home): a random cookie value whose
 * SHA-256 is stored with the portal and user, HttpOnly, SameSite=Lax and scoped to the portal's path, so a
 * login at one portal is not one at another. Form posts also carry a CSRF token derived from the cookie.
 * Sign-in attempts are throttled here too (per account and per client address, with backoff).
 */
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Repository } from '../store/repository.js';
import { LoginThrottle } from './throttle.js';

export const SESSION_COOKIE = 'mcp_portal_session';
export const DEFAULT_BROWSER_SESSION_SECONDS = 24 * 3600;

const sha256 = (value: string) => hash('sha256', value, 'hex');

/** The value of cookie `name` in a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export interface CookieScope {
  /** `/` for a portal served on its own hostname, `/portals/<id>` locally. */
  path: string;
  secure: boolean;
}

export class BrowserSessions {
  /** Failed sign-ins per account and per client address, shared by every portal of this process. */
  readonly throttle: LoginThrottle;

  constructor(
    private readonly repo: Repository,
    private readonly now: () => Date = () => new Date(),
    private readonly ttlSeconds = DEFAULT_BROWSER_SESSION_SECONDS,
  ) {
    this.throttle = new LoginThrottle(() => this.now().getTime());
  }

  /** Starts a session; returns the Set-Cookie header value. */
  start(portalId: string, userId: string, scope: CookieScope): string {
    const token = randomBytes(32).toString('base64url');
    const nowSec = Math.floor(this.now().getTime() / 1000);
    this.repo.transaction(() =>
      this.repo.oauth.insertBrowserSession({
        token_hash: sha256(token),
        portal_id: portalId,
        user_id: userId,
        expires_at: nowSec + this.ttlSeconds,
        created_at: this.now().toISOString(),
      }),
    );
    return cookie(token, scope, this.ttlSeconds);
  }

  /** The signed-in user id for this portal, if the cookie is valid. */
  user(portalId: string, cookieHeader: string | undefined): string | undefined {
    const token = readCookie(cookieHeader, SESSION_COOKIE);
    if (!token) return undefined;
    const rec = this.repo.oauth.getBrowserSession(sha256(token));
    const nowSec = Math.floor(this.now().getTime() / 1000);
    if (!rec || rec.portal_id !== portalId || rec.expires_at <= nowSec) return undefined;
    const user = this.repo.users.get(rec.user_id);
    return user && !user.disabled ? user.id : undefined;
  }

  /** Ends the session of this cookie; returns the Set-Cookie header that clears it. */
  end(cookieHeader: string | undefined, scope: CookieScope): string {
    const token = readCookie(cookieHeader, SESSION_COOKIE);
    if (token) this.repo.transaction(() => this.repo.oauth.deleteBrowserSession(sha256(token)));
    return cookie('', scope, 0);
  }

  /** The CSRF token for forms of the browser holding this cookie. */
  csrf(cookieHeader: string | undefined): string {
    return sha256(`csrf:${readCookie(cookieHeader, SESSION_COOKIE) ?? ''}`).slice(0, 32);
  }

  checkCsrf(cookieHeader: string | undefined, presented: string | undefined): boolean {
    const expected = Buffer.from(this.csrf(cookieHeader));
    const got = Buffer.from(presented ?? '');
    return got.length === expected.length && timingSafeEqual(got, expected);
  }
}

function cookie(value: string, scope: CookieScope, maxAge: number): string {
  const parts = [
    `${SESSION_COOKIE}=${encodeURIComponent(value)}`,
    `Path=${scope.path}`,
    `Max-Age=${maxAge}`,
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (scope.secure) parts.push('Secure');
  return parts.join('; ');
}
