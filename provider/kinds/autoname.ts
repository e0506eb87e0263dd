/**
 * Autonaming of the id input (`serverId`, `portalId`, `name`), the Pulumi way: a given id pins it; else the
 * old value stays (no churn on later ups); else the engine's proposed name (the stack's `pulumi:autonaming`
 * configuration, honouring its mode); else `<logical name>-<7 hex>` from Check's random seed, so one run's
 * preview and up agree. Which ids were filled in is recorded in the checked inputs under `__defaults`.
 */
import { createHash } from 'node:crypto';
import type { Failure } from '../config.js';
import { isUnknown, type Props, reveal } from '../wire.js';
import type { KindAdapter } from './adapter.js';

/** The inputs key listing the id inputs Check filled in (as the Terraform bridge records its defaults). */
export const DEFAULTS_KEY = '__defaults';

export type AutonamingMode = 'propose' | 'enforce' | 'disable';

/** `CheckRequest.autonaming` (sent only to providers that announce `supportsAutonamingConfiguration`). */
export interface AutonamingOptions {
  proposedName: string;
  mode: AutonamingMode;
}

export interface NamingRequest {
  /** The old inputs (absent on create, on a replacement's second Check and for `--replace`). */
  olds?: Props;
  /** `CheckRequest.randomSeed`: 32 random bytes per resource and run from the engine; empty from others. */
  randomSeed?: Uint8Array;
  autonaming?: AutonamingOptions;
}

interface IdRule {
  max: number;
  /** Turns any text into characters the API accepts (the length is cut by the caller). */
  sanitize(s: string): string;
}

/** Server and portal ids (schemas/common.schema.json `ObjectId`): 1-32 of [a-z0-9-], alphanumeric ends. */
const OBJECT_ID: IdRule = {
  max: 32,
  sanitize: (s) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-+|-+$/g, ''),
};

/** Policy and group names (`PolicyName`, `GroupName`): 1-100 characters, no control characters or end blanks. */
const NAME: IdRule = {
  max: 100,
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the API refuses.
  sanitize: (s) => s.replace(/[\u0000-\u001f]+/g, '-').trim(),
};

const ruleOf = (adapter: KindAdapter): IdRule => (adapter.idKey === 'name' ? NAME : OBJECT_ID);

/** `<prefix>-<7 hex>` within the kind's rules; the hex digests the seed and the resource name. */
export function randomName(adapter: KindAdapter, name: string, seed: Uint8Array): string {
  const rule = ruleOf(adapter);
  const hex = createHash('sha256').update(seed).update(name).digest('hex').slice(0, 7);
  const prefix =
    rule
      .sanitize(name)
      .slice(0, rule.max - 8)
      .replace(/[-\s]+$/, '') || adapter.kind.toLowerCase();
  return `${prefix}-${hex}`;
}

const given = (v: unknown) => v !== undefined && v !== null;

/** The id inputs the checked inputs say Check filled in. */
export function defaultedKeys(inputs: Props): string[] {
  const v = reveal(inputs[DEFAULTS_KEY]);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Whether the id of these checked inputs was given by the program (pinned) rather than filled in. */
export const isPinned = (adapter: KindAdapter, inputs: Props) =>
  !defaultedKeys(inputs).includes(adapter.idKey);

/** The inputs without the `__defaults` record (what handlers, diffs and outputs see). */
export function withoutDefaults(inputs: Props): Props {
  if (!(DEFAULTS_KEY in inputs)) return inputs;
  const { [DEFAULTS_KEY]: _, ...rest } = inputs;
  return rest;
}

/**
 * Fills the id input of `news` when the program left it out; returns the inputs (with `__defaults`) and a
 * failure when no name can be chosen (autonaming disabled, or an enforced name the API would refuse is
 * left to Check's schema validation, which names the rule).
 */
export function fillId(
  adapter: KindAdapter,
  name: string,
  news: Props,
  req: NamingRequest = {},
): { inputs: Props; failure?: Failure } {
  const inputs = withoutDefaults(news);
  const key = adapter.idKey;
  if (given(inputs[key])) return { inputs };
  const filled = (value: string) => ({ inputs: { ...inputs, [key]: value, [DEFAULTS_KEY]: [key] } });
  // An id kept from the old inputs (also ids that equal the logical name, from before autonaming).
  const old = req.olds ? reveal(req.olds[key]) : undefined;
  if (typeof old === 'string' && old !== '' && !isUnknown(old)) return filled(old);
  const a = req.autonaming;
  if (a?.mode === 'disable')
    return {
      inputs,
      failure: {
        property: key,
        reason: `${key} is required: autonaming is disabled for this stack (pulumi:autonaming); set ${key}`,
      },
    };
  if (a && a.proposedName !== '') {
    if (a.mode === 'enforce') return filled(a.proposedName);
    const rule = ruleOf(adapter);
    const proposed = rule
      .sanitize(a.proposedName)
      .slice(0, rule.max)
      .replace(/[-\s]+$/, '');
    if (proposed) return filled(proposed);
  }
  const seed = req.randomSeed;
  // No seed: not the Pulumi engine (which always sends one); the logical name, as before autonaming.
  if (!seed || seed.length === 0) return filled(name);
  return filled(randomName(adapter, name, seed));
}
