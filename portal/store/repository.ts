/**
 * The store's port: record types for servers, portals, policies and apps, and the repository interface the
 * API and the sync scheduler use. Records use the wire's field names so that mapping to responses stays
 * one-to-one; secrets never appear on records and are read only through `servers.secrets()`.
 */
import type {
  AppDestination,
  Message,
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
  session_duration: string;
  approval_required?: boolean;
  purpose_justification_required?: boolean;
  purpose_justification_prompt?: string;
  isolation_required?: boolean;
  created_at: string;
  updated_at: string;
}

export interface PolicyLinkRecord {
  id: string;
  precedence: number;
}

export interface AppRecord {
  id: string;
  name: string;
  type: 'mcp' | 'mcp_portal';
  domain?: string;
  self_hosted_domains?: string[];
  destinations?: AppDestination[];
  session_duration?: string;
  allowed_idps?: string[];
  tags?: string[];
  aud: string;
  /** Sorted by precedence. */
  policies: PolicyLinkRecord[];
  created_at: string;
  updated_at: string;
}

export interface ListQuery {
  page: number;
  per_page: number;
  search?: string;
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
  list(q: ListQuery): Page<PolicyRecord>;
  get(id: string): PolicyRecord | undefined;
  getMany(ids: readonly string[]): Map<string, PolicyRecord>;
  /** The apps that link a policy, sorted by id. */
  usedBy(policyId: string): { id: string; name: string }[];
  insert(rec: PolicyRecord): void;
  update(rec: PolicyRecord): void;
  delete(id: string): void;
}

export interface AppStore {
  list(q: ListQuery): Page<AppRecord>;
  get(id: string): AppRecord | undefined;
  insert(rec: AppRecord): void;
  update(rec: AppRecord): void;
  delete(id: string): void;
}

export interface Repository {
  servers: ServerStore;
  portals: PortalStore;
  policies: PolicyStore;
  apps: AppStore;
  /** Runs `fn` in one transaction: everything it wrote is rolled back if it throws. Nests as a savepoint. */
  transaction<T>(fn: () => T): T;
  close(): void;
}
