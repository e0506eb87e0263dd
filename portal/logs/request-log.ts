/**
 * The portal's request log: one row per request (time, status, portal, server, capability, duration, user,
 * session), buffered and written in one transaction once 250 rows wait or at most a second later (readers
 * call `flush()` first, so an API read sees every row; a crash loses at most that second).
 * Arguments and results only with payload capture on, truncated. Retention (default 30 days / 100,000
 * rows) is enforced every few hundred writes and on a timer.
 */
import type { LogRecord, LogStatus, Repository } from '../store/repository.js';

export interface LogRetention {
  /** Rows kept at most (default 100,000). */
  maxRows?: number;
  /** Age in ms after which rows are deleted (default 30 days). */
  maxAgeMs?: number;
}

export interface RequestLoggerOptions {
  retention?: LogRetention;
  /** Store tool arguments and results (default false). */
  capturePayloads?: boolean;
  now?: () => Date;
}

export interface LogEntry {
  status: LogStatus;
  portalId: string;
  serverId?: string | null;
  method: string;
  capability?: string | null;
  durationMs: number;
  user: string | null;
  sessionId?: string | null;
  error?: string | null;
  /** The code-mode execution this row is, or is a tool call of. */
  executionId?: string | null;
  /** Recorded only when payload capture is on. */
  payload?: { arguments?: unknown; result?: unknown };
}

export const DEFAULT_LOG_RETENTION = { maxRows: 100_000, maxAgeMs: 30 * 24 * 3600_000 } as const;
const MAX_PAYLOAD_CHARS = 64 * 1024;
const PRUNE_EVERY = 500;
/**
 * Longest a row waits in memory. A commit costs ~200 µs of CPU in a busy portal, so a row written in a batch
 * of ~15 (50 ms at a few hundred calls a second) cost ~20 µs, against ~7 µs in a batch of a second's rows
 * (measured in the gateway bench, where a proxied call costs ~600 µs). Under heavy load FLUSH_ROWS decides
 * first.
 */
const FLUSH_MS = 1000;
/**
 * Rows that trigger a flush without waiting. The flush runs on the request path and stalls the event loop
 * for every call in flight; 250 rows cost the same per row as 500 (~3.4 µs each in multi-row statements,
 * measured) at half the stall.
 */
const FLUSH_ROWS = 250;

/**
 * `new Date(ms).toISOString()` for a clock that moves forward: the date and second are formatted once per
 * second and the milliseconds appended, instead of a Date and a full format per request.
 */
export class IsoTime {
  #second = Number.NaN;
  #prefix = '';

  format(ms: number): string {
    const second = Math.floor(ms / 1000);
    if (second !== this.#second) {
      this.#second = second;
      // Everything up to the milliseconds ("YYYY-MM-DDTHH:MM:SS.", or the extended-year form).
      this.#prefix = new Date(second * 1000).toISOString().slice(0, -4);
    }
    const milli = ms - second * 1000;
    return `${this.#prefix}${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
  }
}

export class RequestLogger {
  private readonly retention: Required<LogRetention>;
  private readonly now: () => Date;
  /** The row's time: the injected clock's, else the system clock's through IsoTime. */
  private readonly time: () => string;
  private writes = 0;
  private pending: Omit<LogRecord, 'id'>[] = [];
  private readonly timer: NodeJS.Timeout;
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly repo: Repository,
    private readonly opts: RequestLoggerOptions = {},
  ) {
    this.retention = { ...DEFAULT_LOG_RETENTION, ...opts.retention };
    if (!(this.retention.maxRows >= 1) || !(this.retention.maxAgeMs >= 1)) {
      throw new Error('log retention needs at least one row and a positive age');
    }
    const { now } = opts;
    this.now = now ?? (() => new Date());
    const iso = new IsoTime();
    this.time = now ? () => now().toISOString() : () => iso.format(Date.now());
    this.timer = setInterval(() => this.prune(), 10 * 60_000);
    this.timer.unref();
  }

  get capturesPayloads(): boolean {
    return this.opts.capturePayloads === true;
  }

  record(entry: LogEntry): void {
    const row: Omit<LogRecord, 'id'> = {
      time: this.time(),
      status: entry.status,
      portal_id: entry.portalId,
      server_id: entry.serverId ?? null,
      method: entry.method,
      capability: entry.capability ?? null,
      duration_ms: Math.round(entry.durationMs * 1000) / 1000,
      user: entry.user,
      session_id: entry.sessionId ?? null,
      execution_id: entry.executionId ?? null,
      error: entry.error ? entry.error.slice(0, 1000) : null,
      payload: this.capturesPayloads && entry.payload ? truncate(entry.payload) : null,
    };
    this.pending.push(row);
    if (this.pending.length >= FLUSH_ROWS) this.flush();
    else if (this.pending.length === 1) {
      this.flushTimer = setTimeout(() => this.flush(), FLUSH_MS);
      this.flushTimer.unref();
    }
  }

  /** Writes the buffered rows now. */
  flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const rows = this.pending;
    if (rows.length === 0) return;
    this.pending = [];
    try {
      this.repo.transaction(() => this.repo.logs.insertMany(rows));
    } catch (err) {
      process.stderr.write(`request log: could not write ${rows.length} row(s): ${String(err)}\n`);
      return;
    }
    const before = this.writes;
    this.writes += rows.length;
    if (Math.floor(before / PRUNE_EVERY) !== Math.floor(this.writes / PRUNE_EVERY)) this.prune();
  }

  /** Applies the retention limits now; returns the rows deleted. */
  prune(): number {
    this.flush();
    const before = new Date(this.now().getTime() - this.retention.maxAgeMs).toISOString();
    try {
      return this.repo.logs.prune({ before, maxRows: this.retention.maxRows });
    } catch {
      return 0;
    }
  }

  close(): void {
    clearInterval(this.timer);
    this.flush();
  }
}

function truncate(payload: unknown): unknown {
  const text = JSON.stringify(payload) ?? 'null';
  return text.length <= MAX_PAYLOAD_CHARS
    ? payload
    : { truncated: true, json: text.slice(0, MAX_PAYLOAD_CHARS) };
}
