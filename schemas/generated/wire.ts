/* eslint-disable */
/**
 * GENERATED from schemas/wire/envelope.schema.json, schemas/wire/mcp-server.schema.json, schemas/wire/mcp-portal.schema.json, schemas/wire/access-policy.schema.json, schemas/wire/access-app.schema.json, schemas/wire/service-token.schema.json, schemas/wire/access-group.schema.json, schemas/wire/access-tag.schema.json, schemas/wire/dns-record.schema.json, schemas/wire/identity-provider.schema.json, schemas/wire/request-log.schema.json
 * (sources sha256 18a1486059c11742). DO NOT EDIT: run `npm run gen`.
 */

/**
 * One Access rule: exactly one selector, with the keys and value shapes of the official SDK's AccessRule union.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PolicyRule".
 */
export type PolicyRule =
  | {group: {id: string}}
  | {any_valid_service_token: Record<string, never>}
  | {auth_context: {id: string; ac_id: string; identity_provider_id: string}}
  | {auth_method: {auth_method: string}}
  | {azureAD: {id: string; identity_provider_id: string}}
  | {certificate: Record<string, never>}
  | {common_name: {common_name: string}}
  | {geo: {country_code: string}}
  | {device_posture: {integration_uid: string; account_id?: string}}
  | {email_domain: {domain: string}}
  | {email_list: {id: string}}
  | {email: {email: string}}
  | {everyone: Record<string, never>}
  | {external_evaluation: {evaluate_url: string; keys_url: string}}
  | {'github-organization': {identity_provider_id: string; name: string; team?: string}}
  | {gsuite: {email: string; identity_provider_id: string}}
  | {login_method: {id: string}}
  | {ip_list: {id: string}}
  | {ip: {ip: string}}
  | {okta: {identity_provider_id: string; name: string}}
  | {saml: {attribute_name: string; attribute_value: string; identity_provider_id: string}}
  | {oidc: {claim_name: string; claim_value: string; identity_provider_id: string}}
  | {service_token: {token_id: string}}
  | {linked_app_token: {app_uid: string}}
  | {user_risk_score: {user_risk_score: Array<'low' | 'medium' | 'high' | 'unscored'>}}
  | {cloudflare_account_member: {account_id?: string}};
/**
 * One item of an application's policies: a reusable policy's id; {id, precedence} (account_id, if given, must be this account); or an inline policy exclusive to the application, {decision, include, ...} (its id, if given, names one of the application's inline policies to update in place). Reusable and inline policies are mutually exclusive.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "AppPolicyLink".
 */
export type AppPolicyLink =
  | string
  | {
      id?: string;
      account_id?: string;
      precedence?: number;
      name?: string;
      decision?: 'allow' | 'deny' | 'non_identity' | 'bypass';
      /**
       * @minItems 1
       */
      include?: [PolicyRule, ...PolicyRule[]];
      exclude?: PolicyRule[];
      require?: PolicyRule[];
      session_duration?: string | null;
      approval_required?: boolean;
      approval_groups?: PolicyApprovalGroup[];
      purpose_justification_required?: boolean;
      purpose_justification_prompt?: string;
      isolation_required?: boolean;
      mfa_config?: PolicyMfaConfig;
      connection_rules?: PolicyConnectionRules;
    };
/**
 * How long the token stays valid, Go syntax (300ms, 2h45m; units ns, us, µs, ms, s, m, h) or forever. Default 8760h.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServiceTokenDuration".
 */
export type ServiceTokenDuration = string;
/**
 * The record types the embedded portal stores (their content is one string); Cloudflare has more.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "DnsRecordType".
 */
export type DnsRecordType = 'A' | 'AAAA' | 'CNAME' | 'NS' | 'PTR' | 'TXT';
/**
 * The record's name: the complete name including the zone's, in Punycode.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "DnsRecordName".
 */
export type DnsRecordName = string;
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "DnsRecordContent".
 */
export type DnsRecordContent = string;
/**
 * Time to live in seconds: 1 (automatic) or 30 to 86400; proxied records are always automatic.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "DnsRecordTtl".
 */
export type DnsRecordTtl = number;
/**
 * Free text; the reconciler marks the records it manages with mcp-portals:<owner>.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "DnsRecordComment".
 */
export type DnsRecordComment = string;
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "DnsRecordTags".
 */
export type DnsRecordTags = string[];
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
 * The fields the SDK's ServerSyncResponse declares; the API answers the whole server object, a superset.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServerSyncResult".
 */
export interface ServerSyncResult {
  status: 'waiting' | 'ready' | 'stale' | 'error';
  error?: string;
  error_details?: ServerErrorDetails;
}
/**
 * A server as the API answers it (also the result of POST {id}/sync). Required as in the SDK's ServerReadResponse; readers default the rest (status waiting, booleans false).
 *
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
  status?: 'waiting' | 'ready' | 'stale' | 'error';
  authentication_status?: 'not_required' | 'required' | 'connected' | 'stale' | 'manual';
  auth_config_summary?: ServerAuthConfigSummary;
  tools: ServerCapability[];
  prompts: ServerCapability[];
  error?: string;
  error_details?: ServerErrorDetails;
  last_synced?: string;
  last_successful_sync?: string;
  created_at?: string;
  modified_at?: string;
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
  /**
   * Extension (not in Cloudflare's API): which of the server's resources this portal exposes; the first rule whose uri matches decides, none matching: exposed unless default_disabled. Each uri at most once; the list replaces the mapping's rules.
   */
  updated_resources?: PortalResourceRule[];
}
/**
 * Extension: a rule on a server's resources in a portal.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PortalResourceRule".
 */
export interface PortalResourceRule {
  /**
   * An upstream resource URI or URI template, exactly, or a pattern where * stands for any run of characters.
   */
  uri: string;
  /**
   * Default true on write; always present in responses.
   */
  enabled?: boolean;
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
  /**
   * Cloudflare's type is a string (no null); an empty string clears it.
   */
  description?: string;
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
  /**
   * Cloudflare's type is a string (no null); an empty string clears it.
   */
  description?: string;
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
  default_disabled?: boolean;
  on_behalf?: boolean;
  /**
   * Extension (not in Cloudflare's API): the mapping's resource rules in order; absent when there are none, so Cloudflare's shape is unchanged.
   */
  updated_resources?: PortalResourceRuleResponse[];
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PortalResourceRuleResponse".
 */
export interface PortalResourceRuleResponse {
  uri: string;
  enabled: boolean;
}
/**
 * A portal as the API answers it. Only id, name and hostname are required (the SDK's PortalReadResponse also requires servers, absent from a delete response); readers default the rest.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PortalObject".
 */
export interface PortalObject {
  id: string;
  name: string;
  hostname: string;
  /**
   * Omitted when the portal has none (Cloudflare: description?: string).
   */
  description?: string;
  allow_code_mode?: boolean;
  code_mode?: 'off' | 'opt_in' | 'default_on' | 'enforced';
  secure_web_gateway?: boolean;
  servers?: PortalServerMappingResponse[];
  created_at?: string;
  modified_at?: string;
  created_by?: string;
  modified_by?: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PolicyApprovalGroup".
 */
export interface PolicyApprovalGroup {
  approvals_needed: number;
  email_addresses?: string[];
  email_list_uuid?: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PolicyMfaConfig".
 */
export interface PolicyMfaConfig {
  allowed_authenticators?: ('totp' | 'biometrics' | 'security_key')[];
  mfa_disabled?: boolean;
  session_duration?: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "PolicyConnectionRules".
 */
export interface PolicyConnectionRules {
  rdp?: {
    allowed_clipboard_local_to_remote_formats?: ('text' | 'file')[];
    allowed_clipboard_remote_to_local_formats?: ('text' | 'file')[];
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
  /**
   * Go duration (300ms, 2h45m); null: the application's.
   */
  session_duration?: string | null;
  approval_required?: boolean;
  approval_groups?: PolicyApprovalGroup[];
  purpose_justification_required?: boolean;
  purpose_justification_prompt?: string;
  isolation_required?: boolean;
  mfa_config?: PolicyMfaConfig;
  connection_rules?: PolicyConnectionRules;
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
  /**
   * Go duration (300ms, 2h45m); null: the application's.
   */
  session_duration?: string | null;
  approval_required?: boolean;
  approval_groups?: PolicyApprovalGroup[];
  purpose_justification_required?: boolean;
  purpose_justification_prompt?: string;
  isolation_required?: boolean;
  mfa_config?: PolicyMfaConfig;
  connection_rules?: PolicyConnectionRules;
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
  /**
   * Go duration (300ms, 2h45m); null: the application's.
   */
  session_duration?: string | null;
  approval_required?: boolean;
  approval_groups?: PolicyApprovalGroup[];
  purpose_justification_required?: boolean;
  purpose_justification_prompt?: string;
  isolation_required?: boolean;
  mfa_config?: PolicyMfaConfig;
  connection_rules?: PolicyConnectionRules;
  id: string;
  reusable: boolean;
  app_count?: number;
  precedence?: number;
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
 * via the `definition` "AppOAuthConfiguration".
 */
export interface AppOAuthConfiguration {
  enabled?: boolean;
  dynamic_client_registration?: {
    enabled?: boolean;
    allow_any_on_localhost?: boolean;
    allow_any_on_loopback?: boolean;
    allowed_uris?: string[];
  };
  grant?: {
    access_token_lifetime?: string;
    session_duration?: string;
  };
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "AppScimConfig".
 */
export interface AppScimConfig {
  idp_uid: string;
  remote_uri: string;
  enabled?: boolean;
  deactivate_on_delete?: boolean;
  authentication?: unknown;
  mappings?: unknown[];
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "AppCreate".
 */
export interface AppCreate {
  name?: string;
  type: 'mcp' | 'mcp_portal';
  domain?: string;
  self_hosted_domains?: string[];
  destinations?: AppDestination[];
  policies?: AppPolicyLink[];
  session_duration?: string;
  allowed_idps?: string[];
  tags?: string[];
  allow_authenticate_via_warp?: boolean;
  auto_redirect_to_identity?: boolean;
  custom_deny_message?: string;
  custom_deny_url?: string;
  custom_non_identity_deny_url?: string;
  custom_pages?: string[];
  logo_url?: string;
  http_only_cookie_attribute?: boolean;
  same_site_cookie_attribute?: string;
  options_preflight_bypass?: boolean;
  oauth_configuration?: AppOAuthConfiguration;
  scim_config?: AppScimConfig;
}
/**
 * PUT body; a full update.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "AppUpdate".
 */
export interface AppUpdate {
  name?: string;
  type: 'mcp' | 'mcp_portal';
  domain?: string;
  self_hosted_domains?: string[];
  destinations?: AppDestination[];
  policies?: AppPolicyLink[];
  session_duration?: string;
  allowed_idps?: string[];
  tags?: string[];
  allow_authenticate_via_warp?: boolean;
  auto_redirect_to_identity?: boolean;
  custom_deny_message?: string;
  custom_deny_url?: string;
  custom_non_identity_deny_url?: string;
  custom_pages?: string[];
  logo_url?: string;
  http_only_cookie_attribute?: boolean;
  same_site_cookie_attribute?: string;
  options_preflight_bypass?: boolean;
  oauth_configuration?: AppOAuthConfiguration;
  scim_config?: AppScimConfig;
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
  reusable?: boolean;
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
  destinations?: AppDestination[];
  session_duration?: string;
  allowed_idps?: string[];
  tags?: string[];
  allow_authenticate_via_warp?: boolean;
  auto_redirect_to_identity?: boolean;
  custom_deny_message?: string;
  custom_deny_url?: string;
  custom_non_identity_deny_url?: string;
  custom_pages?: string[];
  logo_url?: string;
  http_only_cookie_attribute?: boolean;
  same_site_cookie_attribute?: string;
  options_preflight_bypass?: boolean;
  oauth_configuration?: AppOAuthConfiguration;
  scim_config?: AppScimConfig;
  policies: AppAppPolicy[];
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
  enabled?: boolean;
  client_secret_version?: number;
  previous_client_secret_expires_at?: string;
}
/**
 * PUT body; omitted fields keep their values. A new duration counts from now; a higher client_secret_version rotates the secret (answered once as client_secret).
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServiceTokenUpdate".
 */
export interface ServiceTokenUpdate {
  name?: string;
  duration?: ServiceTokenDuration;
  enabled?: boolean;
  client_secret_version?: number;
  previous_client_secret_expires_at?: string;
}
/**
 * POST {id}/rotate body: until when the previous secret stays valid (default: now).
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServiceTokenRotate".
 */
export interface ServiceTokenRotate {
  previous_client_secret_expires_at?: string;
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
  enabled: boolean;
  client_secret_version: number;
  previous_client_secret_expires_at?: string;
  expires_at: string;
  last_seen_at?: string;
  created_at: string;
  updated_at: string;
}
/**
 * The answer to create and rotate (and to an update that rotates): the token with its client_secret, shown only this once.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "ServiceTokenWithSecret".
 */
export interface ServiceTokenWithSecret {
  id: string;
  name: string;
  client_id: string;
  duration: string;
  enabled: boolean;
  client_secret_version: number;
  previous_client_secret_expires_at?: string;
  expires_at: string;
  last_seen_at?: string;
  created_at: string;
  updated_at: string;
  client_secret: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "GroupCreate".
 */
export interface GroupCreate {
  name: string;
  /**
   * @minItems 1
   */
  include: [PolicyRule, ...PolicyRule[]];
  exclude?: PolicyRule[];
  require?: PolicyRule[];
  is_default?: boolean;
}
/**
 * PUT body; a full update.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "GroupUpdate".
 */
export interface GroupUpdate {
  name: string;
  /**
   * @minItems 1
   */
  include: [PolicyRule, ...PolicyRule[]];
  exclude?: PolicyRule[];
  require?: PolicyRule[];
  is_default?: boolean;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "GroupObject".
 */
export interface GroupObject {
  id: string;
  name: string;
  /**
   * @minItems 1
   */
  include: [PolicyRule, ...PolicyRule[]];
  exclude: PolicyRule[];
  require: PolicyRule[];
  is_default?: boolean;
  created_at: string;
  updated_at: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "TagCreate".
 */
export interface TagCreate {
  name: string;
}
/**
 * PUT body: the new name (a rename is applied to every application using the tag).
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "TagUpdate".
 */
export interface TagUpdate {
  name: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "TagObject".
 */
export interface TagObject {
  name: string;
  app_count: number;
  created_at: string;
  updated_at: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "DnsRecordCreate".
 */
export interface DnsRecordCreate {
  name: DnsRecordName;
  type: DnsRecordType;
  content: DnsRecordContent;
  ttl?: DnsRecordTtl;
  proxied?: boolean;
  comment?: DnsRecordComment;
  tags?: DnsRecordTags;
}
/**
 * PUT body: the whole record (what it omits returns to its default).
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "DnsRecordUpdate".
 */
export interface DnsRecordUpdate {
  name: DnsRecordName;
  type: DnsRecordType;
  content: DnsRecordContent;
  ttl?: DnsRecordTtl;
  proxied?: boolean;
  comment?: DnsRecordComment;
  tags?: DnsRecordTags;
}
/**
 * PATCH body: only the fields given change.
 *
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "DnsRecordEdit".
 */
export interface DnsRecordEdit {
  name?: DnsRecordName;
  type?: DnsRecordType;
  content?: DnsRecordContent;
  ttl?: DnsRecordTtl;
  proxied?: boolean;
  comment?: DnsRecordComment;
  tags?: DnsRecordTags;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "DnsRecordObject".
 */
export interface DnsRecordObject {
  id: string;
  name: string;
  type: DnsRecordType;
  content: string;
  ttl: number;
  proxied: boolean;
  proxiable: boolean;
  comment?: string;
  tags: string[];
  settings: {
    [k: string]: unknown | undefined;
  };
  meta: {
    [k: string]: unknown | undefined;
  };
  created_on: string;
  modified_on: string;
  comment_modified_on?: string;
  tags_modified_on?: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "DnsRecordDeleted".
 */
export interface DnsRecordDeleted {
  id: string;
}
/**
 * This interface was referenced by `WireTypes`'s JSON-Schema
 * via the `definition` "IdentityProviderObject".
 */
export interface IdentityProviderObject {
  id: string;
  name: string;
  type: 'oidc';
  config: {
    claims: string[];
    scopes: string[];
    email_claim_name?: string;
  };
  scim_config?: {
    enabled: boolean;
  };
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
   * A code-mode execution (portal_codemode_execute or portal_execute): set on its row and on the rows of the tool calls it made.
   */
  execution_id?: string | null;
  /**
   * {arguments, result}, only when payload capture is on.
   */
  payload?: {
    [k: string]: unknown | undefined;
  };
}
