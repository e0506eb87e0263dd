// provider/schema.json (generated from the JSON Schemas by `npm run gen`; scripts/gen.test.ts fails when
// it is stale) against what the generator cannot vouch for: the Pulumi package schema rules, a description
// for everything users read, the package metadata, the generated SDK classes and functions, and the pinned
// SDK's wire constants and version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as rpc from '@pulumi/pulumi/runtime/rpc.js';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import schema from './schema.json' with { type: 'json' };
import { SECRET_SIG, SIG_KEY, UNKNOWN } from './wire.js';

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
const functions = schema.functions as unknown as Record<
  string,
  { description?: string; inputs: PObject; outputs: PObject }
>;
type PObject = {
  type?: string;
  properties: Record<string, PSpec & { description?: string }>;
  required?: string[];
};
const root = join(import.meta.dirname, '..');

/** Where a description is missing: resources, types, enum values, functions, config, provider. */
function undescribed(pkg: typeof schema): string[] {
  const missing: string[] = [];
  const props = (where: string, p: Record<string, { description?: string }> | undefined) => {
    for (const [k, v] of Object.entries(p ?? {})) if (!v.description) missing.push(`${where}.${k}`);
  };
  type Described = { description?: string };
  for (const [token, r] of Object.entries(
    pkg.resources as Record<
      string,
      Described & { inputProperties?: Record<string, Described>; properties?: Record<string, Described> }
    >,
  )) {
    if (!r.description) missing.push(`resources.${token}`);
    props(`resources.${token}.inputProperties`, r.inputProperties);
    props(`resources.${token}.properties`, r.properties);
  }
  for (const [token, t] of Object.entries(
    pkg.types as Record<
      string,
      Described & { properties?: Record<string, Described>; enum?: { value: string; description?: string }[] }
    >,
  )) {
    if (!t.description) missing.push(`types.${token}`);
    props(`types.${token}`, t.properties);
    for (const e of t.enum ?? []) if (!e.description) missing.push(`types.${token}.enum.${e.value}`);
  }
  for (const [token, f] of Object.entries(
    pkg.functions as Record<string, Described & { inputs: PObject; outputs: PObject }>,
  )) {
    if (!f.description) missing.push(`functions.${token}`);
    props(`functions.${token}.inputs`, f.inputs.properties);
    props(`functions.${token}.outputs`, f.outputs.properties);
  }
  props('config', pkg.config.variables);
  props('provider', pkg.provider.inputProperties);
  if (!pkg.provider.description) missing.push('provider');
  return missing;
}

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

  it('gives defaults only to scalar properties, of the property type', () => {
    const check = (p: PSpec, where: string) => {
      if (p.default === undefined) return;
      const t = p.$ref ? types[p.$ref.replace('#/types/', '')] : p;
      const want = t?.enum ? typeof t.enum[0]?.value : t?.type === 'integer' ? 'number' : t?.type;
      expect(typeof p.default, where).toBe(want);
    };
    for (const [token, r] of Object.entries(resources))
      for (const [k, p] of Object.entries({ ...r.inputProperties, ...r.properties }))
        check(p, `${token}.${k}`);
    for (const [token, t] of Object.entries(types))
      for (const [k, p] of Object.entries(t.properties ?? {})) check(p, `${token}.${k}`);
  });

  it('uses camelCase function tokens whose inputs and outputs are objects', () => {
    for (const [token, f] of Object.entries(functions)) {
      expect(token).toMatch(/^mcpportal:index:[a-z][A-Za-z0-9]*$/);
      expect(f.inputs.type).toBe('object');
      expect(f.outputs.type).toBe('object');
      for (const k of f.outputs.required ?? []) expect(Object.keys(f.outputs.properties), token).toContain(k);
    }
    expect(Object.keys(functions).sort()).toEqual(
      ['getPolicy', 'getPortal', 'getServer', 'listServers'].map((n) => `mcpportal:index:${n}`),
    );
  });

  it('describes every resource, type, function, property and enum value', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('the description check finds what it must (a property, an enum value, a function output)', () => {
    const copy = JSON.parse(JSON.stringify(schema));
    delete copy.resources['mcpportal:index:McpServer'].properties.discoveredTools.description;
    delete copy.types['mcpportal:index:CodeMode'].enum[1].description;
    delete copy.functions['mcpportal:index:getPortal'].outputs.properties.mcpUrl.description;
    expect(undescribed(copy)).toEqual([
      'resources.mcpportal:index:McpServer.properties.discoveredTools',
      'types.mcpportal:index:CodeMode.enum.opt_in',
      'functions.mcpportal:index:getPortal.outputs.mcpUrl',
    ]);
  });

  it('carries the package metadata, and an SDK package name apart from the CLI package', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(schema.license).toBe(pkg.license);
    expect(schema.publisher).toBeTruthy();
    expect(schema.keywords).toEqual(expect.arrayContaining(['pulumi', 'category/network', 'kind/native']));
    expect(new URL(schema.repository).protocol).toBe('https:');
    expect(new URL(schema.homepage).protocol).toBe('https:');
    // No public artefact host: users install the plugin tarball or set their own pluginDownloadURL.
    expect(schema).not.toHaveProperty('pluginDownloadURL');
    expect(schema.language.nodejs.packageName).toMatch(/^(@[a-z0-9-]+\/)?[a-z0-9-]+$/);
    expect(schema.language.nodejs.packageName).not.toBe(pkg.name);
  });

  it('offers the same provider inputs as stack config, with the token secret', () => {
    expect(schema.provider.inputProperties).toEqual(schema.config.variables);
    expect(schema.config.variables.apiToken.secret).toBe(true);
  });
});

// --- Agreement with the SDK ----------------------------------------------------------------------------

/**
 * Each generated SDK class (sdk/generated/, by scripts/gen/pulumi-sdk.ts): its type token, its `declare`d
 * output members, the keys it registers when creating (output-only keys must be there as `undefined`, or
 * Pulumi makes no Output for them) and the required inputs it checks.
 */
function readSdk(): Map<string, { token: string; outputs: string[]; inputs: string[]; source: string }> {
  const dir = join(import.meta.dirname, 'sdk', 'generated');
  const out = new Map<string, { token: string; outputs: string[]; inputs: string[]; source: string }>();
  for (const file of [
    'access-group.ts',
    'access-policy.ts',
    'mcp-server.ts',
    'mcp-portal.ts',
    'provider.ts',
  ]) {
    const source = readFileSync(join(dir, file), 'utf8');
    const src = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
    src.forEachChild((n) => {
      if (!ts.isClassDeclaration(n) || !n.name) return;
      let token = '';
      const outputs: string[] = [];
      let inputs: string[] = [];
      for (const m of n.members) {
        if (ts.isPropertyDeclaration(m) && (m.name as ts.Identifier).text === '__pulumiType' && m.initializer)
          token = (m.initializer as ts.StringLiteral).text;
        else if (
          ts.isPropertyDeclaration(m) &&
          m.modifiers?.some((x) => x.kind === ts.SyntaxKind.DeclareKeyword)
        )
          outputs.push((m.name as ts.Identifier).text);
        else if (ts.isConstructorDeclaration(m) && m.body) {
          // The keys assigned as `resourceInputs.<key> = args...` (or `= undefined` for an output).
          const keys: string[] = [];
          const visit = (x: ts.Node): void => {
            if (
              ts.isBinaryExpression(x) &&
              x.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
              ts.isPropertyAccessExpression(x.left) &&
              x.left.expression.getText() === 'resourceInputs' &&
              !/\bstate\b/.test(x.right.getText())
            )
              keys.push(x.left.name.text);
            x.forEachChild(visit);
          };
          visit(m.body);
          inputs = keys;
        }
      }
      out.set(n.name.text, { token, outputs, inputs, source });
    });
  }
  return out;
}

describe('the SDK agrees with schema.json', () => {
  const sdk = readSdk();
  it.each(Object.keys(resources))(
    '%s: a class registering every property and declaring it as an output',
    (token) => {
      const r = resources[token] as (typeof resources)[string];
      const cls = sdk.get(token.split(':')[2] as string);
      expect(cls?.token).toBe(token);
      expect([...(cls?.inputs ?? [])].sort()).toEqual(Object.keys(r.properties).sort());
      expect([...(cls?.outputs ?? [])].sort()).toEqual(Object.keys(r.properties).sort());
      for (const k of r.requiredInputs) expect(cls?.source).toContain(`Missing required property '${k}'`);
    },
  );

  it('exports each function in both forms (a Promise and an Output)', async () => {
    const mod = (await import('./sdk/index.js')) as unknown as Record<string, unknown>;
    for (const token of Object.keys(functions)) {
      const name = token.split(':')[2] as string;
      expect(typeof mod[name], name).toBe('function');
      expect(typeof mod[`${name}Output`], `${name}Output`).toBe('function');
    }
  });

  it('has a Provider registering the schema provider inputs', () => {
    const p = sdk.get('Provider');
    expect(p?.token).toBe('mcpportal');
    expect([...(p?.inputs ?? [])].sort()).toEqual(Object.keys(schema.provider.inputProperties).sort());
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
