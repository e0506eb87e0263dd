// Attack: server-side request forgery through upstream URLs. An admin (or a merged manifest) points a server
// at the cloud metadata service or another internal address, in any spelling, or at a name that resolves
// there, and the portal connects to it on sync or on a tool call. Contained when the real portal refuses the
// address after DNS resolution, the server ends in Error with cause `egress_refused` (no socket is opened:
// the target records nothing), loopback stays allowed by default, the operator's exceptions work, and the
// resolved address is pinned for the connection (no rebinding between the check and the connect).
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { DEFAULT_EGRESS, EgressRefusedError, egressConnector, egressPolicy } from '../egress/policy.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addServiceToken,
  ok,
  protectPortal,
  protectServer,
} from '../testing/fixtures.js';
import { readySync, SERVERS, startTestPortal, type TestPortal } from '../testing/harness.js';
import { connectWithServiceToken } from '../testing/mcp-clients.js';

interface ServerView {
  status: string;
  error?: string;
  error_details?: { cause?: string; retryable?: boolean };
  tools?: unknown[];
}

/** A plain HTTP server on 127.0.0.1 that counts the requests it gets (it must get none when refused). */
async function startTarget() {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    hits: () => hits,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

let docs: UpstreamHandle;
let target: Awaited<ReturnType<typeof startTarget>>;
const docsPort = () => new URL(docs.url).port;
const docsPath = () => new URL(docs.url).pathname;

beforeAll(async () => {
  [docs, target] = await Promise.all([startDocsUpstream({ port: 0 }), startTarget()]);
});

afterAll(async () => {
  await Promise.allSettled([docs?.close(), target?.close()]);
});

describe('default policy (portal serve with no egress flags)', () => {
  let p: TestPortal;
  beforeAll(async () => {
    p = await startTestPortal({ sync: undefined, syncTimeoutMs: 30_000 });
  });
  afterAll(async () => {
    await p?.close();
  });

  // Without the policy each of these is a real connection attempt (a connect timeout, an unreachable
  // host, or a DNS answer on a cloud machine), never a refusal.
  const refused = [
    { id: 'imds', url: 'http://169.254.169.254/latest/meta-data/', reason: 'the metadata address' },
    { id: 'imds-decimal', url: 'http://2852039166/mcp', reason: 'decimal form' },
    { id: 'imds-octal', url: 'http://0251.0376.0251.0376/mcp', reason: 'octal form' },
    { id: 'imds-hex', url: 'http://0xa9fea9fe/mcp', reason: 'hex form' },
    { id: 'imds-mapped', url: 'http://[::ffff:169.254.169.254]/mcp', reason: 'IPv4-mapped IPv6' },
    { id: 'imds-v6', url: 'http://[fd00:ec2::254]/mcp', reason: "AWS's IPv6 metadata address" },
    { id: 'link-local', url: 'http://169.254.10.20:8080/mcp', reason: 'link-local IPv4' },
    { id: 'link-local-v6', url: 'http://[fe80::1]:8080/mcp', reason: 'link-local IPv6' },
    { id: 'gcp', url: 'http://metadata.google.internal/computeMetadata/v1/', reason: 'the metadata name' },
  ];

  it.each(refused)('refuses $id ($reason) with a clear Error', async ({ id, url }) => {
    await addServer(p, { id, name: id, hostname: url, auth_type: 'unauthenticated' });
    const s = await ok<ServerView>(p, 'GET', `${SERVERS}/${id}`);
    expect(s.status).toBe('error');
    expect(s.error_details?.cause).toBe('egress_refused');
    expect(s.error_details?.retryable).toBe(false);
    expect(s.error).toMatch(/refused by the portal's egress policy/);
  });

  it('keeps loopback allowed (local upstreams and tests)', async () => {
    await addServer(p, { id: 'docs', name: 'Docs', hostname: docs.url, auth_type: 'unauthenticated' });
    const s = await ok<ServerView>(p, 'GET', `${SERVERS}/docs`);
    expect(s.status).toBe('ready');
  });
});

describe('--egress-deny-loopback: checked after DNS resolution', () => {
  let p: TestPortal;
  beforeAll(async () => {
    p = await startTestPortal({ sync: undefined, egress: { denyLoopback: true } });
  });
  afterAll(async () => {
    await p?.close();
  });

  it('refuses a name that resolves to a refused address, without connecting', async () => {
    const before = target.hits();
    await addServer(p, {
      id: 'named',
      name: 'Named',
      hostname: `http://localhost:${target.port}/mcp`,
      auth_type: 'unauthenticated',
    });
    const s = await ok<ServerView>(p, 'GET', `${SERVERS}/named`);
    expect(s.status).toBe('error');
    expect(s.error_details?.cause).toBe('egress_refused');
    expect(s.error).toMatch(/localhost \(resolves to (127\.0\.0\.1|::1)\) is a loopback address/);
    expect(target.hits()).toBe(before);
  });

  it('refuses the literal address as well', async () => {
    await addServer(p, {
      id: 'literal',
      name: 'Literal',
      hostname: `http://127.0.0.1:${target.port}/mcp`,
      auth_type: 'unauthenticated',
    });
    expect((await ok<ServerView>(p, 'GET', `${SERVERS}/literal`)).error_details?.cause).toBe(
      'egress_refused',
    );
  });
});

describe('--egress-allow exceptions', () => {
  it('lets an allowed range through a refused class', async () => {
    const p = await startTestPortal({
      sync: undefined,
      egress: { denyLoopback: true, allow: ['127.0.0.0/8', '::1'] },
    });
    try {
      await addServer(p, {
        id: 'docs',
        name: 'Docs',
        hostname: `http://localhost:${docsPort()}${docsPath()}`,
        auth_type: 'unauthenticated',
      });
      expect((await ok<ServerView>(p, 'GET', `${SERVERS}/docs`)).status).toBe('ready');
    } finally {
      await p.close();
    }
  });

  it('refuses an invalid range at start', async () => {
    await expect(startTestPortal({ egress: { allow: ['10.0.0.0/99'] } })).rejects.toThrow(/10\.0\.0\.0\/99/);
  });
});

describe('tool calls', () => {
  it('are refused too: a server that synced earlier (DNS answered elsewhere then) cannot be called', async () => {
    // The fake sync stands for a sync that passed while the name still resolved to an allowed address.
    const p = await startTestPortal({
      sync: readySync([{ name: 'anything' }], []),
      egress: { denyLoopback: true },
    });
    try {
      await addServer(p, {
        id: 'rebound',
        name: 'Rebound',
        hostname: `http://localhost:${target.port}/mcp`,
        auth_type: 'unauthenticated',
      });
      await addPortal(p, {
        id: 'main',
        name: 'Main',
        hostname: 'main.example.test',
        servers: [{ server_id: 'rebound', on_behalf: false }],
      });
      const bots = await addPolicy(p, 'bots', 'non_identity', [{ any_valid_service_token: {} }]);
      await protectPortal(p, 'main.example.test', [bots]);
      await protectServer(p, 'rebound', [bots]);
      const bot = await addServiceToken(p, 'bot');
      const c = await connectWithServiceToken(`${p.url}/portals/main/mcp`, bot.client_id, bot.client_secret);
      try {
        const before = target.hits();
        const r = await c.client.callTool({ name: 'rebound_anything', arguments: {} });
        expect(r.isError).toBe(true);
        expect(JSON.stringify(r.content)).toMatch(/refused by the portal's egress policy/);
        expect(target.hits()).toBe(before);
      } finally {
        await c.close();
      }
    } finally {
      await p.close();
    }
  });
});

describe('DNS rebinding', () => {
  it('connects to exactly the address it checked, resolving once per connection', async () => {
    // A hostile DNS: the first answer is allowed, every later one is the metadata address.
    let answers = 0;
    const resolve = (
      _host: string,
      _o: unknown,
      cb: (e: Error | null, a: { address: string; family: number }[]) => void,
    ) => {
      answers++;
      cb(null, [{ address: answers === 1 ? '127.0.0.1' : '169.254.169.254', family: 4 }]);
    };
    const agent = new Agent({ connect: egressConnector(DEFAULT_EGRESS, { timeout: 5000, resolve }) });
    try {
      const before = target.hits();
      const res = await request(`http://rebind.test:${target.port}/`, { dispatcher: agent });
      expect(res.statusCode).toBe(200);
      await res.body.text();
      expect(answers).toBe(1); // the socket used the checked answer; nothing resolved it again
      expect(target.hits()).toBe(before + 1);
    } finally {
      await agent.destroy();
    }
    const fresh = new Agent({ connect: egressConnector(DEFAULT_EGRESS, { timeout: 5000, resolve }) });
    try {
      const err = await request(`http://rebind.test:${target.port}/`, { dispatcher: fresh }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(EgressRefusedError);
      expect((err as EgressRefusedError).addressClass).toBe('metadata');
    } finally {
      await fresh.destroy();
    }
  });

  it('refuses a name when any of its addresses is refused', async () => {
    const resolve = (
      _h: string,
      _o: unknown,
      cb: (e: Error | null, a: { address: string; family: number }[]) => void,
    ) =>
      cb(null, [
        { address: '127.0.0.1', family: 4 },
        { address: 'fe80::1', family: 6 },
      ]);
    const agent = new Agent({ connect: egressConnector(egressPolicy(), { timeout: 5000, resolve }) });
    try {
      const err = await request(`http://mixed.test:${target.port}/`, { dispatcher: agent }).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(EgressRefusedError);
    } finally {
      await agent.destroy();
    }
  });
});
