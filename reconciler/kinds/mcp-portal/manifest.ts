/**
 * A live portal as a manifest (`import`, Pulumi Read), such that planning it shows no change: mapping
 * overrides whose `enabled` only echoes the server's are left out, and so are defaults (a resource rule's
 * `enabled: true` too).
 */

import type { McpPortal } from '../../../schemas/generated/manifest.js';
import { API_VERSION } from '../../../schemas/registry.js';
import type { Observed } from '../model.js';
import { DEFAULT_CODE_MODE, ownSpec } from './spec.js';

export function portalManifest(o: Observed<'McpPortal'>): McpPortal {
  const s = ownSpec(o);
  return {
    apiVersion: API_VERSION,
    kind: 'McpPortal',
    metadata: { name: o.name },
    spec: {
      ...(s.displayName !== o.name ? { displayName: s.displayName } : {}),
      hostname: s.hostname,
      ...(s.description ? { description: s.description } : {}),
      ...(s.codeMode !== DEFAULT_CODE_MODE ? { codeMode: s.codeMode } : {}),
      ...(s.secureWebGateway ? { secureWebGateway: true } : {}),
      ...(s.policies.length ? { policies: s.policies } : {}),
      servers: s.servers.map((m) => ({
        server: m.server,
        ...(m.requireUserAuth ? {} : { requireUserAuth: false }),
        ...(m.defaultDisabled ? { defaultDisabled: true } : {}),
        ...(m.tools.length ? { tools: m.tools } : {}),
        ...(m.prompts.length ? { prompts: m.prompts } : {}),
        ...(m.resources?.length
          ? {
              resources: m.resources.map((r) =>
                r.enabled ? { uri: r.uri } : { uri: r.uri, enabled: false },
              ),
            }
          : {}),
      })),
    },
  };
}
