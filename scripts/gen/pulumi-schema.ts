/**
 * Generates `provider/schema.json`, the Pulumi package schema, from the manifest JSON Schemas (each
 * kind's `Spec` is the resource's inputs) and the Pulumi overlay (ids, provider-only inputs, outputs,
 * config, type names). Rules: a `SecretRef` is a secret string; an inline enum or object becomes a named
 * type; a `oneOf` discriminated by `type` becomes one object whose `type` is an enum of the branches;
 * primitive defaults carry over; `x-replace-on-change` marks `willReplaceOnChanges`.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { kindSchemas, replaceOnChangeOf } from '../../schemas/registry.js';
import { type Json, type JsonObject, readSchema } from './bundle.js';
import {
  type FunctionOverlay,
  PULUMI_OVERLAY,
  type PulumiProperty,
  type ResourceOverlay,
} from './pulumi-overlay.js';

/** Manifest secrets are references (`{ fromEnv }`); in Pulumi they are secret strings. */
const SECRET_REF = 'common.schema.json#/definitions/SecretRef';

export interface PulumiEnumType {
  type: 'string';
  description?: string;
  enum: { value: string; description?: string }[];
}
export interface PulumiObjectType {
  type: 'object';
  description?: string;
  properties: Record<string, PulumiProperty>;
  required?: string[];
}
export type PulumiType = PulumiEnumType | PulumiObjectType;
export interface PulumiResource {
  description: string;
  inputProperties: Record<string, PulumiProperty>;
  requiredInputs: string[];
  properties: Record<string, PulumiProperty>;
  required: string[];
  /** Every output as an optional input: the `State` argument of the SDKs' `get`. */
  stateInputs: { description: string; properties: Record<string, PulumiProperty>; type: 'object' };
}
export interface PulumiObjectSpec {
  description?: string;
  properties: Record<string, PulumiProperty>;
  required?: string[];
  type: 'object';
}
export interface PulumiFunction {
  description: string;
  inputs: PulumiObjectSpec;
  outputs: PulumiObjectSpec;
}
export interface PulumiPackage {
  name: string;
  displayName: string;
  version: string;
  description: string;
  keywords: string[];
  license: string;
  publisher: string;
  repository: string;
  homepage: string;
  config: { variables: Record<string, PulumiProperty> };
  types: Record<string, PulumiType>;
  provider: { description: string; inputProperties: Record<string, PulumiProperty> };
  resources: Record<string, PulumiResource>;
  functions: Record<string, PulumiFunction>;
  language: Record<string, JsonObject>;
}

const str = (v: Json | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

/** A schema node and where it is: `file#/json/pointer`. */
interface At {
  node: JsonObject;
  loc: string;
}

class SchemaReader {
  #files = new Map<string, JsonObject>();
  constructor(private readonly schemasDir: string) {}

  at(loc: string): At {
    const [file = '', pointer = ''] = loc.split('#');
    let doc = this.#files.get(file);
    if (!doc) {
      doc = readSchema(this.schemasDir, file);
      this.#files.set(file, doc);
    }
    let node: Json = doc;
    for (const key of pointer.split('/').filter(Boolean)) {
      node = node && typeof node === 'object' && !Array.isArray(node) ? (node[key] as Json) : null;
    }
    if (!node || typeof node !== 'object' || Array.isArray(node)) throw new Error(`no schema at ${loc}`);
    return { node, loc };
  }

  /**
   * Follows `$ref`s and single-element `allOf` wrappers. `site` is the description written where the
   * node is used (it wins over the target's own); `viaRef` tells a named definition from an inline one.
   */
  deref(at: At): At & { site?: string; viaRef: boolean } {
    const site = str(at.node.description);
    let { node, loc } = at;
    let viaRef = false;
    for (;;) {
      if (typeof node.$ref === 'string') {
        const [file = '', pointer = ''] = node.$ref.split('#');
        const here = loc.split('#')[0] ?? '';
        ({ node, loc } = this.at(`${file ? posix.join(posix.dirname(here), file) : here}#${pointer}`));
        viaRef = true;
      } else if (Array.isArray(node.allOf) && node.allOf.length === 1) {
        node = node.allOf[0] as JsonObject;
        loc = `${loc}/allOf/0`;
      } else return { node, loc, site, viaRef };
    }
  }
}

const TYPE_PREFIX = '#/types/';

/** Builds the package schema. `packageJson` supplies the Pulumi name, the version and the license. */
export function pulumiSchema(schemasDir: string, packageJson: JsonObject): PulumiPackage {
  const pkgName = str((packageJson.pulumi as JsonObject | undefined)?.name);
  if (!pkgName) throw new Error('package.json lacks pulumi.name');
  const token = (name: string) => `${pkgName}:index:${name}`;
  const reader = new SchemaReader(schemasDir);
  const overlay = PULUMI_OVERLAY;

  const typeNames = new Map(Object.entries(overlay.types).map(([name, t]) => [t.from, name]));
  const types = new Map<string, PulumiType>();
  const nameAt = (loc: string, what: string): string => {
    const name = typeNames.get(loc);
    if (!name) throw new Error(`${what} at ${loc} has no Pulumi type name: add it to PULUMI_OVERLAY.types`);
    return name;
  };
  const typeDescription = (name: string, fromSchema: string | undefined): string | undefined => {
    const extra: string | undefined = (overlay.types as Record<string, { description?: string }>)[name]
      ?.description;
    if (extra && fromSchema)
      throw new Error(`PULUMI_OVERLAY.types.${name}.description: the schema already describes it`);
    return extra ?? fromSchema;
  };

  function enumType(loc: string, description: string | undefined, values: PulumiEnumType['enum']): string {
    const name = nameAt(loc, 'an enum');
    if (!types.has(token(name))) {
      const desc = typeDescription(name, description);
      types.set(token(name), { type: 'string', ...(desc ? { description: desc } : {}), enum: values });
    }
    return `${TYPE_PREFIX}${token(name)}`;
  }

  function objectType(at: At): string {
    const name = nameAt(at.loc, 'an object');
    if (types.has(token(name))) return `${TYPE_PREFIX}${token(name)}`;
    types.set(token(name), { type: 'object', properties: {} }); // taken, for types that contain themselves
    const { properties, required } = objectShape(at, name);
    const desc = typeDescription(name, str(at.node.description));
    types.set(token(name), {
      type: 'object',
      ...(desc ? { description: desc } : {}),
      properties,
      ...(required.length ? { required } : {}),
    });
    return `${TYPE_PREFIX}${token(name)}`;
  }

  /**
   * An object schema's properties and required list. A `oneOf` discriminated by `type` merges its
   * branches: `type` becomes an enum of the branch constants (described by the branches), a property
   * that only some branches have says so, and only what every branch requires is required.
   */
  function objectShape(
    at: At,
    owner: string,
  ): { properties: Record<string, PulumiProperty>; required: string[] } {
    const properties: Record<string, PulumiProperty> = {};
    const required = [...((at.node.required as string[] | undefined) ?? [])];
    for (const [k, v] of Object.entries((at.node.properties as JsonObject | undefined) ?? {}))
      properties[k] = property({ node: v as JsonObject, loc: `${at.loc}/properties/${k}` }, `${owner}.${k}`);
    const discriminator = str((at.node.discriminator as JsonObject | undefined)?.propertyName);
    if (!Array.isArray(at.node.oneOf) || !discriminator) return { properties, required };

    const branches = at.node.oneOf.map((b, i) =>
      reader.deref({ node: b as JsonObject, loc: `${at.loc}/oneOf/${i}` }),
    );
    const tagOf = (b: At) => {
      const tag = ((b.node.properties as JsonObject)[discriminator] as JsonObject | undefined)?.const;
      if (typeof tag !== 'string') throw new Error(`${b.loc}: no const ${discriminator}`);
      return tag;
    };
    const tagType = (overlay.types as Record<string, { from: string; description?: string }>)[
      nameAt(`${at.loc}/properties/${discriminator}`, 'an enum')
    ];
    properties[discriminator] = {
      ...(tagType?.description ? { description: tagType.description } : {}),
      $ref: enumType(
        `${at.loc}/properties/${discriminator}`,
        undefined,
        branches.map((b) => {
          const tagNode = (b.node.properties as JsonObject)[discriminator] as JsonObject;
          const description = str(tagNode.description) ?? str(b.node.description);
          return { value: tagOf(b), ...(description ? { description } : {}) };
        }),
      ),
    };
    const holders = new Map<string, string[]>();
    for (const b of branches)
      for (const k of Object.keys(b.node.properties as JsonObject))
        if (k !== discriminator) holders.set(k, [...(holders.get(k) ?? []), tagOf(b)]);
    for (const [k, tags] of holders) {
      const b = branches.find((x) => tagOf(x) === tags[0]) as At;
      const p = property(
        { node: (b.node.properties as JsonObject)[k] as JsonObject, loc: `${b.loc}/properties/${k}` },
        `${owner}.${k}`,
      );
      if (tags.length < branches.length) {
        const note = `(${discriminator}: ${tags.join(', ')})`;
        p.description = p.description ? `${note} ${p.description}` : note;
      }
      properties[k] = orderKeys(p);
    }
    for (const k of (branches[0]?.node.required as string[] | undefined) ?? [])
      if (!required.includes(k) && branches.every((b) => ((b.node.required as string[]) ?? []).includes(k)))
        required.push(k);
    return { properties, required };
  }

  const undescribed = new Map(Object.entries(overlay.undescribed));

  /**
   * One property (`path`: `<Resource or Type>.<property>`, for a direct property of either). A named
   * type gets only the description written where it is used; the overlay fills in missing ones.
   */
  function property(raw: At, path?: string): PulumiProperty {
    const r = reader.deref(raw);
    const n = r.node;
    const fill = path === undefined ? undefined : undescribed.get(path);
    const union = Array.isArray(n.oneOf) && !n.discriminator && r.loc !== SECRET_REF;
    const named =
      Array.isArray(n.enum) ||
      (r.loc !== SECRET_REF && !union && (n.type === 'object' || n.properties || n.oneOf) && !isMap(n));
    // A named type used through a $ref gets only the description written where it is used; one defined
    // inline describes the property too.
    const fromSchema = named && r.viaRef ? r.site : (r.site ?? str(n.description));
    if (fill && fromSchema)
      throw new Error(
        `PULUMI_OVERLAY.undescribed["${path}"]: the schema describes it now; drop the overlay's`,
      );
    if (path !== undefined) undescribed.delete(path);
    const description = fromSchema ?? fill;
    const withDesc = (p: PulumiProperty, desc: string | undefined): PulumiProperty =>
      orderKeys({ ...p, ...(desc ? { description: desc } : {}) });
    const def = n.default;
    const primitiveDefault =
      typeof def === 'string' || typeof def === 'number' || typeof def === 'boolean' ? { default: def } : {};
    if (r.loc === SECRET_REF) return withDesc({ type: 'string', secret: true }, description);
    if (Array.isArray(n.enum)) {
      const values = n.enum.map((value) => {
        if (typeof value !== 'string') throw new Error(`${r.loc}: only string enums are supported`);
        return { value };
      });
      return withDesc(
        { $ref: enumType(r.loc, str(n.description), values), ...primitiveDefault },
        description,
      );
    }
    if (union) {
      // A scalar or an object (e.g. `devicePosture: uid` or `{integrationUid, accountId}`): Pulumi's oneOf.
      const branches = (n.oneOf as JsonObject[]).map((b, i) => {
        const {
          description: _d,
          default: _def,
          ...branch
        } = property({ node: b, loc: `${r.loc}/oneOf/${i}` });
        return branch;
      });
      return withDesc({ oneOf: branches }, description);
    }
    if (n.type === 'array') {
      const {
        description: _d,
        default: _def,
        secret,
        ...items
      } = property({ node: n.items as JsonObject, loc: `${r.loc}/items` });
      return withDesc({ type: 'array', items, ...(secret ? { secret } : {}) }, description);
    }
    if (isMap(n)) {
      const {
        description: _d,
        secret,
        ...values
      } = property({
        node: n.additionalProperties as JsonObject,
        loc: `${r.loc}/additionalProperties`,
      });
      return withDesc(
        { type: 'object', additionalProperties: values, ...(secret ? { secret } : {}) },
        description,
      );
    }
    if (named) return withDesc({ $ref: objectType(r) }, description);
    if (n.type !== 'string' && n.type !== 'boolean' && n.type !== 'integer' && n.type !== 'number')
      throw new Error(`${r.loc}: cannot map type ${JSON.stringify(n.type)} to Pulumi`);
    // Pulumi has no const: a `const: true` flag is documented instead.
    const desc =
      n.const === true && description ? description.replace(/\.?$/, ' (must be true).') : description;
    return withDesc({ type: n.type, ...primitiveDefault }, desc);
  }

  function resource(o: ResourceOverlay): PulumiResource {
    const file = kindSchemas[o.kind];
    const root = reader.at(`${file}#`);
    const spec = reader.deref({
      node: (root.node.properties as JsonObject).spec as JsonObject,
      loc: `${file}#/properties/spec`,
    });
    const specProps: Record<string, PulumiProperty> = {};
    const defaulted: string[] = [];
    for (const [k, v] of Object.entries(spec.node.properties as JsonObject)) {
      const at = { node: v as JsonObject, loc: `${spec.loc}/properties/${k}` };
      const p = property(at, `${o.kind}.${k}`);
      // The manifest's metadata.name is the id input here.
      if (p.description) p.description = p.description.replaceAll('metadata.name', o.id.name);
      specProps[k] = p;
      if (reader.deref(at).node.default !== undefined || at.node.default !== undefined) defaulted.push(k);
    }
    const inputProperties: Record<string, PulumiProperty> = {
      [o.id.name]: {
        type: 'string',
        description: o.id.description,
        ...(o.id.replaces ? { willReplaceOnChanges: true } : {}),
      },
      ...specProps,
      ...(o.providerInputs ?? {}),
    };
    const requiredInputs = [...((spec.node.required as string[] | undefined) ?? [])];
    const properties = { ...inputProperties, ...o.outputs };
    for (const k of o.alwaysSet)
      if (!(k in properties)) throw new Error(`PULUMI_OVERLAY ${o.kind}.alwaysSet: no property ${k}`);
    const required = Object.keys(properties).filter(
      (k) =>
        k === o.id.name || requiredInputs.includes(k) || defaulted.includes(k) || o.alwaysSet.includes(k),
    );
    const description = [str(root.node.description), o.note].filter(Boolean).join(' ');
    const stateInputs = {
      description: `Input properties used for looking up and filtering ${o.kind} resources.`,
      properties,
      type: 'object' as const,
    };
    return { description, inputProperties, requiredInputs, properties, required, stateInputs };
  }

  const resources: Record<string, PulumiResource> = {};
  for (const o of overlay.resources as ResourceOverlay[]) resources[token(o.kind)] = resource(o);
  for (const kind of Object.keys(kindSchemas))
    if (!resources[token(kind)]) throw new Error(`PULUMI_OVERLAY.resources: no entry for the kind ${kind}`);

  for (const [name, t] of Object.entries(overlay.types))
    if (!types.has(token(name))) throw new Error(`PULUMI_OVERLAY.types.${name}: nothing uses ${t.from}`);
  for (const path of undescribed.keys()) throw new Error(`PULUMI_OVERLAY.undescribed: no property ${path}`);
  const typeOrder = Object.keys(overlay.types).map(token);
  const orderedTypes: Record<string, PulumiType> = {};
  for (const t of typeOrder) orderedTypes[t] = types.get(t) as PulumiType;
  for (const [name, t] of Object.entries(overlay.outputTypes)) orderedTypes[token(name)] = t as PulumiType;
  describeEnumValues(orderedTypes, overlay.enumValues);

  const pkg: PulumiPackage = {
    name: pkgName,
    displayName: overlay.displayName,
    version: String(packageJson.version),
    description: overlay.description,
    keywords: overlay.keywords,
    license: String(packageJson.license),
    publisher: overlay.publisher,
    repository: repositoryUrl(packageJson.repository) ?? overlay.repository,
    homepage: str(packageJson.homepage) ?? overlay.homepage,
    config: { variables: overlay.config },
    types: orderedTypes,
    provider: { description: overlay.providerDescription, inputProperties: overlay.config },
    resources,
    functions: {},
    language: overlay.language,
  };
  for (const o of overlay.resources as ResourceOverlay[]) {
    const file = kindSchemas[o.kind];
    markReplaceOnChange(pkg, token(o.kind), replaceOnChangeOf(reader.at(`${file}#`).node, file));
  }
  applyPulumiWording(pkg, overlay.pulumiWording);
  // Last: functions return the resources' outputs as worded for Pulumi.
  for (const f of overlay.functions as FunctionOverlay[]) {
    const built = pulumiFunction(f, resources[token(f.kind)] as PulumiResource, token);
    pkg.functions[token(f.name)] = built.fn;
    if (built.itemType) pkg.types[token(f.listType as string)] = built.itemType;
  }
  return pkg;
}

/** package.json's `repository` (a string or `{url}`), as a URL. */
function repositoryUrl(v: Json | undefined): string | undefined {
  const url = typeof v === 'string' ? v : str((v as JsonObject | undefined)?.url);
  return url?.replace(/^git\+/, '').replace(/\.git$/, '');
}

/** The overlay's descriptions of enum values; every value must end up described. */
function describeEnumValues(types: Record<string, PulumiType>, texts: Record<string, string>): void {
  const unused = new Set(Object.keys(texts));
  for (const [tok, t] of Object.entries(types)) {
    if (t.type !== 'string') continue;
    const name = tok.slice(tok.lastIndexOf(':') + 1);
    t.enum = t.enum.map((e) => {
      const key = `${name}.${e.value}`;
      const text = texts[key];
      unused.delete(key);
      if (text && e.description)
        throw new Error(
          `PULUMI_OVERLAY.enumValues["${key}"]: the schema describes it now; drop the overlay's`,
        );
      const description = e.description ?? text;
      if (!description) throw new Error(`${key}: no description; add one to PULUMI_OVERLAY.enumValues`);
      return { value: e.value, description };
    });
  }
  for (const key of unused) throw new Error(`PULUMI_OVERLAY.enumValues: no enum value ${key}`);
}

/** Sentences of an input's description that say what writing it does (its default, a replacement). */
const INPUT_ONLY = /^(Defaults to|Changing it replaces|Autonam)/i;

/** A resource property's description as a function returns the property (read, not written). */
const asRead = (description: string) =>
  description
    .split(/(?<=\.) +(?=[A-Z])/)
    .filter((sentence) => !INPUT_ONLY.test(sentence))
    .join(' ');

/**
 * A function from its overlay and the resource whose outputs it returns. A `list` function returns its
 * items as a named object type (returned too, for the package's types).
 */
function pulumiFunction(
  f: FunctionOverlay,
  r: PulumiResource,
  token: (name: string) => string,
): { fn: PulumiFunction; itemType?: PulumiObjectType } {
  for (const k of f.omit)
    if (!(k in r.properties)) throw new Error(`PULUMI_OVERLAY.functions ${f.name}: no ${k}`);
  const properties = Object.fromEntries(
    Object.entries(r.properties)
      .filter(([k]) => !f.omit.includes(k))
      // Functions never create or replace anything: what only an input does is left out.
      .map(([k, { willReplaceOnChanges: _w, ...p }]) => [
        k,
        orderKeys({ ...p, ...(p.description ? { description: asRead(p.description) } : {}) }),
      ]),
  );
  const required = r.required.filter((k) => k in properties);
  const inputs: PulumiObjectSpec = { properties: f.inputs, type: 'object' };
  if (f.form === 'lookup')
    return { fn: { description: f.description, inputs, outputs: { properties, required, type: 'object' } } };
  if (!f.listKey || !f.listType || !f.listDescription || !f.typeDescription)
    throw new Error(
      `PULUMI_OVERLAY.functions ${f.name}: a list function needs listKey, listType and descriptions`,
    );
  const itemType: PulumiObjectType = { type: 'object', description: f.typeDescription, properties, required };
  return {
    fn: {
      description: f.description,
      inputs,
      outputs: {
        properties: {
          [f.listKey]: {
            type: 'array',
            items: { $ref: `${TYPE_PREFIX}${token(f.listType)}` },
            description: f.listDescription,
          },
        },
        required: [f.listKey],
        type: 'object',
      },
    },
    itemType,
  };
}

/** `willReplaceOnChanges` on each property an `x-replace-on-change` path names (nested ones in their type). */
function markReplaceOnChange(pkg: PulumiPackage, resourceToken: string, paths: readonly string[]): void {
  const r = pkg.resources[resourceToken] as PulumiResource;
  for (const path of paths) {
    const fail = (why: string) => new Error(`${resourceToken} x-replace-on-change "${path}": ${why}`);
    const [first = '', ...rest] = path.split('.');
    let props: Record<string, PulumiProperty>[] = [r.inputProperties, r.properties];
    let key = first;
    for (const next of rest) {
      const ref = props[0]?.[key]?.$ref;
      const t = ref ? pkg.types[ref.slice(TYPE_PREFIX.length)] : undefined;
      if (t?.type !== 'object') throw fail(`${key} is not an object`);
      props = [t.properties];
      key = next;
    }
    for (const p of props) {
      const prop = p[key];
      if (!prop) throw fail(`no property ${key}`);
      p[key] = orderKeys({ ...prop, willReplaceOnChanges: true });
    }
  }
}

/** The overlay's rewordings, by `<Resource or Type>.<property>`; in a resource, inputs and outputs alike. */
function applyPulumiWording(pkg: PulumiPackage, wording: Record<string, string>): void {
  for (const [path, text] of Object.entries(wording)) {
    const [owner = '', key = ''] = path.split('.');
    const targets: Record<string, PulumiProperty>[] = [];
    const r = Object.entries(pkg.resources).find(([t]) => t.endsWith(`:${owner}`))?.[1];
    if (r) targets.push(r.inputProperties, r.properties);
    const t = Object.entries(pkg.types).find(([tok]) => tok.endsWith(`:${owner}`))?.[1];
    if (t?.type === 'object') targets.push(t.properties);
    const hits = targets.filter((props) => props[key]);
    if (!hits.length) throw new Error(`PULUMI_OVERLAY.pulumiWording: no property ${path}`);
    if (hits.some((props) => props[key]?.description === text || !props[key]?.description))
      throw new Error(
        `PULUMI_OVERLAY.pulumiWording["${path}"]: rewords nothing (for a gap, use undescribed)`,
      );
    for (const props of hits)
      props[key] = orderKeys({ ...(props[key] as PulumiProperty), description: text });
  }
}

/** A map: an object schema with only `additionalProperties`. */
const isMap = (n: JsonObject) =>
  n.type === 'object' && !n.properties && !n.oneOf && typeof n.additionalProperties === 'object';

const KEY_ORDER = [
  'type',
  '$ref',
  'oneOf',
  'items',
  'additionalProperties',
  'description',
  'secret',
  'default',
];

/** A property's keys in a fixed order (the order people expect to read them in). */
function orderKeys(p: PulumiProperty): PulumiProperty {
  const rank = (k: string) => (KEY_ORDER.includes(k) ? KEY_ORDER.indexOf(k) : KEY_ORDER.length);
  return Object.fromEntries(Object.entries(p).sort(([a], [b]) => rank(a) - rank(b))) as PulumiProperty;
}

/**
 * JSON as Biome formats it (2 spaces, objects expanded, an array of scalars on one line when it fits in
 * `width` columns), so that the generated file passes `biome check` unchanged.
 */
export function formatJson(value: unknown, width = 110): string {
  const scalar = (v: unknown) => v === null || typeof v !== 'object';
  const fmt = (v: unknown, indent: string, lead: number, trail: number): string => {
    if (scalar(v)) return JSON.stringify(v);
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      const flat = `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
      if (v.every(scalar) && lead + flat.length + trail <= width) return flat;
      const items = v.map((x, i) => `${inner}${fmt(x, inner, inner.length, i < v.length - 1 ? 1 : 0)}`);
      return `[\n${items.join(',\n')}\n${indent}]`;
    }
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([k, x], i) => {
      const key = `${inner}${JSON.stringify(k)}: `;
      return `${key}${fmt(x, inner, key.length, i < entries.length - 1 ? 1 : 0)}`;
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  };
  return `${fmt(value, '', 0, 0)}\n`;
}

/** `provider/schema.json`'s content. */
export function generatePulumiSchema(root: string): { file: string; schema: PulumiPackage; text: string } {
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as JsonObject;
  const schema = pulumiSchema(join(root, 'schemas'), packageJson);
  return { file: 'provider/schema.json', schema, text: formatJson(schema) };
}
