/**
 * The failure type of capability sync: a one-line human message plus the wire `error_details`, and the
 * abort reasons sync uses for its own timeouts. Also the redaction applied to every message that
 * leaves sync, so credentials never appear in `error` or `error_details`.
 */
import type { ServerErrorDetails } from '../../schemas/generated/wire.js';

/** A classified sync failure; `details` is what the API reports as `error_details`. */
export class SyncFailure extends Error {
  override readonly name = 'SyncFailure';
  constructor(
    message: string,
    readonly details: ServerErrorDetails,
  ) {
    super(message);
  }
}

/** Abort reason: the connect phase of one transport attempt took longer than the connect timeout. */
export class ConnectTimeoutError extends Error {
  override readonly name = 'ConnectTimeoutError';
  constructor(readonly ms: number) {
    super(`connect timed out after ${ms} ms`);
  }
}

/** Abort reason: the whole sync took longer than the overall timeout. */
export class SyncTimeoutError extends Error {
  override readonly name = 'SyncTimeoutError';
  constructor(readonly ms: number) {
    super(`sync timed out after ${ms} ms`);
  }
}

/** Abort reason: the caller's signal aborted the sync. */
export class SyncAbortedError extends Error {
  override readonly name = 'SyncAbortedError';
  constructor() {
    super('sync aborted');
  }
}

const REDACTED = '[redacted]';
/** Secrets shorter than this are not searched for (they would mangle ordinary words). */
const MIN_SECRET_LENGTH = 4;
const MAX_MESSAGE_LENGTH = 500;

/** Replaces every occurrence of each secret (and its URI-encoded form) and caps the length. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  const forms = secrets
    .flatMap((s) => [s, encodeURIComponent(s)])
    .filter((s) => s.length >= MIN_SECRET_LENGTH);
  // Longest first, so a secret containing another is replaced whole.
  for (const secret of [...new Set(forms)].sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join(REDACTED);
  }
  return out.length > MAX_MESSAGE_LENGTH ? `${out.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : out;
}
