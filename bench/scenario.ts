/**
 * The benches' manifest sets: the reconcile set (POLICIES policies, SERVERS servers, PORTALS portals of ten
 * servers each) as one YAML text, with each server's URL from `url(i)`; and the validate corpus (10,000
 * documents in 100 files, every kind and most fields). Deterministic, so runs compare.
 */
export const POLICIES = 200;
export const SERVERS = 1000;
export const PORTALS = 100;

/**
 * The reconcile set; by default every server at its own (unreachable) host. Each server renames one of its
 * upstream's tools (`tool`), as real manifests do.
 */
export function manifests(
  url: (i: number) => string = (i) => `https://s${i}.example.com/mcp`,
  tool = 'search',
): string {
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
  url: ${url(i)}
  tools: [ { name: ${tool}, alias: find } ]
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

export const CORPUS_FILES = 100;

/** One file of the validate corpus: 20 policies, 60 servers and 20 portals (100 documents). */
export function corpusFile(f: number): string {
  const docs: string[] = [];
  for (let i = 0; i < 20; i++) {
    docs.push(`apiVersion: mcpportal/v1
kind: AccessPolicy
metadata: { name: p-${f}-${i} }
spec:
  decision: allow
  include: [ { emailDomain: example.com }, { email: owner${i}@example.com } ]
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
  hostname: portal-${f}-${i}.example.com
  policies: [ p-${f}-${i} ]
  servers:
${servers}`);
  }
  return `${docs.join('\n---\n')}\n`;
}
