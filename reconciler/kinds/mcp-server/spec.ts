/**
 * The McpServer kind: manifest <-> spec <-> API body. `url` and `auth.type` are create-only in the API,
 * so changing them replaces the server. Credentials appear in the spec only as their form (token or
 * header names) and source; their values are resolved at apply time and never enter a plan.
 */
import type { McpServer } from '../../schemas/generated/manifest.js';
import type { ServerCreate, ServerObject, ServerUpdate } from '../../schemas/generated/wire.js';
import { describeRef, resolveSecret } from '../secrets.js';
import {
  type CredentialView,
  type Desired,
  normaliseOverrides,
  type Observed,
  overridesToWire,
  type ServerAuthSpec,
  type ServerFacts,
  type ServerSecrets,
  touches,
} from './model.js';

/** Spec fields whose change replaces the server (the API cannot update them). */
export const SERVER_REPLACE_ON = ['spec.url', 'spec.auth.type'];

export function serverFromManifest(
  m: McpServer,
  env: NodeJS.ProcessEnv,
  path?: string,
): Desired<'McpServer'> {
  const auth = m.spec.auth ?? { type: 'unauthenticated' as const };
  const secrets: ServerSecrets = {};
  let credentials: CredentialView = { form: 'none' };
  const authSpec: ServerAuthSpec = { type: auth.type };
  if (auth.type === 'bearer') {
    if (auth.token) {
      secrets.token = resolveSecret(auth.token, env, path);
      credentials = { form: 'token', source: describeRef(auth.token) };
    } else if (auth.headers) {
      const names = Object.keys(auth.headers).sort();
      secrets.headers = Object.fromEntries(
        names.map((n) => [n, resolveSecret(auth.headers?.[n] as never, env, path)]),
      );
      credentials = {
        form: 'headers',
        headerNames: names,
        source: names.map((n) => `${n}: ${describeRef(auth.headers?.[n] as never)}`).join(', '),
      };
    }
  }
  if (auth.type === 'oauth') {
    const { type: _t, clientSecret, ...rest } = auth;
    Object.assign(authSpec, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
    authSpec.sharedCallback = auth.sharedCallback ?? false;
    if (auth.redirectUris) authSpec.redirectUris = [...auth.redirectUris];
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
      description: m.spec.description ?? null,
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

export function serverFromApi(
  s: ServerObject,
  policies: string[],
  desiredCredentials: CredentialView | undefined,
): Pick<Observed<'McpServer'>, 'spec' | 'facts'> {
  const summary = s.auth_config_summary;
  const auth: ServerAuthSpec = { type: s.auth_type };
  if (s.auth_type === 'oauth') {
    const c = summary?.config ?? {};
    const r = summary?.registration_info ?? {};
    const fields: Partial<ServerAuthSpec> = {
      clientId: r.client_id,
      authorizationEndpoint: c.authorization_endpoint,
      tokenEndpoint: c.token_endpoint,
      issuer: c.issuer,
      revocationEndpoint: c.revocation_endpoint,
      scope: r.scope,
      tokenEndpointAuthMethod: r.token_endpoint_auth_method,
      ...(r.redirect_uris?.length ? { redirectUris: [...r.redirect_uris] } : {}),
    };
    Object.assign(auth, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
    auth.sharedCallback = s.is_shared_oauth_callback_enabled ?? false;
  }
  const observedCredentials = credentialsFromApi(s);
  // Where the API does not reveal the credential's form, assume the manifest's: it cannot be compared.
  const credentials = observedCredentials ?? desiredCredentials ?? { form: 'none' };
  const { source: _source, ...credentialsWithoutSource } = credentials;
  const facts: ServerFacts = {
    status: s.status,
    tools: s.tools ?? [],
    prompts: s.prompts ?? [],
    ...(s.authentication_status ? { authenticationStatus: s.authentication_status } : {}),
    ...(s.error ? { error: s.error } : {}),
    ...(s.error_details ? { errorDetails: s.error_details } : {}),
    ...(s.last_synced ? { lastSynced: s.last_synced } : {}),
    ...(s.last_successful_sync ? { lastSuccessfulSync: s.last_successful_sync } : {}),
    ...(summary?.credentials_fingerprint ? { credentialsFingerprint: summary.credentials_fingerprint } : {}),
  };
  return {
    spec: {
      displayName: s.name,
      url: s.hostname,
      description: s.description ?? null,
      auth,
      credentials: credentialsWithoutSource,
      secureWebGateway: s.secure_web_gateway ?? false,
      tools: normaliseOverrides(s.updated_tools),
      prompts: normaliseOverrides(s.updated_prompts),
      policies,
    },
    facts,
  };
}

/** The secret strings to send: `auth_credentials` and `client_secret`. Throws when a secret is missing. */
export function credentialPayload(
  d: Desired<'McpServer'>,
): Pick<ServerCreate, 'auth_credentials' | 'client_secret'> {
  const need = (r: NonNullable<ServerSecrets['token']>) => {
    if (!r.ok) throw new MissingSecretError(`McpServer ${d.name}: ${r.reason}`);
    return r.secret.reveal();
  };
  const s = d.secrets ?? {};
  const a = d.spec.auth;
  if (s.token) return { auth_credentials: need(s.token) };
  if (s.headers) {
    const headers = Object.fromEntries(Object.entries(s.headers).map(([k, v]) => [k, need(v)]));
    return { auth_credentials: JSON.stringify({ headers }) };
  }
  if (a.type === 'oauth' && a.clientId) {
    const config = {
      auth_mode: 'manual',
      config: {
        authorization_endpoint: a.authorizationEndpoint,
        token_endpoint: a.tokenEndpoint,
        ...(a.issuer ? { issuer: a.issuer } : {}),
        ...(a.revocationEndpoint ? { revocation_endpoint: a.revocationEndpoint } : {}),
      },
      registration_info: {
        client_id: a.clientId,
        ...(a.redirectUris ? { redirect_uris: a.redirectUris } : {}),
        ...(a.scope ? { scope: a.scope } : {}),
        ...(a.tokenEndpointAuthMethod ? { token_endpoint_auth_method: a.tokenEndpointAuthMethod } : {}),
      },
    };
    return {
      auth_credentials: JSON.stringify(config),
      ...(s.clientSecret ? { client_secret: need(s.clientSecret) } : {}),
    };
  }
  return {};
}

export class MissingSecretError extends Error {
  override readonly name = 'MissingSecretError';
}

/** The plain (non-secret) part of the value a desired credential resolves to, for fingerprint comparison. */
export function credentialValue(d: Desired<'McpServer'>): string | undefined {
  try {
    return credentialPayload(d).auth_credentials;
  } catch {
    return undefined;
  }
}

export function serverCreateBody(d: Desired<'McpServer'>): ServerCreate {
  const s = d.spec;
  return {
    id: d.name,
    name: s.displayName,
    hostname: s.url,
    auth_type: s.auth.type,
    description: s.description,
    secure_web_gateway: s.secureWebGateway,
    ...(s.auth.type === 'oauth' ? { is_shared_oauth_callback_enabled: s.auth.sharedCallback ?? false } : {}),
    updated_tools: overridesToWire(s.tools),
    updated_prompts: overridesToWire(s.prompts),
    ...credentialPayload(d),
  };
}

/** A partial update: only fields whose path changed (`paths` are diff paths such as `spec.tools[x].alias`). */
export function serverUpdateBody(
  d: Desired<'McpServer'>,
  paths: readonly string[],
  withCredentials: boolean,
): ServerUpdate {
  const s = d.spec;
  const touched = (prefix: string) => touches(paths, prefix);
  const body: ServerUpdate = {};
  if (touched('spec.displayName')) body.name = s.displayName;
  if (touched('spec.description')) body.description = s.description;
  if (touched('spec.secureWebGateway')) body.secure_web_gateway = s.secureWebGateway;
  if (touched('spec.auth.sharedCallback'))
    body.is_shared_oauth_callback_enabled = s.auth.sharedCallback ?? false;
  if (touched('spec.tools')) body.updated_tools = overridesToWire(s.tools);
  if (touched('spec.prompts')) body.updated_prompts = overridesToWire(s.prompts);
  if (withCredentials) Object.assign(body, credentialPayload(d));
  return body;
}
