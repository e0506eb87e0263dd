/**
 * The one answer to "what does this portal expose", shared by the embedded portal's gateway and by the
 * reconciler (plan consequences, status counts): for one mapped server, its tools or prompts named
 * `{server_id}_{alias or name}`, with aliases, descriptions and enabled flags resolved portal over server
 * over upstream, the mapping's `default_disabled` allowlist, and only `ready` servers contributing. Two
 * capabilities that end up with one name keep the first by upstream name; the other is hidden with a reason.
 */
import { RESERVED_TOOL_NAMES } from './context-modes.js';
import type { ServerCapability, ServerCapabilityOverride } from './generated/wire.js';

export type CapabilityKind = 'tool' | 'prompt';

/** Clients such as Claude cut tool names at this length; longer exposed names are warned about. */
export const MAX_EXPOSED_NAME = 64;

/** The tools the portal itself offers in some mode; an upstream tool exposed under one of these names is hidden. */
export const BUILTIN_TOOL_NAMES: ReadonlySet<string> = RESERVED_TOOL_NAMES;

/** One tool or prompt as the portal exposes it. */
export interface ExposedCapability {
  kind: CapabilityKind;
  /** `{server_id}_{alias or name}`. */
  name: string;
  serverId: string;
  /** The name at the upstream, used when forwarding. */
  original: string;
  /** The upstream definition with `name` and `description` replaced. */
  definition: ServerCapability;
}

export interface HiddenCapability {
  kind: CapabilityKind;
  original: string;
  reason: string;
}

/** `{server_id}_{name}`; server ids never contain `_`, so the first `_` splits it back. */
export const exposedName = (serverId: string, name: string): string => `${serverId}_${name}`;

/** The server id and name of an exposed name, split on the first underscore. */
export function splitExposedName(exposed: string): { serverId: string; name: string } | undefined {
  const i = exposed.indexOf('_');
  if (i <= 0 || i === exposed.length - 1) return undefined;
  return { serverId: exposed.slice(0, i), name: exposed.slice(i + 1) };
}

/** Whether a server's capabilities are served: only after a successful sync, while it is `ready`. */
export const contributes = (status: string): boolean => status === 'ready';

export interface ExposeInput {
  kind: CapabilityKind;
  serverId: string;
  /** The capabilities of the last sync (pass [] for a server that does not contribute). */
  upstream: readonly ServerCapability[];
  portalOverrides: readonly ServerCapabilityOverride[];
  serverOverrides: readonly ServerCapabilityOverride[];
  /** The mapping's allowlist mode: only capabilities a portal override enables are exposed. */
  defaultDisabled: boolean;
  /** Names no capability may take (the built-in tools). */
  reserved?: ReadonlySet<string>;
}

const byName = (list: readonly ServerCapabilityOverride[]) => new Map(list.map((o) => [o.name, o]));
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What one mapped server exposes of one kind, and what it hides (name collisions). */
export function exposeServer(input: ExposeInput): {
  exposed: ExposedCapability[];
  hidden: HiddenCapability[];
} {
  const { kind, serverId } = input;
  const portal = byName(input.portalOverrides);
  const server = byName(input.serverOverrides);
  const candidates: ExposedCapability[] = [];
  for (const def of input.upstream) {
    const p = portal.get(def.name);
    const s = server.get(def.name);
    const enabled = p?.enabled ?? (input.defaultDisabled ? false : (s?.enabled ?? true));
    if (!enabled) continue;
    const name = exposedName(serverId, p?.alias ?? s?.alias ?? def.name);
    const description = p?.description ?? s?.description ?? def.description;
    const definition: ServerCapability = { ...def, name };
    if (description === undefined) delete definition.description;
    else definition.description = description;
    candidates.push({ kind, name, serverId, original: def.name, definition });
  }
  candidates.sort((a, b) => compare(a.original, b.original));
  const taken = new Map<string, string>();
  const exposed: ExposedCapability[] = [];
  const hidden: HiddenCapability[] = [];
  for (const c of candidates) {
    const other = taken.get(c.name);
    if (input.reserved?.has(c.name)) {
      hidden.push({
        kind,
        original: c.original,
        reason: `"${c.name}" is the name of a built-in portal tool`,
      });
    } else if (other !== undefined) {
      hidden.push({
        kind,
        original: c.original,
        reason: `"${c.name}" is already the name of ${kind} "${other}"`,
      });
    } else {
      taken.set(c.name, c.original);
      exposed.push(c);
    }
  }
  return { exposed, hidden };
}
