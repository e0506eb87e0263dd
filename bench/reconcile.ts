/**
 * Benchmark: plan and apply of 200 policies, 1,000 servers and 100 portals (10 servers each) against
 * the embedded portal over HTTP: wall time and API requests for a plan from empty, the apply, and a
 * no-change plan after it. Capability sync is stubbed (benched in bench/sync.ts). Numbers, not pass/fail.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readySync, startTestPortal } from '../portal/testing/harness.js';
import { ApiClient } from '../reconciler/api/client.js';
import { PortalApi } from '../reconciler/api/endpoints.js';
import { apply } from '../reconciler/apply/apply.js';
import { waitForServers } from '../reconciler/apply/wait.js';
import { desiredFromManifests, planAgainst } from '../reconciler/engine.js';
import { loadManifests } from '../reconciler/load/index.js';
import { keyResolver } from '../reconciler/secrets.js';

export const POLICIES = 200;
export const SERVERS = 1000;
export const PORTALS = 100;

/** The benches' set: POLICIES policies, SERVERS servers, PORTALS portals of 10 servers each, as one YAML text. */
export function manifests(): string {
  const docs: string[] = [];
  for (let i = 0; i < POLICIES; i++) {
    docs.push(`apiVersion: mcpportal/v1
kind: AccessPolicy
metadata: { name: p${i} }
spec: { decision: allow, include: [ { emailDomain: team${i}.example.com } ] }`);
  }
  for (let i = 0; i < SERVERS; i++) {
    docs.push(`apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: s${i} }
spec:
  url: https://s${i}.example.com/mcp
  tools: [ { name: search, alias: find } ]
  policies: [ p${i % POLICIES} ]`);
  }
  for (let i = 0; i < PORTALS; i++) {
    const servers = Array.from({ length: 10 }, (_, k) => `    - server: s${i * 10 + k}`).join('\n');
    docs.push(`apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: portal${i} }
spec:
  hostname: portal${i}.example.com
  policies: [ p${i % POLICIES} ]
  servers:
${servers}`);
  }
  return `${docs.join('\n---\n')}\n`;
}

async function timed<T>(
  client: ApiClient,
  fn: () => Promise<T>,
): Promise<{ value: T; ms: number; requests: number }> {
  const before = client.requests;
  const start = performance.now();
  const value = await fn();
  return { value, ms: Math.round(performance.now() - start), requests: client.requests - before };
}

export async function run() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-reconcile-'));
  const portal = await startTestPortal({
    sync: readySync([{ name: 'search' }, { name: 'fetch' }]),
    rateLimit: { limit: 10_000_000, windowSeconds: 300 },
  });
  const client = new ApiClient({
    baseUrl: portal.baseUrl,
    accountId: portal.accountId,
    token: portal.apiToken,
    concurrency: 16,
  });
  const api = new PortalApi(client);
  try {
    await writeFile(join(dir, 'all.yaml'), manifests());
    const loaded = await loadManifests([dir], { cwd: dir });
    const desired = desiredFromManifests(loaded.manifests, {});
    const opts = {
      target: { api_url: portal.baseUrl, account_id: portal.accountId, embedded: true },
      owner: 'default',
    };
    const first = await timed(client, () => planAgainst(api, desired, opts));
    const applied = await timed(client, async () => {
      const result = await apply(first.value.plan, api, { secrets: keyResolver({}), concurrency: 16 });
      await waitForServers(api, result.synced, { timeoutMs: 120_000 });
      return result;
    });
    const again = await timed(client, () => planAgainst(api, desired, opts));
    const changes = again.value.plan.resources.filter((r) => r.action !== 'noop').length;
    return {
      policies: POLICIES,
      servers: SERVERS,
      portals: PORTALS,
      plan_from_empty_ms: first.ms,
      plan_from_empty_requests: first.requests,
      apply_ms: applied.ms,
      apply_requests: applied.requests,
      apply_failed: applied.value.failed.length,
      noop_plan_ms: again.ms,
      noop_plan_requests: again.requests,
      noop_plan_changes: changes,
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await client.close();
    await portal.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await run();
  console.log(JSON.stringify({ bench: 'reconcile', ...r }));
  console.log(
    `reconcile: ${r.policies} policies, ${r.servers} servers, ${r.portals} portals: plan from empty ${r.plan_from_empty_ms} ms (${r.plan_from_empty_requests} requests); apply ${r.apply_ms} ms (${r.apply_requests} requests, ${r.apply_failed} failed); no-change plan ${r.noop_plan_ms} ms (${r.noop_plan_requests} requests, ${r.noop_plan_changes} changes); peak RSS ${r.peak_rss_mb} MB`,
  );
}
