/**
 * The store's port: record types for servers, portals, policies and apps (control plane) and for users,
 * service tokens, OAuth state, browser sessions and request logs (data plane), and the repository interface.
 * Records use the wire's field names so that mapping to responses stays one-to-one; secrets never appear on
 * records and are read only through `servers.secrets()`; passwords and tokens are stored only as hashes.
 */
import type { OAuthDiscoveryState } from '@modelcontextprotocol/sdk/client/auth.js';
import type {
  OAuthClientInformationFull,
  OAuthClientInformationMixed,
  OAuthTokens,
} from '@modelcontextprotocol/sdk/shared/auth.js';
import type {
  AppObject,
  LogStatus,
  Message,
  PolicyApprovalGroup,
  PolicyConnectionRules,
  PolicyMfaConfig,
  PolicyRule,
  ServerCapability,
  ServerCapabilityOverride,
  ServerErrorDetails,
} from '../../schemas/generated/wire.js';

export type AuthType = 'oauth' | 'bearer' | 'unauthenticated';
export type ServerStatus = 'waiting' | 'ready' | 'stale' | 'error';
export type AuthenticationStatus = 'not_required' | 'required' | 'connected' | 'stale' | 'manual';
export type CodeMode = 'off' | 'opt_in' | 'default_on' | 'enforced';

/** Non-secret facts about a server's credentials, computed when they are written. */
export interface AuthFacts {
  /** Custom header names, when `auth_credentials` is the `{"headers": {...}}` form. */
  header_names?: string[];
  /**
   * `hmac-sha256:<salt>:<hex>` of the stored `auth_credentials`, with a fresh random salt at every write:
   * lets a client that holds a candidate value tell whether it differs, without the API revealing it.
   */
  credentials_fingerprint?: string;
  /** For oauth: `manual` (pre-registered client) or `dcr`. */
  auth_mode?: 'dcr' | 'manual';
  config?: Record<string, string>;
  registration_info?: {
    client_id?: string;
    redirect_uris?: string[];
    scope?: string;
    token_endpoint_auth_method?: string;
  };
}

export interface ServerRecord {
  id: string;
  name: string;
  hostname: string;
  auth_type: AuthType;
  description: string | null;
  is_shared_oauth_callback_enabled: boolean;
  secure_web_gateway: boolean;
  updated_tools: ServerCapabilityOverride[];
  updated_prompts: ServerCapabilityOverride[];
  has_credentials: boolean;
  credentials_version: number;
  has_client_secret: boolean;
  client_secret_version: number;
  auth_facts: AuthFacts;
  /** Bumped on every change that invalidates a sync in flight (credentials); a stale result is discarded. */
  generation: number;
  status: ServerStatus;
  authentication_status: AuthenticationStatus;
  tools: ServerCapability[];
  prompts: ServerCapability[];
  error: string | null;
  error_details: ServerErrorDetails | null;
  /** Notes from the last sync (e.g. dropped overrides), sorted; shown in the `messages` of reads. */
  sync_messages: Message[];
  last_synced: string | null;
  last_successful_sync: string | null;
  created_at: string;
  modified_at: string;
  created_by: string;
  modified_by: string;
}

/** Write-only values. On update, `undefined` keeps the stored value and `null` removes it. */
export interface ServerSecrets {
  auth_credentials?: string | null;
  client_secret?: string | null;
}

export interface MappingRecord {
  server_id: string;
  default_disabled: boolean;
  on_behalf: boolean;
  updated_tools: ServerCapabilityOverride[];
  updated_prompts: ServerCapabilityOverride[];
  /**
   * Which of the server's resources and resource templates this portal exposes (an extension: Cloudflare's
   * API has no resources). The first rule whose `uri` (exact, or `*` for any run of characters) matches the
   * upstream's own URI or template decides; none matching: exposed unless `default_disabled`.
   */
  updated_resources?: ResourceRule[];
}

export interface ResourceRule {
  uri: string;
  enabled: boolean;
}

export interface PortalRecord {
  id: string;
  name: string;
  hostname: string;
  description: string | null;
  code_mode: CodeMode;
  secure_web_gateway: boolean;
  /** Sorted by server_id (the canonical order). */
  servers: MappingRecord[];
  created_at: string;
  modified_at: string;
  created_by: string;
  modified_by: string;
}

export interface PolicyRecord {
  id: string;
  name: string;
  decision: 'allow' | 'deny' | 'non_identity' | 'bypass';
  include: PolicyRule[];
  exclude: PolicyRule[];
  require: PolicyRule[];
  /** null: the application's session duration applies. */
  session_duration: string | null;
  approval_required?: boolean;
  approval_groups?: PolicyApprovalGroup[];
  purpose_justification_required?: boolean;
  purpose_justification_prompt?: string;
  isolation_required?: boolean;
  mfa_config?: PolicyMfaConfig;
  connection_rules?: PolicyConnectionRules;
  /** Set on an inline policy: the one application that owns it (not reusable, not listed). */
  app_id?: string;
  created_at: string;
  updated_at: string;
}

export interface PolicyLinkRecord {
  id: string;
  precedence: number;
}

/** The wire's application as stored: its audience tag always set, its policies as links. */
export interface AppRecord extends Omit<AppObject, 'aud' | 'policies'> {
  aud: string;
  /** Sorted by precedence. */
  policies: PolicyLinkRecord[];
}

export interface ListQuery {
  page: number;
  per_page: number;
  search?: string;
}

/** The filters of the application list, as Cloudflare documents them. */
export interface AppListQuery extends ListQuery {
  /** Substring of the name (exact when `exact`), case-insensitive. */
  name?: string;
  /** Substring of the domain (exact when `exact`), case-insensitive. */
  domain?: string;
  aud?: string;
  exact?: boolean;
}

/** A list query with Cloudflare's `name` filter (exact match). */
export interface NamedListQuery extends ListQuery {
  name?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ServerStore {
  list(q: ListQuery): Page<ServerRecord>;
  get(id: string): ServerRecord | undefined;
  getMany(ids: readonly string[]): Map<string, ServerRecord>;
  ids(): string[];
  insert(rec: ServerRecord, secrets: ServerSecrets): void;
  /** Writes every column of `rec`; secrets as described on ServerSecrets. */
  update(rec: ServerRecord, secrets?: ServerSecrets): void;
  delete(id: string): void;
  /** The decrypted write-only values. */
  secrets(id: string): { auth_credentials?: string; client_secret?: string };
}

export interface PortalStore {
  list(q: ListQuery): Page<PortalRecord>;
  get(id: string): PortalRecord | undefined;
  idForHostname(hostname: string): string | undefined;
  /** Ids of the portals that map a server, sorted. */
  usingServer(serverId: string): string[];
  /** Every portal's mapping of one server, sorted by portal id. */
  mappingsOf(serverId: string): { portal_id: string; mapping: MappingRecord }[];
  /** Rewrites one mapping's overrides (used when a sync drops overrides of vanished capabilities). */
  updateMapping(portalId: string, mapping: MappingRecord): void;
  insert(rec: PortalRecord): void;
  /** Writes the portal and replaces its whole mapping set. */
  update(rec: PortalRecord): void;
  delete(id: string): void;
}

export interface PolicyStore {
  /** Reusable policies only. */
  list(q: ListQuery): Page<PolicyRecord>;
  /** Every policy, reusable and inline (for Access decisions). */
  all(): PolicyRecord[];
  /** The inline policies an application owns. */
  inlineOf(appId: string): PolicyRecord[];
  get(id: string): PolicyRecord | undefined;
  getMany(ids: readonly string[]): Map<string, PolicyRecord>;
  /** The apps that link a policy, sorted by id. */
  usedBy(policyId: string): { id: string; name: string }[];
  /** How many applications link each policy (0 for none), in one read. */
  appCounts(policyIds: readonly string[]): Map<string, number>;
  insert(rec: PolicyRecord): void;
  update(rec: PolicyRecord): void;
  delete(id: string): void;
}

export interface AppStore {
  list(q: AppListQuery): Page<AppRecord>;
  get(id: string): AppRecord | undefined;
  insert(rec: AppRecord): void;
  update(rec: AppRecord): void;
  delete(id: string): void;
  /** Ends every OAuth token and browser session issued by these portals; returns how many. */
  revokePortalSessions(portalIds: readonly string[]): number;
}

/** An Access group: a reusable rule set that policies match with `{group: {id}}`. */
export interface GroupRecord {
  id: string;
  name: string;
  include: PolicyRule[];
  exclude: PolicyRule[];
  require: PolicyRule[];
  is_default?: boolean;
  created_at: string;
  updated_at: string;
}

export interface GroupStore {
  list(q: NamedListQuery): Page<GroupRecord>;
  all(): GroupRecord[];
  get(id: string): GroupRecord | undefined;
  /** Policies (reusable or inline) and groups whose rules name the group, sorted by id. */
  referencedBy(groupId: string): { kind: 'policy' | 'group'; id: string; name: string }[];
  insert(rec: GroupRecord): void;
  update(rec: GroupRecord): void;
  delete(id: string): void;
}

/** An Access tag (account-wide name applications list in `tags`). */
export interface TagRecord {
  name: string;
  created_at: string;
  updated_at: string;
}

export interface TagStore {
  list(q: ListQuery): Page<TagRecord>;
  get(name: string): TagRecord | undefined;
  /** How many applications list the tag. */
  appCount(name: string): number;
  /** `appCount` of many tags in one pass over the apps (a page of a listing), by name. */
  appCounts(names: readonly string[]): Map<string, number>;
  insert(rec: TagRecord): void;
  /** Renames the tag and rewrites it in every application that lists it. */
  rename(from: string, to: TagRecord): void;
  delete(name: string): void;
}

/** A DNS record of a zone (Cloudflare's `/zones/{zone_id}/dns_records`); see portal/api/dns-records.ts. */
export interface DnsRecordRow {
  id: string;
  zone_id: string;
  /** Lower-case, without a trailing dot. */
  name: string;
  type: string;
  content: string;
  ttl: number;
  proxied: boolean;
  comment: string | null;
  tags: string[];
  created_on: string;
  modified_on: string;
  comment_modified_on: string | null;
  tags_modified_on: string | null;
}

/** A string filter of the DNS list (`name.exact`, `comment.startswith`, `comment.present`...). */
export interface DnsTextFilter {
  field: 'name' | 'content' | 'comment';
  op: 'exact' | 'contains' | 'startswith' | 'endswith' | 'present' | 'absent';
  value: string;
}

export interface DnsListQuery {
  page: number;
  per_page: number;
  type?: string;
  proxied?: boolean;
  filters: DnsTextFilter[];
  /** Whether a record must match every filter (`all`, the default) or one (`any`). */
  match: 'all' | 'any';
  order: 'type' | 'name' | 'content' | 'ttl' | 'proxied';
  direction: 'asc' | 'desc';
}

export interface DnsRecordStore {
  list(zoneId: string, q: DnsListQuery): Page<DnsRecordRow>;
  get(zoneId: string, id: string): DnsRecordRow | undefined;
  /** The zone's records of one name (for the CNAME exclusivity rule). */
  named(zoneId: string, name: string): DnsRecordRow[];
  insert(rec: DnsRecordRow): void;
  update(rec: DnsRecordRow): void;
  delete(zoneId: string, id: string): void;
}

/** A user of the local identity provider. Groups are names, sorted and unique. */
export interface UserRecord {
  id: string;
  email: string;
  name: string | null;
  groups: string[];
  disabled: boolean;
  created_at: string;
  updated_at: string;
}

export interface UserStore {
  /** Every user, sorted by email. */
  list(): UserRecord[];
  get(id: string): UserRecord | undefined;
  /** Case-insensitive. */
  byEmail(email: string): UserRecord | undefined;
  passwordHash(id: string): string | undefined;
  insert(rec: UserRecord, passwordHash: string): void;
  /** `passwordHash` undefined keeps the stored one. */
  update(rec: UserRecord, passwordHash?: string): void;
  delete(id: string): void;
}

/** A service token (machine identity). The secret is stored only as a hash. */
export interface ServiceTokenRecord {
  id: string;
  name: string;
  client_id: string;
  duration: string;
  expires_at: string;
  /** A disabled token authenticates with neither its current nor its previous secret. */
  enabled: boolean;
  client_secret_version: number;
  /** Until when the secret replaced by the last rotation is still accepted (null: no previous secret). */
  previous_client_secret_expires_at: string | null;
  last_seen_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ServiceTokenStore {
  list(q: NamedListQuery): Page<ServiceTokenRecord>;
  get(id: string): ServiceTokenRecord | undefined;
  /** The token and its secret hashes (current, and the previous one while a rotation overlaps), by client id. */
  byClientId(
    clientId: string,
  ): { token: ServiceTokenRecord; secretHash: string; previousSecretHash: string | null } | undefined;
  insert(rec: ServiceTokenRecord, secretHash: string): void;
  /** `secretHash` undefined keeps the stored one; a new one makes the stored one the previous secret. */
  update(rec: ServiceTokenRecord, secretHash?: string): void;
  touch(id: string, at: string): void;
  delete(id: string): void;
}

/** An issued OAuth token (access or refresh), stored by the SHA-256 of its value. */
export interface OAuthTokenRecord {
  token_hash: string;
  kind: 'access' | 'refresh';
  portal_id: string;
  client_id: string;
  user_id: string;
  scopes: string[];
  resource: string | null;
  /** Seconds since the epoch. */
  expires_at: number;
  created_at: string;
  /** The grant this token descends from (one per authorization code); revoked whole on refresh replay. */
  family_id: string;
  /** A refresh token already exchanged, kept until it expires so that its replay is detected. */
  used?: boolean;
}

/** A user's approval of an OAuth client at a portal (the consent page). */
export interface OAuthConsentRecord {
  client_id: string;
  client_name: string | null;
  redirect_uris: string[];
  approved_at: string;
}

/** A logged-in browser (the portal's own pages), stored by the SHA-256 of its cookie value. */
export interface BrowserSessionRecord {
  token_hash: string;
  portal_id: string;
  user_id: string;
  /** Seconds since the epoch. */
  expires_at: number;
  created_at: string;
}

export interface OAuthStore {
  /** A client registered (DCR) at a portal; the secret is decrypted. */
  getClient(clientId: string): { portal_id: string; client: OAuthClientInformationFull } | undefined;
  insertClient(portalId: string, client: OAuthClientInformationFull, createdAt: string): void;
  insertToken(rec: OAuthTokenRecord): void;
  getToken(tokenHash: string): OAuthTokenRecord | undefined;
  /**
   * A token with the user it was issued to (undefined when the user is gone): the bearer check of every
   * request to a portal (web/authenticate.ts). One read, reused until this process writes anything, a
   * commit by another process is noticed, or a second has passed (sql-util.ts `RecentReads`).
   */
  getTokenWithUser(tokenHash: string): { token: OAuthTokenRecord; user: UserRecord | undefined } | undefined;
  deleteToken(tokenHash: string): void;
  /** Marks a refresh token as exchanged (it stays, so that a replay can be recognised). */
  markTokenUsed(tokenHash: string): void;
  /** Deletes every token of a family; returns how many. */
  deleteTokenFamily(familyId: string): number;
  /** Deletes every token a user holds for a client at a portal; returns how many. */
  deleteClientTokens(portalId: string, userId: string, clientId: string): number;
  hasConsent(portalId: string, userId: string, clientId: string): boolean;
  setConsent(portalId: string, userId: string, clientId: string, at: string): void;
  /** Withdraws an approval; returns whether there was one. */
  deleteConsent(portalId: string, userId: string, clientId: string): boolean;
  /** The clients a user approved at a portal, oldest first. */
  listConsents(portalId: string, userId: string): OAuthConsentRecord[];
  insertBrowserSession(rec: BrowserSessionRecord): void;
  getBrowserSession(tokenHash: string): BrowserSessionRecord | undefined;
  deleteBrowserSession(tokenHash: string): void;
  /** Removes tokens and browser sessions that expired before `nowSeconds`; returns how many. */
  pruneExpired(nowSeconds: number): number;
  /** Server ids a user logged out of in a portal, sorted. */
  loggedOutServers(portalId: string, userId: string): string[];
  setLoggedOut(portalId: string, userId: string, serverId: string, loggedOut: boolean, at: string): void;
}

/** The subject of a server's admin grant; a per-user grant (later) has the portal user's id. */
export const ADMIN_SUBJECT = '';

/**
 * The portal's OAuth grant at an `oauth` upstream for one (server, subject): where the authorization server
 * was found (not secret), the client registered there by DCR (sealed: it may hold a secret) and the tokens
 * (sealed). `refresh_at` (seconds since the epoch, a margin before the access token expires; null when it
 * never expires or there is no token) is when the portal refreshes it.
 */
export interface UpstreamGrant {
  server_id: string;
  subject: string;
  discovery: OAuthDiscoveryState;
  client?: OAuthClientInformationMixed;
  tokens?: OAuthTokens;
  refresh_at: number | null;
  updated_at: string;
}

export interface UpstreamGrantStore {
  /** The grant, decrypted. */
  get(serverId: string, subject: string): UpstreamGrant | undefined;
  /** Inserts or replaces the whole grant. */
  put(grant: UpstreamGrant): void;
  delete(serverId: string, subject: string): void;
  /** Whether the grant of (server, subject) holds tokens, without decrypting them. */
  hasTokens(serverId: string, subject: string): boolean;
  /** The subjects holding a grant at a server (the admin's is ''). */
  subjects(serverId: string): string[];
  /** Every grant holding tokens, without decrypting them: what the refresher schedules. */
  refreshes(): { server_id: string; subject: string; refresh_at: number | null }[];
}

export type { LogStatus };

/** One request handled by a portal's MCP endpoint. */
export interface LogRecord {
  id: number;
  time: string;
  status: LogStatus;
  portal_id: string;
  server_id: string | null;
  /** The JSON-RPC method, e.g. `tools/call`. */
  method: string;
  /** The tool or prompt name at the upstream (before prefixing and aliases). */
  capability: string | null;
  duration_ms: number;
  /** Email of the user, client id of the service token, null when anonymous. */
  user: string | null;
  session_id: string | null;
  error: string | null;
  /**
   * A code-mode execution (`portal_codemode_execute`, `portal_execute`): set on its row and on the rows of
   * the tool calls it made, so one query shows both. Null otherwise.
   */
  execution_id?: string | null;
  /** `{arguments, result}` when payload capture is on; otherwise null. */
  payload: unknown;
}

export interface LogQuery extends ListQuery {
  portal_id?: string;
  server_id?: string;
  /** Inclusive lower bound (ISO time). */
  since?: string;
  /** Exclusive upper bound (ISO time). */
  until?: string;
  statuses?: LogStatus[];
  /** Only rows with a larger id (for following). */
  after_id?: number;
  /** Only the rows of one code-mode execution. */
  execution_id?: string;
  direction: 'asc' | 'desc';
}

export interface LogStore {
  insert(rec: Omit<LogRecord, 'id'>): number;
  /** Inserts the rows in order, a few statements for many rows (the request log's batches). */
  insertMany(recs: readonly Omit<LogRecord, 'id'>[]): void;
  query(q: LogQuery): Page<LogRecord>;
  /**
   * Deletes rows older than `before` (ISO; in the order they were written, up to the first newer row) and
   * all but the newest `maxRows`; returns how many.
   */
  prune(limits: { before?: string; maxRows?: number }): number;
}

export interface Repository {
  servers: ServerStore;
  portals: PortalStore;
  policies: PolicyStore;
  apps: AppStore;
  groups: GroupStore;
  tags: TagStore;
  dnsRecords: DnsRecordStore;
  users: UserStore;
  serviceTokens: ServiceTokenStore;
  oauth: OAuthStore;
  /** Grants the portal holds at OAuth upstreams (the secret ones are sealed like `auth_credentials`). */
  upstreamGrants: UpstreamGrantStore;
  logs: LogStore;
  /** Runs `fn` in one transaction: everything it wrote is rolled back if it throws. Nests as a savepoint. */
  transaction<T>(fn: () => T): T;
  close(): void;
}
