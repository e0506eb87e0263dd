// The JSON plan document: it is the plan value itself, it round-trips exactly, and it validates
// against schemas/output/plan.schema.json (including a plan made by the real planner), while the
// schema rejects documents a consumer could misread.
import { createHmac } from 'node:crypto';
import { Ajv } from 'ajv';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/output/plan.schema.json' with { type: 'json' };
import type { Desired } from '../kinds/model.js';
import { handlerOf } from '../kinds/registry.js';
import { observe } from '../observe.js';
import { plan as makePlan } from '../plan/plan.js';
import type { Plan } from '../plan/types.js';
import { FakeApi } from '../testing/fake-api.js';
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
async function plannedPlan(): Promise<Plan> {
  const salt = Buffer.from('salt-for-tests').toString('base64url');
  const oldPrint = createHmac('sha256', Buffer.from(salt, 'base64url')).update('the-old-token').digest('hex');
  const api = new FakeApi();
  for (const id of ['tickets', 'orphan']) {
    api.addServer({
      id,
      hostname: `https://${id}.example.com/mcp`,
      auth_type: 'bearer',
      auth_config_summary: {
        has_credentials: true,
        credentials_fingerprint: `hmac-sha256:${salt}:${oldPrint}`,
      },
    } as never);
    api.addApp({
      name: id,
      type: 'mcp',
      destinations: [{ type: 'via_mcp_server_portal', mcp_server_id: id }],
      policies: [],
      tags: ['mcp-portals:default'],
    } as never);
  }
  const env = { TICKETS_TOKEN: 'the-new-token' };
  const desired: Desired[] = [
    handlerOf('AccessPolicy').fromManifest(
      {
        apiVersion: 'mcpportal/v1',
        kind: 'AccessPolicy',
        metadata: { name: 'engineers' },
        spec: { decision: 'allow', include: [{ emailDomain: 'example.com' }] },
      },
      env,
    ),
    handlerOf('McpServer').fromManifest(
      {
        apiVersion: 'mcpportal/v1',
        kind: 'McpServer',
        metadata: { name: 'tickets' },
        spec: {
          displayName: 'tickets',
          url: 'https://tickets.example.com/mcp',
          auth: { type: 'bearer', token: { fromEnv: 'TICKETS_TOKEN' } },
        },
      },
      env,
    ),
  ];
  return makePlan(desired, await observe(api.api, { owner: 'default', desired }), {
    target: { api_url: 'http://127.0.0.1:8787/client/v4', account_id: 'local', embedded: true },
    owner: 'default',
    prune: true,
    digest: 'd'.repeat(64),
    now: () => new Date('2025-06-02T09:30:00Z'),
  });
}

const documents: Record<string, Plan> = {
  ...planFixtures,
  'large (2,000)': largePlan(2000),
  planned: await plannedPlan(),
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

  it('carries the planner’s rotation as (sensitive), never the value', async () => {
    const text = renderJson(await plannedPlan());
    expect(text).toContain('"path": "spec.credentials.value"');
    expect(text).toContain('"before": "(sensitive)"');
    expect(text).not.toContain('the-new-token');
    expect(text).not.toContain('the-old-token');
    const update = (JSON.parse(text) as Plan).operations.find((o) => o.op === 'server.update');
    expect(update?.args.body).toEqual({ auth_credentials: { $secret: 'env:TICKETS_TOKEN' } });
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
      reason: '2.x documents are all major version 2',
      edit: (d: Plan) => Object.assign(d, { format_version: '2.12' }),
      valid: true,
    },
    {
      name: 'major version 1',
      reason: 'a 1.x plan has no operation graph and must be refused',
      edit: (d: Plan) => Object.assign(d, { format_version: '1.0' }),
      valid: false,
    },
    {
      name: 'operation of an unknown type',
      reason: 'operation types are a closed set in this major version',
      edit: (d: Plan) =>
        Object.assign(d, {
          operations: [{ id: 'x', op: 'server.explode', resource: 'McpServer/x', args: {}, dependsOn: [] }],
        }),
      valid: false,
    },
    {
      name: 'operation without dependencies',
      reason: 'every operation says what it waits for, even when nothing',
      edit: (d: Plan) =>
        Object.assign(d, { operations: [{ id: 'x', op: 'server.sync', resource: 'McpServer/x', args: {} }] }),
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
      name: 'DNS record of another type',
      reason: "a portal hostname's record is a proxied CNAME to Cloudflare's gateway",
      edit: (d: Plan) =>
        Object.assign(d.resources.find((r) => r.dnsRecord) as object, {
          dnsRecord: { type: 'A', name: 'x.example.com', content: '192.0.2.1', proxied: true },
        }),
      valid: false,
    },
    {
      name: 'unproxied DNS record',
      reason: 'an unproxied CNAME does not reach the portal',
      edit: (d: Plan) =>
        Object.assign(d.resources.find((r) => r.dnsRecord) as object, {
          dnsRecord: {
            type: 'CNAME',
            name: 'x.example.com',
            content: 'gateway.agents.cloudflare.com',
            proxied: false,
          },
        }),
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
