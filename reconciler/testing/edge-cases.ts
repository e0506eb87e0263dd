import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  type Doc,
  type Kind,
  type ManifestSet,
  repoRoot,
  secretsFor,
  type UpstreamName,
  type UpstreamUrls,
} from './manifest-sets.js';

// ---------------------------------------------------------------------------------------------------
// Named edge cases
// ---------------------------------------------------------------------------------------------------

export interface EdgeCase {
  name: string;
  /** One sentence: why this case is in the table. */
  reason: string;
  /** Manifests; `{{docs}}`, `{{tickets}}` and `{{paged}}` stand for the upstreams' URLs. */
  yaml: string;
  /** An earlier revision, applied first. */
  first?: string;
}

const TICKETS_SERVER = `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: tickets }
spec:
  url: "{{tickets}}"
  auth: { type: bearer, token: { fromEnv: TICKETS_TOKEN } }
`;

const IDP = '6f1c2f4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f'; // the embedded portal's built-in identity provider

export const EDGE_CASES: EdgeCase[] = [
  {
    name: 'resource rules reordered, changed and removed between revisions',
    reason:
      'Resource rules (an extension) are an ordered list whose first match decides: a reordering must be written, a mapping that loses its rules must be sent without them, and neither may read back as a change.',
    first: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
---
${TICKETS_SERVER}---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: eng.mcp.test
  servers:
    - server: docs
      resources: [ { uri: "docs://guides/*" }, { uri: "*", enabled: false } ]
    - server: tickets
      defaultDisabled: true
      resources: [ { uri: "tickets://open" } ]
`,
    yaml: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
---
${TICKETS_SERVER}---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: eng.mcp.test
  servers:
    - server: docs
      resources: [ { uri: "*", enabled: false }, { uri: "docs://guides/*", enabled: true } ]
    - server: tickets
      defaultDisabled: true
`,
  },
  {
    name: 'a group selected by a policy changes its rules in place',
    reason:
      'The group is updated in place (same id), so the policy, which the API returns with the group id, must read back as the same name and show no change.',
    first: `apiVersion: mcpportal/v1
kind: AccessGroup
metadata: { name: platform }
spec:
  include: [ { oidc: { claimName: groups, claimValue: platform, identityProviderId: ${IDP} } } ]
---
apiVersion: mcpportal/v1
kind: AccessPolicy
metadata: { name: engineers }
spec:
  decision: allow
  include: [ { group: platform } ]
`,
    yaml: `apiVersion: mcpportal/v1
kind: AccessGroup
metadata: { name: platform }
spec:
  include: [ { oidc: { claimName: groups, claimValue: Platform Team, identityProviderId: ${IDP} } } ]
  exclude: [ { email: contractor@example.com } ]
---
apiVersion: mcpportal/v1
kind: AccessPolicy
metadata: { name: engineers }
spec:
  decision: allow
  include: [ { group: platform } ]
  require: [ { emailDomain: example.com } ]
---
apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
  policies: [ engineers ]
`,
  },
  {
    name: 'server-level enabled: false, portal mapping without overrides',
    reason:
      "The portal's mapping echoes the server's `enabled: false`; it must be read as derived, not as a portal override (the examples' tickets/close_ticket in portal support).",
    yaml: `${TICKETS_SERVER}  tools: [ { name: close_ticket, enabled: false } ]
---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: support }
spec:
  hostname: support.mcp.localhost
  servers: [ { server: tickets, requireUserAuth: false } ]
`,
  },
  {
    name: "a portal's managed DNS record follows a hostname change",
    reason:
      'With spec.dns the record of the new hostname is created and the old one (ours) deleted; the zone is no portal field, so it must not read back as a change, and the records must then be in place.',
    first: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: old.eng.mcp.test
  dns: { zoneId: 0123456789abcdef0123456789abcdef }
  servers: [ { server: docs } ]
`,
    yaml: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: eng.mcp.test
  dns: { zoneId: 0123456789abcdef0123456789abcdef }
  servers: [ { server: docs } ]
`,
  },
  {
    name: 'server-level enabled: true, portal mapping without overrides',
    reason:
      'An explicit `enabled: true` on the server is echoed the same way and must not become a portal override.',
    yaml: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
  tools: [ { name: search_docs, enabled: true } ]
---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: eng.mcp.test
  servers: [ { server: docs } ]
`,
  },
  {
    name: 'name-only portal override',
    reason:
      'A portal override that sets nothing (`- name: list_sections`) is stored and echoed with no field of its own.',
    yaml: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: eng.mcp.test
  servers:
    - server: docs
      tools:
        - name: list_sections
`,
  },
  {
    name: 'overrides of a tool the upstream does not have',
    reason:
      "The portal's sync drops server- and portal-level overrides naming a tool the upstream lacks; that is not drift.",
    yaml: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
  tools: [ { name: ghost_tool, alias: phantom } ]
---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: eng.mcp.test
  servers:
    - server: docs
      tools: [ { name: ghost_tool, description: not there } ]
`,
  },
  // Shrunk counterexamples found by the property and bench/convergence-fuzz.ts (and one guard).
  {
    name: 'server-level enabled: false, portal override of another field of the same tool',
    reason:
      "The server's `enabled` is merged into the portal's own entry in the mapping response and read back as the portal's (`.enabled: false (removed)`).",
    yaml: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
  tools: [ { name: search_docs, enabled: false } ]
---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: eng.mcp.test
  servers:
    - server: docs
      tools: [ { name: search_docs, description: portal text } ]
`,
  },
  {
    name: 'server-level override of a missing prompt, then a second apply',
    reason:
      'Apply re-sends the server override the sync dropped (without a sync), and the portal mapping then echoes its `enabled` as a portal override: each apply moves the diff instead of converging.',
    yaml: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: a }
spec:
  url: "{{docs}}"
  prompts: [ { name: ghost_tool, enabled: false } ]
---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: "0" }
spec:
  hostname: Portal
  servers: [ { server: a } ]
`,
  },
  {
    name: 'portal-level override of a missing tool, portal added after the server synced',
    reason:
      'Added to an already synced server, the override is kept until the next capability sync drops it: plan is empty after apply but not after the periodic sync.',
    first: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
`,
    yaml: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: eng.mcp.test
  servers:
    - server: docs
      tools: [ { name: ghost_tool, enabled: false } ]
`,
  },
  {
    name: 'portal alias takes an upstream name the server-level alias freed',
    reason:
      'Portal over server over upstream: get_page is shown as page, so list_sections may be shown as get_page (validate agrees), yet the API refuses the portal once the server has synced.',
    first: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
  tools: [ { name: get_page, alias: page } ]
`,
    yaml: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
  tools: [ { name: get_page, alias: page } ]
---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: eng.mcp.test
  servers:
    - server: docs
      tools: [ { name: list_sections, alias: get_page } ]
`,
  },
  {
    name: 'import placeholders of two servers collide',
    reason:
      "Import names placeholders `<SERVER>_<SLOT>`: server a's header B-Token and server a-b's token both become A_B_TOKEN, so the imported manifests cannot hold both secrets.",
    yaml: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: a }
spec:
  url: "{{docs}}"
  auth: { type: bearer, headers: { B-Token: { fromEnv: DOCS_KEY } } }
---
apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: a-b }
spec:
  url: "{{paged}}"
  auth: { type: bearer, token: { fromEnv: PAGED_TOKEN } }
`,
  },
  {
    name: 'allowlist mapping enables a tool the server also enables',
    reason:
      "Under `defaultDisabled` only the portal's `enabled: true` exposes a tool; the merged `enabled` equals the server's, yet import and status must read it as the portal's allowlist entry.",
    yaml: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
  tools: [ { name: search_docs, enabled: true } ]
---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: eng.mcp.test
  servers:
    - server: docs
      defaultDisabled: true
      tools: [ { name: search_docs, enabled: true } ]
`,
  },
  {
    name: 'enabled: false at both levels',
    reason:
      "The merged `enabled: false` is both the server's and the portal's; the manifest sets it at both, so neither level's copy may be read as the other's echo.",
    yaml: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
  tools: [ { name: get_page, enabled: false } ]
---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: eng.mcp.test
  servers:
    - server: docs
      tools: [ { name: get_page, enabled: false } ]
`,
  },
  {
    name: 'two tools swap their names (guard)',
    reason:
      'Swapping names with aliases is allowed at both levels (each exposed name stays unique) and must converge.',
    yaml: `apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: docs }
spec:
  url: "{{docs}}"
  tools: [ { name: get_page, alias: list_sections }, { name: list_sections, alias: get_page } ]
---
apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: eng }
spec:
  hostname: eng.mcp.test
  servers:
    - server: docs
      tools: [ { name: search_docs, alias: compare_pages }, { name: compare_pages, alias: search_docs } ]
`,
  },
];

/**
 * The repository's examples/manifests, on the given upstreams, without their `auth.type: oauth` servers (and
 * those servers' portal mappings): those wait for an admin's authorisation, which examples/demo-authorize.test.ts
 * gives through `npm start`.
 */
export async function examplesSet(urls: UpstreamUrls, ticketsToken: string): Promise<ManifestSet> {
  const folder = join(repoRoot(), 'examples', 'manifests');
  const ports: Record<string, UpstreamName> = { '3101': 'docs', '3102': 'tickets', '3103': 'paged' };
  const docs: Doc[] = [];
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.yaml')).sort()) {
    const text = await readFile(join(folder, file), 'utf8');
    docs.push(...parseAllDocuments(text).map((d) => d.toJS() as Doc));
  }
  const isOAuth = (d: Doc) =>
    d.kind === 'McpServer' && (d.spec.auth as { type?: string } | undefined)?.type === 'oauth';
  const oauth = new Set(docs.filter(isOAuth).map((d) => d.metadata.name));
  const kept = docs
    .filter((d) => !isOAuth(d))
    .map((d) => {
      if (d.kind === 'McpServer') {
        // The examples write `${DOCS_PORT:-3101}` (substituted on load): the default names the upstream.
        const port = /127\.0\.0\.1:(?:\$\{[A-Z_]+:-)?(\d+)\}?\//.exec(String(d.spec.url))?.[1] ?? '';
        const upstream = ports[port];
        return upstream ? { ...d, spec: { ...d.spec, url: urls[upstream] } } : d;
      }
      if (d.kind === 'McpPortal') {
        const servers = (d.spec.servers as { server: string }[] | undefined)?.filter(
          (m) => !oauth.has(m.server),
        );
        return { ...d, spec: { ...d.spec, servers } };
      }
      return d;
    });
  const order: Kind[] = ['AccessGroup', 'AccessPolicy', 'McpServer', 'McpPortal'];
  kept.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return { docs: kept, ...secretsFor(kept, urls, ticketsToken) };
}
