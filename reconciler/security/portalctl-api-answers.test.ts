// Malformed and missing API answers, performed by a real HTTP server on 127.0.0.1 against a real portalctl
// process: each must fail with exit 1 and a message naming the request and the field, never be read as an
// empty live state (which would plan to create everything) or crash with a TypeError; an API that never
// answers fails at the command's deadline. Also: formats the API checks are checked by `validate`.
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeApi, json, type Received, runCli, startFakeApi, workdir } from './helpers.js';

let api: FakeApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const ok = (result: unknown) => ({ success: true, errors: [], messages: [], result });
const SERVERS = '/access/ai-controls/mcp/servers';
const server = `apiVersion: mcpportal/v1
kind: McpServer
metadata:
  name: tickets
spec:
  url: https://tickets.example.com/mcp
`;

/** Answers `[]` to every list but the servers list, which gets `servers`. */
const apiWith = (servers: (res: ServerResponse) => void) => (req: Received, res: ServerResponse) => {
  if (req.url.includes(`${SERVERS}?`)) return servers(res);
  json(res, 200, ok([]));
};

const env = (url: string) => ({
  CLOUDFLARE_API_TOKEN: 'api-token-value',
  CLOUDFLARE_BASE_URL: url,
  CLOUDFLARE_ACCOUNT_ID: 'acc',
});

describe('malformed API answers', () => {
  const cases: { name: string; reason: string; answer: (res: ServerResponse) => void; want: RegExp }[] = [
    {
      name: 'a list whose result is an object',
      reason: 'read as an empty list, plan would create every server again',
      answer: (res) => json(res, 200, ok({ tickets: { id: 'tickets' } })),
      want: /GET \/accounts\/acc\/access\/ai-controls\/mcp\/servers: .*result must be an array \(got object\)/,
    },
    {
      name: 'a null body',
      reason: 'reading `success` of null was a TypeError',
      answer: (res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('null');
      },
      want: /GET \/accounts\/acc\/access\/ai-controls\/mcp\/servers: HTTP 200, the body is null, not an envelope object/,
    },
    {
      name: 'an object missing a required field',
      reason: 'a server without hostname cannot be compared with the manifest',
      answer: (res) =>
        json(
          res,
          200,
          ok([{ id: 'tickets', name: 'tickets', auth_type: 'unauthenticated', tools: [], prompts: [] }]),
        ),
      want: /mcp\/servers: .*result\.0\.hostname must have required property 'hostname'/,
    },
    {
      name: 'a field of the wrong type',
      reason: 'tools must be a list',
      answer: (res) =>
        json(
          res,
          200,
          ok([
            {
              id: 'tickets',
              name: 'tickets',
              hostname: 'https://t.example.com/mcp',
              auth_type: 'unauthenticated',
              tools: 'none',
              prompts: [],
            },
          ]),
        ),
      want: /mcp\/servers: .*result\.0\.tools must be array/,
    },
  ];

  it.each(cases)('$name', async ({ reason, answer, want }) => {
    api = await startFakeApi(apiWith(answer));
    const cwd = workdir({ 'm/s.yaml': server });
    const run = await runCli(['plan', '-f', 'm'], { cwd, env: env(api.url) });
    expect(run.code, `${reason}\n${run.stdout}${run.stderr}`).toBe(1);
    expect(run.stderr, reason).toMatch(want);
    expect(run.stderr, reason).not.toMatch(/TypeError/);
    expect(run.stdout, `${reason}: no plan is printed`).not.toMatch(/create/i);
  });

  it('fails at --deadline when the API never answers', async () => {
    api = await startFakeApi(() => {}); // reads the request, never answers
    const cwd = workdir({ 'm/s.yaml': server });
    const run = await runCli(['plan', '-f', 'm', '--deadline', '2s'], { cwd, env: env(api.url) });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/deadline passed before the API answered/);
    expect(api.received.length).toBeGreaterThan(0);
  }, 20_000);
});

describe('formats the API checks, checked by validate', () => {
  const policy = (rule: string) => `apiVersion: mcpportal/v1
kind: AccessPolicy
metadata:
  name: p
spec:
  decision: allow
  include:
    - ${rule}
`;
  // One invalid and one valid rule through the real CLI; schemas/formats.test.ts has the full table.
  const cases = [
    {
      rule: 'ip: 999.1.1.1/99',
      valid: false,
      reason: 'not an IPv4 address, prefix over 32: the API refuses it',
    },
    { rule: 'ip: 10.0.0.0/8', valid: true, reason: 'an IPv4 range' },
  ];
  it.each(cases)('$rule', async ({ rule, valid, reason }) => {
    const cwd = workdir({ 'p.yaml': policy(rule) });
    const run = await runCli(['validate', '-f', 'p.yaml'], { cwd });
    expect(run.code, `${reason}\n${run.stdout}`).toBe(valid ? 0 : 3);
    if (!valid) expect(run.stdout, reason).toMatch(/p\.yaml:8:\d+: error schema\/format/);
  });
});
