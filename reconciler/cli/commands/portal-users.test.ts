// `portalctl portal users` finds the portal the way `portal serve` does (`--data-dir` > PORTAL_DATA_DIR >
// ./.portal), refuses a directory with no portal in it without creating anything, spells group flags one
// way with the other accepted as a hidden alias, and its changes take effect in a running portal at once.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_IDP_ID } from '../../../portal/identity/identity-provider.js';
import { DATA_DIR_ENV } from '../../../portal/store/data-dir.js';
import {
  addPolicy,
  addPortal,
  addServer,
  protectPortal,
  protectServer,
} from '../../../portal/testing/fixtures.js';
import { startTestPortal, type TestPortal } from '../../../portal/testing/harness.js';
import { connectAsUser, LoginFailed } from '../../../portal/testing/mcp-clients.js';
import { ExitCode } from '../../exit-codes.js';
import { type CliIo, main } from '../main.js';

const PASSWORD = 'a long enough password';
let p: TestPortal;
/** A working directory with no .portal in it: the portal is only found through the flag or the variable. */
const elsewhere = mkdtempSync(join(tmpdir(), 'portalctl-users-cwd-'));

async function users(
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; stdin?: string; cwd?: string } = {},
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdin: async () => opts.stdin ?? '',
    isTty: false,
    env: opts.env ?? { [DATA_DIR_ENV]: p.dataDir },
    cwd: opts.cwd ?? elsewhere,
  };
  const code = await main(['portal', 'users', ...args], io);
  return { code, out: out.join(''), err: err.join('') };
}

const groupsOf = (email: string) => p.repo.users.byEmail(email)?.groups;

beforeAll(async () => {
  p = await startTestPortal({ otherWritersPollMs: 50 });
  await addServer(p, {
    id: 'docs',
    name: 'Docs',
    hostname: 'https://docs.example.test/mcp',
    auth_type: 'unauthenticated',
  });
  await addPortal(p, {
    id: 'main',
    name: 'Main',
    hostname: 'main.example.test',
    servers: [{ server_id: 'docs' }],
  });
  // Only members of the IdP group `platform` may sign in to the portal.
  const platform = await addPolicy(p, 'platform', 'allow', [
    { oidc: { claim_name: 'groups', claim_value: 'platform', identity_provider_id: LOCAL_IDP_ID } },
  ]);
  await protectPortal(p, 'main.example.test', [platform]);
  await protectServer(p, 'docs', [platform]);
}, 60_000);

afterAll(async () => {
  await p?.close();
  rmSync(elsewhere, { recursive: true, force: true });
});

describe('portal users against a running portal', () => {
  it(`a user added through ${DATA_DIR_ENV} signs in to the running portal, and loses access when regrouped`, async () => {
    const mcp = `${p.url}/portals/main/mcp`;
    await expect(connectAsUser(mcp, 'bob@example.com', PASSWORD)).rejects.toBeInstanceOf(LoginFailed);

    const added = await users(['add', 'bob@example.com', '--group', 'platform', '--password-stdin'], {
      stdin: PASSWORD,
    });
    expect(added, added.err).toMatchObject({
      code: ExitCode.Ok,
      out: 'added bob@example.com (groups: platform)\n',
    });
    const c = await connectAsUser(mcp, 'bob@example.com', PASSWORD);
    try {
      // Signed in through the portal's OAuth with the password set by the CLI: the session answers.
      expect(await c.client.ping()).toEqual({});
    } finally {
      await c.close();
    }

    expect((await users(['set', 'bob@example.com', '--group', 'contractors'])).code).toBe(ExitCode.Ok);
    await expect(connectAsUser(mcp, 'bob@example.com', PASSWORD)).rejects.toBeInstanceOf(LoginFailed);
    // Nothing was written into the working directory: the portal was found through the variable.
    expect(existsSync(join(elsewhere, '.portal'))).toBe(false);
  });
});

describe('portal users with no portal database', () => {
  it.each([
    {
      name: 'the default ./.portal',
      reason: 'with neither the flag nor the variable, the message says it looked at ./.portal by default',
      args: [],
      env: {},
      dir: () => join(elsewhere, '.portal'),
      says: `neither --data-dir nor ${DATA_DIR_ENV} is set`,
    },
    {
      name: `a ${DATA_DIR_ENV} with no portal`,
      reason: 'the message names the directory and that the variable chose it',
      args: [],
      env: { [DATA_DIR_ENV]: 'nowhere' },
      dir: () => join(elsewhere, 'nowhere'),
      says: `from ${DATA_DIR_ENV}`,
    },
    {
      name: 'a --data-dir with no portal',
      reason: 'the message names the directory and that the flag chose it',
      args: ['--data-dir', 'missing'],
      env: { [DATA_DIR_ENV]: 'not-this-one' },
      dir: () => join(elsewhere, 'missing'),
      says: 'given with --data-dir',
    },
  ])('exits 3 for $name and creates nothing', async ({ reason, args, env, dir, says }) => {
    for (const sub of [
      ['list'],
      ['add', 'carol@example.com', '--password-stdin'],
      ['remove', 'x@example.com'],
    ]) {
      const r = await users([...sub, ...args], { env, stdin: PASSWORD });
      expect(r.code, reason).toBe(ExitCode.InvalidInput);
      expect(r.err, reason).toContain(`no portal data in ${dir()}`);
      expect(r.err, reason).toContain(says);
      expect(r.err, reason).toContain(`--data-dir DIR or ${DATA_DIR_ENV}=DIR`);
      expect(existsSync(dir()), reason).toBe(false);
    }
  });

  it('an empty directory is not a portal either, and add --init creates one there on purpose', async () => {
    const dir = join(elsewhere, 'empty');
    mkdirSync(dir);
    const refused = await users(['add', 'dan@example.com', '--password-stdin'], {
      env: { [DATA_DIR_ENV]: dir },
      stdin: PASSWORD,
    });
    expect(refused.code).toBe(ExitCode.InvalidInput);
    expect(existsSync(join(dir, 'portal.db'))).toBe(false);
    const created = await users(['add', 'dan@example.com', '--password-stdin', '--init'], {
      env: { [DATA_DIR_ENV]: dir },
      stdin: PASSWORD,
    });
    expect(created.code, created.err).toBe(ExitCode.Ok);
    const listed = await users(['list', '-o', 'json'], { env: { [DATA_DIR_ENV]: dir } });
    expect(JSON.parse(listed.out)).toEqual([expect.objectContaining({ email: 'dan@example.com' })]);
  });
});

describe('group flags: --group, with --groups as a hidden alias', () => {
  it.each([
    {
      name: 'add --group repeated',
      reason: 'the documented spelling, one group per flag',
      args: ['add', 'g1@example.com', '--group', 'b', '--group', 'a', '--password-stdin'],
      email: 'g1@example.com',
      want: ['a', 'b'],
    },
    {
      name: 'add --groups comma-separated',
      reason: 'the alias, spelt as users set used to spell it, with a list',
      args: ['add', 'g2@example.com', '--groups', 'a,b', '--password-stdin'],
      email: 'g2@example.com',
      want: ['a', 'b'],
    },
    {
      name: 'set --group replaces',
      reason: 'set takes the same spelling as add',
      args: ['set', 'g1@example.com', '--group', 'c,d'],
      email: 'g1@example.com',
      want: ['c', 'd'],
    },
    {
      name: 'set --groups replaces',
      reason: 'the old spelling of set keeps working',
      args: ['set', 'g1@example.com', '--groups', 'e'],
      email: 'g1@example.com',
      want: ['e'],
    },
    {
      name: 'set --group and --groups together',
      reason: 'both spellings add up rather than one silently winning',
      args: ['set', 'g1@example.com', '--group', 'f', '--groups', 'g'],
      email: 'g1@example.com',
      want: ['f', 'g'],
    },
    {
      name: 'set --add-groups and --remove-groups',
      reason: 'the plural alias is accepted on every flag that takes groups',
      args: ['set', 'g1@example.com', '--add-groups', 'h,i', '--remove-groups', 'f'],
      email: 'g1@example.com',
      want: ['g', 'h', 'i'],
    },
    {
      name: 'set --group ""',
      reason: 'an empty list clears the groups',
      args: ['set', 'g1@example.com', '--group', ''],
      email: 'g1@example.com',
      want: [],
    },
  ])('$name', async ({ reason, args, email, want }) => {
    const r = await users(args, { stdin: PASSWORD });
    expect(r.code, `${reason}\n${r.err}`).toBe(ExitCode.Ok);
    expect(groupsOf(email), reason).toEqual(want);
  });

  it('help shows one spelling', async () => {
    for (const sub of ['add', 'set']) {
      const out: string[] = [];
      const io: CliIo = {
        stdout: (t) => out.push(t),
        stderr: (t) => out.push(t),
        stdin: async () => '',
        isTty: false,
        env: {},
        cwd: elsewhere,
      };
      await main(['portal', 'users', sub, '--help'], io);
      const help = out.join('');
      expect(help).toContain('--group <names>');
      expect(help).not.toMatch(/--groups\b/);
      expect(help).not.toMatch(/--(add|remove)-groups\b/);
    }
  });
});
