/**
 * Routes of `/accounts/{account_id}/access/identity_providers`: read-only, listing the embedded portal's one
 * built-in identity provider (an OIDC-like one; its id is what `login_method`, `oidc` rules and an app's
 * `allowed_idps` name). Users are managed with `portalctl portal users`, not through this API.
 */
import { Hono } from 'hono';
import { LOCAL_IDP_ID, localIdentityProvider } from '../identity/identity-provider.js';
import type { ApiDeps } from './deps.js';
import { parseListQuery, resultInfo, success } from './envelope.js';
import { NotFoundError } from './errors.js';

export function identityProviderRoutes(_deps: ApiDeps): Hono {
  const app = new Hono();
  const all = [localIdentityProvider];

  app.get('/', (c) => {
    const query = c.req.query();
    const q = parseListQuery(query);
    // `scim_enabled=true` lists only providers with SCIM provisioning on: the built-in one has none.
    const listed = query.scim_enabled === 'true' ? [] : all;
    const start = (q.page - 1) * q.per_page;
    const page = { items: listed.slice(start, start + q.per_page), total: listed.length };
    return c.json(success(page.items, [], resultInfo(q, page)));
  });

  app.get('/:id', (c) => {
    const id = c.req.param('id');
    if (id !== LOCAL_IDP_ID) throw new NotFoundError(`identity provider "${id}" not found`);
    return c.json(success(localIdentityProvider));
  });

  return app;
}
