// The convergence property through the Pulumi plugin (the spawned `pulumi-resource-mcpportal`, driven over
// gRPC as the engine drives it): for each manifest set, `pulumi up` (Check, then Create, in dependency
// order), then `pulumi preview`, and, after the portal's periodic capability sync, `pulumi refresh` (Read)
// followed by `pulumi preview` (Check, Diff), with the same program: no changes. The named edge cases
// and a few random sets (CONVERGENCE_PULUMI_RUNS, CONVERGENCE_SEED), each against a fresh embedded
// portal with real sync and the example upstreams.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AllUpstreams, startAllUpstreams } from '../examples/upstreams/index.js';
import { syncServer } from '../portal/sync/index.js';
import { SERVERS, startTestPortal } from '../portal/testing/harness.js';
import { genSetArb, renderSet } from '../reconciler/testing/arbitrary.js';
import { EDGE_CASES, examplesSet } from '../reconciler/testing/edge-cases.js';
import {
  type Doc,
  type ManifestSet,
  secretOf,
  serverRefs,
  setFromYaml,
  toYaml,
  type UpstreamUrls,
} from '../reconciler/testing/manifest-sets.js';
import { GROUP, POLICY, PORTAL, SERVER } from './testing/bench.js';
import { type Plugin, startPlugin } from './testing/engine.js';
import { type Props, secret } from './wire.js';

const TOKEN = 'tk-convergence-pulumi-0123456789';
const RUNS = Number(process.env.CONVERGENCE_PULUMI_RUNS ?? 3);
const SEED = Number(process.env.CONVERGENCE_SEED ?? 20_260_110);

let upstreams: AllUpstreams;
let urls: UpstreamUrls;
let plugin: Plugin;

beforeAll(async () => {
  upstreams = await startAllUpstreams({ ticketsToken: TOKEN });
  urls = { docs: upstreams.docs.url, tickets: upstreams.tickets.url, paged: upstreams.paged.url };
  plugin = await startPlugin();
});
afterAll(async () => {
  await plugin?.close();
  await upstreams?.close();
});

interface Resource {
  type: string;
  name: string;
  /** The program's inputs: the manifest spec, a group's or policy's `name`, secrets as Pulumi secrets. */
  inputs: Props;
}

/** A manifest set as a Pulumi program's resources, in dependency order (groups, policies, servers, portals). */
function programOf(set: ManifestSet): Resource[] {
  const resource = (d: Doc, i: number): Resource => {
    if (d.kind === 'AccessGroup')
      return { type: GROUP, name: `group-${i}`, inputs: { name: d.metadata.name, ...d.spec } };
    if (d.kind === 'AccessPolicy')
      return { type: POLICY, name: `policy-${i}`, inputs: { name: d.metadata.name, ...d.spec } };
    if (d.kind === 'McpPortal') return { type: PORTAL, name: d.metadata.name, inputs: { ...d.spec } };
    const auth = d.spec.auth as Props | undefined;
    const refs = serverRefs(d.spec);
    const value = (slot: string) => secret(secretOf(set, d.metadata.name, slot));
    const withSecrets = refs.some((r) => r.slot === 'token')
      ? { ...auth, token: value('token') }
      : refs.length
        ? { ...auth, headers: Object.fromEntries(refs.map((r) => [r.slot, value(r.slot)])) }
        : auth;
    return {
      type: SERVER,
      name: d.metadata.name,
      inputs: { ...d.spec, ...(auth ? { auth: withSecrets } : {}) },
    };
  };
  return set.docs.map(resource);
}

/** Runs up, preview, refresh and preview; returns every way the plugin reported a change or failed. */
async function converges(set: ManifestSet): Promise<{ problems: string[]; log: string }> {
  const portal = await startTestPortal({ sync: syncServer });
  const from = plugin.stderr().length;
  const problems: string[] = [];
  try {
    await plugin.configure({
      apiUrl: portal.baseUrl,
      accountId: portal.accountId,
      apiToken: secret(portal.apiToken),
      syncTimeout: 30,
    });
    const state: { r: Resource; id: string; outs: Props; inputs: Props }[] = [];
    for (const r of programOf(set)) {
      const checked = await plugin.check(r.type, r.name, r.inputs);
      if (checked.failures.length) {
        problems.push(`up: Check ${r.type} ${r.name}: ${JSON.stringify(checked.failures)}`);
        continue;
      }
      try {
        const { id, outs } = await plugin.create(r.type, r.name, checked.inputs);
        state.push({ r, id, outs, inputs: checked.inputs });
      } catch (err) {
        problems.push(`up: Create ${r.type} ${r.name}: ${(err as Error).message}`);
      }
    }
    const changes = async (
      phase: string,
      s: (typeof state)[number],
      id: string,
      outs: Props,
      olds: Props,
    ) => {
      const checked = await plugin.check(s.r.type, s.r.name, s.r.inputs, olds);
      const d = await plugin.diff(s.r.type, s.r.name, id, outs, checked.inputs, olds);
      if (d.changes !== 'none')
        problems.push(`${phase}: ${s.r.type} ${s.r.name} ${d.changes}: ${JSON.stringify(d.detailed)}`);
    };
    for (const s of state) await changes('preview after up', s, s.id, s.outs, s.inputs);
    // The portal's periodic capability sync (every 24 h) happens between any up and the next refresh.
    for (const s of state.filter((x) => x.r.type === SERVER))
      await portal.call('POST', `${SERVERS}/${encodeURIComponent(s.id)}/sync`);
    for (const s of state) {
      const read = await plugin.read(s.r.type, s.r.name, s.id, s.outs, s.inputs);
      if (!read.id) problems.push(`refresh: ${s.r.type} ${s.r.name} is gone`);
      else await changes('preview after refresh', s, read.id, read.props, read.inputs);
    }
  } finally {
    await portal.close();
  }
  return { problems, log: plugin.stderr().slice(from) };
}

/** Fails with the problems, the manifests and the plugin's log of this case. */
async function expectConverges(set: ManifestSet, why: string) {
  const { problems, log } = await converges(set);
  const details = [why, ...problems, '--- manifests ---', toYaml(set), '--- plugin log ---', log.trimEnd()];
  expect(problems, details.join('\n')).toEqual([]);
}

describe('pulumi up, then refresh and preview with the same program, find nothing', () => {
  it.each(EDGE_CASES)('$name', async ({ reason, yaml, first }) => {
    await expectConverges(setFromYaml(yaml, urls, TOKEN, first), reason);
  });

  it("the repository's example manifests (without the OAuth server)", async () => {
    await expectConverges(await examplesSet(urls, TOKEN), 'examples/manifests');
  });

  for (const [i, g] of fc.sample(genSetArb, { seed: SEED, numRuns: RUNS }).entries()) {
    it(`random set #${i + 1} (seed ${SEED})`, async () => {
      await expectConverges(renderSet(g, urls, TOKEN), `random set (CONVERGENCE_SEED=${SEED})`);
    });
  }
});
