/**
 * Input and output shapes of the `mcpportal` resources' nested properties, as `schema.json` declares
 * them (`types`): capability overrides, server auth, portal server mappings, Access rules and sync
 * error details. Hand-written the way `pulumi package gen-sdk` would write them; a test keeps them
 * in step with the schema.
 */
import type * as pulumi from '@pulumi/pulumi';

export type AuthType = 'unauthenticated' | 'bearer' | 'oauth';
export type TokenEndpointAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'none';
export type PolicyDecision = 'allow' | 'deny' | 'non_identity' | 'bypass';
export type CodeMode = 'off' | 'opt_in' | 'default_on' | 'enforced';
export type RiskLevel = 'low' | 'medium' | 'high' | 'unscored';
export type Phase = 'Waiting' | 'Ready' | 'Error';

export interface CapabilityOverride {
  /** The upstream name of the tool or prompt. */
  name: pulumi.Input<string>;
  /** The name exposed instead of the upstream name. */
  alias?: pulumi.Input<string>;
  /** Replaces the upstream description shown to clients. */
  description?: pulumi.Input<string>;
  /** Whether clients see and can call it. */
  enabled?: pulumi.Input<boolean>;
}

export interface ServerAuth {
  /** unauthenticated, bearer or oauth; changing it replaces the server. */
  type: pulumi.Input<AuthType>;
  /** Bearer: sent upstream as `Authorization: Bearer <token>` (secret). */
  token?: pulumi.Input<string>;
  /** Bearer: custom headers sent upstream (secret). */
  headers?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /** OAuth: a pre-registered client id. */
  clientId?: pulumi.Input<string>;
  /** OAuth: the pre-registered client's secret (secret). */
  clientSecret?: pulumi.Input<string>;
  authorizationEndpoint?: pulumi.Input<string>;
  tokenEndpoint?: pulumi.Input<string>;
  issuer?: pulumi.Input<string>;
  revocationEndpoint?: pulumi.Input<string>;
  scope?: pulumi.Input<string>;
  tokenEndpointAuthMethod?: pulumi.Input<TokenEndpointAuthMethod>;
  redirectUris?: pulumi.Input<pulumi.Input<string>[]>;
  /** OAuth: use Cloudflare's shared OAuth callback. */
  sharedCallback?: pulumi.Input<boolean>;
}

export interface PortalServer {
  /** The id of an McpServer (its `serverId`). */
  server: pulumi.Input<string>;
  /** Each user authorizes the upstream themselves (default true). */
  requireUserAuth?: pulumi.Input<boolean>;
  /** Hide all tools and prompts unless an override enables them (default false). */
  defaultDisabled?: pulumi.Input<boolean>;
  tools?: pulumi.Input<pulumi.Input<CapabilityOverride>[]>;
  prompts?: pulumi.Input<pulumi.Input<CapabilityOverride>[]>;
}

export interface GithubOrganizationRule {
  name: pulumi.Input<string>;
  team?: pulumi.Input<string>;
  identityProviderId: pulumi.Input<string>;
}
export interface GsuiteRule {
  email: pulumi.Input<string>;
  identityProviderId: pulumi.Input<string>;
}
export interface AzureAdRule {
  id: pulumi.Input<string>;
  identityProviderId: pulumi.Input<string>;
}
export interface OktaRule {
  name: pulumi.Input<string>;
  identityProviderId: pulumi.Input<string>;
}
export interface SamlRule {
  attributeName: pulumi.Input<string>;
  attributeValue: pulumi.Input<string>;
  identityProviderId: pulumi.Input<string>;
}
export interface OidcRule {
  claimName: pulumi.Input<string>;
  claimValue: pulumi.Input<string>;
  identityProviderId: pulumi.Input<string>;
}
export interface AuthContextRule {
  id: pulumi.Input<string>;
  acId: pulumi.Input<string>;
  identityProviderId: pulumi.Input<string>;
}
export interface ExternalEvaluationRule {
  evaluateUrl: pulumi.Input<string>;
  keysUrl: pulumi.Input<string>;
}

/** One Access selector: set exactly one property. */
export interface AccessRule {
  email?: pulumi.Input<string>;
  emailDomain?: pulumi.Input<string>;
  emailList?: pulumi.Input<string>;
  everyone?: pulumi.Input<boolean>;
  group?: pulumi.Input<string>;
  ip?: pulumi.Input<string>;
  ipList?: pulumi.Input<string>;
  geo?: pulumi.Input<string>;
  loginMethod?: pulumi.Input<string>;
  authMethod?: pulumi.Input<string>;
  serviceToken?: pulumi.Input<string>;
  anyValidServiceToken?: pulumi.Input<boolean>;
  certificate?: pulumi.Input<boolean>;
  commonName?: pulumi.Input<string>;
  devicePosture?: pulumi.Input<string>;
  cloudflareAccountMember?: pulumi.Input<boolean>;
  linkedAppToken?: pulumi.Input<string>;
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
  cause: string;
  isUpstream: boolean;
  mcpCode?: number;
  retryable: boolean;
  statusCode?: number;
}

/** `pulumi.Input<T>` removed, recursively: the shape of an output. */
export type Unwrapped<T> = pulumi.Unwrap<T>;
