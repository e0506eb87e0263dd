/**
 * The plugin's gRPC surface: `pulumirpc.ResourceProvider` on `@grpc/grpc-js` with the stubs shipped in
 * `@pulumi/pulumi/proto`. Translates requests to plain values for `ProviderCore` and back, running resource
 * operations under the engine's timeout and Cancel; any RPC the provider does not serve (Handshake among
 * them: the engine then uses the command line's address and Attach) answers UNIMPLEMENTED, as it expects. Errors of a resource that
 * exists (partial failures) carry `ErrorResourceInitFailed`, so the engine keeps the resource and outputs.
 */
import * as grpc from '@grpc/grpc-js';
import pluginpb from '@pulumi/pulumi/proto/plugin_pb.js';
import * as provrpc from '@pulumi/pulumi/proto/provider_grpc_pb.js';
import provpb from '@pulumi/pulumi/proto/provider_pb.js';
import statuspb from '@pulumi/pulumi/proto/status_pb.js';
import anypb from 'google-protobuf/google/protobuf/any_pb.js';
import emptypb from 'google-protobuf/google/protobuf/empty_pb.js';
import structpb from 'google-protobuf/google/protobuf/struct_pb.js';
import { packageVersion } from '../reconciler/version.js';
import type { Failure } from './config.js';
import { type ProviderCore, parseUrn, SCHEMA_TEXT } from './core.js';
import type { EngineLog } from './engine-log.js';
import { FunctionArgsError } from './functions/index.js';
import { changeKey, type PropertyChange } from './kinds/diff.js';
import { InitError, type LogSink, runOperation } from './resources/context.js';
import { type Props, sanitize } from './wire.js';

const { Struct } = structpb;
type Struct = InstanceType<typeof Struct>;
const Kind = provpb.PropertyDiff.Kind;

const toJs = (s: Struct | undefined): Props => (s ? (s.toJavaScript() as Props) : {});
const toStruct = (v: Props): Struct => Struct.fromJavaScript(sanitize(v) as never);

/** The resource's type and name: the request's own fields (newer engines), else the URN. */
function target(req: { getUrn(): string; getType?(): string; getName?(): string }) {
  const fromUrn = parseUrn(req.getUrn());
  return { type: req.getType?.() || fromUrn.type, name: req.getName?.() || fromUrn.name };
}

function failuresOf(list: Failure[]): InstanceType<typeof provpb.CheckFailure>[] {
  return list.map((f) => {
    const x = new provpb.CheckFailure();
    x.setProperty(f.property);
    x.setReason(f.reason);
    return x;
  });
}

/** The error to send: init failures carry the id and outputs in `grpc-status-details-bin`. */
function grpcError(err: unknown): Partial<grpc.StatusObject> {
  const message = err instanceof Error ? err.message : String(err);
  const metadata = new grpc.Metadata();
  if (err instanceof InitError) {
    const detail = new provpb.ErrorResourceInitFailed();
    detail.setId(err.id);
    detail.setProperties(toStruct(err.properties));
    detail.setReasonsList(err.reasons);
    const any = new anypb.Any();
    any.pack(detail.serializeBinary(), 'pulumirpc.ErrorResourceInitFailed');
    const status = new statuspb.Status();
    status.setCode(grpc.status.UNKNOWN);
    status.setMessage(message);
    status.addDetails(any);
    metadata.add('grpc-status-details-bin', Buffer.from(status.serializeBinary()));
  }
  return { code: grpc.status.UNKNOWN, details: message, metadata };
}

type Unary<Req, Res> = (call: grpc.ServerUnaryCall<Req, Res>, cb: grpc.sendUnaryData<Res>) => void;

/**
 * Adapts an async handler to a unary gRPC method, logging failures (never values) as debug lines for the
 * request's resource: the engine reports the error itself.
 */
function unary<Req, Res>(
  method: string,
  log: LogSink,
  fn: (req: Req) => Promise<Res> | Res,
): Unary<Req, Res> {
  return (call, cb) => {
    Promise.resolve()
      .then(() => fn(call.request))
      .then(
        (res) => cb(null, res),
        (err: unknown) => {
          const urn = (call.request as { getUrn?(): string | undefined }).getUrn?.();
          log({
            severity: 'debug',
            message: `${method}: ${err instanceof Error ? err.message : String(err)}`,
            ...(urn ? { urn } : {}),
          });
          cb(grpcError(err));
        },
      );
  };
}

/**
 * Runs a resource operation under the engine's timeout for it (`timeout`, seconds: the resource's
 * customTimeouts; pulumi/pulumi pkg/resource/deploy/step.go sends CustomTimeouts.Create/Update/Delete)
 * and Cancel, so its API calls and waits stop when either comes.
 */
const operation = <T>(
  req: { getUrn(): string; getTimeout?(): number },
  kind: string,
  fn: () => Promise<T>,
): Promise<T> => runOperation({ urn: req.getUrn(), kind, timeoutSeconds: req.getTimeout?.() ?? 0 }, fn);

function diffResponse(changes: PropertyChange[], replaces: string[], deleteBeforeReplace: boolean) {
  const res = new provpb.DiffResponse();
  res.setChanges(
    changes.length ? provpb.DiffResponse.DiffChanges.DIFF_SOME : provpb.DiffResponse.DiffChanges.DIFF_NONE,
  );
  res.setReplacesList(replaces);
  res.setDeletebeforereplace(deleteBeforeReplace);
  res.setDiffsList([...new Set(changes.map((c) => String(c.path[0])))].sort());
  res.setHasdetaileddiff(true);
  const map = res.getDetaileddiffMap();
  for (const c of changes) {
    const kind =
      c.kind === 'add'
        ? c.replace
          ? Kind.ADD_REPLACE
          : Kind.ADD
        : c.kind === 'delete'
          ? c.replace
            ? Kind.DELETE_REPLACE
            : Kind.DELETE
          : c.replace
            ? Kind.UPDATE_REPLACE
            : Kind.UPDATE;
    const pd = new provpb.PropertyDiff();
    pd.setKind(kind);
    pd.setInputdiff(true);
    map.set(changeKey(c), pd);
  }
  return res;
}

/** The service implementation for `core`; `engine` receives the engine address from Attach. */
export function providerService(
  core: ProviderCore,
  log: LogSink,
  engine?: EngineLog,
): grpc.UntypedServiceImplementation {
  const P = provpb;
  return {
    getPluginInfo: unary('GetPluginInfo', log, () => {
      const info = new pluginpb.PluginInfo();
      info.setVersion(packageVersion());
      return info;
    }),
    getSchema: unary('GetSchema', log, (req: InstanceType<typeof P.GetSchemaRequest>) => {
      if (req.getSubpackageName())
        throw new Error(`no subpackage ${JSON.stringify(req.getSubpackageName())}`);
      const res = new P.GetSchemaResponse();
      res.setSchema(SCHEMA_TEXT);
      return res;
    }),
    checkConfig: unary('CheckConfig', log, (req: InstanceType<typeof P.CheckRequest>) => {
      const { inputs, failures } = core.checkConfig(toJs(req.getNews()));
      const res = new P.CheckResponse();
      res.setInputs(toStruct(inputs));
      res.setFailuresList(failuresOf(failures));
      return res;
    }),
    diffConfig: unary('DiffConfig', log, (req: InstanceType<typeof P.DiffRequest>) => {
      const olds = req.hasOldInputs() ? toJs(req.getOldInputs()) : toJs(req.getOlds());
      const { changed, replaces } = core.diffConfig(olds, toJs(req.getNews()));
      const changes: PropertyChange[] = changed.map((k) => ({
        path: [k],
        kind: 'update',
        replace: replaces.includes(k),
      }));
      return diffResponse(changes, replaces, false);
    }),
    configure: unary('Configure', log, async (req: InstanceType<typeof P.ConfigureRequest>) => {
      const variables: Record<string, string> = {};
      for (const [k, v] of req.getVariablesMap().entries()) variables[k] = v;
      await core.configure(toJs(req.getArgs()), variables);
      const res = new P.ConfigureResponse();
      res.setAcceptsecrets(true);
      res.setSupportspreview(true);
      // The engine sends the stack's `pulumi:autonaming` options to Check only when this is set
      // (pulumi/pulumi v3.248.0 sdk/go/common/resource/plugin/provider_plugin.go, Check).
      res.setSupportsAutonamingConfiguration(true);
      res.setAcceptresources(false);
      res.setAcceptoutputs(false);
      return res;
    }),
    check: unary('Check', log, (req: InstanceType<typeof P.CheckRequest>) => {
      const { type, name } = target(req);
      const a = req.getAutonaming();
      const MODES = ['propose', 'enforce', 'disable'] as const;
      const { inputs, failures } = core.check(type, name, toJs(req.getNews()), {
        ...(req.hasOlds() ? { olds: toJs(req.getOlds()) } : {}),
        randomSeed: req.getRandomseed_asU8(),
        ...(a
          ? { autonaming: { proposedName: a.getProposedName(), mode: MODES[a.getMode()] ?? 'propose' } }
          : {}),
      });
      const res = new P.CheckResponse();
      res.setInputs(toStruct(inputs));
      res.setFailuresList(failuresOf(failures));
      return res;
    }),
    diff: unary('Diff', log, (req: InstanceType<typeof P.DiffRequest>) => {
      const { type, name } = target(req);
      const d = core.diff(
        type,
        name,
        toJs(req.getOlds()),
        toJs(req.getNews()),
        req.hasOldInputs() ? toJs(req.getOldInputs()) : undefined,
      );
      const res = diffResponse(d.changes, d.replaces, d.deleteBeforeReplace);
      res.setStablesList(d.stables);
      return res;
    }),
    create: unary('Create', log, async (req: InstanceType<typeof P.CreateRequest>) => {
      const { type, name } = target(req);
      const { id, outs } = await operation(req, 'create', () =>
        core.create(type, name, toJs(req.getProperties()), req.getPreview(), req.getTimeout()),
      );
      const res = new P.CreateResponse();
      res.setId(id);
      res.setProperties(toStruct(outs));
      return res;
    }),
    read: unary('Read', log, async (req: InstanceType<typeof P.ReadRequest>) => {
      const { type, name } = target(req);
      const found = await operation(req, 'read', () =>
        core.read(
          type,
          req.getId(),
          name,
          req.hasProperties() ? toJs(req.getProperties()) : undefined,
          req.hasInputs() ? toJs(req.getInputs()) : undefined,
        ),
      );
      const res = new P.ReadResponse();
      // An empty id tells the engine the object is gone.
      res.setId(found?.id ?? '');
      if (found) {
        res.setProperties(toStruct(found.props));
        res.setInputs(toStruct(found.inputs));
      }
      return res;
    }),
    update: unary('Update', log, async (req: InstanceType<typeof P.UpdateRequest>) => {
      const { type, name } = target(req);
      const outs = await operation(req, 'update', () =>
        core.update(
          type,
          req.getId(),
          name,
          toJs(req.getOlds()),
          toJs(req.getNews()),
          req.hasOldInputs() ? toJs(req.getOldInputs()) : undefined,
          req.getPreview(),
          req.getTimeout(),
        ),
      );
      const res = new P.UpdateResponse();
      res.setProperties(toStruct(outs));
      return res;
    }),
    delete: unary('Delete', log, async (req: InstanceType<typeof P.DeleteRequest>) => {
      const { type, name } = target(req);
      await operation(req, 'delete', () => core.delete(type, req.getId(), name, toJs(req.getProperties())));
      return new emptypb.Empty();
    }),
    invoke: unary('Invoke', log, async (req: InstanceType<typeof P.InvokeRequest>) => {
      const res = new P.InvokeResponse();
      try {
        res.setReturn(toStruct(await core.invoke(req.getTok(), toJs(req.getArgs()))));
      } catch (err) {
        // Arguments the function does not take come back as check failures, as the engine expects.
        if (!(err instanceof FunctionArgsError)) throw err;
        res.setFailuresList(failuresOf(err.failures));
      }
      return res;
    }),
    cancel: unary('Cancel', log, () => {
      core.cancel();
      return new emptypb.Empty();
    }),
    // The engine's address for a plugin it did not start (PULUMI_DEBUG_PROVIDERS=mcpportal:<port>): the
    // engine dials the port and calls Attach (pulumi/pulumi pkg/resource/plugin/provider_plugin.go,
    // NewProvider); logs go there from now on.
    attach: unary('Attach', log, (req: InstanceType<typeof pluginpb.PluginAttach>) => {
      if (!engine) throw new Error('Attach is not supported by this server');
      engine.attach(req.getAddress());
      return new emptypb.Empty();
    }),
  };
}

/** Serves the provider on 127.0.0.1 (port 0 picks one); resolves with the server and its port. */
export function serve(
  core: ProviderCore,
  engine: EngineLog,
  port = 0,
): Promise<{ server: grpc.Server; port: number }> {
  const server = new grpc.Server({ 'grpc.max_receive_message_length': 400 * 1024 * 1024 });
  server.addService(provrpc.ResourceProviderService, providerService(core, engine.sink, engine));
  return new Promise((resolve, reject) => {
    server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (err, bound) => {
      if (err) reject(err);
      else resolve({ server, port: bound });
    });
  });
}
