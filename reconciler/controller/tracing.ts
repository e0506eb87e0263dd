/**
 * Optional OpenTelemetry traces for the controller: a `portalctl.cycle` span per cycle and a child span per API
 * call, exported over OTLP/HTTP (JSON) when `OTEL_EXPORTER_OTLP_ENDPOINT` (or `..._TRACES_ENDPOINT`) is set.
 * Without it nothing from OpenTelemetry is imported. Attributes hold no secrets and no raw ids: endpoints are
 * normalised (metrics.ts `normaliseEndpoint`), resources are named `Kind/name` as in the manifests.
 */
import type { Span, Tracer } from '@opentelemetry/api';
import type { ResponseEvent } from '../api/client.js';
import { normaliseEndpoint } from './metrics.js';
import type { ControllerObserver, CycleReport } from './types.js';

export interface Tracing {
  observer: ControllerObserver;
  /** Call for every API attempt (ApiClient `onResponse`): records a span ending now. */
  onResponse(r: ResponseEvent): void;
  /** Ends an open cycle span and flushes what is buffered. Safe to call twice. */
  shutdown(): Promise<void>;
}

export const DEFAULT_SERVICE_NAME = 'portalctl-controller';

type Env = Record<string, string | undefined>;

const nonEmpty = (v: string | undefined) => (v !== undefined && v.trim() !== '' ? v.trim() : undefined);

/** The tracing variables are unusable (the message names the variable, never its value: it may hold credentials). */
export class TracingConfigError extends Error {
  static readonly code = 'tracing_config';
}

/**
 * The traces URL the standard variables name: the signal-specific one as is, else `<endpoint>/v1/traces`.
 * Throws TracingConfigError when the one in use is not an http(s) URL.
 */
export function tracesUrlOf(env: Env): string | undefined {
  const specific = nonEmpty(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  const base = nonEmpty(env.OTEL_EXPORTER_OTLP_ENDPOINT);
  const url = specific ?? (base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined);
  if (url === undefined) return undefined;
  const name = specific ? 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT' : 'OTEL_EXPORTER_OTLP_ENDPOINT';
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new TracingConfigError(`${name} is not a valid URL`);
  }
  if (protocol !== 'http:' && protocol !== 'https:')
    throw new TracingConfigError(`${name} must be an http or https URL (OTLP/HTTP)`);
  return url;
}

/** Flushes and stops tracing, giving up after `timeoutMs` (an unreachable collector never holds up shutdown). */
export async function shutdownTracing(tracing: Tracing | undefined, timeoutMs: number): Promise<void> {
  if (!tracing) return;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((r) => {
    timer = setTimeout(r, timeoutMs);
    timer.unref();
  });
  try {
    await Promise.race([tracing.shutdown().catch(() => undefined), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts tracing when the environment asks for it; undefined (and nothing imported) otherwise. The exporter
 * reads the other standard variables (`OTEL_EXPORTER_OTLP_HEADERS`, `..._TIMEOUT`, ...) from the process
 * environment itself.
 */
export async function startTracing(env: Env): Promise<Tracing | undefined> {
  const url = tracesUrlOf(env);
  if (!url) return undefined;
  const [api, sdk, resources, otlp] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/exporter-trace-otlp-http'),
  ]);
  const provider = new sdk.BasicTracerProvider({
    resource: resources.resourceFromAttributes({
      'service.name': nonEmpty(env.OTEL_SERVICE_NAME) ?? DEFAULT_SERVICE_NAME,
    }),
    spanProcessors: [new sdk.BatchSpanProcessor(new otlp.OTLPTraceExporter({ url }))],
  });
  const tracer = provider.getTracer('portalctl-controller');
  return tracingWith(tracer, api, () => provider.shutdown());
}

function tracingWith(
  tracer: Tracer,
  api: typeof import('@opentelemetry/api'),
  close: () => Promise<void>,
): Tracing {
  // Cycles never overlap (controller.ts runs one at a time), so the open one is a single slot.
  let cycle: { id: string; span: Span } | undefined;
  let closed: Promise<void> | undefined;
  const observer: ControllerObserver = {
    cycleStarted(id, trigger) {
      cycle?.span.end();
      const span = tracer.startSpan('portalctl.cycle', {
        kind: api.SpanKind.INTERNAL,
        attributes: { 'portalctl.cycle.id': id, 'portalctl.cycle.trigger': trigger },
      });
      cycle = { id, span };
    },
    cycleFinished(report: CycleReport) {
      if (!cycle || cycle.id !== report.id) return;
      const { span } = cycle;
      span.setAttributes({
        'portalctl.cycle.mode': report.mode,
        'portalctl.cycle.completed': report.completed,
        'portalctl.cycle.changed': report.changed,
        'portalctl.cycle.failed': report.failed,
        'portalctl.cycle.skipped': report.skipped,
        'portalctl.cycle.api_calls': report.apiCalls,
        ...(report.revision ? { 'portalctl.cycle.revision': report.revision } : {}),
      });
      if (!report.completed)
        span.setStatus({ code: api.SpanStatusCode.ERROR, message: 'cycle not completed' });
      span.end();
      cycle = undefined;
    },
    event(e) {
      if (!cycle || e.cycle !== cycle.id) return;
      // The message may quote API paths (raw ids): only the event's name, level and `Kind/name` go out.
      cycle.span.addEvent(e.event, {
        'portalctl.event.level': e.level,
        ...(e.resource ? { 'portalctl.resource': e.resource } : {}),
      });
    },
  };
  return {
    observer,
    onResponse(r) {
      const endpoint = normaliseEndpoint(r.path);
      const end = Date.now();
      const parent = cycle ? api.trace.setSpan(api.ROOT_CONTEXT, cycle.span) : api.ROOT_CONTEXT;
      const span = tracer.startSpan(
        `portalctl.api ${r.method} ${endpoint}`,
        {
          kind: api.SpanKind.CLIENT,
          startTime: end - Math.max(0, r.durationMs),
          attributes: {
            'http.request.method': r.method,
            'url.template': endpoint,
            ...(r.status === 0 ? { 'error.type': 'network' } : { 'http.response.status_code': r.status }),
          },
        },
        parent,
      );
      if (r.status === 0 || r.status >= 400) span.setStatus({ code: api.SpanStatusCode.ERROR });
      span.end(end);
    },
    shutdown() {
      if (!closed) {
        cycle?.span.end();
        cycle = undefined;
        closed = close();
      }
      return closed;
    },
  };
}
