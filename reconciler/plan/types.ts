/**
 * The plan: a plain, versioned, serialisable value (JSON round-trips it exactly). `plan()` makes it,
 * renderers print it, `apply()` executes its `operations` graph; nothing recomputes it. `resources`
 * (actions, field changes, reasons and the notes beside them) are for people and never drive apply.
 * Secrets never enter a plan: credentials appear as `(sensitive)`, and bodies hold references to them.
 */
import type { ContextMode } from '../../schemas/context-modes.js';
import type { Diagnostic } from '../diagnostics.js';
import type { GroupSpec, KindName, PolicySpec, PortalSpec, ServerSpec } from '../kinds/model.js';
import type { FieldChange } from './diff.js';
import type { Operation } from './operations.js';

/**
 * `format_version` "MAJOR.MINOR": minor versions only add fields; consumers ignore unknown keys. 2.0
 * added the operation graph that `apply` executes (a 1.x plan cannot be applied: plan again). 2.1 added
 * AccessGroup operations, the ownership tag's `tag.create` and a portal's `dnsRecord` note. 2.2 added a
 * portal's managed DNS records (`dns`, with `spec.dns`) and the `dns.create|update|delete` operations.
 * 2.3 added each resource's `digest` (what apply records as last applied) and unmanaged objects' `owners`.
 * 2.4 added a portal consequence's `context` (tokens of its tool list per context mode).
 */
export const PLAN_FORMAT_VERSION = '2.4';

export type Action = 'create' | 'update' | 'replace' | 'delete' | 'noop';
export const ACTION_SYMBOL: Record<Action, string> = {
  create: '+',
  update: '~',
  replace: '±',
  delete: '-',
  noop: ' ',
};

/** One resource's change, for people (display only: apply executes `Plan.operations`). */
export interface ResourceChange {
  kind: KindName;
  name: string;
  action: Action;
  /** Why, for people; display only. */
  reason?: string;
  /** Field-level before/after (secrets masked). */
  changes: FieldChange[];
  /** The changed paths that force replacement. */
  replaceFields?: string[];
  /** The live API id (a policy's UUID; a server's or portal's id). */
  id?: string;
  /**
   * A digest of the desired spec (resources in the manifests): what apply records as last applied, so a
   * saved plan's apply records the same as a fresh one (see ledger.ts).
   */
  digest?: string;
  /** The desired spec, for create, update and replace (secret-free). */
  desired?: GroupSpec | PolicySpec | ServerSpec | PortalSpec;
  /** What to do with the Access application that carries the policies (servers and portals). */
  app?: { action: 'create' | 'update' | 'delete' | 'noop'; id?: string };
  /** The credential is sent with this operation (created, changed form, rotated value, or forced). */
  sendCredentials?: boolean;
  /** Servers: a capability sync follows (created, replaced, or connection/credentials changed). */
  sync?: boolean;
  /** Live portals that map this server and must drop it before it is deleted or replaced. */
  detachFrom?: string[];
  /** The object exists but is not yet tagged as this tool's: apply tags it (no spec change). */
  adopt?: boolean;
  /** A server in Error (or waiting on a retryable failure) that apply syncs again (unless --no-sync). */
  resync?: boolean;
  /**
   * Portals without `spec.dns`, when the target is not the embedded portal: the DNS record the hostname
   * needs on Cloudflare, which the API does not create (without it clients get 522). Display only.
   */
  dnsRecord?: DnsRecordNote;
  /**
   * Portals with `spec.dns`: what apply does to the DNS records of the hostname (and of the hostname it
   * leaves) in that zone. Display only: apply executes the `dns.*` operations.
   */
  dns?: DnsRecordChange[];
}

/** One DNS record apply creates, updates or deletes (or leaves: noop), in a zone. */
export interface DnsRecordChange {
  action: 'create' | 'update' | 'delete' | 'noop';
  zoneId: string;
  type: 'CNAME';
  name: string;
  /** What the record points to after the change (for a delete: what it pointed to). */
  content: string;
  proxied: boolean;
  /** The live record's id (update, delete, noop). */
  id?: string;
  /** For an update: what the live record says now. */
  before?: { content: string; proxied: boolean; comment?: string };
  /** Why, for people (e.g. a record someone else made that already says the right thing). */
  reason?: string;
}

/** A proxied DNS record for a portal hostname, as Cloudflare's DNS API would take it. */
export interface DnsRecordNote {
  type: 'CNAME';
  name: string;
  content: string;
  proxied: true;
  /** The hostname the portal leaves (a hostname change): its record can go once clients have moved. */
  replaces?: string;
}

export interface ExposedCapability {
  /** The name clients see: `{server}_{name}`. */
  name: string;
  server: string;
  /** The upstream name. */
  upstream: string;
}

/** What a reviewer approves: what each portal will expose after the change. */
export interface PortalConsequence {
  portal: string;
  tools: ExposedCapability[];
  prompts: ExposedCapability[];
  /** Compared with what the portal exposes now. */
  addedTools: string[];
  removedTools: string[];
  /** Servers whose capabilities are unknown until they sync (new, replaced, or never synced). */
  unknownServers: string[];
  /** Servers in Error (or with a stale credential): they expose nothing until a sync succeeds. */
  unavailableServers?: string[];
  /** Exposed names over 64 characters. */
  longNames: string[];
  /** What the tool list costs a connection in each context mode (absent when the plan was made without counting). */
  context?: ContextCost;
}

/**
 * The o200k_base tokens of a portal's `tools/list` per context mode (`schemas/token-cost.ts`), for a user
 * who may use every server. Display only.
 */
export interface ContextCost {
  /** Exposed upstream tools counted. */
  tools: number;
  tokens: Record<ContextMode, number>;
  /** Some servers' tools are unknown until they sync: `tools`, `full` and `minimize_tools` are lower bounds. */
  partial: boolean;
}

/** Objects that exist live but not in the manifests. */
export interface Unmanaged {
  kind: KindName;
  name: string;
  id: string;
  /** Provably this tool's (pruned with --prune); otherwise never deleted. */
  owned: boolean;
  /** Other owners (`--owner`) that manage it: by their ownership tag on its app, or their record. */
  owners?: string[];
}

export interface Plan {
  format_version: string;
  created_at: string;
  target: { api_url: string; account_id: string; embedded: boolean };
  owner: string;
  prune: boolean;
  /** A plan with errors cannot be applied. */
  errored: boolean;
  diagnostics: Diagnostic[];
  /** In apply order: policies, servers, portals; deletes last, in reverse. */
  resources: ResourceChange[];
  /** What apply executes: API operations with their dependencies (secrets as references). */
  operations: Operation[];
  unmanaged: Unmanaged[];
  consequences: PortalConsequence[];
  summary: Record<Action, number>;
  api_calls: { observe: number; apply_estimate: number };
  /** Digest of the live state the plan was made from; a saved plan is refused when it moved. */
  observed_digest: string;
}
