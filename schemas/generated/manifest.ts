/* eslint-disable */
/**
 * GENERATED from schemas/common.schema.json, schemas/access-group.schema.json, schemas/access-policy.schema.json, schemas/mcp-server.schema.json, schemas/mcp-portal.schema.json
 * (sources sha256 902a140587de9ab2). DO NOT EDIT: run `npm run gen`.
 */

export type Manifest = AccessGroup | AccessPolicy | McpServer | McpPortal;
/**
 * The manifest format version.
 */
export type ApiVersion = 'mcpportal/v1';
/**
 * An Access group name, as the API shows it: 1-100 characters, no control characters, no leading or trailing space.
 */
export type GroupName = string;
/**
 * An Access policy name, as the API shows it: 1-100 characters, no control characters, no leading or trailing space.
 */
export type PolicyName = string;
/**
 * A caller-chosen API id: 1-32 characters of lowercase letters, digits and hyphens, starting and ending with a letter or digit. No underscore: portals namespace tools as {server_id}_{name} and split on the first underscore.
 */
export type ObjectId = string;
/**
 * How the portal authenticates to the upstream. type cannot change in place: changing it replaces the server.
 */
export type McpServerAuth = McpServerUnauthenticatedAuth | McpServerBearerAuth | McpServerOAuthAuth;
/**
 * Give exactly one of token or headers.
 */
export type McpServerBearerAuth = {
  type: 'bearer';
  /**
   * Sent upstream as Authorization: Bearer <token>.
   */
  token?: SecretRef;
  /**
   * Custom headers sent upstream, e.g. CF-Access-Client-Id and CF-Access-Client-Secret.
   */
  headers?: {
    [k: string]: SecretRef;
  };
} & McpServerBearerAuth1;
/**
 * Where a secret value comes from. Secrets are never written inline in a manifest.
 */
export type SecretRef =
  | {
      /**
       * Name of an environment variable that holds the value.
       */
      fromEnv: string;
    }
  | {
      /**
       * Path of a file that holds the value (relative paths are resolved from the manifest's folder). A single trailing newline is removed.
       */
      fromFile: string;
    };
export type McpServerBearerAuth1 = {
  [k: string]: unknown | undefined;
};
/**
 * The name exposed instead of the upstream name: 1-40 letters or digits, in groups joined by single '_' or '-'.
 */
export type Alias = string;
/**
 * Server-wide tool overrides.
 */
export type CapabilityOverrides = CapabilityOverride[];
/**
 * Server-wide prompt overrides.
 */
export type CapabilityOverrides1 = CapabilityOverride[];
/**
 * Who sees this server in portals: the policies of its Access application (type mcp).
 */
export type PolicyRefs = PolicyName[];
/**
 * Who can connect: the policies of the portal's Access application (type mcp_portal).
 */
export type PolicyRefs1 = PolicyName[];
/**
 * Portal-level tool overrides (they win over the server's).
 */
export type CapabilityOverrides2 = CapabilityOverride[];
/**
 * Portal-level prompt overrides.
 */
export type CapabilityOverrides3 = CapabilityOverride[];

/**
 * A reusable Access group (Cloudflare's /access/groups): a named rule set that policies match with the group selector (group: <name>). A user is in the group when they match one include rule, every require rule and no exclude rule.
 */
export interface AccessGroup {
  apiVersion: ApiVersion;
  kind: 'AccessGroup';
  metadata: Metadata & {
    name?: GroupName;
  };
  spec: AccessGroupSpec;
}
/**
 * Identity of the resource.
 */
export interface Metadata {
  /**
   * Unique per kind within the manifests.
   */
  name: string;
  labels?: Labels;
  annotations?: Labels;
  /**
   * How the reconciler treats the object. `full` (the default): plan, apply and the controller create, update and replace it to match the manifest. `observe`: never written; plan shows its differences with the note "observe only" and no operations, apply leaves it alone, and the controller reports them as drift (condition Synced=False, reason ObserveOnly). Objects that reference it still need it to exist.
   */
  managementPolicy?: 'full' | 'observe';
  /**
   * What happens to the live object once its manifest is removed. `delete` (the default): `--prune` deletes it. `orphan`: never deleted, even with `--prune`; it is left in place and plan notes it as orphaned. The policy of the manifest last applied counts (it is recorded with what was applied), so set it and apply before removing the manifest.
   */
  deletionPolicy?: 'delete' | 'orphan';
}
/**
 * Free-form key/value pairs for your own tooling. Not sent to the API.
 */
export interface Labels {
  [k: string]: string | undefined;
}
export interface AccessGroupSpec {
  /**
   * Rules of which at least one must match (OR).
   *
   * @minItems 1
   */
  include: [AccessRule, ...AccessRule[]];
  /**
   * Rules that must all match (AND).
   */
  require?: AccessRule[];
  /**
   * Rules of which none may match (NOT).
   */
  exclude?: AccessRule[];
  /**
   * Whether this is the account's default group (Cloudflare's is_default).
   */
  isDefault?: boolean;
}
/**
 * One Access rule selector: an object with exactly one key. AccessPolicy and AccessGroup rules share it; the reconciler maps each key to the Cloudflare API's (e.g. azureAd -> azureAD, githubOrganization -> github-organization).
 */
export interface AccessRule {
  /**
   * A user's exact email address.
   */
  email?: string;
  /**
   * Every user whose email is in this domain.
   */
  emailDomain?: string;
  /**
   * The id of an Access list of emails.
   */
  emailList?: string;
  /**
   * Everyone who authenticates.
   */
  everyone?: true;
  /**
   * An Access group: the name of an AccessGroup manifest (or of a live Access group), resolved to the group's id when planning.
   */
  group?: string;
  /**
   * A client IP range in CIDR notation.
   */
  ip?: string;
  /**
   * The id of an Access list of IP ranges.
   */
  ipList?: string;
  /**
   * A two-letter country code.
   */
  geo?: string;
  /**
   * The id of the identity provider the user logged in with.
   */
  loginMethod?: string;
  /**
   * An authentication method (RFC 8176 AMR value).
   */
  authMethod?: string;
  /**
   * The id of one service token.
   */
  serviceToken?: string;
  /**
   * Any valid service token.
   */
  anyValidServiceToken?: true;
  /**
   * Any valid mTLS client certificate.
   */
  certificate?: true;
  /**
   * The common name of an mTLS client certificate.
   */
  commonName?: string;
  /**
   * A device posture check: its integration uid, or {integrationUid, accountId} for a check owned by another account.
   */
  devicePosture?:
    | string
    | {
        integrationUid: string;
        /**
         * The account that owns the device posture integration.
         */
        accountId: string;
      };
  /**
   * A member of the Cloudflare account (true), or of the account given as {accountId}.
   */
  cloudflareAccountMember?:
    | true
    | {
        accountId: string;
      };
  /**
   * The uid of a linked Access application.
   */
  linkedAppToken?: string;
  /**
   * User risk score levels.
   *
   * @minItems 1
   */
  userRiskScore?: ['low' | 'medium' | 'high' | 'unscored', ...('low' | 'medium' | 'high' | 'unscored')[]];
  /**
   * A GitHub organization, and optionally a team (the API's github-organization selector).
   */
  githubOrganization?: {
    name: string;
    team?: string;
    /**
     * The identity provider's id.
     */
    identityProviderId: string;
  };
  /**
   * A Google Workspace group email.
   */
  gsuite?: {
    email: string;
    /**
     * The identity provider's id.
     */
    identityProviderId: string;
  };
  /**
   * An Azure AD group id (the API's azureAD selector).
   */
  azureAd?: {
    id: string;
    /**
     * The identity provider's id.
     */
    identityProviderId: string;
  };
  /**
   * An Okta group name.
   */
  okta?: {
    name: string;
    /**
     * The identity provider's id.
     */
    identityProviderId: string;
  };
  /**
   * A SAML attribute.
   */
  saml?: {
    attributeName: string;
    attributeValue: string;
    /**
     * The identity provider's id.
     */
    identityProviderId: string;
  };
  /**
   * An OIDC claim.
   */
  oidc?: {
    claimName: string;
    claimValue: string;
    /**
     * The identity provider's id.
     */
    identityProviderId: string;
  };
  /**
   * An Azure AD authentication context.
   */
  authContext?: {
    id: string;
    acId: string;
    /**
     * The identity provider's id.
     */
    identityProviderId: string;
  };
  /**
   * An external evaluation endpoint.
   */
  externalEvaluation?: {
    evaluateUrl: string;
    keysUrl: string;
  };
}
/**
 * A reusable Access policy. Servers and portals list policies by name; the portal evaluates include (OR), require (AND) and exclude (NOT).
 */
export interface AccessPolicy {
  apiVersion: ApiVersion;
  kind: 'AccessPolicy';
  metadata: Metadata & {
    name?: PolicyName;
  };
  spec: AccessPolicySpec;
}
export interface AccessPolicySpec {
  /**
   * allow, deny (Block), non_identity (Service Auth) or bypass.
   */
  decision: 'allow' | 'deny' | 'non_identity' | 'bypass';
  /**
   * Rules of which at least one must match (OR).
   *
   * @minItems 1
   */
  include: [AccessRule, ...AccessRule[]];
  /**
   * Rules that must all match (AND).
   */
  require?: AccessRule[];
  /**
   * Rules of which none may match (NOT).
   */
  exclude?: AccessRule[];
  /**
   * How long a session lasts, e.g. 30m, 24h.
   */
  sessionDuration?: string;
}
/**
 * An upstream MCP server registered with the portal service. The portal syncs its tools and prompts and reports status Waiting, Ready or Error.
 */
export interface McpServer {
  apiVersion: ApiVersion;
  kind: 'McpServer';
  metadata: Metadata & {
    name?: ObjectId;
  };
  spec: McpServerSpec;
}
export interface McpServerSpec {
  /**
   * The display name (API name). Defaults to metadata.name.
   */
  displayName?: string;
  /**
   * The full upstream MCP URL (API hostname). Changing it replaces the server.
   */
  url: string;
  description?: string;
  auth?: McpServerAuth;
  /**
   * Route outbound traffic to this server through Gateway.
   */
  secureWebGateway?: boolean;
  tools?: CapabilityOverrides;
  prompts?: CapabilityOverrides1;
  policies?: PolicyRefs;
}
export interface McpServerUnauthenticatedAuth {
  /**
   * No credential is sent upstream.
   */
  type: 'unauthenticated';
}
/**
 * OAuth to the upstream. Without clientId the portal uses dynamic client registration; with clientId it uses that pre-registered client (then authorizationEndpoint, tokenEndpoint and clientSecret are required).
 */
export interface McpServerOAuthAuth {
  type: 'oauth';
  clientId?: string;
  /**
   * The pre-registered client's secret.
   */
  clientSecret?: SecretRef;
  authorizationEndpoint?: string;
  tokenEndpoint?: string;
  issuer?: string;
  revocationEndpoint?: string;
  scope?: string;
  tokenEndpointAuthMethod?: 'client_secret_basic' | 'client_secret_post' | 'none';
  redirectUris?: string[];
  /**
   * Use Cloudflare's shared OAuth callback instead of https://<portal-host>/servers-callback.
   */
  sharedCallback?: boolean;
}
/**
 * An override of one upstream tool or prompt, matched by its upstream name.
 */
export interface CapabilityOverride {
  /**
   * The upstream name of the tool or prompt.
   */
  name: string;
  alias?: Alias;
  /**
   * Replaces the upstream description shown to clients.
   */
  description?: string;
  /**
   * Whether clients see and can call it.
   */
  enabled?: boolean;
}
/**
 * A portal: one MCP endpoint (https://<hostname>/mcp) that aggregates the tools, prompts and resources of its servers for the users its policies admit.
 */
export interface McpPortal {
  apiVersion: ApiVersion;
  kind: 'McpPortal';
  metadata: Metadata & {
    name?: ObjectId;
  };
  spec: McpPortalSpec;
}
export interface McpPortalSpec {
  /**
   * The display name (API name). Defaults to metadata.name.
   */
  displayName?: string;
  /**
   * A bare hostname; users connect to https://<hostname>/mcp.
   */
  hostname: string;
  description?: string;
  /**
   * Code mode policy: off, opt_in (clients ask with ?codemode=search_and_execute), default_on (clients may opt out with ?codemode=off) or enforced.
   */
  codeMode?: 'off' | 'opt_in' | 'default_on' | 'enforced';
  /**
   * Route outbound MCP traffic through Gateway.
   */
  secureWebGateway?: boolean;
  policies?: PolicyRefs1;
  dns?: McpPortalDns;
  /**
   * The servers this portal exposes, a set keyed by server (order does not matter).
   */
  servers?: McpPortalServerMapping[];
}
/**
 * Manage the portal hostname's DNS record in this Cloudflare zone (without it, the plan only notes the record it needs).
 */
export interface McpPortalDns {
  /**
   * The zone's id (32 hex digits), as in the zone's Overview page.
   */
  zoneId: string;
}
export interface McpPortalServerMapping {
  /**
   * A caller-chosen API id: 1-32 characters of lowercase letters, digits and hyphens, starting and ending with a letter or digit. No underscore: portals namespace tools as {server_id}_{name} and split on the first underscore.
   */
  server: string;
  /**
   * Each user authorizes the upstream themselves (API on_behalf). false: the portal uses the server's credential; service tokens reach only such servers.
   */
  requireUserAuth?: boolean;
  /**
   * Hide all of this server's tools, prompts and resources in this portal unless an override or resource rule enables them (an allowlist).
   */
  defaultDisabled?: boolean;
  tools?: CapabilityOverrides2;
  prompts?: CapabilityOverrides3;
  /**
   * Which of this server's resources and resource templates the portal exposes: an ordered list of rules, the first whose uri matches decides; a resource no rule matches is exposed unless defaultDisabled. An extension of Cloudflare's API (it has no resources): plan refuses it against a target that does not announce the extension. Portal-level only (no McpServer rules): resources are a portal feature here, and Cloudflare's server object has no place for them.
   */
  resources?: McpPortalResourceRule[];
}
/**
 * One rule on a server's resources, matched against the upstream's own URI (or URI template, as written), before the portal's namespacing.
 */
export interface McpPortalResourceRule {
  /**
   * An upstream resource URI or URI template, exactly; or a pattern where * stands for any run of characters (docs://guides/*, *.md, *). Each uri at most once per server.
   */
  uri: string;
  /**
   * Whether clients see and can read the matching resources.
   */
  enabled?: boolean;
}
