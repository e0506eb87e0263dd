/**
 * `import`: manifests for live objects, such that `plan` on them shows no changes. Secrets cannot be
 * read back, so credentials become `fromEnv` placeholders named after the server (e.g. `TICKETS_TOKEN`);
 * defaults are left out to keep the manifests short.
 */
import type { AccessPolicy, McpPortal, McpServer } from '../schemas/generated/manifest.js';
import type { KindName, Observed, Override } from './kinds/model.js';
import { DEFAULT_SESSION_DURATION } from './kinds/policy.js';
import { DEFAULT_CODE_MODE } from './kinds/portal.js';
import type { Snapshot } from './observe.js';

const API_VERSION = 'mcpportal/v1';

/** `tickets-eu` -> `TICKETS_EU`. */
export const envName = (...parts: string[]) =>
  parts
    .join('_')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^([0-9])/, '_$1');

const overrides = (list: Override[]) => (list.length ? { tools: list } : {});

function policyManifest(o: Observed<'AccessPolicy'>): AccessPolicy {
  const s = o.spec;
  return {
    apiVersion: API_VERSION,
    kind: 'AccessPolicy',
    metadata: { name: o.name },
    spec: {
      decision: s.decision,
      include: s.include as unknown as AccessPolicy['spec']['include'],
      ...(s.require.length ? { require: s.require as unknown as AccessPolicy['spec']['require'] } : {}),
      ...(s.exclude.length ? { exclude: s.exclude as unknown as AccessPolicy['spec']['exclude'] } : {}),
      ...(s.sessionDuration !== DEFAULT_SESSION_DURATION ? { sessionDuration: s.sessionDuration } : {}),
    },
  };
}

function serverManifest(o: Observed<'McpServer'>): McpServer {
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
    const { type: _t, sharedCallback, ...rest } = s.auth;
    auth = {
      type: 'oauth',
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
      ...(s.description !== null ? { description: s.description } : {}),
      auth,
      ...(s.secureWebGateway ? { secureWebGateway: true } : {}),
      ...overrides(s.tools),
      ...(s.prompts.length ? { prompts: s.prompts } : {}),
      ...(s.policies.length ? { policies: s.policies } : {}),
    },
  };
}

function portalManifest(o: Observed<'McpPortal'>): McpPortal {
  const s = o.spec;
  return {
    apiVersion: API_VERSION,
    kind: 'McpPortal',
    metadata: { name: o.name },
    spec: {
      ...(s.displayName !== o.name ? { displayName: s.displayName } : {}),
      hostname: s.hostname,
      ...(s.description !== null ? { description: s.description } : {}),
      ...(s.codeMode !== DEFAULT_CODE_MODE ? { codeMode: s.codeMode } : {}),
      ...(s.secureWebGateway ? { secureWebGateway: true } : {}),
      ...(s.policies.length ? { policies: s.policies } : {}),
      servers: s.servers.map((m) => ({
        server: m.server,
        ...(m.requireUserAuth ? {} : { requireUserAuth: false }),
        ...(m.defaultDisabled ? { defaultDisabled: true } : {}),
        ...overrides(m.tools),
        ...(m.prompts.length ? { prompts: m.prompts } : {}),
      })),
    },
  };
}

export interface ImportedFile {
  /** `policies.yaml`, `servers.yaml` or `portals.yaml`. */
  file: string;
  kind: KindName;
  manifests: (AccessPolicy | McpServer | McpPortal)[];
  /** Environment variables the manifests expect (credentials to fill in). */
  env: string[];
}

export function importManifests(snapshot: Snapshot, kinds?: readonly KindName[]): ImportedFile[] {
  const want = (k: KindName) => !kinds?.length || kinds.includes(k);
  const files: ImportedFile[] = [];
  const byName = <T extends { name: string }>(list: T[]) =>
    [...list].sort((a, b) => a.name.localeCompare(b.name));
  if (want('AccessPolicy'))
    files.push({
      file: 'policies.yaml',
      kind: 'AccessPolicy',
      manifests: byName(snapshot.policies).map(policyManifest),
      env: [],
    });
  if (want('McpServer')) {
    const manifests = byName(snapshot.servers).map(serverManifest);
    const env = manifests
      .flatMap((m) => JSON.stringify(m.spec.auth).match(/"fromEnv":"([A-Z0-9_]+)"/g) ?? [])
      .map((s) => s.slice(11, -1));
    files.push({ file: 'servers.yaml', kind: 'McpServer', manifests, env });
  }
  if (want('McpPortal'))
    files.push({
      file: 'portals.yaml',
      kind: 'McpPortal',
      manifests: byName(snapshot.portals).map(portalManifest),
      env: [],
    });
  return files.filter((f) => f.manifests.length);
}
