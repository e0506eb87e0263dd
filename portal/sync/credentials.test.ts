// Credentials to request headers, and the rule that no error message repeats a secret.
import { describe, expect, it } from 'vitest';
import { resolveCredentials } from './credentials.js';
import { redact, SyncFailure } from './failure.js';
import type { UpstreamConnection } from './types.js';

const base: UpstreamConnection = { id: 's', url: 'http://127.0.0.1/mcp', authType: 'bearer' };

describe('resolveCredentials', () => {
  const ok: {
    name: string;
    reason: string;
    conn: Partial<UpstreamConnection>;
    headers: Record<string, string>;
  }[] = [
    {
      name: 'raw token',
      reason: 'a raw credential is a bearer token',
      conn: { credentials: ' tok-123 ' },
      headers: { Authorization: 'Bearer tok-123' },
    },
    {
      name: 'custom headers',
      reason: 'the JSON form sends each header as given',
      conn: { credentials: '{"headers":{"cf-access-client-id":"id-1","cf-access-client-secret":"sec-1"}}' },
      headers: { 'cf-access-client-id': 'id-1', 'cf-access-client-secret': 'sec-1' },
    },
    {
      name: 'no credentials',
      reason: 'a bearer server without credentials sends nothing; the upstream decides',
      conn: {},
      headers: {},
    },
    {
      name: 'unauthenticated',
      reason: 'unauthenticated servers never send stored credentials',
      conn: { authType: 'unauthenticated', credentials: 'tok-123' },
      headers: {},
    },
  ];
  it.each(ok)('$name', ({ reason, conn, headers }) => {
    expect(resolveCredentials({ ...base, ...conn }).headers, reason).toEqual(headers);
  });

  const bad: { name: string; reason: string; credentials: string }[] = [
    {
      name: 'broken JSON',
      reason: 'starts like JSON but does not parse',
      credentials: '{"headers": {"A": "s3cr3t-v',
    },
    {
      name: 'headers not an object',
      reason: 'headers must map names to values',
      credentials: '{"headers": ["s3cr3t-v"]}',
    },
    {
      name: 'non-string value',
      reason: 'header values are strings',
      credentials: '{"headers": {"A": 12345}}',
    },
    {
      name: 'bad header name',
      reason: 'names must be HTTP tokens',
      credentials: '{"headers": {"A B": "s3cr3t-v"}}',
    },
    {
      name: 'reserved header',
      reason: 'transport headers are not overridable',
      credentials: '{"headers": {"Host": "s3cr3t-v"}}',
    },
    {
      name: 'header injection',
      reason: 'values may not break lines',
      credentials: '{"headers": {"A": "s3cr3t-v\\r\\nB: c"}}',
    },
    { name: 'token with newline', reason: 'a token may not break lines', credentials: 's3cr3t-v\nX-Evil: 1' },
    { name: 'empty headers', reason: 'an empty headers object is a mistake', credentials: '{"headers": {}}' },
  ];
  it.each(bad)('rejects $name', ({ reason, credentials }) => {
    let thrown: unknown;
    try {
      resolveCredentials({ ...base, credentials });
    } catch (err) {
      thrown = err;
    }
    expect(thrown, reason).toBeInstanceOf(SyncFailure);
    const failure = thrown as SyncFailure;
    expect(failure.details).toEqual({ cause: 'invalid_credentials', is_upstream: false, retryable: false });
    expect(failure.message, reason).not.toContain('s3cr3t-v');
  });
});

describe('redact', () => {
  it('replaces every occurrence of each secret, plain and URI-encoded', () => {
    const out = redact('a tok/en b tok%2Fen c tok/en', ['tok/en']);
    expect(out).toBe('a [redacted] b [redacted] c [redacted]');
  });

  it('replaces the longer of two overlapping secrets whole', () => {
    expect(redact('Bearer abcd-efgh', ['abcd', 'abcd-efgh'])).toBe('Bearer [redacted]');
  });

  it('caps very long messages', () => {
    expect(redact('x'.repeat(5000), []).length).toBeLessThanOrEqual(500);
  });
});

describe('resolveCredentials for oauth', () => {
  const oauth: UpstreamConnection = { id: 'gh', url: 'http://127.0.0.1/mcp', authType: 'oauth' };

  it('sends the current access token at each read of the headers (refreshed tokens apply to open links)', () => {
    let token = 'access-one';
    const { headers, secrets } = resolveCredentials({ ...oauth, oauth: { current: () => token } });
    expect({ ...headers }).toEqual({ Authorization: 'Bearer access-one' });
    expect(secrets).toEqual(['access-one']);
    token = 'access-two';
    expect(new Headers(headers).get('authorization')).toBe('Bearer access-two');
  });

  it('fails with authentication_required and the command to run when no token is stored', () => {
    let thrown: unknown;
    try {
      resolveCredentials({
        ...oauth,
        credentials: '{"auth_mode":"manual"}',
        oauth: { current: () => undefined },
      });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(SyncFailure);
    expect((thrown as SyncFailure).details).toEqual({
      cause: 'authentication_required',
      is_upstream: false,
      retryable: false,
    });
    expect((thrown as SyncFailure).message).toContain('portalctl server authorize gh');
  });

  it('never sends the stored manual-client JSON as a credential', () => {
    expect(() => resolveCredentials({ ...oauth, credentials: 'client-json' })).toThrow(SyncFailure);
  });
});
