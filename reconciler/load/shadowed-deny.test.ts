// The shadowed-deny warning: a table of allow/deny pairs, decided or not (never a warning when unsure), then
// the warning through `validate` (exit 0, or 3 with --strict) and on the examples, which must not trigger it.
import { describe, expect, it } from 'vitest';
import { main } from '../cli/main.js';
import { loadManifests } from './index.js';
import { admitsAllOf } from './shadowed-deny.js';

interface Case {
  name: string;
  reason: string;
  allow: Record<string, unknown>;
  deny: Record<string, unknown>;
  shadowed: boolean;
}

const cases: Case[] = [
  {
    name: 'everyone',
    reason: 'an allow for everyone admits every user any deny could match',
    allow: { include: [{ everyone: true }] },
    deny: { include: [{ emailDomain: 'contractors.example.net' }, { ip: '10.0.0.0/8' }] },
    shadowed: true,
  },
  {
    name: 'same domain',
    reason: 'the same emailDomain (any case) matches the same users',
    allow: { include: [{ emailDomain: 'Example.com' }] },
    deny: { include: [{ emailDomain: 'example.com' }] },
    shadowed: true,
  },
  {
    name: 'domain covers email',
    reason: 'an email in the allowed domain is admitted before the deny is reached',
    allow: { include: [{ emailDomain: 'example.com' }] },
    deny: { include: [{ email: 'Contractor@EXAMPLE.com' }] },
    shadowed: true,
  },
  {
    name: 'same group',
    reason: 'the same group selects the same users',
    allow: { include: [{ group: 'platform' }, { emailDomain: 'example.com' }] },
    deny: { include: [{ group: 'platform' }] },
    shadowed: true,
  },
  {
    name: 'deny require and exclude do not matter',
    reason: "the deny's require and exclude only narrow whom it matches",
    allow: { include: [{ everyone: true }] },
    deny: {
      include: [{ emailDomain: 'example.com' }],
      require: [{ ip: '10.0.0.0/8' }],
      exclude: [{ email: 'a@example.com' }],
    },
    shadowed: true,
  },
  {
    name: 'allow with exclude',
    reason: 'an excluded user falls through to the deny (the examples: engineers excludes a contractor)',
    allow: { include: [{ everyone: true }], exclude: [{ email: 'contractor@example.com' }] },
    deny: { include: [{ email: 'contractor@example.com' }] },
    shadowed: false,
  },
  {
    name: 'allow with require',
    reason: 'a user failing the require falls through to the deny',
    allow: { include: [{ everyone: true }], require: [{ ip: '10.0.0.0/8' }] },
    deny: { include: [{ emailDomain: 'example.com' }] },
    shadowed: false,
  },
  {
    name: 'other domain',
    reason: 'a group cannot be compared with a domain statically: unsure, so no warning (the old example)',
    allow: { include: [{ emailDomain: 'example.com' }, { group: 'platform' }] },
    deny: { include: [{ emailDomain: 'contractors.example.net' }] },
    shadowed: false,
  },
  {
    name: 'subdomain',
    reason: 'emailDomain matches the exact domain only, not its subdomains',
    allow: { include: [{ emailDomain: 'example.com' }] },
    deny: { include: [{ emailDomain: 'contractors.example.com' }] },
    shadowed: false,
  },
  {
    name: 'email does not cover domain',
    reason: 'one allowed address does not admit a whole domain',
    allow: { include: [{ email: 'a@example.com' }] },
    deny: { include: [{ emailDomain: 'example.com' }] },
    shadowed: false,
  },
  {
    name: 'one deny rule uncovered',
    reason: 'the deny still applies to users only its uncovered rule matches',
    allow: { include: [{ emailDomain: 'example.com' }] },
    deny: { include: [{ emailDomain: 'example.com' }, { group: 'contractors' }] },
    shadowed: false,
  },
  {
    name: 'unreadable rules',
    reason: 'rules that fail the schema are not guessed at',
    allow: { include: [{ everyone: true, email: 'a@example.com' }] },
    deny: { include: 'nope' },
    shadowed: false,
  },
];

describe('admitsAllOf', () => {
  it.each(cases)('$name', ({ allow, deny, shadowed, reason }) => {
    expect(admitsAllOf(allow, deny), reason).toBe(shadowed);
  });
});

const policy = (name: string, spec: string) =>
  `apiVersion: mcpportal/v1\nkind: AccessPolicy\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
const portal = (policies: string) =>
  `apiVersion: mcpportal/v1\nkind: McpPortal\nmetadata:\n  name: eng\nspec:\n  hostname: eng.example.com\n  policies: ${policies}\n`;
const set = (policies: string) =>
  [
    policy('everyone', '  decision: allow\n  include: [{ everyone: true }]\n'),
    policy('block', '  decision: deny\n  include: [{ emailDomain: contractors.example.net }]\n'),
    portal(policies),
  ].join('---\n');

async function validate(text: string, strict = false) {
  let stdout = '';
  const code = await main(['validate', '-f', '-', ...(strict ? ['--strict'] : [])], {
    stdout: (t) => {
      stdout += t;
    },
    stderr: () => {},
    stdin: async () => text,
    isTty: false,
    cwd: process.cwd(),
    env: {},
  });
  return { code, stdout };
}

describe('validate warns about a deny policy that can never apply', () => {
  it('warns at the deny in the list, exits 0, and 3 with --strict', async () => {
    const r = await validate(set('[everyone, block]'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /<stdin>:\d+:\d+: warning semantic\/shadowed-deny: deny policy "block" can never apply/,
    );
    expect(r.stdout).toContain('^^^^^');
    expect((await validate(set('[everyone, block]'), true)).code).toBe(3);
  });

  it('says nothing when the deny comes first', async () => {
    const r = await validate(set('[block, everyone]'));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('shadowed-deny');
  });

  it('is silent on the examples, whose deny comes first', async () => {
    const r = await loadManifests(['examples/manifests'], { cwd: process.cwd() });
    expect(r.diagnostics).toEqual([]);
    const engineering = r.manifests.find((m) => m.kind === 'McpPortal' && m.name === 'engineering');
    expect((engineering?.manifest.spec as { policies?: string[] } | undefined)?.policies).toEqual([
      'block-contractors',
      'engineers',
    ]);
  });
});
