/**
 * The program-side SDK of the `mcpportal` Pulumi package (`import * as mcp from 'mcp-portals/pulumi'`):
 * the resources `AccessGroup`, `AccessPolicy`, `McpServer`, `McpPortal`, the `Provider`, the functions
 * (`getServer`, `getPortal`, `getPolicy`, `listServers` and their `...Output` forms) and the types, all
 * generated from provider/schema.json into `generated/` by `npm run gen`. They are served by the
 * `pulumi-resource-mcpportal` plugin shipped in this package's `bin/`.
 */
export * from './generated/index.js';
export type * from './types.js';
