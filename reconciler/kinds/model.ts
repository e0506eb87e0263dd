/**
 * The reconciler's resource model. Desired (from manifests) and observed (from the API) state are both
 * normalised into one "spec" shape per kind: the manifest spec (types generated from the JSON Schemas)
 * with defaults filled and only manifest-owned fields kept, so that diffing them is a plain structural
 * diff. Server-owned facts (synced tools, status, timestamps) live beside the spec and never cause a diff.
 */
import type {
  AccessGroup,
  AccessGroupSpec,
  AccessPolicy,
  AccessPolicySpec,
  CapabilityOverride,
  McpPortal,
  McpPortalResourceRule,
  McpPortalServerMapping,
  McpPortalSpec,
  McpServer,
  McpServerBearerAuth,
  McpServerOAuthAuth,
  McpServerSpec,
  McpServerUnauthenticatedAuth,
} from '../../schemas/generated/manifest.js';
import type { ServerCapability, ServerErrorDetails } from '../../schemas/generated/wire.js';
import type { KindName } from '../../schemas/registry.js';
import type { SourceRange } from '../diagnostics.js';
import type { Resolved } from '../secrets.js';

export type { KindName };

/** `T` with the keys `K` required and never undefined: a manifest spec after defaults are filled. */
type WithDefaults<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: Exclude<T[P], undefined> };

/** A capability override, as the manifest writes it (only the fields given). */
export type Override = CapabilityOverride;

/** `auth` without its secret references: what a plan may show and compare. */
export type ServerAuthSpec =
  | McpServerUnauthenticatedAuth
  | Pick<McpServerBearerAuth, 'type'>
  | Omit<McpServerOAuthAuth, 'clientSecret'>;

/** What the plan knows about a credential without knowing it: its form and where it comes from. */
export interface CredentialView {
  /** none: nothing stored; token: a bearer token; headers: custom headers; oauth-client: a pre-registered OAuth client. */
  form: 'none' | 'token' | 'headers' | 'oauth-client';
  /** Names of custom headers (form `headers`), sorted. */
  headerNames?: string[];
  /** Where the value comes from, e.g. `env TICKETS_TOKEN` (desired side only; never compared). */
  source?: string;
}

export type PolicySpec = WithDefaults<AccessPolicySpec, 'require' | 'exclude' | 'sessionDuration'>;

export type GroupSpec = WithDefaults<AccessGroupSpec, 'require' | 'exclude' | 'isDefault'>;

export type ServerSpec = WithDefaults<
  Omit<McpServerSpec, 'auth'>,
  'displayName' | 'secureWebGateway' | 'tools' | 'prompts' | 'policies'
> & { auth: ServerAuthSpec; credentials: CredentialView };

/** A portal mapping's resource rule with `enabled` filled in (rules are an ordered list: the first match decides). */
export type ResourceRuleSpec = WithDefaults<McpPortalResourceRule, 'enabled'>;

/** A mapping; `resources` (an extension of Cloudflare's API) only when it has rules, so specs without stay as they were. */
export type PortalServerSpec = WithDefaults<
  Omit<McpPortalServerMapping, 'resources'>,
  'requireUserAuth' | 'defaultDisabled' | 'tools' | 'prompts'
> & { resources?: ResourceRuleSpec[] };

export type PortalSpec = WithDefaults<
  Omit<McpPortalSpec, 'servers'>,
  'displayName' | 'codeMode' | 'secureWebGateway' | 'policies'
> & { servers: PortalServerSpec[] };

export type SpecOf<K extends KindName> = K extends 'AccessGroup'
  ? GroupSpec
  : K extends 'AccessPolicy'
    ? PolicySpec
    : K extends 'McpServer'
      ? ServerSpec
      : PortalSpec;

export type ManifestOf<K extends KindName> = K extends 'AccessGroup'
  ? AccessGroup
  : K extends 'AccessPolicy'
    ? AccessPolicy
    : K extends 'McpServer'
      ? McpServer
      : McpPortal;

/** Secrets a desired object needs at apply time: references, resolved on use (servers only today). */
export interface DesiredSecrets {
  /** The bearer token. */
  token?: Resolved;
  /** Each custom header's value. */
  headers?: Record<string, Resolved>;
  clientSecret?: Resolved;
}

export interface Desired<K extends KindName = KindName> {
  kind: K;
  name: string;
  spec: SpecOf<K>;
  secrets?: DesiredSecrets;
  /** Where the manifest is, for diagnostics. */
  file?: string;
  /**
   * Where a field of the manifest is (file:line:column: its key), for the planner's diagnostics; a list element
   * may be named by a field (`{ server: 'docs' }`) instead of its index. Absent without a manifest file (Pulumi).
   */
  locate?: (segments: readonly ManifestSegment[]) => SourceRange | undefined;
  /**
   * The manifest's `metadata.managementPolicy` / `deletionPolicy` when not the default (see
   * controller/policies.ts): `observe` is never written; `orphan` is never pruned once applied.
   */
  policy?: { management?: 'observe'; deletion?: 'orphan' };
}

/** A step into a manifest: a key or index, or the element of a list whose field has the given value. */
export type ManifestSegment = string | number | Readonly<Record<string, string>>;

/** Server-owned facts of a live server, reported but never diffed. */
export interface ServerFacts {
  status: 'waiting' | 'ready' | 'stale' | 'error';
  authenticationStatus?: string;
  error?: string;
  errorDetails?: ServerErrorDetails;
  tools: ServerCapability[];
  prompts: ServerCapability[];
  lastSynced?: string;
  lastSuccessfulSync?: string;
  /** `auth_config_summary.credentials_fingerprint`, when the API publishes one. */
  credentialsFingerprint?: string;
}

export interface Observed<K extends KindName = KindName> {
  kind: K;
  name: string;
  /** The API id: the server or portal id, or the policy's or group's UUID. */
  id: string;
  spec: SpecOf<K>;
  /** The Access application that carries a server's or portal's policies, if one exists. */
  app?: { id: string; tags: string[] };
  /** True when this tool provably manages the object (its Access app carries the owner tag). */
  owned: boolean;
  /** Servers only. */
  facts?: ServerFacts;
  /**
   * Spec paths whose observed value may only echo another object's field (the API returns one merged
   * value for two owners): the planner keeps them only where the manifest sets them. See mcp-portal.
   */
  echoes?: string[];
  /**
   * Spec fields the API does not reveal, assumed from the manifest (a server's credential form on
   * Cloudflare): never compared, and left out of the digest that tells whether a saved plan is stale.
   */
  assumed?: string[];
  /**
   * Set on an Access policy or group that MCP access does not involve and no manifest names: no MCP
   * server's or portal's app links the policy; no such policy, nor a group it selects, selects the group.
   * Plan and drift do not list it as unmanaged, and status and import pass it over: an account's Access
   * objects for its other applications are not this tool's to report.
   */
  unrelated?: true;
}

/** Whether any changed path is `prefix` or lies under it (`spec.tools` covers `spec.tools[a].alias`). */
export const touches = (paths: readonly string[], prefix: string): boolean =>
  paths.some((p) => p === prefix || p.startsWith(`${prefix}.`) || p.startsWith(`${prefix}[`));

export const byName = <T extends { name: string }>(a: T, b: T) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
