// OAuth metadata discovery for a portal, by every URL the MCP SDK client (client/auth.js:
// discoverOAuthProtectedResourceMetadata, buildDiscoveryUrls) and mcp-remote (its own PRM and
// authorization-server candidate lists) try: RFC 9728 path-suffixed and root, RFC 8414 path-inserted (and
// path-appended) and root, OpenID Discovery path-inserted and path-appended. Each answers either the right
// document for the portal or a 404 that the clients read as "next URL" and that names the right document.
// Checked with the SDK's own discovery functions and with real sign-ins that find the metadata without the
// WWW-Authenticate hint, on a path-style portal and on a portal's own hostname.
import {
  buildDiscoveryUrls,
  discoverAuthorizationServerMetadata,
  discoverOAuthProtectedResourceMetadata,
  discoverOAuthServerInfo,
} from '@modelcontextprotocol/sdk/client/auth.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDocsUpstream, type UpstreamHandle } from '../../examples/upstreams/index.js';
import { syncServer } from '../sync/index.js';
import {
  addPolicy,
  addPortal,
  addServer,
  addTestUser,
  PASSWORD,
  protectPortal,
  protectServer,
} from '../testing/fixtures.js';
import { startTestPortal, type TestPortal } from '../testing/harness.js';
import { type HostRoutedFetch, hostRoutedFetch } from '../testing/host-routed-fetch.js';
import { connectAsUser } from '../testing/mcp-clients.js';

let p: TestPortal;
let docs: UpstreamHandle;
let mcp: string;
let issuer: string;
let routed: HostRoutedFetch;
let hostFetch: typeof fetch;
let hostOrigin: string;

beforeAll(async () => {
  docs = await startDocsUpstream({ port: 0 });
  p = await startTestPortal({ sync: syncServer });
  await addServer(p, { id: 'docs', name: 'Docs', hostname: docs.url, auth_type: 'unauthenticated' });
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: [{ server_id: 'docs' }],
  });
  const staff = await addPolicy(p, 'staff', 'allow', [{ email_domain: { domain: 'example.com' } }]);
  await protectPortal(p, 'main.example.test', [staff]);
  await protectServer(p, 'docs', [staff]);
  await addTestUser(p, 'alice@example.com', ['eng']);
  mcp = `${p.url}/portals/main/mcp`;
  issuer = `${p.url}/portals/main`;
  // Any hostname reaches the portal's listener: a portal served on its own hostname.
  const port = new URL(p.url).port;
  routed = hostRoutedFetch(port);
  hostFetch = routed.fetch;
  hostOrigin = `http://main.example.test:${port}`;
}, 60_000);

afterAll(async () => {
  await routed.close();
  await p.close();
  await docs.close();
});

/** A fetch that records the URLs asked and, optionally, drops the WWW-Authenticate challenge. */
function watching(base: typeof fetch, dropChallenge = false) {
  const asked: string[] = [];
  const f = (async (url: string | URL, init?: RequestInit) => {
    asked.push(String(url));
    const res = await base(url, init);
    if (!dropChallenge || !res.headers.has('www-authenticate')) return res;
    const headers = new Headers(res.headers);
    headers.delete('www-authenticate');
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  }) as typeof fetch;
  return { fetch: f, asked };
}

/** The fields these tests read of a metadata document or of a 404's error body. */
interface DiscoveryBody {
  issuer?: string;
  resource?: string;
  error_description?: string;
}

async function json(url: string, f: typeof fetch = fetch): Promise<{ status: number; body: DiscoveryBody }> {
  const r = await f(url);
  return { status: r.status, body: (await r.json()) as DiscoveryBody };
}

const oauthDocAt = (origin: string, base: string) =>
  `${origin}/.well-known/oauth-authorization-server${base}`;

describe('a portal served under /portals/<id>', () => {
  it('the SDK finds the protected resource metadata by path, for /mcp and /mcp/ and with a query', async () => {
    for (const url of [mcp, `${mcp}/`, `${mcp}?optimize_context=none`]) {
      const w = watching(fetch);
      const prm = await discoverOAuthProtectedResourceMetadata(url, undefined, w.fetch);
      expect(prm).toMatchObject({ resource: mcp, authorization_servers: [issuer], resource_name: 'Main' });
      // Found at the first URL tried, the path-suffixed one: no fallback to the root.
      expect(w.asked).toHaveLength(1);
      expect(w.asked[0]).toMatch(
        new RegExp(`^${p.url}/\\.well-known/oauth-protected-resource/portals/main/mcp(\\?|$)`),
      );
    }
  });

  it('the SDK finds the authorization server metadata at the first URL of its order', async () => {
    const w = watching(fetch);
    const as = await discoverAuthorizationServerMetadata(issuer, { fetchFn: w.fetch });
    expect(as).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      registration_endpoint: `${issuer}/register`,
    });
    expect(w.asked).toEqual([oauthDocAt(p.url, '/portals/main')]);
    const info = await discoverOAuthServerInfo(mcp);
    expect(String(info.authorizationServerUrl)).toBe(issuer);
    expect(info.authorizationServerMetadata?.issuer).toBe(issuer);
    expect(info.resourceMetadata?.resource).toBe(mcp);
  });

  it("answers every URL of the SDK's order: OAuth metadata, and a 404 naming it for OpenID Discovery", async () => {
    const urls = buildDiscoveryUrls(issuer).map((u) => ({ url: u.url.href, type: u.type }));
    expect(urls).toEqual([
      { url: oauthDocAt(p.url, '/portals/main'), type: 'oauth' },
      { url: `${p.url}/.well-known/openid-configuration/portals/main`, type: 'oidc' },
      { url: `${p.url}/portals/main/.well-known/openid-configuration`, type: 'oidc' },
    ]);
    const [oauth, ...oidc] = urls;
    const found = await json(oauth?.url ?? '');
    expect(found.status).toBe(200);
    expect(found.body.issuer).toBe(issuer);
    for (const { url } of oidc) {
      const r = await json(url);
      expect(r.status).toBe(404);
      expect(r.body.error_description).toContain('not an OpenID provider');
      expect(r.body.error_description).toContain(oauthDocAt(p.url, '/portals/main'));
    }
  });

  it('also serves the authorization server metadata path-appended (issuer + /.well-known/...)', async () => {
    const appended = await json(`${issuer}/.well-known/oauth-authorization-server`);
    expect(appended).toEqual(await json(oauthDocAt(p.url, '/portals/main')));
  });

  it("answers mcp-remote's candidates: the path-suffixed documents, and 404s elsewhere", async () => {
    // Its PRM list for the server URL: path-suffixed, then root.
    expect((await json(`${p.url}/.well-known/oauth-protected-resource/portals/main/mcp`)).body.resource).toBe(
      mcp,
    );
    // Its authorization-server list for the issuer: path-inserted OAuth, root OAuth, then the OIDC pair.
    expect((await json(oauthDocAt(p.url, '/portals/main'))).body.issuer).toBe(issuer);
    // Metadata for an issuer the portal is not (the MCP URL itself, which mcp-remote asks for scopes):
    // 404, so no document claims an issuer other than the one it is fetched for.
    expect((await json(`${p.url}/.well-known/oauth-authorization-server/portals/main/mcp`)).status).toBe(404);
  });

  it('the root well-known URLs name no portal: 404 saying where the per-portal documents are', async () => {
    for (const kind of ['oauth-protected-resource', 'oauth-authorization-server', 'openid-configuration']) {
      const r = await json(`${p.url}/.well-known/${kind}`);
      expect(r.status).toBe(404);
      expect(r.body.error_description).toContain(
        `${p.url}/.well-known/oauth-protected-resource/portals/<portal id>/mcp`,
      );
      expect(r.body.error_description).toContain(
        `${p.url}/.well-known/oauth-authorization-server/portals/<portal id>`,
      );
    }
    // The SDK falls back to the root only when the path-suffixed URL fails, and reads this 404 as "none".
    const missing = `${p.url}/portals/none/mcp`;
    await expect(discoverOAuthProtectedResourceMetadata(missing)).rejects.toThrow(
      'does not implement OAuth 2.0 Protected Resource Metadata',
    );
  });

  it('signs in with the SDK when the 401 carries no resource_metadata (discovery by well-known URLs)', async () => {
    const w = watching(fetch, true);
    const c = await connectAsUser(mcp, 'alice@example.com', PASSWORD, { fetch: w.fetch });
    try {
      expect(w.asked).toContain(`${p.url}/.well-known/oauth-protected-resource/portals/main/mcp`);
      expect(w.asked).toContain(oauthDocAt(p.url, '/portals/main'));
      expect(c.provider?.authorizationUrl?.href.startsWith(`${issuer}/authorize?`)).toBe(true);
      expect((await c.client.listTools()).tools.map((t) => t.name)).toContain('docs_get_page');
    } finally {
      await c.close();
    }
  });
});

describe('a portal on its own hostname (the issuer is the origin)', () => {
  it('serves the root documents, which the SDK finds first', async () => {
    const prm = await discoverOAuthProtectedResourceMetadata(`${hostOrigin}/mcp`, undefined, hostFetch);
    expect(prm).toMatchObject({ resource: `${hostOrigin}/mcp`, authorization_servers: [hostOrigin] });
    const rootPrm = await json(`${hostOrigin}/.well-known/oauth-protected-resource`, hostFetch);
    expect(rootPrm.body).toEqual(prm);
    const w = watching(hostFetch);
    const as = await discoverAuthorizationServerMetadata(hostOrigin, { fetchFn: w.fetch });
    expect(as?.issuer).toBe(hostOrigin);
    expect(w.asked).toEqual([oauthDocAt(hostOrigin, '')]);
  });

  it('answers OpenID Discovery at the root with a 404 naming the OAuth metadata', async () => {
    const r = await json(`${hostOrigin}/.well-known/openid-configuration`, hostFetch);
    expect(r.status).toBe(404);
    expect(r.body.error_description).toContain(oauthDocAt(hostOrigin, ''));
  });

  it('signs in with the SDK without the WWW-Authenticate hint', async () => {
    const w = watching(hostFetch, true);
    const c = await connectAsUser(`${hostOrigin}/mcp`, 'alice@example.com', PASSWORD, { fetch: w.fetch });
    try {
      expect(w.asked).toContain(`${hostOrigin}/.well-known/oauth-protected-resource/mcp`);
      expect((await c.client.listTools()).tools.map((t) => t.name)).toContain('docs_get_page');
    } finally {
      await c.close();
    }
  });
});
