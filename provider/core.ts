/**
 * The provider's engine-facing logic on plain values (no gRPC): configuration, and Check, Diff,
 * Create, Read, Update and Delete dispatched by type token to the kind handlers. Previews (Create or
 * Update with `preview`) never call the API: they echo the inputs and mark computed outputs unknown.
 */
import { checkConfig, diffConfig, type Failure, type ProviderConfig, resolveConfig } from './config.js';
import { invoke as invokeFunction } from './functions/index.js';
import { DEFAULTS_KEY, isPinned, type NamingRequest, withoutDefaults } from './kinds/autoname.js';
import { checkInputs } from './kinds/check.js';
import { diffInputs, type InputDiff, withId } from './kinds/diff.js';
import { Context, type LogSink } from './resources/context.js';
import { groupHandler } from './resources/group.js';
import type { Handler } from './resources/outputs.js';
import { protect, unknowns } from './resources/outputs.js';
import { policyHandler } from './resources/policy.js';
import { portalHandler, urls } from './resources/portal.js';
import { serverHandler } from './resources/server.js';
import schema from './schema.json' with { type: 'json' };
import { type Props, reveal } from './wire.js';

export const SCHEMA_TEXT = JSON.stringify(schema);

const HANDLERS: Record<string, Handler> = {
  [groupHandler.adapter.token]: groupHandler,
  [policyHandler.adapter.token]: policyHandler,
  [serverHandler.adapter.token]: serverHandler,
  [portalHandler.adapter.token]: portalHandler,
};

/** Input property names of a resource type, from the schema. */
const INPUT_KEYS: Record<string, string[]> = Object.fromEntries(
  Object.entries(schema.resources).map(([token, r]) => [token, Object.keys(r.inputProperties)]),
);

export class UnknownTypeError extends Error {
  override readonly name = 'UnknownTypeError';
  constructor(type: string) {
    super(
      `unknown resource type ${JSON.stringify(type)}; this provider manages ${Object.keys(HANDLERS).join(', ')}`,
    );
  }
}

function handlerFor(type: string): Handler {
  const h = HANDLERS[type];
  if (!h) throw new UnknownTypeError(type);
  return h;
}

/**
 * Outputs an update leaves as they are, for DiffResponse `stables`: the id input and the kind's stable
 * computed outputs while the id does not change, and outputs derived only from unchanged inputs. None for a
 * replacement (everything is new). The engine records them on the update step (pulumi/pulumi v3.248.0
 * sdk/go/common/resource/plugin/provider_plugin.go reads `stables` into `DiffResult.StableKeys`).
 */
function stablesOf(h: Handler, changed: ReadonlySet<string>, replaced: boolean): string[] {
  if (replaced) return [];
  // A server's or portal's id change always replaces; a policy's or group's `name` is renamed in place.
  const id = changed.has(h.adapter.idKey) ? [] : [h.adapter.idKey];
  const derived = Object.entries(h.derived ?? {})
    .filter(([, from]) => from.every((k) => !changed.has(k)))
    .map(([k]) => k);
  return [...new Set([...id, ...h.stable, ...derived])].sort();
}

/** `urn:pulumi:stack::project::type$type::name`: the resource's own type and name. */
export function parseUrn(urn: string): { type: string; name: string } {
  const parts = urn.split('::');
  const types = (parts[2] ?? '').split('$');
  return { type: types[types.length - 1] ?? '', name: parts.slice(3).join('::') };
}

export class ProviderCore {
  #ctx: Context;
  /** Server ids this run's Diff saw pinned (a replacement's Delete records their portal mappings). */
  readonly #pinned = new Set<string>();

  constructor(
    readonly env: NodeJS.ProcessEnv,
    readonly log: LogSink,
  ) {
    this.#ctx = new Context(resolveConfig({}, {}, env), log);
  }

  get config(): ProviderConfig {
    return this.#ctx.config;
  }

  checkConfig(news: Props): { inputs: Props; failures: Failure[] } {
    return checkConfig(news);
  }

  diffConfig(olds: Props, news: Props) {
    return diffConfig(olds, news);
  }

  async configure(args: Props, variables: Record<string, string>): Promise<void> {
    const previous = this.#ctx;
    this.#ctx = new Context(resolveConfig(args, variables, this.env), this.log);
    await previous.close();
    // One cheap read proves the token and account, so a preview fails early (credentials.ts).
    await this.#ctx.verifyCredentials(args);
  }

  /** `naming`: the old inputs, the engine's random seed and autonaming options (see kinds/autoname.ts). */
  check(
    type: string,
    name: string,
    news: Props,
    naming: NamingRequest = {},
  ): { inputs: Props; failures: Failure[] } {
    return checkInputs(handlerFor(type).adapter, name, news, naming);
  }

  /** `olds` are the old outputs; `oldInputs` the old inputs when the engine sends them. */
  diff(
    type: string,
    name: string,
    olds: Props,
    news: Props,
    oldInputs: Props | undefined,
  ): InputDiff & { stables: string[] } {
    const h = handlerFor(type);
    const before = oldInputs && Object.keys(oldInputs).length ? oldInputs : this.#inputsOf(type, olds);
    const d = diffInputs(h.adapter, name, before, news);
    const changed = new Set(d.changes.map((c) => String(c.path[0])));
    if (h === serverHandler) {
      // A Delete after this Diff (same run) is a replacement's when the id stays: see Context.replacing.
      const id = String((reveal(withId(h.adapter, name, news)) as Props).serverId);
      if (d.changes.length && !changed.has(h.adapter.idKey)) this.#ctx.replacing.add(id);
      else this.#ctx.replacing.delete(id);
      // Only a pinned id comes back after a replacement: only its mappings are recorded to restore.
      if (isPinned(h.adapter, news)) this.#pinned.add(id);
      else this.#pinned.delete(id);
    }
    return { ...d, stables: stablesOf(h, changed, d.replaces.length > 0) };
  }

  async create(type: string, name: string, news: Props, preview: boolean, timeout: number) {
    const h = handlerFor(type);
    const pinned = isPinned(h.adapter, news);
    const inputs = withoutDefaults(news);
    if (preview) return { id: '', outs: this.#preview(h, name, inputs) };
    return h.create(this.#ctx, { name, news: inputs, timeout, pinned });
  }

  async read(type: string, id: string, name: string, props: Props | undefined, inputs: Props | undefined) {
    const has = (p: Props | undefined) => (p && Object.keys(p).length ? p : undefined);
    const given = has(inputs) ? withoutDefaults(inputs as Props) : undefined;
    const found = await handlerFor(type).read(this.#ctx, {
      id,
      name,
      ...(has(props) ? { props } : {}),
      ...(given ? { inputs: given } : {}),
    });
    // Refresh keeps the record of which ids were autonamed (import has none: the id was given).
    const defaults = inputs?.[DEFAULTS_KEY];
    return found && defaults !== undefined
      ? { ...found, inputs: { ...found.inputs, [DEFAULTS_KEY]: defaults } }
      : found;
  }

  async update(
    type: string,
    id: string,
    name: string,
    olds: Props,
    news: Props,
    oldInputs: Props | undefined,
    preview: boolean,
    timeout: number,
  ): Promise<Props> {
    const h = handlerFor(type);
    const inputs = withoutDefaults(news);
    if (preview) {
      // What an update never changes stays as it is (the policy's id), instead of showing unknown.
      const kept = Object.fromEntries(h.stable.filter((k) => olds[k] !== undefined).map((k) => [k, olds[k]]));
      return { ...this.#preview(h, name, inputs), ...kept };
    }
    const before = oldInputs && Object.keys(oldInputs).length ? oldInputs : this.#inputsOf(type, olds);
    return h.update(this.#ctx, { id, name, olds, oldInputs: withoutDefaults(before), news: inputs, timeout });
  }

  async delete(type: string, id: string, name: string, props: Props): Promise<void> {
    return handlerFor(type).delete(this.#ctx, { id, name, props, pinned: this.#pinned.has(id) });
  }

  /** A function (Invoke): `token` is e.g. `mcpportal:index:getServer`; see provider/functions/. */
  invoke(token: string, args: Props): Promise<Props> {
    return invokeFunction(this.#ctx, token, args);
  }

  cancel(): void {
    this.#ctx.cancel();
  }

  close(): Promise<void> {
    return this.#ctx.close();
  }

  /** Predicted outputs: the inputs, what follows from them, and unknowns for what the API decides. */
  #preview(h: Handler, name: string, news: Props): Props {
    const inputs = withId(h.adapter, name, news);
    const known =
      h === portalHandler ? urls(this.config.apiUrl, reveal(inputs.portalId), reveal(inputs.hostname)) : {};
    return protect(h.adapter, { ...inputs, ...unknowns(h.computed), ...known }, news);
  }

  /** The input part of stored outputs (for engines that do not send old inputs). */
  #inputsOf(type: string, outs: Props): Props {
    const keys = INPUT_KEYS[type] ?? [];
    return Object.fromEntries(Object.entries(outs).filter(([k]) => keys.includes(k)));
  }
}
