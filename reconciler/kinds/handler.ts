/**
 * The contract every resource kind implements, and the contexts the generic engine hands it. Observe,
 * plan, status, import, the loader's cross-document checks and the Pulumi provider iterate the registry
 * of handlers (`registry.ts`) and never branch on a kind's name; adding a kind is adding a folder.
 */
import type { AppObject, DnsRecordObject } from '../../schemas/generated/wire.js';
import type { TokenCounter } from '../../schemas/token-cost.js';
import type { PortalApi } from '../api/endpoints.js';
import type { Diagnostic } from '../diagnostics.js';
import type { NamedDocument, SemanticContext } from '../load/semantic-context.js';
import type { Json } from '../plan/diff.js';
import type { Operation } from '../plan/operations.js';
import type { PortalConsequence, ResourceChange } from '../plan/types.js';
import type { ResourceStatus } from '../status-types.js';
import type { Desired, KindName, ManifestOf, Observed } from './model.js';

/** What `fromApi` may consult besides the object: the other collections read in the same snapshot. */
export interface ObserveContext {
  owner: string;
  /** Access applications, indexed by what they guard. */
  apps: AppIndex;
  /** Policy ids to names (links in apps name policies by id). */
  policyNames: ReadonlyMap<string, string>;
  /**
   * The raw API objects of a kind listed in the same snapshot, by id (only kinds named in `observeWith`);
   * built once per snapshot, so reading it per object stays linear.
   */
  rawById(kind: KindName): ReadonlyMap<string, unknown>;
  /**
   * The desired object of that name, if the caller has manifests: a kind may assume what the API does not
   * reveal from it (a server's credential form on Cloudflare), since it cannot be compared anyway.
   */
  desired(kind: KindName, name: string): Desired | undefined;
}

export interface AppIndex {
  /** The app guarding a server (type `mcp`), or a portal hostname (type `mcp_portal`). */
  forServer(id: string): AppObject | undefined;
  forPortal(hostname: string): AppObject | undefined;
  /** Whether the app carries this tool's owner tag. */
  owned(app: AppObject | undefined): boolean;
  /** Whether a policy is linked by an owned app and by no other application (MCP or not) of anyone. */
  policyOwned(id: string): boolean;
  /** Whether an MCP server's or portal's app (anyone's) links the policy: MCP access depends on it. */
  policyLinked(id: string): boolean;
  /** Policy names an app links, in precedence order. */
  policyNamesOf(app: AppObject | undefined): string[];
}

export interface PlanOptions {
  owner: string;
  prune?: boolean;
  /** Send every credential even when no change is detected (the only way to rotate on Cloudflare). */
  rotateCredentials?: boolean;
  /** Where the plan will be applied: a kind may note what that target needs (a portal's DNS record). */
  target?: { api_url: string; account_id: string; embedded: boolean };
  /** A loaded tokenizer (`loadTokenCounter()`): portal consequences then carry token costs. */
  countTokens?: TokenCounter;
}

/** An id to put in a request body: a literal when the object exists, else a `$ref` and the op producing it. */
export interface IdValue {
  value: Json;
  dependsOn: string[];
}

export interface PlanContext {
  readonly opts: PlanOptions;
  desired<K extends KindName>(kind: K, name: string): Desired<K> | undefined;
  desiredOf<K extends KindName>(kind: K): readonly Desired<K>[];
  live<K extends KindName>(kind: K, name: string): Observed<K> | undefined;
  liveOf<K extends KindName>(kind: K): readonly Observed<K>[];
  /** Adds an operation (its id is unique per resource and op type plus `suffix`) and returns the id. */
  add(op: Omit<Operation, 'id' | 'dependsOn'> & { dependsOn?: string[]; suffix?: string }): string;
  /** Operations planned so far for a resource (`Kind/name`), optionally of one type. */
  opsOf(resource: string, op?: Operation['op']): Operation[];
  /** Every operation planned so far. */
  allOps(): readonly Operation[];
  /** The id of an object for a request body (see `IdValue`). */
  idOf(kind: KindName, name: string): IdValue;
  /** Whether the Access tag exists in the observed snapshot (false when the snapshot did not read tags). */
  hasTag(name: string): boolean;
  /**
   * What was observed besides the kinds' objects: the DNS records of the zones the manifests name, and the
   * extensions of Cloudflare's API the target announced (`resources`).
   */
  readonly snapshot: { readonly dns?: DnsRecords; readonly extensions?: readonly string[] };
  readonly diagnostics: Diagnostic[];
}

/**
 * DNS records read for planning, by zone id, then by (lower-case) name: only the zones the desired objects
 * name (`KindHandler.dnsZones`), and only CNAMEs (one listing per zone, never a read per object).
 */
export type DnsRecords = ReadonlyMap<string, ReadonlyMap<string, readonly DnsRecordObject[]>>;

export interface StatusContext {
  live<K extends KindName>(kind: K, name: string): Observed<K> | undefined;
  statusOf(kind: KindName, name: string): ResourceStatus | undefined;
  /** A loaded tokenizer: portal statuses then carry token costs. */
  countTokens?: TokenCounter;
}

/**
 * One resource kind. Rules for implementers:
 * - `fromManifest` and `fromApi` return the same normalised spec shape: defaults filled, sets sorted,
 *   only manifest-owned fields; a value the API merges from two owners is resolved in `planChange` with
 *   the help of `Observed.echoes`, never read as this kind's own.
 * - `planChange` is pure: it compares specs, adds operations to the context and returns the change a
 *   reviewer reads. It never reads the API. `planDelete` likewise; it returns undefined when the object
 *   must be kept (and says why in a diagnostic).
 * - `list` uses the paginated list endpoint (never a GET per object); `get` reads one object (404: undefined).
 */
export interface KindHandler<K extends KindName = KindName> {
  readonly kind: K;
  /** The manifest schema file under schemas/. */
  readonly schema: string;
  /** Apply order: lower first; deletes run in reverse. */
  readonly order: number;
  /** Diff paths (`spec.url`) whose change replaces the object, from the schema's `x-replace-on-change`. */
  readonly replaceOn: readonly string[];
  /** Arrays of the spec that are sets keyed by a field (`tools` by `name`). */
  readonly keyed: Readonly<Record<string, string>>;
  /** Other kinds `fromApi` reads from the same snapshot. */
  readonly observeWith: readonly KindName[];
  /**
   * For a kind MCP access may not involve at all (groups): whether an observe with `scope: 'related'` must
   * read it, from the desired state before anything is read, else from the other kinds once read (one round
   * trip later). A kind without it is always read.
   */
  readonly readWhen?: {
    desired(desired: readonly Desired[]): boolean;
    live(ctx: ObserveContext): boolean;
  };
  /** The file `import` writes this kind to. */
  readonly importFile: string;
  /**
   * Whether an object's Error or Waiting is its own (a server's sync) rather than a reflection of
   * others' (a portal waits for its servers): those decide the exit codes of apply, status and sync.
   */
  readonly ownStatus: boolean;
  fromManifest(m: ManifestOf<K>, env: NodeJS.ProcessEnv, path?: string): Desired<K>;
  toManifest(o: Observed<K>): ManifestOf<K>;
  list(api: PortalApi): Promise<unknown[]>;
  get(api: PortalApi, id: string): Promise<unknown | undefined>;
  /** The API object's name in the manifests (its id for servers and portals, its name for policies and groups). */
  nameOf(raw: unknown): string;
  fromApi(raw: unknown, ctx: ObserveContext): Observed<K>;
  planChange(d: Desired<K>, o: Observed<K> | undefined, ctx: PlanContext): ResourceChange;
  planDelete(o: Observed<K>, ctx: PlanContext): ResourceChange | undefined;
  status(o: Observed<K>, ctx: StatusContext): ResourceStatus;
  /** The Cloudflare zones whose DNS records planning this desired object needs (portals with `spec.dns`). */
  dnsZones?(d: Desired<K>): readonly string[];
  /**
   * The DNS records of this live object that this owner manages, among the zones read (portals: the
   * CNAMEs of its hostname marked as ours), for the last-applied record; undefined when no zone was read.
   */
  ownDnsRecords?(o: Observed<K>, dns: DnsRecords | undefined, owner: string): Json | undefined;
  /** Cross-document checks of one manifest (the schema has passed or not: read defensively). */
  semanticCheck(doc: NamedDocument, ctx: SemanticContext, out: Diagnostic[]): void;
  /** What the plan means for people beyond field diffs (portals: what each will expose). */
  consequences?(ctx: PlanContext): PortalConsequence[];
}
