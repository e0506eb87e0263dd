// The Pulumi schema and SDK generator on edited copies of the manifest schemas: what a schema change
// does to provider/schema.json (new inputs, secrets, replace-on-change marks) and the errors that stop
// generation when the schemas and the overlay disagree. The committed files' drift is scripts/gen.test.ts.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceOnChange } from '../../schemas/registry.js';
import type { JsonObject } from './bundle.js';
import { formatJson, type PulumiPackage, pulumiSchema } from './pulumi-schema.js';
import { generateSdk, generateSdkTypes } from './pulumi-sdk.js';

const root = join(import.meta.dirname, '..', '..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as JsonObject;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Schema = {
  definitions: Record<string, { properties: Record<string, unknown>; [k: string]: unknown }>;
};

/** Generates from a copy of schemas/ after `edit` changed one kind's schema file. */
function generateWith(file: string, edit: (schema: Schema) => void): PulumiPackage {
  const dir = mkdtempSync(join(tmpdir(), 'pulumi-schema-'));
  dirs.push(dir);
  cpSync(join(root, 'schemas'), dir, { recursive: true, filter: (src) => !src.includes('generated') });
  const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Schema;
  edit(schema);
  writeFileSync(join(dir, file), JSON.stringify(schema));
  return pulumiSchema(dir, packageJson);
}

const PORTAL = 'mcp-portal.schema.json';
const SERVER = 'mcp-server.schema.json';
const POLICY = 'access-policy.schema.json';
const COMMON = 'common.schema.json';
const spec = (s: Schema) => s.definitions.Spec as Schema['definitions'][string];
const resource = (pkg: PulumiPackage, kind: string) => pkg.resources[`mcpportal:index:${kind}`];

describe('replaceOnChange', () => {
  it.each([
    { kind: 'McpServer' as const, want: ['url', 'auth.type'], reason: 'the API cannot update them' },
    { kind: 'McpPortal' as const, want: [], reason: 'its id is an identity, not a spec field' },
    { kind: 'AccessPolicy' as const, want: [], reason: 'a rename is an update' },
  ])('$kind: $want ($reason)', ({ kind, want }) => {
    expect(replaceOnChange(kind)).toEqual(want);
  });
});

describe('the generated package schema follows the manifest schemas', () => {
  it('turns a new spec property into an input and an output', () => {
    const pkg = generateWith(PORTAL, (s) => {
      spec(s).properties.banner = { description: 'A banner.', type: 'string', maxLength: 80 };
    });
    const r = resource(pkg, 'McpPortal');
    expect(r?.inputProperties.banner).toEqual({ type: 'string', description: 'A banner.' });
    expect(r?.properties.banner).toEqual({ type: 'string', description: 'A banner.' });
    expect(r?.required).not.toContain('banner');
  });

  it('turns a secret reference into a secret string, and a map of them into a secret map', () => {
    const pkg = generateWith(PORTAL, (s) => {
      spec(s).properties.webhookSecret = {
        description: 'Signs webhooks.',
        allOf: [{ $ref: 'common.schema.json#/definitions/SecretRef' }],
      };
    });
    expect(resource(pkg, 'McpPortal')?.inputProperties.webhookSecret).toEqual({
      type: 'string',
      description: 'Signs webhooks.',
      secret: true,
    });
    const auth = pkg.types['mcpportal:index:ServerAuth'];
    expect(auth?.type === 'object' && auth.properties.headers).toMatchObject({
      type: 'object',
      additionalProperties: { type: 'string' },
      secret: true,
    });
  });

  it('marks the properties x-replace-on-change names, nested ones in their type', () => {
    const pkg = generateWith(PORTAL, (s) => {
      spec(s)['x-replace-on-change'] = ['hostname'];
    });
    const r = resource(pkg, 'McpPortal');
    expect(r?.inputProperties.hostname?.willReplaceOnChanges).toBe(true);
    expect(r?.properties.hostname?.willReplaceOnChanges).toBe(true);
    expect(r?.inputProperties.description?.willReplaceOnChanges).toBeUndefined();
    const server = resource(pkg, 'McpServer');
    expect(server?.inputProperties.url?.willReplaceOnChanges).toBe(true);
    const auth = pkg.types['mcpportal:index:ServerAuth'];
    expect(auth?.type === 'object' && auth.properties.type?.willReplaceOnChanges).toBe(true);
  });

  it('carries scalar defaults and documents `const: true` flags', () => {
    const pkg = generateWith(POLICY, () => {});
    expect(resource(pkg, 'AccessPolicy')?.inputProperties.sessionDuration?.default).toBe('24h');
    expect(resource(pkg, 'AccessPolicy')?.inputProperties.require?.default).toBeUndefined();
    const rule = pkg.types['mcpportal:index:AccessRule'];
    expect(rule?.type === 'object' && rule.properties.everyone?.description).toMatch(/\(must be true\)\.$/);
  });

  it('maps a scalar-or-object selector to a Pulumi oneOf of the scalar and a named type', () => {
    const pkg = generateWith(POLICY, () => {});
    const rule = pkg.types['mcpportal:index:AccessRule'];
    const posture = rule?.type === 'object' ? rule.properties.devicePosture : undefined;
    expect(posture?.oneOf).toEqual([
      { type: 'string' },
      { $ref: '#/types/mcpportal:index:DevicePostureRule' },
    ]);
    expect(resource(pkg, 'AccessGroup')?.requiredInputs).toEqual(['include']);
  });
});

describe('generation stops when the schemas and the overlay disagree', () => {
  it.each([
    {
      name: 'annotation path without a property',
      file: SERVER,
      edit: (s: Schema) => {
        spec(s)['x-replace-on-change'] = ['url', 'nope'];
      },
      error: /McpServer x-replace-on-change "nope": no property nope/,
      reason: 'a misspelt path would silently never replace',
    },
    {
      name: 'annotation path through a scalar',
      file: SERVER,
      edit: (s: Schema) => {
        spec(s)['x-replace-on-change'] = ['url.host'];
      },
      error: /"url.host": url is not an object/,
      reason: 'only object properties have nested fields',
    },
    {
      name: 'missing annotation',
      file: POLICY,
      edit: (s: Schema) => {
        delete spec(s)['x-replace-on-change'];
      },
      error: /access-policy.schema.json: definitions.Spec lacks a string array "x-replace-on-change"/,
      reason: 'every kind states its replace-on fields, even when there are none',
    },
    {
      name: 'inline enum without a Pulumi type name',
      file: PORTAL,
      edit: (s: Schema) => {
        spec(s).properties.tier = { type: 'string', enum: ['free', 'paid'] };
      },
      error:
        /an enum at mcp-portal.schema.json#\/definitions\/Spec\/properties\/tier has no Pulumi type name/,
      reason: 'type tokens are API: they are named in the overlay, never guessed',
    },
    {
      name: 'overlay description for a property the schema now describes',
      file: SERVER,
      edit: (s: Schema) => {
        (s.definitions.OAuthAuth as Schema['definitions'][string]).properties.scope = {
          type: 'string',
          description: 'The OAuth scope.',
        };
      },
      error: /PULUMI_OVERLAY.undescribed\["ServerAuth.scope"\]: the schema describes it now/,
      reason: 'the schema is the source: a second text would hide its own',
    },
    {
      name: 'new enum value without a description',
      file: PORTAL,
      edit: (s: Schema) => {
        (spec(s).properties.codeMode as { enum: string[] }).enum.push('turbo');
      },
      error: /CodeMode.turbo: no description; add one to PULUMI_OVERLAY.enumValues/,
      reason: 'every enum value is documented in the SDKs and the registry docs',
    },
    {
      name: 'overlay description for an enum value the schema no longer has',
      file: PORTAL,
      edit: (s: Schema) => {
        (spec(s).properties.codeMode as { enum: string[] }).enum.pop();
      },
      error: /PULUMI_OVERLAY.enumValues: no enum value CodeMode.enforced/,
      reason: 'a stale text would document a value users cannot set',
    },
    {
      name: 'overlay type name for a schema location nothing uses',
      file: COMMON,
      edit: (s: Schema) => {
        delete (s.definitions.AccessRule as Schema['definitions'][string]).properties.gsuite;
      },
      error: /PULUMI_OVERLAY.types.GsuiteRule: nothing uses/,
      reason: 'a stale overlay entry would keep a type the schemas no longer have',
    },
  ])('$name ($reason)', ({ file, edit, error }) => {
    expect(() => generateWith(file, edit)).toThrow(error);
  });
});

describe('the generated SDK types', () => {
  const pkg = pulumiSchema(join(root, 'schemas'), packageJson);
  const src = generateSdkTypes(pkg, '// banner');

  it.each([
    { line: '  url: pulumi.Input<string>;', reason: 'a required input' },
    { line: '  serverId?: pulumi.Input<string>;', reason: 'the id input, optional' },
    { line: '  tools?: pulumi.Input<pulumi.Input<CapabilityOverride>[]>;', reason: 'a list of objects' },
    {
      line: '  headers?: pulumi.Input<Record<string, pulumi.Input<string>>>;',
      reason: 'a map of secret strings',
    },
    { line: 'export type CodeMode =', reason: 'an enum: a union of its values' },
    { line: "  | 'enforced';", reason: 'the last enum value' },
    { line: '  /** Always code mode. */', reason: 'each enum value described' },
    { line: '  cause: string;', reason: 'an output-only type is plain' },
    { line: '  syncTimeout?: pulumi.Input<number>;', reason: 'an integer provider input' },
    {
      line: '  devicePosture?: pulumi.Input<string | DevicePostureRule>;',
      reason: 'a schema oneOf without a discriminator is a union',
    },
    { line: 'export interface AccessGroupArgs {', reason: 'the AccessGroup resource' },
    { line: 'export interface McpServerState {', reason: 'the state argument of McpServer.get' },
    { line: '  auth: pulumi.Unwrap<ServerAuth>;', reason: 'an input type inside an output type, unwrapped' },
  ])('declare $line ($reason)', ({ line }) => {
    expect(src.split('\n')).toContain(line);
  });
});

describe('the generated SDK', () => {
  const pkg = pulumiSchema(join(root, 'schemas'), packageJson);
  const files = generateSdk(pkg, '// banner');
  const lines = (file: string) => (files[`provider/sdk/generated/${file}`] ?? '').split('\n');

  it('writes one kebab-case file per resource, the provider, the functions, the types and an index', () => {
    expect(Object.keys(files).sort()).toEqual(
      [
        'access-group',
        'access-policy',
        'functions',
        'index',
        'mcp-portal',
        'mcp-server',
        'provider',
        'types',
      ].map((f) => `provider/sdk/generated/${f}.ts`),
    );
  });

  it.each([
    {
      file: 'mcp-server.ts',
      line: 'export class McpServer extends pulumi.CustomResource {',
      reason: 'a class',
    },
    {
      file: 'mcp-server.ts',
      line: '  declare readonly discoveredTools: pulumi.Output<string[]>;',
      reason: 'an output always set',
    },
    {
      file: 'mcp-server.ts',
      line: '  declare readonly lastSynced: pulumi.Output<string | undefined>;',
      reason: 'an output not always set',
    },
    {
      file: 'mcp-server.ts',
      line: '      if (args?.url === undefined && !opts.urn) throw new Error("Missing required property \'url\'");',
      reason: 'a required input checked',
    },
    {
      file: 'mcp-server.ts',
      line: '      resourceInputs.status = undefined; // output',
      reason: 'an output registered, so Pulumi makes an Output for it',
    },
    {
      file: 'access-policy.ts',
      line: '      resourceInputs.policyId = state?.policyId;',
      reason: 'get passes its state',
    },
    {
      file: 'provider.ts',
      line: '    resourceInputs.apiToken = args.apiToken === undefined ? undefined : pulumi.secret(args.apiToken);',
      reason: 'a secret provider input wrapped',
    },
    {
      file: 'functions.ts',
      line: 'export function getServer(args?: GetServerArgs, opts?: pulumi.InvokeOptions): Promise<GetServerResult> {',
      reason: 'a function returning a Promise',
    },
    { file: 'functions.ts', line: 'export function getServerOutput(', reason: 'its Output form' },
    {
      file: 'functions.ts',
      line: '  readonly servers: ServerInfo[];',
      reason: 'a list function returns a list of a named type',
    },
    { file: 'index.ts', line: "export * from './functions.js';", reason: 'the index exports the functions' },
  ])('$file: $line ($reason)', ({ file, line }) => {
    expect(lines(file)).toContain(line);
  });
});

describe('formatJson', () => {
  it('writes what Biome writes: objects expanded, scalar arrays on one line when they fit', () => {
    const value = {
      a: ['x', 'y'],
      b: [{ c: 1 }],
      long: Array.from({ length: 30 }, (_, i) => `item${i}`),
      e: {},
    };
    const text = formatJson(value);
    expect(text).toContain('  "a": ["x", "y"],\n');
    expect(text).toContain('  "b": [\n    {\n      "c": 1\n    }\n  ],\n');
    expect(text).toContain('  "long": [\n    "item0",\n');
    expect(text).toMatch(/ {2}"e": \{\}\n\}\n$/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
