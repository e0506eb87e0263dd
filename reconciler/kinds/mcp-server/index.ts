/**
 * The McpServer kind. `url` and `auth.type` cannot change in place (the schema's `x-replace-on-change`):
 * a replace detaches the server from the portals that map it, deletes and creates it, and attaches it
 * again. Overrides naming a capability the last sync did not find are not compared: the portal drops them
 * at every sync, so comparing them would show a change forever. Planning is in plan.ts.
 */
import type { ServerObject } from '../../../schemas/generated/wire.js';
import { replaceOnChange } from '../../../schemas/registry.js';
import { appRef } from '../apps.js';
import type { KindHandler } from '../handler.js';
import type { Desired, Observed } from '../model.js';
import { checkServer } from './check.js';
import { serverManifest } from './manifest.js';
import { KEYED, planServerChange, planServerCreate, planServerDelete } from './plan.js';
import { serverFromApi, serverFromManifest } from './spec.js';
import { serverStatus } from './status.js';

export { planAttach, planCreate, planDetachAndDelete } from './plan.js';

const KIND = 'McpServer';
export const SERVER_REPLACE_ON = replaceOnChange(KIND).map((p) => `spec.${p}`);

export const serverHandler: KindHandler<'McpServer'> = {
  kind: KIND,
  schema: 'mcp-server.schema.json',
  order: 1,
  replaceOn: SERVER_REPLACE_ON,
  keyed: KEYED,
  observeWith: [],
  ownStatus: true,
  importFile: 'servers.yaml',
  fromManifest: serverFromManifest,
  toManifest: serverManifest,
  list: (api) => api.listServers(),
  get: (api, id) => api.getServer(id),
  nameOf: (raw) => (raw as ServerObject).id,

  fromApi(raw, ctx): Observed<'McpServer'> {
    const s = raw as ServerObject;
    const app = ctx.apps.forServer(s.id);
    // Where the API does not reveal the credential's form (Cloudflare), the manifest's is assumed.
    const hint = (ctx.desired(KIND, s.id) as Desired<'McpServer'> | undefined)?.spec.credentials;
    const { spec, facts, assumed } = serverFromApi(s, ctx.apps.policyNamesOf(app), hint);
    return {
      kind: KIND,
      name: s.id,
      id: s.id,
      spec,
      facts,
      owned: ctx.apps.owned(app),
      ...appRef(app),
      ...(assumed ? { assumed } : {}),
    };
  },

  planChange: (d, o, ctx) => (o ? planServerChange(d, o, ctx, SERVER_REPLACE_ON) : planServerCreate(d, ctx)),
  planDelete: planServerDelete,
  status: (o) => serverStatus(o),
  semanticCheck: checkServer,
};
