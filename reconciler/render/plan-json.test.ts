// The JSON plan document: it is the plan value itself, it round-trips exactly, and it validates
// against schemas/output/plan.schema.json (including a plan made by the real planner), while the
// schema rejects documents a consumer could misread.
import { createHmac } from 'node:crypto';
import { Ajv } from 'ajv';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/output/plan.schema.json' with { type: 'json' };
import type { Desired, Observed, ServerSpec } from '../kinds/model.js';
import { plan as makePlan } from '../plan/plan.js';
import type { Plan } from '../plan/types.js';
import { resolveSecret } from '../secrets.js';
import { largePlan, mixedPlan, planFixtures } from './fixtures.js';
import { renderJson } from './plan-json.js';

// ajv-formats is CommonJS: see schemas/registry.ts.
const addFormats = addFormatsModule as unknown as FormatsPlugin;
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const errorsOf = (doc: unknown) =>
  validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

/** A plan made by `plan()` itself: a created policy, a server whose token rotated, an owned orphan pruned. */
function plannedPlan(): Plan {
  const server: ServerSpec = {
    displayName: 'Tickets',
    url: 'https://tickets.example.com/mcp',
    description: null,
    auth: { type: 'bearer' },
    credentials: { form: 'token', source: 'env TICKETS_TOKEN' },
    secureWebGateway: false,
    tools: [],
    prompts: [],
    policies: [],
  };
  const salt = Buffer.from('salt-for-tests').toString('base64url');
  const oldPrint = createHmac('sha256', Buffer.from(salt, 'base64url')).update('the-old-token').digest('hex');
  const desired: Desired[] = [
    {
      kind: 'AccessPolicy',
      name: 'engineers',
      spec: {
        decision: 'allow',
        include: [{ emailDomain: 'example.com' }],
        require: [],
        exclude: [],
        sessionDuration: '24h',
      },
    },
    {
      kind: 'McpServer',
      name: 'tickets',
      spec: { ...server, credentials: { form: 'token', source: 'env TICKETS_TOKEN' } },
      secrets: { token: resolveSecret({ fromEnv: 'TICKETS_TOKEN' }, { TICKETS_TOKEN: 'the-new-token' }) },
    },
  ];
  const observed: Observed<'McpServer'>[] = [
    {
      kind: 'McpServer',
      name: 'tickets',
      id: 'tickets',
      spec: { ...server, credentials: { form: 'token' } },
      app: { id: 'app-1', tags: ['mcp-portals:default'] },
      owned: true,
      facts: {
        status: 'ready',
        tools: [],
        prompts: [],
        credentialsFingerprint: `hmac-sha256:${salt}:${oldPrint}`,
      },
    },
    {
      kind: 'McpServer',
      name: 'orphan',
      id: 'orphan',
      spec: { ...server, url: 'https://orphan.example.com/mcp' },
      app: { id: 'app-2', tags: ['mcp-portals:default'] },
      owned: true,
    },
  ];
  return makePlan(
    desired,
    { policies: [], servers: observed, portals: [], policyNames: new Map(), requests: 4 },
    {
      target: { api_url: 'http://127.0.0.1:8787/client/v4', account_id: 'local', embedded: true },
      owner: 'default',
      prune: true,
      observeRequests: 4,
      digest: 'd'.repeat(64),
      now: () => new Date('2025-06-02T09:30:00Z'),
    },
  );
}

const documents: Record<string, Plan> = {
  ...planFixtures,
  'large (2,000)': largePlan(2000),
  planned: plannedPlan(),
};

describe('renderJson', () => {
  it.each(Object.entries(documents))('validates against the schema: %s', (_, plan) => {
    expect(errorsOf(JSON.parse(renderJson(plan)))).toEqual([]);
  });

  it.each(Object.entries(documents))('round-trips exactly: %s', (_, plan) => {
    const text = renderJson(plan);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(plan);
    expect(JSON.parse(JSON.stringify(plan))).toStrictEqual(plan);
  });

  it('carries the planner’s rotation as (sensitive), never the value', () => {
    const text = renderJson(plannedPlan());
    expect(text).toContain('"path": "spec.credentials.value"');
    expect(text).toContain('"before": "(sensitive)"');
    expect(text).not.toContain('the-new-token');
    expect(text).not.toContain('the-old-token');
  });
});

describe('plan.schema.json', () => {
  const doc = () => JSON.parse(JSON.stringify(mixedPlan)) as Record<string, unknown> & Plan;

  it.each([
    {
      name: 'unknown top-level key',
      reason: 'minor versions add fields; consumers ignore them',
      edit: (d: Plan) => Object.assign(d, { resource_drift: [] }),
      valid: true,
    },
    {
      name: 'newer minor version',
      reason: '1.x documents are all major version 1',
      edit: (d: Plan) => Object.assign(d, { format_version: '1.12' }),
      valid: true,
    },
    {
      name: 'major version 2',
      reason: 'a new major is breaking and must be refused',
      edit: (d: Plan) => Object.assign(d, { format_version: '2.0' }),
      valid: false,
    },
    {
      name: 'unknown action',
      reason: 'actions are a closed set in this major version',
      edit: (d: Plan) => Object.assign(d.resources[0] as object, { action: 'destroy' }),
      valid: false,
    },
    {
      name: 'change without before or after',
      reason: 'a field change says what it was or what it becomes',
      edit: (d: Plan) =>
        Object.assign(d.resources[2] as object, { changes: [{ path: 'spec.sessionDuration' }] }),
      valid: false,
    },
    {
      name: 'server with a portal spec',
      reason: 'the desired spec matches the kind',
      edit: (d: Plan) => Object.assign(d.resources[4] as object, { desired: d.resources[9]?.desired }),
      valid: false,
    },
    {
      name: 'missing count',
      reason: 'the summary counts every action',
      edit: (d: Plan) => Object.assign(d, { summary: { create: 1, update: 0, replace: 0, delete: 0 } }),
      valid: false,
    },
    {
      name: 'bad timestamp',
      reason: 'created_at is RFC 3339',
      edit: (d: Plan) => Object.assign(d, { created_at: 'yesterday' }),
      valid: false,
    },
    {
      name: 'diagnostic at line 0',
      reason: 'source positions are 1-based',
      edit: (d: Plan) =>
        Object.assign(d.diagnostics[1] as object, {
          source: { file: 'a.yaml', start: { line: 0, column: 1 }, end: { line: 1, column: 1 } },
        }),
      valid: false,
    },
  ])('$name: $reason', ({ edit, valid }) => {
    const d = doc();
    edit(d);
    expect(validate(d)).toBe(valid);
  });
});
