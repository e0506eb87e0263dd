/**
 * A live server as a manifest (`import`, Pulumi Read): such that planning it shows no change. Credentials
 * cannot be read back, so they become `fromEnv` placeholders named after the server (`TICKETS_TOKEN`,
 * `TICKETS_X_API_KEY`); defaults are left out to keep manifests short.
 */

import type { McpServer } from '../../../schemas/generated/manifest.js';
import { API_VERSION } from '../../../schemas/registry.js';
import type { Observed } from '../model.js';

/** `tickets-eu` -> `TICKETS_EU`. */
export const envName = (...parts: string[]) =>
  parts
    .join('_')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^([0-9])/, '_$1');

export function serverManifest(o: Observed<'McpServer'>): McpServer {
  const s = o.spec;
  let auth: McpServer['spec']['auth'] = { type: 'unauthenticated' };
  if (s.auth.type === 'bearer') {
    auth =
      s.credentials.form === 'headers'
        ? {
            type: 'bearer',
            headers: Object.fromEntries(
              (s.credentials.headerNames ?? []).map((h) => [h, { fromEnv: envName(o.name, h) }]),
            ),
          }
        : { type: 'bearer', token: { fromEnv: envName(o.name, 'TOKEN') } };
  } else if (s.auth.type === 'oauth') {
    const { sharedCallback, ...rest } = s.auth;
    auth = {
      ...rest,
      ...(sharedCallback ? { sharedCallback } : {}),
      ...(s.credentials.form === 'oauth-client'
        ? { clientSecret: { fromEnv: envName(o.name, 'CLIENT_SECRET') } }
        : {}),
    } as McpServer['spec']['auth'];
  }
  return {
    apiVersion: API_VERSION,
    kind: 'McpServer',
    metadata: { name: o.name },
    spec: {
      ...(s.displayName !== o.name ? { displayName: s.displayName } : {}),
      url: s.url,
      ...(s.description ? { description: s.description } : {}),
      auth,
      ...(s.secureWebGateway ? { secureWebGateway: true } : {}),
      ...(s.tools.length ? { tools: s.tools } : {}),
      ...(s.prompts.length ? { prompts: s.prompts } : {}),
      ...(s.policies.length ? { policies: s.policies } : {}),
    },
  };
}
