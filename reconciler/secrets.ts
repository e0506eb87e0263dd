/**
 * Secret references (`{ fromEnv }`, `{ fromFile }`) resolved at the last moment, and credential
 * fingerprints. A resolved value lives only in memory, inside a `Secret` whose every printable form
 * is `(sensitive)`, so a stray log or JSON.stringify cannot leak it.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { SecretRef } from '../schemas/generated/manifest.js';

export const MASK = '(sensitive)';

/** A secret value that prints as `(sensitive)` everywhere; `reveal()` is the only way to read it. */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return MASK;
  }
  toJSON(): string {
    return MASK;
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return MASK;
  }
}

export type Resolved = { ok: true; secret: Secret } | { ok: false; reason: string };

/** A human description of where a secret comes from, never its value. */
export const describeRef = (ref: SecretRef): string =>
  'fromEnv' in ref ? `env ${ref.fromEnv}` : `file ${(ref as { fromFile: string }).fromFile}`;

/** Resolves a reference; `manifestPath` anchors relative `fromFile` paths. */
export function resolveSecret(ref: SecretRef, env: NodeJS.ProcessEnv, manifestPath?: string): Resolved {
  if ('fromEnv' in ref) {
    const value = env[ref.fromEnv];
    if (value === undefined || value === '')
      return { ok: false, reason: `environment variable ${ref.fromEnv} is not set` };
    return { ok: true, secret: new Secret(value) };
  }
  const file = (ref as { fromFile: string }).fromFile;
  const path = isAbsolute(file) ? file : join(manifestPath ? dirname(manifestPath) : process.cwd(), file);
  try {
    const value = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
    if (value === '') return { ok: false, reason: `secret file ${file} is empty` };
    return { ok: true, secret: new Secret(value) };
  } catch (err) {
    return {
      ok: false,
      reason: `cannot read secret file ${file}: ${(err as NodeJS.ErrnoException).code ?? err}`,
    };
  }
}

/**
 * Compares a candidate credential with a published fingerprint `hmac-sha256:<salt>:<hex>` (the
 * embedded portal's `auth_config_summary.credentials_fingerprint`). Undefined when there is none to
 * compare with (Cloudflare publishes none).
 */
export function matchesFingerprint(candidate: string, fingerprint: string | undefined): boolean | undefined {
  if (!fingerprint) return undefined;
  const [scheme, salt, hex] = fingerprint.split(':');
  if (scheme !== 'hmac-sha256' || !salt || !hex) return undefined;
  return createHmac('sha256', Buffer.from(salt, 'base64url')).update(candidate).digest('hex') === hex;
}
