/**
 * What the data plane's HTTP routes need, passed in: the store, Access, the gateway (sessions), identity
 * (OAuth provider state, browser sessions), the request log, the cached OAuth Express apps, and options.
 * Also the resolved target of one request: which portal, and the origin and base path it is served under.
 */
import type { AccessControl } from '../access/access-control.js';
import type { Gateway } from '../gateway/gateway.js';
import type { BrowserSessions } from '../identity/browser-sessions.js';
import type { PortalOAuth } from '../identity/oauth-provider.js';
import type { RequestLogger } from '../logs/request-log.js';
import type { PortalRecord, Repository } from '../store/repository.js';
import type { AllowedHosts } from './allowed-hosts.js';
import type { OAuthApps, PortalUrls } from './oauth-router.js';
import type { ServersCallbackPort } from './servers-callback.js';

export interface DataPlaneDeps {
  repo: Repository;
  access: AccessControl;
  gateway: Gateway;
  oauth: PortalOAuth;
  browsers: BrowserSessions;
  logger: RequestLogger;
  oauthApps: OAuthApps;
  now: () => Date;
  /** Apply the SDK OAuth handlers' per-IP rate limits (default true). */
  oauthRateLimit: boolean;
  /** Trust `X-Forwarded-Proto` / `X-Forwarded-Host` (behind a TLS-terminating proxy). */
  trustProxy: boolean;
  /** Origins besides the portal's own whose pages may call `/mcp` (`*`: any); browsers send `Origin`. */
  allowedOrigins: ReadonlySet<string>;
  /** The `Host` names served besides each portal's own hostname (DNS rebinding defence); 403 otherwise. */
  allowedHosts: AllowedHosts;
  /** The portal's log for unexpected errors (default: stderr). */
  log?: (line: string) => void;
  /** Completes the admin OAuth flow of `oauth` servers at `/servers-callback` (absent: 404). */
  serversCallback?: ServersCallbackPort;
}

/** The portal's log. */
export const logOf = (deps: DataPlaneDeps): ((line: string) => void) =>
  deps.log ?? ((line: string) => process.stderr.write(`${line}\n`));

/** The portal a request is for, and where it is served. */
export interface Target extends PortalUrls {
  portal: PortalRecord;
  /** The path below the base path (`/mcp`, `/login`, ...); for well-known documents, the full path. */
  sub: string;
  wellKnown: boolean;
}
