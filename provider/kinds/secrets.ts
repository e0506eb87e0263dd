/**
 * Secrets given as Pulumi secret values (not `{ fromEnv }` references): wraps them the way the
 * reconciler's `resolveSecret` does (a `Secret` that prints as `(sensitive)`), keyed `pulumi:<input path>`,
 * so plans refer to them by key and apply resolves them from the inputs, exactly like manifest secrets.
 */
import type { DesiredSecrets } from '../../reconciler/kinds/model.js';
import { type Resolved, Secret } from '../../reconciler/secrets.js';
import { isObject } from '../wire.js';

const resolved = (value: unknown, key: string): Resolved =>
  typeof value === 'string' && value !== ''
    ? { ok: true, secret: new Secret(value), key }
    : { ok: false, reason: `the secret ${key.slice(7)} is empty or not a string`, key };

/** `Desired['secrets']` from the (revealed) `auth` input of a server. */
export function secretsFromAuth(auth: unknown): DesiredSecrets {
  if (!isObject(auth)) return {};
  const out: DesiredSecrets = {};
  if (auth.type === 'bearer' && auth.token !== undefined)
    out.token = resolved(auth.token, 'pulumi:auth.token');
  else if (auth.type === 'bearer' && isObject(auth.headers)) {
    const names = Object.keys(auth.headers).sort();
    out.headers = Object.fromEntries(
      names.map((n) => [n, resolved((auth.headers as never)[n], `pulumi:auth.headers.${n}`)]),
    );
  }
  if (auth.type === 'oauth' && auth.clientId !== undefined && auth.clientSecret !== undefined)
    out.clientSecret = resolved(auth.clientSecret, 'pulumi:auth.clientSecret');
  return out;
}

/** Where a credential comes from, for display (never the value). */
export const PULUMI_SECRET_SOURCE = 'pulumi secret';
