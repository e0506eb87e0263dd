/**
 * The reconciler's resource model. Desired (from manifests) and observed (from the API) state are both
 * normalised into the same "spec" shape (the manifest spec with defaults filled), so diffing them is a
 * plain structural diff: only user-owned fields are in a spec; server-owned ones (tools, status,
 * timestamps) live beside it and never cause a diff.
 */
import type { CapabilityOverride } from '../../schemas/generated/manifest.js';
import type { ServerCapability, ServerErrorDetails } from '../../schemas/generated/wire.js';
import type { Json } from '../plan/diff.js';
import type { Resolved } from '../secrets.js';

export type KindName = 'AccessPolicy' | 'McpServer' | 'McpPortal';

export interface Override {
  name: string;
  alias?: string;
  description?: string;
  enabled?: boolean;
}

/** Overrides sorted by name with only the fields given; the set is keyed by name in diffs. */
export function normaliseOverrides(list: readonly (CapabilityOverride | Override)[] | undefined): Override[] {
  return [...(list ?? [])]
    .map((o) => ({
      name: o.name,
      ...(o.alias !== undefined ? { alias: o.alias } : {}),
      ...(o.description !== undefined ? { description: o.description } : {}),
      ...(o.enabled !== undefined ? { enabled: o.enabled } : {}),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Whether any changed path is `prefix` or lies under it (`spec.tools` covers `spec.tools[a].alias`). */
export const touches = (paths: readonly string[], prefix: string): boolean =>
  paths.some((p) => p === prefix || p.startsWith(`${prefix}.`) || p.startsWith(`${prefix}[`));

/** Overrides in the API's request shape. */
export const overridesToWire = (list: readonly Override[]) =>
  list.map((o) => ({
    name: o.name,
    ...(o.alias !== undefined ? { alias: o.alias } : {}),
    ...(o.description !== undefined ? { description: o.description } : {}),
    ...(o.enabled !== undefined ? { enabled: o.enabled } : {}),
  }));

/** What the plan knows about a credential without knowing it: its form and, when comparable, whether it changed. */
export interface CredentialView {
  /** none: nothing stored; token: a bearer token; headers: custom headers; oauth-client: a pre-registered OAuth client. */
  form: 'none' | 'token' | 'headers' | 'oauth-client';
  /** Names of custom headers (form `headers`), sorted. */
  headerNames?: string[];
  /** Where the value comes from, e.g. `env TICKETS_TOKEN` (desired side only). */
  source?: string;
}

export interface PolicySpec {
  decision: 'allow' | 'deny' | 'non_identity' | 'bypass';
  include: Json[];
  require: Json[];
  exclude: Json[];
  sessionDuration: string;
}

export interface ServerAuthSpec {
  type: 'unauthenticated' | 'bearer' | 'oauth';
  clientId?: string;
  authorizationEndpoint?: string;
  tokenEndpoint?: string;
  issuer?: string;
  revocationEndpoint?: string;
  scope?: string;
  tokenEndpointAuthMethod?: string;
  redirectUris?: string[];
  sharedCallback?: boolean;
}

export interface ServerSpec {
  displayName: string;
  url: string;
  description: string | null;
  auth: ServerAuthSpec;
  credentials: CredentialView;
  secureWebGateway: boolean;
  tools: Override[];
  prompts: Override[];
  policies: string[];
}

export interface PortalServerSpec {
  server: string;
  requireUserAuth: boolean;
  defaultDisabled: boolean;
  tools: Override[];
  prompts: Override[];
}

export interface PortalSpec {
  displayName: string;
  hostname: string;
  description: string | null;
  codeMode: 'off' | 'opt_in' | 'default_on' | 'enforced';
  secureWebGateway: boolean;
  policies: string[];
  servers: PortalServerSpec[];
}

export type SpecOf<K extends KindName> = K extends 'AccessPolicy'
  ? PolicySpec
  : K extends 'McpServer'
    ? ServerSpec
    : PortalSpec;

/** Secrets a desired server needs at apply time: references only, resolved on use. */
export interface ServerSecrets {
  /** The bearer token, or each custom header's value. */
  token?: Resolved;
  headers?: Record<string, Resolved>;
  clientSecret?: Resolved;
}

export interface Desired<K extends KindName = KindName> {
  kind: K;
  name: string;
  spec: SpecOf<K>;
  /** Servers only. */
  secrets?: ServerSecrets;
  /** Where the manifest is, for diagnostics. */
  file?: string;
}

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
  /** The API id: the server or portal id, or the policy's UUID. */
  id: string;
  spec: SpecOf<K>;
  /** The Access application that carries a server's or portal's policies, if one exists. */
  app?: { id: string; tags: string[] };
  /** True when this tool provably manages the object (see `ownership.ts`). */
  owned: boolean;
  facts?: ServerFacts;
}
