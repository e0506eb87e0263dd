// provider/schema.json against everything that must agree with it: the Pulumi package schema rules,
// the project's JSON Schemas (schemas/*.schema.json: every spec property, type, enum, required input
// and secret), the hand-written SDK classes, and the pinned SDK's wire constants and version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as rpc from '@pulumi/pulumi/runtime/rpc.js';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../schemas/registry.js';
import { policyAdapter } from './kinds/policy.js';
import { portalAdapter } from './kinds/portal.js';
import { serverAdapter } from './kinds/server.js';
import schema from './schema.json' with { type: 'json' };
import { SECRET_SIG, SIG_KEY, UNKNOWN } from './wire.js';

type Node = Record<string, unknown>;
type PSpec = {
  type?: string;
  $ref?: string;
  items?: PSpec;
  additionalProperties?: PSpec;
  secret?: boolean;
  default?: unknown;
  properties?: Record<string, PSpec>;
  required?: string[];
  enum?: { value: unknown }[];
};
const types = schema.types as unknown as Record<string, PSpec>;
const resources = schema.resources as unknown as Record<
  string,
  {
    inputProperties: Record<string, PSpec>;
    requiredInputs: string[];
    properties: Record<string, PSpec>;
    required: string[];
  }
>;
const root = join(import.meta.dirname, '..');

describe('the Pulumi package schema', () => {
  const refs: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === '$ref') refs.push(String(x));
        walk(x);
      }
    }
  };
  walk(schema);

  it('names the package mcpportal, at the package version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(schema.name).toMatch(/^[a-zA-Z][-a-zA-Z0-9_]*$/);
    expect(schema.name).toBe('mcpportal');
    expect(schema.version).toBe(pkg.version);
  });

  it('uses well-formed tokens and resolvable type references', () => {
    for (const token of [...Object.keys(resources), ...Object.keys(types)])
      expect(token).toMatch(/^mcpportal:index:[A-Za-z][A-Za-z0-9]*$/);
    for (const ref of refs) expect(Object.keys(types), ref).toContain(ref.replace('#/types/', ''));
  });

  it('lists required properties that exist, and no property named id or urn', () => {
    for (const [token, r] of Object.entries(resources)) {
      for (const k of r.requiredInputs) expect(Object.keys(r.inputProperties), token).toContain(k);
      for (const k of r.required) expect(Object.keys(r.properties), token).toContain(k);
      for (const k of [...Object.keys(r.inputProperties), ...Object.keys(r.properties)])
        expect(['id', 'urn']).not.toContain(k);
      // Every input is also an output, with the same spec.
      for (const [k, spec] of Object.entries(r.inputProperties))
        expect(r.properties[k], `${token}.${k}`).toEqual(spec);
    }
    for (const [token, t] of Object.entries(types))
      for (const k of t.required ?? []) expect(Object.keys(t.properties ?? {}), token).toContain(k);
  });

  it('offers the same provider inputs as stack config, with the token secret', () => {
    expect(schema.provider.inputProperties).toEqual(schema.config.variables);
    expect(schema.config.variables.apiToken.secret).toBe(true);
  });
});

// --- Agreement with the project's JSON Schemas -------------------------------------------------------

const jsonFiles = schemaFiles as Record<string, Node>;

/** Resolves `$ref`s (relative to `file`) and single-element `allOf` wrappers. */
function deref(node: Node, file: string): { node: Node; file: string } {
  let cur = node;
  let at = file;
  for (;;) {
    if (typeof cur.$ref === 'string') {
      const [f, pointer] = cur.$ref.split('#');
      at = f || at;
      cur = (pointer ?? '')
        .split('/')
        .filter(Boolean)
        .reduce<Node>((o, k) => o[k] as Node, jsonFiles[at] as Node);
    } else if (Array.isArray(cur.allOf) && cur.allOf.length === 1) {
      const { allOf, ...rest } = cur;
      cur = { ...rest, ...(allOf[0] as Node) };
    } else return { node: cur, file: at };
  }
}

const isSecretRef = (node: Node) =>
  Array.isArray(node.oneOf) &&
  (node.oneOf as Node[]).some((b) => (b.properties as Node | undefined)?.fromEnv);

/**
 * An object schema's properties and required list. A `oneOf` of objects merges its branches (a property
 * that is a `const` in each branch becomes an enum of them); branches that only add `required` count
 * as "one of these", so they add nothing required.
 */
function objectShape(
  node: Node,
  file: string,
): { props: Record<string, { node: Node; file: string }>; required: string[] } {
  const props: Record<string, { node: Node; file: string }> = Object.fromEntries(
    Object.entries((node.properties as Record<string, Node>) ?? {}).map(([k, v]) => [k, deref(v, file)]),
  );
  const required = [...((node.required as string[] | undefined) ?? [])];
  const branches = ((node.oneOf as Node[] | undefined) ?? [])
    .map((b) => deref(b, file))
    .filter((b) => b.node.properties);
  if (branches.length) {
    const shapes = branches.map((b) => objectShape(b.node, b.file));
    for (const shape of shapes) {
      for (const [k, v] of Object.entries(shape.props)) {
        const prev = props[k];
        if (prev && Array.isArray(prev.node.enum) && 'const' in v.node) {
          const values = [...(prev.node.enum as unknown[]), v.node.const];
          props[k] = { node: { type: 'string', enum: values }, file: v.file };
        } else
          props[k] = 'const' in v.node ? { node: { type: 'string', enum: [v.node.const] }, file: v.file } : v;
      }
    }
    for (const k of shapes[0]?.required ?? [])
      if (shapes.every((x) => x.required.includes(k))) required.push(k);
  }
  return { props, required: [...new Set(required)] };
}

function compare(j: { node: Node; file: string }, p: PSpec, path: string, problems: string[]): void {
  const target = p.$ref ? (types[p.$ref.replace('#/types/', '')] as PSpec) : p;
  const { node, file } = j;
  if (isSecretRef(node)) {
    if (target.type !== 'string' || p.secret !== true)
      problems.push(`${path}: a secret reference must be a secret string`);
    return;
  }
  const jsonEnum = (node.enum as unknown[] | undefined) ?? undefined;
  if (jsonEnum || target.enum) {
    const pv = (target.enum ?? []).map((e) => e.value).sort();
    if (JSON.stringify([...(jsonEnum ?? [])].sort()) !== JSON.stringify(pv))
      problems.push(`${path}: enum ${pv} differs`);
    return;
  }
  const jsonType =
    (node.type as string | undefined) ?? (node.oneOf || node.properties ? 'object' : undefined);
  if (jsonType !== target.type) problems.push(`${path}: type ${String(jsonType)} vs ${String(target.type)}`);
  if ('default' in node && typeof node.default !== 'object' && node.default !== p.default)
    problems.push(`${path}: default ${String(node.default)} vs ${String(p.default)}`);
  if (jsonType === 'array' && target.items)
    compare(deref(node.items as Node, file), target.items, `${path}[]`, problems);
  if (jsonType === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object') {
    if (!target.additionalProperties) problems.push(`${path}: a map in the JSON Schema`);
    else
      compare(
        deref(node.additionalProperties as Node, file),
        { ...target.additionalProperties, secret: p.secret },
        `${path}{}`,
        problems,
      );
    return;
  }
  if (jsonType === 'object') {
    const shape = objectShape(node, file);
    const pprops = target.properties ?? {};
    const missing = Object.keys(shape.props).filter((k) => !(k in pprops));
    const extra = Object.keys(pprops).filter((k) => !(k in shape.props));
    if (missing.length || extra.length) problems.push(`${path}: missing ${missing} extra ${extra}`);
    if (JSON.stringify([...shape.required].sort()) !== JSON.stringify([...(target.required ?? [])].sort()))
      problems.push(`${path}: required ${shape.required} vs ${target.required}`);
    for (const [k, v] of Object.entries(shape.props))
      if (pprops[k]) compare(v, pprops[k] as PSpec, `${path}.${k}`, problems);
  }
}

describe('schema.json agrees with the JSON Schemas', () => {
  const kinds = [
    { adapter: serverAdapter, file: 'mcp-server.schema.json' },
    { adapter: portalAdapter, file: 'mcp-portal.schema.json' },
    { adapter: policyAdapter, file: 'access-policy.schema.json' },
  ];
  it.each(kinds)('$adapter.token mirrors the manifest spec of $file', ({ adapter, file }) => {
    const spec = deref({ $ref: '#/definitions/Spec' }, file);
    const r = resources[adapter.token];
    expect(r).toBeDefined();
    if (!r) return;
    const own = [adapter.idKey, ...Object.keys(adapter.providerKeys)];
    const inputs = Object.fromEntries(Object.entries(r.inputProperties).filter(([k]) => !own.includes(k)));
    const problems: string[] = [];
    compare(spec, { type: 'object', properties: inputs, required: r.requiredInputs }, adapter.kind, problems);
    expect(problems).toEqual([]);
    // The id input follows metadata.name's schema; provider options are declared too.
    for (const k of own) expect(r.inputProperties[k], k).toBeDefined();
  });

  it('catches a disagreement', () => {
    const spec = deref({ $ref: '#/definitions/Spec' }, 'mcp-portal.schema.json');
    const r = resources['mcpportal:index:McpPortal'] as (typeof resources)[string];
    const { portalId: _id, codeMode: _c, ...inputs } = r.inputProperties;
    const problems: string[] = [];
    compare(
      spec,
      { type: 'object', properties: { ...inputs, extra: { type: 'string' } }, required: [] },
      'McpPortal',
      problems,
    );
    expect(problems.join('\n')).toMatch(/missing codeMode extra extra/);
    expect(problems.join('\n')).toMatch(/required hostname vs/);
  });
});

// --- Agreement with the SDK ----------------------------------------------------------------------------

/** Class names with their type token, output members and args-interface members, read from the SDK source. */
function readSdk(): Map<string, { token: string; outputs: string[]; args: string[] }> {
  const dir = join(import.meta.dirname, 'sdk');
  const out = new Map<string, { token: string; outputs: string[]; args: string[] }>();
  for (const file of ['policy.ts', 'server.ts', 'portal.ts', 'provider.ts']) {
    const src = ts.createSourceFile(
      file,
      readFileSync(join(dir, file), 'utf8'),
      ts.ScriptTarget.ES2022,
      true,
    );
    const interfaces = new Map<string, string[]>();
    src.forEachChild((n) => {
      if (ts.isInterfaceDeclaration(n))
        interfaces.set(
          n.name.text,
          n.members.map((m) => (m.name as ts.Identifier).text),
        );
    });
    src.forEachChild((n) => {
      if (!ts.isClassDeclaration(n) || !n.name) return;
      let token = '';
      const outputs: string[] = [];
      for (const m of n.members) {
        if (ts.isPropertyDeclaration(m) && (m.name as ts.Identifier).text === '__pulumiType' && m.initializer)
          token = (m.initializer as ts.StringLiteral).text;
        else if (
          ts.isPropertyDeclaration(m) &&
          m.modifiers?.some((x) => x.kind === ts.SyntaxKind.DeclareKeyword)
        )
          outputs.push((m.name as ts.Identifier).text);
      }
      out.set(n.name.text, { token, outputs, args: interfaces.get(`${n.name.text}Args`) ?? [] });
    });
  }
  return out;
}

describe('the SDK agrees with schema.json', () => {
  const sdk = readSdk();
  it('has a class per resource with the schema inputs as args and the schema properties as outputs', () => {
    for (const [token, r] of Object.entries(resources)) {
      const cls = sdk.get(token.split(':')[2] as string);
      expect(cls?.token, token).toBe(token);
      expect([...(cls?.args ?? [])].sort(), token).toEqual(Object.keys(r.inputProperties).sort());
      expect([...(cls?.outputs ?? [])].sort(), token).toEqual(Object.keys(r.properties).sort());
    }
  });

  it('has a Provider with the schema provider inputs', () => {
    const p = sdk.get('Provider');
    expect(p?.token).toBe('mcpportal');
    expect([...(p?.args ?? [])].sort()).toEqual(Object.keys(schema.provider.inputProperties).sort());
  });

  it('declares nested input types with the schema types properties', () => {
    const src = ts.createSourceFile(
      'types.ts',
      readFileSync(join(import.meta.dirname, 'sdk', 'types.ts'), 'utf8'),
      ts.ScriptTarget.ES2022,
      true,
    );
    const declared = new Map<string, string[]>();
    src.forEachChild((n) => {
      if (ts.isInterfaceDeclaration(n))
        declared.set(
          n.name.text,
          n.members.map((m) => (m.name as ts.Identifier).text),
        );
    });
    for (const [token, t] of Object.entries(types)) {
      if (t.type !== 'object') continue;
      expect([...(declared.get(token.split(':')[2] as string) ?? [])].sort(), token).toEqual(
        Object.keys(t.properties ?? {}).sort(),
      );
    }
  });
});

describe('the pinned Pulumi SDK', () => {
  it('is @pulumi/pulumi 3.248.0, the last release for Node 20', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const installed = JSON.parse(
      readFileSync(join(root, 'node_modules/@pulumi/pulumi/package.json'), 'utf8'),
    );
    expect(pkg.dependencies['@pulumi/pulumi']).toBe('3.248.0');
    expect(installed.version).toBe('3.248.0');
  });

  it('uses the same wire constants as the plugin', () => {
    expect(rpc.specialSigKey).toBe(SIG_KEY);
    expect(rpc.specialSecretSig).toBe(SECRET_SIG);
    expect(rpc.unknownValue).toBe(UNKNOWN);
  });
});
