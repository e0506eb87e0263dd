// Service tokens over the management API (raw HTTP, real portal): the secret is answered once and stored
// only hashed; list, read, partial update, refresh, rotate (the old secret stops working) and delete; every
// error path answers its code and changes nothing. Policies with selectors the portal cannot evaluate are
// refused with the selector named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../schemas/registry.js';
import { verifyServiceToken } from '../identity/service-tokens.js';
import { POLICIES, SERVICE_TOKENS, startTestPortal, type TestPortal } from '../testing/harness.js';
import { CODES } from './errors.js';

let p: TestPortal;
beforeAll(async () => {
  p = await startTestPortal();
});
afterAll(() => p.close());

const create = async (body: unknown) => {
  const r = await p.call('POST', SERVICE_TOKENS, body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.result as { id: string; client_id: string; client_secret: string; expires_at: string };
};

describe('service tokens', () => {
  it('creates with a one-time secret, stores only its hash, and the secret verifies', async () => {
    const t = await create({ name: 'ci bot' });
    expect(validate('wire/service-token.schema.json#/definitions/WithSecret', t)).toEqual({ ok: true });
    expect(t.client_id).toMatch(/^[0-9a-f]{32}\.access$/);
    expect(t.client_secret).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(t.expires_at) - Date.now()).toBeGreaterThan(364 * 24 * 3600_000);
    expect(JSON.stringify(p.dump().service_tokens)).not.toContain(t.client_secret);
    const read = await p.call('GET', `${SERVICE_TOKENS}/${t.id}`);
    expect(read.body.result).not.toHaveProperty('client_secret');
    expect(validate('wire/service-token.schema.json#/definitions/Object', read.body.result)).toEqual({
      ok: true,
    });
    expect(verifyServiceToken(p.repo, t.client_id, t.client_secret, new Date()).ok).toBe(true);
    expect(verifyServiceToken(p.repo, t.client_id, 'f'.repeat(64), new Date())).toEqual({
      ok: false,
      reason: 'secret',
    });
    const list = await p.call('GET', `${SERVICE_TOKENS}?search=ci`);
    expect(list.body.result.map((x: { id: string }) => x.id)).toContain(t.id);
  });

  it('updates partially, refreshes the expiry, rotates the secret and deletes', async () => {
    const t = await create({ name: 'short', duration: '1h' });
    const u = await p.call('PUT', `${SERVICE_TOKENS}/${t.id}`, { name: 'renamed' });
    expect(u.body.result).toMatchObject({ name: 'renamed', duration: '1h', client_id: t.client_id });
    const longer = await p.call('PUT', `${SERVICE_TOKENS}/${t.id}`, { duration: '2h30m' });
    expect(Date.parse(longer.body.result.expires_at) - Date.now()).toBeGreaterThan(2 * 3600_000);
    const refreshed = await p.call('POST', `${SERVICE_TOKENS}/${t.id}/refresh`);
    expect(refreshed.status).toBe(200);
    // Verified lookups are remembered briefly: a write must still take effect on the very next request.
    expect(verifyServiceToken(p.repo, t.client_id, t.client_secret, new Date()).ok).toBe(true);
    const rotated = await p.call('POST', `${SERVICE_TOKENS}/${t.id}/rotate`);
    expect(rotated.body.result.client_secret).not.toBe(t.client_secret);
    expect(verifyServiceToken(p.repo, t.client_id, t.client_secret, new Date()).ok).toBe(false);
    expect(verifyServiceToken(p.repo, t.client_id, rotated.body.result.client_secret, new Date()).ok).toBe(
      true,
    );
    const d = await p.call('DELETE', `${SERVICE_TOKENS}/${t.id}`);
    expect(d.body.result).toMatchObject({ id: t.id, name: 'renamed' });
    expect((await p.call('GET', `${SERVICE_TOKENS}/${t.id}`)).status).toBe(404);
    expect(verifyServiceToken(p.repo, t.client_id, rotated.body.result.client_secret, new Date())).toEqual({
      ok: false,
      reason: 'unknown',
    });
  });

  it('an expired token does not verify', async () => {
    const t = await create({ name: 'brief', duration: '1ms' });
    await new Promise((r) => setTimeout(r, 5));
    expect(verifyServiceToken(p.repo, t.client_id, t.client_secret, new Date())).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  const errors = [
    { name: 'missing name', method: 'POST', path: '', body: {}, status: 400, code: CODES.validation },
    {
      name: 'bad duration',
      method: 'POST',
      path: '',
      body: { name: 'x', duration: '1 year' },
      status: 400,
      code: CODES.validation,
    },
    {
      name: 'unknown field',
      method: 'POST',
      path: '',
      body: { name: 'x', secret: 's' },
      status: 400,
      code: CODES.validation,
    },
    { name: 'read unknown', method: 'GET', path: '/nope', status: 404, code: CODES.notFound },
    {
      name: 'update unknown',
      method: 'PUT',
      path: '/nope',
      body: { name: 'x' },
      status: 404,
      code: CODES.notFound,
    },
    { name: 'rotate unknown', method: 'POST', path: '/nope/rotate', status: 404, code: CODES.notFound },
    { name: 'refresh unknown', method: 'POST', path: '/nope/refresh', status: 404, code: CODES.notFound },
    { name: 'delete unknown', method: 'DELETE', path: '/nope', status: 404, code: CODES.notFound },
  ];
  it.each(errors)('refuses: $name, and changes nothing', async ({ method, path, body, status, code }) => {
    const before = p.dump();
    const r = await p.call(method, `${SERVICE_TOKENS}${path}`, body);
    expect(r.status).toBe(status);
    expect(r.body.errors[0].code).toBe(code);
    expect(p.dump()).toEqual(before);
  });

  it('refuses to change client_id in an update, and changes nothing', async () => {
    const t = await create({ name: 'fixed' });
    const before = p.dump();
    const r = await p.call('PUT', `${SERVICE_TOKENS}/${t.id}`, { client_id: 'other.access' });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].code).toBe(CODES.immutableField);
    expect(p.dump()).toEqual(before);
  });
});

describe('policies the embedded portal cannot evaluate', () => {
  it.each([
    { selector: 'geo', rule: { geo: { country_code: 'GB' } } },
    { selector: 'device_posture', rule: { device_posture: { integration_uid: 'u' } } },
    { selector: 'okta', rule: { okta: { name: 'eng', identity_provider_id: 'i' } } },
  ])('refuses $selector on create and update, naming it, and changes nothing', async ({ selector, rule }) => {
    const ok = await p.call('POST', POLICIES, { name: 'ok', decision: 'allow', include: [{ everyone: {} }] });
    const before = p.dump();
    const created = await p.call('POST', POLICIES, {
      name: 'x',
      decision: 'allow',
      include: [{ everyone: {} }],
      require: [rule],
    });
    expect(created.status).toBe(400);
    expect(created.body.errors).toEqual([
      {
        code: CODES.validation,
        message: expect.stringContaining(`selector "${selector}"`),
        path: ['require', 0, selector],
      },
    ]);
    const updated = await p.call('PUT', `${POLICIES}/${ok.body.result.id}`, {
      name: 'ok',
      decision: 'allow',
      include: [rule],
    });
    expect(updated.status).toBe(400);
    expect(updated.body.errors[0].path).toEqual(['include', 0, selector]);
    expect(p.dump()).toEqual(before);
  });

  it('refuses identity selectors in bypass policies', async () => {
    const before = p.dump();
    const r = await p.call('POST', POLICIES, {
      name: 'b',
      decision: 'bypass',
      include: [{ group: { id: 'eng' } }],
    });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].message).toContain('bypass policies cannot use the identity selector "group"');
    expect(p.dump()).toEqual(before);
  });
});
