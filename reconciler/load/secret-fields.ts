/**
 * Which manifest fields hold secrets, read from the kinds' JSON Schemas: every place whose schema is a
 * `SecretRef` (`spec.auth.token`, `spec.auth.headers.*`, `spec.auth.clientSecret`). The loader masks
 * what is written there in source excerpts and refuses `${VAR}` substitution there.
 */
import { kindSchemas, schemaFiles } from '../../schemas/registry.js';

/** A path of property names from the document root; `*` stands for any key (additionalProperties). */
export type FieldPattern = readonly string[];

type SchemaNode = {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  allOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
};

const SECRET_DEFINITION = '/definitions/SecretRef';

/** Resolves `file#/pointer` or `#/pointer` against the registry's schema files. */
function resolveRef(ref: string, file: string): { node: SchemaNode; file: string } {
  const [target = '', pointer = ''] = ref.split('#');
  const inFile = target === '' ? file : target;
  let node: unknown = schemaFiles[inFile];
  for (const seg of pointer.split('/').filter(Boolean)) node = (node as Record<string, unknown>)?.[seg];
  if (!node) throw new Error(`${file}: cannot resolve $ref ${ref}`);
  return { node: node as SchemaNode, file: inFile };
}

/** Every path under `node` whose schema is a SecretRef. */
function collect(node: SchemaNode, file: string, path: string[], out: string[][], seen: Set<string>) {
  if (node.$ref) {
    if (node.$ref.endsWith(SECRET_DEFINITION)) {
      out.push(path);
      return;
    }
    const key = `${path.join('.')}|${node.$ref}|${file}`;
    if (seen.has(key) || path.length > 12) return; // recursive schemas end here
    seen.add(key);
    const r = resolveRef(node.$ref, file);
    collect(r.node, r.file, path, out, seen);
  }
  for (const sub of [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])])
    collect(sub, file, path, out, seen);
  for (const [name, sub] of Object.entries(node.properties ?? {}))
    collect(sub, file, [...path, name], out, seen);
  if (typeof node.additionalProperties === 'object')
    collect(node.additionalProperties, file, [...path, '*'], out, seen);
  if (node.items) collect(node.items, file, [...path, '*'], out, seen);
}

function secretPatterns(): FieldPattern[] {
  const out: string[][] = [];
  for (const file of Object.values(kindSchemas)) {
    collect(schemaFiles[file] as SchemaNode, file, [], out, new Set());
  }
  const unique = new Map(out.map((p) => [p.join('.'), p]));
  return [...unique.values()];
}

/** The secret fields of every kind (a union: a field is secret whatever kind a document claims to be). */
export const SECRET_FIELDS: readonly FieldPattern[] = secretPatterns();

/** True when `path` (property names and array indexes from the document root) is a secret field. */
export function isSecretField(path: readonly string[]): boolean {
  return SECRET_FIELDS.some(
    (p) => p.length === path.length && p.every((seg, i) => seg === '*' || seg === path[i]),
  );
}
