// Every response body validates against the wire schemas in schemas/wire: envelopes (success and failure)
// and the Object shape of each kind, for a spread of objects (OAuth, custom headers, overrides, links).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../schemas/registry.js';
import { APPS, POLICIES, PORTALS, SERVERS, startTestPortal, type TestPortal } from '../testing/harness.js';

let p: TestPortal;
beforeAll(async () => {
  p = await startTestPortal();
  const ok = async (path: string, body: unknown) => {
    const r = await p.call('POST', path, body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.result;
  };
  await ok(SERVERS, {
    id: 'plain',
    name: 'plain',
    hostname: 'https://plain.example.com/mcp',
    auth_type: 'unauthenticated',
    description: null,
    updated_prompts: [{ name: 'p', enabled: false }],
  });
  await ok(SERVERS, {
    id: 'headers',
    name: 'h',
    hostname: 'https://h.example.com/mcp',
    auth_type: 'bearer',
    auth_credentials: '{"headers":{"X-Key":"v"}}',
    updated_tools: [{ name: 'a', alias: 'alpha', description: 'd' }],
  });
  await ok(SERVERS, {
    id: 'oauth',
    name: 'o',
    hostname: 'https://o.example.com/mcp',
    auth_type: 'oauth',
    auth_credentials: JSON.stringify({
      auth_mode: 'manual',
      config: { authorization_endpoint: 'https://i/a', token_endpoint: 'https://i/t' },
      registration_info: { client_id: 'c' },
    }),
    client_secret: 's',
  });
  await p.scheduler.idle();
  await ok(PORTALS, {
    id: 'portal',
    name: 'P',
    hostname: 'p.example.com',
    servers: [
      { server_id: 'headers', updated_tools: [{ name: 'b', alias: 'beta' }] },
      { server_id: 'oauth' },
      { server_id: 'plain' },
    ],
  });
  const policy = await ok(POLICIES, {
    name: 'pol',
    decision: 'allow',
    include: [{ everyone: {} }],
    exclude: [{ ip: { ip: '192.0.2.0/24' } }],
  });
  await ok(APPS, { name: 'portal app', type: 'mcp_portal', domain: 'p.example.com', policies: [policy.id] });
  await ok(APPS, {
    name: 'server app',
    type: 'mcp',
    destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: 'plain' }],
    policies: [{ id: policy.id, precedence: 3 }],
  });
});
afterAll(() => p.close());

const expectValid = (ref: string, value: unknown) => {
  const r = validate(ref, value);
  expect(r.ok ? [] : r.errors.map((e) => `${e.instancePath} ${e.message}`), ref).toEqual([]);
};

describe('responses match the wire schemas', () => {
  it.each([
    { path: SERVERS, ref: 'wire/mcp-server.schema.json#/definitions/Object' },
    { path: PORTALS, ref: 'wire/mcp-portal.schema.json#/definitions/Object' },
    { path: POLICIES, ref: 'wire/access-policy.schema.json#/definitions/Object' },
    { path: APPS, ref: 'wire/access-app.schema.json#/definitions/Object' },
  ])('$path list and reads', async ({ path, ref }) => {
    const list = await p.call('GET', `${path}?per_page=100`);
    expectValid('wire/envelope.schema.json#/definitions/Success', list.body);
    expect(list.body.result.length).toBeGreaterThan(0);
    for (const item of list.body.result) {
      expectValid(ref, item);
      const read = await p.call('GET', `${path}/${item.id}`);
      expectValid('wire/envelope.schema.json#/definitions/Success', read.body);
      expectValid(ref, read.body.result);
    }
  });

  it('sync results and failures', async () => {
    const sync = await p.call('POST', `${SERVERS}/plain/sync`);
    // The server object, which also carries every field of the SDK's ServerSyncResponse.
    expectValid('wire/mcp-server.schema.json#/definitions/Object', sync.body.result);
    expect(sync.body.result).toMatchObject({ id: 'plain', status: expect.any(String) });
    for (const r of [
      await p.call('GET', `${SERVERS}/nope`),
      await p.call('POST', SERVERS, '{'),
      await p.call('GET', `${SERVERS}?page=0`),
    ]) {
      expectValid('wire/envelope.schema.json#/definitions/Failure', r.body);
    }
  });
});
