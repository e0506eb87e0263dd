/**
 * Generates `provider/sdk/generated/types.ts`, the TypeScript SDK's input types, from the Pulumi package
 * schema the way `pulumi package gen-sdk` shapes them: an enum is a union of string literals, an object
 * type an interface of `pulumi.Input`s, each resource's and the provider's inputs an `<Name>Args`
 * interface. Types only outputs use (such as SyncErrorDetails) are plain.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_PARTS } from './bundle.js';
import type { PulumiProperty } from './pulumi-overlay.js';
import type { PulumiObjectType, PulumiPackage } from './pulumi-schema.js';

/** Where the SDK types are written, relative to the repository root. */
export const SDK_TYPES_FILE = 'provider/sdk/generated/types.ts';

/** The files the package schema (and so these types) is generated from, relative to the repository root. */
export const PULUMI_SOURCES = [
  ...MANIFEST_PARTS.map((p) => `schemas/${p.file}`),
  'scripts/gen/pulumi-overlay.ts',
];

const WIDTH = 110;

const shortName = (token: string) => token.slice(token.lastIndexOf(':') + 1);

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

function tsType(p: PulumiProperty, input: boolean): string {
  const wrap = (t: string) => (input ? `pulumi.Input<${t}>` : t);
  if (p.$ref) return shortName(p.$ref);
  if (p.oneOf) return p.oneOf.map((b) => tsType(b, input)).join(' | ');
  switch (p.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return `${wrap(tsType(p.items as PulumiProperty, input))}[]`;
    case 'object':
      return `Record<string, ${wrap(tsType(p.additionalProperties as PulumiProperty, input))}>`;
    default:
      throw new Error(`no TypeScript type for ${JSON.stringify(p)}`);
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

function members(
  props: Record<string, PulumiProperty>,
  required: readonly string[],
  input: boolean,
): string[] {
  return Object.entries(props).flatMap(([name, p]) => {
    const t = tsType(p, input);
    const opt = required.includes(name) ? '' : '?';
    return [...doc(describe(p), '  '), `  ${name}${opt}: ${input ? `pulumi.Input<${t}>` : t};`];
  });
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
    ` * (sources sha256 ${hash.digest('hex').slice(0, 16)}) through provider/schema.json. DO NOT EDIT: run \`npm run gen\`.`,
    ' *',
    ' * The input types of the mcpportal Pulumi package, as `pulumi package gen-sdk` would shape them.',
    ' */',
  ].join('\n');
}

/** The file's content, under `banner`. */
export function generateSdkTypes(pkg: PulumiPackage, banner: string): string {
  const inputs = inputTypes(pkg);
  const out: string[] = [banner, "import type * as pulumi from '@pulumi/pulumi';", ''];
  for (const [token, t] of Object.entries(pkg.types)) {
    out.push(...doc(t.description, ''));
    if (t.type === 'string') {
      out.push(`export type ${shortName(token)} = ${t.enum.map((e) => `'${e.value}'`).join(' | ')};`, '');
      continue;
    }
    const o = t as PulumiObjectType;
    out.push(
      `export interface ${shortName(token)} {`,
      ...members(o.properties, o.required ?? [], inputs.has(token)),
      '}',
      '',
    );
  }
  for (const [token, r] of Object.entries(pkg.resources)) {
    out.push(
      ...doc(`Arguments of the ${shortName(token)} resource (${token}). ${r.description}`, ''),
      `export interface ${shortName(token)}Args {`,
      ...members(r.inputProperties, r.requiredInputs, true),
      '}',
      '',
    );
  }
  out.push(
    ...doc(
      `Arguments of the Provider resource (pulumi:providers:${pkg.name}). ${pkg.provider.description}`,
      '',
    ),
    'export interface ProviderArgs {',
    ...members(pkg.provider.inputProperties, [], true),
    '}',
    '',
  );
  return out.join('\n');
}
