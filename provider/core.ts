/**
 * The provider's engine-facing logic on plain values (no gRPC): configuration, and Check, Diff,
 * Create, Read, Update and Delete dispatched by type token to the kind handlers. Previews (Create or
 * Update with `preview`) never call the API: they echo the inputs and mark computed outputs unknown.
 */
import { checkConfig, diffConfig, type Failure, type ProviderConfig, resolveConfig } from './config.js';
import { checkInputs } from './kinds/check.js';
import { diffInputs, type InputDiff, withId } from './kinds/diff.js';
import { Context } from './resources/context.js';
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

/** `urn:pulumi:stack::project::type$type::name`: the resource's own type and name. */
export function parseUrn(urn: string): { type: string; name: string } {
  const parts = urn.split('::');
  const types = (parts[2] ?? '').split('$');
  return { type: types[types.length - 1] ?? '', name: parts.slice(3).join('::') };
}

export class ProviderCore {
  #ctx: Context;

  constructor(
    readonly env: NodeJS.ProcessEnv,
    readonly log: (line: string) => void,
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
  }

  check(type: string, name: string, news: Props): { inputs: Props; failures: Failure[] } {
    return checkInputs(handlerFor(type).adapter, name, news);
  }

  /** `olds` are the old outputs; `oldInputs` the old inputs when the engine sends them. */
  diff(type: string, name: string, olds: Props, news: Props, oldInputs: Props | undefined): InputDiff {
    const h = handlerFor(type);
    const before = oldInputs && Object.keys(oldInputs).length ? oldInputs : this.#inputsOf(type, olds);
    const d = diffInputs(h.adapter, name, before, news);
    if (h === serverHandler) {
      const id = String((reveal(withId(h.adapter, name, news)) as Props).serverId);
      if (d.replaces.length && d.deleteBeforeReplace) this.#ctx.replacing.add(id);
      else this.#ctx.replacing.delete(id);
    }
    return d;
  }

  async create(type: string, name: string, news: Props, preview: boolean, timeout: number) {
    const h = handlerFor(type);
    if (preview) return { id: '', outs: this.#preview(h, name, news) };
    return h.create(this.#ctx, { name, news, timeout });
  }

  async read(type: string, id: string, name: string, props: Props | undefined, inputs: Props | undefined) {
    const has = (p: Props | undefined) => (p && Object.keys(p).length ? p : undefined);
    return handlerFor(type).read(this.#ctx, {
      id,
      name,
      ...(has(props) ? { props } : {}),
      ...(has(inputs) ? { inputs } : {}),
    });
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
    if (preview) return this.#preview(h, name, news);
    const before = oldInputs && Object.keys(oldInputs).length ? oldInputs : this.#inputsOf(type, olds);
    return h.update(this.#ctx, { id, name, olds, oldInputs: before, news, timeout });
  }

  async delete(type: string, id: string, name: string, props: Props): Promise<void> {
    return handlerFor(type).delete(this.#ctx, { id, name, props });
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
