/**
 * Capability overrides (tools and prompts, at the server and at a portal mapping), normalised the same
 * way on the desired and the observed side: only the fields given, sorted by name, and entries that
 * carry nothing but a name dropped (they change nothing, and the API does not echo them back).
 */
import type { ServerCapability } from '../../schemas/generated/wire.js';
import { byName, type Override } from './model.js';

export type CapabilityKind = 'tools' | 'prompts';

/** Overrides with only the fields given, name-only entries dropped, sorted by name. */
export function normaliseOverrides(list: readonly Override[] | undefined): Override[] {
  return (list ?? [])
    .map((o) => ({
      name: o.name,
      ...(o.alias !== undefined && o.alias !== null ? { alias: o.alias } : {}),
      ...(o.description !== undefined && o.description !== null ? { description: o.description } : {}),
      ...(o.enabled !== undefined && o.enabled !== null ? { enabled: o.enabled } : {}),
    }))
    .filter((o) => Object.keys(o).length > 1)
    .sort(byName);
}

/** Overrides in the API's request shape (the manifest's field names are the API's). */
export const overridesToWire = (list: readonly Override[]): Override[] => list.map((o) => ({ ...o }));

/**
 * The capability names the last successful sync found, or undefined when the server never synced:
 * an override naming anything else is dropped by the portal at its next sync, so it is not compared.
 */
export function knownCapabilities(
  facts: { lastSuccessfulSync?: string; tools: ServerCapability[]; prompts: ServerCapability[] } | undefined,
  what: CapabilityKind,
): ReadonlySet<string> | undefined {
  if (!facts?.lastSuccessfulSync) return undefined;
  const list = facts[what];
  // A server's lists are read for the server and again for every portal mapping it: one set per list
  // (observed lists are never changed once read).
  let names = namesOf.get(list);
  if (!names) {
    names = new Set(list.map((c) => c.name));
    namesOf.set(list, names);
  }
  return names;
}
const namesOf = new WeakMap<readonly ServerCapability[], ReadonlySet<string>>();

/** The overrides that name a known capability (all of them when nothing is known yet). */
export const comparable = (list: readonly Override[], known: ReadonlySet<string> | undefined): Override[] =>
  known ? list.filter((o) => known.has(o.name)) : [...list];

/**
 * The live overrides, plus those of `known` (the previous desired ones) that name a capability the last
 * sync did not find: what a refresh reports, so that an override the portal drops is no difference there
 * either (the same rule as `comparable` in plans).
 */
export function withUncompared(
  live: readonly Override[],
  known: unknown,
  caps: ReadonlySet<string> | undefined,
): Override[] {
  if (!caps || !Array.isArray(known)) return [...live];
  const kept = (known as Override[]).filter(
    (o) => typeof o?.name === 'string' && !caps.has(o.name) && !live.some((l) => l.name === o.name),
  );
  return normaliseOverrides([...live, ...kept]);
}
