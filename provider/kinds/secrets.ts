/**
 * Secrets given as Pulumi secret values (not `{ fromEnv }` references): wraps them the way the
 * reconciler's `resolveSecret` does (a `Secret` that prints as `(sensitive)`), so `credentialPayload`
 * and the plan treat them exactly like manifest secrets.
 */
import type { ServerSecrets } from '../../reconciler/kinds/model.js';
import { type Resolved, Secret } from '../../reconciler/secrets.js';
import { isObject } from '../wire.js';

const resolved = (value: unknown): Resolved =>
  typeof value === 'string' && value !== ''
    ? { ok: true, secret: new Secret(value) }
    : { ok: false, reason: 'the secret is empty or not a string' };

/** `Desired['secrets']` from the (revealed) `auth` input of a server. */
export function secretsFromAuth(auth: unknown): ServerSecrets {
  if (!isObject(auth)) return {};
  const out: ServerSecrets = {};
  if (auth.type === 'bearer' && auth.token !== undefined) out.token = resolved(auth.token);
  else if (auth.type === 'bearer' && isObject(auth.headers)) {
    const names = Object.keys(auth.headers).sort();
    out.headers = Object.fromEntries(names.map((n) => [n, resolved((auth.headers as never)[n])]));
  }
  if (auth.type === 'oauth' && auth.clientId !== undefined && auth.clientSecret !== undefined)
    out.clientSecret = resolved(auth.clientSecret);
  return out;
}

/** Where a credential comes from, for display (never the value). */
export const PULUMI_SECRET_SOURCE = 'pulumi secret';
