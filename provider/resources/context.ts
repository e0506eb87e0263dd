/**
 * What every resource operation gets: the provider configuration, the API (created on first use, so Check
 * and Diff work without credentials), the operation's abort signal (Cancel and customTimeouts:
 * `runOperation`), an abortable sleep for sync waits that reports progress, logging through the engine
 * host, and which servers this run's Diff found replaced (their Delete detaches them from portals).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { ApiClient } from '../../reconciler/api/client.js';
import { PortalApi } from '../../reconciler/api/endpoints.js';
import { abortable } from '../../reconciler/api/rate-limit.js';
import type { Json } from '../../reconciler/plan/diff.js';
import { type ProviderConfig, requireTarget } from '../config.js';
import { verifyCredentials } from '../credentials.js';
import type { Props } from '../wire.js';

/** One log line for the engine (Engine.Log): `ephemeral` lines are progress shown as the resource's status. */
export interface LogEntry {
  severity: 'debug' | 'info' | 'warning' | 'error';
  message: string;
  /** The resource the line is about (shown under it), if any. */
  urn?: string;
  ephemeral?: boolean;
}
export type LogSink = (entry: LogEntry) => void;

/** The engine's request being served: which resource, which step, and its customTimeouts budget. */
export interface Operation {
  urn: string;
  /** `create`, `update`, `delete` or `read`, as in the resource's `customTimeouts`. */
  kind: string;
  /** Aborts with an OperationTimeoutError when the engine's timeout for the step passes. */
  signal: AbortSignal;
  /** Epoch ms when the timeout passes; undefined when the engine gave none. */
  deadline: number | undefined;
}

const operation = new AsyncLocalStorage<Operation>();

/**
 * Runs one engine request (`timeoutSeconds`: the request's `timeout`, 0 for none) so that every API call,
 * rate-limit wait and sync wait inside it stops when the timeout passes (or the engine cancels).
 */
export async function runOperation<T>(
  op: { urn: string; kind: string; timeoutSeconds: number },
  fn: () => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const ms = op.timeoutSeconds > 0 ? op.timeoutSeconds * 1000 : undefined;
  const timer =
    ms !== undefined
      ? setTimeout(() => controller.abort(new OperationTimeoutError(op.kind, op.timeoutSeconds)), ms)
      : undefined;
  try {
    return await operation.run(
      {
        urn: op.urn,
        kind: op.kind,
        signal: controller.signal,
        deadline: ms !== undefined ? Date.now() + ms : undefined,
      },
      fn,
    );
  } finally {
    clearTimeout(timer);
  }
}

/** A portal mapping in request form (`PortalServerMappingRequest`), as plans carry it. */
export type PortalEntry = Json;

export class Context {
  #api: PortalApi | undefined;
  readonly #abort = new AbortController();
  /** Per operation: the signal (Cancel or its timeout) and an API client that obeys it. */
  readonly #scoped = new WeakMap<Operation, OperationState>();
  /**
   * Servers this run's Diff found changed under the same id: a Delete of one of them is a replacement's
   * (the engine calls Diff, then Delete, in one run), so it detaches the server from its portals, recording
   * the mappings in the target for Create to restore (resources/detached.ts).
   */
  readonly replacing = new Set<string>();

  constructor(
    readonly config: ProviderConfig,
    readonly sink: LogSink,
  ) {}

  /** A debug line about the current operation's resource (`pulumi up --debug` shows it). */
  log = (line: string): void => {
    const op = operation.getStore();
    this.sink({ severity: 'debug', message: line, ...(op ? { urn: op.urn } : {}) });
  };

  /** A progress line, shown as the current resource's status while it lasts. */
  status(message: string): void {
    const op = operation.getStore();
    this.sink({ severity: 'info', message, ephemeral: true, ...(op ? { urn: op.urn } : {}) });
  }

  /** The current operation's state (its signal combined with Cancel), or undefined outside one. */
  #scope(): OperationState | undefined {
    const op = operation.getStore();
    if (!op) return undefined;
    let state = this.#scoped.get(op);
    if (!state) {
      state = { signal: AbortSignal.any([this.#abort.signal, op.signal]) };
      this.#scoped.set(op, state);
    }
    return state;
  }

  /** What ends the current work: Cancel, or the operation's timeout. */
  get signal(): AbortSignal {
    return this.#scope()?.signal ?? this.#abort.signal;
  }

  /**
   * The API client; within an operation, one whose calls stop when it is cancelled or times out. After
   * Cancel every call fails fast, as the engine expects while it shuts down.
   */
  api(): PortalApi {
    this.signal.throwIfAborted();
    if (!this.#api) {
      const t = requireTarget(this.config);
      this.#api = new PortalApi(
        new ApiClient({
          baseUrl: t.apiUrl,
          accountId: t.accountId,
          token: t.apiToken,
          maxWaitMs: 120_000,
          // Cancel stops calls made outside an operation too (Invoke, Configure's check).
          signal: this.#abort.signal,
        }),
      );
    }
    const scope = this.#scope();
    if (!scope) return this.#api;
    scope.api ??= new PortalApi(this.#api.client.derive({ signal: scope.signal }));
    return scope.api;
  }

  /**
   * Configure's credential check (one cheap read, cached per API, account and token; skipped when the
   * target is incomplete or unknown): throws a message saying which setting the API refused.
   */
  async verifyCredentials(args: Props): Promise<void> {
    await verifyCredentials(this.config, args, {
      client: () => this.api().client,
      signal: this.#abort.signal,
      warn: (message) => this.sink({ severity: 'warning', message }),
    });
  }

  get accountId(): string {
    return requireTarget(this.config).accountId;
  }

  /**
   * The pause between polls of a sync wait: ends early, with the reason, on Cancel or the operation's
   * timeout, and reports the wait as the resource's status.
   */
  sleep = (ms: number): Promise<void> => {
    const scope = this.#scope();
    if (scope) {
      scope.waitStarted ??= Date.now();
      const started = scope.waitStarted;
      const waited = Math.round((Date.now() - started) / 1000);
      const most = Math.round(this.waitMs(0) / 1000);
      this.status(`waiting for the capability sync (${waited} s so far, at most ${most} s)`);
    }
    let timer: NodeJS.Timeout | undefined;
    const wait = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });
    return abortable(wait, this.signal).finally(() => clearTimeout(timer));
  };

  cancel(): void {
    this.#abort.abort(new CancelledError());
  }

  /**
   * How long to wait for syncs, in ms: `syncTimeout`, capped by the engine's timeout for the step (within
   * an operation, what is left of it when first asked, and the same answer after; else `timeoutSeconds`).
   */
  waitMs(timeoutSeconds: number): number {
    const sync = this.config.syncTimeout * 1000;
    const op = operation.getStore();
    const scope = this.#scope();
    if (op?.deadline !== undefined && scope) {
      // When the step's timeout comes first, the wait outlasts it a little: the step then fails with the
      // timeout's own error, never with a sync-timeout message that races it.
      const left = Math.max(0, op.deadline - Date.now());
      scope.waitBudget ??= left < sync ? left + 1000 : sync;
      return scope.waitBudget;
    }
    return timeoutSeconds > 0 ? Math.min(timeoutSeconds * 1000, sync) : sync;
  }

  async close(): Promise<void> {
    await this.#api?.client.close();
  }
}

interface OperationState {
  signal: AbortSignal;
  api?: PortalApi;
  /** When the operation's first sync-wait pause began (for progress). */
  waitStarted?: number;
  /** The sync-wait budget fixed when first asked (see `waitMs`). */
  waitBudget?: number;
}

export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor() {
    super('the operation was cancelled: the Pulumi engine asked the provider to stop (e.g. Ctrl-C)');
  }
}

/** The engine's timeout for the step (the resource's `customTimeouts`) passed. */
export class OperationTimeoutError extends Error {
  override readonly name = 'OperationTimeoutError';
  constructor(
    readonly kind: string,
    readonly seconds: number,
  ) {
    super(
      `the ${kind} timed out after ${seconds} s (the resource's customTimeouts.${kind}); its API calls and waits were stopped`,
    );
  }
}

/**
 * The object exists but did not become healthy (or a follow-up step failed): the engine records it
 * with these outputs (a partial failure) instead of forgetting it.
 */
export class InitError extends Error {
  override readonly name = 'InitError';
  constructor(
    message: string,
    readonly id: string,
    readonly properties: Record<string, unknown>,
    readonly reasons: string[] = [message],
  ) {
    super(message);
  }
}

/** Create of an object that already exists: Pulumi adopts objects only through import. */
export class AlreadyExistsError extends Error {
  override readonly name = 'AlreadyExistsError';
  constructor(token: string, what: string, importId: string) {
    super(
      `${what} already exists; to manage it with Pulumi, import it: pulumi import ${token} <name> ${importId}`,
    );
  }
}

/** `<accountId>/<id>` (the import form) or a plain id; the account must be the configured one. */
export function parseImportId(id: string, accountId: string): string {
  const slash = id.indexOf('/');
  if (slash < 0) return id;
  const account = id.slice(0, slash);
  if (account !== accountId)
    throw new Error(
      `import id ${JSON.stringify(id)} names account ${account}, but the provider is configured for ${accountId}`,
    );
  return id.slice(slash + 1);
}
