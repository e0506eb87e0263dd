/**
 * Password hashing for the local identity provider with scrypt (node:crypto): a random 16-byte salt per
 * password, parameters stored with the hash (`scrypt$N$r$p$salt$hash`, base64url) so they can be raised
 * later, and a constant-time comparison. Verifying an unknown user still spends one hash (no user oracle).
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
export const MIN_PASSWORD_LENGTH = 8;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, { N: n, r, p, maxmem: 128 * n * r * 2 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** A hash for nobody, so a login for an unknown email takes as long as one for a known email. */
let dummy: Promise<string> | undefined;

/** Whether `password` matches `stored`; `stored` undefined (unknown user) is always false. */
export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  if (stored === undefined) dummy ??= hashPassword(randomBytes(16).toString('hex'));
  const hash = stored ?? (await (dummy as Promise<string>));
  const [scheme, n, r, p, salt, key] = hash.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || salt === undefined || key === undefined) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return stored !== undefined && actual.length === expected.length && timingSafeEqual(actual, expected);
}
