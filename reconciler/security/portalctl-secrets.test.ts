// Attacks on portalctl's handling of credentials, each performed against a real portalctl process and a real
// HTTP API on 127.0.0.1: an API that echoes request bodies and headers in its error messages (item 7), and
// manifests whose secret references point at the target's own credentials or other CI secrets (item 9).
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formsOf } from '../render/mask.js';
import { bearerServer, type FakeApi, json, runCli, startFakeApi, workdir } from './helpers.js';

const API_TOKEN = 'cf-api-token-0123456789';
/** Characters that change under JSON and URL encoding, so each form is a different string. */
const UPSTREAM = 'up"st\\ream/to ken+&é-42';

let api: FakeApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const emptyList = {
  success: true,
  errors: [],
  messages: [],
  result: [],
  result_info: { page: 1, per_page: 100, count: 0, total_count: 0, total_pages: 0 },
};

/** An API that lists nothing and refuses every write with a message echoing the body, its URL-encoded form and the Authorization header. */
const echoingApi = () =>
  startFakeApi((req, res) => {
    if (req.method === 'GET') return json(res, 200, emptyList);
    json(res, 400, {
      success: false,
      errors: [
        {
          code: 1001,
          message: `invalid request ${req.body} (form: ${encodeURIComponent(req.body)}) sent with ${req.authorization}`,
        },
      ],
      messages: [],
      result: null,
    });
  });

const targetEnv = (url: string, extra: Record<string, string> = {}) => ({
  CLOUDFLARE_API_TOKEN: API_TOKEN,
  CLOUDFLARE_BASE_URL: url,
  CLOUDFLARE_ACCOUNT_ID: 'acc',
  ...extra,
});

describe('an API that echoes credentials in its errors (item 7)', () => {
  it('never makes portalctl print the upstream secret or the API token, in any encoding', async () => {
    api = await echoingApi();
    const cwd = workdir({ 'm/server.yaml': bearerServer('{ fromEnv: TICKETS_TOKEN }') });
    const env = targetEnv(api.url, { TICKETS_TOKEN: UPSTREAM });
    const runs = [
      await runCli(['apply', '-f', 'm', '--yes', '--no-wait'], { cwd, env }),
      await runCli(['apply', '-f', 'm', '--yes', '--no-wait', '--max-wait', '1s'], { cwd, env }),
    ];
    // The attack happened: the API did receive the credential and echoed it back.
    const posted = api.received.filter((r) => r.method === 'POST');
    expect(posted.length).toBeGreaterThan(0);
    expect(posted[0]?.body).toContain(JSON.stringify(UPSTREAM).slice(1, -1));
    for (const run of runs) {
      const out = run.stdout + run.stderr;
      expect(run.code, out).toBe(5);
      expect(out).toContain('(sensitive)');
      for (const form of [...formsOf(UPSTREAM), ...formsOf(API_TOKEN)]) expect(out).not.toContain(form);
    }
  });
});

describe('an API that echoes the Authorization header (item 7)', () => {
  it.each(['text', 'json', 'github', 'markdown'])(
    'plan --format %s never prints the API token',
    async (format) => {
      api = await startFakeApi((req, res) =>
        json(res, 403, {
          success: false,
          errors: [
            {
              code: 10000,
              message: `Authentication error for ${req.authorization} (${encodeURIComponent(req.authorization)})`,
            },
          ],
          messages: [],
          result: null,
        }),
      );
      const cwd = workdir({ 'm/server.yaml': bearerServer('{ fromEnv: TICKETS_TOKEN }') });
      const run = await runCli(['plan', '-f', 'm', '--format', format], {
        cwd,
        env: targetEnv(api.url, { TICKETS_TOKEN: UPSTREAM }),
      });
      const out = run.stdout + run.stderr;
      expect(run.code, out).toBe(4);
      expect(api.received[0]?.authorization).toBe(`Bearer ${API_TOKEN}`);
      expect(out).toContain(`Bearer ${'(sensitive)'}`);
      for (const form of formsOf(API_TOKEN)) expect(out).not.toContain(form);
    },
  );
});

describe('secret references to credentials (item 9)', () => {
  const plan = (cwd: string, env: Record<string, string>, extra: string[] = []) =>
    runCli(['plan', '-f', 'm', ...extra], { cwd, env });

  const cases: {
    name: string;
    reason: string;
    files: Record<string, string>;
    env?: Record<string, string>;
    args?: string[];
    want: RegExp;
  }[] = [
    {
      name: 'fromEnv: CLOUDFLARE_API_TOKEN',
      reason: "the target's own API token is never sent to a manifest's URL",
      files: { 'm/s.yaml': bearerServer('{ fromEnv: CLOUDFLARE_API_TOKEN }') },
      want: /m\/s\.yaml:9:23.*CLOUDFLARE_API_TOKEN/,
    },
    {
      name: 'fromEnv: GITHUB_TOKEN',
      reason: "the CI's own token is refused by name",
      files: { 'm/s.yaml': bearerServer('{ fromEnv: GITHUB_TOKEN }') },
      env: { GITHUB_TOKEN: 'ghs_ci_token_value' },
      want: /m\/s\.yaml:9:23.*GITHUB_TOKEN/,
    },
    {
      name: 'fromEnv: an alias holding the API token',
      reason: 'a variable whose value is the API token is refused whatever its name',
      files: { 'm/s.yaml': bearerServer('{ fromEnv: COPY }') },
      env: { COPY: API_TOKEN },
      want: /m\/s\.yaml:9:23.*API token/,
    },
    {
      name: 'fromFile: the embedded portal token file',
      reason: "the embedded portal's api-token file is never read",
      files: {
        'm/s.yaml': bearerServer('{ fromFile: ../.portal/api-token }'),
        '.portal/api-token': 'portal-token-value\n',
      },
      want: /m\/s\.yaml:9:24.*embedded portal/,
    },
    {
      name: 'fromFile: outside the checkout',
      reason: 'by default a file must be inside the working directory or the manifest folder',
      files: { 'm/s.yaml': bearerServer('{ fromFile: /proc/self/environ }') },
      want: /m\/s\.yaml:9:24.*outside/,
    },
    {
      name: 'fromFile: the checkout token in .git',
      reason: 'actions/checkout stores its token in .git/config',
      files: {
        'm/s.yaml': bearerServer('{ fromFile: ../.git/config }'),
        '.git/config': '[http]\n\textraheader = AUTHORIZATION: basic x\n',
      },
      want: /m\/s\.yaml:9:24.*\.git/,
    },
    {
      name: '--secret-env-prefix',
      reason: 'with an allow-list, a name without an allowed prefix is refused',
      files: { 'm/s.yaml': bearerServer('{ fromEnv: AWS_SECRET_ACCESS_KEY }') },
      env: { AWS_SECRET_ACCESS_KEY: 'aws-secret-value' },
      args: ['--secret-env-prefix', 'MCP_'],
      want: /m\/s\.yaml:9:23.*allowed prefix \(MCP_/,
    },
    {
      name: 'PORTALCTL_SECRET_ENV_PREFIX',
      reason: 'CI can set the allow-list in the environment',
      files: { 'm/s.yaml': bearerServer('{ fromEnv: AWS_SECRET_ACCESS_KEY }') },
      env: { AWS_SECRET_ACCESS_KEY: 'aws-secret-value', PORTALCTL_SECRET_ENV_PREFIX: 'MCP_,UPSTREAM_' },
      want: /m\/s\.yaml:9:23.*allowed prefix \(MCP_, UPSTREAM_/,
    },
    {
      name: '--secrets-dir',
      reason: 'with a secrets directory, a file elsewhere in the checkout is refused',
      files: {
        'm/s.yaml': bearerServer('{ fromFile: ./token }'),
        'm/token': 'tok-value\n',
        'secrets/ok': 'x\n',
      },
      args: ['--secrets-dir', 'secrets'],
      want: /m\/s\.yaml:9:24.*outside the secrets directories/,
    },
  ];

  it.each(cases)('$name', async ({ reason, files, env = {}, args = [], want }) => {
    api = await startFakeApi((_req, res) => json(res, 200, emptyList));
    const cwd = workdir(files);
    const run = await plan(cwd, targetEnv(api.url, env), args);
    expect(run.code, `${reason}\n${run.stderr}`).toBe(3);
    expect(run.stderr, reason).toMatch(want);
    expect(api.received, `${reason}: nothing may be sent`).toEqual([]);
  });

  it('refuses a link inside the secrets directory that points outside it', async () => {
    api = await startFakeApi((_req, res) => json(res, 200, emptyList));
    const cwd = workdir({
      'm/s.yaml': bearerServer('{ fromFile: ../secrets/token }'),
      'outside/token': 'x-secret\n',
    });
    mkdirSync(join(cwd, 'secrets'));
    symlinkSync(join(cwd, 'outside', 'token'), join(cwd, 'secrets', 'token'));
    const run = await plan(cwd, targetEnv(api.url), ['--secrets-dir', 'secrets']);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(/a link to .*outside\/token/);
  });

  it('accepts what the allow-list allows', async () => {
    api = await startFakeApi((_req, res) => json(res, 200, emptyList));
    const cwd = workdir({
      'm/a.yaml': bearerServer('{ fromEnv: MCP_TICKETS }', 'a'),
      'm/b.yaml': bearerServer('{ fromFile: ../secrets/token }', 'b'),
      'secrets/token': 'file-secret\n',
    });
    const env = targetEnv(api.url, { MCP_TICKETS: 'env-secret' });
    const run = await plan(cwd, env, ['--secret-env-prefix', 'MCP_', '--secrets-dir', 'secrets']);
    expect(run.code, run.stderr).toBe(2);
  });

  it('refuses a saved plan edited to send the API token (apply --plan)', async () => {
    api = await startFakeApi((req, res) =>
      req.method === 'GET'
        ? json(res, 200, emptyList)
        : json(res, 500, { success: false, errors: [], messages: [] }),
    );
    const cwd = workdir({ 'm/s.yaml': bearerServer('{ fromEnv: TICKETS_TOKEN }') });
    const env = targetEnv(api.url, { TICKETS_TOKEN: 'tickets-value' });
    const made = await runCli(['plan', '-f', 'm', '--out', 'plan.json'], { cwd, env });
    expect(made.code, made.stderr).toBe(2);
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(join(cwd, 'plan.json'), 'utf8').replaceAll(
      'env:TICKETS_TOKEN',
      'env:CLOUDFLARE_API_TOKEN',
    );
    expect(text).toContain('env:CLOUDFLARE_API_TOKEN');
    writeFileSync(join(cwd, 'plan.json'), text);
    const run = await runCli(['apply', '--plan', 'plan.json', '--yes', '--no-wait'], { cwd, env });
    expect(run.code, run.stdout + run.stderr).toBe(3);
    expect(run.stderr).toMatch(/CLOUDFLARE_API_TOKEN/);
    expect(api.received.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
