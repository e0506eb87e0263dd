/**
 * The management API's errors: a small class hierarchy, each class with a stable `static code` (the
 * Cloudflare-style numeric `errors[].code`) and HTTP status. `onError` in app.ts is the one place they
 * become wire form; anything else becomes 500 "internal error". Codes are documented in CODES below.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Message } from '../../schemas/generated/wire.js';

/** One problem: a human message and, for input errors, the JSON path (array of keys) it concerns. */
export interface Issue {
  message: string;
  path?: (string | number)[];
}

export abstract class ApiError extends Error {
  static readonly code: number;
  abstract readonly status: ContentfulStatusCode;
  readonly issues: Issue[];
  /** Extra response headers (e.g. Retry-After). */
  readonly headers: Record<string, string> = {};
  /** The `result` of the failure envelope: null, except `{}` for a bad list query (as Cloudflare). */
  readonly result: null | Record<string, never> = null;

  constructor(issues: Issue[] | string, options?: ErrorOptions) {
    const list = typeof issues === 'string' ? [{ message: issues }] : issues;
    super(list.map((i) => i.message).join('; '), options);
    this.name = new.target.name;
    this.issues = list;
  }

  get code(): number {
    return (this.constructor as typeof ApiError).code;
  }

  toResponseObject(): Message[] {
    return this.issues.map((i) => ({
      code: this.code,
      message: i.message,
      ...(i.path ? { path: i.path } : {}),
    }));
  }
}

/** 400: the body does not match the wire schema, or breaks a rule the schema cannot express. */
export class ValidationError extends ApiError {
  static override readonly code = 1001;
  readonly status = 400;
}

/** 400: the body is not JSON, or not a JSON object. */
export class MalformedJsonError extends ApiError {
  static override readonly code = 1002;
  readonly status = 400;
}

/** 400 (not 409: the official SDKs retry 409): an object with this id or unique value already exists. */
export class DuplicateError extends ApiError {
  static override readonly code = 1003;
  readonly status = 400;
}

/** 400: a create-only field (server hostname, auth_type, any id) was changed in an update. */
export class ImmutableFieldError extends ApiError {
  static override readonly code = 1004;
  readonly status = 400;
}

/** 400: the object is still referenced (a server mapped to a portal, a policy linked from an app). */
export class InUseError extends ApiError {
  static override readonly code = 1005;
  readonly status = 400;
}

/** 400: page, per_page or search out of range. */
export class BadListQueryError extends ApiError {
  static override readonly code = 1006;
  readonly status = 400;
  override readonly result = {};
}

/** 413: the request body is over the limit (1 MiB). */
export class PayloadTooLargeError extends ApiError {
  static override readonly code = 1007;
  readonly status = 413;
  constructor(message: string) {
    super(message);
    // The unread rest of the body is still on the socket: the connection must not be reused.
    this.headers.Connection = 'close';
  }
}

/** 404: no object with this id (Cloudflare's "could not route ... object identifier is invalid"). */
export class NotFoundError extends ApiError {
  static override readonly code = 7003;
  readonly status = 404;
}

/** 404: no such route. */
export class RouteNotFoundError extends ApiError {
  static override readonly code = 7000;
  readonly status = 404;
}

/** 401: no credentials were sent. */
export class MissingAuthError extends ApiError {
  static override readonly code = 9106;
  readonly status = 401;
}

/** 403: credentials were sent but are not valid. */
export class AuthenticationError extends ApiError {
  static override readonly code = 10000;
  readonly status = 403;
}

/** 403: a valid token, but for another account. */
export class AccountAccessError extends ApiError {
  static override readonly code = 9109;
  readonly status = 403;
}

/** 429: the token's request budget is spent; `Retry-After` says when it refills. */
export class RateLimitedError extends ApiError {
  static override readonly code = 971;
  readonly status = 429;
  constructor(retryAfterSeconds: number, message = 'Please wait and consider throttling your request speed') {
    super(message);
    this.headers['Retry-After'] = String(retryAfterSeconds);
  }
}

/** Any status chosen by fault injection (other than 429, which is a RateLimitedError). */
export class InjectedFaultError extends ApiError {
  static override readonly code = 1000;
  readonly status: ContentfulStatusCode;
  constructor(status: ContentfulStatusCode) {
    super(`injected fault: HTTP ${status}`);
    this.status = status;
  }
}

/** 500: anything unexpected. The cause is logged, never sent. */
export class InternalError extends ApiError {
  static override readonly code = 1000;
  readonly status = 500;
}

/** The code table, for documentation and tests. */
export const CODES = {
  validation: ValidationError.code,
  malformedJson: MalformedJsonError.code,
  duplicate: DuplicateError.code,
  immutableField: ImmutableFieldError.code,
  inUse: InUseError.code,
  badListQuery: BadListQueryError.code,
  payloadTooLarge: PayloadTooLargeError.code,
  notFound: NotFoundError.code,
  noRoute: RouteNotFoundError.code,
  missingAuth: MissingAuthError.code,
  authentication: AuthenticationError.code,
  accountAccess: AccountAccessError.code,
  rateLimited: RateLimitedError.code,
  internal: InternalError.code,
} as const;
