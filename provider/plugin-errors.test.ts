// The plugin when things go wrong, and under load: servers whose sync ends in Error (failing the step
// with the upstream error, or tolerated on request), creates of objects that exist, unknown policy
// names, several concurrent creates, and configuration from stack-config variables or the environment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, type ProviderBench, SERVER, startProviderBench, TICKETS_TOKEN } from './testing/bench.js';
import { type RpcError, startPlugin } from './testing/engine.js';
import { isSecret, type Props, secret } from './wire.js';

let pb: ProviderBench;
beforeAll(async () => {
  pb = await startProviderBench();
  const checked = await pb.plugin.check(POLICY, 'engineers', {
    decision: 'allow',
    include: [{ everyone: true }],
  });
  await pb.plugin.create(POLICY, 'engineers', checked.inputs);
});
afterAll(async () => {
  await pb?.close();
});

async function createServer(name: string, news: Props) {
  const checked = await pb.plugin.check(SERVER, name, news);
  expect(checked.failures).toEqual([]);
  return pb.plugin.create(SERVER, name, checked.inputs);
}

describe('sync errors', () => {
  it('fails the create with the upstream error, keeping the server as a partial failure', async () => {
    const err = (await createServer('tickets-bad', {
      url: pb.bench.upstreams.tickets.url,
      auth: { type: 'bearer', token: secret('wrong-token') },
    }).catch((e) => e)) as RpcError;
    expect(err.code).toBe(2);
    expect(err.details).toMatch(/McpServer "tickets-bad" is in Error \(UpstreamUnauthorized\)/);
    // The engine records the object (id and outputs) so the next up updates it instead of creating it.
    expect(err.initFailed?.id).toBe('tickets-bad');
    expect(err.initFailed?.properties).toMatchObject({
      status: 'Error',
      statusReason: 'UpstreamUnauthorized',
    });
    expect(err.initFailed?.properties.error).toEqual(expect.any(String));
    expect(isSecret((err.initFailed?.properties.auth as Props | undefined)?.token)).toBe(true);
    expect((await pb.bench.portal.call('GET', '/access/ai-controls/mcp/servers/tickets-bad')).status).toBe(
      200,
    );
  });

  it('fixes the server on the next update and reports Ready', async () => {
    const old = {
      serverId: 'tickets-bad',
      url: pb.bench.upstreams.tickets.url,
      auth: { type: 'bearer', token: secret('wrong-token') },
    };
    const news = { ...old, auth: { type: 'bearer', token: secret(TICKETS_TOKEN) } };
    const diff = await pb.plugin.diff(SERVER, 'tickets-bad', 'tickets-bad', old, news, old);
    expect(diff.detailed).toEqual({ 'auth.token': 'UPDATE' });
    const outs = await pb.plugin.update(SERVER, 'tickets-bad', 'tickets-bad', old, news, old);
    expect(outs.status).toBe('Ready');
  });

  it('reports an unreachable upstream', async () => {
    const err = (await createServer('gone', { url: 'http://127.0.0.1:9/mcp' }).catch((e) => e)) as RpcError;
    expect(err.details).toMatch(/is in Error \(UpstreamUnreachable\)/);
    expect(err.initFailed?.id).toBe('gone');
  });

  it('lets the create succeed with status Error when the program tolerates sync errors', async () => {
    const { id, outs } = await createServer('tolerant', {
      url: pb.bench.upstreams.tickets.url,
      auth: { type: 'bearer', token: secret('wrong-token') },
      tolerateSyncErrors: true,
    });
    expect(id).toBe('tolerant');
    expect(outs).toMatchObject({
      status: 'Error',
      statusReason: 'UpstreamUnauthorized',
      tolerateSyncErrors: true,
    });
    expect(outs.errorDetails).toMatchObject({ isUpstream: true, statusCode: 401 });
  });
});

describe('refusals that change nothing', () => {
  it('refuses to create a server that already exists, pointing at pulumi import', async () => {
    await createServer('docs', { url: pb.bench.upstreams.docs.url });
    const before = pb.bench.portal.dump();
    const err = (await createServer('docs', { url: pb.bench.upstreams.docs.url }).catch(
      (e) => e,
    )) as RpcError;
    expect(err.details).toContain(
      `pulumi import mcpportal:index:McpServer <name> ${pb.bench.portal.accountId}/docs`,
    );
    expect(err.initFailed).toBeUndefined();
    expect(pb.bench.portal.dump()).toEqual(before);
  });

  it('refuses a server that names a policy that does not exist', async () => {
    const before = pb.bench.portal.dump();
    const err = (await createServer('orphan', {
      url: pb.bench.upstreams.docs.url,
      policies: ['engineers', 'nobody'],
    }).catch((e) => e)) as RpcError;
    expect(err.details).toContain('AccessPolicy "nobody" does not exist');
    expect(pb.bench.portal.dump()).toEqual(before);
  });

  it('refuses a policy whose name is taken', async () => {
    const before = pb.bench.portal.dump();
    const err = (await pb.plugin
      .create(POLICY, 'engineers', { name: 'engineers', decision: 'deny', include: [{ everyone: true }] })
      .catch((e) => e)) as RpcError;
    expect(err.details).toContain('already exists');
    expect(pb.bench.portal.dump()).toEqual(before);
  });
});

describe('concurrency', () => {
  it('creates several servers at once, each Ready with its own Access application', async () => {
    const names = ['c1', 'c2', 'c3', 'c4', 'c5'];
    const results = await Promise.all(
      names.map((n, i) =>
        createServer(n, {
          url: i % 2 ? pb.bench.upstreams.docs.url : pb.bench.upstreams.paged.url,
          policies: ['engineers'],
        }),
      ),
    );
    expect(results.map((r) => r.id)).toEqual(names);
    expect(results.map((r) => r.outs.status)).toEqual(names.map(() => 'Ready'));
    expect(results[0]?.outs.discoveredTools).toHaveLength(25);
    const apps = (await pb.bench.portal.call('GET', '/access/apps')).body.result as {
      destinations?: { mcp_server_id?: string }[];
    }[];
    for (const n of names)
      expect(apps.filter((a) => a.destinations?.some((d) => d.mcp_server_id === n))).toHaveLength(1);
  });
});

describe('configuration sources', () => {
  it('reads stack config variables (mcpportal:config:*) when the provider has no properties', async () => {
    const p = await startPlugin();
    try {
      await p.configure(
        {},
        {
          'mcpportal:config:apiUrl': pb.bench.portal.baseUrl,
          'mcpportal:config:accountId': pb.bench.portal.accountId,
          'mcpportal:config:apiToken': pb.bench.portal.apiToken,
        },
      );
      const { id } = await p.create(POLICY, 'from-vars', {
        name: 'from-vars',
        decision: 'allow',
        include: [{ everyone: true }],
      });
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await p.close();
    }
  });

  it('reads the same environment variables as portalctl', async () => {
    const p = await startPlugin({
      CLOUDFLARE_BASE_URL: pb.bench.portal.baseUrl,
      CLOUDFLARE_ACCOUNT_ID: pb.bench.portal.accountId,
      CLOUDFLARE_API_TOKEN: pb.bench.portal.apiToken,
    });
    try {
      await p.configure({});
      const read = await p.read(SERVER, 'docs', `${pb.bench.portal.accountId}/docs`);
      expect(read.props.status).toBe('Ready');
      expect(p.stderr()).not.toContain(pb.bench.portal.apiToken);
    } finally {
      await p.close();
    }
  });

  it('never wrote a secret to stderr', () => {
    expect(pb.plugin.stderr()).not.toContain(TICKETS_TOKEN);
    expect(pb.plugin.stderr()).not.toContain('wrong-token');
    expect(pb.plugin.stderr()).not.toContain(pb.bench.portal.apiToken);
  });
});
