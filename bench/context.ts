/**
 * Benchmark: what a portal's `tools/list` costs a connection in each context mode (o200k_base tokens of the
 * exact JSON served, `schemas/token-cost.ts`), for (a) the example upstreams (docs, tickets, paged), listed by
 * a real SDK client over HTTP, (b) `@modelcontextprotocol/server-everything` over stdio, and (c) a synthetic,
 * deterministic 2,000-tool catalog. Tool names are exposed as the portal exposes them (`{server}_{name}`).
 * Prints one table with the ratios full / mode, and whether the targets hold; numbers, not pass/fail.
 * `node --import tsx bench/context.ts`.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { isMain } from '../examples/upstreams/cli.js';
import { startDocsUpstream, startPagedUpstream, startTicketsUpstream } from '../examples/upstreams/index.js';
import type { ContextMode } from '../schemas/context-modes.js';
import { type ContextCosts, contextCosts } from '../schemas/token-cost.js';

const SYNTHETIC_TOOLS = 2000;
const SYNTHETIC_SERVERS = 40;

export interface ContextBenchRow {
  catalog: string;
  costs: ContextCosts;
}

/** Every tool of a client's server (following pages), exposed as `{serverId}_{name}`. */
async function listAll(client: Client, serverId: string): Promise<Tool[]> {
  const tools: Tool[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.listTools(cursor !== undefined ? { cursor } : {});
    tools.push(...page.tools);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return tools.map((t) => ({ ...t, name: `${serverId}_${t.name}` }));
}

async function httpTools(
  url: string,
  serverId: string,
  headers: Record<string, string> = {},
): Promise<Tool[]> {
  const client = new Client({ name: 'bench-context', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  try {
    return await listAll(client, serverId);
  } finally {
    await client.close();
  }
}

/** (a) The example upstreams, started on free ports and listed over Streamable HTTP. */
async function exampleTools(): Promise<Tool[]> {
  const [docs, tickets, paged] = await Promise.all([
    startDocsUpstream({ port: 0 }),
    startTicketsUpstream({ port: 0 }),
    startPagedUpstream({ port: 0 }),
  ]);
  try {
    return [
      ...(await httpTools(docs.url, 'docs')),
      ...(await httpTools(paged.url, 'paged')),
      ...(await httpTools(tickets.url, 'tickets', { authorization: `Bearer ${tickets.token}` })),
    ];
  } finally {
    await Promise.all([docs.close(), tickets.close(), paged.close()]);
  }
}

/** (b) server-everything, spawned over stdio. */
async function everythingTools(): Promise<Tool[]> {
  const pkg = createRequire(import.meta.url).resolve('@modelcontextprotocol/server-everything/package.json');
  const client = new Client({ name: 'bench-context', version: '1.0.0' });
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [join(dirname(pkg), 'dist/index.js'), 'stdio'],
      stderr: 'ignore',
    }),
  );
  try {
    return await listAll(client, 'everything');
  } finally {
    await client.close();
  }
}

/** A small deterministic PRNG (mulberry32), so the synthetic catalog is the same on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['list', 'get', 'create', 'update', 'delete', 'search', 'archive', 'assign', 'export', 'sync'];
const NOUNS = [
  'issue',
  'pull_request',
  'deployment',
  'incident',
  'invoice',
  'customer',
  'ticket',
  'dashboard',
  'alert',
  'pipeline',
  'repository',
  'document',
  'calendar_event',
  'contact',
  'order',
  'subscription',
  'runbook',
  'metric',
  'feature_flag',
  'user',
];
const FIELDS: [string, Record<string, unknown>][] = [
  [
    'id',
    { type: 'string', description: 'The unique identifier of the object, as returned by the list tool.' },
  ],
  ['query', { type: 'string', description: 'Free-text search terms; matched against titles and bodies.' }],
  [
    'limit',
    { type: 'integer', minimum: 1, maximum: 100, description: 'Maximum number of results (default 20).' },
  ],
  ['cursor', { type: 'string', description: 'Opaque cursor from a previous page; omit for the first page.' }],
  [
    'status',
    { type: 'string', enum: ['open', 'in_progress', 'blocked', 'closed'], description: 'Filter by status.' },
  ],
  ['owner', { type: 'string', format: 'email', description: 'Email address of the person responsible.' }],
  ['labels', { type: 'array', items: { type: 'string' }, description: 'Labels to attach or filter by.' }],
  [
    'since',
    { type: 'string', format: 'date-time', description: 'Only objects changed after this time (RFC 3339).' },
  ],
  ['priority', { type: 'string', enum: ['low', 'medium', 'high', 'urgent'], description: 'Priority level.' }],
  ['dry_run', { type: 'boolean', description: 'Validate the request without making any change.' }],
  ['body', { type: 'string', description: 'Markdown text of the description or comment.' }],
  ['project', { type: 'string', description: 'Key of the project or workspace the object belongs to.' }],
];

/** (c) 2,000 tools over 40 servers, with descriptions and schemas shaped like real SaaS tools. */
export function syntheticTools(n = SYNTHETIC_TOOLS, servers = SYNTHETIC_SERVERS): Tool[] {
  const rand = prng(18);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  return Array.from({ length: n }, (_, i) => {
    const verb = VERBS[i % VERBS.length] as string;
    const noun = NOUNS[Math.floor(i / VERBS.length) % NOUNS.length] as string;
    const server = `svc${String(i % servers).padStart(2, '0')}`;
    const count = 2 + Math.floor(rand() * 5);
    const fields = new Map<string, Record<string, unknown>>();
    while (fields.size < count) {
      const [k, v] = pick(FIELDS);
      fields.set(k, v);
    }
    const keys = [...fields.keys()];
    return {
      name: `${server}_${verb}_${noun}_${Math.floor(i / (VERBS.length * NOUNS.length))}`,
      description:
        `${verb[0]?.toUpperCase()}${verb.slice(1)}s ${noun.replace(/_/g, ' ')} records in the ${server} workspace. ` +
        `Use it when the user asks to ${verb} a ${noun.replace(/_/g, ' ')}; results include ids, titles, ` +
        'owners and timestamps. Requires read access to the workspace.',
      inputSchema: {
        type: 'object',
        properties: Object.fromEntries(fields),
        required: keys.slice(0, 1 + Math.floor(rand() * 2)),
        additionalProperties: false,
      },
      annotations: { readOnlyHint: verb === 'list' || verb === 'get' || verb === 'search' },
    } satisfies Tool;
  });
}

export async function run(): Promise<ContextBenchRow[]> {
  const example = await exampleTools();
  const everything = await everythingTools();
  const synthetic = syntheticTools();
  return [
    { catalog: 'example upstreams', costs: await contextCosts(example) },
    { catalog: 'server-everything', costs: await contextCosts(everything) },
    { catalog: `synthetic ${SYNTHETIC_TOOLS.toLocaleString('en-US')}`, costs: await contextCosts(synthetic) },
  ];
}

const n = (x: number) => x.toLocaleString('en-US');
const ratio = (full: number, mode: number) => `${(full / mode).toFixed(1)}x`;
const MODES: ContextMode[] = ['minimize_tools', 'search_and_execute', 'code'];

/** The table: tokens (and full / mode) per catalog and mode. */
export function table(rows: readonly ContextBenchRow[]): string {
  const head = ['catalog', 'tools', 'full', ...MODES];
  const body = rows.map(({ catalog, costs }) => {
    const full = costs.modes.full.tokens;
    return [
      catalog,
      n(costs.tools),
      n(full),
      ...MODES.map((m) => `${n(costs.modes[m].tokens)} (${ratio(full, costs.modes[m].tokens)})`),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

if (isMain(import.meta.url)) {
  const rows = await run();
  for (const { catalog, costs } of rows) console.log(JSON.stringify({ bench: 'context', catalog, ...costs }));
  console.log(
    `context: o200k_base tokens of tools/list per mode (full / mode in parentheses)\n${table(rows)}`,
  );
  const big = rows.at(-1)?.costs;
  if (big) {
    const min = big.modes.full.tokens / big.modes.minimize_tools.tokens;
    const small = Math.max(
      ...rows.flatMap((r) => [r.costs.modes.search_and_execute.tokens, r.costs.modes.code.tokens]),
    );
    console.log(
      `targets: minimize_tools ${min.toFixed(1)}x fewer than full on ${n(big.tools)} tools (target >= 10x: ${min >= 10 ? 'met' : 'NOT met'}); ` +
        `search_and_execute and code at most ${n(small)} tokens (target <= 1,000: ${small <= 1000 ? 'met' : 'NOT met'})`,
    );
  }
}
