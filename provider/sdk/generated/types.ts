/* eslint-disable */
/**
 * GENERATED from schemas/common.schema.json, schemas/access-group.schema.json, schemas/access-policy.schema.json, schemas/mcp-server.schema.json, schemas/mcp-portal.schema.json, scripts/gen/pulumi-overlay.ts
 * (sources sha256 c86cc5ae1e514dee) through provider/schema.json. DO NOT EDIT: run `npm run gen`.
 *
 * The input types of the mcpportal Pulumi package, as `pulumi package gen-sdk` would shape them.
 */
import type * as pulumi from '@pulumi/pulumi';

/** How the portal authenticates to the upstream. */
export type AuthType = 'unauthenticated' | 'bearer' | 'oauth';

/** How the OAuth client authenticates at the token endpoint. */
export type TokenEndpointAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'none';

/** allow, deny (Block), non_identity (Service Auth) or bypass. */
export type PolicyDecision = 'allow' | 'deny' | 'non_identity' | 'bypass';

/**
 * Code mode policy: off, opt_in (clients ask with ?codemode=search_and_execute), default_on (clients may opt
 * out with ?codemode=off) or enforced.
 */
export type CodeMode = 'off' | 'opt_in' | 'default_on' | 'enforced';

/** A user risk score level. */
export type RiskLevel = 'low' | 'medium' | 'high' | 'unscored';

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
  /** Changing it replaces the resource. */
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
   * Hide all of this server's tools and prompts in this portal unless an override enables them (an
   * allowlist). Default: false.
   */
  defaultDisabled?: pulumi.Input<boolean>;
  /** Portal-level tool overrides (they win over the server's). */
  tools?: pulumi.Input<pulumi.Input<CapabilityOverride>[]>;
  /** Portal-level prompt overrides. */
  prompts?: pulumi.Input<pulumi.Input<CapabilityOverride>[]>;
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

/** A GitHub organization, and optionally a team (the API's github-organization selector). */
export interface GithubOrganizationRule {
  name: pulumi.Input<string>;
  team?: pulumi.Input<string>;
  /** The identity provider's id. */
  identityProviderId: pulumi.Input<string>;
}

/** A Google Workspace group email. */
export interface GsuiteRule {
  email: pulumi.Input<string>;
  /** The identity provider's id. */
  identityProviderId: pulumi.Input<string>;
}

/** An Azure AD group id (the API's azureAD selector). */
export interface AzureAdRule {
  id: pulumi.Input<string>;
  /** The identity provider's id. */
  identityProviderId: pulumi.Input<string>;
}

/** An Okta group name. */
export interface OktaRule {
  name: pulumi.Input<string>;
  /** The identity provider's id. */
  identityProviderId: pulumi.Input<string>;
}

/** A SAML attribute. */
export interface SamlRule {
  attributeName: pulumi.Input<string>;
  attributeValue: pulumi.Input<string>;
  /** The identity provider's id. */
  identityProviderId: pulumi.Input<string>;
}

/** An OIDC claim. */
export interface OidcRule {
  claimName: pulumi.Input<string>;
  claimValue: pulumi.Input<string>;
  /** The identity provider's id. */
  identityProviderId: pulumi.Input<string>;
}

/** An Azure AD authentication context. */
export interface AuthContextRule {
  id: pulumi.Input<string>;
  acId: pulumi.Input<string>;
  /** The identity provider's id. */
  identityProviderId: pulumi.Input<string>;
}

/** An external evaluation endpoint. */
export interface ExternalEvaluationRule {
  evaluateUrl: pulumi.Input<string>;
  keysUrl: pulumi.Input<string>;
}

/** A device posture check owned by another account. */
export interface DevicePostureRule {
  integrationUid: pulumi.Input<string>;
  /** The account that owns the device posture integration. */
  accountId: pulumi.Input<string>;
}

/** Members of a given Cloudflare account. */
export interface AccountMemberRule {
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
  githubOrganization?: pulumi.Input<GithubOrganizationRule>;
  gsuite?: pulumi.Input<GsuiteRule>;
  azureAd?: pulumi.Input<AzureAdRule>;
  okta?: pulumi.Input<OktaRule>;
  saml?: pulumi.Input<SamlRule>;
  oidc?: pulumi.Input<OidcRule>;
  authContext?: pulumi.Input<AuthContextRule>;
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

/**
 * Arguments of the AccessGroup resource (mcpportal:index:AccessGroup). A reusable Access group (Cloudflare's
 * /access/groups): a named rule set that policies match with the group selector (group: <name>). A user is in
 * the group when they match one include rule, every require rule and no exclude rule.
 */
export interface AccessGroupArgs {
  /**
   * The group name (unique among the groups you manage). Defaults to the resource name. Policies match the
   * group with the rule {group: <name>}.
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
 * Arguments of the AccessPolicy resource (mcpportal:index:AccessPolicy). A reusable Access policy. Servers
 * and portals list policies by name; the portal evaluates include (OR), require (AND) and exclude (NOT).
 */
export interface AccessPolicyArgs {
  /**
   * The policy name (unique among the policies you manage). Defaults to the resource name. Servers and
   * portals refer to policies by this name.
   */
  name?: pulumi.Input<string>;
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
 * Arguments of the McpServer resource (mcpportal:index:McpServer). An upstream MCP server registered with the
 * portal service. The portal syncs its tools and prompts and reports status Waiting, Ready or Error. Create
 * and update trigger a capability sync and wait for status Ready or Error.
 */
export interface McpServerArgs {
  /**
   * The API id of the server: 1-32 lowercase letters, digits and hyphens. Defaults to the resource name.
   * Changing it replaces the server.
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
 * Arguments of the McpPortal resource (mcpportal:index:McpPortal). A portal: one MCP endpoint
 * (https://<hostname>/mcp) that aggregates the tools and prompts of its servers for the users its policies
 * admit.
 */
export interface McpPortalArgs {
  /**
   * The API id of the portal: 1-32 lowercase letters, digits and hyphens. Defaults to the resource name.
   * Changing it replaces the portal.
   */
  portalId?: pulumi.Input<string>;
  /** The display name (API name). Defaults to portalId. */
  displayName?: pulumi.Input<string>;
  /** A bare hostname; users connect to https://<hostname>/mcp. */
  hostname: pulumi.Input<string>;
  /** A description (up to 512 characters). */
  description?: pulumi.Input<string>;
  /** Default: "opt_in". */
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
 * Arguments of the Provider resource (pulumi:providers:mcpportal). The mcpportal provider: which management
 * API to talk to.
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
