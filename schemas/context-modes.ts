/**
 * What `tools/list` shows in each context mode of a portal connection, as one pure function of the visible
 * tools, shared by the embedded portal's gateway (to answer) and by the token counter (to measure the same
 * bytes, in the portal and in plans): the full list, `minimize_tools` (names only, plus the query tool),
 * `search_and_execute` (query and execute tools only) and code mode (code search and code execute tools
 * only). The built-in `portal_*` server tools (defined here, run by `portal/gateway/builtins.ts`) are in every mode.
 */
import type { Tool } from '@modelcontextprotocol/sdk/types.js';

export const BUILTIN_TOOLS: readonly Tool[] = [
  {
    name: 'portal_list_servers',
    description:
      'Lists the MCP servers of this portal that you may use: whether each is on in this session, its status, and how many tools and prompts it offers.',
    inputSchema: { type: 'object', properties: {} },
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  {
    name: 'portal_toggle_servers',
    description:
      'Opens the server selection page of this portal, where you can turn servers on or off for this session and log out of a server.',
    inputSchema: { type: 'object', properties: {} },
    annotations: { openWorldHint: false },
  },
  {
    name: 'portal_toggle_single_server',
    description:
      'Turns one server on ("toggle") or off ("untoggle") for this session; its tools and prompts appear or disappear.',
    inputSchema: {
      type: 'object',
      properties: {
        server_id: { type: 'string', description: 'The server id, as listed by portal_list_servers' },
        action: {
          type: 'string',
          enum: ['toggle', 'untoggle'],
          description: 'toggle: turn on; untoggle: turn off',
        },
      },
      required: ['server_id', 'action'],
    },
    annotations: { openWorldHint: false, idempotentHint: true },
  },
];

/** How a connection sees the portal's tools (chosen per connection: `modes.ts`). */
export type ContextMode = 'full' | 'minimize_tools' | 'search_and_execute' | 'code';

export const CONTEXT_MODES: readonly ContextMode[] = ['full', 'minimize_tools', 'search_and_execute', 'code'];

/**
 * Canonical names, from Cloudflare's MCP portal documentation (its tools table); the names its 2026-03-26
 * changelog uses (`query`, `execute`, `code`) are accepted as aliases in calls, never listed (they cannot clash
 * with a portal's tools, which are all `<server id>_<tool>`).
 */
export const QUERY_TOOL = 'portal_query_tools';
export const EXECUTE_TOOL = 'portal_execute';
export const CODE_SEARCH_TOOL = 'portal_codemode_search';
export const CODE_EXECUTE_TOOL = 'portal_codemode_execute';

export const MODE_TOOL_ALIASES: Readonly<Record<string, string>> = {
  query: QUERY_TOOL,
  execute: EXECUTE_TOOL,
  code: CODE_EXECUTE_TOOL,
};

/** Largest `limit` a search accepts, and the default. */
export const MAX_SEARCH_LIMIT = 50;
export const DEFAULT_SEARCH_LIMIT = 10;

const searchProperties = {
  query: {
    type: 'string',
    description:
      'Keywords, matched against tool names, descriptions and input parameters; best matches first.',
  },
  regex: {
    type: 'string',
    description:
      'A JavaScript regular expression (case-insensitive) matched against the same text; combines with query.',
  },
  limit: {
    type: 'integer',
    minimum: 1,
    maximum: MAX_SEARCH_LIMIT,
    description: `How many tools to return (default ${DEFAULT_SEARCH_LIMIT}).`,
  },
} as const;

export const QUERY_TOOL_DEFINITION: Tool = {
  name: QUERY_TOOL,
  description:
    'Searches the tools of this portal and returns their full definitions (name, description, input schema). ' +
    'Give keywords, a regex, or exact tool names.',
  inputSchema: {
    type: 'object',
    properties: {
      ...searchProperties,
      names: {
        type: 'array',
        items: { type: 'string' },
        description: 'Exact tool names whose definitions to return.',
      },
    },
  },
  annotations: { readOnlyHint: true, openWorldHint: false },
};

export const EXECUTE_TOOL_DEFINITION: Tool = {
  name: EXECUTE_TOOL,
  description: `Calls one tool of this portal by name with its arguments (find tools and their input schemas with ${QUERY_TOOL}).`,
  inputSchema: {
    type: 'object',
    properties: {
      name: { type: 'string', description: `The tool's name, as ${QUERY_TOOL} returns it.` },
      arguments: { type: 'object', description: "The tool's arguments, matching its input schema." },
    },
    required: ['name'],
  },
};

export const CODE_SEARCH_TOOL_DEFINITION: Tool = {
  name: CODE_SEARCH_TOOL,
  description:
    'Returns TypeScript declarations of the tools of this portal that match a search, as methods of the ' +
    `\`codemode\` object that ${CODE_EXECUTE_TOOL} provides. Search before writing code.`,
  inputSchema: { type: 'object', properties: searchProperties },
  annotations: { readOnlyHint: true, openWorldHint: false },
};

export const CODE_EXECUTE_TOOL_DEFINITION: Tool = {
  name: CODE_EXECUTE_TOOL,
  description:
    'Runs JavaScript (not TypeScript) in an isolated sandbox: an async function body, or an async arrow ' +
    'function, that calls tools as `await codemode.<name>(input)` (declarations from ' +
    `${CODE_SEARCH_TOOL}) and returns a result. Promise.all runs calls concurrently. console.log output ` +
    'is returned too. There is no network, file system, require, import or timers.',
  inputSchema: {
    type: 'object',
    properties: {
      code: {
        type: 'string',
        description:
          'For example: const [a, b] = await Promise.all([codemode.x_list({}), codemode.y_get({ id: 1 })]); return { a, b };',
      },
    },
    required: ['code'],
  },
};

/** The tools each mode adds to the built-in ones. */
export const MODE_TOOLS: Readonly<Record<ContextMode, readonly Tool[]>> = {
  full: [],
  minimize_tools: [QUERY_TOOL_DEFINITION],
  search_and_execute: [QUERY_TOOL_DEFINITION, EXECUTE_TOOL_DEFINITION],
  code: [CODE_SEARCH_TOOL_DEFINITION, CODE_EXECUTE_TOOL_DEFINITION],
};

/** Every name the portal itself lists in some mode (built-in and mode tools): no upstream tool is exposed under one. */
export const RESERVED_TOOL_NAMES: ReadonlySet<string> = new Set([
  ...BUILTIN_TOOLS.map((t) => t.name),
  ...Object.values(MODE_TOOLS).flatMap((list) => list.map((t) => t.name)),
]);

/**
 * A tool as `minimize_tools` lists it: its name and the smallest input schema MCP allows (clients validate
 * `inputSchema` as required); description, schema, annotations and `_meta` come from the query tool.
 */
export const minimized = (tool: Tool): Tool => ({ name: tool.name, inputSchema: { type: 'object' } });

/** The `tools/list` result of `mode` over the visible upstream tools (already exposed: names and overrides). */
export function toolsForMode(mode: ContextMode, upstream: readonly Tool[]): { tools: Tool[] } {
  const own = [...BUILTIN_TOOLS, ...MODE_TOOLS[mode]];
  switch (mode) {
    case 'full':
      return { tools: [...own, ...upstream] };
    case 'minimize_tools':
      return { tools: [...own, ...upstream.map(minimized)] };
    case 'search_and_execute':
    case 'code':
      return { tools: own };
  }
}
