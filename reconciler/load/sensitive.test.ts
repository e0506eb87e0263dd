// Secrets never reach the output of `validate` (CI logs): every source excerpt masks the values of secret
// fields and of keys that name secrets, whatever the diagnostic is about, and the caret still points at
// the node. Run through the real CLI entry (`main`) in every format, and through the renderer directly.
import { describe, expect, it } from 'vitest';
import { main } from '../cli/main.js';
import { MASKED_VALUE, maskLine, renderText } from '../render/diagnostics.js';
import { loadManifests } from './index.js';

const SECRET = 'sekret-inline-4711';
const OTHER = 'another-sekret-0815';

async function validate(text: string, format = 'text') {
  let stdout = '';
  let stderr = '';
  const code = await main(['validate', '-f', '-', '--format', format], {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stdin: async () => text,
    isTty: false,
    cwd: process.cwd(),
    env: {},
  });
  return { code, stdout, stderr };
}

const server = (spec: string) =>
  `apiVersion: mcpportal/v1\nkind: McpServer\nmetadata:\n  name: wiki\nspec:\n  url: https://wiki.example.com/mcp\n${spec}`;

interface Case {
  name: string;
  reason: string;
  yaml: string;
  /** A line of the output that must appear (masked source line). */
  shown: string;
  /** The caret line under it. */
  caret: string;
}

const cases: Case[] = [
  {
    name: 'inline token',
    reason: 'the diagnostic is about the secret itself: the excerpt shows where, not what',
    yaml: server(`  auth:\n    type: bearer\n    token: ${SECRET}\n`),
    shown: `    9 |     token: ${MASKED_VALUE}`,
    caret: `      |            ${'^'.repeat(MASKED_VALUE.length)}`,
  },
  {
    name: 'inline header value',
    reason: 'header values are secret fields (spec.auth.headers.*)',
    yaml: server(`  auth:\n    type: bearer\n    headers:\n      X-Api-Key: "${OTHER}"\n`),
    shown: `   10 |       X-Api-Key: ${MASKED_VALUE}`,
    caret: `      |                  ${'^'.repeat(MASKED_VALUE.length)}`,
  },
  {
    name: 'a misplaced token',
    reason: 'an unknown property named like a secret: the diagnostic points at the key, the value is masked',
    yaml: server(`  token: ${SECRET}\n`),
    shown: `    7 |   token: ${MASKED_VALUE}`,
    caret: '      |   ^^^^^',
  },
  {
    name: 'a typo of a secret field',
    reason: '`tokn` is near `token`: its value is masked although the schema does not know the key',
    yaml: server(`  auth:\n    type: bearer\n    tokn: ${SECRET}\n`),
    shown: `    9 |     tokn: ${MASKED_VALUE}`,
    caret: '      |     ^^^^',
  },
  {
    name: 'a flow mapping with text after the secret',
    reason: 'the caret of a diagnostic after the masked value moves with the shortened line',
    yaml: server(`  auth: { type: bearer, token: ${SECRET}, extra: 1 }\n`),
    shown: `    7 |   auth: { type: bearer, token: ${MASKED_VALUE}, extra: 1 }`,
    caret: `      |   ${' '.repeat(`auth: { type: bearer, token: ${MASKED_VALUE}, `.length)}^^^^^`,
  },
  {
    name: 'a client secret in a block scalar',
    reason: 'a multi-line value is masked on every line',
    yaml: server(
      `  auth:\n    type: oauth\n    clientSecret: |\n      ${SECRET}\n      ${OTHER}\n    bogus: 1\n`,
    ),
    shown: `    9 |     clientSecret: ${MASKED_VALUE}`,
    caret: `      |                   ${'^'.repeat(MASKED_VALUE.length)}`,
  },
];

describe('validate masks secrets in source excerpts', () => {
  it.each(cases)('$name', async ({ yaml, shown, caret, reason }) => {
    const r = await validate(yaml);
    expect(r.code, reason).toBe(3);
    expect(r.stdout, reason).not.toContain(SECRET);
    expect(r.stdout, reason).not.toContain(OTHER);
    const lines = r.stdout.split('\n');
    const pairs = lines.slice(0, -1).map((l, i) => `${l}\n${lines[i + 1]}`);
    expect(pairs, `${reason}\n${r.stdout}`).toContain(`${shown}\n${caret}`);
  });

  it.each(['json', 'github'])('prints no secret in %s format either', async (format) => {
    for (const { yaml } of cases) {
      const r = await validate(yaml, format);
      expect(r.code).toBe(3);
      expect(`${r.stdout}${r.stderr}`).not.toContain(SECRET);
      expect(`${r.stdout}${r.stderr}`).not.toContain(OTHER);
    }
  });

  it('masks a secret on a line shown for a YAML syntax error, where no document parsed', async () => {
    const r = await validate(server(`  auth:\n    type: bearer\n    token: ${SECRET}: oops\n`));
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('yaml/');
    expect(r.stdout).not.toContain(SECRET);
  });

  it('leaves references and ordinary values as written', async () => {
    const r = await validate(
      server('  auth:\n    type: bearer\n    token: { fromEnv: WIKI_TOKEN }\n  bogus: x\n'),
    );
    const loaded = await loadManifests(['-'], {
      cwd: process.cwd(),
      readStdin: async () =>
        server(
          `  auth:\n    type: bearer\n    token: { fromEnv: WIKI_TOKEN }\n  description: ${SECRET}\n  bogus: 1\n`,
        ),
    });
    expect(r.stdout).toContain('   10 |   bogus: x');
    // `description` is not secret: a diagnostic there shows it (the mask is for secrets, not for everything).
    const text = renderText({ ...loaded, valid: false });
    expect(loaded.sensitive.get('<stdin>')).toEqual([]);
    expect(text).toContain('bogus: 1');
  });
});

describe('maskLine', () => {
  const range = (line: number, from: number, to: number, toLine = line) => ({
    file: 'f',
    start: { line, column: from },
    end: { line: toLine, column: to },
  });

  it('maps ranges before, inside and after a masked value', () => {
    //          1234567890123456789
    const line = 'a: { t: SECRET, b: 1 }';
    const { text, map } = maskLine(line, 1, [range(1, 9, 15)]);
    expect(text).toBe(`a: { t: ${MASKED_VALUE}, b: 1 }`);
    expect(map(1, 2)).toEqual([1, 2]); // before: unchanged
    expect(map(9, 15)).toEqual([9, 9 + MASKED_VALUE.length]); // the value: the whole mask
    expect(map(10, 11)).toEqual([9, 9 + MASKED_VALUE.length]); // inside: the whole mask
    const b = line.indexOf('b:') + 1;
    expect(map(b, b + 1)).toEqual([b + MASKED_VALUE.length - 6, b + MASKED_VALUE.length - 5]); // after: shifted
  });

  it('masks continuation lines from their indentation and leaves other lines alone', () => {
    expect(maskLine('      more-secret', 3, [range(2, 19, 1, 4)]).text).toBe(`      ${MASKED_VALUE}`);
    expect(maskLine('  other: 1', 5, [range(2, 19, 1, 4)]).text).toBe('  other: 1');
  });
});

describe('secret fields', () => {
  it('are read from the kinds’ schemas: every place whose schema is a SecretRef', async () => {
    const { SECRET_FIELDS } = await import('./secret-fields.js');
    expect([...SECRET_FIELDS].map((p) => p.join('.')).sort()).toEqual([
      'spec.auth.clientSecret',
      'spec.auth.headers.*',
      'spec.auth.token',
    ]);
  });
});
