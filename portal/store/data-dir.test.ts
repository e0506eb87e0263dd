// Where the embedded portal's data lives: one rule (`--data-dir`/`--local DIR` > PORTAL_DATA_DIR >
// ./.portal) shared by `portal serve`, `portal users`, `--local` and startPortal's default.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startPortal } from '../index.js';
import { DATA_DIR_ENV, hasPortalDatabase, resolveDataDir } from './data-dir.js';
import { DB_FILE } from './db.js';

const scratch = mkdtempSync(join(tmpdir(), 'data-dir-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('resolveDataDir', () => {
  const cwd = '/work/repo';
  it.each([
    {
      name: 'flag over env',
      reason: 'an explicit --data-dir names the directory whatever the environment says',
      given: 'data',
      env: { [DATA_DIR_ENV]: '/srv/portal' },
      want: { dir: '/work/repo/data', source: 'flag' },
    },
    {
      name: 'env over default',
      reason: 'PORTAL_DATA_DIR points every command at the same portal without repeating the flag',
      given: undefined,
      env: { [DATA_DIR_ENV]: '/srv/portal' },
      want: { dir: '/srv/portal', source: 'env' },
    },
    {
      name: 'relative env',
      reason: 'a relative PORTAL_DATA_DIR is read against the working directory, as the flag is',
      given: undefined,
      env: { [DATA_DIR_ENV]: 'state/portal' },
      want: { dir: '/work/repo/state/portal', source: 'env' },
    },
    {
      name: 'default',
      reason: 'with neither, ./.portal in the working directory',
      given: undefined,
      env: {},
      want: { dir: '/work/repo/.portal', source: 'default' },
    },
    {
      name: 'empty values',
      reason: 'an empty flag or variable counts as not given (an unset variable in a shell script)',
      given: '',
      env: { [DATA_DIR_ENV]: '' },
      want: { dir: '/work/repo/.portal', source: 'default' },
    },
  ])('$name', ({ reason, given, env, want }) => {
    expect(resolveDataDir(given, { cwd, env }), reason).toEqual(want);
  });
});

describe('startPortal without a dataDir', () => {
  it(`serves the directory named by ${DATA_DIR_ENV}, and hasPortalDatabase sees its database`, async () => {
    const dir = join(scratch, 'from-env');
    expect(hasPortalDatabase(dir)).toBe(false);
    const portal = await startPortal({ port: 0, syncIntervalMs: 0, env: { [DATA_DIR_ENV]: dir } });
    try {
      expect(portal.dataDir).toBe(dir);
      expect(hasPortalDatabase(dir)).toBe(true);
      // hasPortalDatabase repeats db.ts's file name so as not to load SQLite; they must agree.
      expect(existsSync(join(dir, DB_FILE))).toBe(true);
      rmSync(join(dir, DB_FILE));
      expect(hasPortalDatabase(dir)).toBe(false);
    } finally {
      await portal.close();
    }
  });
});
