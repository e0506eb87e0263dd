// Token costs in plan consequences and portal statuses: counted over the exposed definitions (overrides
// applied) as the portal lists them, for the portal after the change; partial while a mapped server's tools
// are unknown; absent without a counter; a plan with them round-trips and validates against plan.schema.json.
import { Ajv } from 'ajv';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_MODES, toolsForMode } from '../../../schemas/context-modes.js';
import type { Manifest } from '../../../schemas/generated/manifest.js';
import planSchema from '../../../schemas/output/plan.schema.json' with { type: 'json' };
import { loadTokenCounter, type TokenCounter } from '../../../schemas/token-cost.js';
import { observe } from '../../observe.js';
import { plan } from '../../plan/plan.js';
import type { ContextCost } from '../../plan/types.js';
import { statuses } from '../../status.js';
import { FakeApi } from '../../testing/fake-api.js';
import type { Desired, KindName, ManifestOf } from '../model.js';
import { handlerOf } from '../registry.js';

// ajv-formats is CommonJS: see schemas/registry.ts.
const addFormats = addFormatsModule as unknown as FormatsPlugin;
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validatePlan = ajv.compile(planSchema);

const m = (kind: KindName, name: string, spec: Record<string, unknown>) =>
  ({ apiVersion: 'mcpportal/v1', kind, metadata: { name }, spec }) as unknown as Manifest;
const desiredOf = (list: Manifest[]): Desired[] =>
  list.map((x) => handlerOf(x.kind).fromManifest(x as ManifestOf<typeof x.kind>, {}));
const opts = {
  target: { api_url: 'http://127.0.0.1:8787/client/v4', account_id: 'a', embedded: true },
  owner: 'default',
  digest: 'd',
};

const SEARCH = {
  name: 'search',
  description: 'Searches the documentation by keywords and returns the best matching pages.',
  inputSchema: {
    type: 'object',
    properties: { query: { type: 'string', description: 'Keywords' }, limit: { type: 'integer' } },
    required: ['query'],
  },
};
const GET = {
  name: 'get_page',
  description: 'Returns one documentation page as Markdown.',
  inputSchema: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
};
const ZETA = { name: 'zeta', description: 'Last by name.', inputSchema: { type: 'object' } };

/** The live API: `docs` and `alpha` synced with tools, nothing else. */
function live(): FakeApi {
  const api = new FakeApi();
  api.addServer({ id: 'docs', tools: [SEARCH, GET] });
  api.addServer({ id: 'alpha', tools: [ZETA] });
  return api;
}

const eng = (servers: unknown[]) => m('McpPortal', 'eng', { hostname: 'eng.example.com', servers });

/** `live()` with the portal `eng` mapping `docs` already there. */
function liveWithEng(): FakeApi {
  const api = live();
  api.addPortal({
    id: 'eng',
    hostname: 'eng.example.com',
    servers: [{ server_id: 'docs', on_behalf: true, default_disabled: false }],
  } as never);
  return api;
}

/** What the context of the portal should be, counted by hand over the given definitions. */
function expected(count: TokenCounter, defs: unknown[], partial = false): ContextCost {
  const tokens = Object.fromEntries(
    CONTEXT_MODES.map((mode) => [mode, count(JSON.stringify(toolsForMode(mode, defs as never)))]),
  ) as ContextCost['tokens'];
  return { tools: defs.length, tokens, partial };
}

let count: TokenCounter;
beforeAll(async () => {
  count = await loadTokenCounter();
});

async function planOf(api: FakeApi, manifests: Manifest[], countTokens?: TokenCounter) {
  const d = desiredOf(manifests);
  return plan(d, await observe(api.api, { owner: 'default', desired: d }), {
    ...opts,
    ...(countTokens ? { countTokens } : {}),
  });
}

describe('context cost in plan consequences', () => {
  it('counts the exposed definitions (portal overrides applied) in the order the portal lists them', async () => {
    const p = await planOf(
      live(),
      [
        eng([
          { server: 'docs', tools: [{ name: 'search', alias: 'find', description: 'Finds pages.' }] },
          { server: 'alpha' },
        ]),
      ],
      count,
    );
    const [c] = p.consequences;
    // Servers by id (alpha before docs), each server's tools by upstream name, as the gateway lists them.
    const defs = [
      { ...ZETA, name: 'alpha_zeta' },
      { ...GET, name: 'docs_get_page' },
      { ...SEARCH, name: 'docs_find', description: 'Finds pages.' },
    ];
    expect(c?.context).toEqual(expected(count, defs));
  });

  it('is partial while a mapped server is unknown (being created), counting the known ones', async () => {
    const p = await planOf(
      live(),
      [
        m('McpServer', 'fresh', { url: 'https://fresh.example.com/mcp' }),
        eng([{ server: 'docs' }, { server: 'fresh' }]),
      ],
      count,
    );
    const c = p.consequences[0];
    expect(c?.unknownServers).toEqual(['fresh']);
    expect(c?.context).toEqual(
      expected(
        count,
        [
          { ...GET, name: 'docs_get_page' },
          { ...SEARCH, name: 'docs_search' },
        ],
        true,
      ),
    );
  });

  it('a tool disabled by the change lowers the cost of the portal after it', async () => {
    const before = (await planOf(live(), [eng([{ server: 'docs' }])], count)).consequences[0]?.context;
    const after = (
      await planOf(live(), [eng([{ server: 'docs', tools: [{ name: 'search', enabled: false }] }])], count)
    ).consequences[0]?.context;
    expect(after?.tools).toBe(1);
    expect(after?.tokens.full).toBeLessThan(before?.tokens.full ?? 0);
    expect(after?.tokens.code).toBe(before?.tokens.code);
  });

  it('is absent when the plan is made without a counter', async () => {
    const p = await planOf(live(), [eng([{ server: 'docs' }])]);
    expect(p.consequences[0]).not.toHaveProperty('context');
  });

  it('round-trips through JSON and validates against plan.schema.json', async () => {
    const p = await planOf(live(), [eng([{ server: 'docs' }])], count);
    expect(p.consequences[0]?.context).toBeDefined();
    const doc = JSON.parse(JSON.stringify(p));
    expect(doc).toEqual(p);
    expect(validatePlan(doc), JSON.stringify(validatePlan.errors)).toBe(true);
  });
});

describe('which portals have consequences', () => {
  it('only the portals the plan writes or whose mapped servers it writes: none when nothing changes', async () => {
    const api = liveWithEng();
    const ops = m('McpPortal', 'ops', { hostname: 'ops.example.com', servers: [{ server: 'alpha' }] });
    const unchanged = eng([{ server: 'docs' }]);
    const p = await planOf(api, [unchanged, ops], count);
    expect(p.resources.find((r) => r.name === 'eng')?.action).toBe('noop');
    expect(p.consequences.map((c) => c.portal)).toEqual(['ops']);
    expect(p.consequences[0]?.context?.tools).toBe(1);
    // The same portal once a server it maps changes (an override added to docs).
    const docs = m('McpServer', 'docs', {
      url: 'https://docs.example.com/mcp',
      tools: [{ name: 'search', enabled: false }],
    });
    const changed = await planOf(api, [unchanged, docs], count);
    expect(changed.consequences.map((c) => c.portal)).toEqual(['eng']);
  });
});

describe('context cost in portal status', () => {
  it('reports the live portal the way the plan consequences count it, only when asked to count', async () => {
    const api = liveWithEng();
    const snapshot = await observe(api.api, { owner: 'default' });
    const row = statuses(snapshot, (kind) => kind === 'McpPortal', { countTokens: count })[0];
    expect(row?.context).toEqual(
      expected(count, [
        { ...GET, name: 'docs_get_page' },
        { ...SEARCH, name: 'docs_search' },
      ]),
    );
    expect(statuses(snapshot, (kind) => kind === 'McpPortal')[0]).not.toHaveProperty('context');
  });
});
