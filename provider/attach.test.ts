// Attach and PULUMI_DEBUG_PROVIDERS (issue 15, point 7): the user starts the plugin (no engine address on its
// command line), reads its port, and runs `PULUMI_DEBUG_PROVIDERS=mcpportal:<port> pulumi up`; the engine
// dials that port and calls Attach with its host's address (pulumi/pulumi pkg/resource/plugin/provider_plugin.go,
// GetProviderAttachPort and NewProvider), then drives the plugin as usual. Logs go to that engine host from then
// on; a later session's Attach moves them to its host. Here the test plays the user and the engine.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as grpc from '@grpc/grpc-js';
import pluginpb from '@pulumi/pulumi/proto/plugin_pb.js';
import * as provrpc from '@pulumi/pulumi/proto/provider_grpc_pb.js';
import provpb from '@pulumi/pulumi/proto/provider_pb.js';
import structpb from 'google-protobuf/google/protobuf/struct_pb.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Bench, startBench } from '../reconciler/testing/e2e.js';
import { POLICY } from './testing/bench.js';
import { type EngineHost, PLUGIN, startEngineHost, urn } from './testing/engine.js';

let bench: Bench;
let child: ChildProcessWithoutNullStreams;
let stderr = '';
let client: InstanceType<typeof provrpc.ResourceProviderClient>;
const hosts: EngineHost[] = [];

/** The port for `pkg` in PULUMI_DEBUG_PROVIDERS (`name:port[,name:port]`), as the engine reads it. */
function attachPort(value: string, pkg: string): number | undefined {
  for (const entry of value.split(',')) {
    const [name, port] = entry.split(':');
    if (name === pkg) return Number(port);
  }
  return undefined;
}

function rpc<T>(method: string, req: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const fn = (client as unknown as Record<string, (...args: unknown[]) => unknown>)[method];
    fn?.call(client, req, (err: grpc.ServiceError | null, res: T) => (err ? reject(err) : resolve(res)));
  });
}

async function attach(address: string) {
  const req = new pluginpb.PluginAttach();
  req.setAddress(address);
  await rpc('attach', req);
}

async function createPolicy(name: string): Promise<string> {
  const req = new provpb.CreateRequest();
  req.setUrn(urn(POLICY, name));
  req.setProperties(
    structpb.Struct.fromJavaScript({ name, decision: 'allow', include: [{ everyone: true }] } as never),
  );
  const res = await rpc<InstanceType<typeof provpb.CreateResponse>>('create', req);
  return res.getId();
}

beforeAll(async () => {
  bench = await startBench();
  // The user starts the plugin by hand: no engine address, no engine flags.
  child = spawn(PLUGIN, [], { env: { PATH: process.env.PATH } });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const printed = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.split('\n')[0] ?? '');
    });
    child.on('exit', (code) => reject(new Error(`plugin exited (${code}): ${stderr}`)));
  });
  const env = `other:1,mcpportal:${printed}`;
  const port = attachPort(env, 'mcpportal');
  client = new provrpc.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
});
afterAll(async () => {
  client?.close();
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  for (const h of hosts) await h.close();
  await bench?.close();
});

describe('Attach (PULUMI_DEBUG_PROVIDERS=mcpportal:<port>)', () => {
  it('takes the engine address, then serves the session and logs to that engine host', async () => {
    const host = await startEngineHost();
    hosts.push(host);
    await attach(host.address);
    const configure = new provpb.ConfigureRequest();
    configure.setArgs(
      structpb.Struct.fromJavaScript({
        apiUrl: bench.portal.baseUrl,
        accountId: bench.portal.accountId,
        apiToken: bench.portal.apiToken,
      }),
    );
    configure.setAcceptsecrets(true);
    await rpc('configure', configure);
    const id = await createPolicy('attached');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await vi.waitFor(() =>
      expect(host.logs).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ severity: 'debug', urn: urn(POLICY, 'attached') }),
        ]),
      ),
    );
    expect(stderr).toBe('');
  });

  it('moves its logs to the next session’s engine host on the next Attach', async () => {
    const next = await startEngineHost();
    hosts.push(next);
    await attach(next.address);
    await createPolicy('second-session');
    await vi.waitFor(() =>
      expect(next.logs).toEqual(
        expect.arrayContaining([expect.objectContaining({ urn: urn(POLICY, 'second-session') })]),
      ),
    );
    // Lines of the first session may still be arriving there; none of this one's may.
    expect(hosts[0]?.logs.filter((l) => l.urn === urn(POLICY, 'second-session'))).toEqual([]);
  });

  it('refuses an Attach without an engine address, changing nothing', async () => {
    const err = (await attach('not an address').catch((e) => e)) as grpc.ServiceError;
    expect(err.code).toBe(grpc.status.UNKNOWN);
    expect(err.details).toContain('is not an engine address (host:port)');
    await createPolicy('still-attached');
    await vi.waitFor(() =>
      expect(hosts[1]?.logs).toEqual(
        expect.arrayContaining([expect.objectContaining({ urn: urn(POLICY, 'still-attached') })]),
      ),
    );
  });
});
