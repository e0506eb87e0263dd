/**
 * Benchmark: the embedded portal's management API over real HTTP on 127.0.0.1. Creates 1,000 MCP servers
 * (one at a time, then another 1,000 with 16 in flight) and lists all of them through every page, as the
 * SDKs do (until an empty page), with a no-op sync so only the API and the store are measured (sync against
 * real upstreams, each in its own process: bench/cli.ts's apply). No pass/fail.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortal } from '../portal/index.js';

const SERVERS = 1000;
const CONCURRENCY = 16;

export async function run() {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-portal-'));
  const portal = await startPortal({
    dataDir,
    port: 0,
    rateLimit: { limit: 1_000_000, windowSeconds: 300 },
    syncIntervalMs: 0,
    sync: async () => ({
      status: 'ready',
      tools: [{ name: 'a' }],
      prompts: [],
      transport: 'streamable-http',
    }),
    log: () => undefined,
  });
  const base = `${portal.baseUrl}/accounts/${portal.accountId}/access/ai-controls/mcp/servers`;
  const headers = { authorization: `Bearer ${portal.apiToken}`, 'content-type': 'application/json' };
  const create = async (id: string) => {
    const res = await fetch(base, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        id,
        name: `Server ${id}`,
        hostname: `https://${id}.example.com/mcp`,
        auth_type: 'bearer',
        auth_credentials: `token-${id}`,
      }),
    });
    if (res.status !== 201) throw new Error(`create ${id}: HTTP ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  try {
    await create('warm-up');
    let start = performance.now();
    for (let i = 0; i < SERVERS; i++) await create(`seq-${i}`);
    const sequentialMs = performance.now() - start;

    start = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < SERVERS) await create(`par-${next++}`);
      }),
    );
    const concurrentMs = performance.now() - start;
    await portal.scheduler.idle();

    // 2,001 servers now: list the 1,000 `seq-` ones through every page, stopping at the first empty one.
    const listed = async (perPage: number) => {
      const t = performance.now();
      let seen = 0;
      let pages = 0;
      for (let page = 1; ; page++) {
        const res = await fetch(`${base}?search=seq-&per_page=${perPage}&page=${page}`, { headers });
        const body = (await res.json()) as { result: unknown[] };
        pages++;
        if (body.result.length === 0) break;
        seen += body.result.length;
      }
      if (seen !== SERVERS) throw new Error(`listed ${seen} servers, expected ${SERVERS}`);
      return { ms: performance.now() - t, pages };
    };
    const list100 = await listed(100);
    const list20 = await listed(20);
    return {
      servers: SERVERS,
      creates_per_second_sequential: Math.round(SERVERS / (sequentialMs / 1000)),
      creates_per_second_concurrent: Math.round(SERVERS / (concurrentMs / 1000)),
      concurrency: CONCURRENCY,
      list_1000_per_page_100_ms: Math.round(list100.ms),
      list_1000_per_page_100_pages: list100.pages,
      list_1000_per_page_20_ms: Math.round(list20.ms),
      list_1000_per_page_20_pages: list20.pages,
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await portal.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await run();
  console.log(JSON.stringify({ bench: 'portal-api', ...r }));
  console.log(
    `portal-api: ${r.creates_per_second_sequential} creates/s one at a time, ${r.creates_per_second_concurrent} creates/s with ${r.concurrency} in flight; ` +
      `list ${r.servers} servers: ${r.list_1000_per_page_100_ms} ms in ${r.list_1000_per_page_100_pages} pages of 100, ` +
      `${r.list_1000_per_page_20_ms} ms in ${r.list_1000_per_page_20_pages} pages of 20; peak RSS ${r.peak_rss_mb} MB`,
  );
}
