/**
 * A minimal Pulumi YAML engine for tests (the real one is part of the Pulumi CLI, which cannot run
 * here): orders a program's resources by their `${...}` references, then drives Check, Diff, Create and
 * Delete through the spawned plugin, substituting config and outputs (keeping secrets wrapped).
 */
import { randomBytes } from 'node:crypto';
import { isSecret, type Props, reveal, secret } from '../wire.js';
import type { Plugin } from './engine.js';

export interface YamlProgram {
  config?: Record<string, { default?: unknown; secret?: boolean }>;
  resources: Record<string, { type: string; properties?: Props }>;
  outputs?: Props;
}

export interface Deployment {
  /** Per resource: type, id, checked inputs and outputs. */
  state: Record<string, { type: string; id: string; inputs: Props; outs: Props }>;
  outputs: Props;
}

const REF = /\$\{([^}]+)\}/g;
const token = (type: string) => (type.split(':').length === 2 ? type.replace(':', ':index:') : type);

/** Resources in dependency order (references first). */
export function order(program: YamlProgram): string[] {
  const deps = new Map(
    Object.entries(program.resources).map(([name, r]) => [
      name,
      [...JSON.stringify(r.properties ?? {}).matchAll(REF)]
        .map((m) => (m[1] as string).split('.')[0] as string)
        .filter((d) => d in program.resources),
    ]),
  );
  const out: string[] = [];
  const visit = (n: string, path: string[]) => {
    if (out.includes(n)) return;
    if (path.includes(n)) throw new Error(`cycle: ${[...path, n].join(' -> ')}`);
    for (const d of deps.get(n) ?? []) visit(d, [...path, n]);
    out.push(n);
  };
  for (const n of deps.keys()) visit(n, []);
  return out;
}

function substitute(v: unknown, lookup: (expr: string) => unknown): unknown {
  if (typeof v === 'string') {
    const whole = /^\$\{([^}]+)\}$/.exec(v);
    if (whole) return lookup(whole[1] as string);
    return v.replace(REF, (_, expr: string) => String(reveal(lookup(expr))));
  }
  if (Array.isArray(v)) return v.map((x) => substitute(x, lookup));
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, substitute(x, lookup)]));
  return v;
}

/** `pulumi up` of a fresh stack: creates every resource in order; throws on any Check failure. */
export async function up(plugin: Plugin, program: YamlProgram, config: Props): Promise<Deployment> {
  const state: Deployment['state'] = {};
  const lookup = (expr: string): unknown => {
    const [head, prop] = expr.split('.') as [string, string | undefined];
    if (prop === undefined) {
      const decl = program.config?.[head];
      const value = config[head] ?? decl?.default;
      if (value === undefined) throw new Error(`missing config ${head}`);
      return decl?.secret && !isSecret(value) ? secret(value) : value;
    }
    const s = state[head];
    if (!s) throw new Error(`\${${expr}} used before ${head} exists`);
    return prop === 'id' ? s.id : s.outs[prop];
  };
  for (const name of order(program)) {
    const r = program.resources[name] as { type: string; properties?: Props };
    const type = token(r.type);
    const news = substitute(r.properties ?? {}, lookup) as Props;
    // The engine sends a fresh random seed per resource and run: ids the program leaves out are autonamed.
    const checked = await plugin.check(type, name, news, {}, { randomSeed: randomBytes(32) });
    if (checked.failures.length) throw new Error(`${name}: ${JSON.stringify(checked.failures)}`);
    const { id, outs } = await plugin.create(type, name, checked.inputs);
    state[name] = { type, id, inputs: checked.inputs, outs };
  }
  return { state, outputs: substitute(program.outputs ?? {}, lookup) as Props };
}

/** A second `pulumi preview` with the same program: the diff of every resource. */
export async function preview(plugin: Plugin, program: YamlProgram, d: Deployment, config: Props) {
  const diffs: Record<string, Awaited<ReturnType<Plugin['diff']>>> = {};
  const lookup = (expr: string): unknown => {
    const [head, prop] = expr.split('.') as [string, string | undefined];
    if (prop === undefined) {
      const decl = program.config?.[head];
      const value = config[head] ?? decl?.default;
      return decl?.secret ? secret(value) : value;
    }
    const s = d.state[head];
    return prop === 'id' ? s?.id : s?.outs[prop];
  };
  for (const name of order(program)) {
    const s = d.state[name] as Deployment['state'][string];
    const news = substitute(program.resources[name]?.properties ?? {}, lookup) as Props;
    const checked = await plugin.check(s.type, name, news, s.inputs, { randomSeed: randomBytes(32) });
    diffs[name] = await plugin.diff(s.type, name, s.id, s.outs, checked.inputs, s.inputs);
  }
  return diffs;
}

/** `pulumi destroy`: deletes in reverse dependency order. */
export async function destroy(plugin: Plugin, program: YamlProgram, d: Deployment): Promise<void> {
  for (const name of order(program).reverse()) {
    const s = d.state[name];
    if (s) await plugin.delete(s.type, name, s.id, s.outs);
  }
}
