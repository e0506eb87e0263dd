/**
 * The provider's view of a resource kind: how Pulumi inputs (the manifest `spec` in camelCase plus an
 * id input defaulting to the resource name) become a manifest for the reconciler's validators and a
 * `Desired` for its diff, plan and apply, and how live state becomes inputs again (refresh, import).
 */
import type { Desired, KindName, Observed } from '../../reconciler/kinds/model.js';
import type { Path, Props } from '../wire.js';

export { API_VERSION } from '../../schemas/registry.js';

/** Another object of the same snapshot, by kind and name. */
export type LiveLookup = <L extends KindName>(kind: L, name: string) => Observed<L> | undefined;

export interface Manifest {
  apiVersion: string;
  kind: KindName;
  metadata: { name: unknown };
  spec: Props;
}

export interface KindAdapter<K extends KindName = KindName> {
  kind: K;
  /** `mcpportal:index:<Kind>`. */
  token: string;
  /** The input that names the object in the API; autonamed when absent (see autoname.ts). */
  idKey: string;
  /** Inputs the schema requires. */
  required: readonly string[];
  /** Inputs only the provider reads (not part of the spec), with their type. */
  providerKeys: Record<string, 'boolean'>;
  /** Input paths that always hold secrets. */
  secretPaths: Path[];
  /** Spec paths (diff paths) whose change replaces the object. */
  replaceOn: readonly string[];
  /** Inputs (revealed, id filled) to a manifest; secret values become `{ fromEnv }` placeholders. */
  toManifest(inputs: Props): Manifest;
  /** Inputs (revealed, id filled, valid) to the reconciler's desired state, secrets included. */
  toDesired(inputs: Props): Desired<K>;
  /**
   * Live state to inputs in full form; secrets are taken from `known` inputs (the API never returns them),
   * and so are overrides of capabilities the last sync did not find (plans do not compare them either).
   * `live` looks up other objects of the same snapshot (a portal's servers).
   */
  liveInputs(observed: Observed<K>, known: Props | undefined, live?: LiveLookup): Props;
}

/** Placeholder for a secret value, so that inputs validate against the manifest schema's `SecretRef`. */
export const SECRET_PLACEHOLDER = { fromEnv: 'PULUMI_SECRET' };

/** Splits the provider-only keys and the id off the inputs: what is left is the manifest spec. */
export function specPart(adapter: KindAdapter, inputs: Props): Props {
  const spec: Props = {};
  for (const [k, v] of Object.entries(inputs)) {
    // `__defaults` (and any other `__` key) is the provider's bookkeeping, never part of the spec.
    if (
      k === adapter.idKey ||
      k in adapter.providerKeys ||
      k.startsWith('__') ||
      v === undefined ||
      v === null
    )
      continue;
    spec[k] = v;
  }
  return spec;
}
