/**
 * Validates one parsed document against its kind's JSON Schema (ajv code precompiled by `npm run gen`, via
 * the schema registry: nothing is compiled at run time) and turns every ajv error into a diagnostic at the
 * offending node (the key, for unknown properties), with its JSON path and, for unknown keys and enum
 * values, a "did you mean" suggestion.
 */

import type { ErrorObject } from 'ajv';
import { API_VERSION, type KindName, kindSchemas, validate } from '../../schemas/registry.js';
import { type Diagnostic, pointerSegments } from '../diagnostics.js';
import { locate, type ParsedDocument } from './parse-yaml.js';
import { suggest, suggestValue } from './suggest.js';

export const KINDS = Object.keys(kindSchemas) as KindName[];

type SchemaNode = {
  description?: string;
  properties?: Record<string, unknown>;
  oneOf?: SchemaNode[];
  title?: string;
};

const quote = (v: unknown) => JSON.stringify(v);

/** Checks apiVersion and kind; returns the kind when the document can be validated further. */
function checkHeader(d: ParsedDocument, out: Diagnostic[]): KindName | undefined {
  const v = d.value as Record<string, unknown>;
  let ok = true;
  if (v.apiVersion !== API_VERSION) {
    ok = false;
    out.push({
      severity: 'error',
      code: v.apiVersion === undefined ? 'manifest/missing-api-version' : 'manifest/unknown-api-version',
      message:
        v.apiVersion === undefined
          ? `missing apiVersion: this tool reads ${API_VERSION}`
          : `unknown apiVersion ${quote(v.apiVersion)}: this tool reads ${API_VERSION}`,
      path: '/apiVersion',
      source: locate(d, v.apiVersion === undefined ? [] : ['apiVersion']),
    });
  }
  if (typeof v.kind !== 'string' || !KINDS.includes(v.kind as KindName)) {
    const guess = typeof v.kind === 'string' ? suggest(v.kind, KINDS) : undefined;
    out.push({
      severity: 'error',
      code: v.kind === undefined ? 'manifest/missing-kind' : 'manifest/unknown-kind',
      message:
        v.kind === undefined
          ? `missing kind: one of ${KINDS.join(', ')}`
          : `unknown kind ${quote(v.kind)}: one of ${KINDS.join(', ')}`,
      ...(guess ? { suggestion: guess } : {}),
      path: '/kind',
      source: locate(d, v.kind === undefined ? [] : ['kind']),
    });
    return undefined;
  }
  return ok ? (v.kind as KindName) : undefined;
}

function describe(schema: unknown): string | undefined {
  const s = schema as SchemaNode | undefined;
  return s?.description;
}

/** The diagnostic code and message for one ajv error. */
function translate(
  e: ErrorObject,
): Pick<Diagnostic, 'code' | 'message' | 'detail' | 'suggestion'> & { key?: string } {
  const field = e.instancePath.split('/').pop() || 'document';
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((e.parentSchema as SchemaNode | undefined)?.properties ?? {});
      const guess = suggest(name, allowed);
      return {
        code: 'schema/unknown-property',
        message: `unknown property ${quote(name)}`,
        detail: allowed.length ? `allowed here: ${allowed.join(', ')}` : 'no properties are allowed here',
        ...(guess ? { suggestion: guess } : {}),
        key: name,
      };
    }
    case 'required': {
      const name = (e.params as { missingProperty: string }).missingProperty;
      return { code: 'schema/required', message: `missing required property ${quote(name)}` };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const guess = typeof e.data === 'string' ? suggestValue(e.data, allowed) : undefined;
      return {
        code: 'schema/enum',
        message: `${field}: ${quote(e.data)} is not one of ${allowed.join(', ')}`,
        ...(guess ? { suggestion: guess } : {}),
      };
    }
    case 'const':
      return {
        code: 'schema/const',
        message: `${field} must be ${quote((e.params as { allowedValue: unknown }).allowedValue)}`,
      };
    case 'discriminator': {
      const p = e.params as { tag: string; tagValue: unknown; error: string };
      const allowed = discriminatorValues(e.instancePath);
      const guess = typeof p.tagValue === 'string' ? suggestValue(p.tagValue, allowed) : undefined;
      return {
        code: 'schema/enum',
        message:
          p.error === 'tag'
            ? `missing ${p.tag}: one of ${allowed.join(', ')}`
            : `${p.tag}: ${quote(p.tagValue)} is not one of ${allowed.join(', ')}`,
        ...(guess ? { suggestion: guess } : {}),
        key: p.tag,
      };
    }
    case 'type':
      return {
        code: 'schema/type',
        message: `${field} must be ${(e.params as { type: string }).type}, not ${Array.isArray(e.data) ? 'array' : e.data === null ? 'null' : typeof e.data}`,
      };
    case 'pattern':
    case 'format': {
      // One value, one diagnostic: when both its format and its pattern fail (a URL without a scheme),
      // `prune` keeps the format error and the message names both expectations.
      const pattern = (e.parentSchema as { pattern?: unknown } | undefined)?.pattern;
      const expected =
        e.keyword === 'format'
          ? ` (expected a ${(e.params as { format: string }).format}${typeof pattern === 'string' && !new RegExp(pattern, 'u').test(String(e.data)) ? ` matching ${pattern}` : ''})`
          : '';
      return {
        code: e.keyword === 'pattern' ? 'schema/pattern' : 'schema/format',
        message: `${field}: ${quote(e.data)} is not valid${expected}`,
        ...(describe(e.parentSchema) ? { detail: describe(e.parentSchema) } : {}),
      };
    }
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
    case 'minimum':
    case 'maximum':
      return {
        code: 'schema/size',
        message: `${field} ${e.message ?? 'is out of range'}`,
        ...(describe(e.parentSchema) ? { detail: describe(e.parentSchema) } : {}),
      };
    case 'oneOf':
      return {
        code: 'schema/one-of',
        message: `${field} must take exactly one of its forms`,
        ...(describe(e.parentSchema) ? { detail: describe(e.parentSchema) } : {}),
      };
    case 'uniqueItems':
      return { code: 'schema/unique', message: `${field} lists the same item twice` };
    case 'dependencies': {
      const p = e.params as { property: string; missingProperty: string };
      return {
        code: 'schema/required',
        message: `missing required property ${quote(p.missingProperty)} (needed with ${quote(p.property)})`,
      };
    }
    default:
      return { code: 'schema/invalid', message: `${field} ${e.message ?? 'is invalid'}` };
  }
}

/** The allowed discriminator values, read from the schema by where the discriminator sits. */
function discriminatorValues(instancePath: string): string[] {
  if (instancePath.endsWith('/auth')) return ['unauthenticated', 'bearer', 'oauth'];
  return KINDS;
}

/** True for a secret reference given as a plain string: the most common mistake, with its own code. */
function isInlineSecret(e: ErrorObject): boolean {
  return e.schemaPath.includes('/SecretRef/') && typeof e.data === 'string';
}

/**
 * Drops ajv's follow-on noise: `if` wrappers, errors inside a failed `oneOf`'s branches (the `oneOf`
 * error stands for them), a pattern error where the same value's format failed, and every other error at
 * the path of an inline secret.
 */
function prune(errors: ErrorObject[]): ErrorObject[] {
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => `${e.schemaPath}/`);
  const inline = new Set(errors.filter(isInlineSecret).map((e) => e.instancePath));
  const formatFailed = new Set(errors.filter((e) => e.keyword === 'format').map((e) => e.instancePath));
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword === 'if') return false;
    // A value whose format failed is reported once; the format message names the pattern too.
    if (e.keyword === 'pattern' && formatFailed.has(e.instancePath)) return false;
    if (inline.has(e.instancePath) && !(isInlineSecret(e) && e.keyword === 'type')) return false;
    if (oneOfPaths.some((p) => e.schemaPath.startsWith(p))) return false;
    const id = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Validates a document; returns its kind when it is valid. */
export function schemaCheck(d: ParsedDocument, out: Diagnostic[]): KindName | undefined {
  const kind = checkHeader(d, out);
  if (!kind) return undefined;
  const result = validate(kindSchemas[kind], d.value);
  if (result.ok) return kind;
  for (const e of prune(result.errors)) {
    if (isInlineSecret(e)) {
      const envName = pointerSegments(e.instancePath)
        .pop()
        ?.toUpperCase()
        .replace(/[^A-Z0-9]+/g, '_');
      out.push({
        severity: 'error',
        code: 'secret/inline',
        message: 'a secret cannot be written inline in a manifest',
        detail: `write { fromEnv: ${envName ?? 'VAR'} } or { fromFile: ./path } and keep the value out of the repository`,
        path: e.instancePath,
        source: locate(d, pointerSegments(e.instancePath)),
      });
      continue;
    }
    const t = translate(e);
    const segments = pointerSegments(e.instancePath);
    const keyed = t.key !== undefined && (e.keyword === 'additionalProperties' || e.data !== undefined);
    const path =
      e.keyword === 'additionalProperties' && t.key ? `${e.instancePath}/${t.key}` : e.instancePath;
    // A missing property is reported at the key of the mapping that lacks it.
    const missing = e.keyword === 'required' || e.keyword === 'dependencies';
    out.push({
      severity: 'error',
      code: t.code,
      message: t.message,
      ...(t.detail ? { detail: t.detail } : {}),
      ...(t.suggestion ? { suggestion: t.suggestion } : {}),
      path,
      source:
        keyed && t.key
          ? locate(d, [...segments, t.key], e.keyword === 'additionalProperties')
          : locate(d, segments, missing),
    });
  }
  return undefined;
}
