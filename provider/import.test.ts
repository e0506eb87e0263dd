// `pulumi import` of a server that has a credential, driven over gRPC as the engine does it: Read without
// state, Check of the read inputs, then `pulumi up` with the program's real secret, a no-op up, a refresh.
// The credential the API never reveals is a stand-in that passes Check and is never sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SET_OUTSIDE } from './resources/server.js';
import { type ProviderBench, SERVER, startProviderBench, TICKETS_TOKEN } from './testing/bench.js';
import { isSecret, type Props, secret } from './wire.js';

let pb: ProviderBench;
const servers = '/access/ai-controls/mcp/servers';

beforeAll(async () => {
  pb = await startProviderBench();
});
afterAll(async () => {
  await pb?.close();
});

/** A server made outside Pulumi, with credential `token` (the form given). */
async function handmade(id: string, auth: Record<string, unknown>) {
  const r = await pb.bench.portal.call('POST', servers, {
    id,
    name: id,
    hostname: pb.bench.upstreams.tickets.url,
    ...auth,
  });
  expect(r.status).toBe(201);
}

describe('import of a bearer server', () => {
  const state: { id?: string; inputs?: Props; outs?: Props } = {};

  it('reads inputs that pass Check, the token a secret stand-in', async () => {
    await handmade('tickets', { auth_type: 'bearer', auth_credentials: TICKETS_TOKEN });
    const read = await pb.plugin.read(SERVER, 'tickets', `${pb.bench.portal.accountId}/tickets`);
    expect(read.id).toBe('tickets');
    const token = (read.inputs.auth as Props).token;
    expect(token).toEqual(secret(SET_OUTSIDE));
    expect(isSecret((read.props.auth as Props).token)).toBe(true);
    // `pulumi import` checks the read inputs (olds and news alike).
    const checked = await pb.plugin.check(SERVER, 'tickets', read.inputs, read.inputs);
    expect(checked.failures).toEqual([]);
    expect(checked.inputs.serverId).toBe('tickets');
    state.id = read.id;
    state.inputs = checked.inputs;
    state.outs = read.props;
  });

  it('keeps the stand-in on refresh: no drift is invented', async () => {
    const read = await pb.plugin.read(SERVER, 'tickets', 'tickets', state.outs, state.inputs);
    expect((read.inputs.auth as Props).token).toEqual(secret(SET_OUTSIDE));
    const diff = await pb.plugin.diff(
      SERVER,
      'tickets',
      'tickets',
      read.props,
      state.inputs as Props,
      read.inputs,
    );
    expect(diff.changes).toBe('none');
  });

  it('sends the program token once on the next up, then has nothing to do', async () => {
    const program = {
      serverId: 'tickets',
      url: pb.bench.upstreams.tickets.url,
      displayName: 'tickets',
      auth: { type: 'bearer', token: secret(TICKETS_TOKEN) },
    };
    const checked = await pb.plugin.check(SERVER, 'tickets', program, state.inputs);
    expect(checked.failures).toEqual([]);
    const diff = await pb.plugin.diff(
      SERVER,
      'tickets',
      'tickets',
      state.outs as Props,
      checked.inputs,
      state.inputs,
    );
    expect(diff).toMatchObject({ changes: 'some', replaces: [], detailed: { 'auth.token': 'UPDATE' } });
    const before = (await pb.bench.portal.call('GET', `${servers}/tickets`)).body.result;
    const outs = await pb.plugin.update(
      SERVER,
      'tickets',
      'tickets',
      state.outs as Props,
      checked.inputs,
      state.inputs,
    );
    expect(outs.status).toBe('Ready');
    const after = (await pb.bench.portal.call('GET', `${servers}/tickets`)).body.result;
    // The credential was written (the live one could not be compared), with the program's value.
    expect(after.auth_config_summary.credentials_version).toBe(
      before.auth_config_summary.credentials_version + 1,
    );
    // No-op up: same program, the state now holding the real token.
    const again = await pb.plugin.check(SERVER, 'tickets', program, checked.inputs);
    const none = await pb.plugin.diff(SERVER, 'tickets', 'tickets', outs, again.inputs, checked.inputs);
    expect(none.changes).toBe('none');
    // A refresh agrees.
    const read = await pb.plugin.read(SERVER, 'tickets', 'tickets', outs, checked.inputs);
    expect((read.inputs.auth as Props).token).toEqual(secret(TICKETS_TOKEN));
    const refreshed = await pb.plugin.diff(
      SERVER,
      'tickets',
      'tickets',
      read.props,
      again.inputs,
      read.inputs,
    );
    expect(refreshed.changes).toBe('none');
    await pb.plugin.delete(SERVER, 'tickets', 'tickets', outs);
  });
});

describe('stand-ins are never sent', () => {
  it('refuses to write a stand-in credential, changing nothing', async () => {
    await handmade('keyed', {
      auth_type: 'bearer',
      auth_credentials: JSON.stringify({ headers: { 'X-Api-Key': TICKETS_TOKEN } }),
    });
    const read = await pb.plugin.read(SERVER, 'keyed', `${pb.bench.portal.accountId}/keyed`);
    const headers = (read.inputs.auth as Props).headers;
    expect(headers).toEqual(secret({ 'X-Api-Key': SET_OUTSIDE }));
    expect((await pb.plugin.check(SERVER, 'keyed', read.inputs, read.inputs)).failures).toEqual([]);
    // A replacement (or a create from generated code left as it is) would send the stand-in: refused.
    const requests = pb.requests();
    await expect(
      pb.plugin.create(SERVER, 'keyed2', { ...read.inputs, serverId: 'keyed2' }),
    ).rejects.toMatchObject({ details: expect.stringContaining('auth.headers.X-Api-Key is not known') });
    // Refused before any API request.
    expect(pb.requests()).toBe(requests);
    expect((await pb.bench.portal.call('GET', `${servers}/keyed2`)).status).toBe(404);
    await pb.plugin.delete(SERVER, 'keyed', 'keyed', read.props);
  });
});
