/**
 * Checks a server's write-only credentials against its auth_type and derives the non-secret facts shown in
 * `auth_config_summary`: custom header names for the `{"headers": {...}}` bearer form, and for OAuth the
 * manual client's endpoints and client id. Also the authentication status and the OAuth waiting message.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { AuthenticationStatus, AuthFacts, AuthType } from '../store/repository.js';
import { type Issue, ValidationError } from './errors.js';

export const OAUTH_PENDING_ERROR =
  'An admin OAuth credential is required before this server can sync: authorise it with ' +
  '`portalctl server authorize <id>` (or POST .../mcp/servers/{id}/authorize and open the URL it answers).';

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function parseJsonObject(text: string, field: string, issues: Issue[]): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  issues.push({ message: `${field} must be a JSON object string`, path: [field] });
  return undefined;
}

function headerFacts(text: string, issues: Issue[]): AuthFacts {
  const obj = parseJsonObject(text, 'auth_credentials', issues);
  const headers = obj?.headers;
  if (obj && (typeof headers !== 'object' || headers === null || Array.isArray(headers))) {
    issues.push({
      message: 'auth_credentials JSON must be {"headers": {"Name": "value", ...}}',
      path: ['auth_credentials'],
    });
    return {};
  }
  const entries = Object.entries((headers ?? {}) as Record<string, unknown>);
  if (obj && entries.length === 0)
    issues.push({ message: 'auth_credentials headers must not be empty', path: ['auth_credentials'] });
  for (const [name, value] of entries) {
    if (!HEADER_NAME.test(name))
      issues.push({ message: `"${name}" is not a valid header name`, path: ['auth_credentials'] });
    if (typeof value !== 'string' || /[\r\n]/.test(value)) {
      issues.push({
        message: `the value of header "${name}" must be a single-line string`,
        path: ['auth_credentials'],
      });
    }
  }
  return { header_names: entries.map(([name]) => name).sort() };
}

function pickStrings(value: unknown, keys: readonly string[]): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const out: Record<string, string> = {};
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === 'string') out[key] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function oauthFacts(text: string, issues: Issue[]): AuthFacts {
  const obj = parseJsonObject(text, 'auth_credentials', issues);
  if (!obj) return {};
  if (obj.auth_mode !== 'manual') return { auth_mode: 'dcr' };
  const config = pickStrings(obj.config, [
    'authorization_endpoint',
    'issuer',
    'resource',
    'revocation_endpoint',
    'token_endpoint',
  ]);
  const reg = obj.registration_info as Record<string, unknown> | undefined;
  const registration = pickStrings(reg, ['client_id', 'scope', 'token_endpoint_auth_method']);
  for (const [key, have] of [
    ['config.authorization_endpoint', config?.authorization_endpoint],
    ['config.token_endpoint', config?.token_endpoint],
    ['registration_info.client_id', registration?.client_id],
  ] as const) {
    if (!have)
      issues.push({ message: `manual OAuth auth_credentials need ${key}`, path: ['auth_credentials'] });
  }
  const redirects = Array.isArray(reg?.redirect_uris)
    ? reg.redirect_uris.filter((u): u is string => typeof u === 'string')
    : undefined;
  const registration_info = { ...registration, ...(redirects ? { redirect_uris: redirects } : {}) };
  return {
    auth_mode: 'manual',
    ...(config ? { config } : {}),
    ...(Object.keys(registration_info).length > 0 ? { registration_info } : {}),
  };
}

export interface CredentialInput {
  auth_credentials?: string;
  client_secret?: string;
}

/**
 * Validates the credentials sent in a create or update. Returns the new facts when `auth_credentials` was
 * sent, otherwise `current`. `hasClientSecret` says whether a client secret will be stored afterwards.
 */
export function checkCredentials(
  authType: AuthType,
  input: CredentialInput,
  current: AuthFacts,
  hasClientSecret: boolean,
): AuthFacts {
  const issues: Issue[] = [];
  if (authType !== 'oauth' && input.client_secret !== undefined) {
    issues.push({ message: 'client_secret is only used with auth_type "oauth"', path: ['client_secret'] });
  }
  let facts = current;
  const creds = input.auth_credentials;
  if (creds !== undefined) {
    if (authType === 'unauthenticated') {
      issues.push({
        message: 'auth_credentials is not used with auth_type "unauthenticated"',
        path: ['auth_credentials'],
      });
    } else if (authType === 'bearer') {
      if (creds.trim().startsWith('{')) facts = headerFacts(creds, issues);
      else {
        if (/[\r\n]/.test(creds))
          issues.push({ message: 'a bearer token must be a single line', path: ['auth_credentials'] });
        facts = {};
      }
    } else {
      facts = oauthFacts(creds, issues);
    }
  }
  if (authType === 'oauth' && facts.auth_mode === 'manual' && !hasClientSecret && issues.length === 0) {
    issues.push({ message: 'client_secret is required for a manual OAuth client', path: ['client_secret'] });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return creds !== undefined && authType !== 'unauthenticated'
    ? { ...facts, credentials_fingerprint: credentialsFingerprint(creds) }
    : facts;
}

/** A salted HMAC of a credential (see `AuthFacts.credentials_fingerprint`). */
export function credentialsFingerprint(value: string, salt: Buffer = randomBytes(16)): string {
  return `hmac-sha256:${salt.toString('base64url')}:${createHmac('sha256', salt).update(value).digest('hex')}`;
}

export function authenticationStatus(authType: AuthType, facts: AuthFacts): AuthenticationStatus {
  if (authType !== 'oauth') return 'not_required';
  return facts.auth_mode === 'manual' ? 'manual' : 'required';
}
