// The example groups select users by the embedded portal's identity provider: every `identityProviderId`
// in examples/manifests names an identity provider the embedded portal lists (GET
// /access/identity_providers, through the reconciler's own client), so the examples mean on the embedded
// portal what they would mean on Cloudflare with a real IdP's id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { startTestPortal, type TestPortal } from '../../../portal/testing/harness.js';
import { ApiClient } from '../../api/client.js';
import { PortalApi } from '../../api/endpoints.js';

const root = join(import.meta.dirname, '..', '..', '..');

/** Every value of an `identityProviderId` key anywhere in the value. */
function idpIds(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(idpIds);
  if (typeof v !== 'object' || v === null) return [];
  return Object.entries(v).flatMap(([k, x]) => (k === 'identityProviderId' ? [String(x)] : idpIds(x)));
}

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(async () => {
  await portal?.close();
});

describe('examples/manifests/groups.yaml', () => {
  it('defines the groups the example policies select, by the identity provider the embedded portal lists', async () => {
    const docs = parseAllDocuments(readFileSync(join(root, 'examples/manifests/groups.yaml'), 'utf8')).map(
      (d) => d.toJS() as { kind: string; metadata: { name: string }; spec: unknown },
    );
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual([
      'AccessGroup/platform',
      'AccessGroup/support',
    ]);
    const api = new PortalApi(
      new ApiClient({ baseUrl: portal.baseUrl, accountId: portal.accountId, token: portal.apiToken }),
    );
    const listed = new Set((await api.listIdentityProviders()).map((p) => p.id));
    const used = new Set(docs.flatMap((d) => idpIds(d.spec)));
    expect(used.size).toBe(1);
    for (const id of used) expect(listed, `identity provider ${id}`).toContain(id);
  });
});
