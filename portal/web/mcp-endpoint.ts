/**
 * A portal's Streamable HTTP MCP endpoint. Every request is authenticated and checked against the portal's
 * Access application first: no credential gets 401 with `WWW-Authenticate` pointing at the protected-
 * resource metadata (a browser is sent to the login page instead), a refused principal gets 403. Requests
 * with a session id go to that session (only for the principal who opened it); an `initialize` opens a
 * session, unless the caller may use no server at all; its context mode comes from the URL's query string
 * (`gateway/context-mode.ts`) and holds for the session's life.
 */
import type { HttpBindings } from '@hono/node-server';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';
import { type InitializeRequest, isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import type { Context } from 'hono';
import type { ContextMode } from '../../schemas/context-modes.js';
import { type AccessContext, principalKey, principalLabel } from '../access/principal.js';
import { NO_ALLOWED_SERVERS } from '../gateway/builtins.js';
import { contextMode } from '../gateway/context-mode.js';
import { ACCESS_DENIED_CODE } from '../gateway/gateway.js';
import { type BoundedBody, readNodeBody, readWebBody } from '../http/bounded-body.js';
import { authenticate, authFailure, type HeaderOf } from './authenticate.js';
import type { DataPlaneDeps, Target } from './deps.js';
import { noteRpcId } from './error-boundary.js';
import { resourceMetadataUrlOf } from './oauth-router.js';

export const MAX_BODY_BYTES = 4 * 1024 * 1024;

export function rpcError(status: number, code: number, message: string, id: unknown = null): Response {
  return new Response(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id }), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** 401 with the challenge MCP clients follow to discover how to sign in (RFC 9728 / RFC 6750). */
export function unauthorized(target: Target, error?: string): Response {
  const params = [`realm="${target.portal.hostname}"`];
  if (error) params.push('error="invalid_token"', `error_description="${error.replace(/["\\]/g, "'")}"`);
  params.push(`resource_metadata="${resourceMetadataUrlOf(target)}"`);
  return new Response(
    JSON.stringify({
      error: error ? 'invalid_token' : 'unauthorized',
      error_description: error ?? 'sign-in required',
    }),
    {
      status: 401,
      headers: { 'content-type': 'application/json', 'www-authenticate': `Bearer ${params.join(', ')}` },
    },
  );
}

const isBrowser = (c: Context) =>
  c.req.method === 'GET' && (c.req.header('accept') ?? '').includes('text/html');

/** The JSON-RPC method and id of a body, for logs and error replies. */
export function describe(body: unknown): { method: string; id: unknown } {
  const first = Array.isArray(body) ? body[0] : body;
  const msg = (first ?? {}) as { method?: unknown; id?: unknown };
  return { method: typeof msg.method === 'string' ? msg.method : 'unknown', id: msg.id ?? null };
}

export type ParsedBody = { ok: true; body: unknown } | { ok: false; response: Response };

/** The 413 a body over MAX_BODY_BYTES gets. */
export const bodyTooLarge = (): ParsedBody => ({
  ok: false,
  response: rpcError(413, -32600, 'Request body too large'),
});

/** A JSON-RPC body read with the limit, parsed: 413 when it was too large, 400 when it is not JSON. */
export function parseBody(bytes: BoundedBody): ParsedBody {
  if (bytes === undefined) return bodyTooLarge();
  try {
    return { ok: true, body: JSON.parse(bytes.toString('utf8')) };
  } catch {
    return { ok: false, response: rpcError(400, -32700, 'Parse error: the body is not JSON') };
  }
}

/** Reads the request's JSON body (at most MAX_BODY_BYTES), from Node's request when there is one. */
async function readJson(c: Context): Promise<ParsedBody> {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  const parsed = parseBody(
    incoming ? await readNodeBody(incoming, MAX_BODY_BYTES) : await readWebBody(c.req.raw, MAX_BODY_BYTES),
  );
  // An unexpected error from here on is answered with the request's id (error-boundary.ts).
  if (parsed.ok) noteRpcId(c.req.raw, describe(parsed.body).id);
  return parsed;
}

const isInitialize = (body: unknown): body is InitializeRequest =>
  Array.isArray(body) ? body.some((m) => isInitializeRequest(m)) : isInitializeRequest(body);

/** What the checks every MCP request passes first decided. */
export type Admission =
  | { ok: true; ctx: AccessContext; authInfo: AuthInfo; mode: ContextMode }
  /** No usable identity where one is needed: sign in. */
  | { ok: false; login: true }
  /** Refused by the portal's Access application: 403 with this message (after logging it). */
  | { ok: false; denied: string; ctx: AccessContext }
  /** Answered already (bad mode, bad credential). */
  | { ok: false; response: Response };

const originAllowed = (deps: DataPlaneDeps, origin: string) =>
  deps.allowedOrigins.has('*') || deps.allowedOrigins.has(origin);

/** Origin check, context mode (`gateway/context-mode.ts`), authentication and the portal's Access decision, in that order. */
export function admit(
  deps: DataPlaneDeps,
  target: Target,
  header: HeaderOf,
  query: (name: string) => string | undefined,
  ip: string,
): Admission {
  const { portal } = target;
  const origin = header('origin');
  if (origin !== undefined && origin !== target.origin && !originAllowed(deps, origin)) {
    // MCP's Streamable HTTP transport: servers must check Origin (DNS rebinding from a web page).
    const message = `Forbidden: origin ${JSON.stringify(origin)} may not use this portal (portalctl portal serve --allow-origin)`;
    return { ok: false, response: rpcError(403, -32000, message) };
  }
  const mode = contextMode(query, portal.code_mode);
  if (!mode.ok) return { ok: false, response: rpcError(400, -32600, mode.message) };
  const auth = authenticate(deps, portal.id, header, ip);
  if (!auth.ok) return { ok: false, response: authFailure(auth, (error) => unauthorized(target, error)) };
  const { ctx } = auth;
  const decision = deps.access.portal(portal.hostname, ctx);
  if (decision.outcome === 'login') return { ok: false, login: true };
  if (decision.outcome === 'deny') {
    return {
      ok: false,
      denied: `access to portal "${portal.id}" is denied by your Zero Trust policies (${decision.reason})`,
      ctx,
    };
  }
  return {
    ok: true,
    ctx,
    mode: mode.mode,
    authInfo: { token: auth.token ?? '', clientId: principalKey(ctx.principal), scopes: [], extra: { ctx } },
  };
}

/** Logs a refused request and answers 403 with the JSON-RPC error clients show. */
export function refusal(
  deps: DataPlaneDeps,
  target: Target,
  ctx: AccessContext,
  message: string,
  rpc: { method: string; id: unknown },
  sessionId: string | undefined,
): Response {
  deps.logger.record({
    status: 'denied',
    portalId: target.portal.id,
    method: rpc.method,
    durationMs: 0,
    user: principalLabel(ctx.principal),
    sessionId: sessionId ?? null,
    error: message,
  });
  return rpcError(403, ACCESS_DENIED_CODE, message, rpc.id);
}

/** The live session a request names, if it belongs to this portal and principal. */
export function sessionFor(deps: DataPlaneDeps, target: Target, id: string, ctx: AccessContext) {
  const session = deps.gateway.session(id);
  if (!session || session.portalId !== target.portal.id || session.key !== principalKey(ctx.principal)) {
    return undefined;
  }
  return session;
}

export const sessionNotFound = () => rpcError(404, -32001, 'Session not found');

export async function handleMcp(
  deps: DataPlaneDeps,
  c: Context,
  target: Target,
  ip: string,
): Promise<Response> {
  const { portal } = target;
  const gate = admit(
    deps,
    target,
    (name) => c.req.header(name),
    (name) => c.req.query(name),
    ip,
  );
  if (!gate.ok) {
    if ('response' in gate) return gate.response;
    if ('login' in gate) {
      if (!isBrowser(c)) return unauthorized(target);
      const back = `${target.basePath}/`;
      return c.redirect(`${target.basePath}/login?return_to=${encodeURIComponent(back)}`, 302);
    }
    let rpc = { method: c.req.method === 'POST' ? 'unknown' : c.req.method, id: null as unknown };
    if (c.req.method === 'POST') {
      const parsed = await readJson(c);
      if (parsed.ok) rpc = describe(parsed.body);
    }
    return refusal(deps, target, gate.ctx, gate.denied, rpc, c.req.header('mcp-session-id'));
  }
  const { ctx, authInfo } = gate;
  const sessionId = c.req.header('mcp-session-id');
  if (sessionId) {
    const session = sessionFor(deps, target, sessionId, ctx);
    if (!session) return sessionNotFound();
    session.touch(ctx);
    if (c.req.method !== 'POST') return session.transport.handleRequest(c.req.raw, { authInfo });
    const parsed = await readJson(c);
    if (!parsed.ok) return parsed.response;
    return session.transport.handleRequest(c.req.raw, { parsedBody: parsed.body, authInfo });
  }
  if (c.req.method !== 'POST') return rpcError(400, -32000, 'Bad Request: Mcp-Session-Id header is required');
  const parsed = await readJson(c);
  if (!parsed.ok) return parsed.response;
  if (!isInitialize(parsed.body)) {
    return rpcError(400, -32000, 'Bad Request: no valid session ID provided', describe(parsed.body).id);
  }
  if (deps.gateway.allowedServers(portal.id, ctx).length === 0) {
    deps.logger.record({
      status: 'denied',
      portalId: portal.id,
      method: 'initialize',
      durationMs: 0,
      user: principalLabel(ctx.principal),
      error: NO_ALLOWED_SERVERS,
    });
    return rpcError(403, ACCESS_DENIED_CODE, NO_ALLOWED_SERVERS, describe(parsed.body).id);
  }
  const session = await deps.gateway.openSession(
    portal,
    ctx,
    `${target.origin}${target.basePath}`,
    gate.mode,
  );
  const response = await session.transport.handleRequest(c.req.raw, { parsedBody: parsed.body, authInfo });
  if (!session.id) await session.close();
  return response;
}
