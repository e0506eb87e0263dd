// The plugin's RPC surface, spawned as the engine spawns it: plugin info, schema, provider config
// (CheckConfig, DiffConfig, Configure from args, stack-config variables or the environment), Check
// failures with property paths, and UNIMPLEMENTED for everything the provider does not serve.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import provpb from '@pulumi/pulumi/proto/provider_pb.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Plugin, startPlugin } from './testing/engine.js';
import { isSecret, secret, UNKNOWN } from './wire.js';

const SERVER = 'mcpportal:index:McpServer';
const PORTAL = 'mcpportal:index:McpPortal';
const POLICY = 'mcpportal:index:AccessPolicy';

let plugin: Plugin;
beforeAll(async () => {
  plugin = await startPlugin();
  await plugin.configure({});
});
afterAll(async () => {
  await plugin?.close();
});

describe('plugin info and schema', () => {
  it('reports the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'));
    expect(await plugin.getPluginInfo()).toBe(pkg.version);
  });

  it('serves provider/schema.json', async () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'schema.json'), 'utf8'));
    expect(await plugin.getSchema()).toEqual(schema);
  });

  it('answers UNIMPLEMENTED (12) for every RPC it does not serve', async () => {
    const calls: [string, unknown][] = [
      ['call', new provpb.CallRequest()],
      ['construct', new provpb.ConstructRequest()],
      ['getMapping', new provpb.GetMappingRequest()],
      ['getMappings', new provpb.GetMappingsRequest()],
      ['parameterize', new provpb.ParameterizeRequest()],
      ['handshake', new provpb.ProviderHandshakeRequest()],
    ];
    for (const [method, req] of calls) {
      await expect(plugin.call(method, req), method).rejects.toMatchObject({ code: 12 });
    }
  });
});

describe('provider configuration', () => {
  it('accepts secrets and previews', async () => {
    expect(await plugin.configure({})).toEqual({ acceptSecrets: true, supportsPreview: true });
  });

  const cases = [
    {
      name: 'typed values from string stack config',
      reason:
        'stack config arrives as strings; CheckConfig types booleans and numbers and keeps the token secret',
      news: {
        apiUrl: 'http://127.0.0.1:8787/client/v4',
        waitForReady: 'false',
        syncTimeout: '30',
        apiToken: 'tok',
      },
      inputs: {
        apiUrl: 'http://127.0.0.1:8787/client/v4',
        waitForReady: false,
        syncTimeout: 30,
        apiToken: secret('tok'),
      },
      failures: [],
    },
    {
      name: 'bad values',
      reason: 'each bad value is reported at its key',
      news: { apiUrl: 'ftp://x', waitForReady: 'maybe', syncTimeout: -1, owner: 'a b', apiToken: '' },
      failures: ['apiToken', 'apiUrl', 'owner', 'syncTimeout', 'waitForReady'],
    },
    {
      name: 'unknown key',
      reason: 'a typo in `pulumi config set mcpportal:...` is reported, not ignored',
      news: { apiUrll: 'https://x' },
      failures: ['apiUrll'],
    },
    {
      name: 'engine keys',
      reason: 'the engine may add version to a provider resource inputs',
      news: { version: '0.1.0' },
      inputs: { version: '0.1.0' },
      failures: [],
    },
  ];
  it.each(cases)('CheckConfig: $name', async (c) => {
    const res = await plugin.checkConfig(c.news);
    expect(res.failures.map((f) => f.property).sort(), c.reason).toEqual(c.failures);
    if (c.inputs) expect(res.inputs, c.reason).toEqual(c.inputs);
  });

  it('DiffConfig: a different API or account replaces the provider; other changes update it', async () => {
    const base = { apiUrl: 'https://a.example/client/v4', accountId: 'acc', waitForReady: true };
    expect(await plugin.diffConfig(base, { ...base, accountId: 'other' })).toMatchObject({
      changes: 'some',
      replaces: ['accountId'],
    });
    expect(await plugin.diffConfig(base, { ...base, waitForReady: false })).toMatchObject({
      changes: 'some',
      replaces: [],
      detailed: { waitForReady: 'UPDATE' },
    });
    expect(await plugin.diffConfig(base, { ...base })).toMatchObject({ changes: 'none' });
  });

  it('fails API calls with a message saying how to configure when nothing is configured', async () => {
    const bare = await startPlugin();
    try {
      await bare.configure({});
      const checked = await bare.check(POLICY, 'p', { decision: 'allow', include: [{ everyone: true }] });
      expect(checked.failures).toEqual([]);
      await expect(bare.create(POLICY, 'p', checked.inputs)).rejects.toMatchObject({
        details: expect.stringContaining('CLOUDFLARE_API_TOKEN'),
      });
    } finally {
      await bare.close();
    }
  });
});

describe('Check', () => {
  const cases: {
    name: string;
    reason: string;
    type: string;
    news: Record<string, unknown>;
    want: string[];
  }[] = [
    {
      name: 'valid server',
      reason: 'a complete, valid input has no failures',
      type: SERVER,
      news: {
        url: 'https://wiki.example.com/mcp',
        auth: { type: 'bearer', token: secret('t') },
        policies: ['a'],
      },
      want: [],
    },
    {
      name: 'missing url',
      reason: 'required inputs are reported',
      type: SERVER,
      news: { displayName: 'x' },
      want: [''],
    },
    {
      name: 'bad url and unknown property',
      reason: 'schema problems are reported at their property path, with a did-you-mean',
      type: SERVER,
      news: { url: 'ftp://x', discription: 'y' },
      want: ['discription', 'url'],
    },
    {
      name: 'bad id from the resource name',
      reason: 'the id defaults to the resource name, which must then be a valid id',
      type: SERVER,
      news: { url: 'https://x.example/mcp', serverId: 'Not_Valid' },
      want: ['serverId'],
    },
    {
      name: 'bearer with neither token nor headers',
      reason: 'one of token or headers is required',
      type: SERVER,
      news: { url: 'https://x.example/mcp', auth: { type: 'bearer' } },
      want: ['auth'],
    },
    {
      name: 'secret of the wrong type',
      reason: 'a token must be a string',
      type: SERVER,
      news: { url: 'https://x.example/mcp', auth: { type: 'bearer', token: 42 } },
      want: ['auth.token'],
    },
    {
      name: 'empty header value',
      reason: 'an empty secret is refused before anything is sent',
      type: SERVER,
      news: { url: 'https://x.example/mcp', auth: { type: 'bearer', headers: { 'X-Api-Key': '' } } },
      want: ['auth.headers["X-Api-Key"]'],
    },
    {
      name: 'bad override alias and duplicate override',
      reason: 'nested problems carry array indexes; semantic checks run too',
      type: SERVER,
      news: {
        url: 'https://x.example/mcp',
        tools: [{ name: 'a', alias: 'not valid!' }, { name: 'a' }],
      },
      want: ['tools[0].alias', 'tools[1].name'],
    },
    {
      name: 'unknown auth type',
      reason: 'the discriminator names the allowed values',
      type: SERVER,
      news: { url: 'https://x.example/mcp', auth: { type: 'basic' } },
      want: ['auth'],
    },
    {
      name: 'tolerateSyncErrors of the wrong type',
      reason: 'provider options are checked too',
      type: SERVER,
      news: { url: 'https://x.example/mcp', tolerateSyncErrors: 'yes' },
      want: ['tolerateSyncErrors'],
    },
    {
      name: 'unknowns in preview',
      reason: 'values not known until apply are not validated',
      type: SERVER,
      news: { url: UNKNOWN, auth: { type: UNKNOWN }, policies: [UNKNOWN] },
      want: [],
    },
    {
      name: 'portal with a bad hostname and duplicate mapping',
      reason: 'portal schema and semantic checks',
      type: PORTAL,
      news: { hostname: 'not a host', servers: [{ server: 'a' }, { server: 'a' }], codeMode: 'sometimes' },
      want: ['codeMode', 'hostname', 'servers[1].server'],
    },
    {
      name: 'policy with an empty include and a bypass identity selector',
      reason: 'policy schema and semantic checks',
      type: POLICY,
      news: { decision: 'bypass', include: [{ email: 'a@example.com' }], require: [{ emial: 'x' }] },
      want: ['include[0].email', 'require[0].emial'],
    },
    {
      name: 'policy without include',
      reason: 'include is required',
      type: POLICY,
      news: { decision: 'allow', include: [] },
      want: ['include'],
    },
  ];
  it.each(cases)('$name', async (c) => {
    const res = await plugin.check(c.type, 'r1', c.news);
    expect(res.failures.map((f) => f.property).sort(), c.reason).toEqual(c.want);
    for (const f of res.failures) expect(f.reason, c.reason).not.toBe('');
  });

  it('never echoes a value the program marked secret', async () => {
    const res = await plugin.check(PORTAL, 'r1', {
      hostname: secret('not a host!'),
      description: secret('d'),
    });
    expect(res.failures.map((f) => f.property)).toEqual(['hostname']);
    expect(res.failures[0]?.reason).not.toContain('not a host!');
    expect(res.failures[0]?.reason).toMatch(/^hostname: "\(sensitive\)" is not valid/);
  });

  it('explains what is wrong in each failure', async () => {
    const res = await plugin.check(SERVER, 'r1', { url: 'https://x.example/mcp', discription: 'y' });
    expect(res.failures[0]?.reason).toMatch(
      /unknown property "discription" \(did you mean "description"\?\)/,
    );
  });

  it('fills the id from the resource name and keeps secrets wrapped in the checked inputs', async () => {
    const res = await plugin.check(SERVER, 'wiki', {
      url: 'https://x.example/mcp',
      auth: { type: 'bearer', token: 't' },
    });
    expect(res.inputs.serverId).toBe('wiki');
    expect(isSecret((res.inputs.auth as Record<string, unknown>).token)).toBe(true);
  });

  it('refuses a type it does not manage', async () => {
    await expect(plugin.check('mcpportal:index:Nope', 'x', {})).rejects.toMatchObject({
      details: expect.stringContaining('unknown resource type'),
    });
  });

  it('Cancel is accepted, and then API calls fail fast', async () => {
    const p = await startPlugin();
    try {
      await p.configure({ apiUrl: 'http://127.0.0.1:9/client/v4', accountId: 'a', apiToken: secret('t') });
      await p.cancel();
      await expect(
        p.create(POLICY, 'p', { name: 'p', decision: 'allow', include: [{ everyone: true }] }),
      ).rejects.toMatchObject({
        details: expect.stringContaining('cancelled'),
      });
    } finally {
      await p.close();
    }
  });
});
