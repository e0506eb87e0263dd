/**
 * Request bodies: read the raw text with a byte limit (413 PayloadTooLargeError past it, declared or
 * streamed), parse JSON (MalformedJsonError on failure), and validate against a wire schema from the
 * registry, turning ajv errors into issues with Cloudflare-style paths (e.g. ["servers", 0, "server_id"]).
 */
import type { ErrorObject } from 'ajv';
import type { Context } from 'hono';
import { validateWire } from '../../schemas/wire-validate.js';
import { readWebBody } from '../http/bounded-body.js';
import { type Issue, MalformedJsonError, PayloadTooLargeError, ValidationError } from './errors.js';

/**
 * The largest JSON body a management API write accepts (1 MiB, as the API's body-limit middleware): the
 * reader enforces it itself, so a route stays bounded whatever middleware runs before it.
 */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** Reads the body as a JSON object. An empty body is `{}` when `allowEmpty` (e.g. a PUT with no changes). */
export async function readJsonObject(c: Context, allowEmpty = false): Promise<Record<string, unknown>> {
  const bytes = await readWebBody(c.req.raw, MAX_JSON_BODY_BYTES);
  if (bytes === undefined) {
    throw new PayloadTooLargeError(`the request body is larger than ${MAX_JSON_BODY_BYTES} bytes`);
  }
  const text = bytes.toString('utf8');
  if (text.trim() === '') {
    if (allowEmpty) return {};
    throw new MalformedJsonError('the request body is empty; a JSON object is required');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new MalformedJsonError(`the request body is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MalformedJsonError('the request body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

function pathOf(err: ErrorObject): (string | number)[] {
  const keys = err.instancePath
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  const params = err.params as Record<string, unknown>;
  if (err.keyword === 'required') keys.push(String(params.missingProperty));
  if (err.keyword === 'additionalProperties') keys.push(String(params.additionalProperty));
  return keys;
}

function messageOf(err: ErrorObject, path: (string | number)[]): string {
  const where = path.length > 0 ? path.join('.') : 'body';
  const params = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'required':
      return `${where} is required`;
    case 'additionalProperties':
      return `${where} is not a known field`;
    case 'enum':
      return `${where} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${where} ${err.message ?? 'is invalid'}`;
  }
}

/** Maps ajv errors to issues, one per (path, message), dropping the noise of oneOf branches. */
export function issuesFromAjv(errors: ErrorObject[]): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  const hasOneOf = errors.some((e) => e.keyword === 'oneOf');
  for (const err of errors) {
    // With oneOf, every failing branch reports its own errors; the single oneOf error says it better.
    if (
      hasOneOf &&
      err.keyword !== 'oneOf' &&
      errors.some((e) => e.keyword === 'oneOf' && e.instancePath === err.instancePath)
    ) {
      continue;
    }
    const path = pathOf(err);
    const message =
      err.keyword === 'oneOf' ? `${path.join('.') || 'body'} has an invalid shape` : messageOf(err, path);
    const key = `${JSON.stringify(path)} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ message, path });
  }
  return out;
}

/** Validates `value` against a wire schema reference; throws ValidationError listing every problem. */
export function assertValid<T>(ref: string, value: unknown): T {
  const result = validateWire(ref, value);
  if (!result.ok) throw new ValidationError(issuesFromAjv(result.errors));
  return value as T;
}
