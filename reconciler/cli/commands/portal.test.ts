// `portalctl portal serve` as a user runs it: a spawned process on port 0 that prints where it serves,
// answers the management API, keeps data across a restart, and exits 0 on SIGTERM and SIGINT; bad flags
// exit 3 without starting anything. `portalctl portal users` manages the local identity provider's users.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../portal/identity/passwords.js';
import { createSecretBox, loadKey } from '../../../portal/store/crypto.js';
import { openRepository } from '../../../portal/store/sqlite-repository.js';
import { ExitCode } from '../../exit-codes.js';
import { type CliIo, main } from '../main.js';
import { parseOrigins } from './portal.js';

const root = join(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'portalctl-serve-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Served {
  child: ChildProcessByStdio<null, Readable, Readable>;
  baseUrl: string;
  accountId: string;
  output: () => string;
  exit: Promise<number | null>;
}

async function serve(args: string[]): Promise<Served> {
  const entry =
    "import { main } from './reconciler/cli/main.ts'; process.exitCode = await main(process.argv.slice(1));";
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', entry, 'portal', 'serve', '--port', '0', ...args],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (d) => {
    out += String(d);
  });
  child.stderr.on('data', (d) => {
    out += String(d);
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (out.includes('Serving until')) {
        clearInterval(timer);
        resolve();
      }
    }, 20);
    void exit.then(() => {
      clearInterval(timer);
      reject(new Error(`portal serve exited early:\n${out}`));
    });
  });
  const baseUrl = /management API at (\S+)/.exec(out)?.[1] ?? '';
  const accountId = /account id: (\S+)/.exec(out)?.[1] ?? '';
  return { child, baseUrl, accountId, output: () => out, exit };
}

describe('portalctl portal serve', () => {
  it('serves the API until SIGTERM, keeps data and identity across a restart, and stops on SIGINT', async () => {
    const first = await serve(['--data-dir', dataDir, '--api-token', 'cli-token']);
    expect(first.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/client\/v4$/);
    expect(first.output()).toContain('as given with --api-token');
    const servers = `${first.baseUrl}/accounts/${first.accountId}/access/ai-controls/mcp/servers`;
    const created = await fetch(servers, {
      method: 'POST',
      headers: { authorization: 'Bearer cli-token', 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'kept',
        name: 'Kept',
        hostname: 'https://kept.example.com/mcp',
        auth_type: 'unauthenticated',
      }),
    });
    expect(created.status).toBe(201);
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(ExitCode.Ok);
    expect(first.output()).toContain('Stopped (SIGTERM)');

    const second = await serve(['--data-dir', dataDir]);
    const tokenFile = join(dataDir, 'api-token');
    expect(second.output()).toContain(`in ${tokenFile}`);
    expect(existsSync(tokenFile)).toBe(true);
    expect(second.accountId).toBe(first.accountId);
    const token = readFileSync(tokenFile, 'utf8').trim();
    const list = await fetch(
      `${second.baseUrl}/accounts/${second.accountId}/access/ai-controls/mcp/servers`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    const body = (await list.json()) as { result: { id: string }[] };
    expect(body.result.map((s) => s.id)).toEqual(['kept']);
    second.child.kill('SIGINT');
    expect(await second.exit).toBe(ExitCode.Ok);
  });

  it.each([
    { flag: ['--faults', '500=2'], reason: 'probability above 1' },
    { flag: ['--port', 'http'], reason: 'port not a number' },
    { flag: ['--rate-limit', 'lots'], reason: 'rate limit not n/window' },
    { flag: ['--sync-interval', 'daily'], reason: 'interval not a duration' },
    { flag: ['--session-idle', 'forever'], reason: 'idle time not a duration' },
    { flag: ['--log-max-rows', '0'], reason: 'retention of no rows' },
    { flag: ['--allow-origin', 'https://app.example.com/path'], reason: 'an allowed origin with a path' },
  ])('exits 3 on a bad flag: $reason', async ({ flag }) => {
    const err: string[] = [];
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (t) => err.push(t),
      stdin: async () => '',
      isTty: false,
      env: {},
      cwd: dataDir,
    };
    expect(await main(['portal', 'serve', '--data-dir', 'unused', ...flag], io)).toBe(ExitCode.InvalidInput);
    expect(err.join('')).toContain(flag[0]);
    expect(existsSync(join(dataDir, 'unused'))).toBe(false);
  });
});

describe('parseOrigins', () => {
  it('takes comma-separated origins and *', () => {
    expect(parseOrigins('https://a.example, http://localhost:6274,*')).toEqual([
      'https://a.example',
      'http://localhost:6274',
      '*',
    ]);
  });
});

describe('portalctl portal users', () => {
  const usersDir = mkdtempSync(join(tmpdir(), 'portalctl-users-'));
  afterAll(() => rmSync(usersDir, { recursive: true, force: true }));

  async function users(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      stdin: async () => stdin,
      isTty: false,
      env: {},
      cwd: usersDir,
    };
    const code = await main(['portal', 'users', ...args, '--data-dir', 'data'], io);
    return { code, out: out.join(''), err: err.join('') };
  }

  const usersTable = () => {
    const repo = openRepository(
      join(usersDir, 'data', 'portal.db'),
      createSecretBox(loadKey(join(usersDir, 'data'), {})),
    );
    try {
      return repo.db.prepare('SELECT * FROM users ORDER BY email').all() as {
        email: string;
        password_hash: string;
      }[];
    } finally {
      repo.close();
    }
  };

  it('adds, lists, changes and removes users, storing scrypt hashes only', async () => {
    const added = await users(
      ['add', 'alice@example.com', '--group', 'eng,oncall', '--password-stdin', '--init'],
      'first password\n',
    );
    expect(added).toMatchObject({
      code: ExitCode.Ok,
      out: 'added alice@example.com (groups: eng, oncall)\n',
    });
    const [row] = usersTable();
    expect(row?.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(JSON.stringify(usersTable())).not.toContain('first password');
    expect(await verifyPassword('first password', row?.password_hash)).toBe(true);

    expect((await users(['passwd', 'alice@example.com', '--password-stdin'], 'second password')).code).toBe(
      ExitCode.Ok,
    );
    expect(await verifyPassword('second password', usersTable()[0]?.password_hash)).toBe(true);

    const set = await users([
      'set',
      'alice@example.com',
      '--add-group',
      'finance',
      '--remove-group',
      'oncall',
      '--disable',
    ]);
    expect(set.out).toBe('alice@example.com: disabled; groups: eng, finance\n');
    const listed = JSON.parse((await users(['list', '-o', 'json'])).out);
    expect(listed).toEqual([
      expect.objectContaining({ email: 'alice@example.com', groups: ['eng', 'finance'], disabled: true }),
    ]);
    expect((await users(['list'])).out).toMatch(
      /^EMAIL\s+STATE\s+GROUPS\nalice@example\.com\s+disabled\s+eng,finance\n$/,
    );

    expect((await users(['remove', 'alice@example.com'])).out).toBe('removed alice@example.com\n');
    expect(usersTable()).toEqual([]);
  });

  it.each([
    {
      name: 'duplicate',
      args: ['add', 'bob@example.com', '--password-stdin'],
      stdin: 'long enough',
      says: 'already exists',
    },
    {
      name: 'bad email',
      args: ['add', 'not-an-email', '--password-stdin'],
      stdin: 'long enough',
      says: 'is not an email address',
    },
    {
      name: 'short password',
      args: ['add', 'carol@example.com', '--password-stdin'],
      stdin: 'short',
      says: 'at least 8 characters',
    },
    {
      name: 'bad group',
      args: ['add', 'dan@example.com', '--group', 'a b', '--password-stdin'],
      stdin: 'long enough',
      says: 'group "a b"',
    },
    { name: 'no password source', args: ['add', 'erin@example.com'], stdin: '', says: '--password-stdin' },
    {
      name: 'unknown user',
      args: ['set', 'nobody@example.com', '--add-group', 'x'],
      stdin: '',
      says: 'no user with email',
    },
    {
      name: 'both enable and disable',
      args: ['set', 'bob@example.com', '--enable', '--disable'],
      stdin: '',
      says: 'not both',
    },
  ])('exits 3 on $name and changes nothing', async ({ args, stdin, says }) => {
    if (!usersTable().some((u) => u.email === 'bob@example.com')) {
      expect((await users(['add', 'bob@example.com', '--password-stdin'], 'long enough')).code).toBe(
        ExitCode.Ok,
      );
    }
    const before = usersTable();
    const r = await users(args, stdin);
    expect(r.code).toBe(ExitCode.InvalidInput);
    expect(r.err).toContain(says);
    expect(usersTable()).toEqual(before);
  });

  it('refuses to read a data directory that holds no portal, without creating it', async () => {
    const out: string[] = [];
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (t) => out.push(t),
      stdin: async () => '',
      isTty: false,
      env: {},
      cwd: usersDir,
    };
    expect(await main(['portal', 'users', 'list', '--data-dir', 'missing'], io)).toBe(ExitCode.InvalidInput);
    expect(out.join('')).toContain('no portal data in');
    expect(existsSync(join(usersDir, 'missing'))).toBe(false);
  });
});
