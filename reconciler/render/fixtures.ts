/**
 * Hand-built, realistic Plan values for the renderer tests: a mixed plan (creates, updates with field
 * diffs, a replace, deletes, an adoption, unmanaged objects, a credential rotation, consequences and
 * diagnostics), a plan with no changes, an errored plan, a rotation-only plan, and a generator of
 * large plans. Test data only: nothing here is used at run time.
 */
import type { PolicySpec, PortalSpec, ServerSpec } from '../kinds/model.js';
import type { Action, Plan, PortalConsequence, ResourceChange } from '../plan/types.js';

const CLOUDFLARE = {
  api_url: 'https://api.cloudflare.com/client/v4',
  account_id: '023e105f4ecef8ad9ca31a8372d0c353',
  embedded: false,
};
const EMBEDDED = { api_url: 'http://127.0.0.1:8787/client/v4', account_id: 'local', embedded: true };
const DIGEST = '9c1185a5c5e9fc54612808977ee8f548b2258d31f3a6d7e1b1d3a3f1a4f0a6b2';
const CREATED_AT = '2025-06-02T09:30:00.000Z';

/** Counts per action, as `plan()` computes them. */
export function summarise(resources: readonly ResourceChange[]): Record<Action, number> {
  const summary: Record<Action, number> = { create: 0, update: 0, replace: 0, delete: 0, noop: 0 };
  for (const r of resources) summary[r.action]++;
  return summary;
}

const ciBots: PolicySpec = {
  decision: 'non_identity',
  include: [{ anyValidServiceToken: true }],
  require: [],
  exclude: [],
  sessionDuration: '24h',
};

const tickets: ServerSpec = {
  displayName: 'Support Tickets',
  url: 'https://tickets.example.com/mcp',
  description: 'Create, list and close support tickets',
  auth: { type: 'bearer' },
  credentials: { form: 'token', source: 'env TICKETS_TOKEN' },
  secureWebGateway: false,
  tools: [{ name: 'close_ticket', enabled: false }],
  prompts: [],
  policies: ['support-team'],
};

const docs: ServerSpec = {
  displayName: 'Product Docs',
  url: 'https://docs.example.com/mcp',
  description: 'Search and read the product documentation, including the API reference',
  auth: { type: 'unauthenticated' },
  credentials: { form: 'none' },
  secureWebGateway: false,
  tools: [
    { name: 'search_docs', alias: 'search', description: 'Full-text search over the product documentation' },
  ],
  prompts: [],
  policies: ['engineers', 'support-team'],
};

const github: ServerSpec = {
  displayName: 'GitHub',
  url: 'https://api.githubcopilot.com/mcp/',
  auth: {
    type: 'oauth',
    clientId: 'Iv1.8a61f9b3a7aba766',
    authorizationEndpoint: 'https://github.com/login/oauth/authorize',
    tokenEndpoint: 'https://github.com/login/oauth/access_token',
    sharedCallback: false,
  },
  credentials: { form: 'oauth-client', source: 'env GITHUB_CLIENT_SECRET' },
  secureWebGateway: true,
  tools: [],
  prompts: [],
  policies: ['engineers'],
};

const support: PortalSpec = {
  displayName: 'Support',
  hostname: 'support.mcp.example.com',
  codeMode: 'off',
  secureWebGateway: false,
  policies: ['support-team', 'ci-bots'],
  servers: [
    {
      server: 'docs',
      requireUserAuth: false,
      defaultDisabled: true,
      tools: [{ name: 'search_docs', enabled: true }],
      prompts: [],
    },
    { server: 'tickets', requireUserAuth: false, defaultDisabled: false, tools: [], prompts: [] },
  ],
};

const engineering: PortalSpec = {
  displayName: 'Engineering',
  hostname: 'engineering.mcp.example.com',
  description: 'Everything engineers need in one place',
  codeMode: 'opt_in',
  secureWebGateway: false,
  policies: ['engineers', 'block-contractors'],
  servers: [
    { server: 'docs', requireUserAuth: false, defaultDisabled: false, tools: [], prompts: [] },
    {
      server: 'catalog',
      requireUserAuth: false,
      defaultDisabled: false,
      tools: [{ name: 'list_services', alias: 'services' }],
      prompts: [],
    },
    { server: 'github', requireUserAuth: true, defaultDisabled: false, tools: [], prompts: [] },
  ],
};

/** The tool name in the fixtures that is longer than 64 characters once prefixed. */
export const LONG_TOOL = 'catalog_describe_service_dependencies_including_transitive_runtime_dependencies';

const mixedResources: ResourceChange[] = [
  {
    kind: 'AccessPolicy',
    name: 'ci-bots',
    action: 'create',
    reason: 'not in the live state',
    changes: [],
    desired: ciBots,
  },
  {
    kind: 'AccessPolicy',
    name: 'engineers',
    action: 'noop',
    changes: [],
    id: 'f174e90a-fafe-4643-bbbc-4a0ed4fc8415',
  },
  {
    kind: 'AccessPolicy',
    name: 'support-team',
    action: 'update',
    changes: [
      { path: 'spec.require[0].emailDomain', before: 'example.org', after: 'example.com' },
      { path: 'spec.sessionDuration', before: '24h', after: '12h' },
    ],
    id: '5a1d2a8e-3c0b-4d1e-9a8b-6f3e2c1d0b9a',
    desired: {
      decision: 'allow',
      include: [{ group: 'support' }],
      require: [{ emailDomain: 'example.com' }],
      exclude: [],
      sessionDuration: '12h',
    },
  },
  {
    kind: 'McpServer',
    name: 'catalog',
    action: 'noop',
    changes: [],
    id: 'catalog',
    app: { action: 'noop', id: '7d0c1b2a-4e5f-4a6b-8c9d-0e1f2a3b4c5d' },
    adopt: true,
  },
  {
    kind: 'McpServer',
    name: 'docs',
    action: 'update',
    changes: [
      {
        path: 'spec.description',
        before: 'Search and read the product documentation',
        after: 'Search and read the product documentation, including the API reference',
      },
      { path: 'spec.policies', before: ['engineers'], after: ['engineers', 'support-team'] },
      { path: 'spec.tools[fetch_page]', before: { name: 'fetch_page', enabled: false } },
      { path: 'spec.tools[search_docs].alias', after: 'search' },
    ],
    id: 'docs',
    desired: docs,
    app: { action: 'update', id: '0b6f0c1e-2d3a-4b5c-9d8e-7f6a5b4c3d2e' },
  },
  {
    kind: 'McpServer',
    name: 'github',
    action: 'replace',
    reason: 'spec.url cannot change in place',
    changes: [
      { path: 'spec.secureWebGateway', before: false, after: true },
      {
        path: 'spec.url',
        before: 'https://github-mcp.internal.example.com/mcp',
        after: 'https://api.githubcopilot.com/mcp/',
      },
    ],
    replaceFields: ['spec.url'],
    id: 'github',
    desired: github,
    app: { action: 'update', id: 'c3d2e1f0-a9b8-4c7d-8e6f-5a4b3c2d1e0f' },
    sendCredentials: true,
    sync: true,
    detachFrom: ['engineering'],
  },
  {
    kind: 'McpServer',
    name: 'tickets',
    action: 'update',
    changes: [{ path: 'spec.credentials.value', before: '(sensitive)', after: '(sensitive)' }],
    id: 'tickets',
    desired: tickets,
    app: { action: 'noop', id: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' },
    sendCredentials: true,
    sync: true,
  },
  {
    kind: 'McpServer',
    name: 'wiki',
    action: 'create',
    reason: 'not in the live state',
    changes: [],
    desired: {
      displayName: 'Team Wiki',
      url: 'https://wiki.example.com/mcp',
      description: 'Read-only access to the team wiki',
      auth: { type: 'bearer' },
      credentials: { form: 'headers', headerNames: ['X-Wiki-Key'], source: 'X-Wiki-Key: env WIKI_KEY' },
      secureWebGateway: false,
      tools: [],
      prompts: [],
      policies: ['engineers'],
    },
    app: { action: 'create' },
    sendCredentials: true,
    sync: true,
  },
  {
    kind: 'McpPortal',
    name: 'engineering',
    action: 'update',
    changes: [
      { path: 'spec.servers[catalog].tools[list_services].alias', after: 'services' },
      {
        path: 'spec.servers[github]',
        after: { server: 'github', requireUserAuth: true, defaultDisabled: false, tools: [], prompts: [] },
      },
      {
        path: 'spec.servers[legacy-jira]',
        before: {
          server: 'legacy-jira',
          requireUserAuth: true,
          defaultDisabled: false,
          tools: [],
          prompts: [],
        },
      },
    ],
    id: 'engineering',
    desired: engineering,
    app: { action: 'noop', id: '2f3e4d5c-6b7a-4899-aabb-ccddeeff0011' },
  },
  {
    kind: 'McpPortal',
    name: 'support',
    action: 'create',
    reason: 'not in the live state',
    changes: [],
    desired: support,
    app: { action: 'create' },
    dnsRecord: {
      type: 'CNAME',
      name: support.hostname,
      content: 'gateway.agents.cloudflare.com',
      proxied: true,
    },
  },
  {
    kind: 'McpPortal',
    name: 'sandbox',
    action: 'delete',
    reason: 'not in the manifests, and owned by this tool',
    changes: [],
    id: 'sandbox',
    app: { action: 'delete', id: '3a4b5c6d-7e8f-4091-a2b3-c4d5e6f70812' },
  },
  {
    kind: 'McpServer',
    name: 'legacy-jira',
    action: 'delete',
    reason: 'not in the manifests, and owned by this tool',
    changes: [],
    id: 'legacy-jira',
    app: { action: 'delete', id: '4b5c6d7e-8f90-41a2-b3c4-d5e6f7081923' },
    detachFrom: ['engineering'],
  },
];

const engineeringConsequence: PortalConsequence = {
  portal: 'engineering',
  tools: [
    { name: LONG_TOOL, server: 'catalog', upstream: LONG_TOOL.slice('catalog_'.length) },
    { name: 'catalog_services', server: 'catalog', upstream: 'list_services' },
    { name: 'docs_search', server: 'docs', upstream: 'search_docs' },
  ],
  prompts: [{ name: 'docs_summarise_page', server: 'docs', upstream: 'summarise_page' }],
  addedTools: ['docs_search'],
  removedTools: ['docs_fetch_page', 'legacy-jira_create_issue'],
  unknownServers: ['github'],
  longNames: [LONG_TOOL],
};

const supportConsequence: PortalConsequence = {
  portal: 'support',
  tools: [{ name: 'docs_search', server: 'docs', upstream: 'search_docs' }],
  prompts: [],
  addedTools: ['docs_search'],
  removedTools: [],
  unknownServers: ['tickets'],
  longNames: [],
};

/** Everything a plan can hold. */
export const mixedPlan: Plan = {
  format_version: '2.0',
  created_at: CREATED_AT,
  target: CLOUDFLARE,
  owner: 'default',
  prune: true,
  errored: false,
  diagnostics: [
    {
      severity: 'warning',
      code: 'plan/delete-blocked',
      message: 'McpServer old-search is kept: portal partners still maps it and is not managed here',
    },
    {
      severity: 'warning',
      code: 'portal/long-tool-name',
      message: `tool "${LONG_TOOL}" is longer than 64 characters; some MCP clients reject it`,
      detail: 'Give it a shorter alias in spec.servers[catalog].tools.',
      path: '/spec/servers/1',
      source: {
        file: 'manifests/portals.yaml',
        start: { line: 14, column: 7 },
        end: { line: 17, column: 1 },
      },
    },
  ],
  resources: mixedResources,
  unmanaged: [
    { kind: 'McpPortal', name: 'sandbox', id: 'sandbox', owned: true },
    { kind: 'McpServer', name: 'legacy-jira', id: 'legacy-jira', owned: true },
    { kind: 'McpServer', name: 'old-search', id: 'old-search', owned: true },
    { kind: 'McpServer', name: 'hand-made', id: 'hand-made', owned: false },
    {
      kind: 'AccessPolicy',
      name: 'Contractors (manual)',
      id: '99aa88bb-77cc-46dd-85ee-44ff33aa22bb',
      owned: false,
    },
  ],
  consequences: [engineeringConsequence, supportConsequence],
  summary: summarise(mixedResources),
  api_calls: { observe: 5, apply_estimate: 21 },
  operations: [],
  observed_digest: DIGEST,
};

const steadyResources: ResourceChange[] = [
  {
    kind: 'AccessPolicy',
    name: 'engineers',
    action: 'noop',
    changes: [],
    id: 'f174e90a-fafe-4643-bbbc-4a0ed4fc8415',
  },
  {
    kind: 'McpServer',
    name: 'docs',
    action: 'noop',
    changes: [],
    id: 'docs',
    app: { action: 'noop', id: 'a1' },
  },
  {
    kind: 'McpPortal',
    name: 'engineering',
    action: 'noop',
    changes: [],
    id: 'engineering',
    app: { action: 'noop', id: 'a2' },
  },
];

/** Live state matches the manifests; a hand-made server exists beside them. */
export const noChangesPlan: Plan = {
  format_version: '2.0',
  created_at: CREATED_AT,
  target: EMBEDDED,
  owner: 'default',
  prune: false,
  errored: false,
  diagnostics: [],
  resources: steadyResources,
  unmanaged: [{ kind: 'McpServer', name: 'scratch', id: 'scratch', owned: true }],
  consequences: [
    {
      portal: 'engineering',
      tools: [{ name: 'docs_search', server: 'docs', upstream: 'search_docs' }],
      prompts: [],
      addedTools: [],
      removedTools: [],
      unknownServers: [],
      longNames: [],
    },
  ],
  summary: summarise(steadyResources),
  api_calls: { observe: 4, apply_estimate: 0 },
  operations: [],
  observed_digest: DIGEST,
};

const rotationResources: ResourceChange[] = [
  {
    kind: 'McpServer',
    name: 'tickets',
    action: 'update',
    changes: [{ path: 'spec.credentials.value', before: '(sensitive)', after: '(sensitive)' }],
    id: 'tickets',
    desired: tickets,
    app: { action: 'noop', id: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' },
    sendCredentials: true,
    sync: true,
  },
];

/** Only a rotated bearer token: the plan knows it changed, never what it is. */
export const rotationPlan: Plan = {
  format_version: '2.0',
  created_at: CREATED_AT,
  target: EMBEDDED,
  owner: 'default',
  prune: false,
  errored: false,
  diagnostics: [],
  resources: rotationResources,
  unmanaged: [],
  consequences: [],
  summary: summarise(rotationResources),
  api_calls: { observe: 4, apply_estimate: 4 },
  operations: [],
  observed_digest: DIGEST,
};

const erroredResources: ResourceChange[] = [
  {
    kind: 'McpServer',
    name: 'tickets',
    action: 'create',
    reason: 'not in the live state',
    changes: [],
    desired: tickets,
    app: { action: 'create' },
    sendCredentials: true,
    sync: true,
  },
];

/** A plan that cannot be applied: a secret reference does not resolve. */
export const erroredPlan: Plan = {
  format_version: '2.0',
  created_at: CREATED_AT,
  target: CLOUDFLARE,
  owner: 'default',
  prune: false,
  errored: true,
  diagnostics: [
    {
      severity: 'error',
      code: 'secret/unresolved',
      message: 'McpServer tickets: environment variable TICKETS_TOKEN is not set',
      suggestion: 'TICKET_TOKEN',
      path: '/spec/auth/token/fromEnv',
      source: {
        file: 'manifests/servers.yaml',
        start: { line: 24, column: 18 },
        end: { line: 24, column: 31 },
      },
    },
    {
      severity: 'warning',
      code: 'portal/unknown-capability',
      message:
        'McpPortal support: tool "close_ticket" is not offered by tickets (100% of its tools are disabled)',
      detail: 'Known tools: create_ticket, list_tickets.\nRun `portalctl sync tickets` to refresh them.',
      source: { file: 'manifests/a, b: c.yaml', start: { line: 3, column: 9 }, end: { line: 3, column: 21 } },
    },
  ],
  resources: erroredResources,
  unmanaged: [],
  consequences: [],
  summary: summarise(erroredResources),
  api_calls: { observe: 5, apply_estimate: 4 },
  operations: [],
  observed_digest: DIGEST,
};

/** No manifests and an empty account. */
export const emptyPlan: Plan = {
  format_version: '2.0',
  created_at: CREATED_AT,
  target: EMBEDDED,
  owner: 'default',
  prune: false,
  errored: false,
  diagnostics: [],
  resources: [],
  unmanaged: [],
  consequences: [],
  summary: summarise([]),
  api_calls: { observe: 3, apply_estimate: 0 },
  operations: [],
  observed_digest: DIGEST,
};

/**
 * A plan of `n` servers (cycling create, update, replace, delete, noop), each update carrying a large
 * tool-override diff, plus one portal exposing every server's tools.
 */
export function largePlan(n: number): Plan {
  const actions: Action[] = ['create', 'update', 'replace', 'delete', 'noop'];
  const resources: ResourceChange[] = [];
  for (let i = 0; i < n; i++) {
    const name = `server-${String(i).padStart(5, '0')}`;
    const action = actions[i % actions.length] as Action;
    const spec: ServerSpec = { ...docs, displayName: `Server ${i}`, url: `https://s${i}.example.com/mcp` };
    const base = { kind: 'McpServer' as const, name, action, id: name };
    if (action === 'create')
      resources.push({ ...base, changes: [], desired: spec, app: { action: 'create' }, sync: true });
    if (action === 'update') {
      const changes = Array.from({ length: 2 + (i % 13) }, (_, t) => ({
        path: `spec.tools[tool_${t}].description`,
        before: `Old description of tool ${t} on ${name}`,
        after: `New description of tool ${t} on ${name}, with more detail`,
      }));
      resources.push({ ...base, changes, desired: spec, app: { action: 'noop', id: `app-${i}` } });
    }
    if (action === 'replace') {
      resources.push({
        ...base,
        reason: 'spec.url cannot change in place',
        changes: [{ path: 'spec.url', before: `https://old-${i}.example.com/mcp`, after: spec.url }],
        replaceFields: ['spec.url'],
        desired: spec,
        app: { action: 'update', id: `app-${i}` },
        sync: true,
      });
    }
    if (action === 'delete') {
      resources.push({ ...base, reason: 'not in the manifests, and owned by this tool', changes: [] });
    }
    if (action === 'noop') resources.push({ ...base, changes: [] });
  }
  const tools = resources
    .filter((r) => r.action !== 'delete')
    .flatMap((r) =>
      ['search', 'fetch', 'list'].map((t) => ({ name: `${r.name}_${t}`, server: r.name, upstream: t })),
    );
  return {
    format_version: '2.0',
    created_at: CREATED_AT,
    target: CLOUDFLARE,
    owner: 'default',
    prune: true,
    errored: false,
    diagnostics: [],
    resources,
    unmanaged: resources
      .filter((r) => r.action === 'delete')
      .map((r) => ({ kind: r.kind, name: r.name, id: r.name, owned: true })),
    consequences: [
      {
        portal: 'everything',
        tools,
        prompts: [],
        addedTools: tools.filter((_, i) => i % 7 === 0).map((t) => t.name),
        removedTools: resources.filter((r) => r.action === 'delete').map((r) => `${r.name}_search`),
        unknownServers: resources.filter((r) => r.action === 'create').map((r) => r.name),
        longNames: [],
      },
    ],
    summary: summarise(resources),
    api_calls: { observe: Math.ceil(n / 100) + 3, apply_estimate: n },
    operations: [],
    observed_digest: DIGEST,
  };
}

/** Every fixture by name, for table-driven tests. */
export const planFixtures: Record<string, Plan> = {
  mixed: mixedPlan,
  'no changes': noChangesPlan,
  rotation: rotationPlan,
  errored: erroredPlan,
  empty: emptyPlan,
  large: largePlan(50),
};
