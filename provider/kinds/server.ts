/**
 * McpServer inputs <-> the reconciler's McpServer kind. Inputs mirror the manifest spec, with secret
 * values in place of `{ fromEnv }` references (`auth.token`, `auth.headers`, `auth.clientSecret`),
 * plus `serverId` (default: the resource name) and the provider option `tolerateSyncErrors`.
 */

import type { Desired, Observed } from '../../reconciler/kinds/model.js';
import { knownCapabilities, withUncompared } from '../../reconciler/kinds/overrides.js';
import { handlerOf } from '../../reconciler/kinds/registry.js';
import type { McpServer } from '../../schemas/generated/manifest.js';
import { isObject, type Props } from '../wire.js';
import { API_VERSION, type KindAdapter, type Manifest, SECRET_PLACEHOLDER, specPart } from './adapter.js';
import { PULUMI_SECRET_SOURCE, secretsFromAuth } from './secrets.js';

/** Placeholders for secret strings (other types are left for the schema to refuse). */
function authForManifest(auth: unknown): unknown {
  if (!isObject(auth)) return auth;
  const out: Props = { ...auth };
  const placeholder = (v: unknown) => (typeof v === 'string' ? SECRET_PLACEHOLDER : v);
  if ('token' in out) out.token = placeholder(out.token);
  if ('clientSecret' in out) out.clientSecret = placeholder(out.clientSecret);
  if (isObject(out.headers))
    out.headers = Object.fromEntries(Object.entries(out.headers).map(([k, v]) => [k, placeholder(v)]));
  return out;
}

function toManifest(inputs: Props): Manifest {
  const spec = specPart(serverAdapter, inputs);
  if ('auth' in spec) spec.auth = authForManifest(spec.auth);
  return { apiVersion: API_VERSION, kind: 'McpServer', metadata: { name: inputs.serverId }, spec };
}

function toDesired(inputs: Props): Desired<'McpServer'> {
  const d = handlerOf('McpServer').fromManifest(toManifest(inputs) as unknown as McpServer, {});
  const secrets = secretsFromAuth(inputs.auth);
  const credentials = { ...d.spec.credentials };
  if (credentials.form !== 'none') credentials.source = PULUMI_SECRET_SOURCE;
  return { ...d, spec: { ...d.spec, credentials }, secrets };
}

function liveInputs(o: Observed<'McpServer'>, known: Props | undefined): Props {
  const s = o.spec;
  const knownAuth = isObject(known?.auth) ? known.auth : {};
  const auth: Props = { ...s.auth };
  if (s.auth.type !== 'oauth') delete auth.sharedCallback;
  if (s.auth.type === 'bearer') {
    if (s.credentials.form === 'token' && knownAuth.token !== undefined) auth.token = knownAuth.token;
    if (s.credentials.form === 'headers' && isObject(knownAuth.headers)) {
      const names = s.credentials.headerNames ?? [];
      const same = names.join('\n') === Object.keys(knownAuth.headers).sort().join('\n');
      if (same) auth.headers = knownAuth.headers;
    }
  }
  if (
    s.auth.type === 'oauth' &&
    s.credentials.form === 'oauth-client' &&
    knownAuth.clientSecret !== undefined
  )
    auth.clientSecret = knownAuth.clientSecret;
  return {
    serverId: o.name,
    displayName: s.displayName,
    url: s.url,
    ...(s.description ? { description: s.description } : {}),
    auth,
    secureWebGateway: s.secureWebGateway,
    tools: withUncompared(s.tools, known?.tools, knownCapabilities(o.facts, 'tools')),
    prompts: withUncompared(s.prompts, known?.prompts, knownCapabilities(o.facts, 'prompts')),
    policies: s.policies,
    ...(known?.tolerateSyncErrors !== undefined ? { tolerateSyncErrors: known.tolerateSyncErrors } : {}),
  };
}

export const serverAdapter: KindAdapter<'McpServer'> = {
  kind: 'McpServer',
  token: 'mcpportal:index:McpServer',
  idKey: 'serverId',
  required: ['url'],
  providerKeys: { tolerateSyncErrors: 'boolean' },
  secretPaths: [
    ['auth', 'token'],
    ['auth', 'headers'],
    ['auth', 'clientSecret'],
  ],
  replaceOn: handlerOf('McpServer').replaceOn,
  toManifest,
  toDesired,
  liveInputs,
};
