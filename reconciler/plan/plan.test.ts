// Table-driven tests of the pure planner: desired and observed specs in, actions and field changes out.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Desired, Observed, PolicySpec, PortalSpec, ServerSpec } from '../kinds/model.js';
import type { Snapshot } from '../observe.js';
import { Secret } from '../secrets.js';
import { plan } from './plan.js';

const serverSpec = (over: Partial<ServerSpec> = {}): ServerSpec => ({
  displayName: 'Docs',
  url: 'https://docs.example.com/mcp',
  description: null,
  auth: { type: 'unauthenticated' },
  credentials: { form: 'none' },
  secureWebGateway: false,
  tools: [],
  prompts: [],
  policies: ['engineers'],
  ...over,
});
const portalSpec = (over: Partial<PortalSpec> = {}): PortalSpec => ({
  displayName: 'Eng',
  hostname: 'eng.example.com',
  description: null,
  codeMode: 'opt_in',
  secureWebGateway: false,
  policies: ['engineers'],
  servers: [],
  ...over,
});
const policySpec: PolicySpec = {
  decision: 'allow',
  include: [{ everyone: true }],
  require: [],
  exclude: [],
  sessionDuration: '24h',
};

const desiredServer = (
  spec: ServerSpec,
  name = 'docs',
  secrets?: Desired<'McpServer'>['secrets'],
): Desired => ({
  kind: 'McpServer',
  name,
  spec,
  ...(secrets ? { secrets } : {}),
});
const liveServer = (spec: ServerSpec, over: Partial<Observed<'McpServer'>> = {}): Observed<'McpServer'> => ({
  kind: 'McpServer',
  name: 'docs',
  id: 'docs',
  spec,
  owned: true,
  app: { id: 'app-1', tags: ['mcp-portals:default'] },
  facts: {
    status: 'ready',
    tools: [{ name: 'search' }],
    prompts: [],
    lastSuccessfulSync: '2026-01-01T00:00:00Z',
  },
  ...over,
});
const snapshot = (over: Partial<Snapshot> = {}): Snapshot => ({
  policies: [{ kind: 'AccessPolicy', name: 'engineers', id: 'p-1', spec: policySpec, owned: true }],
  servers: [],
  portals: [],
  policyNames: new Map([['p-1', 'engineers']]),
  requests: 4,
  ...over,
});
const policy: Desired = { kind: 'AccessPolicy', name: 'engineers', spec: policySpec };
const opts = {
  target: { api_url: 'x', account_id: 'a', embedded: true },
  owner: 'default',
  observeRequests: 4,
  digest: 'd',
};

interface Case {
  name: string;
  reason: string;
  desired: Desired[];
  observed: Partial<Snapshot>;
  prune?: boolean;
  want: { name: string; action: string; changes?: string[]; sendCredentials?: boolean }[];
}

const fp = (value: string) => {
  const salt = Buffer.from('salt');
  return `hmac-sha256:${salt.toString('base64url')}:${createHmac('sha256', salt).update(value).digest('hex')}`;
};

const cases: Case[] = [
  {
    name: 'plan:noop-when-equal',
    reason: 'server-owned facts (tools, status, timestamps) never cause a diff',
    desired: [policy, desiredServer(serverSpec())],
    observed: { servers: [liveServer(serverSpec())] },
    want: [
      { name: 'engineers', action: 'noop' },
      { name: 'docs', action: 'noop' },
    ],
  },
  {
    name: 'plan:update-field',
    reason: 'a changed description is an in-place update with a field diff',
    desired: [policy, desiredServer(serverSpec({ description: 'new' }))],
    observed: { servers: [liveServer(serverSpec())] },
    want: [
      { name: 'engineers', action: 'noop' },
      { name: 'docs', action: 'update', changes: ['spec.description'] },
    ],
  },
  {
    name: 'plan:replace-on-url',
    reason: 'the API cannot change a server url in place',
    desired: [policy, desiredServer(serverSpec({ url: 'https://other.example.com/mcp' }))],
    observed: { servers: [liveServer(serverSpec())] },
    want: [
      { name: 'engineers', action: 'noop' },
      { name: 'docs', action: 'replace', changes: ['spec.url'] },
    ],
  },
  {
    name: 'plan:replace-on-auth-type',
    reason: 'nor its auth type',
    desired: [policy, desiredServer(serverSpec({ auth: { type: 'oauth', sharedCallback: false } }))],
    observed: { servers: [liveServer(serverSpec())] },
    want: [
      { name: 'engineers', action: 'noop' },
      { name: 'docs', action: 'replace', changes: ['spec.auth.sharedCallback', 'spec.auth.type'] },
    ],
  },
  {
    name: 'plan:overrides-are-a-set',
    reason: 'overrides are keyed by name, so their order never matters',
    desired: [
      policy,
      desiredServer(
        serverSpec({
          tools: [
            { name: 'a', alias: 'x' },
            { name: 'b', enabled: false },
          ],
        }),
      ),
    ],
    observed: {
      servers: [
        liveServer(
          serverSpec({
            tools: [
              { name: 'b', enabled: false },
              { name: 'a', alias: 'x' },
            ].sort((p, q) => p.name.localeCompare(q.name)),
          }),
        ),
      ],
    },
    want: [
      { name: 'engineers', action: 'noop' },
      { name: 'docs', action: 'noop' },
    ],
  },
  {
    name: 'plan:override-field-path',
    reason: 'a changed alias is reported under the tool it belongs to',
    desired: [policy, desiredServer(serverSpec({ tools: [{ name: 'a', alias: 'y' }] }))],
    observed: { servers: [liveServer(serverSpec({ tools: [{ name: 'a', alias: 'x' }] }))] },
    want: [
      { name: 'engineers', action: 'noop' },
      { name: 'docs', action: 'update', changes: ['spec.tools[a].alias'] },
    ],
  },
  {
    name: 'plan:policy-order-is-precedence',
    reason: 'the order of policies is their precedence, so it is compared',
    desired: [
      policy,
      { kind: 'AccessPolicy', name: 'bots', spec: policySpec },
      desiredServer(serverSpec({ policies: ['bots', 'engineers'] })),
    ],
    observed: {
      policies: [
        { kind: 'AccessPolicy', name: 'engineers', id: 'p-1', spec: policySpec, owned: true },
        { kind: 'AccessPolicy', name: 'bots', id: 'p-2', spec: policySpec, owned: true },
      ],
      servers: [liveServer(serverSpec({ policies: ['engineers', 'bots'] }))],
    },
    want: [
      { name: 'bots', action: 'noop' },
      { name: 'engineers', action: 'noop' },
      { name: 'docs', action: 'update', changes: ['spec.policies'] },
    ],
  },
  {
    name: 'plan:portal-servers-are-a-set',
    reason: 'portal mappings are keyed by server id; the API returns its own order',
    desired: [
      policy,
      {
        kind: 'McpPortal',
        name: 'eng',
        spec: portalSpec({
          servers: [
            { server: 'a', requireUserAuth: true, defaultDisabled: false, tools: [], prompts: [] },
            { server: 'b', requireUserAuth: false, defaultDisabled: false, tools: [], prompts: [] },
          ],
        }),
      },
    ],
    observed: {
      portals: [
        {
          kind: 'McpPortal',
          name: 'eng',
          id: 'eng',
          owned: true,
          app: { id: 'app-2', tags: [] },
          spec: portalSpec({
            servers: [
              { server: 'a', requireUserAuth: true, defaultDisabled: false, tools: [], prompts: [] },
              { server: 'b', requireUserAuth: true, defaultDisabled: false, tools: [], prompts: [] },
            ],
          }),
        },
      ],
    },
    want: [
      { name: 'engineers', action: 'noop' },
      { name: 'eng', action: 'update', changes: ['spec.servers[b].requireUserAuth'] },
    ],
  },
  {
    name: 'plan:rotation-detected-by-fingerprint',
    reason: 'a published fingerprint that does not match the resolved secret means the value changed',
    desired: [
      policy,
      desiredServer(
        serverSpec({ auth: { type: 'bearer' }, credentials: { form: 'token', source: 'env T' } }),
        'docs',
        {
          token: { ok: true, secret: new Secret('new-token') },
        },
      ),
    ],
    observed: {
      servers: [
        liveServer(serverSpec({ auth: { type: 'bearer' }, credentials: { form: 'token' } }), {
          facts: { status: 'ready', tools: [], prompts: [], credentialsFingerprint: fp('old-token') },
        }),
      ],
    },
    want: [
      { name: 'engineers', action: 'noop' },
      { name: 'docs', action: 'update', changes: ['spec.credentials.value'], sendCredentials: true },
    ],
  },
  {
    name: 'plan:no-rotation-when-fingerprint-matches',
    reason: 'the same secret is not sent again',
    desired: [
      policy,
      desiredServer(
        serverSpec({ auth: { type: 'bearer' }, credentials: { form: 'token', source: 'env T' } }),
        'docs',
        {
          token: { ok: true, secret: new Secret('same') },
        },
      ),
    ],
    observed: {
      servers: [
        liveServer(serverSpec({ auth: { type: 'bearer' }, credentials: { form: 'token' } }), {
          facts: { status: 'ready', tools: [], prompts: [], credentialsFingerprint: fp('same') },
        }),
      ],
    },
    want: [
      { name: 'engineers', action: 'noop' },
      { name: 'docs', action: 'noop' },
    ],
  },
  {
    name: 'plan:missing-app-without-policies-is-noop',
    reason: 'no app and an app with no policies both admit no one',
    desired: [policy, desiredServer(serverSpec({ policies: [] }))],
    observed: { servers: [liveServer(serverSpec({ policies: [] }), { app: undefined, owned: false })] },
    want: [
      { name: 'engineers', action: 'noop' },
      { name: 'docs', action: 'noop' },
    ],
  },
  {
    name: 'plan:prune-owned-only',
    reason: "with prune, only objects tagged as this tool's are deleted",
    desired: [policy],
    observed: {
      servers: [
        liveServer(serverSpec()),
        liveServer(serverSpec(), { name: 'manual', id: 'manual', owned: false, app: undefined }),
      ],
    },
    prune: true,
    want: [
      { name: 'engineers', action: 'noop' },
      { name: 'docs', action: 'delete' },
    ],
  },
  {
    name: 'plan:no-delete-without-prune',
    reason: 'without prune nothing outside the manifests is deleted',
    desired: [policy],
    observed: { servers: [liveServer(serverSpec())] },
    want: [{ name: 'engineers', action: 'noop' }],
  },
];

describe('plan', () => {
  it.each(cases)('$name', ({ desired, observed, prune, want, reason }) => {
    const p = plan(desired, snapshot(observed), { ...opts, prune });
    const got = p.resources.map((r) => ({
      name: r.name,
      action: r.action,
      ...(r.changes.length ? { changes: r.changes.map((c) => c.path).sort() } : {}),
      ...(r.sendCredentials ? { sendCredentials: true } : {}),
    }));
    expect(got, reason).toEqual(want);
  });

  it('is a plain value: JSON round-trips it exactly and it holds no secret', () => {
    const desired = [
      policy,
      desiredServer(
        serverSpec({ auth: { type: 'bearer' }, credentials: { form: 'token', source: 'env T' } }),
        'docs',
        {
          token: { ok: true, secret: new Secret('super-secret-value') },
        },
      ),
    ];
    const p = plan(desired, snapshot(), opts);
    const json = JSON.stringify(p);
    expect(JSON.parse(json)).toEqual(p);
    expect(json).not.toContain('super-secret-value');
  });

  it('lists unmanaged objects with their ownership', () => {
    const p = plan([policy], snapshot({ servers: [liveServer(serverSpec(), { owned: false })] }), opts);
    expect(p.unmanaged).toEqual([{ kind: 'McpServer', name: 'docs', id: 'docs', owned: false }]);
  });
});
