// Credentials checked at Configure (issue 15, point 4) and DiffConfig's replace rules (point 8): the spawned
// plugin over gRPC, configured as the engine configures it, against the embedded portal through a counting
// proxy. A refused token or account fails Configure (so `pulumi preview` fails early) with the setting to
// fix, the one verification read is the only API call a preview makes, and it is cached per target.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POLICY, type ProviderBench, SERVER, startProviderBench } from './testing/bench.js';
import { type RpcError, startPlugin } from './testing/engine.js';
import { type Props, secret, UNKNOWN } from './wire.js';

let pb: ProviderBench;
beforeAll(async () => {
  pb = await startProviderBench();
});
afterAll(async () => {
  await pb?.close();
});

/** Runs `fn` with a fresh plugin (a new process, so nothing is cached from earlier tests). */
async function withPlugin<T>(
  fn: (p: Awaited<ReturnType<typeof startPlugin>>) => Promise<T>,
  env: NodeJS.ProcessEnv = {},
) {
  const p = await startPlugin(env);
  try {
    return await fn(p);
  } finally {
    await p.close();
  }
}

describe('Configure verifies the credentials with one read', () => {
  it('a preview (Configure, Check, Diff, preview Create and Update) makes exactly that one API call', async () => {
    await withPlugin(async (p) => {
      const before = pb.requests();
      await p.configure(pb.config);
      expect(pb.requests() - before, 'the verification read').toBe(1);
      const news = { url: 'https://wiki.example.com/mcp', policies: ['engineers'] };
      const checked = await p.check(SERVER, 'wiki', news);
      expect(checked.failures).toEqual([]);
      await p.create(SERVER, 'wiki', checked.inputs, { preview: true });
      const old = { ...checked.inputs, displayName: 'old' };
      await p.diff(SERVER, 'wiki', 'wiki', old, checked.inputs, old);
      await p.update(SERVER, 'wiki', 'wiki', old, checked.inputs, old, { preview: true });
      expect(pb.requests() - before, 'nothing after Configure').toBe(1);
      expect(p.stderr()).toBe('');
    });
  });

  it('caches a success per API, account and token: configuring again sends nothing', async () => {
    await withPlugin(async (p) => {
      const before = pb.requests();
      await p.configure(pb.config);
      await p.configure({ ...pb.config, waitForReady: false });
      expect(pb.requests() - before).toBe(1);
      // Another token is another target: checked again (and refused).
      await expect(p.configure({ ...pb.config, apiToken: secret('other-token') })).rejects.toBeTruthy();
      expect(pb.requests() - before).toBe(2);
    });
  });

  const refusals: {
    name: string;
    reason: string;
    config: () => Props;
    env?: () => NodeJS.ProcessEnv;
    want: string;
  }[] = [
    {
      name: 'wrong token in the provider config',
      reason: 'a refused token says how to set it, in stack config or the environment',
      config: () => ({ ...pb.config, apiToken: secret('expired-token-123') }),
      want: 'the API token for mcpportal was refused: check `pulumi config set --secret mcpportal:apiToken` or CLOUDFLARE_API_TOKEN',
    },
    {
      name: 'wrong token in the environment',
      reason: 'CLOUDFLARE_API_TOKEN is checked the same way as stack config',
      config: () => ({ apiUrl: pb.config.apiUrl, accountId: pb.config.accountId }),
      env: () => ({ CLOUDFLARE_API_TOKEN: 'expired-token-123' }),
      want: 'the API token for mcpportal was refused: check `pulumi config set --secret mcpportal:apiToken` or CLOUDFLARE_API_TOKEN',
    },
    {
      name: 'unknown account id',
      reason: 'a token that may not use the account names the account setting instead',
      config: () => ({ ...pb.config, accountId: '0123456789abcdef0123456789abcdef' }),
      want: 'the account id for mcpportal was refused (0123456789abcdef0123456789abcdef): check `pulumi config set mcpportal:accountId` or CLOUDFLARE_ACCOUNT_ID',
    },
  ];
  it.each(refusals)('fails Configure: $name', async (c) => {
    await withPlugin(async (p) => {
      const before = pb.bench.portal.dump();
      const err = (await p.configure(c.config()).catch((e) => e)) as RpcError;
      expect(err.details, c.reason).toContain(c.want);
      // The API's own words follow, and the token never appears.
      expect(err.details).toMatch(/the API said: .*\((10000|9109)\)/);
      expect(err.details).not.toContain('expired-token-123');
      expect(JSON.stringify(p.engineLogs())).not.toContain('expired-token-123');
      expect(pb.bench.portal.dump()).toEqual(before);
    }, c.env?.());
  });

  it('skips the check when nothing is configured, or a target value is still unknown', async () => {
    await withPlugin(async (p) => {
      const before = pb.requests();
      await p.configure({});
      await p.configure({ ...pb.config, apiToken: secret(UNKNOWN) });
      await p.configure({ ...pb.config, accountId: UNKNOWN });
      expect(pb.requests() - before).toBe(0);
    });
  });

  it('carries on with a warning through the engine when the API cannot be reached', async () => {
    await withPlugin(async (p) => {
      await p.configure({ ...pb.config, apiUrl: 'http://127.0.0.1:9/client/v4' });
      // Engine.Log calls are not awaited by Configure: the engine host sees them shortly after.
      await vi.waitFor(() =>
        expect(
          p
            .engineLogs()
            .filter((l) => l.severity === 'warning')
            .map((w) => w.message),
        ).toEqual([
          expect.stringContaining(
            'mcpportal could not verify its credentials at http://127.0.0.1:9/client/v4',
          ),
        ]),
      );
      // The first resource operation then reports the API error itself.
      const checked = await p.check(POLICY, 'p', { decision: 'allow', include: [{ everyone: true }] });
      await expect(p.create(POLICY, 'p', checked.inputs)).rejects.toMatchObject({
        details: expect.stringContaining('ECONNREFUSED'),
      });
    });
  });
});

describe('DiffConfig', () => {
  const base = { apiUrl: 'https://a.example/client/v4', accountId: 'acc', apiToken: secret('t1') };
  const cases: {
    name: string;
    reason: string;
    news: Props;
    replaces: string[];
    detailed: Record<string, string>;
  }[] = [
    {
      name: 'unknown account id',
      reason: 'during preview the account may turn out to be another one: the resources would move',
      news: { ...base, accountId: UNKNOWN },
      replaces: ['accountId'],
      detailed: { accountId: 'UPDATE_REPLACE' },
    },
    {
      name: 'unknown API URL',
      reason: 'another API holds other objects',
      news: { ...base, apiUrl: UNKNOWN },
      replaces: ['apiUrl'],
      detailed: { apiUrl: 'UPDATE_REPLACE' },
    },
    {
      name: 'changed account id',
      reason: 'the objects live in the old account',
      news: { ...base, accountId: 'other' },
      replaces: ['accountId'],
      detailed: { accountId: 'UPDATE_REPLACE' },
    },
    {
      name: 'rotated token',
      reason: 'a new token for the same account reaches the same objects: an update',
      news: { ...base, apiToken: secret('t2') },
      replaces: [],
      detailed: { apiToken: 'UPDATE' },
    },
    {
      name: 'unknown token',
      reason: 'the token does not decide where the objects are',
      news: { ...base, apiToken: secret(UNKNOWN) },
      replaces: [],
      detailed: { apiToken: 'UPDATE' },
    },
  ];
  it.each(cases)('$name', async (c) => {
    const d = await pb.plugin.diffConfig(base, c.news);
    expect(d.changes, c.reason).toBe('some');
    expect(d.replaces, c.reason).toEqual(c.replaces);
    expect(d.detailed, c.reason).toEqual(c.detailed);
  });
});
