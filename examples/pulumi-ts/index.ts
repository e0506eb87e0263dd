/**
 * The example groups, policies, servers and portals of examples/manifests/ as a Pulumi TypeScript program
 * on the `mcp-portals/pulumi` SDK. Config: `ticketsToken` (secret, required), `docsUrl`, `ticketsUrl` and
 * `metricsUrl` (default: the example upstreams on 127.0.0.1:3101-3103), `identityProviderId` (default:
 * the embedded portal's built-in identity provider; on Cloudflare, your IdP's id).
 */
import * as pulumi from '@pulumi/pulumi';
import * as mcp from 'mcp-portals/pulumi';

const config = new pulumi.Config();
const ticketsToken = config.requireSecret('ticketsToken');
const docsUrl = config.get('docsUrl') ?? 'http://127.0.0.1:3101/mcp';
const ticketsUrl = config.get('ticketsUrl') ?? 'http://127.0.0.1:3102/mcp';
const metricsUrl = config.get('metricsUrl') ?? 'http://127.0.0.1:3103/mcp';
const identityProviderId = config.get('identityProviderId') ?? '6f1c2f4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f';

// Access groups: users whose IdP `groups` claim carries the value; policies select them by name.
const groupOf = (name: string) =>
  new mcp.AccessGroup(name, {
    include: [{ oidc: { claimName: 'groups', claimValue: name, identityProviderId } }],
  });
const platformGroup = groupOf('platform');
const supportGroup = groupOf('support');

// Who may use what; servers and portals list these by name, in precedence order.
const engineers = new mcp.AccessPolicy('engineers', {
  decision: 'allow',
  include: [{ emailDomain: 'example.com' }, { group: platformGroup.name }],
  exclude: [{ email: 'contractor@example.com' }],
  sessionDuration: '24h',
});
const supportTeam = new mcp.AccessPolicy('support-team', {
  decision: 'allow',
  include: [{ group: supportGroup.name }],
  require: [{ emailDomain: 'example.com' }],
  sessionDuration: '12h',
});
const ciBots = new mcp.AccessPolicy('ci-bots', {
  decision: 'non_identity',
  include: [{ anyValidServiceToken: true }],
});
const blockContractors = new mcp.AccessPolicy('block-contractors', {
  decision: 'deny',
  include: [{ emailDomain: 'contractors.example.net' }],
});

// Upstream MCP servers (the resource name is the server id).
const docs = new mcp.McpServer('docs', {
  displayName: 'Product Docs',
  url: docsUrl,
  description: 'Search and read the product documentation',
  auth: { type: 'unauthenticated' },
  tools: [
    { name: 'search_docs', alias: 'search', description: 'Full-text search over the product documentation' },
  ],
  policies: [engineers.name, supportTeam.name],
});
const tickets = new mcp.McpServer('tickets', {
  displayName: 'Support Tickets',
  url: ticketsUrl,
  description: 'Create, list and close support tickets',
  auth: { type: 'bearer', token: ticketsToken },
  tools: [{ name: 'close_ticket', enabled: false }],
  policies: [supportTeam.name, ciBots.name],
});
const ticketsReadonly = new mcp.McpServer('tickets-readonly', {
  displayName: 'Support Tickets (read-only)',
  url: ticketsUrl,
  description: 'The ticket system through an API-key header, for engineers who only read tickets',
  auth: { type: 'bearer', headers: { 'X-Api-Key': ticketsToken } },
  policies: [engineers.name],
});
const metrics = new mcp.McpServer('metrics', {
  displayName: 'Metrics',
  url: metricsUrl,
  description: 'Service metrics (25 tools, listed a page at a time)',
  tools: [{ name: 'metric_01', alias: 'request_rate', description: 'Requests per second across the fleet' }],
  policies: [engineers.name],
});
const github = new mcp.McpServer('github', {
  displayName: 'GitHub',
  url: 'https://api.githubcopilot.com/mcp/',
  description: "GitHub's hosted MCP server; each user authorizes with their own GitHub account",
  auth: { type: 'oauth' },
  policies: [engineers.name],
});

// Portals: one MCP endpoint each, at https://<hostname>/mcp.
const engineering = new mcp.McpPortal('engineering', {
  displayName: 'Engineering',
  hostname: 'engineering.mcp.localhost',
  description: 'Everything engineers need in one place',
  codeMode: 'opt_in',
  policies: [engineers.name, blockContractors.name],
  servers: [
    { server: docs.serverId, requireUserAuth: false },
    { server: metrics.serverId, requireUserAuth: false },
    {
      server: ticketsReadonly.serverId,
      requireUserAuth: false,
      defaultDisabled: true,
      tools: [{ name: 'list_tickets', enabled: true }],
    },
    { server: github.serverId },
  ],
});
const support = new mcp.McpPortal('support', {
  displayName: 'Support',
  hostname: 'support.mcp.localhost',
  codeMode: 'off',
  policies: [supportTeam.name, ciBots.name],
  servers: [
    {
      server: docs.serverId,
      requireUserAuth: false,
      defaultDisabled: true,
      tools: [{ name: 'search_docs', enabled: true }],
    },
    { server: tickets.serverId, requireUserAuth: false },
  ],
});

export const docsStatus = docs.status;
export const ticketsStatus = tickets.status;
export const ticketsReadonlyStatus = ticketsReadonly.status;
export const metricsStatus = metrics.status;
export const githubStatus = github.status;
export const engineeringStatus = engineering.status;
export const engineeringUrl = engineering.mcpUrl;
export const engineeringLocalUrl = engineering.localMcpUrl;
export const supportStatus = support.status;
export const supportUrl = support.mcpUrl;
export const supportLocalUrl = support.localMcpUrl;
