/**
 * Typed errors of the management API client. Each carries the HTTP status and the API's error list;
 * `exitCode` maps it to the CLI's documented exit codes in one place.
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
  ) {
    super(message);
  }

  /** The first error code the API gave, if any. */
  get code(): number | undefined {
    return this.errors[0]?.code;
  }

  get exitCode(): ExitCode {
    return ExitCode.OperationalError;
  }

  /** Rebuilds the right subclass from a response. */
  static fromResponse(status: number, errors: readonly Message[], method: string, path: string): ApiError {
    const text =
      errors.map((e) => `${e.message}${e.code ? ` (${e.code})` : ''}`).join('; ') || `HTTP ${status}`;
    const message = `${method} ${path}: ${text}`;
    if (status === 401 || status === 403) return new AuthError(message, status, errors, method, path);
    if (status === 404) return new NotFoundError(message, status, errors, method, path);
    if (status === 429) return new RateLimitedError(message, status, errors, method, path);
    if (status === 400 || status === 413 || status === 422) {
      return new ValidationError(message, status, errors, method, path);
    }
    return new ApiError(message, status, errors, method, path);
  }
}

export class AuthError extends ApiError {
  override readonly name = 'AuthError';
  override get exitCode(): ExitCode {
    return ExitCode.AuthFailed;
  }
}

export class NotFoundError extends ApiError {
  override readonly name = 'NotFoundError';
}

/** The API refused the request body: the message names the field. */
export class ValidationError extends ApiError {
  override readonly name = 'ValidationError';
}

export class RateLimitedError extends ApiError {
  override readonly name = 'RateLimitedError';
  override get exitCode(): ExitCode {
    return ExitCode.RateLimited;
  }
}

/** Waiting for the rate-limit window would exceed the caller's `maxWait`. */
export class RateLimitBudgetError extends Error {
  override readonly name = 'RateLimitBudgetError';
  readonly exitCode = ExitCode.RateLimited;
}

/** The API could not be reached, or answered with something that is not the v4 envelope. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  readonly exitCode = ExitCode.OperationalError;
}

/** The exit code for any error thrown by the client (1 for anything unexpected). */
export function exitCodeOf(err: unknown): ExitCode {
  if (err instanceof ApiError || err instanceof RateLimitBudgetError || err instanceof TransportError) {
    return err.exitCode;
  }
  return ExitCode.OperationalError;
}
