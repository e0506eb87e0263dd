/**
 * A static check of a Pulumi YAML program against provider/schema.json, the way Pulumi YAML resolves
 * it: resource types (`pkg:Type` is `pkg:index:Type`), input properties (nested, with required ones
 * and enum values) and every `${resource.property}` or `${config}` reference. Used only by tests.
 */
import schema from '../schema.json' with { type: 'json' };

type PSpec = {
  type?: string;
  $ref?: string;
  items?: PSpec;
  additionalProperties?: PSpec;
  properties?: Record<string, PSpec>;
  required?: string[];
  enum?: { value: unknown }[];
};
export type Resource = {
  inputProperties: Record<string, PSpec>;
  requiredInputs: string[];
  properties: Record<string, PSpec>;
};
const types = schema.types as unknown as Record<string, PSpec>;
export const resources = schema.resources as unknown as Record<string, Resource>;

/** Pulumi YAML's type resolution: `pkg:Type` is `pkg:index:Type`; providers are `pulumi:providers:pkg`. */
export function resolveType(type: string): Resource | undefined {
  if (type === 'pulumi:providers:mcpportal')
    return { inputProperties: schema.provider.inputProperties as never, requiredInputs: [], properties: {} };
  const parts = type.split(':');
  const token = parts.length === 2 ? `${parts[0]}:index:${parts[1]}` : type;
  return resources[token];
}

const INTERPOLATION = /\$\{([^}]+)\}/g;

/** Checks a literal value against a property spec; interpolations are checked elsewhere. */
function checkValue(value: unknown, spec: PSpec, path: string, problems: string[]): void {
  if (typeof value === 'string' && /^\$\{[^}]+\}$/.test(value)) return;
  const t = spec.$ref ? types[spec.$ref.replace('#/types/', '')] : spec;
  if (!t) return void problems.push(`${path}: unknown type ${spec.$ref}`);
  if (t.enum) {
    if (!t.enum.some((e) => e.value === value))
      problems.push(`${path}: ${JSON.stringify(value)} is not one of the enum`);
    return;
  }
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const want = t.type === 'integer' ? 'number' : t.type;
  if (actual !== want) return void problems.push(`${path}: ${actual}, the schema says ${t.type}`);
  if (t.type === 'array' && t.items) {
    const items = t.items;
    for (const [i, v] of (value as unknown[]).entries()) checkValue(v, items, `${path}[${i}]`, problems);
  }
  if (t.type === 'object') {
    const obj = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(obj)) {
      const p = t.properties?.[k] ?? t.additionalProperties;
      if (!p) problems.push(`${path}.${k}: not a property of ${spec.$ref ?? 'this object'}`);
      else checkValue(v, p, `${path}.${k}`, problems);
    }
    for (const r of t.required ?? []) if (!(r in obj)) problems.push(`${path}: missing required ${r}`);
  }
}

export interface YamlProgram {
  runtime: string;
  plugins?: { providers?: { name: string; path: string }[] };
  config?: Record<string, unknown>;
  resources: Record<string, { type: string; properties?: Record<string, unknown>; options?: unknown }>;
  outputs?: Record<string, unknown>;
}

/** Every problem of a Pulumi YAML program against schema.json. */
export function checkYamlProgram(program: YamlProgram): string[] {
  const problems: string[] = [];
  for (const [name, r] of Object.entries(program.resources)) {
    const res = resolveType(r.type);
    if (!res) {
      problems.push(`${name}: unknown type ${r.type}`);
      continue;
    }
    const props = r.properties ?? {};
    for (const [k, v] of Object.entries(props)) {
      const spec = res.inputProperties[k];
      if (!spec) problems.push(`${name}.${k}: not an input of ${r.type}`);
      else checkValue(v, spec, `${name}.${k}`, problems);
    }
    for (const k of res.requiredInputs) if (!(k in props)) problems.push(`${name}: missing required ${k}`);
  }
  // Every `${x.y}` names a config key, or a resource and one of its outputs.
  const refs = JSON.stringify([program.resources, program.outputs ?? {}]).matchAll(INTERPOLATION);
  for (const [, expr] of refs) {
    const [head, prop] = (expr as string).split('.');
    if (prop === undefined) {
      if (!(head && program.config && head in program.config))
        problems.push(`\${${expr}}: no such config key`);
      continue;
    }
    const target = program.resources[head as string];
    const res = target && resolveType(target.type);
    if (!res) problems.push(`\${${expr}}: no such resource`);
    else if (!(prop in res.properties) && prop !== 'id' && prop !== 'urn')
      problems.push(`\${${expr}}: not an output of ${target.type}`);
  }
  return problems;
}
