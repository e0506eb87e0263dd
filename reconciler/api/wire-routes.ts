/**
 * Which call of Cloudflare's API a request is: for every write the reconciler sends, the JSON Schema of
 * its body (schemas/wire/*) and the official SDK method and params type that send the same request. Used
 * to check recorded requests against both (reconciler/api/recorded-requests.test.ts).
 */

export interface WireRoute {
  /** e.g. `zeroTrust.access.policies.create`. */
  sdkMethod: string;
  /**
   * The SDK params type of that method (its body keys and the `account_id` path parameter), as a type
   * expression over the names in `SDK_IMPORTS`; absent when the request has no body.
   */
  sdkParams?: string;
  /** The schema reference of the body (`wire/access-app.schema.json#/definitions/Create`); absent with no body. */
  schema?: string;
}

/** The SDK modules the `sdkParams` expressions name, as import lines. */
export const SDK_IMPORTS = [
  "import type * as Servers from 'cloudflare/resources/zero-trust/access/ai-controls/mcp/servers';",
  "import type * as Portals from 'cloudflare/resources/zero-trust/access/ai-controls/mcp/portals';",
  "import type * as Policies from 'cloudflare/resources/zero-trust/access/policies';",
  "import type * as Groups from 'cloudflare/resources/zero-trust/access/groups';",
  "import type * as Tags from 'cloudflare/resources/zero-trust/access/tags';",
  "import type * as Apps from 'cloudflare/resources/zero-trust/access/applications/applications';",
  "import type * as Records from 'cloudflare/resources/dns/records';",
];

interface Entry {
  method: string;
  path: RegExp;
  route: (body: unknown) => WireRoute;
}

const ACCOUNT = '^/accounts/[^/]+';
/** Zone-scoped: DNS records (a portal hostname's CNAME). */
const DNS = '^/zones/[^/]+/dns_records';
/**
 * The SDK's CNAME params without the `zone_id` path parameter, with the `account_id` the recorded-request
 * check adds to every body (DNS calls are zone-scoped; the account plays no part in them).
 */
const cname = (params: string) => `Omit<Records.${params}.CNAMERecord, 'zone_id'> & { account_id?: string }`;
const MCP = `${ACCOUNT}/access/ai-controls/mcp`;
const ID = '[^/]+';

/** The SDK's app params member for the app's `type` (the SDK's union has one per type). */
const appMember = (body: unknown) => {
  const type = (body as { type?: unknown } | undefined)?.type;
  return type === 'mcp' ? 'McpServerApplication' : type === 'mcp_portal' ? 'McpServerPortalApplication' : '';
};

const crud = (
  base: string,
  sdk: string,
  module: string,
  schema: string,
  names = { create: 'CreateParams', update: 'UpdateParams', prefix: '' },
): Entry[] => [
  {
    method: 'POST',
    path: new RegExp(`${base}$`),
    route: () => ({
      sdkMethod: `${sdk}.create`,
      sdkParams: `${module}.${names.prefix}${names.create}`,
      schema: `${schema}#/definitions/Create`,
    }),
  },
  {
    method: 'PUT',
    path: new RegExp(`${base}/${ID}$`),
    route: () => ({
      sdkMethod: `${sdk}.update`,
      sdkParams: `${module}.${names.prefix}${names.update}`,
      schema: `${schema}#/definitions/Update`,
    }),
  },
  { method: 'DELETE', path: new RegExp(`${base}/${ID}$`), route: () => ({ sdkMethod: `${sdk}.delete` }) },
  { method: 'GET', path: new RegExp(`${base}(/${ID})?$`), route: () => ({ sdkMethod: `${sdk}.list|get` }) },
];

const ROUTES: Entry[] = [
  ...crud(
    `${MCP}/servers`,
    'zeroTrust.access.aiControls.mcp.servers',
    'Servers',
    'wire/mcp-server.schema.json',
    {
      create: 'CreateParams',
      update: 'UpdateParams',
      prefix: 'Server',
    },
  ),
  {
    method: 'POST',
    path: new RegExp(`${MCP}/servers/${ID}/sync$`),
    route: () => ({ sdkMethod: 'zeroTrust.access.aiControls.mcp.servers.sync' }),
  },
  ...crud(
    `${MCP}/portals`,
    'zeroTrust.access.aiControls.mcp.portals',
    'Portals',
    'wire/mcp-portal.schema.json',
    {
      create: 'CreateParams',
      update: 'UpdateParams',
      prefix: 'Portal',
    },
  ),
  ...crud(
    `${ACCOUNT}/access/policies`,
    'zeroTrust.access.policies',
    'Policies',
    'wire/access-policy.schema.json',
    {
      create: 'CreateParams',
      update: 'UpdateParams',
      prefix: 'Policy',
    },
  ),
  ...crud(`${ACCOUNT}/access/groups`, 'zeroTrust.access.groups', 'Groups', 'wire/access-group.schema.json', {
    create: 'CreateParams',
    update: 'UpdateParams',
    prefix: 'Group',
  }),
  ...crud(`${ACCOUNT}/access/tags`, 'zeroTrust.access.tags', 'Tags', 'wire/access-tag.schema.json', {
    create: 'CreateParams',
    update: 'UpdateParams',
    prefix: 'Tag',
  }),
  {
    method: 'POST',
    path: new RegExp(`${ACCOUNT}/access/apps$`),
    route: (body) => ({
      sdkMethod: 'zeroTrust.access.applications.create',
      sdkParams: `Apps.ApplicationCreateParams.${appMember(body) || 'McpServerApplication'}`,
      schema: 'wire/access-app.schema.json#/definitions/Create',
    }),
  },
  {
    method: 'PUT',
    path: new RegExp(`${ACCOUNT}/access/apps/${ID}$`),
    route: (body) => ({
      sdkMethod: 'zeroTrust.access.applications.update',
      sdkParams: `Apps.ApplicationUpdateParams.${appMember(body) || 'McpServerApplication'}`,
      schema: 'wire/access-app.schema.json#/definitions/Update',
    }),
  },
  {
    method: 'DELETE',
    path: new RegExp(`${ACCOUNT}/access/apps/${ID}$`),
    route: () => ({ sdkMethod: 'zeroTrust.access.applications.delete' }),
  },
  {
    method: 'GET',
    path: new RegExp(`${ACCOUNT}/access/apps(/${ID})?$`),
    route: () => ({ sdkMethod: 'zeroTrust.access.applications.list|get' }),
  },
  {
    method: 'POST',
    path: new RegExp(`${DNS}$`),
    route: () => ({
      sdkMethod: 'dns.records.create',
      sdkParams: cname('RecordCreateParams'),
      schema: 'wire/dns-record.schema.json#/definitions/Create',
    }),
  },
  {
    method: 'PUT',
    path: new RegExp(`${DNS}/${ID}$`),
    route: () => ({
      sdkMethod: 'dns.records.update',
      sdkParams: cname('RecordUpdateParams'),
      schema: 'wire/dns-record.schema.json#/definitions/Update',
    }),
  },
  {
    method: 'DELETE',
    path: new RegExp(`${DNS}/${ID}$`),
    route: () => ({ sdkMethod: 'dns.records.delete' }),
  },
  {
    method: 'GET',
    path: new RegExp(`${DNS}(/${ID})?$`),
    route: () => ({ sdkMethod: 'dns.records.list|get' }),
  },
];

/** The route of a request (its path without the query), or undefined for a request Cloudflare has no call for. */
export function routeOf(method: string, path: string, body?: unknown): WireRoute | undefined {
  return ROUTES.find((r) => r.method === method && r.path.test(path))?.route(body);
}
