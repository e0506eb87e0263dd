/**
 * `docs` example upstream: an unauthenticated MCP server over a small in-memory documentation corpus.
 * Tools with rich input schemas (nested objects, enums, arrays) that really work, and prompts with
 * arguments. Run: `node --import tsx examples/upstreams/docs.ts --port 3101` (or the built
 * `node dist/examples/upstreams/docs.js`).
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { closeOnSignals, isMain, parseListen } from './cli.js';
import { PAGES, SECTIONS, searchPages } from './docs-corpus.js';
import { type ListenOptions, sharedValidator, startHttpHost, type UpstreamHandle } from './http-host.js';

export const DOCS_TOOLS = ['search_docs', 'get_page', 'list_sections', 'compare_pages'] as const;
export const DOCS_PROMPTS = ['explain_topic', 'write_howto'] as const;

/** Builds one `docs` MCP server (stateless hosts build one per request). */
export function createDocsServer(): McpServer {
  const server = new McpServer({ name: 'docs', version: '1.0.0' }, { jsonSchemaValidator: sharedValidator });
  const section = z.enum(SECTIONS);

  server.registerTool(
    'search_docs',
    {
      title: 'Search the documentation',
      description: 'Full-text search over the documentation pages, ranked by relevance.',
      inputSchema: {
        query: z.string().min(1).describe('Words to look for'),
        filters: z
          .object({
            sections: z.array(section).optional().describe('Only pages in these sections'),
            tags: z.array(z.string()).optional().describe('Only pages with at least one of these tags'),
          })
          .optional(),
        match: z.enum(['any', 'all']).default('any').describe('Whether every word must occur'),
        limit: z.number().int().min(1).max(20).default(5),
      },
      outputSchema: {
        hits: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            section,
            score: z.number(),
            snippet: z.string(),
          }),
        ),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ query, filters, match, limit }) => {
      const hits = searchPages(query, { filters, match, limit });
      const text = hits.length
        ? hits.map((h) => `${h.id} (${h.section}, score ${h.score}): ${h.title}`).join('\n')
        : `no page matches "${query}"`;
      return { content: [{ type: 'text', text }], structuredContent: { hits } };
    },
  );

  server.registerTool(
    'get_page',
    {
      title: 'Read a page',
      description: 'Returns one documentation page by id.',
      inputSchema: {
        id: z.string().describe('Page id, as returned by search_docs or list_sections'),
        format: z.enum(['markdown', 'text']).default('markdown'),
        include: z
          .object({ tags: z.boolean().default(false), related: z.boolean().default(false) })
          .optional()
          .describe('Extra parts to append'),
      },
      annotations: { readOnlyHint: true },
    },
    async ({ id, format, include }) => {
      const page = PAGES.find((p) => p.id === id);
      if (!page) return { isError: true, content: [{ type: 'text', text: `unknown page "${id}"` }] };
      const parts = [
        format === 'markdown' ? `# ${page.title}\n\n${page.body}` : `${page.title}\n\n${page.body}`,
      ];
      if (include?.tags) parts.push(`tags: ${page.tags.join(', ')}`);
      if (include?.related) {
        const related = PAGES.filter((p) => p.section === page.section && p.id !== page.id).map((p) => p.id);
        parts.push(`related: ${related.join(', ') || '(none)'}`);
      }
      return { content: [{ type: 'text', text: parts.join('\n\n') }] };
    },
  );

  server.registerTool(
    'list_sections',
    {
      title: 'List sections',
      description: 'Lists the documentation sections and, optionally, the pages in each.',
      inputSchema: { with_pages: z.boolean().default(false) },
      annotations: { readOnlyHint: true },
    },
    async ({ with_pages }) => {
      const lines = SECTIONS.map((s) => {
        const pages = PAGES.filter((p) => p.section === s);
        return with_pages ? `${s}: ${pages.map((p) => p.id).join(', ')}` : `${s} (${pages.length} pages)`;
      });
      return { content: [{ type: 'text', text: lines.join('\n') }] };
    },
  );

  server.registerTool(
    'compare_pages',
    {
      title: 'Compare pages',
      description: 'Shows which tags two or more pages share.',
      inputSchema: { ids: z.array(z.string()).min(2).max(5) },
      annotations: { readOnlyHint: true },
    },
    async ({ ids }) => {
      const pages = ids.map((id) => PAGES.find((p) => p.id === id));
      const missing = ids.filter((_, i) => !pages[i]);
      if (missing.length)
        return { isError: true, content: [{ type: 'text', text: `unknown: ${missing.join(', ')}` }] };
      const [first, ...rest] = pages.map((p) => new Set(p!.tags));
      const shared = [...first!].filter((t) => rest.every((s) => s.has(t)));
      return { content: [{ type: 'text', text: `shared tags: ${shared.join(', ') || '(none)'}` }] };
    },
  );

  server.registerPrompt(
    'explain_topic',
    {
      title: 'Explain a topic',
      description: 'Asks the model to explain a topic using the documentation.',
      argsSchema: {
        topic: z.string().describe('What to explain'),
        audience: z.enum(['beginner', 'operator', 'expert']).optional().describe('Who the answer is for'),
      },
    },
    ({ topic, audience }) => ({
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: `Using search_docs and get_page, explain "${topic}" for ${audience ?? 'a beginner'}. Cite page ids.`,
          },
        },
      ],
    }),
  );

  server.registerPrompt(
    'write_howto',
    {
      title: 'Write a how-to',
      description: 'Drafts a step-by-step how-to for a task, within one section.',
      argsSchema: { task: z.string(), section },
    },
    ({ task, section: s }) => ({
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: `Write a numbered how-to for "${task}" using only pages in section ${s}.`,
          },
        },
      ],
    }),
  );

  return server;
}

/** Starts the `docs` upstream; `ssePath` additionally (or, with `path: null`, only) serves legacy SSE. */
export function startDocsUpstream(opts: ListenOptions = {}): Promise<UpstreamHandle> {
  return startHttpHost({ ...opts, name: 'docs', createServer: createDocsServer });
}

if (isMain(import.meta.url)) {
  const { port, host } = parseListen('DOCS', 3101);
  const handle = await startDocsUpstream({ port, host });
  console.log(`docs upstream (no auth): ${handle.url}`);
  closeOnSignals(handle.close);
}
