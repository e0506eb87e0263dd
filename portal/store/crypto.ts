/**
 * Secrets at rest: AES-256-GCM sealing of write-only values (auth_credentials, client_secret) with a
 * per-value random IV and associated data that binds a ciphertext to its row and column, plus loading the
 * 32-byte key from `MCP_PORTAL_SECRET_KEY` (base64) or a 0600 key file created on first start.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const KEY_ENV = 'MCP_PORTAL_SECRET_KEY';
export const KEY_FILE = 'secret.key';
const VERSION = 'v1';

/** Seals and opens secrets; `aad` names where the value lives (e.g. `servers:docs:auth_credentials`). */
export interface SecretBox {
  seal(plain: string, aad: string): string;
  open(sealed: string, aad: string): string;
}

/** Raised when a sealed value cannot be opened: wrong key, tampered data, or moved to another row. */
export class SecretDecryptError extends Error {
  constructor(aad: string, options?: ErrorOptions) {
    super(`cannot decrypt the secret stored for ${aad} (wrong key or tampered data)`, options);
    this.name = 'SecretDecryptError';
  }
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error(`the secret key must be 32 bytes, got ${key.length}`);
  return {
    seal(plain, aad) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(aad, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, iv.toString('base64'), tag.toString('base64'), body.toString('base64')].join('.');
    },
    open(sealed, aad) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== VERSION || iv === undefined || tag === undefined || body === undefined) {
        throw new SecretDecryptError(aad);
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
        decipher.setAAD(Buffer.from(aad, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString(
          'utf8',
        );
      } catch (cause) {
        throw new SecretDecryptError(aad, { cause });
      }
    },
  };
}

/** Decodes a base64 key and checks its length; `source` names where it came from, for the error. */
export function decodeKey(text: string, source: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) {
    throw new Error(`${source} must hold 32 bytes encoded as base64 (got ${key.length} bytes)`);
  }
  return key;
}

/**
 * The data directory's key: from the environment when set, otherwise `<dataDir>/secret.key`, created with
 * mode 0600 on first start. `dataDir` undefined (an in-memory store) gets a fresh random key.
 */
export function loadKey(dataDir: string | undefined, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env[KEY_ENV];
  if (fromEnv) return decodeKey(fromEnv, `$${KEY_ENV}`);
  if (dataDir === undefined) return randomBytes(32);
  const file = join(dataDir, KEY_FILE);
  try {
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return decodeKey(readFileSync(file, 'utf8'), file);
}
