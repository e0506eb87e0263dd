/**
 * Shared pieces of resource outputs: re-wrapping secrets (the engine does not re-mark them for a
 * provider that accepts secrets), unknown placeholders for computed outputs in preview, and the
 * status fields every kind reports.
 */
import type { ResourceStatus } from '../../reconciler/status.js';
import type { KindAdapter } from '../kinds/adapter.js';
import { type Props, secretPaths, UNKNOWN, wrapAt } from '../wire.js';
import type { Context } from './context.js';

/** Wraps the kind's secret fields, and every field the given inputs held as a secret. */
export function protect(adapter: KindAdapter, value: Props, given?: Props): Props {
  let out: unknown = value;
  for (const p of adapter.secretPaths) out = wrapAt(out, p);
  for (const p of secretPaths(given ?? {})) {
    // Inside a list, the item's position may differ in live state: protect the whole list.
    const cut = p.findIndex((s) => typeof s === 'number');
    out = wrapAt(out, cut < 0 ? p : p.slice(0, cut));
  }
  return out as Props;
}

/** Computed outputs as unknowns (preview). */
export const unknowns = (keys: readonly string[]): Props => Object.fromEntries(keys.map((k) => [k, UNKNOWN]));

export const statusOutputs = (s: ResourceStatus): Props => ({
  status: s.phase,
  statusReason: s.reason,
  statusMessage: s.message,
});

export const STATUS_KEYS = ['status', 'statusReason', 'statusMessage'];

export interface Handler {
  adapter: KindAdapter;
  /** Computed outputs, for previews. */
  computed: readonly string[];
  /** Computed outputs an update never changes: Diff lists them in `stables`, update previews keep them. */
  stable: readonly string[];
  /** Outputs that follow from these inputs alone (stable while the inputs do not change). */
  derived?: Record<string, readonly string[]>;
  create(ctx: Context, req: CreateArgs): Promise<{ id: string; outs: Props }>;
  read(ctx: Context, req: ReadArgs): Promise<{ id: string; props: Props; inputs: Props } | undefined>;
  update(ctx: Context, req: UpdateArgs): Promise<Props>;
  delete(ctx: Context, req: DeleteArgs): Promise<void>;
}

export interface CreateArgs {
  name: string;
  /** Checked inputs, wire form (without the `__defaults` record). */
  news: Props;
  timeout: number;
  /** The program gave the id (it was not autonamed). */
  pinned: boolean;
}
export interface ReadArgs {
  id: string;
  name: string;
  /** Previous outputs and inputs (absent on import). */
  props?: Props;
  inputs?: Props;
}
export interface UpdateArgs {
  id: string;
  name: string;
  olds: Props;
  oldInputs: Props;
  news: Props;
  timeout: number;
}
export interface DeleteArgs {
  id: string;
  name: string;
  props: Props;
  /** This run's Diff saw the id pinned: a replacement's Delete records the mappings to restore. */
  pinned?: boolean;
}
