// Table-driven tests of the manifest loader: one case per diagnostic code, each asserting the code,
// the line and column it points at, and the JSON path; plus the example set and file-level problems.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: manifests here use ${VAR} substitution syntax in plain strings
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { renderDiagnostics } from '../render/diagnostics.js';
import { LOAD_CODES } from './codes.js';
import { loadManifests, type ManifestOf } from './index.js';

const repoRoot = join(import.meta.dirname, '..', '..');

async function load(text: string | Buffer, opts: { strict?: boolean; maxBytes?: number } = {}) {
  return loadManifests(['-'], { cwd: repoRoot, readStdin: async () => text, ...opts });
}

const doc = (kind: string, name: string, spec: string) =>
  `apiVersion: mcpportal/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
// In `doc(...)`, line 6 is the first line of the spec; documents joined by `\n---\n` add two lines.
const server = (spec: string, name = 'wiki') => doc('McpServer', name, spec);
const portal = (spec: string, name = 'eng') => doc('McpPortal', name, spec);
const policy = (spec: string, name = 'engineers') => doc('AccessPolicy', name, spec);
const group = (spec: string, name = 'platform') => doc('AccessGroup', name, spec);
const okServer = (name: string) => server('  url: https://x.example.com/mcp\n', name);

interface Case {
  name: string;
  reason: string;
  yaml: string | Buffer;
  want: { code: string; line: number; column: number; path?: string; severity?: 'error' | 'warning' };
  opts?: { maxBytes?: number };
}

const cases: Case[] = [
  {
    name: 'file/too-large',
    reason: 'a file over the byte limit is refused before parsing',
    yaml: okServer('a'),
    opts: { maxBytes: 10 },
    want: { code: 'file/too-large', line: 1, column: 1 },
  },
  {
    name: 'file/not-utf8',
    reason: 'invalid UTF-8 is reported at the byte where it starts',
    yaml: Buffer.concat([Buffer.from('kind: McpServer\nspec: ab'), Buffer.from([0xff]), Buffer.from('\n')]),
    want: { code: 'file/not-utf8', line: 2, column: 9 },
  },
  {
    name: 'file/empty',
    reason: 'an empty file is suspicious but not an error',
    yaml: '# nothing here\n',
    want: { code: 'file/empty', line: 1, column: 1, severity: 'warning' },
  },
  {
    name: 'yaml/syntax',
    reason: 'an unterminated quote does not parse',
    yaml: "apiVersion: 'mcpportal/v1\n",
    want: { code: 'yaml/syntax', line: 2, column: 1 },
  },
  {
    name: 'yaml/duplicate-key',
    reason: 'the second of two equal keys is reported; YAML libraries differ on which one wins',
    yaml: server('  url: https://a.example.com/mcp\n  url: https://b.example.com/mcp\n'),
    want: { code: 'yaml/duplicate-key', line: 7, column: 3 },
  },
  {
    name: 'yaml/non-string-key',
    reason: 'JSON Schema and the API only know string keys',
    yaml: server('  url: https://a.example.com/mcp\n  1: one\n'),
    want: { code: 'yaml/non-string-key', line: 7, column: 3 },
  },
  {
    name: 'yaml/alias-limit',
    reason: 'a billion-laughs document is refused instead of expanded',
    yaml: [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      '',
    ].join('\n'),
    want: { code: 'yaml/alias-limit', line: 2, column: 8 },
  },
  {
    name: 'yaml/unknown-tag',
    reason: 'a tag handle that resolves to nothing is an error',
    yaml: '%TAG !x! tag:example.com,2026:\n---\na: !y!z 1\n',
    want: { code: 'yaml/unknown-tag', line: 3, column: 4 },
  },
  {
    name: 'yaml/unresolved-tag',
    reason: 'a custom local tag is kept as a plain value, with a warning',
    yaml: server('  url: !custom https://a.example.com/mcp\n'),
    want: { code: 'yaml/unresolved-tag', line: 6, column: 8, severity: 'warning' },
  },
  {
    name: 'yaml/warning',
    reason: 'other YAML warnings, such as an unknown directive, pass through',
    yaml: `%FOO bar\n---\n${okServer('a')}`,
    want: { code: 'yaml/warning', line: 1, column: 1, severity: 'warning' },
  },
  {
    name: 'yaml/not-a-mapping',
    reason: 'a manifest document is a mapping',
    yaml: '- apiVersion: mcpportal/v1\n',
    want: { code: 'yaml/not-a-mapping', line: 1, column: 1 },
  },
  {
    name: 'manifest/missing-api-version',
    reason: 'apiVersion is required and reported at the document',
    yaml: 'kind: McpServer\nmetadata: { name: a }\nspec: { url: "https://a.example.com/mcp" }\n',
    want: { code: 'manifest/missing-api-version', line: 1, column: 1, path: '/apiVersion' },
  },
  {
    name: 'manifest/unknown-api-version',
    reason: 'only mcpportal/v1 is read',
    yaml: okServer('a').replace('mcpportal/v1', 'mcpportal/v2'),
    want: { code: 'manifest/unknown-api-version', line: 1, column: 13, path: '/apiVersion' },
  },
  {
    name: 'manifest/missing-kind',
    reason: 'kind is required',
    yaml: 'apiVersion: mcpportal/v1\nmetadata: { name: a }\n',
    want: { code: 'manifest/missing-kind', line: 1, column: 1, path: '/kind' },
  },
  {
    name: 'manifest/unknown-kind',
    reason: 'an unknown kind is reported at its value, with a suggestion',
    yaml: okServer('a').replace('kind: McpServer', 'kind: McpServr'),
    want: { code: 'manifest/unknown-kind', line: 2, column: 7, path: '/kind' },
  },
  {
    name: 'schema/unknown-property',
    reason: 'an unknown key is reported at the key itself',
    yaml: server('  url: https://a.example.com/mcp\n  displayNmae: Wiki\n'),
    want: { code: 'schema/unknown-property', line: 7, column: 3, path: '/spec/displayNmae' },
  },
  {
    name: 'schema/required',
    reason: 'a missing property is reported at the key of the mapping that lacks it',
    yaml: server('  description: no url\n'),
    want: { code: 'schema/required', line: 5, column: 1, path: '/spec' },
  },
  {
    name: 'schema/enum',
    reason: 'a value outside an enum is reported at the value',
    yaml: portal('  hostname: mcp.example.com\n  codeMode: optin\n'),
    want: { code: 'schema/enum', line: 7, column: 13, path: '/spec/codeMode' },
  },
  {
    name: 'schema/const',
    reason: 'everyone is written `everyone: true`',
    yaml: policy('  decision: allow\n  include:\n    - everyone: false\n'),
    want: { code: 'schema/const', line: 8, column: 17, path: '/spec/include/0/everyone' },
  },
  {
    name: 'schema/type',
    reason: 'a list where a boolean belongs',
    yaml: server('  url: https://a.example.com/mcp\n  secureWebGateway: [yes]\n'),
    want: { code: 'schema/type', line: 7, column: 21, path: '/spec/secureWebGateway' },
  },
  {
    name: 'schema/pattern',
    reason: 'server ids cannot contain underscores',
    yaml: okServer('my_wiki'),
    want: { code: 'schema/pattern', line: 4, column: 9, path: '/metadata/name' },
  },
  {
    name: 'schema/format',
    reason: 'an email selector holds an email address',
    yaml: policy('  decision: allow\n  include:\n    - email: not-an-email\n'),
    want: { code: 'schema/format', line: 8, column: 14, path: '/spec/include/0/email' },
  },
  {
    name: 'schema/size',
    reason: 'include needs at least one rule',
    yaml: policy('  decision: allow\n  include: []\n'),
    want: { code: 'schema/size', line: 7, column: 12, path: '/spec/include' },
  },
  {
    name: 'schema/one-of',
    reason: 'a bearer server gives a token or headers, not both',
    yaml: server(
      '  url: https://a.example.com/mcp\n  auth:\n    type: bearer\n    token: { fromEnv: A }\n    headers: { X-Key: { fromEnv: B } }\n',
    ),
    want: { code: 'schema/one-of', line: 8, column: 5, path: '/spec/auth' },
  },
  {
    name: 'schema/unique',
    reason: 'a policy listed twice on one server',
    yaml: `${policy('  decision: allow\n  include: [{ everyone: true }]\n')}\n---\n${server('  url: https://a.example.com/mcp\n  policies: [engineers, engineers]\n')}`,
    want: { code: 'schema/unique', line: 16, column: 13, path: '/spec/policies' },
  },
  {
    name: 'schema/invalid',
    reason: 'a header name with a space is not a valid HTTP header',
    yaml: server(
      '  url: https://a.example.com/mcp\n  auth:\n    type: bearer\n    headers:\n      Bad Header: { fromEnv: B }\n',
    ),
    want: { code: 'schema/invalid', line: 10, column: 7, path: '/spec/auth/headers' },
  },
  {
    name: 'substitution/unset',
    reason: 'an unset variable without a default is an error at the expression, never an empty string',
    yaml: server('  url: https://a.example.com:${NO_SUCH_PORT_VAR}/mcp\n'),
    want: { code: 'substitution/unset', line: 6, column: 30, path: '/spec/url' },
  },
  {
    name: 'substitution/invalid',
    reason: 'only ${NAME} and ${NAME:-default} are understood; anything else is refused, not guessed',
    yaml: server('  url: https://a.example.com/mcp\n  description: costs ${1DOLLAR}\n'),
    want: { code: 'substitution/invalid', line: 7, column: 22, path: '/spec/description' },
  },
  {
    name: 'substitution/refused',
    reason: 'a credential substituted into a description would be printed in plans and sent in clear',
    yaml: server('  url: https://a.example.com/mcp\n  description: ${GITHUB_TOKEN}\n'),
    want: { code: 'substitution/refused', line: 7, column: 16, path: '/spec/description' },
  },
  {
    name: 'substitution/secret-field',
    reason: 'a substituted secret would be an inline secret in plan files: secret fields use fromEnv',
    yaml: server('  url: https://a.example.com/mcp\n  auth:\n    type: bearer\n    token: ${WIKI_TOKEN}\n'),
    want: { code: 'substitution/secret-field', line: 9, column: 12, path: '/spec/auth/token' },
  },
  {
    name: 'secret/inline',
    reason: 'an inline token is refused with the fix in the message',
    yaml: server('  url: https://a.example.com/mcp\n  auth:\n    type: bearer\n    token: s3cr3t\n'),
    want: { code: 'secret/inline', line: 9, column: 12, path: '/spec/auth/token' },
  },
  {
    name: 'secret/refused',
    reason: "a reference to the target's own API token is refused at the reference",
    yaml: server(
      '  url: https://a.example.com/mcp\n  auth:\n    type: bearer\n    token: { fromEnv: CLOUDFLARE_API_TOKEN }\n',
    ),
    want: { code: 'secret/refused', line: 9, column: 23, path: '/spec/auth/token/fromEnv' },
  },
  {
    name: 'semantic/duplicate-name',
    reason: 'the second document with a taken name is reported',
    yaml: `${okServer('wiki')}\n---\n${okServer('wiki')}`,
    want: { code: 'semantic/duplicate-name', line: 12, column: 9, path: '/metadata/name' },
  },
  {
    name: 'semantic/unresolved-server',
    reason: 'a portal maps a server that no manifest defines',
    yaml: `${okServer('wiki')}\n---\n${portal('  hostname: mcp.example.com\n  servers:\n    - server: wikki\n')}`,
    want: { code: 'semantic/unresolved-server', line: 16, column: 15, path: '/spec/servers/0/server' },
  },
  {
    name: 'semantic/unresolved-policy',
    reason: 'a server lists a policy that no manifest defines',
    yaml: server('  url: https://a.example.com/mcp\n  policies: [enginers]\n'),
    want: { code: 'semantic/unresolved-policy', line: 7, column: 14, path: '/spec/policies/0' },
  },
  {
    name: 'semantic/unresolved-group',
    reason: 'a policy selects a group that no AccessGroup manifest defines',
    yaml: `${group('  include:\n    - everyone: true\n')}\n---\n${policy('  decision: allow\n  include:\n    - group: platfrom\n')}`,
    want: { code: 'semantic/unresolved-group', line: 17, column: 14, path: '/spec/include/0/group' },
  },
  {
    name: 'semantic/nested-group',
    reason: "a group's rules cannot select another group",
    yaml: `${group('  include:\n    - everyone: true\n', 'base')}\n---\n${group('  include:\n    - email: a@example.com\n  exclude:\n    - group: base\n')}`,
    want: { code: 'semantic/nested-group', line: 18, column: 7, path: '/spec/exclude/0/group' },
  },
  {
    name: 'semantic/duplicate-mapping',
    reason: 'portal servers are a set keyed by server',
    yaml: `${okServer('wiki')}\n---\n${portal('  hostname: mcp.example.com\n  servers:\n    - server: wiki\n    - server: wiki\n')}`,
    want: { code: 'semantic/duplicate-mapping', line: 17, column: 15, path: '/spec/servers/1/server' },
  },
  {
    name: 'semantic/duplicate-hostname',
    reason: 'two portals cannot answer on one hostname',
    yaml: `${portal('  hostname: mcp.example.com\n', 'a')}\n---\n${portal('  hostname: MCP.example.com\n', 'b')}`,
    want: { code: 'semantic/duplicate-hostname', line: 14, column: 13, path: '/spec/hostname' },
  },
  {
    name: 'semantic/duplicate-override',
    reason: 'one tool overridden twice in one list is ambiguous',
    yaml: server(
      '  url: https://a.example.com/mcp\n  tools:\n    - name: search\n    - name: search\n      enabled: false\n',
    ),
    want: { code: 'semantic/duplicate-override', line: 9, column: 13, path: '/spec/tools/1/name' },
  },
  {
    name: 'semantic/duplicate-resource-rule',
    reason: 'the first matching resource rule decides: a second rule for one uri never applies',
    yaml: `${okServer('wiki')}\n---\n${portal("  hostname: mcp.example.com\n  servers:\n    - server: wiki\n      resources:\n        - { uri: 'wiki://*' }\n        - { uri: 'wiki://*', enabled: false }\n")}`,
    want: {
      code: 'semantic/duplicate-resource-rule',
      line: 19,
      column: 18,
      path: '/spec/servers/0/resources/1/uri',
    },
  },
  {
    name: 'semantic/duplicate-exposed-name',
    reason: 'two tools aliased to one name would collide for clients',
    yaml: server(
      '  url: https://a.example.com/mcp\n  tools:\n    - { name: search_pages, alias: find }\n    - { name: search_users, alias: find }\n',
    ),
    want: { code: 'semantic/duplicate-exposed-name', line: 9, column: 36, path: '/spec/tools/1/alias' },
  },
  {
    name: 'semantic/long-exposed-name',
    reason: 'clients cut tool names at 64 characters; a warning, not an error',
    yaml: server(
      `  url: https://a.example.com/mcp\n  tools:\n    - name: ${'a'.repeat(60)}\n`,
      'wiki-server',
    ),
    want: {
      code: 'semantic/long-exposed-name',
      line: 8,
      column: 13,
      path: '/spec/tools/0/name',
      severity: 'warning',
    },
  },
  {
    name: 'semantic/too-many-servers',
    reason: 'a portal holds at most 40 servers',
    yaml: [
      ...Array.from({ length: 41 }, (_, i) => okServer(`s${i}`)),
      portal(
        `  hostname: mcp.example.com\n  servers:\n${Array.from({ length: 41 }, (_, i) => `    - server: s${i}\n`).join('')}`,
      ),
    ].join('\n---\n'),
    want: { code: 'semantic/too-many-servers', line: 41 * 8 + 7, column: 3, path: '/spec/servers' },
  },
  {
    name: 'semantic/bypass-identity',
    reason: 'bypass skips authentication, so identity selectors cannot apply',
    yaml: policy('  decision: bypass\n  include:\n    - email: a@example.com\n'),
    want: { code: 'semantic/bypass-identity', line: 8, column: 7, path: '/spec/include/0/email' },
  },
  {
    name: 'semantic/shadowed-deny',
    reason: 'a deny after an allow for everyone can never apply (the first matching policy decides)',
    yaml: [
      policy('  decision: allow\n  include: [{ everyone: true }]\n', 'all'),
      policy('  decision: deny\n  include: [{ emailDomain: contractors.example.net }]\n', 'block'),
      portal('  hostname: mcp.example.com\n  policies: [all, block]\n'),
    ].join('\n---\n'),
    want: {
      code: 'semantic/shadowed-deny',
      severity: 'warning',
      line: 25,
      column: 19,
      path: '/spec/policies/1',
    },
  },
  {
    name: 'semantic/egress-refused-url',
    reason: 'a URL on the cloud metadata address (here in decimal form) is an SSRF target the portal refuses',
    yaml: server('  url: http://2852039166/latest/meta-data\n'),
    want: {
      code: 'semantic/egress-refused-url',
      severity: 'warning',
      line: 6,
      column: 8,
      path: '/spec/url',
    },
  },
];

describe('loader diagnostics', () => {
  it.each(cases)('$name', async ({ yaml, want, opts, reason }) => {
    const result = await load(yaml, opts);
    const found = result.diagnostics.find((d) => d.code === want.code);
    expect(found, `${reason}\n${JSON.stringify(result.diagnostics, null, 2)}`).toBeDefined();
    expect(found?.severity, reason).toBe(want.severity ?? 'error');
    expect(found?.source?.start, reason).toEqual({ line: want.line, column: want.column });
    if (want.path !== undefined) expect(found?.path, reason).toBe(want.path);
    expect(result.failed, reason).toBe((want.severity ?? 'error') === 'error');
  });

  it('has a case for every code in the catalogue', () => {
    const tested = new Set(cases.map((c) => c.want.code));
    const fileLevel = ['file/unreadable', 'file/no-manifests']; // tested below with real paths
    const missing = Object.keys(LOAD_CODES).filter((code) => !tested.has(code) && !fileLevel.includes(code));
    expect(missing).toEqual([]);
  });
});

describe('loader behaviour', () => {
  it('loads the example manifests with no diagnostics', async () => {
    const result = await loadManifests(['examples/manifests'], { cwd: repoRoot });
    expect(result.diagnostics).toEqual([]);
    expect(result.failed).toBe(false);
    const kinds = result.manifests.map((m) => m.kind);
    expect(kinds.filter((k) => k === 'AccessPolicy').length).toBeGreaterThanOrEqual(3);
    expect(kinds.filter((k) => k === 'McpServer').length).toBeGreaterThanOrEqual(3);
    expect(kinds.filter((k) => k === 'McpPortal').length).toBeGreaterThanOrEqual(2);
    const authTypes = new Set(
      result.manifests.flatMap((m) =>
        // `kind` does not narrow `manifest` (LoadedManifest is one type parameter over every kind).
        m.kind === 'McpServer'
          ? [(m.manifest as ManifestOf<'McpServer'>).spec.auth?.type ?? 'unauthenticated']
          : [],
      ),
    );
    expect(authTypes.size).toBeGreaterThanOrEqual(3);
  });

  it('reports a missing path and a folder without manifests', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mcp-portals-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const result = await loadManifests([join(dir, 'nope.yaml'), dir], { cwd: dir });
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(['file/no-manifests', 'file/unreadable']);
    expect(result.failed).toBe(true);
  });

  it('reads folders recursively, in sorted order, and names files relative to the working directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mcp-portals-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await writeFile(join(dir, 'b.yaml'), okServer('b'));
    await writeFile(join(dir, 'a.yml'), okServer('a'));
    await writeFile(join(dir, 'notes.txt'), 'not a manifest');
    const result = await loadManifests(['.'], { cwd: dir });
    expect(result.manifests.map((m) => [m.name, m.source.file])).toEqual([
      ['a', 'a.yml'],
      ['b', 'b.yaml'],
    ]);
  });

  it('collects every problem of every document, sorted by file and line', async () => {
    const yaml = `${server('  url: https://a.example.com/mcp\n  bogus: 1\n')}\n---\n${portal('  hostname: x.example.com\n  servers: [{ server: nope }]\n')}`;
    const result = await load(yaml);
    expect(result.diagnostics.map((d) => [d.code, d.source?.start.line])).toEqual([
      ['schema/unknown-property', 7],
      ['semantic/unresolved-server', 16],
    ]);
  });

  it('suggests the closest name for typos', async () => {
    const result = await load(server('  urll: https://a.example.com/mcp\n'));
    const unknown = result.diagnostics.find((d) => d.code === 'schema/unknown-property');
    expect(unknown?.suggestion).toBe('url');
    const kind = await load(okServer('a').replace('McpServer', 'McpPortl'));
    expect(kind.diagnostics[0]?.suggestion).toBe('McpPortal');
  });

  it('with strict, warnings fail the load', async () => {
    const yaml = server(`  url: https://a.example.com/mcp\n  tools:\n    - name: ${'a'.repeat(60)}\n`);
    expect((await load(yaml)).failed).toBe(false);
    expect((await load(yaml, { strict: true })).failed).toBe(true);
  });

  it('reports a collision a portal alias creates with a server-level alias', async () => {
    const yaml = `${server('  url: https://a.example.com/mcp\n  tools: [{ name: a, alias: find }]\n')}\n---\n${portal(
      '  hostname: x.example.com\n  servers:\n    - server: wiki\n      tools: [{ name: b, alias: find }]\n',
    )}`;
    const result = await load(yaml);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['semantic/duplicate-exposed-name', '/spec/servers/0/tools/0/alias'],
    ]);
  });

  it('does not report a server-level collision again on each portal', async () => {
    const yaml = `${server('  url: https://a.example.com/mcp\n  tools: [{ name: a, alias: x }, { name: b, alias: x }]\n')}\n---\n${portal(
      '  hostname: x.example.com\n  servers: [{ server: wiki }]\n',
    )}`;
    const result = await load(yaml);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['semantic/duplicate-exposed-name', '/spec/tools/1/alias'],
    ]);
  });
});

describe('fast and full parsing agree', () => {
  it('gives the same values and positions for the examples whichever path reads them', async () => {
    const { parseSource } = await import('./parse-yaml.js');
    const { readSources } = await import('./read-sources.js');
    const { sources } = await readSources(['examples/manifests'], { cwd: repoRoot });
    for (const source of sources) {
      const fast = parseSource(source).documents;
      // A comment with an anchor-like token forces the full path without changing the data.
      const full = parseSource({ ...source, text: `# &anchor\n${source.text}` }).documents;
      expect(fast.map((d) => d.value)).toEqual(full.map((d) => d.value));
    }
  });

  it('substitutes and reports alike on both paths, at the same file:line:column', async () => {
    const text = [
      'apiVersion: mcpportal/v1',
      'kind: McpServer',
      'metadata: { name: docs }',
      'spec:',
      '  url: https://${HOST:-docs.example.com}/mcp',
      '  description: "costs $${PRICE} in ${REGION} (${UNSET})"',
      '  tools: [ { name: search, alias: find } ]',
      '  policies: [ nowhere ]',
      '',
    ].join('\n');
    const env = { REGION: 'eu' };
    const read = (t: string) =>
      loadManifests(['-'], { cwd: repoRoot, readStdin: async () => t, env, partial: false });
    const fast = await read(text);
    const full = await read(`# &anchor\n${text}`);
    expect(fast.manifests.map((m) => m.manifest)).toEqual(full.manifests.map((m) => m.manifest));
    const at = (r: typeof fast, shift: number) =>
      r.diagnostics.map((d) => [d.code, d.path, (d.source?.start.line ?? 0) - shift, d.source?.start.column]);
    expect(at(fast, 0)).toEqual(at(full, 1));
    expect(at(fast, 0)).toEqual([
      ['substitution/unset', '/spec/description', 6, 47],
      ['semantic/unresolved-policy', '/spec/policies/0', 8, 15],
    ]);
  });

  it('keeps YAML 1.2 core semantics on the fast path (dates stay strings, no merge keys)', async () => {
    const result = await load(server('  url: https://a.example.com/mcp\n  description: 2026-01-01\n'));
    expect(result.diagnostics).toEqual([]);
    expect((result.manifests[0]?.manifest.spec as { description?: unknown } | undefined)?.description).toBe(
      '2026-01-01',
    );
  });
});

describe('diagnostic details', () => {
  const renderText = async (yaml: string) => {
    const result = await load(yaml);
    return { result, text: renderDiagnostics('text', { ...result, valid: !result.failed }) };
  };

  it('reports a duplicate key by its whole name, with a caret under the whole key and the first occurrence', async () => {
    const { result, text } = await renderText(
      server('  url: https://a.example.com/mcp\n  description: x\n  url: https://b.example.com/mcp\n'),
    );
    expect(result.diagnostics).toHaveLength(1);
    const d = result.diagnostics[0];
    expect(d?.code).toBe('yaml/duplicate-key');
    expect(d?.message).toContain('duplicate key "url" (first at <stdin>:6:3)');
    expect(d?.source).toEqual({
      file: '<stdin>',
      start: { line: 8, column: 3 },
      end: { line: 8, column: 6 },
    });
    expect(text).toContain('    8 |   url: https://b.example.com/mcp\n      |   ^^^\n');
    const quoted = await load(
      server('  "description": a\n  "description": b\n  url: https://a.example.com/mcp\n'),
    );
    expect(quoted.diagnostics[0]?.message).toContain('duplicate key "description" (first at <stdin>:6:3)');
  });

  it.each([
    ['no scheme', 'wiki.example.com/mcp', 'schema/format'],
    ['not a URL at all', 'not a url', 'schema/format'],
    ['another scheme', 'ftp://wiki.example.com/mcp', 'schema/pattern'],
  ])('reports an invalid URL once (%s)', async (_name, url, code) => {
    const result = await load(server(`  url: "${url}"\n`));
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([[code, '/spec/url']]);
  });

  it.each([
    ['codeMode', portal('  hostname: mcp.example.com\n  codeMode: enabled\n'), 'default_on'],
    ['codeMode', portal('  hostname: mcp.example.com\n  codeMode: disabled\n'), 'off'],
    ['codeMode', portal('  hostname: mcp.example.com\n  codeMode: default\n'), 'default_on'],
    ['codeMode', portal('  hostname: mcp.example.com\n  codeMode: Enforced\n'), 'enforced'],
    ['decision', policy('  decision: block\n  include: [{ everyone: true }]\n'), 'deny'],
    ['decision', policy('  decision: alow\n  include: [{ everyone: true }]\n'), 'allow'],
    [
      'decision',
      policy('  decision: service_auth\n  include: [{ anyValidServiceToken: true }]\n'),
      'non_identity',
    ],
    ['auth.type', server('  url: https://a.example.com/mcp\n  auth: { type: none }\n'), 'unauthenticated'],
    ['auth.type', server('  url: https://a.example.com/mcp\n  auth: { type: token }\n'), 'bearer'],
    ['auth.type', server('  url: https://a.example.com/mcp\n  auth: { type: oauth2 }\n'), 'oauth'],
    [
      'tokenEndpointAuthMethod',
      server('  url: https://a.example.com/mcp\n  auth: { type: oauth, tokenEndpointAuthMethod: basic }\n'),
      'client_secret_basic',
    ],
    ['userRiskScore', policy('  decision: allow\n  include: [{ userRiskScore: [hihg] }]\n'), 'high'],
  ])('suggests an enum value for %s (%#)', async (_field, yaml, want) => {
    const result = await load(yaml);
    const enumDiagnostic = result.diagnostics.find((d) => d.code === 'schema/enum');
    expect(enumDiagnostic?.suggestion, JSON.stringify(result.diagnostics)).toBe(want);
  });

  it('does not guess between two enum values', async () => {
    const result = await load(
      server('  url: https://a.example.com/mcp\n  auth: { type: oauth, tokenEndpointAuthMethod: client }\n'),
    );
    const enumDiagnostic = result.diagnostics.find((d) => d.code === 'schema/enum');
    expect(enumDiagnostic).toBeDefined();
    expect(enumDiagnostic?.suggestion).toBeUndefined();
  });
});
