/**
 * The small in-memory documentation corpus served by the `docs` example upstream, and the pure search
 * over it (term scoring on title, tags and body). No I/O.
 */

export const SECTIONS = ['getting-started', 'servers', 'portals', 'policies', 'reference'] as const;
export type Section = (typeof SECTIONS)[number];

export interface DocPage {
  id: string;
  section: Section;
  title: string;
  tags: string[];
  body: string;
}

export const PAGES: readonly DocPage[] = [
  {
    id: 'quickstart',
    section: 'getting-started',
    title: 'Quickstart',
    tags: ['install', 'cli'],
    body: 'Install portalctl, write a manifest with an McpServer and an McpPortal, run portalctl plan to review the changes and portalctl apply to create them. The embedded portal runs locally with no account.',
  },
  {
    id: 'manifests',
    section: 'getting-started',
    title: 'Writing manifests',
    tags: ['yaml', 'manifest'],
    body: 'Manifests are YAML documents with apiVersion mcpportal/v1 and a kind. Secrets are never written inline: use fromEnv or fromFile references for bearer tokens and header values.',
  },
  {
    id: 'server-auth',
    section: 'servers',
    title: 'Authenticating to upstream servers',
    tags: ['auth', 'bearer', 'oauth', 'headers'],
    body: 'An MCP server uses auth_type unauthenticated, bearer or oauth. Bearer credentials are a raw token sent as Authorization: Bearer, or a JSON object of custom headers such as cf-access-client-id and cf-access-client-secret.',
  },
  {
    id: 'server-sync',
    section: 'servers',
    title: 'Capability sync and status',
    tags: ['sync', 'status', 'tools', 'prompts'],
    body: 'After a server is created the portal connects to the upstream, lists its tools and prompts and sets status to ready. When the upstream is unreachable or rejects the credentials the status is error and error_details says whether the failure was upstream and whether a retry may help.',
  },
  {
    id: 'transports',
    section: 'servers',
    title: 'Transport detection',
    tags: ['transport', 'sse', 'streamable-http'],
    body: 'A URL ending in /mcp uses Streamable HTTP and a URL ending in /sse uses SSE. Any other URL is tried with Streamable HTTP, then SSE, then the same with /mcp and /sse appended; only HTTP 404, 405 and 406 move on to the next attempt.',
  },
  {
    id: 'portal-basics',
    section: 'portals',
    title: 'Portals',
    tags: ['portal', 'hostname'],
    body: 'A portal aggregates the tools and prompts of several servers behind one MCP endpoint at https://hostname/mcp. Tools are namespaced as server id, underscore, tool name, so server ids use hyphens.',
  },
  {
    id: 'aliases',
    section: 'portals',
    title: 'Aliases and overrides',
    tags: ['alias', 'tools', 'override'],
    body: 'Tools and prompts can be renamed with an alias, described differently, or disabled, per server and per portal. The portal alias wins over the server alias. If the upstream renames a tool the next sync drops its alias.',
  },
  {
    id: 'access-policies',
    section: 'policies',
    title: 'Access policies',
    tags: ['access', 'policy', 'identity'],
    body: 'Access policies attach to Access applications of type mcp_portal and mcp. A user sees a server in a portal only when an allow policy on the server application matches them.',
  },
  {
    id: 'service-tokens',
    section: 'policies',
    title: 'Service tokens',
    tags: ['service-token', 'automation'],
    body: 'Automation connects with a service token. It needs a Service Auth policy on both the portal and each server application, and the server mapping must not require user auth.',
  },
  {
    id: 'exit-codes',
    section: 'reference',
    title: 'Exit codes',
    tags: ['cli', 'ci'],
    body: 'portalctl exits 0 on success, 2 when a plan has changes, 3 on invalid input, 4 when authentication fails and 5 when apply did not converge.',
  },
];

export interface SearchFilters {
  sections?: Section[];
  tags?: string[];
}

export interface SearchHit {
  id: string;
  title: string;
  section: Section;
  score: number;
  snippet: string;
}

/** Ranks pages by how often the query terms occur (title x3, tags x2, body x1). */
export function searchPages(
  query: string,
  opts: { filters?: SearchFilters; match?: 'any' | 'all'; limit?: number } = {},
): SearchHit[] {
  const terms = tokenize(query);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const page of PAGES) {
    if (opts.filters?.sections?.length && !opts.filters.sections.includes(page.section)) continue;
    if (opts.filters?.tags?.length && !opts.filters.tags.some((t) => page.tags.includes(t))) continue;
    const title = tokenize(page.title);
    const body = tokenize(page.body);
    const tags = page.tags.flatMap(tokenize);
    let score = 0;
    let matched = 0;
    for (const term of terms) {
      const s = 3 * count(title, term) + 2 * count(tags, term) + count(body, term);
      if (s > 0) matched++;
      score += s;
    }
    if (score === 0 || (opts.match === 'all' && matched < terms.length)) continue;
    hits.push({
      id: page.id,
      title: page.title,
      section: page.section,
      score,
      snippet: snippet(page.body, terms),
    });
  }
  hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return hits.slice(0, opts.limit ?? 5);
}

function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function count(words: string[], term: string): number {
  return words.filter((w) => w === term).length;
}

function snippet(body: string, terms: string[]): string {
  const lower = body.toLowerCase();
  const at = Math.max(0, Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0)));
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${body.slice(start, start + 160)}${start + 160 < body.length ? '…' : ''}`;
}
