/**
 * The program-side SDK of the `mcpportal` Pulumi package (`import * as mcp from 'mcp-portals/pulumi'`):
 * `AccessGroup`, `AccessPolicy`, `McpServer`, `McpPortal` and `Provider`, with typed args and outputs. The resources
 * are served by the `pulumi-resource-mcpportal` plugin shipped in this package's `bin/`.
 */
export { AccessGroup, type AccessGroupArgs } from './group.js';
export { AccessPolicy, type AccessPolicyArgs } from './policy.js';
export { McpPortal, type McpPortalArgs } from './portal.js';
export { Provider, type ProviderArgs } from './provider.js';
export { McpServer, type McpServerArgs } from './server.js';
export type * from './types.js';
