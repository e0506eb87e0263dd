/**
 * Typed errors of the management API client. `ApiError.fromResponse` rebuilds the class from the envelope's
 * stable `errors[].code` first and the HTTP status second; each error carries the status, the API's error
 * list, the method and path, and its `cause`. `exitCodeOf` is the one place errors become exit codes.
 */
import type { Message } from '../../schemas/generated/wire.js';
import { ExitCode } from '../exit-codes.js';

/** An API answer with `success: false` (or a non-2xx status). */
export class ApiError extends Error {
  override readonly name: string = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly errors: readonly Message[] = [],
    readonly method = '',
    readonly path = '',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  /** The first error code the API gave, if any. */
  get code(): number | undefined {
    return this.errors[0]?.code;
  }

  get exitCode(): ExitCode {
    return exitCodeOf(this);
  }

  /**
   * Rebuilds the right subclass from a failed response: by the first `errors[].code` the client knows
   * (4xx answers only: a 5xx is a server failure whatever it says), else by the HTTP status.
   */
  static fromResponse(
    status: number,
    errors: readonly Message[],
    method: string,
    path: string,
    options?: ErrorOptions,
  ): ApiError {
    const text =
      errors.map((e) => `${e.message}${e.code ? ` (${e.code})` : ''}`).join('; ') || `HTTP ${status}`;
    const Class = classOf(status, errors);
    return new Class(`${method} ${path}: ${text}`, status, errors, method, path, options);
  }
}

/** 401/403, or codes 9106 (missing credentials), 9109 (other account), 10000 (authentication error). */
export class AuthError extends ApiError {
  override readonly name: string = 'AuthError';
}

/** 404, or codes 7003 (no object with this id) and 7000 (no route). */
export class NotFoundError extends ApiError {
  override readonly name: string = 'NotFoundError';
}

/** 429, or code 971: the request was not processed. */
export class RateLimitedError extends ApiError {
  override readonly name: string = 'RateLimitedError';
}

/**
 * The API refused the request as input (400/413/422; codes 1001, 1002, 1006, 1007): the message names the
 * field. The base of the input errors below, so "refused as input" is one `instanceof`.
 */
export class ValidationError extends ApiError {
  override readonly name: string = 'ValidationError';
}

/** Code 1003: an object with this id or unique value already exists. */
export class DuplicateError extends ValidationError {
  override readonly name: string = 'DuplicateError';
}

/** Code 1004: an update changed a create-only field (server hostname, auth type, an id). */
export class ImmutableFieldError extends ValidationError {
  override readonly name: string = 'ImmutableFieldError';
}

/** Code 1005: the object is still referenced (a server mapped to a portal, a policy used by an app). */
export class InUseError extends ValidationError {
  override readonly name: string = 'InUseError';
}

type ApiErrorClass = new (
  message: string,
  status: number,
  errors: readonly Message[],
  method: string,
  path: string,
  options?: ErrorOptions,
) => ApiError;

/**
 * The stable codes: the embedded portal's (portal/api/errors.ts, `CODES`) and Cloudflare's documented
 * general ones (reference/cloudflare-api.md §7). Code 1000 (internal, or an injected fault) is left to the
 * status. Cloudflare does not document codes for the MCP endpoints' input errors; 1001–1007 are ours.
 */
export const CLASS_BY_CODE: ReadonlyMap<number, ApiErrorClass> = new Map<number, ApiErrorClass>([
  [1001, ValidationError], // validation
  [1002, ValidationError], // malformed JSON
  [1003, DuplicateError],
  [1004, ImmutableFieldError],
  [1005, InUseError],
  [1006, ValidationError], // bad list query
  [1007, ValidationError], // payload too large
  [7000, NotFoundError], // no route for that URI
  [7003, NotFoundError], // could not route to the object (unknown id)
  [9106, AuthError], // missing credentials
  [9109, AuthError], // valid token, other account
  [10000, AuthError], // authentication error
  [971, RateLimitedError],
]);

/**
 * Heuristic, for a real Cloudflare API only: Cloudflare documents no code for "already exists" on these
 * endpoints (a duplicate id is "probably 400 or 409", reference §7), so a 400/409 with no code we know
 * whose message says so is read as a duplicate. The embedded portal always sends code 1003, so this never
 * decides anything against it; against Cloudflare a reworded message only makes the duplicate a plain
 * ValidationError, which createOnce throws instead of resolving (safe: never a second object).
 */
const DUPLICATE_MESSAGE = /already exists|already in use|duplicate/i;

function classOf(status: number, errors: readonly Message[]): ApiErrorClass {
  if (status === 429) return RateLimitedError;
  if (status >= 500) return ApiError;
  for (const e of errors) {
    const byCode = typeof e.code === 'number' ? CLASS_BY_CODE.get(e.code) : undefined;
    if (byCode) return byCode;
  }
  if (status === 401 || status === 403) return AuthError;
  if (status === 404) return NotFoundError;
  if (status === 400 || status === 409) {
    if (errors.some((e) => DUPLICATE_MESSAGE.test(e.message ?? ''))) return DuplicateError;
    return ValidationError;
  }
  if (status === 413 || status === 422) return ValidationError;
  return ApiError;
}

/** Waiting for the rate-limit window would exceed the caller's `maxWait`. */
export class RateLimitBudgetError extends Error {
  override readonly name = 'RateLimitBudgetError';
  get exitCode(): ExitCode {
    return exitCodeOf(this);
  }
}

/** The API could not be reached, or answered with something that is not the v4 envelope. */
export class TransportError extends Error {
  override readonly name: string = 'TransportError';
  get exitCode(): ExitCode {
    return exitCodeOf(this);
  }
}

/** The API answered, but not with the shape its wire schema describes (response-check.ts). Exit 1. */
export class MalformedResponseError extends TransportError {
  override readonly name: string = 'MalformedResponseError';
}

/** The command's overall deadline (`--deadline`) passed before the API answered. Exit 1. */
export class DeadlineError extends TransportError {
  override readonly name: string = 'DeadlineError';
}

/**
 * A retried create was refused as a duplicate (so the first attempt, whose answer was lost, probably
 * landed), yet reading the object back found nothing: it exists under an identity the read-back cannot
 * see, or is not visible yet. The cause is the DuplicateError.
 */
export class UnresolvedCreateError extends Error {
  override readonly name = 'UnresolvedCreateError';
}

/**
 * The exit code for any error, following `cause` (errors wrapped with context keep their code):
 * authentication 4, rate limit 6, anything else 1.
 */
export function exitCodeOf(err: unknown): ExitCode {
  for (let e = err, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
    if (e instanceof AuthError) return ExitCode.AuthFailed;
    if (e instanceof RateLimitedError || e instanceof RateLimitBudgetError) return ExitCode.RateLimited;
  }
  return ExitCode.OperationalError;
}
