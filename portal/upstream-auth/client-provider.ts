/**
 * The SDK's `OAuthClientProvider` over one working copy of a stored grant, for one step of the admin flow:
 * `start` (discovery, DCR or the configured manual client, the authorization URL with PKCE S256, `state` and
 * `resource`) and `callback` (the code exchange with the saved verifier). The caller persists the grant.
 */
import type { OAuthClientProvider, OAuthDiscoveryState } from '@modelcontextprotocol/sdk/client/auth.js';
import type {
  AuthorizationServerMetadata,
  OAuthClientInformationMixed,
  OAuthClientMetadata,
  OAuthTokens,
} from '@modelcontextprotocol/sdk/shared/auth.js';
import type { AuthFacts, UpstreamGrant } from '../store/repository.js';

/** A pre-registered client (`auth_mode: manual`): its endpoints and credentials, from the server's secrets. */
export interface ManualClient {
  discovery: OAuthDiscoveryState;
  client: OAuthClientInformationMixed;
}

/** The manual client of `facts` (already validated by the API) with its secret, or undefined for DCR. */
export function manualClient(facts: AuthFacts, clientSecret: string | undefined): ManualClient | undefined {
  if (facts.auth_mode !== 'manual' || !facts.config || !facts.registration_info?.client_id) return undefined;
  const { authorization_endpoint, token_endpoint, revocation_endpoint } = facts.config;
  if (!authorization_endpoint || !token_endpoint) return undefined;
  const issuer = facts.config.issuer ?? new URL(authorization_endpoint).origin;
  const metadata: AuthorizationServerMetadata = {
    issuer,
    authorization_endpoint,
    token_endpoint,
    ...(revocation_endpoint ? { revocation_endpoint } : {}),
    response_types_supported: ['code'],
    code_challenge_methods_supported: ['S256'],
  };
  const reg = facts.registration_info;
  return {
    discovery: { authorizationServerUrl: issuer, authorizationServerMetadata: metadata },
    client: {
      client_id: reg.client_id ?? '',
      ...(clientSecret !== undefined ? { client_secret: clientSecret } : {}),
      ...(reg.redirect_uris ? { redirect_uris: reg.redirect_uris } : {}),
      ...(reg.token_endpoint_auth_method
        ? { token_endpoint_auth_method: reg.token_endpoint_auth_method }
        : {}),
      ...(reg.scope ? { scope: reg.scope } : {}),
      issuer,
    } as OAuthClientInformationMixed,
  };
}

export interface StepOptions {
  mode: 'start' | 'callback';
  redirectUrl: string;
  /** The `state` sent in the authorization request (start). */
  state?: string;
  /** The PKCE verifier saved at start (callback). */
  codeVerifier?: string;
  manual?: ManualClient;
  serverId: string;
}

export class GrantClientProvider implements OAuthClientProvider {
  /** Set by `redirectToAuthorization` (start). */
  authorizationUrl: URL | undefined;
  private verifier: string | undefined;

  constructor(
    readonly grant: UpstreamGrant,
    private readonly opts: StepOptions,
  ) {
    this.verifier = opts.codeVerifier;
  }

  get redirectUrl(): string {
    return this.opts.redirectUrl;
  }

  get clientMetadata(): OAuthClientMetadata {
    return {
      client_name: `MCP portal (server ${this.opts.serverId})`,
      redirect_uris: [this.opts.redirectUrl],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    };
  }

  state(): string {
    if (this.opts.state === undefined) throw new Error('no state for this step');
    return this.opts.state;
  }

  clientInformation(): OAuthClientInformationMixed | undefined {
    if (this.opts.manual) return this.opts.manual.client;
    const client = this.grant.client;
    // A client registered for another redirect URI (the portal moved) is registered again.
    const uris = (client as { redirect_uris?: string[] } | undefined)?.redirect_uris;
    return client && (!uris || uris.includes(this.opts.redirectUrl)) ? client : undefined;
  }

  saveClientInformation(info: OAuthClientInformationMixed): void {
    if (this.opts.manual)
      throw new Error('the configured OAuth client was refused by the authorization server');
    this.grant.client = info;
  }

  tokens(): OAuthTokens | undefined {
    // Starting means a new authorization: stored tokens (dead or alive) are not refreshed instead.
    return undefined;
  }

  saveTokens(tokens: OAuthTokens): void {
    this.grant.tokens = tokens;
  }

  redirectToAuthorization(url: URL): void {
    this.authorizationUrl = url;
  }

  saveCodeVerifier(verifier: string): void {
    this.verifier = verifier;
  }

  codeVerifier(): string {
    if (this.verifier === undefined) throw new Error('no PKCE verifier saved');
    return this.verifier;
  }

  discoveryState(): OAuthDiscoveryState | undefined {
    if (this.opts.manual) return this.opts.manual.discovery;
    // At start discovery runs afresh (the upstream may have moved); the callback reuses what start found.
    return this.opts.mode === 'callback' ? this.grant.discovery : undefined;
  }

  saveDiscoveryState(state: OAuthDiscoveryState): void {
    this.grant.discovery = state;
  }

  invalidateCredentials(scope: 'all' | 'client' | 'tokens' | 'verifier' | 'discovery'): void {
    if (scope === 'all' || scope === 'client') delete this.grant.client;
    if (scope === 'all' || scope === 'tokens') delete this.grant.tokens;
  }
}
