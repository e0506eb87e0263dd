/* eslint-disable */
/**
 * GENERATED from schemas/wire/envelope.schema.json, schemas/wire/mcp-server.schema.json, schemas/wire/mcp-portal.schema.json, schemas/wire/access-policy.schema.json, schemas/wire/access-app.schema.json, schemas/wire/service-token.schema.json, schemas/wire/request-log.schema.json
 * (sources sha256 1d523a2ffdfae65b). DO NOT EDIT: run `npm run gen`.
 */

/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "AppPolicyLink".
 */
export type AppPolicyLink =
  | string
  | {
      id: string;
      precedence?: number;
    };
/**
 * How long the token stays valid, Go syntax (e.g. 8760h, 2h45m) or forever. Default 8760h.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServiceTokenDuration".
 */
export type ServiceTokenDuration = string;
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "LogStatus".
 */
export type LogStatus = 'ok' | 'error' | 'denied' | 'timeout' | 'cancelled';

export interface WireTypes {}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "Message".
 */
export interface Message {
  code: number;
  message: string;
  documentation_url?: string;
  path?: (string | number)[];
  source?: {
    pointer?: string;
  };
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ResultInfo".
 */
export interface ResultInfo {
  page: number;
  per_page: number;
  count: number;
  total_count: number;
  total_pages: number;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "Success".
 */
export interface Success {
  success: true;
  /**
   * @maxItems 0
   */
  errors: [];
  messages: Message[];
  result: unknown;
  result_info?: ResultInfo;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "Failure".
 */
export interface Failure {
  success: false;
  /**
   * @minItems 1
   */
  errors: [Message, ...Message[]];
  messages: Message[];
  result: null | {};
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ListQuery".
 */
export interface ListQuery {
  page?: number;
  per_page?: number;
  search?: string;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServerCapabilityOverride".
 */
export interface ServerCapabilityOverride {
  name: string;
  alias?: string;
  description?: string;
  enabled?: boolean;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServerCreate".
 */
export interface ServerCreate {
  name: string;
  description?: string | null;
  /**
   * Write-only secret: a bearer token, or a JSON string {"headers":{...}}, or (oauth) a manual client configuration.
   */
  auth_credentials?: string;
  /**
   * Write-only OAuth client secret.
   */
  client_secret?: string;
  is_shared_oauth_callback_enabled?: boolean;
  secure_web_gateway?: boolean;
  updated_tools?: ServerCapabilityOverride[];
  updated_prompts?: ServerCapabilityOverride[];
  /**
   * Caller-chosen id; no underscore (tools are namespaced {server_id}_{name}).
   */
  id: string;
  /**
   * The full upstream MCP URL. Create-only.
   */
  hostname: string;
  /**
   * Create-only.
   */
  auth_type: 'oauth' | 'bearer' | 'unauthenticated';
}
/**
 * PUT body; partial update. Omitted fields keep their values; null clears description.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServerUpdate".
 */
export interface ServerUpdate {
  name?: string;
  description?: string | null;
  /**
   * Write-only secret: a bearer token, or a JSON string {"headers":{...}}, or (oauth) a manual client configuration.
   */
  auth_credentials?: string;
  /**
   * Write-only OAuth client secret.
   */
  client_secret?: string;
  is_shared_oauth_callback_enabled?: boolean;
  secure_web_gateway?: boolean;
  updated_tools?: ServerCapabilityOverride[];
  updated_prompts?: ServerCapabilityOverride[];
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServerErrorDetails".
 */
export interface ServerErrorDetails {
  cause: string;
  is_upstream: boolean;
  mcp_code?: number;
  retryable: boolean;
  status_code?: number;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServerAuthConfigSummary".
 */
export interface ServerAuthConfigSummary {
  auth_mode?: 'dcr' | 'manual';
  has_client_secret?: boolean;
  client_secret_version?: number;
  /**
   * Embedded portal extension: whether auth_credentials are stored.
   */
  has_credentials?: boolean;
  /**
   * Embedded portal extension: a keyed hash (HMAC) of the stored credentials, to detect rotation without revealing them.
   */
  credentials_fingerprint?: string;
  /**
   * Embedded portal extension: names of custom headers.
   */
  header_names?: string[];
  config?: {
    authorization_endpoint?: string;
    issuer?: string;
    resource?: string;
    revocation_endpoint?: string;
    token_endpoint?: string;
  };
  registration_info?: {
    client_id?: string;
    redirect_uris?: string[];
    scope?: string;
    token_endpoint_auth_method?: string;
  };
  /**
   * Embedded portal extension: incremented on every write that sends auth_credentials.
   */
  credentials_version?: number;
}
/**
 * A discovered tool or prompt: the MCP definition as the upstream returned it.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServerCapability".
 */
export interface ServerCapability {
  name: string;
  description?: string;
  title?: string;
  inputSchema?: {};
  arguments?: unknown[];
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServerSyncResult".
 */
export interface ServerSyncResult {
  status: 'waiting' | 'ready' | 'stale' | 'error';
  error?: string;
  error_details?: ServerErrorDetails;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServerObject".
 */
export interface ServerObject {
  id: string;
  name: string;
  hostname: string;
  auth_type: 'oauth' | 'bearer' | 'unauthenticated';
  description?: string | null;
  is_shared_oauth_callback_enabled?: boolean;
  secure_web_gateway?: boolean;
  updated_tools?: ServerCapabilityOverride[];
  updated_prompts?: ServerCapabilityOverride[];
  status: 'waiting' | 'ready' | 'stale' | 'error';
  authentication_status?: 'not_required' | 'required' | 'connected' | 'stale' | 'manual';
  auth_config_summary?: ServerAuthConfigSummary;
  tools: ServerCapability[];
  prompts: ServerCapability[];
  error?: string;
  error_details?: ServerErrorDetails;
  last_synced?: string;
  last_successful_sync?: string;
  created_at: string;
  modified_at: string;
  created_by?: string;
  modified_by?: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PortalServerMappingRequest".
 */
export interface PortalServerMappingRequest {
  /**
   * Caller-chosen id; no underscore (tools are namespaced {server_id}_{name}).
   */
  server_id: string;
  default_disabled?: boolean;
  on_behalf?: boolean;
  updated_tools?: ServerCapabilityOverride[];
  updated_prompts?: ServerCapabilityOverride[];
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PortalCreate".
 */
export interface PortalCreate {
  name: string;
  /**
   * A bare hostname.
   */
  hostname: string;
  description?: string | null;
  /**
   * Deprecated: true = any code_mode but off.
   */
  allow_code_mode?: boolean;
  code_mode?: 'off' | 'opt_in' | 'default_on' | 'enforced';
  secure_web_gateway?: boolean;
  servers?: PortalServerMappingRequest[];
  id: string;
}
/**
 * PUT body; partial update. servers, when sent, replaces the whole mapping set.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PortalUpdate".
 */
export interface PortalUpdate {
  name?: string;
  /**
   * A bare hostname.
   */
  hostname?: string;
  description?: string | null;
  /**
   * Deprecated: true = any code_mode but off.
   */
  allow_code_mode?: boolean;
  code_mode?: 'off' | 'opt_in' | 'default_on' | 'enforced';
  secure_web_gateway?: boolean;
  servers?: PortalServerMappingRequest[];
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PortalOverrideResponse".
 */
export interface PortalOverrideResponse {
  name: string;
  enabled?: boolean;
  portal_alias?: string;
  portal_description?: string;
  server_alias?: string;
  server_description?: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PortalServerMappingResponse".
 */
export interface PortalServerMappingResponse {
  id: string;
  name?: string;
  hostname?: string;
  auth_type?: 'oauth' | 'bearer' | 'unauthenticated';
  description?: string | null;
  is_shared_oauth_callback_enabled?: boolean;
  secure_web_gateway?: boolean;
  updated_tools?: PortalOverrideResponse[];
  updated_prompts?: PortalOverrideResponse[];
  status?: 'waiting' | 'ready' | 'stale' | 'error';
  authentication_status?: 'not_required' | 'required' | 'connected' | 'stale' | 'manual';
  auth_config_summary?: ServerAuthConfigSummary;
  tools?: ServerCapability[];
  prompts?: ServerCapability[];
  error?: string;
  error_details?: ServerErrorDetails;
  last_synced?: string;
  last_successful_sync?: string;
  created_at?: string;
  modified_at?: string;
  created_by?: string;
  modified_by?: string;
  server_id: string;
  default_disabled: boolean;
  on_behalf: boolean;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PortalObject".
 */
export interface PortalObject {
  id: string;
  name: string;
  hostname: string;
  description?: string | null;
  allow_code_mode: boolean;
  code_mode: 'off' | 'opt_in' | 'default_on' | 'enforced';
  secure_web_gateway: boolean;
  servers?: PortalServerMappingResponse[];
  created_at: string;
  modified_at: string;
  created_by?: string;
  modified_by?: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PolicyRule".
 */
export interface PolicyRule {
  email?: {
    email: string;
  };
  email_domain?: {
    domain: string;
  };
  email_list?: {
    id: string;
  };
  everyone?: {};
  group?: {
    id: string;
  };
  ip?: {
    ip: string;
  };
  ip_list?: {
    id: string;
  };
  geo?: {
    country_code: string;
  };
  login_method?: {
    id: string;
  };
  auth_method?: {
    auth_method: string;
  };
  service_token?: {
    token_id: string;
  };
  any_valid_service_token?: {};
  certificate?: {};
  common_name?: {
    common_name: string;
  };
  device_posture?: {
    integration_uid: string;
  };
  external_evaluation?: {
    evaluate_url: string;
    keys_url: string;
  };
  github_organization?: {
    identity_provider_id: string;
    name: string;
    team?: string;
  };
  gsuite?: {
    email: string;
    identity_provider_id: string;
  };
  azure_ad?: {
    id: string;
    identity_provider_id: string;
  };
  okta?: {
    name: string;
    identity_provider_id: string;
  };
  saml?: {
    attribute_name: string;
    attribute_value: string;
    identity_provider_id: string;
  };
  oidc?: {
    claim_name: string;
    claim_value: string;
    identity_provider_id: string;
  };
  auth_context?: {
    id: string;
    ac_id: string;
    identity_provider_id: string;
  };
  linked_app_token?: {
    app_uid: string;
  };
  user_risk_score?: {
    user_risk_score: string[];
  };
  cloudflare_account_member?: {
    account_id?: string;
  };
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PolicyCreate".
 */
export interface PolicyCreate {
  name: string;
  decision: 'allow' | 'deny' | 'non_identity' | 'bypass';
  /**
   * @minItems 1
   */
  include: [PolicyRule, ...PolicyRule[]];
  exclude?: PolicyRule[];
  require?: PolicyRule[];
  session_duration?: string;
  approval_required?: boolean;
  purpose_justification_required?: boolean;
  purpose_justification_prompt?: string;
  isolation_required?: boolean;
}
/**
 * PUT body; a full update.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PolicyUpdate".
 */
export interface PolicyUpdate {
  name: string;
  decision: 'allow' | 'deny' | 'non_identity' | 'bypass';
  /**
   * @minItems 1
   */
  include: [PolicyRule, ...PolicyRule[]];
  exclude?: PolicyRule[];
  require?: PolicyRule[];
  session_duration?: string;
  approval_required?: boolean;
  purpose_justification_required?: boolean;
  purpose_justification_prompt?: string;
  isolation_required?: boolean;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PolicyObject".
 */
export interface PolicyObject {
  name: string;
  decision: 'allow' | 'deny' | 'non_identity' | 'bypass';
  /**
   * @minItems 1
   */
  include: [PolicyRule, ...PolicyRule[]];
  exclude: PolicyRule[];
  require: PolicyRule[];
  session_duration?: string;
  approval_required?: boolean;
  purpose_justification_required?: boolean;
  purpose_justification_prompt?: string;
  isolation_required?: boolean;
  id: string;
  reusable: boolean;
  app_count?: number;
  created_at: string;
  updated_at: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "AppDestination".
 */
export interface AppDestination {
  type: 'via_mcp_server_portal' | 'public' | 'private';
  mcp_server_id?: string;
  uri?: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "AppCreate".
 */
export interface AppCreate {
  name: string;
  type: 'mcp' | 'mcp_portal';
  domain?: string;
  self_hosted_domains?: string[];
  destinations?: {
    type: 'via_mcp_server_portal' | 'public' | 'private';
    mcp_server_id?: string;
    uri?: string;
  }[];
  policies?: (
    | string
    | {
        id: string;
        precedence?: number;
      }
  )[];
  session_duration?: string;
  allowed_idps?: string[];
  tags?: string[];
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "AppUpdate".
 */
export interface AppUpdate {
  name: string;
  type: 'mcp' | 'mcp_portal';
  domain?: string;
  self_hosted_domains?: string[];
  destinations?: {
    type: 'via_mcp_server_portal' | 'public' | 'private';
    mcp_server_id?: string;
    uri?: string;
  }[];
  policies?: (
    | string
    | {
        id: string;
        precedence?: number;
      }
  )[];
  session_duration?: string;
  allowed_idps?: string[];
  tags?: string[];
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "AppAppPolicy".
 */
export interface AppAppPolicy {
  id: string;
  precedence: number;
  name?: string;
  decision?: string;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "AppObject".
 */
export interface AppObject {
  name: string;
  type: 'mcp' | 'mcp_portal';
  domain?: string;
  self_hosted_domains?: string[];
  destinations?: {
    type: 'via_mcp_server_portal' | 'public' | 'private';
    mcp_server_id?: string;
    uri?: string;
  }[];
  policies: AppAppPolicy[];
  session_duration?: string;
  allowed_idps?: string[];
  tags?: string[];
  id: string;
  aud?: string;
  created_at: string;
  updated_at: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServiceTokenCreate".
 */
export interface ServiceTokenCreate {
  name: string;
  duration?: ServiceTokenDuration;
}
/**
 * PUT body; omitted fields keep their values. A new duration counts from now.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServiceTokenUpdate".
 */
export interface ServiceTokenUpdate {
  name?: string;
  duration?: ServiceTokenDuration;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServiceTokenObject".
 */
export interface ServiceTokenObject {
  id: string;
  name: string;
  client_id: string;
  duration: string;
  expires_at: string;
  last_seen_at?: string;
  created_at: string;
  updated_at: string;
}
/**
 * The answer to create and rotate: the token with its client_secret, shown only this once.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServiceTokenWithSecret".
 */
export interface ServiceTokenWithSecret {
  id: string;
  name: string;
  client_id: string;
  duration: string;
  expires_at: string;
  last_seen_at?: string;
  created_at: string;
  updated_at: string;
  client_secret: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "LogObject".
 */
export interface LogObject {
  /**
   * Increasing; use after_id to follow new rows.
   */
  id: number;
  time: string;
  status: LogStatus;
  portal_id: string;
  server_id: string | null;
  /**
   * The JSON-RPC method, e.g. tools/call.
   */
  method: string;
  /**
   * The tool or prompt name at the upstream (before prefixing and aliases).
   */
  capability: string | null;
  duration_ms: number;
  /**
   * The user's email, the service token's client id, or null when anonymous.
   */
  user: string | null;
  session_id: string | null;
  error: string | null;
  /**
   * {arguments, result}, only when payload capture is on.
   */
  payload?: {
    [k: string]: unknown | undefined;
  };
}
