/**
 * Generates the TypeScript SDK (`provider/sdk/generated/`, served as `mcp-portals/pulumi`) from the Pulumi
 * package schema, shaped as `pulumi package gen-sdk` shapes a Node.js SDK: enums as unions of string
 * literals, object types as interfaces of `pulumi.Input`s, `<Name>Args` and `<Name>State` per resource,
 * one class per resource (constructor with args and options, `get` with a state, output properties),
 * the Provider resource, and each function as `getX(args, opts)` (a Promise) and `getXOutput` (an Output).
 * Differences from gen-sdk, on purpose: kebab-case file names (the repository's style), and provider
 * inputs sent as typed values (the plugin accepts them as they are, or as stack-config strings).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_PARTS } from './bundle.js';
import type { PulumiProperty } from './pulumi-overlay.js';
import type { PulumiFunction, PulumiObjectType, PulumiPackage, PulumiResource } from './pulumi-schema.js';

/** Where the SDK is written, relative to the repository root. */
export const SDK_DIR = 'provider/sdk/generated';
export const SDK_TYPES_FILE = `${SDK_DIR}/types.ts`;

/** The files the package schema (and so the SDK) is generated from, relative to the repository root. */
export const PULUMI_SOURCES = [
  ...MANIFEST_PARTS.map((p) => `schemas/${p.file}`),
  'scripts/gen/pulumi-overlay.ts',
];

const WIDTH = 110;

const shortName = (token: string) => token.slice(token.lastIndexOf(':') + 1);
const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const upperFirst = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

/** A JSDoc comment, wrapped to the line width. */
function doc(text: string | undefined, indent: string): string[] {
  if (!text) return [];
  const one = `${indent}/** ${text} */`;
  if (one.length <= WIDTH) return [one];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${indent} * ${line} ${word}`.length > WIDTH) {
      lines.push(`${indent} * ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`${indent} * ${line}`);
  return [`${indent}/**`, ...lines, `${indent} */`];
}

/**
 * How a property's type is written: `input` wraps nested values in `pulumi.Input` (args, states and input
 * types), `output` is the plain shape a resolved output or a function result has (input object types
 * through `pulumi.Unwrap`), `plain` is a plain input (a function's arguments).
 */
type Mode = 'input' | 'output' | 'plain';

class TypeWriter {
  constructor(readonly inputTypes: ReadonlySet<string>) {}

  type(p: PulumiProperty, mode: Mode): string {
    const wrap = (t: string) => (mode === 'input' ? `pulumi.Input<${t}>` : t);
    if (p.$ref) {
      const token = p.$ref.replace('#/types/', '');
      const name = shortName(token);
      return mode === 'output' && this.inputTypes.has(token) ? `pulumi.Unwrap<${name}>` : name;
    }
    if (p.oneOf) return p.oneOf.map((b) => this.type(b, mode)).join(' | ');
    switch (p.type) {
      case 'string':
        return 'string';
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'array':
        return `${wrap(this.type(p.items as PulumiProperty, mode))}[]`;
      case 'object':
        return `Record<string, ${wrap(this.type(p.additionalProperties as PulumiProperty, mode))}>`;
      default:
        throw new Error(`no TypeScript type for ${JSON.stringify(p)}`);
    }
  }

  /** Interface members: `name?: pulumi.Input<T>;` (input) or `name?: T;`, `readonly` for function results. */
  members(
    props: Record<string, PulumiProperty>,
    required: readonly string[],
    mode: Mode,
    readonly = false,
  ): string[] {
    return Object.entries(props).flatMap(([name, p]) => {
      const t = this.type(p, mode);
      const opt = required.includes(name) ? '' : '?';
      const decl =
        mode === 'input'
          ? `  ${name}${opt}: pulumi.Input<${t}>;`
          : `  ${readonly ? 'readonly ' : ''}${name}${opt}: ${t};`;
      return [...doc(describe(p), '  '), decl];
    });
  }
}

/** The property's description, plus what the schema says about it in flags. */
function describe(p: PulumiProperty): string | undefined {
  const parts = [p.description];
  if (p.default !== undefined && !/default/i.test(p.description ?? ''))
    parts.push(`Default: ${JSON.stringify(p.default)}.`);
  if (p.secret) parts.push('A secret in state and outputs.');
  if (p.willReplaceOnChanges && !/replaces/.test(p.description ?? ''))
    parts.push('Changing it replaces the resource.');
  return parts.filter(Boolean).join(' ') || undefined;
}

/** Type tokens reachable from any input (resource, provider or nested type inputs). */
function inputTypes(pkg: PulumiPackage): Set<string> {
  const seen = new Set<string>();
  const visit = (p: PulumiProperty | undefined) => {
    if (!p) return;
    if (p.$ref) {
      const token = p.$ref.replace('#/types/', '');
      if (seen.has(token)) return;
      seen.add(token);
      const t = pkg.types[token];
      if (t?.type === 'object') Object.values(t.properties).forEach(visit);
    }
    visit(p.items);
    visit(p.additionalProperties);
    p.oneOf?.forEach(visit);
  };
  for (const r of Object.values(pkg.resources)) Object.values(r.inputProperties).forEach(visit);
  Object.values(pkg.provider.inputProperties).forEach(visit);
  return seen;
}

/** The generated-file header: the sources and their hash. */
export function sdkBanner(root: string): string {
  const hash = createHash('sha256');
  for (const file of PULUMI_SOURCES) hash.update(readFileSync(join(root, file)));
  return [
    '/* eslint-disable */',
    '/**',
    ` * GENERATED from ${PULUMI_SOURCES.join(', ')}`,
    ` * (sources sha256 ${hash.digest('hex').slice(0, 16)}) through provider/schema.json by scripts/gen/pulumi-sdk.ts.`,
    ' * DO NOT EDIT: run `npm run gen`.',
    ' *',
  ].join('\n');
}

/** A file's header: the banner and what the file holds. */
const header = (banner: string, what: string) => `${banner}\n * ${what}\n */`;

/** `types.ts`: enums, object types, and the args and state of each resource and of the provider. */
export function generateSdkTypes(pkg: PulumiPackage, banner: string): string {
  const w = new TypeWriter(inputTypes(pkg));
  const out: string[] = [
    header(
      banner,
      'The types of the mcpportal Pulumi package, as `pulumi package gen-sdk` would shape them.',
    ),
    "import type * as pulumi from '@pulumi/pulumi';",
    '',
  ];
  for (const [token, t] of Object.entries(pkg.types)) {
    out.push(...doc(t.description, ''));
    if (t.type === 'string') {
      out.push(`export type ${shortName(token)} =`);
      t.enum.forEach((e, i) => {
        out.push(...doc(e.description, '  '), `  | '${e.value}'${i === t.enum.length - 1 ? ';' : ''}`);
      });
      out.push('');
      continue;
    }
    const o = t as PulumiObjectType;
    out.push(
      `export interface ${shortName(token)} {`,
      ...w.members(o.properties, o.required ?? [], w.inputTypes.has(token) ? 'input' : 'output'),
      '}',
      '',
    );
  }
  for (const [token, r] of Object.entries(pkg.resources)) {
    const name = shortName(token);
    out.push(
      ...doc(`The arguments of the ${name} resource (${token}). ${r.description}`, ''),
      `export interface ${name}Args {`,
      ...w.members(r.inputProperties, r.requiredInputs, 'input'),
      '}',
      '',
      ...doc(`${r.stateInputs.description} The state argument of \`${name}.get\`.`, ''),
      `export interface ${name}State {`,
      ...w.members(r.stateInputs.properties, [], 'input'),
      '}',
      '',
    );
  }
  out.push(
    ...doc(
      `The arguments of the Provider resource (pulumi:providers:${pkg.name}). ${pkg.provider.description}`,
      '',
    ),
    'export interface ProviderArgs {',
    ...w.members(pkg.provider.inputProperties, [], 'input'),
    '}',
    '',
  );
  return out.join('\n');
}

/** Types a piece of source refers to, among the package's, sorted (for its import line). */
function usedTypes(pkg: PulumiPackage, lines: readonly string[], extra: readonly string[] = []): string[] {
  const text = lines.join('\n');
  const names = [...Object.keys(pkg.types).map(shortName), ...extra];
  return names.filter((n) => new RegExp(`\\b${n}\\b`).test(text)).sort();
}

/** One resource class. */
function resourceClass(pkg: PulumiPackage, token: string, r: PulumiResource, w: TypeWriter, banner: string) {
  const name = shortName(token);
  const inputKeys = Object.keys(r.inputProperties);
  const secrets = Object.entries(r.properties)
    .filter(([, p]) => p.secret)
    .map(([k]) => k);
  const assignArg = (k: string) =>
    r.inputProperties[k]?.secret
      ? `      resourceInputs.${k} = args?.${k} === undefined ? undefined : pulumi.secret(args.${k});`
      : `      resourceInputs.${k} = args?.${k};`;
  const argsOptional = r.requiredInputs.length === 0;
  const body = [
    ...doc(r.description, ''),
    `export class ${name} extends pulumi.CustomResource {`,
    '  /**',
    `   * An existing ${name} by its id (the import form \`<accountId>/<id>\` is accepted too); \`state\``,
    '   * qualifies the lookup, as in every Pulumi SDK.',
    '   */',
    `  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ${name}State, opts?: pulumi.CustomResourceOptions): ${name} {`,
    `    return new ${name}(name, state, { ...opts, id });`,
    '  }',
    '',
    `  static readonly __pulumiType = '${token}';`,
    '',
    `  /** Whether \`obj\` is a ${name}, even from another copy of this SDK. */`,
    `  static override isInstance(obj: unknown): obj is ${name} {`,
    `    return (obj as { __pulumiType?: string } | undefined)?.__pulumiType === ${name}.__pulumiType;`,
    '  }',
    '',
    ...Object.entries(r.properties).flatMap(([k, p]) => [
      ...doc(describe(p), '  '),
      `  declare readonly ${k}: pulumi.Output<${w.type(p, 'output')}${r.required.includes(k) ? '' : ' | undefined'}>;`,
    ]),
    '',
    ...doc(`Creates (or, with \`opts.id\`, reads) a ${name}.`, '  '),
    `  constructor(name: string, args${argsOptional ? '?' : ''}: ${name}Args, opts?: pulumi.CustomResourceOptions);`,
    `  constructor(name: string, argsOrState?: ${name}Args | ${name}State, opts?: pulumi.CustomResourceOptions);`,
    `  constructor(name: string, argsOrState?: ${name}Args | ${name}State, opts: pulumi.CustomResourceOptions = {}) {`,
    '    const resourceInputs: pulumi.Inputs = {};',
    '    if (opts.id) {',
    `      const state = argsOrState as ${name}State | undefined;`,
    ...Object.keys(r.properties).map((k) => `      resourceInputs.${k} = state?.${k};`),
    '    } else {',
    `      const args = argsOrState as ${name}Args | undefined;`,
    ...r.requiredInputs.map(
      (k) =>
        `      if (args?.${k} === undefined && !opts.urn) throw new Error("Missing required property '${k}'");`,
    ),
    ...inputKeys.map(assignArg),
    ...Object.keys(r.properties)
      .filter((k) => !inputKeys.includes(k))
      .map((k) => `      resourceInputs.${k} = undefined; // output`),
    '    }',
    ...(secrets.length
      ? [
          `    const secretOpts = { additionalSecretOutputs: ${JSON.stringify(secrets)} };`,
          '    opts = pulumi.mergeOptions(opts, secretOpts);',
        ]
      : []),
    `    super(${name}.__pulumiType, name, resourceInputs, opts);`,
    '  }',
    '}',
    '',
  ];
  const types = usedTypes(pkg, body, [`${name}Args`, `${name}State`]);
  return [
    header(banner, `The ${name} resource (${token}).`),
    "import * as pulumi from '@pulumi/pulumi';",
    `import type { ${types.join(', ')} } from './types.js';`,
    '',
    ...body,
  ].join('\n');
}

/** The Provider resource: the package's configuration for the resources given it in their options. */
function providerClass(pkg: PulumiPackage, w: TypeWriter, banner: string) {
  const props = pkg.provider.inputProperties;
  const body = [
    ...doc(
      `${pkg.provider.description} An explicit provider, for a second account or API; without one, the default provider reads stack config (\`${pkg.name}:<key>\`) or its environment variables.`,
      '',
    ),
    'export class Provider extends pulumi.ProviderResource {',
    `  static readonly __pulumiType = '${pkg.name}';`,
    '',
    '  /** Whether `obj` is a Provider of this package, even from another copy of this SDK. */',
    '  static override isInstance(obj: unknown): obj is Provider {',
    '    return (',
    '      (obj as { __pulumiType?: string } | undefined)?.__pulumiType ===',
    "      'pulumi:providers:' + Provider.__pulumiType",
    '    );',
    '  }',
    '',
    // As gen-sdk does: only string-typed provider properties are outputs.
    ...Object.entries(props)
      .filter(([, p]) => p.type === 'string')
      .flatMap(([k, p]) => [
        ...doc(describe(p), '  '),
        `  declare readonly ${k}: pulumi.Output<${w.type(p, 'output')} | undefined>;`,
      ]),
    '',
    '  constructor(name: string, args: ProviderArgs = {}, opts: pulumi.ResourceOptions = {}) {',
    '    const resourceInputs: pulumi.Inputs = {};',
    ...Object.entries(props).map(([k, p]) =>
      p.secret
        ? `    resourceInputs.${k} = args.${k} === undefined ? undefined : pulumi.secret(args.${k});`
        : `    resourceInputs.${k} = args.${k};`,
    ),
    ...(Object.values(props).some((p) => p.secret)
      ? [
          `    const secretOpts = { additionalSecretOutputs: ${JSON.stringify(Object.keys(props).filter((k) => props[k]?.secret))} };`,
          '    opts = pulumi.mergeOptions(opts, secretOpts);',
        ]
      : []),
    '    super(Provider.__pulumiType, name, resourceInputs, opts);',
    '  }',
    '}',
    '',
  ];
  return [
    header(banner, `The Provider resource (pulumi:providers:${pkg.name}).`),
    "import * as pulumi from '@pulumi/pulumi';",
    "import type { ProviderArgs } from './types.js';",
    '',
    ...body,
  ].join('\n');
}

/** Every function: `name(args, opts)` (a Promise) and `nameOutput(args, opts)` (an Output), with their types. */
function functionsFile(pkg: PulumiPackage, w: TypeWriter, banner: string) {
  const body: string[] = [];
  for (const [token, f] of Object.entries(pkg.functions) as [string, PulumiFunction][]) {
    const name = shortName(token);
    const T = upperFirst(name);
    const inputs = f.inputs.properties;
    const required = f.inputs.required ?? [];
    const opt = required.length ? '' : '?';
    const argsObject = `{ ${Object.keys(inputs)
      .map((k) => `${k}: args${opt}.${k}`)
      .join(', ')} }`;
    body.push(
      ...doc(`The arguments of ${name} (${token}).`, ''),
      `export interface ${T}Args {`,
      ...w.members(inputs, required, 'plain'),
      '}',
      '',
      ...doc(`The arguments of ${name}Output: as ${T}Args, each may be an Input.`, ''),
      `export interface ${T}OutputArgs {`,
      ...w.members(inputs, required, 'input'),
      '}',
      '',
      ...doc(`What ${name} returns.`, ''),
      `export interface ${T}Result {`,
      ...w.members(f.outputs.properties, f.outputs.required ?? [], 'output', true),
      '}',
      '',
      ...doc(f.description, ''),
      `export function ${name}(args${opt}: ${T}Args, opts?: pulumi.InvokeOptions): Promise<${T}Result> {`,
      `  return pulumi.runtime.invoke('${token}', ${argsObject}, opts);`,
      '}',
      '',
      ...doc(`${f.description} As an Output: takes Inputs, and waits for them.`, ''),
      `export function ${name}Output(`,
      `  args${opt}: ${T}OutputArgs,`,
      '  opts?: pulumi.InvokeOutputOptions,',
      `): pulumi.Output<${T}Result> {`,
      `  return pulumi.runtime.invokeOutput('${token}', ${argsObject}, opts);`,
      '}',
      '',
    );
  }
  const types = usedTypes(pkg, body);
  return [
    header(banner, `The functions of the ${pkg.name} package (served by the plugin's Invoke).`),
    "import * as pulumi from '@pulumi/pulumi';",
    ...(types.length ? [`import type { ${types.join(', ')} } from './types.js';`] : []),
    '',
    ...body,
  ].join('\n');
}

/** The whole SDK, as `{path: content}` relative to the repository root, under `banner`. */
export function generateSdk(pkg: PulumiPackage, banner: string): Record<string, string> {
  const w = new TypeWriter(inputTypes(pkg));
  const files: Record<string, string> = { [SDK_TYPES_FILE]: generateSdkTypes(pkg, banner) };
  const exports: string[] = [];
  for (const [token, r] of Object.entries(pkg.resources)) {
    const name = shortName(token);
    files[`${SDK_DIR}/${kebab(name)}.ts`] = resourceClass(pkg, token, r, w, banner);
    exports.push(`export { ${name} } from './${kebab(name)}.js';`);
  }
  files[`${SDK_DIR}/provider.ts`] = providerClass(pkg, w, banner);
  exports.push("export { Provider } from './provider.js';");
  files[`${SDK_DIR}/functions.ts`] = functionsFile(pkg, w, banner);
  exports.push("export * from './functions.js';", "export type * from './types.js';");
  files[`${SDK_DIR}/index.ts`] = [
    header(banner, `The ${pkg.name} package's SDK: resources, the Provider, functions and types.`),
    ...exports,
    '',
  ].join('\n');
  return files;
}
