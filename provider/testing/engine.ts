/**
 * Test harness that acts as the Pulumi engine: spawns the real plugin process (`bin/pulumi-resource-
 * mcpportal`), reads its port from stdout, and calls the provider's RPCs over gRPC with the stubs from
 * `@pulumi/pulumi/proto`, converting plain values to and from `Struct`. Keeps the plugin's stdout and
 * stderr for assertions. Used only by tests.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as enginerpc from '@pulumi/pulumi/proto/engine_grpc_pb.js';
import type enginepb from '@pulumi/pulumi/proto/engine_pb.js';
import type pluginpb from '@pulumi/pulumi/proto/plugin_pb.js';
import * as provrpc from '@pulumi/pulumi/proto/provider_grpc_pb.js';
import provpb from '@pulumi/pulumi/proto/provider_pb.js';
import statuspb from '@pulumi/pulumi/proto/status_pb.js';
import emptypb from 'google-protobuf/google/protobuf/empty_pb.js';
import structpb from 'google-protobuf/google/protobuf/struct_pb.js';
import { type Props, sanitize } from '../wire.js';

const { Struct } = structpb;
type Struct = InstanceType<typeof Struct>;
export const PLUGIN = join(import.meta.dirname, '..', '..', 'bin', 'pulumi-resource-mcpportal');

const toStruct = (v: Props) => Struct.fromJavaScript(sanitize(v) as never);
const toJs = (s: Struct | undefined): Props => (s ? (s.toJavaScript() as Props) : {});

export const urn = (type: string, name: string, stack = 'dev', project = 'proj') =>
  `urn:pulumi:${stack}::${project}::${type}::${name}`;

/** A gRPC failure as the engine sees it. */
export class RpcError extends Error {
  override readonly name = 'RpcError';
  constructor(
    readonly code: number,
    readonly details: string,
    /** `ErrorResourceInitFailed` details, when the resource exists despite the failure. */
    readonly initFailed?: { id: string; properties: Props; reasons: string[] },
  ) {
    super(`${code}: ${details}`);
  }
}

/** What the engine adds to a Check: the resource's random seed and the stack's autonaming options. */
export interface CheckNaming {
  randomSeed?: Uint8Array;
  autonaming?: { proposedName: string; mode: 'PROPOSE' | 'ENFORCE' | 'DISABLE' };
}

export interface DiffResult {
  changes: 'none' | 'some' | 'unknown';
  replaces: string[];
  deleteBeforeReplace: boolean;
  /** Outputs the provider says an update leaves unchanged. */
  stables: string[];
  diffs: string[];
  detailed: Record<string, string>;
}

const KIND_NAMES = Object.fromEntries(Object.entries(provpb.PropertyDiff.Kind).map(([k, v]) => [v, k]));

function initFailedOf(err: grpc.ServiceError): RpcError['initFailed'] {
  const bin = err.metadata?.get('grpc-status-details-bin')[0];
  if (!bin) return undefined;
  const status = statuspb.Status.deserializeBinary(new Uint8Array(bin as Buffer));
  for (const any of status.getDetailsList()) {
    const d = any.unpack(
      provpb.ErrorResourceInitFailed.deserializeBinary,
      'pulumirpc.ErrorResourceInitFailed',
    );
    if (d) return { id: d.getId(), properties: toJs(d.getProperties()), reasons: d.getReasonsList() };
  }
  return undefined;
}

/** One `Engine.Log` call the plugin made, as the engine host received it. */
export interface EngineLogRecord {
  severity: 'debug' | 'info' | 'warning' | 'error';
  message: string;
  urn: string;
  ephemeral: boolean;
}

/** The engine host's side the plugin calls back: `pulumirpc.Engine`, recording every Log. */
export interface EngineHost {
  /** `127.0.0.1:<port>`, as the engine passes it on the plugin's command line and in Attach. */
  address: string;
  logs: EngineLogRecord[];
  close(): Promise<void>;
}

const SEVERITIES = ['debug', 'info', 'warning', 'error'] as const;

/** Serves the Engine gRPC service on 127.0.0.1 (Log records; the other methods answer UNIMPLEMENTED). */
export async function startEngineHost(): Promise<EngineHost> {
  const logs: EngineLogRecord[] = [];
  const server = new grpc.Server();
  server.addService(enginerpc.EngineService, {
    log: (
      call: grpc.ServerUnaryCall<InstanceType<typeof enginepb.LogRequest>, unknown>,
      cb: grpc.sendUnaryData<unknown>,
    ) => {
      const r = call.request;
      logs.push({
        severity: SEVERITIES[r.getSeverity()] ?? 'debug',
        message: r.getMessage(),
        urn: r.getUrn(),
        ephemeral: r.getEphemeral(),
      });
      cb(null, new emptypb.Empty());
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) =>
      err ? reject(err) : resolve(p),
    ),
  );
  return {
    address: `127.0.0.1:${port}`,
    logs,
    close: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  };
}

export interface Plugin {
  port: number;
  stdout: () => string;
  stderr: () => string;
  /** What the plugin logged through the engine host (the harness plays the engine's host too). */
  engineLogs: () => EngineLogRecord[];
  /** Raw unary call by method name (e.g. `attach`), for the UNIMPLEMENTED checks. */
  call<T>(method: string, req: unknown): Promise<T>;
  getPluginInfo(): Promise<string>;
  getSchema(): Promise<Props>;
  checkConfig(
    news: Props,
    olds?: Props,
  ): Promise<{ inputs: Props; failures: { property: string; reason: string }[] }>;
  diffConfig(olds: Props, news: Props): Promise<DiffResult>;
  configure(
    args: Props,
    variables?: Record<string, string>,
  ): Promise<{ acceptSecrets: boolean; supportsPreview: boolean }>;
  check(
    type: string,
    name: string,
    news: Props,
    olds?: Props,
    naming?: CheckNaming,
  ): Promise<{ inputs: Props; failures: { property: string; reason: string }[] }>;
  diff(
    type: string,
    name: string,
    id: string,
    olds: Props,
    news: Props,
    oldInputs?: Props,
  ): Promise<DiffResult>;
  create(
    type: string,
    name: string,
    props: Props,
    opts?: { preview?: boolean; timeout?: number },
  ): Promise<{ id: string; outs: Props }>;
  read(
    type: string,
    name: string,
    id: string,
    props?: Props,
    inputs?: Props,
  ): Promise<{ id: string; props: Props; inputs: Props }>;
  update(
    type: string,
    name: string,
    id: string,
    olds: Props,
    news: Props,
    oldInputs?: Props,
    opts?: { preview?: boolean; timeout?: number },
  ): Promise<Props>;
  delete(type: string, name: string, id: string, props: Props, opts?: { timeout?: number }): Promise<void>;
  cancel(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Spawns the plugin with the given environment (plus our PATH unless `env` sets one) and connects to it;
 * `from` runs another plugin executable (e.g. an unpacked plugin tarball), in another working directory.
 */
export async function startPlugin(
  env: NodeJS.ProcessEnv = {},
  from: { executable?: string; cwd?: string } = {},
): Promise<Plugin> {
  // The engine's own order: its flags, then its host's address (pulumi/pulumi sdk/go/common/resource/
  // plugin/plugin.go appends pluginArgs, here the address, after --logtostderr and -v).
  const host = await startEngineHost();
  const child: ChildProcessWithoutNullStreams = spawn(
    from.executable ?? PLUGIN,
    ['--logtostderr', '-v=9', host.address],
    { env: { PATH: process.env.PATH, ...env }, ...(from.cwd ? { cwd: from.cwd } : {}) },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`plugin printed no port; stderr: ${stderr}`)), 20_000);
    child.stdout.on('data', (d) => {
      stdout += d;
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line) {
        clearTimeout(timer);
        resolve(Number(line));
      }
    });
    child.on('exit', (code) => reject(new Error(`plugin exited (${code}); stderr: ${stderr}`)));
  }).catch(async (err: unknown) => {
    await host.close();
    throw err;
  });
  const client = new provrpc.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const call = <T>(method: string, req: unknown) =>
    new Promise<T>((resolve, reject) => {
      const fn = (client as unknown as Record<string, (...args: unknown[]) => unknown>)[method];
      if (!fn) return reject(new Error(`no method ${method}`));
      fn.call(
        client,
        req,
        new grpc.Metadata(),
        { deadline: Date.now() + 60_000 },
        (err: grpc.ServiceError | null, res: T) => {
          if (err) reject(new RpcError(err.code, err.details, initFailedOf(err)));
          else resolve(res);
        },
      );
    });
  const diffResult = (r: InstanceType<typeof provpb.DiffResponse>): DiffResult => {
    const c = r.getChanges();
    const detailed: Record<string, string> = {};
    for (const [k, v] of r.getDetaileddiffMap().entries()) detailed[k] = String(KIND_NAMES[v.getKind()]);
    return {
      changes: c === 2 ? 'some' : c === 1 ? 'none' : 'unknown',
      replaces: r.getReplacesList(),
      deleteBeforeReplace: r.getDeletebeforereplace(),
      stables: r.getStablesList(),
      diffs: r.getDiffsList(),
      detailed,
    };
  };
  const checkReq = (type: string, name: string, news: Props, olds: Props = {}, naming: CheckNaming = {}) => {
    const r = new provpb.CheckRequest();
    r.setUrn(urn(type, name));
    r.setType(type);
    r.setName(name);
    r.setOlds(toStruct(olds));
    r.setNews(toStruct(news));
    if (naming.randomSeed) r.setRandomseed(naming.randomSeed);
    if (naming.autonaming) {
      const a = new provpb.CheckRequest.AutonamingOptions();
      a.setProposedName(naming.autonaming.proposedName);
      a.setMode(provpb.CheckRequest.AutonamingOptions.Mode[naming.autonaming.mode]);
      r.setAutonaming(a);
    }
    return r;
  };
  const checkResult = (r: InstanceType<typeof provpb.CheckResponse>) => ({
    inputs: toJs(r.getInputs()),
    failures: r.getFailuresList().map((f) => ({ property: f.getProperty(), reason: f.getReason() })),
  });
  return {
    port,
    stdout: () => stdout,
    stderr: () => stderr,
    engineLogs: () => host.logs,
    call,
    async getPluginInfo() {
      return (
        await call<InstanceType<typeof pluginpb.PluginInfo>>('getPluginInfo', new emptypb.Empty())
      ).getVersion();
    },
    async getSchema() {
      const r = new provpb.GetSchemaRequest();
      r.setVersion(0);
      return JSON.parse(
        (await call<InstanceType<typeof provpb.GetSchemaResponse>>('getSchema', r)).getSchema(),
      );
    },
    async checkConfig(news, olds = {}) {
      return checkResult(
        await call('checkConfig', checkReq('pulumi:providers:mcpportal', 'default', news, olds)),
      );
    },
    async diffConfig(olds, news) {
      const r = new provpb.DiffRequest();
      r.setUrn(urn('pulumi:providers:mcpportal', 'default'));
      r.setOlds(toStruct(olds));
      r.setOldInputs(toStruct(olds));
      r.setNews(toStruct(news));
      return diffResult(await call('diffConfig', r));
    },
    async configure(args, variables = {}) {
      const r = new provpb.ConfigureRequest();
      r.setArgs(toStruct(args));
      for (const [k, v] of Object.entries(variables)) r.getVariablesMap().set(k, v);
      r.setAcceptsecrets(true);
      r.setSendsOldInputs(true);
      const res = await call<InstanceType<typeof provpb.ConfigureResponse>>('configure', r);
      return { acceptSecrets: res.getAcceptsecrets(), supportsPreview: res.getSupportspreview() };
    },
    async check(type, name, news, olds, naming) {
      return checkResult(await call('check', checkReq(type, name, news, olds, naming)));
    },
    async diff(type, name, id, olds, news, oldInputs) {
      const r = new provpb.DiffRequest();
      r.setId(id);
      r.setUrn(urn(type, name));
      r.setOlds(toStruct(olds));
      r.setNews(toStruct(news));
      if (oldInputs) r.setOldInputs(toStruct(oldInputs));
      return diffResult(await call('diff', r));
    },
    async create(type, name, props, opts = {}) {
      const r = new provpb.CreateRequest();
      r.setUrn(urn(type, name));
      r.setProperties(toStruct(props));
      r.setPreview(Boolean(opts.preview));
      r.setTimeout(opts.timeout ?? 0);
      const res = await call<InstanceType<typeof provpb.CreateResponse>>('create', r);
      return { id: res.getId(), outs: toJs(res.getProperties()) };
    },
    async read(type, name, id, props, inputs) {
      const r = new provpb.ReadRequest();
      r.setId(id);
      r.setUrn(urn(type, name));
      if (props) r.setProperties(toStruct(props));
      if (inputs) r.setInputs(toStruct(inputs));
      const res = await call<InstanceType<typeof provpb.ReadResponse>>('read', r);
      return { id: res.getId(), props: toJs(res.getProperties()), inputs: toJs(res.getInputs()) };
    },
    async update(type, name, id, olds, news, oldInputs, opts = {}) {
      const r = new provpb.UpdateRequest();
      r.setId(id);
      r.setUrn(urn(type, name));
      r.setOlds(toStruct(olds));
      r.setNews(toStruct(news));
      if (oldInputs) r.setOldInputs(toStruct(oldInputs));
      r.setPreview(Boolean(opts.preview));
      r.setTimeout(opts.timeout ?? 0);
      const res = await call<InstanceType<typeof provpb.UpdateResponse>>('update', r);
      return toJs(res.getProperties());
    },
    async delete(type, name, id, props, opts = {}) {
      const r = new provpb.DeleteRequest();
      r.setId(id);
      r.setUrn(urn(type, name));
      r.setProperties(toStruct(props));
      r.setTimeout(opts.timeout ?? 0);
      await call('delete', r);
    },
    async cancel() {
      await call('cancel', new emptypb.Empty());
    },
    async close() {
      client.close();
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await host.close();
    },
  };
}
