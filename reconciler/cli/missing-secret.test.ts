// A secret reference that cannot be resolved (`fromEnv: TICKETS_TOKEN` unset) while its servers exist:
// plan and apply go ahead without sending a credential (each server keeps the one it stores) and print one
// warning for the variable, naming every server that uses it and saying rotation cannot be checked; on
// stderr in text, in the JSON plan's diagnostics otherwise. A server that does not exist yet cannot be
// created without it: apply refuses (exit 3) and changes nothing. End to end, with the real bin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bench, startBench, TICKETS_TOKEN } from '../testing/e2e.js';

let bench: Bench;
let files: string[];
const unset = { TICKETS_TOKEN: '' };
const WARNING =
  'portalctl: warning: environment variable TICKETS_TOKEN is not set: rotation cannot be checked for ' +
  'McpServer tickets, tickets-copy, which keep their stored credential (none is sent)';

/** Another server reading the same variable. */
const bearerServer = (name: string) => `---
apiVersion: mcpportal/v1
kind: McpServer
metadata: { name: ${name} }
spec:
  url: ${bench.upstreams.tickets.url}
  auth: { type: bearer, token: { fromEnv: TICKETS_TOKEN } }
  policies: [ engineers ]
`;

beforeAll(async () => {
  bench = await startBench();
  files = [
    bench.write('policies.yaml', bench.manifests.policies),
    bench.write('servers.yaml', `${bench.manifests.servers}${bearerServer('tickets-copy')}`),
    bench.write('portals.yaml', bench.manifests.portals),
  ];
  const applied = await bench.cli(['apply', ...f(), '--yes']);
  expect(applied.code, applied.stdout + applied.stderr).toBe(0);
}, 120_000);
afterAll(async () => {
  await bench?.close();
});

const f = (extra: string[] = []) => [...files, ...extra].flatMap((p) => ['-f', p]);
const warnings = (stderr: string) =>
  stderr.split('\n').filter((l) => l.includes('rotation cannot be checked'));
const stored = (id: string) =>
  (bench.portal.dump().servers as { id: string; modified_at: string }[]).find((s) => s.id === id);

describe('a secret missing for existing servers', () => {
  it('plan (text): no change, one warning on stderr naming the variable and both servers', async () => {
    const r = await bench.cli(['plan', ...f()], { env: unset });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(warnings(r.stderr)).toEqual([WARNING]);
    expect(r.stdout).not.toContain('rotation cannot be checked');
  });

  it('plan (json): the warning is one diagnostic of the plan document, stdout stays pure JSON', async () => {
    const r = await bench.cli(['plan', ...f(), '--format', 'json'], { env: unset });
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.errored).toBe(false);
    expect(plan.diagnostics.filter((d: { code: string }) => d.code === 'secret/rotation-unchecked')).toEqual([
      {
        severity: 'warning',
        code: 'secret/rotation-unchecked',
        message: WARNING.replace('portalctl: warning: ', ''),
      },
    ]);
    expect(plan.operations).toEqual([]);
  });

  it('apply: sends no credential, warns the same way, and the stored credential still matches the token', async () => {
    const before = [stored('tickets'), stored('tickets-copy')];
    const r = await bench.cli(['apply', ...f(), '--yes'], { env: unset });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(warnings(r.stderr)).toEqual([WARNING]);
    expect([stored('tickets'), stored('tickets-copy')]).toEqual(before);
    // With the variable back, the fingerprint comparison finds the same credential: nothing to rotate.
    const again = await bench.cli(['plan', ...f(), '--format', 'json'], { env: { TICKETS_TOKEN } });
    expect(again.code, again.stdout).toBe(0);
  });

  it('a server to create with the same missing secret: plan warns, apply refuses and changes nothing', async () => {
    const extra = bench.write('new-server.yaml', bearerServer('tickets-new'));
    const plan = await bench.cli(['plan', ...f([extra])], { env: unset });
    expect(plan.code, plan.stdout + plan.stderr).toBe(2);
    expect(plan.stdout).toMatch(
      /secret\/unresolved: McpServer tickets-new: environment variable TICKETS_TOKEN is not set \(apply needs it/,
    );
    // The live servers still get the one warning; the new one is not in it.
    expect(warnings(plan.stderr)).toEqual([WARNING]);

    const before = bench.portal.dump();
    const apply = await bench.cli(['apply', ...f([extra]), '--yes'], { env: unset });
    expect(apply.code, apply.stdout + apply.stderr).toBe(3);
    expect(apply.stderr).toContain('McpServer/tickets-new: environment variable TICKETS_TOKEN is not set');
    expect(bench.portal.dump()).toEqual(before);
  });
});
