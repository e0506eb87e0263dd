/**
 * Real MCP clients for tests and the bench: the SDK `Client` over Streamable HTTP that completes the portal's
 * OAuth flow programmatically (discovery, dynamic client registration, PKCE, the login form POST, the code
 * exchange), and one that presents a service token. A recording fetch keeps every byte the client received,
 * so tests can assert that an upstream credential never reached it.
 */

import { type OAuthClientProvider, UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type {
  OAuthClientInformationMixed,
  OAuthClientMetadata,
  OAuthTokens,
} from '@modelcontextprotocol/sdk/shared/auth.js';
import type { ClientCapabilities } from '@modelcontextprotocol/sdk/types.js';

type FetchLike = (url: string | URL, init?: RequestInit) => Promise<Response>;

export const REDIRECT_URL = 'http://127.0.0.1:9/callback';

/** An in-memory OAuth client: remembers what the SDK asks it to and the authorization URL it was sent to. */
export class MemoryOAuthProvider implements OAuthClientProvider {
  info: OAuthClientInformationMixed | undefined;
  saved: OAuthTokens | undefined;
  verifier = '';
  authorizationUrl: URL | undefined;

  get redirectUrl(): string {
    return REDIRECT_URL;
  }

  get clientMetadata(): OAuthClientMetadata {
    return {
      client_name: 'portal test client',
      redirect_uris: [REDIRECT_URL],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    };
  }
  clientInformation() {
    return this.info;
  }
  saveClientInformation(info: OAuthClientInformationMixed) {
    this.info = info;
  }
  tokens() {
    return this.saved;
  }
  saveTokens(tokens: OAuthTokens) {
    this.saved = tokens;
  }
  redirectToAuthorization(url: URL) {
    this.authorizationUrl = url;
  }
  saveCodeVerifier(v: string) {
    this.verifier = v;
  }
  codeVerifier() {
    return this.verifier;
  }
}

/** A fetch that records every response body it hands out (as text), for "never reached the client" checks. */
export function recordingFetch(base: FetchLike = fetch): { fetch: FetchLike; received: () => string } {
  const bodies: string[] = [];
  const wrapped: FetchLike = async (url, init) => {
    const res = await base(url, init);
    if (!res.body) return res;
    const [mine, theirs] = res.body.tee();
    void new Response(mine)
      .text()
      .then((t) => bodies.push(`${[...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n${t}`))
      .catch(() => undefined);
    return new Response(theirs, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
  return { fetch: wrapped, received: () => bodies.join('\n') };
}

export interface LoginResult {
  /** The location the login answered with (the client's redirect URI with `code`, or an error). */
  location: string | null;
  status: number;
  body: string;
}

/** The session cookie a response set (`name=value`), if any. */
export function setCookieOf(res: Response): string | undefined {
  return res.headers.get('set-cookie')?.split(';')[0];
}

/** A hidden form field's value in a page. */
export function hiddenField(page: string, name: string): string | undefined {
  return new RegExp(`name="${name}" value="([^"]*)"`).exec(page)?.[1];
}

/**
 * What a browser does on the portal's consent page (`GET .../login?request=` with its session cookie):
 * reads the CSRF token and clicks Allow (or Deny). Returns the portal's answer.
 */
export async function answerConsent(
  consentUrl: URL,
  cookie: string,
  decision: 'allow' | 'deny',
  fetchFn: FetchLike = fetch,
): Promise<LoginResult> {
  const page = await fetchFn(consentUrl, { headers: { cookie }, redirect: 'manual' });
  const body = await page.text();
  const csrf = hiddenField(body, 'csrf');
  const request = hiddenField(body, 'request');
  if (page.status !== 200 || !csrf || !request) {
    return { location: page.headers.get('location'), status: page.status, body };
  }
  const posted = await fetchFn(new URL(consentUrl.pathname.replace(/\/login$/, '/consent'), consentUrl), {
    method: 'POST',
    body: new URLSearchParams({ request, csrf, decision }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    redirect: 'manual',
  });
  return { location: posted.headers.get('location'), status: posted.status, body: await posted.text() };
}

/**
 * What a browser does with the authorization URL: follows it to the portal's login page, posts the form,
 * and, when the portal asks, approves the client on the consent page (`consent: 'allow'`, the default).
 * Returns the final redirect (to the client's redirect URI) or the page the portal answered with.
 */
export async function loginAt(
  authorizationUrl: URL,
  email: string,
  password: string,
  fetchFn: FetchLike = fetch,
  consent: 'allow' | 'deny' | 'stop' = 'allow',
): Promise<LoginResult> {
  const first = await fetchFn(authorizationUrl, { redirect: 'manual' });
  const to = first.headers.get('location');
  if (first.status !== 302 || !to) return { location: to, status: first.status, body: await first.text() };
  const loginUrl = new URL(to, authorizationUrl);
  if (loginUrl.origin + loginUrl.pathname === REDIRECT_URL)
    return { location: loginUrl.href, status: 302, body: '' };
  const form = new URLSearchParams({ email, password, request: loginUrl.searchParams.get('request') ?? '' });
  const posted = await fetchFn(new URL(loginUrl.pathname, loginUrl), {
    method: 'POST',
    body: form,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  const next = posted.headers.get('location');
  const cookie = setCookieOf(posted);
  if (posted.status === 303 && next && cookie && consent !== 'stop') {
    await posted.text();
    return answerConsent(new URL(next, loginUrl), cookie, consent, fetchFn);
  }
  return { location: next, status: posted.status, body: await posted.text() };
}

export interface ConnectOptions {
  fetch?: FetchLike;
  capabilities?: ClientCapabilities;
  name?: string;
}

export interface Connected {
  client: Client;
  transport: StreamableHTTPClientTransport;
  provider?: MemoryOAuthProvider;
  close(): Promise<void>;
}

/** Connects as a user of the local identity provider, completing the OAuth flow. Throws if login fails. */
export async function connectAsUser(
  mcpUrl: string,
  email: string,
  password: string,
  opts: ConnectOptions = {},
): Promise<Connected> {
  const provider = new MemoryOAuthProvider();
  const url = new URL(mcpUrl);
  const info = { name: opts.name ?? 'portal-test', version: '1.0.0' };
  const capabilities = opts.capabilities ?? {};
  const fetchOpt = opts.fetch ? { fetch: opts.fetch } : {};
  const first = new StreamableHTTPClientTransport(url, { authProvider: provider, ...fetchOpt });
  try {
    await new Client(info, { capabilities }).connect(first);
  } catch (err) {
    if (!(err instanceof UnauthorizedError)) throw err;
  }
  await first.close().catch(() => undefined);
  if (!provider.authorizationUrl) throw new Error('the portal did not ask for authorization');
  const login = await loginAt(provider.authorizationUrl, email, password, opts.fetch);
  const code = login.location ? new URL(login.location, mcpUrl).searchParams.get('code') : null;
  if (!code) throw new LoginFailed(login);
  await first.finishAuth(code);
  const transport = new StreamableHTTPClientTransport(url, { authProvider: provider, ...fetchOpt });
  const client = new Client(info, { capabilities });
  await client.connect(transport);
  return { client, transport, provider, close: () => closeQuietly(client, transport) };
}

export class LoginFailed extends Error {
  constructor(readonly result: LoginResult) {
    super(`login failed with HTTP ${result.status}`);
  }
}

/** Connects with a service token's client id and secret. */
export async function connectWithServiceToken(
  mcpUrl: string,
  clientId: string,
  clientSecret: string,
  opts: ConnectOptions = {},
): Promise<Connected> {
  const transport = new StreamableHTTPClientTransport(new URL(mcpUrl), {
    requestInit: { headers: { 'CF-Access-Client-Id': clientId, 'CF-Access-Client-Secret': clientSecret } },
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  const client = new Client(
    { name: opts.name ?? 'portal-bot', version: '1.0.0' },
    { capabilities: opts.capabilities ?? {} },
  );
  await client.connect(transport);
  return { client, transport, close: () => closeQuietly(client, transport) };
}

async function closeQuietly(client: Client, transport: StreamableHTTPClientTransport): Promise<void> {
  await transport.terminateSession().catch(() => undefined);
  await client.close().catch(() => undefined);
}
