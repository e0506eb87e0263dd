/**
 * TypeScript declarations of code mode's `codemode` object, printed from the tools' JSON Schemas (pure): one
 * `<Name>Input` / `<Name>Output` type pair per tool, descriptions as JSDoc, then one `declare const codemode`.
 * The printer is ours and deliberately partial: what it cannot express (or a schema too deep, cyclic or large)
 * prints as `unknown`, so the output is always valid TypeScript, whatever the upstream sent.
 */
import type { Tool } from '@modelcontextprotocol/sdk/types.js';

/** Nesting depth (schemas, `$ref` hops, literal values) past which a type prints as `unknown`. */
export const MAX_SCHEMA_DEPTH = 20;
/** Schema nodes printed per input or output schema, past which the rest prints as `unknown` (bounds `$ref` fan-out). */
export const MAX_SCHEMA_NODES = 2_000;

export interface DeclaredTool {
  /** The JS identifier the tool is called by (`identifiers.ts`). */
  identifier: string;
  tool: Tool;
}

/**
 * The declarations of `tools`, in their order (identifiers must be distinct: `identifierMap`). A tool's output type comes from its `outputSchema`; without one
 * it is `unknown` (the host unwraps the call result's content, whose shape no schema describes).
 */
export function declarations(tools: readonly DeclaredTool[]): string {
  const names = typeNames(tools.map((t) => t.identifier));
  const types: string[] = [];
  const members: string[] = [];
  tools.forEach(({ identifier, tool }, i) => {
    const name = names[i]!;
    types.push(`type ${name}Input = ${schemaType(tool.inputSchema)};`);
    const output = tool.outputSchema ? schemaType(tool.outputSchema) : 'unknown';
    types.push(`type ${name}Output = ${output};`);
    // The tool's own name too: an identifier can change when the visible tools change (a collision's
    // `_2`), the name does not, and `codemode["<name>"]` calls it as well.
    const doc = jsdoc(
      [
        ...docLines(tool.description ?? tool.title),
        ...(identifier !== tool.name
          ? [`Tool \`${tool.name}\` (also \`codemode[${JSON.stringify(tool.name)}]\`).`]
          : []),
        ...paramLines(tool.inputSchema),
      ],
      '  ',
    );
    members.push(`${doc}  ${propertyKey(identifier)}: (input: ${name}Input) => Promise<${name}Output>;\n`);
  });
  const codemode = members.length
    ? `declare const codemode: {\n${members.join('')}};\n`
    : 'declare const codemode: {};\n';
  return types.length ? `${types.join('\n')}\n\n${codemode}` : codemode;
}

/** The TypeScript type of one JSON Schema (at the top level, without indentation). */
export function schemaType(schema: unknown): string {
  return new SchemaPrinter(schema).print(schema, '');
}

/** PascalCase type-name stems, one per identifier, unique: a repeated stem gets `2`, `3`… (skipping taken ones). */
export function typeNames(identifiers: readonly string[]): string[] {
  const stems = identifiers.map(pascalCase);
  const taken = new Set(stems);
  const seen = new Set<string>();
  const next = new Map<string, number>();
  return stems.map((stem) => {
    if (!seen.has(stem)) {
      seen.add(stem);
      return stem;
    }
    let n = next.get(stem) ?? 2;
    while (taken.has(`${stem}${n}`)) n++;
    next.set(stem, n + 1);
    taken.add(`${stem}${n}`);
    return `${stem}${n}`;
  });
}

function pascalCase(identifier: string): string {
  const words = identifier.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const stem = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return stem === '' || /^[0-9]/.test(stem) ? `T${stem}` : stem;
}

type Schema = Record<string, unknown>;
/** Printed type and its precedence: a union or intersection needs parentheses inside tighter operators. */
interface Printed {
  text: string;
  kind: 'union' | 'intersection' | 'primary';
}

const UNKNOWN: Printed = { text: 'unknown', kind: 'primary' };
const NEVER: Printed = { text: 'never', kind: 'primary' };
const primary = (text: string): Printed => ({ text, kind: 'primary' });
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Prints the schemas of one root (the document local `$ref`s resolve in), within a node budget. */
class SchemaPrinter {
  private nodes = 0;
  private readonly expanding = new Set<string>();
  constructor(private readonly root: unknown) {}

  print(schema: unknown, indent: string): string {
    return this.type(schema, indent, 0).text;
  }

  private type(schema: unknown, indent: string, depth: number): Printed {
    if (schema === false) return NEVER;
    if (!isSchema(schema) || depth > MAX_SCHEMA_DEPTH || ++this.nodes > MAX_SCHEMA_NODES) return UNKNOWN;
    if (typeof schema.$ref === 'string') return this.ref(schema.$ref, indent, depth);
    if ('const' in schema) return this.literal(schema.const, depth);
    if (Array.isArray(schema.enum)) {
      return union([...new Set(schema.enum.map((v) => this.literal(v, depth).text))].map(primary));
    }
    const parts: Printed[] = [];
    const base = this.base(schema, indent, depth);
    if (base) parts.push(base);
    for (const key of ['anyOf', 'oneOf'] as const) {
      const list = schema[key];
      if (Array.isArray(list) && list.length)
        parts.push(union(list.map((s) => this.type(s, indent, depth + 1))));
    }
    if (Array.isArray(schema.allOf)) parts.push(...schema.allOf.map((s) => this.type(s, indent, depth + 1)));
    return intersection(parts);
  }

  /** What `type` (or, without it, the keywords present) says; undefined when nothing does. */
  private base(schema: Schema, indent: string, depth: number): Printed | undefined {
    let types: unknown[];
    if (Array.isArray(schema.type)) types = schema.type;
    else if (typeof schema.type === 'string') types = [schema.type];
    else if ('properties' in schema || 'additionalProperties' in schema || 'required' in schema)
      types = ['object'];
    else if ('items' in schema || 'prefixItems' in schema) types = ['array'];
    else types = [];
    if (schema.nullable === true && types.length) types = [...types, 'null'];
    if (!types.length) return undefined;
    return union([...new Set(types)].map((t) => this.simple(t, schema, indent, depth)));
  }

  private simple(type: unknown, schema: Schema, indent: string, depth: number): Printed {
    switch (type) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'null':
        return primary(type);
      case 'integer':
        return primary('number');
      case 'object':
        return this.object(schema, indent, depth);
      case 'array':
        return this.array(schema, indent, depth);
      default:
        return UNKNOWN;
    }
  }

  private object(schema: Schema, indent: string, depth: number): Printed {
    const inner = `${indent}  `;
    const required = new Set(Array.isArray(schema.required) ? schema.required : []);
    const lines: string[] = [];
    const properties = isSchema(schema.properties) ? schema.properties : undefined;
    for (const [key, value] of Object.entries(properties ?? {})) {
      const doc = isSchema(value) ? docLines(value.description ?? value.title) : [];
      const optional = required.has(key) ? '' : '?';
      const type = this.type(value, inner, depth + 1).text;
      lines.push(`${jsdoc(doc, inner)}${inner}${propertyKey(key)}${optional}: ${type};\n`);
    }
    const extra = schema.additionalProperties;
    const rest = extra === true || isSchema(extra) ? this.type(extra, inner, depth + 1) : undefined;
    const open = rest ?? (properties || extra === false ? undefined : UNKNOWN);
    // Properties must fit an index signature of the same literal, so a typed one goes in a literal of its own.
    const inside = open !== undefined && (open.text === 'unknown' || !lines.length);
    if (inside) lines.push(`${inner}[key: string]: ${open.text};\n`);
    const literal = primary(lines.length ? `{\n${lines.join('')}${indent}}` : '{}');
    if (!open || inside) return literal;
    return intersection([literal, primary(`{\n${inner}[key: string]: ${open.text};\n${indent}}`)]);
  }

  private array(schema: Schema, indent: string, depth: number): Printed {
    const tuple = Array.isArray(schema.prefixItems)
      ? { items: schema.prefixItems, rest: schema.items }
      : Array.isArray(schema.items)
        ? { items: schema.items, rest: schema.additionalItems }
        : undefined;
    if (!tuple) return primary(`${paren(this.type(schema.items, indent, depth + 1), 'primary')}[]`);
    // Absent rest schemas print as closed tuples: models read `[number, number]` better than the exact open form.
    const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
    const elements = tuple.items.map((s, i) => {
      const t = this.type(s, indent, depth + 1);
      return i < min ? t.text : `${paren(t, 'primary')}?`;
    });
    if (tuple.rest === true || isSchema(tuple.rest)) {
      elements.push(`...${paren(this.type(tuple.rest, indent, depth + 1), 'primary')}[]`);
    }
    return primary(`[${elements.join(', ')}]`);
  }

  private ref(ref: string, indent: string, depth: number): Printed {
    if (this.expanding.has(ref)) return UNKNOWN;
    const target = resolvePointer(this.root, ref);
    if (target === undefined) return UNKNOWN;
    this.expanding.add(ref);
    try {
      return this.type(target, indent, depth + 1);
    } finally {
      this.expanding.delete(ref);
    }
  }

  /** A JSON value as a literal type. */
  private literal(value: unknown, depth: number): Printed {
    if (depth > MAX_SCHEMA_DEPTH) return UNKNOWN;
    if (value === null || typeof value === 'boolean') return primary(String(value));
    if (typeof value === 'string') return primary(stringLiteral(value));
    if (typeof value === 'number') return Number.isFinite(value) ? primary(String(value)) : primary('number');
    if (Array.isArray(value))
      return primary(`[${value.map((v) => this.literal(v, depth + 1).text).join(', ')}]`);
    if (isSchema(value)) {
      const entries = Object.entries(value).map(
        ([k, v]) => `${propertyKey(k)}: ${this.literal(v, depth + 1).text}`,
      );
      return primary(entries.length ? `{ ${entries.join('; ')} }` : '{}');
    }
    return UNKNOWN;
  }
}

/** A local `$ref` (`#`, `#/definitions/x`, `#/$defs/x`, any JSON pointer) in `root`; undefined otherwise. */
function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let pointer: string;
  try {
    pointer = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  if (pointer === '') return root;
  if (!pointer.startsWith('/')) return undefined;
  let node = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function union(parts: Printed[]): Printed {
  if (parts.some((p) => p.text === 'unknown')) return UNKNOWN;
  const texts = [...new Set(parts.filter((p) => p.text !== 'never').map((p) => paren(p, 'union')))];
  if (texts.length === 0) return NEVER;
  if (texts.length === 1) return parts.find((p) => paren(p, 'union') === texts[0])!;
  return { text: texts.join(' | '), kind: 'union' };
}

function intersection(parts: Printed[]): Printed {
  const known = parts.filter((p) => p.text !== 'unknown');
  if (known.length === 0) return UNKNOWN;
  if (known.length === 1) return known[0]!;
  return { text: known.map((p) => paren(p, 'intersection')).join(' & '), kind: 'intersection' };
}

/** `p`'s text, parenthesised when it binds looser than the context (`primary` > `intersection` > `union`). */
function paren(p: Printed, context: Printed['kind']): string {
  const rank = { union: 0, intersection: 1, primary: 2 };
  return rank[p.kind] < rank[context] ? `(${p.text})` : p.text;
}

/** A JSON string literal, also escaping the line separators some tools treat as newlines. */
function stringLiteral(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function propertyKey(key: string): string {
  return IDENTIFIER.test(key) ? key : stringLiteral(key);
}

/** A description as comment lines, blank edges dropped. */
function docLines(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  const lines = text.split(/\r\n|[\n\r\u2028\u2029]/).map((line) => line.trimEnd());
  while (lines.length && lines[0] === '') lines.shift();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** `@param input.<name>` lines for the described top-level input properties. */
function paramLines(inputSchema: Tool['inputSchema']): string[] {
  const properties = isSchema(inputSchema?.properties) ? inputSchema.properties : {};
  return Object.entries(properties).flatMap(([key, value]) => {
    const doc = isSchema(value) ? docLines(value.description) : [];
    if (!doc.length) return [];
    const name = IDENTIFIER.test(key) ? `input.${key}` : `input[${stringLiteral(key)}]`;
    return [`@param ${name} ${doc.join(' ')}`];
  });
}

/** A JSDoc comment of `lines` (each without line breaks); `*​/` in them cannot close it. */
function jsdoc(text: string[], indent: string): string {
  const lines = text.map((line) => line.replace(/\*\//g, '*\\/'));
  if (lines.length === 0) return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}\n`).join('')}${indent} */\n`;
}
