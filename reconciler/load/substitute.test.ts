// `${VAR}` substitution in manifest string values: the syntax (table of named cases), and through the
// loader: positions of problems in the file, keys and secret fields untouched, no follow-on diagnostics,
// the `$${` escape, YAML aliases substituted once, and `substitute: false`.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: manifests here use ${VAR} substitution syntax in plain strings
import { describe, expect, it } from 'vitest';
import { loadManifests } from './index.js';
import { escapeSubstitution, expand } from './substitute.js';

const env = { PORT: '4101', EMPTY: '', HOST: 'wiki.example.com' };

describe('expand', () => {
  const cases: { name: string; reason: string; text: string; want: string; problem?: string }[] = [
    { name: 'plain', reason: 'text without $ is unchanged', text: 'no vars', want: 'no vars' },
    { name: 'variable', reason: 'a set variable is replaced', text: 'h:${PORT}/', want: 'h:4101/' },
    {
      name: 'two',
      reason: 'every expression is replaced',
      text: '${HOST}:${PORT}',
      want: 'wiki.example.com:4101',
    },
    {
      name: 'default unused',
      reason: 'a set variable wins over the default',
      text: '${PORT:-1}',
      want: '4101',
    },
    {
      name: 'default unset',
      reason: 'the default stands in for an unset variable',
      text: '${NOPE:-3101}',
      want: '3101',
    },
    {
      name: 'default empty',
      reason: 'as in Compose, :- also covers an empty variable',
      text: '${EMPTY:-x}',
      want: 'x',
    },
    {
      name: 'empty default',
      reason: '${VAR:-} asks for an empty value explicitly',
      text: 'a${NOPE:-}b',
      want: 'ab',
    },
    {
      name: 'default with colons',
      reason: 'the default runs to the first }',
      text: '${NOPE:-http://x:1/}',
      want: 'http://x:1/',
    },
    { name: 'escape', reason: '$${ is a literal ${', text: 'cost $${HOME}', want: 'cost ${HOME}' },
    {
      name: 'lone dollars',
      reason: 'a $ not followed by { is text',
      text: '5$ and $HOME and $$',
      want: '5$ and $HOME and $$',
    },
    {
      name: 'unset',
      reason: 'never silently empty',
      text: '${NOPE}',
      want: '${NOPE}',
      problem: 'substitution/unset',
    },
    {
      name: 'empty',
      reason: 'an empty variable without default is as suspicious as an unset one',
      text: '${EMPTY}',
      want: '${EMPTY}',
      problem: 'substitution/unset',
    },
    {
      name: 'bad name',
      reason: 'names are shell-style identifiers',
      text: '${1A}',
      want: '${1A}',
      problem: 'substitution/invalid',
    },
    {
      name: 'other operator',
      reason: ':? and friends are not supported, so not guessed at',
      text: '${A:?no}',
      want: '${A:?no}',
      problem: 'substitution/invalid',
    },
    {
      name: 'unterminated',
      reason: 'a ${ without } is an error',
      text: 'x ${PORT',
      want: 'x ${PORT',
      problem: 'substitution/invalid',
    },
    {
      name: 'credential name',
      reason: 'a credential would be plain text in plans',
      text: '${GITHUB_TOKEN:-x}',
      want: '${GITHUB_TOKEN:-x}',
      problem: 'substitution/refused',
    },
    {
      name: 'nested',
      reason: 'nested expressions are refused',
      text: '${A:-${PORT}}',
      want: '${A:-${PORT}}',
      problem: 'substitution/invalid',
    },
  ];
  it.each(cases)('$name', ({ text, want, problem, reason }) => {
    const r = expand(text, env);
    expect(r.value, reason).toBe(want);
    expect(
      r.problems.map((p) => p.code),
      reason,
    ).toEqual(problem ? [problem] : []);
  });

  it('escapeSubstitution writes any text so that expand reads it back unchanged', () => {
    for (const text of ['${A}', '$${A}', '$$${A}', 'a $ b', '${', '$', 'x${A:-1}y$${']) {
      expect(expand(escapeSubstitution(text), {}).value, text).toBe(text);
    }
  });
});

const server = (spec: string, name = 'wiki') =>
  `apiVersion: mcpportal/v1\nkind: McpServer\nmetadata:\n  name: ${name}\nspec:\n${spec}`;

const load = (text: string, environment: NodeJS.ProcessEnv = env, substitute?: boolean) =>
  loadManifests(['-'], {
    cwd: process.cwd(),
    readStdin: async () => text,
    env: environment,
    ...(substitute === undefined ? {} : { substitute }),
  });

describe('substitution when loading', () => {
  it('substitutes string values, including in lists, and leaves keys alone', async () => {
    const r = await load(
      server(
        '  url: http://127.0.0.1:${PORT}/mcp\n  description: "${HOST:-x} costs $${NOTHING}"\n  tools:\n    - name: t\n      description: ${HOST}\n  policies: []\n',
      ),
    );
    expect(r.diagnostics).toEqual([]);
    const spec = r.manifests[0]?.manifest.spec as { url: string; description: string; tools: unknown };
    expect(spec.url).toBe('http://127.0.0.1:4101/mcp');
    expect(spec.description).toBe('wiki.example.com costs ${NOTHING}');
    expect(spec.tools).toEqual([{ name: 't', description: 'wiki.example.com' }]);
    // A key is never substituted: `${PORT}` as a key is an unknown property, reported as written.
    const keyed = await load(server('  url: https://a.example.com/mcp\n  ${PORT}: x\n'));
    expect(keyed.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['schema/unknown-property', '/spec/${PORT}'],
    ]);
  });

  it('reports a problem once, at the expression in the file, without follow-on schema errors', async () => {
    const r = await load(server('  url: http://127.0.0.1:${DOCS_PORT}/mcp\n'), {});
    expect(r.failed).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.source?.start, d.source?.end])).toEqual([
      ['substitution/unset', { line: 6, column: 25 }, { line: 6, column: 37 }],
    ]);
    expect(r.diagnostics[0]?.message).toContain('DOCS_PORT');
  });

  it('points a schema error in a substituted value at the value in the file', async () => {
    const r = await load(server('  description: x\n  url: "${HOST}"\n'));
    expect(r.diagnostics.map((d) => [d.code, d.path, d.source?.start])).toEqual([
      ['schema/format', '/spec/url', { line: 7, column: 8 }],
    ]);
    expect(r.diagnostics[0]?.message).toContain('wiki.example.com');
  });

  it('refuses ${...} in secret fields, in an inline value or a reference, and says why', async () => {
    const r = await load(
      server(
        '  url: https://a.example.com/mcp\n  auth:\n    type: bearer\n    headers:\n      X-A: ${HOST}\n      X-B: { fromEnv: "${HOST}" }\n      X-C: { fromEnv: B_KEY }\n',
      ),
    );
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['substitution/secret-field', '/spec/auth/headers/X-A'],
      ['substitution/secret-field', '/spec/auth/headers/X-B/fromEnv'],
    ]);
    expect(r.diagnostics[0]?.detail).toContain('fromEnv');
  });

  it('substitutes a YAML alias once, so an escaped ${ stays literal', async () => {
    const r = await load(
      server(
        '  url: https://a.example.com/mcp\n  tools:\n    - &t { name: a, description: "$${X}" }\n  prompts:\n    - *t\n',
      ),
    );
    expect(r.diagnostics).toEqual([]);
    const spec = r.manifests[0]?.manifest.spec as {
      tools: { description: string }[];
      prompts: { description: string }[];
    };
    expect(spec.tools[0]?.description).toBe('${X}');
    expect(spec.prompts[0]?.description).toBe('${X}');
  });

  it('substitutes a $ that a double-quoted escape spells, in a file with no $ of its own', async () => {
    // A file without `$` skips the walk; a backslash could spell one, so such a file is still walked.
    const text = server('  url: https://a.example.com/mcp\n  description: "\\x24{HOST} \\u0024{PORT}"\n');
    expect(text).not.toContain('$');
    const r = await load(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.manifests[0]?.manifest.spec).toMatchObject({ description: 'wiki.example.com 4101' });
  });

  it('is on by default and can be turned off by the caller', async () => {
    const text = server('  url: https://a.example.com/mcp\n  description: ${NOPE:-on}\n');
    expect((await load(text)).manifests[0]?.manifest.spec).toMatchObject({ description: 'on' });
    expect((await load(text, env, false)).manifests[0]?.manifest.spec).toMatchObject({
      description: '${NOPE:-on}',
    });
  });

  it('makes the example manifests follow DOCS_PORT, TICKETS_PORT and PAGED_PORT', async () => {
    const urls = async (environment: NodeJS.ProcessEnv) =>
      Object.fromEntries(
        (
          await loadManifests(['examples/manifests'], { cwd: process.cwd(), env: environment })
        ).manifests.flatMap((m) =>
          m.kind === 'McpServer' ? [[m.name, (m.manifest.spec as { url: string }).url]] : [],
        ),
      );
    expect(await urls({})).toMatchObject({
      docs: 'http://127.0.0.1:3101/mcp',
      tickets: 'http://127.0.0.1:3102/mcp',
      'tickets-readonly': 'http://127.0.0.1:3102/mcp',
      metrics: 'http://127.0.0.1:3103/mcp',
    });
    expect(await urls({ DOCS_PORT: '4101', TICKETS_PORT: '4102', PAGED_PORT: '4103' })).toMatchObject({
      docs: 'http://127.0.0.1:4101/mcp',
      tickets: 'http://127.0.0.1:4102/mcp',
      'tickets-readonly': 'http://127.0.0.1:4102/mcp',
      metrics: 'http://127.0.0.1:4103/mcp',
    });
  });
});

describe('substitution refuses credentials', () => {
  it("refuses a variable holding the run's API token, whatever its name, and prints neither", async () => {
    const token = 'cf-api-token-value-1234';
    const text = server('  url: https://a.example.com/mcp\n  description: ${INNOCENT}\n');
    const r = await loadManifests(['-'], {
      cwd: process.cwd(),
      readStdin: async () => text,
      env: { INNOCENT: token },
      secretPolicy: { forbiddenValues: [token] },
    });
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['substitution/refused', '/spec/description'],
    ]);
    expect(JSON.stringify(r.diagnostics)).not.toContain(token);
    expect(JSON.stringify(r.manifests)).not.toContain(token);
  });

  it.each(['CLOUDFLARE_API_TOKEN', 'GITHUB_TOKEN', 'DB_PASSWORD', 'TICKETS_API_KEY', 'OAUTH_CLIENT_SECRET'])(
    'refuses %s and keeps its value out of the diagnostics',
    async (name) => {
      const r = expand(`x \${${name}}`, { [name]: 'the-secret-value' });
      expect(r.problems.map((p) => p.code)).toEqual(['substitution/refused']);
      expect(JSON.stringify(r)).not.toContain('the-secret-value');
    },
  );
});
