/**
 * Request logs in the management API: `GET .../mcp/portals/{id}/logs` and `GET .../mcp/servers/{id}/logs`,
 * newest first by default, paged (`page`, `per_page` up to 1000), filtered by time (`since` inclusive,
 * `until` exclusive, ISO 8601), `status` (comma-separated), `server_id` (portal logs only), `execution_id`
 * (one code-mode execution and its tool calls) and `after_id` (rows newer than a cursor, for following). Logs outlive their portal; an id never seen is a 404.
 */
import { Hono } from 'hono';
import type { LogObject } from '../../schemas/generated/wire.js';
import type { LogQuery, LogRecord, LogStatus, Repository } from '../store/repository.js';
import type { ApiDeps } from './deps.js';
import { resultInfo, success } from './envelope.js';
import { BadListQueryError, type Issue, NotFoundError } from './errors.js';

export const MAX_LOG_PAGE = 1000;
const STATUSES: readonly LogStatus[] = ['ok', 'error', 'denied', 'timeout', 'cancelled'];

export function toLogObject(rec: LogRecord): LogObject {
  const { payload, ...rest } = rec;
  return {
    ...rest,
    ...(payload !== null && payload !== undefined ? { payload: payload as LogObject['payload'] } : {}),
  };
}

function int(
  raw: string | undefined,
  name: string,
  min: number,
  max: number,
  issues: Issue[],
): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    issues.push({ message: `${name} must be an integer from ${min} to ${max}`, path: [name] });
    return undefined;
  }
  return n;
}

function time(raw: string | undefined, name: string, issues: Issue[]): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  const t = Date.parse(raw);
  if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}/.test(raw)) {
    issues.push({
      message: `${name} must be an ISO 8601 date-time, e.g. 2026-01-31T12:00:00Z`,
      path: [name],
    });
    return undefined;
  }
  return new Date(t).toISOString();
}

/** Parses the query of a logs request; throws BadListQueryError (400) listing every problem. */
export function parseLogQuery(q: Record<string, string | undefined>, allowServer: boolean): LogQuery {
  const issues: Issue[] = [];
  const page = int(q.page, 'page', 1, Number.MAX_SAFE_INTEGER, issues) ?? 1;
  const perPage = int(q.per_page, 'per_page', 1, MAX_LOG_PAGE, issues) ?? 100;
  const afterId = int(q.after_id, 'after_id', 0, Number.MAX_SAFE_INTEGER, issues);
  const since = time(q.since, 'since', issues);
  const until = time(q.until, 'until', issues);
  const statuses = (q.status ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of statuses) {
    if (!STATUSES.includes(s as LogStatus)) {
      issues.push({ message: `status "${s}" is not one of ${STATUSES.join(', ')}`, path: ['status'] });
    }
  }
  const direction = q.direction ?? 'desc';
  if (direction !== 'asc' && direction !== 'desc') {
    issues.push({ message: 'direction must be asc or desc', path: ['direction'] });
  }
  if (!allowServer && q.server_id !== undefined) {
    issues.push({ message: 'server_id is a filter of portal logs only', path: ['server_id'] });
  }
  if (issues.length > 0) throw new BadListQueryError(issues);
  return {
    page,
    per_page: perPage,
    direction: direction as 'asc' | 'desc',
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(afterId !== undefined ? { after_id: afterId } : {}),
    ...(statuses.length > 0 ? { statuses: statuses as LogStatus[] } : {}),
    ...(allowServer && q.server_id ? { server_id: q.server_id } : {}),
    ...(q.execution_id ? { execution_id: q.execution_id } : {}),
  };
}

function known(repo: Repository, kind: 'portal' | 'server', id: string): boolean {
  if (kind === 'portal' ? repo.portals.get(id) : repo.servers.get(id)) return true;
  const probe = { page: 1, per_page: 1, direction: 'desc' as const };
  const q = kind === 'portal' ? { ...probe, portal_id: id } : { ...probe, server_id: id };
  return repo.logs.query(q).total > 0;
}

/** Mounted at `/accounts/:account_id/access/ai-controls/mcp/{portals|servers}`. */
export function logRoutes(deps: ApiDeps, kind: 'portal' | 'server'): Hono {
  const app = new Hono();
  app.get('/:id/logs', (c) => {
    const id = c.req.param('id');
    const q = parseLogQuery(c.req.query(), kind === 'portal');
    // Rows still buffered count too: a deleted portal's last requests are found, not a 404.
    deps.flushLogs?.();
    if (!known(deps.repo, kind, id)) throw new NotFoundError(`MCP ${kind} "${id}" not found`);
    const page = deps.repo.logs.query(kind === 'portal' ? { ...q, portal_id: id } : { ...q, server_id: id });
    return c.json(success(page.items.map(toLogObject), [], resultInfo(q, page)));
  });
  return app;
}
