/**
 * Benchmark: `loadManifests` (read, parse, schema and cross-document checks) over 10,000 documents in
 * 100 files, generated into a temporary folder. Prints documents per second and peak RSS; no pass/fail.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadManifests } from '../reconciler/load/index.js';

const FILES = 100;
const DOCS_PER_FILE = 100; // 20 policies, 60 servers, 20 portals per file

function file(f: number): string {
  const docs: string[] = [];
  for (let i = 0; i < 20; i++) {
    docs.push(`apiVersion: mcpportal/v1
kind: AccessPolicy
metadata: { name: p-${f}-${i} }
spec:
  decision: allow
  include: [ { emailDomain: example.com }, { group: g${i} } ]
  exclude: [ { email: x${i}@example.com } ]`);
  }
  for (let i = 0; i < 60; i++) {
    docs.push(`apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: s-${f}-${i} }
spec:
  displayName: Server ${f}/${i}
  url: https://s${i}.f${f}.example.com/mcp
  auth: { type: bearer, token: { fromEnv: TOKEN_${i} } }
  tools: [ { name: search, alias: find }, { name: delete, enabled: false } ]
  policies: [ p-${f}-${i % 20} ]`);
  }
  for (let i = 0; i < 20; i++) {
    const servers = [0, 1, 2]
      .map((k) => `    - server: s-${f}-${i * 3 + k}\n      requireUserAuth: false`)
      .join('\n');
    docs.push(`apiVersion: mcpportal/v1
kind: McpPortal
metadata: { name: portal-${f}-${i} }
spec:
  hostname: p${i}.f${f}.example.com
  policies: [ p-${f}-${i} ]
  servers:
${servers}`);
  }
  return `${docs.join('\n---\n')}\n`;
}

export async function run(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-validate-'));
  try {
    for (let f = 0; f < FILES; f++)
      await writeFile(join(dir, `f${String(f).padStart(3, '0')}.yaml`), file(f));
    // One warm-up run compiles the schemas, as a long-running process would have done already.
    await loadManifests([dir], { cwd: dir });
    const start = performance.now();
    const result = await loadManifests([dir], { cwd: dir });
    const ms = performance.now() - start;
    if (result.failed || result.documents !== FILES * DOCS_PER_FILE) {
      throw new Error(`bench input did not validate: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
    }
    return {
      documents: result.documents,
      files: result.files,
      wall_ms: Math.round(ms),
      docs_per_second: Math.round(result.documents / (ms / 1000)),
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await run();
  console.log(JSON.stringify({ bench: 'validate', ...r }));
  console.log(
    `validate: ${r.documents} documents in ${r.files} files in ${r.wall_ms} ms (${r.docs_per_second} docs/s), peak RSS ${r.peak_rss_mb} MB`,
  );
}
