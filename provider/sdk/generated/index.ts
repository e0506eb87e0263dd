/* eslint-disable */
/**
 * GENERATED from schemas/common.schema.json, schemas/access-group.schema.json, schemas/access-policy.schema.json, schemas/mcp-server.schema.json, schemas/mcp-portal.schema.json, scripts/gen/pulumi-overlay.ts
 * (sources sha256 2159442afec0d10e) through provider/schema.json by scripts/gen/pulumi-sdk.ts.
 * DO NOT EDIT: run `npm run gen`.
 *
 * The mcpportal package's SDK: resources, the Provider, functions and types.
 */
export { AccessGroup } from './access-group.js';
export { AccessPolicy } from './access-policy.js';
export { McpServer } from './mcp-server.js';
export { McpPortal } from './mcp-portal.js';
export { Provider } from './provider.js';
export * from './functions.js';
export type * from './types.js';
