/**
 * `portalctl logs --portal P [--server S] [--since 1h] [--status error] [--follow] [-o table|json]`: reads a
 * portal's (or a server's) request logs through the management API, oldest first; `-o json` prints JSON
 * lines for a SIEM, `--file F` appends them to a file; `--follow` keeps polling for new rows (by id cursor)
 * until SIGINT or SIGTERM. Exit 0, 3 on bad flags, or the API error's documented code. Loaded only when the
 * command runs (its options: ./logs-command.ts).
 */
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import type { LogObject } from '../../../schemas/generated/wire.js';
import type { ApiClient } from '../../api/client.js';
import { ExitCode } from '../../exit-codes.js';
import type { CliIo } from '../main.js';
import { parseDuration, type TargetFlags } from '../options.js';
import { withTarget } from '../session.js';

export interface LogsFlags extends TargetFlags {
  portal?: string;
  server?: string;
  since?: string;
  until?: string;
  status?: string;
  execution?: string;
  follow?: boolean;
  output: 'table' | 'json';
  file?: string;
  limit: number;
  interval: number;
}

const PAGE = 1000;

/** `1h`, `30m`, `90s` ago, or an ISO 8601 time, as an ISO string. */
export function parseSince(text: string, now = new Date()): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const t = Date.parse(text);
    if (Number.isNaN(t)) throw new InvalidArgumentError(`not a time: ${text}`);
    return new Date(t).toISOString();
  }
  const days = /^(\d+(?:\.\d+)?)d$/.exec(text.trim());
  const ms = days ? Number(days[1]) * 24 * 3_600_000 : parseDuration(text);
  return new Date(now.getTime() - ms).toISOString();
}

const COLUMNS = [
  ['TIME', 24],
  ['STATUS', 9],
  ['PORTAL', 12],
  ['SERVER', 12],
  ['METHOD', 12],
  ['CAPABILITY', 24],
  ['MS', 8],
  ['USER', 24],
  ['SESSION', 8],
] as const;

const cell = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

export function tableHeader(): string {
  return `${COLUMNS.map(([name, w]) => cell(name, w))
    .join(' ')
    .trimEnd()}\n`;
}

export function tableRow(r: LogObject): string {
  const values = [
    r.time,
    r.status,
    r.portal_id,
    r.server_id ?? '-',
    r.method,
    r.capability ?? '-',
    r.duration_ms.toFixed(1),
    r.user ?? '-',
    r.session_id?.slice(0, 8) ?? '-',
  ];
  // The execution id, where there is one, after the error, so the table's columns stay as they were.
  const execution = r.execution_id ? `  [${r.execution_id}]` : '';
  const line = values
    .map((v, i) => cell(v, COLUMNS[i]?.[1] ?? 10))
    .join(' ')
    .trimEnd();
  return `${line}${r.error ? `  ${r.error}` : ''}${execution}\n`;
}

/** The logs path and the filters of a request. */
function target(
  client: ApiClient,
  flags: LogsFlags,
): { path: string; query: Record<string, string | number | undefined> } {
  const path = flags.portal
    ? `/access/ai-controls/mcp/portals/${encodeURIComponent(flags.portal)}/logs`
    : `/access/ai-controls/mcp/servers/${encodeURIComponent(flags.server ?? '')}/logs`;
  return {
    path: client.accountPath(path),
    query: {
      ...(flags.portal && flags.server ? { server_id: flags.server } : {}),
      since: flags.since,
      until: flags.until,
      status: flags.status,
      execution_id: flags.execution,
    },
  };
}

/** The newest `limit` rows (0 = all), oldest first. */
async function latest(client: ApiClient, flags: LogsFlags): Promise<LogObject[]> {
  const { path, query } = target(client, flags);
  const out: LogObject[] = [];
  const perPage = flags.limit === 0 ? PAGE : Math.min(PAGE, flags.limit);
  for (let page = 1; ; page++) {
    const { result } = await client.call<LogObject[]>('GET', path, {
      query: { ...query, direction: 'desc', per_page: perPage, page },
    });
    out.push(...result);
    if (result.length < perPage || (flags.limit !== 0 && out.length >= flags.limit)) break;
  }
  return (flags.limit === 0 ? out : out.slice(0, flags.limit)).reverse();
}

/** Rows newer than `afterId`, oldest first. */
async function newer(client: ApiClient, flags: LogsFlags, afterId: number): Promise<LogObject[]> {
  const { path, query } = target(client, flags);
  const out: LogObject[] = [];
  for (let page = 1; ; page++) {
    const { result } = await client.call<LogObject[]>('GET', path, {
      query: { ...query, direction: 'asc', after_id: afterId, per_page: PAGE, page },
    });
    out.push(...result);
    if (result.length < PAGE) return out;
  }
}

function untilSignal(): { stopped: Promise<void>; done: () => void } {
  let done = () => {};
  const stopped = new Promise<void>((resolveStop) => {
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
    const handler = () => finish();
    const finish = () => {
      for (const s of signals) process.off(s, handler);
      resolveStop();
    };
    done = finish;
    for (const s of signals) process.on(s, handler);
  });
  return { stopped, done };
}

/** Runs `logs`; returns the exit code. */
export async function runLogs(io: CliIo, flags: LogsFlags): Promise<number> {
  if (!flags.portal && !flags.server) {
    io.stderr('portalctl logs: give --portal <id> (and optionally --server <id>), or --server <id>\n');
    return ExitCode.InvalidInput;
  }
  try {
    if (flags.since) flags.since = parseSince(flags.since);
    if (flags.until) flags.until = parseSince(flags.until);
  } catch (err) {
    io.stderr(`portalctl logs: ${(err as Error).message}\n`);
    return ExitCode.InvalidInput;
  }
  const file = flags.file ? resolve(io.cwd, flags.file) : undefined;
  let headerShown = false;
  let written = 0;
  const emit = (rows: LogObject[]) => {
    if (file) {
      if (rows.length > 0) appendFileSync(file, rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
      written += rows.length;
      return;
    }
    if (flags.output === 'json') {
      for (const r of rows) io.stdout(`${JSON.stringify(r)}\n`);
      return;
    }
    if (!headerShown) {
      io.stdout(tableHeader());
      headerShown = true;
    }
    for (const r of rows) io.stdout(tableRow(r));
  };
  return withTarget(io, flags, async ({ api }) => {
    const first = await latest(api.client, flags);
    emit(first);
    let last = first.reduce((max, r) => Math.max(max, r.id), 0);
    if (flags.follow) {
      const { stopped, done } = untilSignal();
      let stop = false;
      void stopped.then(() => {
        stop = true;
      });
      while (!stop) {
        await Promise.race([stopped, new Promise((r) => setTimeout(r, flags.interval))]);
        if (stop) break;
        const rows = await newer(api.client, flags, last);
        emit(rows);
        last = rows.reduce((max, r) => Math.max(max, r.id), last);
      }
      done();
    }
    if (file) io.stderr(`wrote ${written} row${written === 1 ? '' : 's'} to ${file}\n`);
    return ExitCode.Ok;
  });
}
