/**
 * Baseline for `portalctl plan` with no changes: a straightforward script doing the same reads one object at
 * a time. js-yaml for the manifests, then one GET per server and per portal by id (8 in flight, undici),
 * and the policies' pages one after another (policies are found by name). Compares a field of each (a
 * server's hostname, a portal's hostname, a policy's decision) and prints the count of differences and the
 * requests made. `node dist/bench/baselines/naive-plan.js <folder> <api base url> <account id>` with
 * CLOUDFLARE_API_TOKEN set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { request } from 'undici';

interface Doc {
  kind: string;
  metadata: { name: string };
  spec: { url?: string; hostname?: string; decision?: string };
}

const [dir = '.', base = '', account = ''] = process.argv.slice(2);
const token = process.env.CLOUDFLARE_API_TOKEN ?? '';
let requests = 0;

async function get(path: string): Promise<{ result: unknown; result_info?: { total_pages?: number } }> {
  requests++;
  const res = await request(`${base}/accounts/${account}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await res.body.json()) as { result: unknown; result_info?: { total_pages?: number } };
}

async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++] as T);
    }),
  );
}

const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => loadAll(readFileSync(join(dir, f), 'utf8')) as Doc[]);
let differences = 0;

const policies: { name: string; decision: string }[] = [];
for (let page = 1; ; page++) {
  const r = await get(`/access/policies?page=${page}&per_page=100`);
  policies.push(...(r.result as { name: string; decision: string }[]));
  if (page >= (r.result_info?.total_pages ?? 0)) break;
}
const byName = new Map(policies.map((p) => [p.name, p]));
for (const d of docs.filter((x) => x.kind === 'AccessPolicy'))
  if (byName.get(d.metadata.name)?.decision !== d.spec.decision) differences++;

await pool(
  docs.filter((d) => d.kind === 'McpServer' || d.kind === 'McpPortal'),
  8,
  async (d) => {
    const collection = d.kind === 'McpServer' ? 'servers' : 'portals';
    const r = await get(`/access/ai-controls/mcp/${collection}/${encodeURIComponent(d.metadata.name)}`);
    const live = r.result as { hostname?: string } | null;
    const want = d.kind === 'McpServer' ? new URL(d.spec.url ?? '').host : d.spec.hostname;
    if (!live?.hostname || (d.kind === 'McpPortal' && live.hostname !== want)) differences++;
  },
);
console.log(`${docs.length} documents, ${differences} differences, ${requests} requests`);
