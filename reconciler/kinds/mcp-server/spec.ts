/**
 * McpServer manifest <-> spec <-> API object. Ownership: the manifest owns the display name, url, description,
 * auth (type and OAuth client settings), the credential's form and value, secureWebGateway, overrides and
 * policies; the server owns status, synced tools and prompts, and sync times (`ServerFacts`). Credentials
 * appear in the spec only as their form and source; values are references resolved when needed.
 */
import type { McpServer } from '../../../schemas/generated/manifest.js';
import type { ServerObject } from '../../../schemas/generated/wire.js';
import { describeRef, resolveSecret } from '../../secrets.js';
import type {
  CredentialView,
  Desired,
  DesiredSecrets,
  Observed,
  ServerAuthSpec,
  ServerFacts,
} from '../model.js';
import { normaliseOverrides } from '../overrides.js';

/** Absent, null and "" are one value: no description. */
export const descriptionOf = (d: string | null | undefined) => (d ? { description: d } : {});

export function serverFromManifest(
  m: McpServer,
  env: NodeJS.ProcessEnv,
  path?: string,
): Desired<'McpServer'> {
  const auth = m.spec.auth ?? { type: 'unauthenticated' as const };
  const secrets: DesiredSecrets = {};
  let credentials: CredentialView = { form: 'none' };
  let authSpec: ServerAuthSpec = { type: 'unauthenticated' };
  if (auth.type === 'bearer') {
    authSpec = { type: 'bearer' };
    if (auth.token) {
      secrets.token = resolveSecret(auth.token, env, path);
      credentials = { form: 'token', source: describeRef(auth.token) };
    } else if (auth.headers) {
      const headers = auth.headers;
      const names = Object.keys(headers).sort();
      secrets.headers = Object.fromEntries(
        names.map((n) => [n, resolveSecret(headers[n] as never, env, path)]),
      );
      credentials = {
        form: 'headers',
        headerNames: names,
        source: names.map((n) => `${n}: ${describeRef(headers[n] as never)}`).join(', '),
      };
    }
  }
  if (auth.type === 'oauth') {
    const { clientSecret, redirectUris, sharedCallback, ...rest } = auth;
    authSpec = {
      ...(Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as ServerAuthSpec),
      type: 'oauth',
      ...(redirectUris?.length ? { redirectUris: [...redirectUris] } : {}),
      sharedCallback: sharedCallback ?? false,
    };
    if (auth.clientId && clientSecret) {
      secrets.clientSecret = resolveSecret(clientSecret, env, path);
      credentials = { form: 'oauth-client', source: describeRef(clientSecret) };
    }
  }
  return {
    kind: 'McpServer',
    name: m.metadata.name,
    spec: {
      displayName: m.spec.displayName ?? m.metadata.name,
      url: m.spec.url,
      ...descriptionOf(m.spec.description),
      auth: authSpec,
      credentials,
      secureWebGateway: m.spec.secureWebGateway ?? false,
      tools: normaliseOverrides(m.spec.tools),
      prompts: normaliseOverrides(m.spec.prompts),
      policies: [...(m.spec.policies ?? [])],
    },
    secrets,
  };
}

/** The credential form a live server shows; undefined when the API does not say (Cloudflare). */
function credentialsFromApi(s: ServerObject): CredentialView | undefined {
  const summary = s.auth_config_summary;
  if (s.auth_type === 'oauth')
    return summary?.auth_mode === 'manual' ? { form: 'oauth-client' } : { form: 'none' };
  if (summary?.has_credentials === undefined) return undefined;
  if (!summary.has_credentials) return { form: 'none' };
  if (summary.header_names?.length) return { form: 'headers', headerNames: [...summary.header_names].sort() };
  return { form: 'token' };
}

function authFromApi(s: ServerObject): ServerAuthSpec {
  if (s.auth_type !== 'oauth') return { type: s.auth_type };
  const c = s.auth_config_summary?.config ?? {};
  const r = s.auth_config_summary?.registration_info ?? {};
  const fields = {
    clientId: r.client_id,
    authorizationEndpoint: c.authorization_endpoint,
    tokenEndpoint: c.token_endpoint,
    issuer: c.issuer,
    revocationEndpoint: c.revocation_endpoint,
    scope: r.scope,
    tokenEndpointAuthMethod: r.token_endpoint_auth_method,
    ...(r.redirect_uris?.length ? { redirectUris: [...r.redirect_uris] } : {}),
  };
  return {
    ...(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as ServerAuthSpec),
    type: 'oauth',
    sharedCallback: s.is_shared_oauth_callback_enabled ?? false,
  };
}

export function serverFactsFromApi(s: ServerObject): ServerFacts {
  const summary = s.auth_config_summary;
  return {
    // Cloudflare may omit `status` (optional in its types); a server not known to be synced is waiting.
    status: s.status ?? 'waiting',
    tools: s.tools ?? [],
    prompts: s.prompts ?? [],
    ...(s.authentication_status ? { authenticationStatus: s.authentication_status } : {}),
    ...(s.error ? { error: s.error } : {}),
    ...(s.error_details ? { errorDetails: s.error_details } : {}),
    ...(s.last_synced ? { lastSynced: s.last_synced } : {}),
    ...(s.last_successful_sync ? { lastSuccessfulSync: s.last_successful_sync } : {}),
    ...(summary?.credentials_fingerprint ? { credentialsFingerprint: summary.credentials_fingerprint } : {}),
  };
}

export function serverFromApi(
  s: ServerObject,
  policies: string[],
  desiredCredentials: CredentialView | undefined,
): Pick<Observed<'McpServer'>, 'spec' | 'facts' | 'assumed'> {
  // Where the API does not reveal the credential's form, assume the manifest's: it cannot be compared.
  const revealed = credentialsFromApi(s);
  const { source: _source, ...credentials } = revealed ?? desiredCredentials ?? { form: 'none' };
  return {
    ...(revealed ? {} : { assumed: ['credentials'] }),
    spec: {
      displayName: s.name,
      url: s.hostname,
      ...descriptionOf(s.description),
      auth: authFromApi(s),
      credentials,
      secureWebGateway: s.secure_web_gateway ?? false,
      tools: normaliseOverrides(s.updated_tools),
      prompts: normaliseOverrides(s.updated_prompts),
      policies,
    },
    facts: serverFactsFromApi(s),
  };
}
