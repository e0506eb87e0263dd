/* eslint-disable */
/**
 * GENERATED from schemas/common.schema.json, schemas/access-group.schema.json, schemas/access-policy.schema.json, schemas/mcp-server.schema.json, schemas/mcp-portal.schema.json, scripts/gen/pulumi-overlay.ts
 * (sources sha256 2159442afec0d10e) through provider/schema.json by scripts/gen/pulumi-sdk.ts.
 * DO NOT EDIT: run `npm run gen`.
 *
 * The types of the mcpportal Pulumi package, as `pulumi package gen-sdk` would shape them.
 */
import type * as pulumi from '@pulumi/pulumi';

/** How the portal authenticates to the upstream. */
export type AuthType =
  /** No credential is sent upstream. */
  | 'unauthenticated'
  /** Give exactly one of token or headers. */
  | 'bearer'
  /**
   * OAuth to the upstream. Without clientId the portal uses dynamic client registration; with clientId it
   * uses that pre-registered client (then authorizationEndpoint, tokenEndpoint and clientSecret are
   * required).
   */
  | 'oauth';

/** How the OAuth client authenticates at the token endpoint. */
export type TokenEndpointAuthMethod =
  /** The client id and secret in an HTTP Basic Authorization header. */
  | 'client_secret_basic'
  /** The client id and secret in the form body. */
  | 'client_secret_post'
  /** A public client: no secret is sent. */
  | 'none';

/** allow, deny (Block), non_identity (Service Auth) or bypass. */
export type PolicyDecision =
  /** Admit the users the rules select. */
  | 'allow'
  /** Block the users the rules select (Block in the dashboard). */
  | 'deny'
  /** Service Auth: admit requests by service token or mutual TLS, without an identity login. */
  | 'non_identity'
  /** Admit the requests the rules select without any Access check. */
  | 'bypass';

/**
 * Code mode policy: off, opt_in (clients ask with ?codemode=search_and_execute), default_on (clients may opt
 * out with ?codemode=off) or enforced.
 */
export type CodeMode =
  /** No code mode: clients see the tools as they are. */
  | 'off'
  /** Clients ask for code mode with ?codemode=search_and_execute. */
  | 'opt_in'
  /** Code mode unless a client opts out with ?codemode=off. */
  | 'default_on'
  /** Always code mode. */
  | 'enforced';

/** A user risk score level. */
export type RiskLevel =
  /** A low user risk score. */
  | 'low'
  /** A medium user risk score. */
  | 'medium'
  /** A high user risk score. */
  | 'high'
  /** No risk score (yet) for the user. */
  | 'unscored';

/** An override of one upstream tool or prompt, matched by its upstream name. */
export interface CapabilityOverride {
  /** The upstream name of the tool or prompt. */
  name: pulumi.Input<string>;
  /**
   * The name exposed instead of the upstream name: 1-40 letters or digits, in groups joined by single '_' or
   * '-'.
   */
  alias?: pulumi.Input<string>;
  /** Replaces the upstream description shown to clients. */
  description?: pulumi.Input<string>;
  /** Whether clients see and can call it. */
  enabled?: pulumi.Input<boolean>;
}

/**
 * How the portal authenticates to the upstream. type cannot change in place: changing it replaces the server.
 */
export interface ServerAuth {
  /** How the portal authenticates to the upstream. Changing it replaces the resource. */
  type: pulumi.Input<AuthType>;
  /** (type: bearer) Sent upstream as Authorization: Bearer <token>. A secret in state and outputs. */
  token?: pulumi.Input<string>;
  /**
   * (type: bearer) Custom headers sent upstream, e.g. CF-Access-Client-Id and CF-Access-Client-Secret. A
   * secret in state and outputs.
   */
  headers?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /** (type: oauth) The pre-registered client id. */
  clientId?: pulumi.Input<string>;
  /** (type: oauth) The pre-registered client's secret. A secret in state and outputs. */
  clientSecret?: pulumi.Input<string>;
  /** (type: oauth) The authorization endpoint URL. */
  authorizationEndpoint?: pulumi.Input<string>;
  /** (type: oauth) The token endpoint URL. */
  tokenEndpoint?: pulumi.Input<string>;
  /** (type: oauth) The issuer URL. */
  issuer?: pulumi.Input<string>;
  /** (type: oauth) The revocation endpoint URL. */
  revocationEndpoint?: pulumi.Input<string>;
  /** (type: oauth) The scope to request. */
  scope?: pulumi.Input<string>;
  /** (type: oauth) How the client authenticates at the token endpoint. */
  tokenEndpointAuthMethod?: pulumi.Input<TokenEndpointAuthMethod>;
  /** (type: oauth) Redirect URIs of the pre-registered client. */
  redirectUris?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * (type: oauth) Use Cloudflare's shared OAuth callback instead of https://<portal-host>/servers-callback.
   * Default: false.
   */
  sharedCallback?: pulumi.Input<boolean>;
}

/** A server this portal exposes. */
export interface PortalServer {
  /** The id of an McpServer (its `serverId`). */
  server: pulumi.Input<string>;
  /**
   * Each user authorizes the upstream themselves (API on_behalf). false: the portal uses the server's
   * credential; service tokens reach only such servers. Default: true.
   */
  requireUserAuth?: pulumi.Input<boolean>;
  /**
   * Hide all of this server's tools, prompts and resources in this portal unless an override or resource rule
   * enables them (an allowlist). Default: false.
   */
  defaultDisabled?: pulumi.Input<boolean>;
  /** Portal-level tool overrides (they win over the server's). */
  tools?: pulumi.Input<pulumi.Input<CapabilityOverride>[]>;
  /** Portal-level prompt overrides. */
  prompts?: pulumi.Input<pulumi.Input<CapabilityOverride>[]>;
  /**
   * Which of this server's resources and resource templates the portal exposes: an ordered list of rules, the
   * first whose uri matches decides; a resource no rule matches is exposed unless defaultDisabled. An
   * extension of Cloudflare's API (it has no resources): plan refuses it against a target that does not
   * announce the extension. Portal-level only (no McpServer rules): resources are a portal feature here, and
   * Cloudflare's server object has no place for them.
   */
  resources?: pulumi.Input<pulumi.Input<PortalResourceRule>[]>;
}

/**
 * The Cloudflare zone that holds the portal's hostname. Given it, plan and apply manage the proxied CNAME
 * <hostname> -> gateway.agents.cloudflare.com the portal needs (a record whose comment is
 * mcp-portals:<owner>); a record for the hostname made by anyone else is never overwritten.
 */
export interface PortalDns {
  /** The zone's id (32 hex digits), as in the zone's Overview page. */
  zoneId: pulumi.Input<string>;
}

/**
 * One rule on a server's resources, matched against the upstream's own URI (or URI template, as written),
 * before the portal's namespacing.
 */
export interface PortalResourceRule {
  /**
   * An upstream resource URI or URI template, exactly; or a pattern where * stands for any run of characters
   * (docs://guides/*, *.md, *). Each uri at most once per server.
   */
  uri: pulumi.Input<string>;
  /** Whether clients see and can read the matching resources. Default: true. */
  enabled?: pulumi.Input<boolean>;
}

/** A GitHub organization, and optionally a team (the API's github-organization selector). */
export interface GithubOrganizationRule {
  /** The GitHub organization name. */
  name: pulumi.Input<string>;
  /** A team of the organization: only its members match. */
  team?: pulumi.Input<string>;
  /** The identity provider's id. */
  identityProviderId: pulumi.Input<string>;
}

/** A Google Workspace group email. */
export interface GsuiteRule {
  /** The Google Workspace group email address. */
  email: pulumi.Input<string>;
  /** The identity provider's id. */
  identityProviderId: pulumi.Input<string>;
}

/** An Azure AD group id (the API's azureAD selector). */
export interface AzureAdRule {
  /** The Azure AD group id. */
  id: pulumi.Input<string>;
  /** The identity provider's id. */
  identityProviderId: pulumi.Input<string>;
}

/** An Okta group name. */
export interface OktaRule {
  /** The Okta group name. */
  name: pulumi.Input<string>;
  /** The identity provider's id. */
  identityProviderId: pulumi.Input<string>;
}

/** A SAML attribute. */
export interface SamlRule {
  /** The SAML attribute name. */
  attributeName: pulumi.Input<string>;
  /** The value the attribute must have. */
  attributeValue: pulumi.Input<string>;
  /** The identity provider's id. */
  identityProviderId: pulumi.Input<string>;
}

/** An OIDC claim. */
export interface OidcRule {
  /** The OIDC claim name. */
  claimName: pulumi.Input<string>;
  /** The value the claim must have. */
  claimValue: pulumi.Input<string>;
  /** The identity provider's id. */
  identityProviderId: pulumi.Input<string>;
}

/** An Azure AD authentication context. */
export interface AuthContextRule {
  /** The Azure AD authentication context id. */
  id: pulumi.Input<string>;
  /** The authentication context's reference (ACID), e.g. c1. */
  acId: pulumi.Input<string>;
  /** The identity provider's id. */
  identityProviderId: pulumi.Input<string>;
}

/** An external evaluation endpoint. */
export interface ExternalEvaluationRule {
  /** The URL of the external evaluation endpoint. */
  evaluateUrl: pulumi.Input<string>;
  /** The URL of the endpoint's public keys, to verify its answers. */
  keysUrl: pulumi.Input<string>;
}

/** A device posture check owned by another account. */
export interface DevicePostureRule {
  /** The device posture integration's uid. */
  integrationUid: pulumi.Input<string>;
  /** The account that owns the device posture integration. */
  accountId: pulumi.Input<string>;
}

/** Members of a given Cloudflare account. */
export interface AccountMemberRule {
  /** The Cloudflare account id whose members match. */
  accountId: pulumi.Input<string>;
}

/**
 * One Access rule selector: an object with exactly one key. AccessPolicy and AccessGroup rules share it; the
 * reconciler maps each key to the Cloudflare API's (e.g. azureAd -> azureAD, githubOrganization ->
 * github-organization).
 */
export interface AccessRule {
  /** A user's exact email address. */
  email?: pulumi.Input<string>;
  /** Every user whose email is in this domain. */
  emailDomain?: pulumi.Input<string>;
  /** The id of an Access list of emails. */
  emailList?: pulumi.Input<string>;
  /** Everyone who authenticates (must be true). */
  everyone?: pulumi.Input<boolean>;
  /**
   * An Access group: the name of an AccessGroup manifest (or of a live Access group), resolved to the group's
   * id when planning.
   */
  group?: pulumi.Input<string>;
  /** A client IP range in CIDR notation. */
  ip?: pulumi.Input<string>;
  /** The id of an Access list of IP ranges. */
  ipList?: pulumi.Input<string>;
  /** A two-letter country code. */
  geo?: pulumi.Input<string>;
  /** The id of the identity provider the user logged in with. */
  loginMethod?: pulumi.Input<string>;
  /** An authentication method (RFC 8176 AMR value). */
  authMethod?: pulumi.Input<string>;
  /** The id of one service token. */
  serviceToken?: pulumi.Input<string>;
  /** Any valid service token (must be true). */
  anyValidServiceToken?: pulumi.Input<boolean>;
  /** Any valid mTLS client certificate (must be true). */
  certificate?: pulumi.Input<boolean>;
  /** The common name of an mTLS client certificate. */
  commonName?: pulumi.Input<string>;
  /**
   * A device posture check: its integration uid, or {integrationUid, accountId} for a check owned by another
   * account.
   */
  devicePosture?: pulumi.Input<string | DevicePostureRule>;
  /** A member of the Cloudflare account (true), or of the account given as {accountId}. */
  cloudflareAccountMember?: pulumi.Input<boolean | AccountMemberRule>;
  /** The uid of a linked Access application. */
  linkedAppToken?: pulumi.Input<string>;
  /** User risk score levels. */
  userRiskScore?: pulumi.Input<pulumi.Input<RiskLevel>[]>;
  /** A GitHub organization, and optionally a team (the API's github-organization selector). */
  githubOrganization?: pulumi.Input<GithubOrganizationRule>;
  /** A Google Workspace group email. */
  gsuite?: pulumi.Input<GsuiteRule>;
  /** An Azure AD group id (the API's azureAD selector). */
  azureAd?: pulumi.Input<AzureAdRule>;
  /** An Okta group name. */
  okta?: pulumi.Input<OktaRule>;
  /** A SAML attribute. */
  saml?: pulumi.Input<SamlRule>;
  /** An OIDC claim. */
  oidc?: pulumi.Input<OidcRule>;
  /** An Azure AD authentication context. */
  authContext?: pulumi.Input<AuthContextRule>;
  /** An external evaluation endpoint. */
  externalEvaluation?: pulumi.Input<ExternalEvaluationRule>;
}

/** Why the last capability sync failed. */
export interface SyncErrorDetails {
  /** What failed, for people. */
  cause: string;
  /** The upstream answered (with an error), as opposed to being unreachable. */
  isUpstream: boolean;
  /** The MCP (JSON-RPC) error code, if any. */
  mcpCode?: number;
  /** Whether a later sync may succeed without a change. */
  retryable: boolean;
  /** The HTTP status the upstream answered with, if any. */
  statusCode?: number;
}

/** An MCP server as listServers returns it (the outputs of getServer). */
export interface ServerInfo {
  /**
   * The API id of the server: 1-32 lowercase letters, digits and hyphens. When absent it is autonamed: the
   * resource name plus a random suffix (e.g. docs-1a2b3c4), or the stack's pulumi:autonaming pattern, so a
   * replacement is created before the old server is deleted; give it to pin the id (a replacement then
   * deletes first).
   */
  serverId: string;
  /** The display name (API name). */
  displayName: string;
  /** The full upstream MCP URL (API hostname). */
  url: string;
  /** A description (up to 512 characters). */
  description?: string;
  /** How the portal authenticates to the upstream (default: unauthenticated). */
  auth: pulumi.Unwrap<ServerAuth>;
  /** Route outbound traffic to this server through Gateway. Default: false. */
  secureWebGateway: boolean;
  /** Server-wide tool overrides. */
  tools: pulumi.Unwrap<CapabilityOverride>[];
  /** Server-wide prompt overrides. */
  prompts: pulumi.Unwrap<CapabilityOverride>[];
  /** Names of AccessPolicies, in precedence order: who sees this server in portals. */
  policies: string[];
  /** Waiting, Ready or Error. */
  status: string;
  /** A CamelCase reason for machines, e.g. Synced, SyncPending, UpstreamUnauthorized. */
  statusReason: string;
  /** One line for people. */
  statusMessage: string;
  /** The last sync error, if any. */
  error?: string;
  /** Details of the last sync error, if any. */
  errorDetails?: SyncErrorDetails;
  /** Upstream names of the tools the last sync found, sorted. */
  discoveredTools: string[];
  /** Upstream names of the prompts the last sync found, sorted. */
  discoveredPrompts: string[];
  /** When the last sync ran (RFC 3339). */
  lastSynced?: string;
  /** When the last successful sync ran (RFC 3339). */
  lastSuccessfulSync?: string;
}

/**
 * The arguments of the AccessGroup resource (mcpportal:index:AccessGroup). A reusable Access group
 * (Cloudflare's /access/groups): a named rule set that policies match with the group selector (group:
 * <name>). A user is in the group when they match one include rule, every require rule and no exclude rule.
 */
export interface AccessGroupArgs {
  /**
   * The group name (unique among the groups you manage). When absent it is autonamed: the resource name plus
   * a random suffix (e.g. platform-1a2b3c4), or the stack's pulumi:autonaming pattern; give it to pin the
   * name. Policies match the group with the rule {group: <name>}.
   */
  name?: pulumi.Input<string>;
  /** Rules of which at least one must match (OR). */
  include: pulumi.Input<pulumi.Input<AccessRule>[]>;
  /** Rules that must all match (AND). */
  require?: pulumi.Input<pulumi.Input<AccessRule>[]>;
  /** Rules of which none may match (NOT). */
  exclude?: pulumi.Input<pulumi.Input<AccessRule>[]>;
  /** Whether this is the account's default group (Cloudflare's is_default). */
  isDefault?: pulumi.Input<boolean>;
}

/**
 * Input properties used for looking up and filtering AccessGroup resources. The state argument of
 * `AccessGroup.get`.
 */
export interface AccessGroupState {
  /**
   * The group name (unique among the groups you manage). When absent it is autonamed: the resource name plus
   * a random suffix (e.g. platform-1a2b3c4), or the stack's pulumi:autonaming pattern; give it to pin the
   * name. Policies match the group with the rule {group: <name>}.
   */
  name?: pulumi.Input<string>;
  /** Rules of which at least one must match (OR). */
  include?: pulumi.Input<pulumi.Input<AccessRule>[]>;
  /** Rules that must all match (AND). */
  require?: pulumi.Input<pulumi.Input<AccessRule>[]>;
  /** Rules of which none may match (NOT). */
  exclude?: pulumi.Input<pulumi.Input<AccessRule>[]>;
  /** Whether this is the account's default group (Cloudflare's is_default). */
  isDefault?: pulumi.Input<boolean>;
  /** The API id of the group (a UUID). */
  groupId?: pulumi.Input<string>;
}

/**
 * The arguments of the AccessPolicy resource (mcpportal:index:AccessPolicy). A reusable Access policy.
 * Servers and portals list policies by name; the portal evaluates include (OR), require (AND) and exclude
 * (NOT).
 */
export interface AccessPolicyArgs {
  /**
   * The policy name (unique among the policies you manage). When absent it is autonamed: the resource name
   * plus a random suffix (e.g. engineers-1a2b3c4), or the stack's pulumi:autonaming pattern; give it to pin
   * the name. Servers and portals refer to policies by this name.
   */
  name?: pulumi.Input<string>;
  /** allow, deny (Block), non_identity (Service Auth) or bypass. */
  decision: pulumi.Input<PolicyDecision>;
  /** Rules of which at least one must match (OR). */
  include: pulumi.Input<pulumi.Input<AccessRule>[]>;
  /** Rules that must all match (AND). */
  require?: pulumi.Input<pulumi.Input<AccessRule>[]>;
  /** Rules of which none may match (NOT). */
  exclude?: pulumi.Input<pulumi.Input<AccessRule>[]>;
  /** How long a session lasts, e.g. 30m, 24h. Default: "24h". */
  sessionDuration?: pulumi.Input<string>;
}

/**
 * Input properties used for looking up and filtering AccessPolicy resources. The state argument of
 * `AccessPolicy.get`.
 */
export interface AccessPolicyState {
  /**
   * The policy name (unique among the policies you manage). When absent it is autonamed: the resource name
   * plus a random suffix (e.g. engineers-1a2b3c4), or the stack's pulumi:autonaming pattern; give it to pin
   * the name. Servers and portals refer to policies by this name.
   */
  name?: pulumi.Input<string>;
  /** allow, deny (Block), non_identity (Service Auth) or bypass. */
  decision?: pulumi.Input<PolicyDecision>;
  /** Rules of which at least one must match (OR). */
  include?: pulumi.Input<pulumi.Input<AccessRule>[]>;
  /** Rules that must all match (AND). */
  require?: pulumi.Input<pulumi.Input<AccessRule>[]>;
  /** Rules of which none may match (NOT). */
  exclude?: pulumi.Input<pulumi.Input<AccessRule>[]>;
  /** How long a session lasts, e.g. 30m, 24h. Default: "24h". */
  sessionDuration?: pulumi.Input<string>;
  /** The API id of the policy (a UUID). */
  policyId?: pulumi.Input<string>;
}

/**
 * The arguments of the McpServer resource (mcpportal:index:McpServer). An upstream MCP server registered with
 * the portal service. The portal syncs its tools and prompts and reports status Waiting, Ready or Error.
 * Create and update trigger a capability sync and wait for status Ready or Error.
 */
export interface McpServerArgs {
  /**
   * The API id of the server: 1-32 lowercase letters, digits and hyphens. When absent it is autonamed: the
   * resource name plus a random suffix (e.g. docs-1a2b3c4), or the stack's pulumi:autonaming pattern, so a
   * replacement is created before the old server is deleted; give it to pin the id (a replacement then
   * deletes first). Changing it replaces the server.
   */
  serverId?: pulumi.Input<string>;
  /** The display name (API name). Defaults to serverId. */
  displayName?: pulumi.Input<string>;
  /** The full upstream MCP URL (API hostname). Changing it replaces the server. */
  url: pulumi.Input<string>;
  /** A description (up to 512 characters). */
  description?: pulumi.Input<string>;
  /** How the portal authenticates to the upstream (default: unauthenticated). */
  auth?: pulumi.Input<ServerAuth>;
  /** Route outbound traffic to this server through Gateway. Default: false. */
  secureWebGateway?: pulumi.Input<boolean>;
  /** Server-wide tool overrides. */
  tools?: pulumi.Input<pulumi.Input<CapabilityOverride>[]>;
  /** Server-wide prompt overrides. */
  prompts?: pulumi.Input<pulumi.Input<CapabilityOverride>[]>;
  /** Names of AccessPolicies, in precedence order: who sees this server in portals. */
  policies?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Provider option: let create and update succeed when the capability sync ends in Error (the error is still
   * reported in `status` and `error`). Default: false.
   */
  tolerateSyncErrors?: pulumi.Input<boolean>;
}

/**
 * Input properties used for looking up and filtering McpServer resources. The state argument of
 * `McpServer.get`.
 */
export interface McpServerState {
  /**
   * The API id of the server: 1-32 lowercase letters, digits and hyphens. When absent it is autonamed: the
   * resource name plus a random suffix (e.g. docs-1a2b3c4), or the stack's pulumi:autonaming pattern, so a
   * replacement is created before the old server is deleted; give it to pin the id (a replacement then
   * deletes first). Changing it replaces the server.
   */
  serverId?: pulumi.Input<string>;
  /** The display name (API name). Defaults to serverId. */
  displayName?: pulumi.Input<string>;
  /** The full upstream MCP URL (API hostname). Changing it replaces the server. */
  url?: pulumi.Input<string>;
  /** A description (up to 512 characters). */
  description?: pulumi.Input<string>;
  /** How the portal authenticates to the upstream (default: unauthenticated). */
  auth?: pulumi.Input<ServerAuth>;
  /** Route outbound traffic to this server through Gateway. Default: false. */
  secureWebGateway?: pulumi.Input<boolean>;
  /** Server-wide tool overrides. */
  tools?: pulumi.Input<pulumi.Input<CapabilityOverride>[]>;
  /** Server-wide prompt overrides. */
  prompts?: pulumi.Input<pulumi.Input<CapabilityOverride>[]>;
  /** Names of AccessPolicies, in precedence order: who sees this server in portals. */
  policies?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Provider option: let create and update succeed when the capability sync ends in Error (the error is still
   * reported in `status` and `error`). Default: false.
   */
  tolerateSyncErrors?: pulumi.Input<boolean>;
  /** Waiting, Ready or Error. */
  status?: pulumi.Input<string>;
  /** A CamelCase reason for machines, e.g. Synced, SyncPending, UpstreamUnauthorized. */
  statusReason?: pulumi.Input<string>;
  /** One line for people. */
  statusMessage?: pulumi.Input<string>;
  /** The last sync error, if any. */
  error?: pulumi.Input<string>;
  /** Details of the last sync error, if any. */
  errorDetails?: pulumi.Input<SyncErrorDetails>;
  /** Upstream names of the tools the last sync found, sorted. */
  discoveredTools?: pulumi.Input<pulumi.Input<string>[]>;
  /** Upstream names of the prompts the last sync found, sorted. */
  discoveredPrompts?: pulumi.Input<pulumi.Input<string>[]>;
  /** When the last sync ran (RFC 3339). */
  lastSynced?: pulumi.Input<string>;
  /** When the last successful sync ran (RFC 3339). */
  lastSuccessfulSync?: pulumi.Input<string>;
  /**
   * Embedded portal: how many times the credential was written. A credential rotated outside Pulumi shows as
   * a change of the secret input on refresh.
   */
  credentialsVersion?: pulumi.Input<number>;
}

/**
 * The arguments of the McpPortal resource (mcpportal:index:McpPortal). A portal: one MCP endpoint
 * (https://<hostname>/mcp) that aggregates the tools, prompts and resources of its servers for the users its
 * policies admit.
 */
export interface McpPortalArgs {
  /**
   * The API id of the portal: 1-32 lowercase letters, digits and hyphens. When absent it is autonamed: the
   * resource name plus a random suffix (e.g. engineering-1a2b3c4), or the stack's pulumi:autonaming pattern;
   * give it to pin the id. Changing it replaces the portal.
   */
  portalId?: pulumi.Input<string>;
  /** The display name (API name). Defaults to portalId. */
  displayName?: pulumi.Input<string>;
  /** A bare hostname; users connect to https://<hostname>/mcp. */
  hostname: pulumi.Input<string>;
  /** A description (up to 512 characters). */
  description?: pulumi.Input<string>;
  /**
   * Code mode policy: off, opt_in (clients ask with ?codemode=search_and_execute), default_on (clients may
   * opt out with ?codemode=off) or enforced.
   */
  codeMode?: pulumi.Input<CodeMode>;
  /** Route outbound MCP traffic through Gateway. Default: false. */
  secureWebGateway?: pulumi.Input<boolean>;
  /** Names of AccessPolicies, in precedence order: who can connect. */
  policies?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Manage the portal hostname's DNS record in this Cloudflare zone (without it, the plan only notes the
   * record it needs).
   */
  dns?: pulumi.Input<PortalDns>;
  /** The servers this portal exposes, a set keyed by server (order does not matter). */
  servers?: pulumi.Input<pulumi.Input<PortalServer>[]>;
}

/**
 * Input properties used for looking up and filtering McpPortal resources. The state argument of
 * `McpPortal.get`.
 */
export interface McpPortalState {
  /**
   * The API id of the portal: 1-32 lowercase letters, digits and hyphens. When absent it is autonamed: the
   * resource name plus a random suffix (e.g. engineering-1a2b3c4), or the stack's pulumi:autonaming pattern;
   * give it to pin the id. Changing it replaces the portal.
   */
  portalId?: pulumi.Input<string>;
  /** The display name (API name). Defaults to portalId. */
  displayName?: pulumi.Input<string>;
  /** A bare hostname; users connect to https://<hostname>/mcp. */
  hostname?: pulumi.Input<string>;
  /** A description (up to 512 characters). */
  description?: pulumi.Input<string>;
  /**
   * Code mode policy: off, opt_in (clients ask with ?codemode=search_and_execute), default_on (clients may
   * opt out with ?codemode=off) or enforced.
   */
  codeMode?: pulumi.Input<CodeMode>;
  /** Route outbound MCP traffic through Gateway. Default: false. */
  secureWebGateway?: pulumi.Input<boolean>;
  /** Names of AccessPolicies, in precedence order: who can connect. */
  policies?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Manage the portal hostname's DNS record in this Cloudflare zone (without it, the plan only notes the
   * record it needs).
   */
  dns?: pulumi.Input<PortalDns>;
  /** The servers this portal exposes, a set keyed by server (order does not matter). */
  servers?: pulumi.Input<pulumi.Input<PortalServer>[]>;
  /** Waiting, Ready or Error. */
  status?: pulumi.Input<string>;
  /** A CamelCase reason for machines, e.g. Synced, SyncPending, UpstreamUnauthorized. */
  statusReason?: pulumi.Input<string>;
  /** One line for people. */
  statusMessage?: pulumi.Input<string>;
  /** The MCP endpoint users connect to: https://<hostname>/mcp. */
  mcpUrl?: pulumi.Input<string>;
  /** The embedded portal's local MCP endpoint (<origin>/portals/<portalId>/mcp); absent on Cloudflare. */
  localMcpUrl?: pulumi.Input<string>;
  /** Tools the portal exposes (after overrides and allowlists) as of its servers' last syncs. */
  toolCount?: pulumi.Input<number>;
  /** Prompts the portal exposes (after overrides and allowlists) as of its servers' last syncs. */
  promptCount?: pulumi.Input<number>;
}

/**
 * The arguments of the Provider resource (pulumi:providers:mcpportal). The mcpportal provider: which
 * management API to talk to.
 */
export interface ProviderArgs {
  /**
   * The management API base URL (default https://api.cloudflare.com/client/v4; the embedded portal:
   * http://127.0.0.1:8787/client/v4).
   */
  apiUrl?: pulumi.Input<string>;
  /** The account id. */
  accountId?: pulumi.Input<string>;
  /** The API token. A secret in state and outputs. */
  apiToken?: pulumi.Input<string>;
  /** Wait after create and update until each server has synced (Ready or Error). Default: true. */
  waitForReady?: pulumi.Input<boolean>;
  /** How long to wait for a sync, in seconds (default 120). */
  syncTimeout?: pulumi.Input<number>;
  /**
   * The ownership tag put on Access applications: mcp-portals:<owner> (default pulumi, so that `portalctl
   * --prune` leaves these objects alone).
   */
  owner?: pulumi.Input<string>;
}
