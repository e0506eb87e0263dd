// Pulumi.yaml applied for real: a minimal engine drives the program's resources through the spawned
// plugin against the embedded portal and the example upstreams; a second preview shows no changes
// and destroy leaves nothing behind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProviderBench, startProviderBench, TICKETS_TOKEN } from './testing/bench.js';
import { type Deployment, destroy, preview, up, type YamlProgram } from './testing/yaml-engine.js';
import { isSecret } from './wire.js';

const program = yaml.load(
  readFileSync(join(import.meta.dirname, '..', 'Pulumi.yaml'), 'utf8'),
) as YamlProgram;
let pb: ProviderBench;
let config: Record<string, unknown>;
let deployment: Deployment;

beforeAll(async () => {
  pb = await startProviderBench();
  config = {
    docsUrl: pb.bench.upstreams.docs.url,
    ticketsUrl: pb.bench.upstreams.tickets.url,
    metricsUrl: pb.bench.upstreams.paged.url,
    ticketsToken: TICKETS_TOKEN,
  };
});
afterAll(async () => {
  await pb?.close();
});

describe('Pulumi.yaml through the plugin', () => {
  it('creates every resource and exports statuses and portal URLs', async () => {
    deployment = await up(pb.plugin, program, config);
    expect(deployment.outputs).toMatchObject({
      docsStatus: 'Ready',
      ticketsStatus: 'Ready',
      ticketsReadonlyStatus: 'Ready',
      metricsStatus: 'Ready',
      engineeringUrl: 'https://engineering.mcp.localhost/mcp',
      // The portal's id is autonamed (the program gives none): `engineering-<7 hex>`.
      engineeringLocalUrl: expect.stringMatching(
        new RegExp(
          `^${String(pb.config.apiUrl).replace('/client/v4', '')}/portals/engineering-[0-9a-f]{7}/mcp$`,
        ),
      ),
      supportStatus: 'Ready',
      supportUrl: 'https://support.mcp.localhost/mcp',
    });
    // GitHub needs an admin's OAuth login before it can sync.
    expect(deployment.outputs.githubStatus).toBe('Waiting');
    expect(deployment.outputs.engineeringStatus).toBe('Waiting');
    expect(
      isSecret((deployment.state.tickets?.outs.auth as Record<string, unknown> | undefined)?.token),
    ).toBe(true);
    const live = pb.bench.portal.dump();
    expect(live.servers).toHaveLength(5);
    expect(live.portals).toHaveLength(2);
    expect(live.policies).toHaveLength(4);
    // Ids the program gives are pinned; the others are autonamed, and references follow them.
    const ids = (live.servers as { id: string }[]).map((s) => s.id);
    expect(ids).toContain('tickets-readonly');
    expect(ids.filter((id) => /^(docs|tickets|metrics|github)-[0-9a-f]{7}$/.test(id))).toHaveLength(4);
    expect((live.policies as { name: string }[]).map((p) => p.name)).toContain('support-team');
    expect((live.policies as { name: string }[]).some((p) => /^engineers-[0-9a-f]{7}$/.test(p.name))).toBe(
      true,
    );
  });

  it('previews no changes on a second run', async () => {
    const diffs = await preview(pb.plugin, program, deployment, config);
    for (const [name, d] of Object.entries(diffs)) expect(d.changes, name).toBe('none');
  });

  it('destroys everything it created', async () => {
    await destroy(pb.plugin, program, deployment);
    const live = pb.bench.portal.dump();
    for (const table of ['servers', 'portals', 'policies', 'apps']) expect(live[table], table).toEqual([]);
  });
});
