// A Pulumi program using the SDK classes (`mcp-portals/pulumi`), run with `pulumi.runtime.setMocks`
// bridged to the provider's own code in this process (Check, then Create or Read), which talks to a
// real embedded portal with real upstream servers: the SDK, the provider and the portal end to end.
import * as pulumi from '@pulumi/pulumi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bench, startBench, TICKETS_TOKEN } from '../../reconciler/testing/e2e.js';
import { ProviderCore } from '../core.js';
import { secret } from '../wire.js';
import * as mcp from './index.js';
import { AccessPolicy, McpPortal, McpServer, Provider } from './index.js';

let bench: Bench;
let core: ProviderCore;
const registered: { type: string; name: string; provider?: string }[] = [];

/** The value of an output, once resolved. */
const value = <T>(o: pulumi.Output<T>) => new Promise<T>((resolve) => o.apply(resolve));

beforeAll(async () => {
  bench = await startBench();
  core = new ProviderCore({}, () => {});
  await core.configure(
    {
      apiUrl: bench.portal.baseUrl,
      accountId: bench.portal.accountId,
      apiToken: secret(bench.portal.apiToken),
    },
    {},
  );
  await pulumi.runtime.setMocks(
    {
      async newResource(args) {
        registered.push({
          type: args.type,
          name: args.name,
          ...(args.provider ? { provider: args.provider } : {}),
        });
        if (args.type.startsWith('pulumi:providers:')) {
          const { inputs, failures } = core.checkConfig(args.inputs);
          if (failures.length) throw new Error(JSON.stringify(failures));
          return { id: `${args.name}-id`, state: inputs };
        }
        if (args.id !== undefined && args.id !== '') {
          const read = await core.read(args.type, args.id, args.name, undefined, undefined);
          if (!read) throw new Error(`${args.type} ${args.id} not found`);
          return { id: read.id, state: read.props };
        }
        const { inputs, failures } = core.check(args.type, args.name, args.inputs);
        if (failures.length) throw new Error(failures.map((f) => `${f.property}: ${f.reason}`).join('; '));
        const { id, outs } = await core.create(args.type, args.name, inputs, false, 0);
        return { id, state: outs };
      },
      // Functions: the SDK's invoke, answered by the provider's own Invoke code.
      // A failure carries its message in `details`, as the plugin's gRPC error does.
      call: (args) =>
        core.invoke(args.token, args.inputs).catch((err: Error) => {
          throw Object.assign(err, { details: err.message });
        }),
    },
    'mcp-portals',
    'dev',
    false,
  );
});
afterAll(async () => {
  await core?.close();
  await bench?.close();
});

describe('TypeScript SDK with mocks bridged to the provider', () => {
  it('creates policies, servers and a portal and resolves their outputs', async () => {
    const engineers = new AccessPolicy('engineers', {
      decision: 'allow',
      include: [{ emailDomain: 'example.com' }],
    });
    const docs = new McpServer('docs', {
      url: bench.upstreams.docs.url,
      tools: [{ name: 'search_docs', alias: 'search' }],
      policies: [engineers.name],
    });
    const tickets = new McpServer('tickets', {
      url: bench.upstreams.tickets.url,
      auth: { type: 'bearer', token: pulumi.secret(TICKETS_TOKEN) },
      policies: [engineers.name],
    });
    const eng = new McpPortal('eng', {
      hostname: 'eng.mcp.test',
      policies: [engineers.name],
      servers: [{ server: docs.serverId }, { server: tickets.serverId, requireUserAuth: false }],
    });

    expect(await value(engineers.policyId)).toMatch(/^[0-9a-f-]{36}$/);
    expect(await value(docs.status)).toBe('Ready');
    expect(await value(docs.discoveredTools)).toContain('search_docs');
    expect(await value(docs.tools)).toEqual([{ name: 'search_docs', alias: 'search' }]);
    expect(await value(tickets.status)).toBe('Ready');
    expect(await value(eng.status)).toBe('Ready');
    expect(await value(eng.mcpUrl)).toBe('https://eng.mcp.test/mcp');
    expect(await value(eng.localMcpUrl)).toBe(`${bench.portal.url}/portals/eng/mcp`);
    expect(await value(eng.toolCount)).toBe(7);
  });

  it('keeps the secret token secret in the outputs', async () => {
    const keyed = new McpServer('tickets-keyed', {
      url: bench.upstreams.tickets.url,
      auth: { type: 'bearer', headers: { 'X-Api-Key': TICKETS_TOKEN } },
    });
    expect(await value(keyed.status)).toBe('Ready');
    // pulumi.isSecret: the public API for the Output's isSecret, which the Output interface does not declare.
    expect(await pulumi.isSecret(keyed.auth)).toBe(true);
    expect(await pulumi.isSecret(keyed.url)).toBe(false);
  });

  it('reads an existing server with McpServer.get (import-style id)', async () => {
    const got = McpServer.get('docs-again', `${bench.portal.accountId}/docs`);
    expect(await value(got.serverId)).toBe('docs');
    expect(await value(got.displayName)).toBe('docs');
    expect(await value(got.status)).toBe('Ready');
  });

  it('routes resources through an explicit Provider', async () => {
    const p = new Provider('second', { apiUrl: bench.portal.baseUrl, apiToken: 'x', waitForReady: false });
    const policy = new AccessPolicy(
      'via-provider',
      { decision: 'allow', include: [{ everyone: true }] },
      { provider: p },
    );
    await value(policy.policyId);
    const entry = registered.find((r) => r.name === 'via-provider');
    expect(entry?.provider).toContain('pulumi:providers:mcpportal::second');
  });

  it('refuses construction without a required input', () => {
    expect(() => new McpServer('no-url', {} as never)).toThrow(/url/);
    expect(() => new McpPortal('no-host', {} as never)).toThrow(/hostname/);
  });
});

describe('SDK functions with mocks bridged to the provider', () => {
  it('getServer returns a server the program does not manage, by id and by display name', async () => {
    // `docs` exists from the first test; the lookups go through the provider's Invoke code.
    const byId = await mcp.getServer({ serverId: 'docs' });
    expect(byId.serverId).toBe('docs');
    expect(byId.status).toBe('Ready');
    expect(byId.discoveredTools).toContain('search_docs');
    expect(byId.tools).toEqual([{ name: 'search_docs', alias: 'search' }]);
    const byName = await mcp.getServer({ name: 'docs' });
    expect(byName).toEqual(byId);
  });

  it('getServerOutput waits for Input arguments and resolves to the same result', async () => {
    const id = pulumi.output('tickets');
    const out = mcp.getServerOutput({ serverId: id });
    const got = await value(out);
    expect(got.serverId).toBe('tickets');
    expect(got.auth).toEqual({ type: 'bearer' });
    expect(JSON.stringify(got)).not.toContain(TICKETS_TOKEN);
  });

  it('getPolicy, getPortal and listServers', async () => {
    const policy = await mcp.getPolicy({ name: 'engineers' });
    expect(policy.decision).toBe('allow');
    expect(policy.policyId).toMatch(/^[0-9a-f-]{36}$/);
    const portal = await value(mcp.getPortalOutput({ portalId: 'eng' }));
    expect(portal.mcpUrl).toBe('https://eng.mcp.test/mcp');
    const { servers } = await mcp.listServers({ search: 'tickets' });
    expect(servers.map((s) => s.serverId)).toEqual(['tickets', 'tickets-keyed']);
  });

  it("rejects with the provider's error when nothing matches", async () => {
    await expect(mcp.getServer({ serverId: 'nope' })).rejects.toThrow(/no McpServer has serverId "nope"/);
  });
});
