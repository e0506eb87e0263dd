/**
 * Secret references (`{ fromEnv }`, `{ fromFile }`) resolved at the last moment, and credential
 * fingerprints. A resolved value lives only in memory, inside a `Secret` whose every printable form
 * is `(sensitive)`, so a stray log or JSON.stringify cannot leak it. Each reference has a key
 * (`env:NAME`, `file:PATH`) that plans carry instead of the value; `keyResolver` turns keys back into values.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { SecretRef } from '../schemas/generated/manifest.js';

export const MASK = '(sensitive)';

/**
 * Every secret value this process has seen (each `Secret`, the API token), so that output can be masked
 * (reconciler/render/mask.ts). Deliberately process-wide: a value must be masked wherever a message comes
 * from, and the registry only ever holds values this process already holds.
 */
const seen = new Set<string>();

/** Registers a value to be masked in all output (the `Secret` constructor does this for its value). */
export function registerSecretValue(value: string): void {
  if (value) seen.add(value);
}

/** The values registered so far. */
export const secretValues = (): ReadonlySet<string> => seen;

/** A secret value that prints as `(sensitive)` everywhere; `reveal()` is the only way to read it. */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
    registerSecretValue(value);
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

/** A resolved reference; `key` names it in plans (`env:NAME`, `file:PATH`, or the provider's `pulumi:...`). */
export type Resolved = { ok: true; secret: Secret; key: string } | { ok: false; reason: string; key: string };

/** A human description of where a secret comes from, never its value. */
export const describeRef = (ref: SecretRef): string =>
  'fromEnv' in ref ? `env ${ref.fromEnv}` : `file ${(ref as { fromFile: string }).fromFile}`;

/**
 * The key of a reference. A `fromFile` path is anchored at the manifest's folder, then written relative to
 * the working directory when it lies inside it (so a saved plan applies from another checkout of the
 * repository), else absolute.
 */
export function secretKey(ref: SecretRef, manifestPath?: string, cwd = process.cwd()): string {
  if ('fromEnv' in ref) return `env:${ref.fromEnv}`;
  const file = (ref as { fromFile: string }).fromFile;
  const path = isAbsolute(file) ? file : resolve(manifestPath ? dirname(manifestPath) : cwd, file);
  const rel = relative(cwd, path);
  return `file:${rel && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel) ? rel : path}`;
}

/** Resolves a key (`env:NAME` or `file:PATH`, relative paths against `cwd`). */
export function resolveKey(key: string, env: NodeJS.ProcessEnv, cwd = process.cwd()): Resolved {
  if (key.startsWith('env:')) {
    const name = key.slice(4);
    const value = env[name];
    if (value === undefined || value === '')
      return { ok: false, reason: `environment variable ${name} is not set`, key };
    return { ok: true, secret: new Secret(value), key };
  }
  if (key.startsWith('file:')) {
    const file = key.slice(5);
    const path = isAbsolute(file) ? file : join(cwd, file);
    try {
      const value = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
      if (value === '') return { ok: false, reason: `secret file ${file} is empty`, key };
      return { ok: true, secret: new Secret(value), key };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      return { ok: false, reason: `cannot read secret file ${file}: ${code}`, key };
    }
  }
  return { ok: false, reason: `no value for the secret ${key}`, key };
}

/** Resolves a reference; `manifestPath` anchors relative `fromFile` paths. */
export function resolveSecret(
  ref: SecretRef,
  env: NodeJS.ProcessEnv,
  manifestPath?: string,
  cwd = process.cwd(),
): Resolved {
  return resolveKey(secretKey(ref, manifestPath, cwd), env, cwd);
}

/** Turns plan keys into values at apply time. */
export type SecretResolver = (key: string) => Resolved;

/** Keys from the environment and files, with values already resolved (e.g. Pulumi inputs) taking precedence. */
export function keyResolver(
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
  known: Iterable<Resolved> = [],
): SecretResolver {
  const byKey = new Map([...known].map((r) => [r.key, r]));
  return (key) => byKey.get(key) ?? resolveKey(key, env, cwd);
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
