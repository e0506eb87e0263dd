/**
 * `plan(desired, snapshot, options) -> Plan`: a pure function (no I/O) over the registry of kinds. Each
 * desired object is planned by its kind's handler (creates and updates in dependency order), then the
 * live objects not in the manifests (deletes in reverse order, only with `prune` and only when provably
 * owned). Handlers add typed operations to one graph; `apply` executes exactly that graph.
 */
import { observeOnly, orphanKept } from '../controller/policies.js';
import type { Diagnostic } from '../diagnostics.js';
import type { IdValue, PlanOptions as KindPlanOptions, PlanContext } from '../kinds/handler.js';
import type { Desired, KindName, Observed } from '../kinds/model.js';
import { handlerOf, REGISTRY } from '../kinds/registry.js';
import { manifestDigest, otherOwners, readLedger, recordOf } from '../ledger.js';
import { liveOf, type Snapshot } from '../observe.js';
import { type Operation, ref } from './operations.js';
import { type Action, PLAN_FORMAT_VERSION, type Plan, type ResourceChange, type Unmanaged } from './types.js';

/** Names made of lowercase letters, digits and hyphens (every ObjectId): code-point order is locale order. */
const SIMPLE = /^[a-z0-9-]*$/;

/**
 * Locale order of names (`localeCompare`), compared by code point when both are simple, which orders them
 * the same way without starting ICU's collator (~10 ms, on every plan of 1,000 objects).
 */
const byName = (a: { name: string }, b: { name: string }) =>
  SIMPLE.test(a.name) && SIMPLE.test(b.name)
    ? a.name < b.name
      ? -1
      : a.name > b.name
        ? 1
        : 0
    : a.name.localeCompare(b.name);

export interface PlanOptions extends KindPlanOptions {
  target: Plan['target'];
  /** Diagnostics found before planning (e.g. missing secrets), carried into the plan. */
  diagnostics?: Diagnostic[];
  digest: string;
  now?: () => Date;
}

const key = (kind: string, name: string) => `${kind}/${name}`;
/** Operations that rewrite a portal's state as a whole (read-modify-write of its mapping set, or PUT). */
const SERIAL: ReadonlySet<Operation['op']> = new Set([
  'portal.update',
  'portal.detach',
  'portal.attach',
  'portal.delete',
]);
const kindOf = (resource: string) => resource.slice(0, resource.indexOf('/')) as KindName;
const KIND_NAMES = new Set<string>(REGISTRY.map((h) => h.kind));
/**
 * A resource's place in apply order: its kind's; account objects that are not kinds (an `AccessTag/...`
 * the apps need) come before every kind, so no delete ever waits for them.
 */
const orderOf = (resource: string) =>
  KIND_NAMES.has(kindOf(resource)) ? handlerOf(kindOf(resource)).order : Number.NEGATIVE_INFINITY;

class Planner implements PlanContext {
  readonly diagnostics: Diagnostic[];
  readonly operations: Operation[] = [];
  readonly #byResource = new Map<string, Operation[]>();
  readonly #lastWrite = new Map<string, string>();
  readonly #desired = new Map<string, Desired>();
  readonly #desiredByKind = new Map<KindName, Desired[]>();
  readonly #ids = new Set<string>();
  readonly #live = new Map<string, Observed>();
  readonly #tags: ReadonlySet<string>;

  constructor(
    desired: readonly Desired[],
    readonly snapshot: Snapshot,
    readonly opts: PlanOptions,
  ) {
    this.diagnostics = [...(opts.diagnostics ?? [])];
    this.#tags = new Set(snapshot.tags ?? []);
    for (const d of [...desired].sort(byName)) {
      this.#desired.set(key(d.kind, d.name), d);
      const same = this.#desiredByKind.get(d.kind);
      if (same) same.push(d);
      else this.#desiredByKind.set(d.kind, [d]);
    }
    // The first of two objects with one name (policies may share one) wins, as a search in list order would.
    for (const list of snapshot.objects.values())
      for (const o of list) if (!this.#live.has(key(o.kind, o.name))) this.#live.set(key(o.kind, o.name), o);
  }

  desired<K extends KindName>(kind: K, name: string) {
    return this.#desired.get(key(kind, name)) as Desired<K> | undefined;
  }
  desiredOf<K extends KindName>(kind: K) {
    return (this.#desiredByKind.get(kind) ?? []) as Desired<K>[];
  }
  live<K extends KindName>(kind: K, name: string) {
    return this.#live.get(key(kind, name)) as Observed<K> | undefined;
  }
  liveOf<K extends KindName>(kind: K) {
    return liveOf(this.snapshot, kind);
  }

  add(op: Omit<Operation, 'id' | 'dependsOn'> & { dependsOn?: string[]; suffix?: string }): string {
    const { suffix, dependsOn, ...rest } = op;
    const id = `${op.resource}:${op.op}${suffix ? `:${suffix}` : ''}`;
    if (this.#ids.has(id)) throw new Error(`operation ${id} planned twice`);
    this.#ids.add(id);
    // Writes of one object's whole state (a portal's mapping set) run in the order planned, never at once.
    const previous = rest.target ? this.#lastWrite.get(rest.target) : undefined;
    const deps = [...(dependsOn ?? []), ...(previous && SERIAL.has(rest.op) ? [previous] : [])];
    const full: Operation = { id, ...rest, dependsOn: [...new Set(deps)].sort() };
    if (rest.target && SERIAL.has(rest.op)) this.#lastWrite.set(rest.target, id);
    this.operations.push(full);
    const ofResource = this.#byResource.get(op.resource);
    if (ofResource) ofResource.push(full);
    else this.#byResource.set(op.resource, [full]);
    return id;
  }

  allOps() {
    return this.operations;
  }

  /** Takes back every operation planned for `resource` (`managementPolicy: observe`: never written). */
  withdraw(resource: string): void {
    const ops = new Set(this.#byResource.get(resource) ?? []);
    if (!ops.size) return;
    this.#byResource.delete(resource);
    const kept = this.operations.filter((op) => !ops.has(op));
    this.operations.splice(0, this.operations.length, ...kept);
    for (const [target, id] of this.#lastWrite)
      if ([...ops].some((op) => op.id === id)) this.#lastWrite.delete(target);
  }

  opsOf(resource: string, op?: Operation['op']) {
    return (this.#byResource.get(resource) ?? []).filter((o) => !op || o.op === op);
  }

  hasTag(name: string): boolean {
    return this.#tags.has(name);
  }

  idOf(kind: KindName, name: string): IdValue {
    const resource = key(kind, name);
    const producer = this.opsOf(resource).find((o) => o.produces === resource);
    if (producer) return { value: ref(resource), dependsOn: [producer.id] };
    const live = this.live(kind, name);
    // Unknown objects cannot be referenced; validation makes this unreachable for manifests.
    if (!live) return { value: ref(resource), dependsOn: [] };
    return { value: live.id, dependsOn: [] };
  }
}

export function plan(desired: readonly Desired[], snapshot: Snapshot, opts: PlanOptions): Plan {
  const ctx = new Planner(desired, snapshot, opts);
  const resources: ResourceChange[] = [];
  for (const h of REGISTRY) {
    for (const d of ctx.desiredOf(h.kind)) {
      const change = h.planChange(d, ctx.live(h.kind, d.name), ctx);
      if (d.policy?.management === 'observe') {
        // Shown with its differences, never written: no operations (controller/policies.ts).
        ctx.withdraw(`${d.kind}/${d.name}`);
        resources.push({ ...observeOnly(change), digest: manifestDigest(d) });
      } else resources.push({ ...change, digest: manifestDigest(d) });
    }
  }

  // Deletes, in reverse dependency order. A delete waits for every operation on kinds that come after
  // its own (a portal may still map a server, an app may still link a policy).
  const unmanaged: Unmanaged[] = [];
  const ledger = readLedger(snapshot.tags);
  for (const h of [...REGISTRY].reverse()) {
    const later = ctx.operations.filter((op) => orderOf(op.resource) > h.order).map((op) => op.id);
    // Only objects no manifest names are sorted (a locale sort of every live object costs ~10 ms a plan).
    // Access objects MCP access does not involve (another app's policies) are none of the plan's business.
    const left = ctx.liveOf(h.kind).filter((o) => !o.unrelated && !ctx.desired(h.kind, o.name));
    for (const o of left.sort(byName)) {
      const owners = otherOwners(o, opts.owner, ledger);
      unmanaged.push({
        kind: o.kind,
        name: o.name,
        id: o.id,
        owned: o.owned,
        ...(owners.length ? { owners } : {}),
      });
      if (!opts.prune || !o.owned) continue;
      if (recordOf(ledger, opts.owner, o.kind, o.name)?.deletionPolicy === 'orphan') {
        ctx.diagnostics.push(orphanKept(o.kind, o.name));
        continue;
      }
      const before = ctx.operations.length;
      const change = h.planDelete(o as Observed<never>, ctx);
      if (change) resources.push(change);
      for (const op of ctx.operations.slice(before))
        op.dependsOn = [...new Set([...op.dependsOn, ...later])].sort();
    }
  }

  return finish(ctx, resources, unmanaged);
}

/**
 * A plan for callers that manage one object at a time (the Pulumi provider): `fn` plans with a kind's
 * handler directly (e.g. a delete regardless of the owner tag: Pulumi's state says it is managed).
 */
export function planSlice(
  snapshot: Snapshot,
  opts: PlanOptions,
  fn: (ctx: PlanContext) => (ResourceChange | undefined)[],
  desired: readonly Desired[] = [],
): Plan {
  const ctx = new Planner(desired, snapshot, opts);
  return finish(
    ctx,
    fn(ctx).filter((r): r is ResourceChange => r !== undefined),
    [],
  );
}

function finish(ctx: Planner, resources: ResourceChange[], unmanaged: Unmanaged[]): Plan {
  const { opts, snapshot } = ctx;
  const summary: Record<Action, number> = { create: 0, update: 0, replace: 0, delete: 0, noop: 0 };
  for (const r of resources) summary[r.action]++;
  return {
    format_version: PLAN_FORMAT_VERSION,
    created_at: (opts.now?.() ?? new Date()).toISOString(),
    target: opts.target,
    owner: opts.owner,
    prune: Boolean(opts.prune),
    errored: ctx.diagnostics.some((d) => d.severity === 'error'),
    diagnostics: ctx.diagnostics,
    resources,
    operations: ctx.operations,
    unmanaged,
    consequences: REGISTRY.flatMap((h) => h.consequences?.(ctx) ?? []),
    summary,
    api_calls: { observe: snapshot.requests, apply_estimate: estimateCalls(ctx.operations) },
    observed_digest: opts.digest,
  };
}

/**
 * Requests apply will send: one per operation, three for a detach or attach (it reads the portal and the
 * server list, to tell the portal's overrides from its servers' echoes, then writes), two for an app
 * update (it reads the app, then writes it back whole), plus status polls.
 */
export function estimateCalls(operations: readonly Operation[]): number {
  let calls = 0;
  let waits = 0;
  for (const op of operations) {
    calls += op.op === 'portal.detach' || op.op === 'portal.attach' ? 3 : op.op === 'app.update' ? 2 : 1;
    if (op.syncs) waits++;
  }
  // Waiting reads the server list once per poll (a page per 100 servers).
  return calls + (waits ? Math.ceil(waits / 100) : 0);
}

/** Whether a plan changes anything (creates, updates, replaces, deletes): plan's and drift's exit 2. */
export const hasChanges = (p: Pick<Plan, 'resources'>) => p.resources.some((r) => r.action !== 'noop');

/** Whether apply would write anything but re-syncs (changes, and adoptions, which are bookkeeping). */
export const writes = (p: Pick<Plan, 'operations'>) => p.operations.some((op) => op.purpose !== 'resync');

export { handlerOf };
