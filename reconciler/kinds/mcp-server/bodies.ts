/**
 * McpServer request bodies for the plan's operations. Credentials are written as references
 * (`{ $secret: key }`, inside `{ $json }` where the API wants a JSON string), never as values; the value
 * is only materialised at plan time to compare fingerprints, and at apply time to send.
 */
import type { Json } from '../../plan/diff.js';
import { jsonOf, materialise, secretRef } from '../../plan/operations.js';
import type { Desired, DesiredSecrets, ServerSpec } from '../model.js';
import { touches } from '../model.js';
import { overridesToWire } from '../overrides.js';

type Body = { [key: string]: Json };
type OAuthSpec = Partial<Extract<ServerSpec['auth'], { type: 'oauth' }>> & {
  type: ServerSpec['auth']['type'];
};

/** `auth_credentials` (and `client_secret`) with secret references; empty when nothing is sent. */
export function credentialArgs(spec: ServerSpec, secrets: DesiredSecrets | undefined): Body {
  const s = secrets ?? {};
  const a = spec.auth as OAuthSpec;
  if (s.token) return { auth_credentials: secretRef(s.token.key) };
  if (s.headers) {
    const headers = Object.fromEntries(Object.entries(s.headers).map(([k, v]) => [k, secretRef(v.key)]));
    return { auth_credentials: jsonOf({ headers }) };
  }
  if (a.type === 'oauth' && a.clientId) {
    const config: Json = {
      auth_mode: 'manual',
      config: {
        ...(a.authorizationEndpoint ? { authorization_endpoint: a.authorizationEndpoint } : {}),
        ...(a.tokenEndpoint ? { token_endpoint: a.tokenEndpoint } : {}),
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
      auth_credentials: jsonOf(config),
      ...(s.clientSecret ? { client_secret: secretRef(s.clientSecret.key) } : {}),
    };
  }
  return {};
}

/** Every secret of a desired server, resolved or not. */
export const secretsOf = (s: DesiredSecrets | undefined) => [
  ...(s?.token ? [s.token] : []),
  ...Object.values(s?.headers ?? {}),
  ...(s?.clientSecret ? [s.clientSecret] : []),
];

/**
 * The `auth_credentials` value a desired server resolves to, for fingerprint comparison at plan time;
 * undefined when a secret is missing (nothing can be compared).
 */
export function credentialValue(d: Desired<'McpServer'>): string | undefined {
  const args = credentialArgs(d.spec, d.secrets);
  if (args.auth_credentials === undefined) return undefined;
  const byKey = new Map(secretsOf(d.secrets).map((r) => [r.key, r]));
  try {
    return materialise(args.auth_credentials as Json, new Map(), (key) => {
      const r = byKey.get(key);
      if (!r?.ok) throw new Error('unresolved');
      return r.secret.reveal();
    }) as string;
  } catch {
    return undefined;
  }
}

export function serverCreateBody(d: Desired<'McpServer'>): Body {
  const s = d.spec;
  return {
    id: d.name,
    name: s.displayName,
    hostname: s.url,
    auth_type: s.auth.type,
    ...(s.description ? { description: s.description } : {}),
    secure_web_gateway: s.secureWebGateway,
    ...(s.auth.type === 'oauth'
      ? { is_shared_oauth_callback_enabled: (s.auth as OAuthSpec).sharedCallback ?? false }
      : {}),
    ...(s.tools.length ? { updated_tools: overridesToWire(s.tools) as unknown as Json } : {}),
    ...(s.prompts.length ? { updated_prompts: overridesToWire(s.prompts) as unknown as Json } : {}),
    ...credentialArgs(s, d.secrets),
  };
}

/** A partial update: only fields whose path changed (`paths` are diff paths such as `spec.tools[x].alias`). */
export function serverUpdateBody(
  d: Desired<'McpServer'>,
  paths: readonly string[],
  withCredentials: boolean,
): Body {
  const s = d.spec;
  const touched = (prefix: string) => touches(paths, prefix);
  const body: Body = {};
  if (touched('spec.displayName')) body.name = s.displayName;
  // An explicit null clears the description (Cloudflare's partial update keeps an omitted field).
  if (touched('spec.description')) body.description = s.description ?? null;
  if (touched('spec.secureWebGateway')) body.secure_web_gateway = s.secureWebGateway;
  if (s.auth.type === 'oauth' && touched('spec.auth.sharedCallback'))
    body.is_shared_oauth_callback_enabled = (s.auth as OAuthSpec).sharedCallback ?? false;
  if (touched('spec.tools')) body.updated_tools = overridesToWire(s.tools) as unknown as Json;
  if (touched('spec.prompts')) body.updated_prompts = overridesToWire(s.prompts) as unknown as Json;
  if (withCredentials) Object.assign(body, credentialArgs(s, d.secrets));
  return body;
}
