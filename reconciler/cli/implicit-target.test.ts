// With no API token, plan/apply/drift/status fall back to the embedded portal: they say so in one line on
// stderr ("creating" for a new data directory, "using" for one that holds a portal), the same in every
// output format so that `--format json` keeps stdout pure JSON, and never for `validate`, which starts
// no portal at all.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_DIR_ENV } from '../../portal/store/data-dir.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, main } from './main.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A fresh working directory holding one manifest, and no .portal. */
function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portalctl-implicit-'));
  roots.push(dir);
  writeFileSync(
    join(dir, 'policy.yaml'),
    'apiVersion: mcpportal/v1\nkind: AccessPolicy\nmetadata: { name: staff }\nspec:\n  decision: allow\n  include: [ { emailDomain: example.com } ]\n',
  );
  return dir;
}

async function run(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdin: async () => '',
    isTty: false,
    env: { NO_COLOR: '1', ...env },
    cwd,
  };
  const code = await main(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const noticeLines = (stderr: string) => stderr.split('\n').filter((l) => l.includes('embedded portal'));

describe('the implicit embedded portal', () => {
  it('plan says "creating" once on stderr the first time and "using" after, in text and in json', async () => {
    const cwd = workdir();
    const first = await run(cwd, ['plan', '-f', 'policy.yaml']);
    expect(first.code, first.stderr).toBe(ExitCode.Changes);
    expect(noticeLines(first.stderr)).toEqual([
      'portalctl: no CLOUDFLARE_API_TOKEN set: creating an embedded portal in .portal/; pass --local to silence this, or set CLOUDFLARE_API_TOKEN for Cloudflare',
    ]);
    expect(first.stdout).not.toContain('CLOUDFLARE_API_TOKEN');
    expect(existsSync(join(cwd, '.portal', 'portal.db'))).toBe(true);

    const json = await run(cwd, ['plan', '-f', 'policy.yaml', '--format', 'json']);
    expect(json.code, json.stderr).toBe(ExitCode.Changes);
    expect(noticeLines(json.stderr)).toEqual([
      'portalctl: no CLOUDFLARE_API_TOKEN set: using the embedded portal in .portal/; pass --local to silence this, or set CLOUDFLARE_API_TOKEN for Cloudflare',
    ]);
    expect(JSON.parse(json.stdout)).toMatchObject({
      target: { api_url: 'embedded:.portal', embedded: true },
    });
  });

  it(`names ${DATA_DIR_ENV} when it chose the directory, and is silent with --local`, async () => {
    const cwd = workdir();
    const fromEnv = await run(cwd, ['plan', '-f', 'policy.yaml', '--format', 'json'], {
      [DATA_DIR_ENV]: 'state',
    });
    expect(fromEnv.code, fromEnv.stderr).toBe(ExitCode.Changes);
    expect(noticeLines(fromEnv.stderr)).toEqual([
      `portalctl: no CLOUDFLARE_API_TOKEN set: creating an embedded portal in state/ (from ${DATA_DIR_ENV}); pass --local to silence this, or set CLOUDFLARE_API_TOKEN for Cloudflare`,
    ]);
    expect(existsSync(join(cwd, 'state', 'portal.db'))).toBe(true);
    expect(existsSync(join(cwd, '.portal'))).toBe(false);

    const local = await run(cwd, ['plan', '-f', 'policy.yaml', '--local', '--format', 'json'], {
      [DATA_DIR_ENV]: 'state',
    });
    expect(local.code, local.stderr).toBe(ExitCode.Changes);
    expect(local.stderr).toBe('');
    expect(JSON.parse(local.stdout).target.api_url).toBe('embedded:state');
  });

  it.each(['text', 'json'])('validate (%s) starts no portal and prints no notice', async (format) => {
    const cwd = workdir();
    const r = await run(cwd, ['validate', '-f', 'policy.yaml', '--format', format]);
    expect(r.code, r.stderr).toBe(ExitCode.Ok);
    expect(noticeLines(r.stderr + r.stdout)).toEqual([]);
    expect(existsSync(join(cwd, '.portal'))).toBe(false);
  });
});
