// Tool search over a catalog like server-everything's (exposed as `everything_*`) plus a docs and a GitHub-like
// server: keyword ranking, word splitting, regex, names, limits and totals, argument validation, and a
// 2,000-tool catalog.
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT } from '../../schemas/context-modes.js';
import { RegexSearchError } from './safe-regex.js';
import {
  parseToolQuery,
  splitWords,
  type ToolQuery,
  ToolQueryError,
  ToolSearchIndex,
} from './tool-search.js';

const obj = (properties: Record<string, object> = {}, required: string[] = []): Tool['inputSchema'] => ({
  type: 'object',
  properties,
  required,
});
const str = (description: string) => ({ type: 'string', description });

const CATALOG: Tool[] = [
  {
    name: 'everything_echo',
    description: 'Echoes back the input string',
    inputSchema: obj({ message: str('Message to echo') }),
  },
  {
    name: 'everything_get-sum',
    description: 'Returns the sum of two numbers',
    inputSchema: obj({
      a: { type: 'number', description: 'First number' },
      b: { type: 'number', description: 'Second number' },
    }),
  },
  {
    name: 'everything_get-env',
    description: 'Returns all environment variables, helpful for debugging MCP server configuration',
    inputSchema: obj(),
  },
  { name: 'everything_get-tiny-image', description: 'Returns a tiny MCP logo image.', inputSchema: obj() },
  {
    name: 'everything_get-annotated-message',
    description: 'Demonstrates how annotations can be used to provide metadata about content.',
    inputSchema: obj({
      messageType: { type: 'string', enum: ['error', 'success', 'debug'] },
      includeImage: { type: 'boolean' },
    }),
  },
  {
    name: 'everything_get-structured-content',
    description: 'Returns structured content along with an output schema for client data validation',
    inputSchema: obj({ location: { type: 'string', enum: ['New York', 'Chicago', 'Los Angeles'] } }),
    outputSchema: {
      type: 'object',
      properties: { temperature: { type: 'number', description: 'Temperature in celsius' } },
    },
  },
  {
    name: 'everything_trigger-long-running-operation',
    description: 'Demonstrates a long running operation with progress updates.',
    inputSchema: obj({
      duration: { type: 'number', description: 'Duration of the operation in seconds' },
      steps: { type: 'number' },
    }),
  },
  {
    name: 'everything_trigger-sampling-request',
    description: 'Trigger a Request from the Server for LLM Sampling',
    inputSchema: obj({ prompt: str('The prompt to send to the LLM'), maxTokens: { type: 'number' } }),
  },
  {
    name: 'everything_toggle-simulated-logging',
    description: 'Toggles simulated, random-leveled logging on or off.',
    inputSchema: obj(),
  },
  {
    name: 'everything_gzip-file-as-resource',
    description: 'Compresses a single file using gzip compression.',
    inputSchema: obj({
      name: str('Name of the output file'),
      data: str('URL or data URI of the file content to compress'),
    }),
  },
  {
    name: 'docs_search.v2',
    title: 'Search documentation',
    description: 'Full-text search over the product documentation',
    inputSchema: obj({ query: str('Search terms'), limit: { type: 'integer' } }),
  },
  {
    name: 'docs_get-page',
    description: 'Fetches one documentation page by its path',
    inputSchema: obj({ path: str('Page path') }),
  },
  {
    name: 'github_createIssue',
    description: 'Opens an issue in a repository',
    inputSchema: obj({ repo: str('owner/name'), title: str('Issue title'), body: str('Markdown body') }),
  },
  {
    name: 'github_listPullRequests',
    description: 'Lists pull requests of a repository',
    inputSchema: obj({ repo: str('owner/name') }),
  },
];

const index = new ToolSearchIndex(CATALOG);
const names = async (q: ToolQuery) => (await index.search(q)).tools.map((t) => t.name);

describe('splitWords', () => {
  it.each([
    { text: 'srv_get-data', want: ['srv', 'get', 'data'] },
    { text: 'github_listPullRequests', want: ['github', 'list', 'pull', 'requests'] },
    { text: 'parseHTTPServer v2', want: ['parse', 'http', 'server', 'v2'] },
    { text: 'docs_search.v2', want: ['docs', 'search', 'v2'] },
    { text: 'Ünïcode Wörter!', want: ['ünïcode', 'wörter'] },
  ])('$text', ({ text, want }) => expect(splitWords(text)).toEqual(want));
});

describe('keyword search', () => {
  const cases: { name: string; reason: string; q: ToolQuery; want: string[] }[] = [
    {
      name: 'words of a kebab-case name',
      reason: 'name words score most; `get data` finds tools named get-…',
      q: { query: 'sum' },
      want: ['everything_get-sum'],
    },
    {
      name: 'camelCase name',
      reason: 'camelCase tool names are split into words',
      q: { query: 'pull requests' },
      want: ['github_listPullRequests'],
    },
    {
      name: 'query words are split like names',
      reason: 'a snake_case query matches the kebab-case name; the other get-… tools follow by name',
      q: { query: 'get_env', limit: 3 },
      want: ['everything_get-env', 'docs_get-page', 'everything_get-annotated-message'],
    },
    {
      name: 'more words rank higher',
      reason: 'scores add up over the query words; ties by name',
      q: { query: 'issue repository', limit: 3 },
      want: ['github_createIssue', 'github_listPullRequests'],
    },
    {
      name: 'schema text',
      reason: 'input property names, descriptions and enum values are searched',
      q: { query: 'chicago' },
      want: ['everything_get-structured-content'],
    },
    {
      name: 'output schema text',
      reason: 'output schema descriptions are searched',
      q: { query: 'celsius' },
      want: ['everything_get-structured-content'],
    },
    {
      name: 'prefix',
      reason: 'a word that is a prefix of a field word scores half',
      q: { query: 'compress' },
      want: ['everything_gzip-file-as-resource'],
    },
    {
      name: 'case-insensitive',
      reason: 'query words are lower-cased',
      q: { query: 'LLM' },
      want: ['everything_trigger-sampling-request'],
    },
    { name: 'no match', reason: 'tools that match no word are out', q: { query: 'kubernetes' }, want: [] },
  ];
  it.each(cases)('$name', async ({ q, want, reason }) => {
    expect(await names(q), reason).toEqual(want);
  });

  it('ranks by name, then text, then schema, with exact words over prefixes', async () => {
    const tools: Tool[] = [
      { name: 'a_other', description: 'x', inputSchema: obj({ report: str('x') }) },
      { name: 'b_other', description: 'makes a report', inputSchema: obj() },
      { name: 'c_reports', inputSchema: obj() },
      { name: 'd_report', inputSchema: obj() },
      { name: 'e_reporting', description: 'report', inputSchema: obj() },
    ];
    const result = await new ToolSearchIndex(tools).search({ query: 'report' });
    // d: name 8; e: name prefix 4 vs description 4 → 4; c: name prefix 4; b: description 4; a: schema 2.
    expect(result.tools.map((t) => t.name)).toEqual([
      'd_report',
      'b_other',
      'c_reports',
      'e_reporting',
      'a_other',
    ]);
  });
});

describe('listing, regex, names and limits', () => {
  const sorted = CATALOG.map((t) => t.name).sort();

  it('lists all tools in name order up to the default limit, with the total', async () => {
    const result = await index.search({});
    expect(result.tools.map((t) => t.name)).toEqual(sorted.slice(0, DEFAULT_SEARCH_LIMIT));
    expect(result.total).toBe(CATALOG.length);
  });

  it('treats a query without words as absent', async () => {
    expect(await names({ query: ' -_ ', limit: 50 })).toEqual(sorted);
  });

  const cases: { name: string; reason: string; q: ToolQuery; want: string[]; total?: number }[] = [
    {
      name: 'regex alone',
      reason: 'filters, in name order',
      q: { regex: '^github_' },
      want: ['github_createIssue', 'github_listPullRequests'],
    },
    {
      name: 'regex is case-insensitive and sees descriptions',
      reason: 'the searchable text includes descriptions',
      q: { regex: 'MCP (logo|server)' },
      want: ['everything_get-env', 'everything_get-tiny-image'],
    },
    {
      name: 'regex with query',
      reason: 'the regex filters the ranked matches',
      q: { query: 'search documentation', regex: 'page' },
      want: ['docs_get-page'],
    },
    {
      name: 'limit',
      reason: 'total counts matches before the limit',
      q: { regex: '^everything_', limit: 2 },
      want: ['everything_echo', 'everything_get-annotated-message'],
      total: 10,
    },
    {
      name: 'names',
      reason: 'exactly those tools in the given order; repeats once, unknown names skipped',
      q: { names: ['github_createIssue', 'nope', 'docs_search.v2', 'github_createIssue'], query: 'echo' },
      want: ['github_createIssue', 'docs_search.v2'],
      total: 2,
    },
    {
      name: 'names with limit',
      reason: 'a limit applies to names too',
      q: { names: ['docs_get-page', 'docs_search.v2'], limit: 1 },
      want: ['docs_get-page'],
      total: 2,
    },
  ];
  it.each(cases)('$name', async ({ q, want, total, reason }) => {
    const result = await index.search(q);
    expect(
      result.tools.map((t) => t.name),
      reason,
    ).toEqual(want);
    expect(result.total, reason).toBe(total ?? want.length);
  });

  it('returns whole tool definitions', async () => {
    const [tool] = (await index.search({ names: ['everything_get-structured-content'] })).tools;
    expect(tool).toBe(CATALOG[5]);
  });

  it('passes regex errors through', async () => {
    const err = await index.search({ regex: '(' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegexSearchError);
    expect((err as RegexSearchError).code).toBe('regex/invalid');
  });

  it('bounds a regex search by the index’s timeout', async () => {
    const slow = new ToolSearchIndex([{ name: `${'a'.repeat(40)}b`, inputSchema: obj() }], {
      regexTimeoutMs: 30,
    });
    const err = await slow.search({ regex: '^(a+)+$' }).catch((e: unknown) => e);
    expect((err as RegexSearchError).code).toBe('regex/timeout');
  });

  it('searches a 2,000-tool catalog', async () => {
    const tools: Tool[] = Array.from({ length: 2000 }, (_, i) => ({
      name: `srv${i % 40}_tool-${i}`,
      description: `Does thing number ${i} with widgets`,
      inputSchema: obj({ [`field${i}`]: str(`The ${i % 7 === 0 ? 'special' : 'plain'} field`) }),
    }));
    const big = new ToolSearchIndex(tools);
    const special = await big.search({ query: 'special widgets', limit: MAX_SEARCH_LIMIT });
    expect(special.total).toBe(2000);
    expect(special.tools[0]!.description).toMatch(/number (0|7|14|21)\b/);
    expect((await big.search({ query: 'tool 1999' })).tools[0]!.name).toBe('srv39_tool-1999');
    expect((await big.search({ regex: 'number 1999 ' })).total).toBe(1);
  });
});

describe('parseToolQuery', () => {
  it.each([
    { name: 'absent', args: undefined, want: {} },
    { name: 'nulls', args: { query: null, regex: null, names: null, limit: null }, want: {} },
    {
      name: 'all fields',
      args: { query: 'a', regex: 'b', names: ['c'], limit: 50, other: 1 },
      want: { query: 'a', regex: 'b', names: ['c'], limit: 50 },
    },
  ])('accepts $name', ({ args, want }) => expect(parseToolQuery(args)).toEqual(want));

  const bad = [
    { name: 'not an object', args: 'x', field: 'arguments' },
    { name: 'array', args: [], field: 'arguments' },
    { name: 'query number', args: { query: 1 }, field: 'query' },
    { name: 'query too long', args: { query: 'x'.repeat(1001) }, field: 'query' },
    { name: 'regex too long', args: { regex: 'x'.repeat(501) }, field: 'regex' },
    { name: 'names not strings', args: { names: ['a', 1] }, field: 'names' },
    { name: 'names a string', args: { names: 'a' }, field: 'names' },
    { name: 'limit zero', args: { limit: 0 }, field: 'limit' },
    { name: 'limit too big', args: { limit: MAX_SEARCH_LIMIT + 1 }, field: 'limit' },
    { name: 'limit fraction', args: { limit: 1.5 }, field: 'limit' },
    { name: 'limit string', args: { limit: '5' }, field: 'limit' },
  ];
  it.each(bad)('rejects $name', ({ args, field }) => {
    const err = (() => {
      try {
        parseToolQuery(args);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ToolQueryError);
    expect(err).toBeInstanceOf(TypeError);
    expect((err as ToolQueryError).field).toBe(field);
    expect((err as ToolQueryError).code).toBe('query/invalid');
  });
});
