/**
 * What every resource operation gets: the effective provider configuration, the API (created on first
 * use, so Check and Diff work without credentials), a cancellable sleep for waits, stderr logging,
 * and the per-process bookkeeping that lets a server replaced under the same id keep its portals.
 */
import { ApiClient } from '../../reconciler/api/client.js';
import { PortalApi } from '../../reconciler/api/endpoints.js';
import type { Json } from '../../reconciler/plan/diff.js';
import { type ProviderConfig, requireTarget } from '../config.js';

/** A portal mapping in request form (`PortalServerMappingRequest`), as plans carry it. */
export type PortalEntry = Json;

export class Context {
  #api: PortalApi | undefined;
  readonly #abort = new AbortController();
  /** Servers whose last Diff answered "replace, delete first" (so Delete detaches them from portals). */
  readonly replacing = new Set<string>();
  /** Portal mappings a server lost in a delete-before-replace, restored when it is created again. */
  readonly detached = new Map<string, { portal: string; entry: PortalEntry }[]>();

  constructor(
    readonly config: ProviderConfig,
    readonly log: (line: string) => void,
  ) {}

  /** The API client; after Cancel every call fails fast, as the engine expects while it shuts down. */
  api(): PortalApi {
    if (this.#abort.signal.aborted) throw new CancelledError();
    if (!this.#api) {
      const t = requireTarget(this.config);
      this.#api = new PortalApi(
        new ApiClient({ baseUrl: t.apiUrl, accountId: t.accountId, token: t.apiToken, maxWaitMs: 120_000 }),
      );
    }
    return this.#api;
  }

  get accountId(): string {
    return requireTarget(this.config).accountId;
  }

  /** A sleep that ends early, with an error, once the engine cancels. */
  sleep = (ms: number): Promise<void> =>
    new Promise((resolve, reject) => {
      if (this.#abort.signal.aborted) return reject(new CancelledError());
      const timer = setTimeout(() => {
        this.#abort.signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(new CancelledError());
      };
      this.#abort.signal.addEventListener('abort', onAbort, { once: true });
    });

  cancel(): void {
    this.#abort.abort();
  }

  /** How long to wait for syncs, in ms: `syncTimeout`, capped by the engine's timeout for the step. */
  waitMs(timeoutSeconds: number): number {
    const s =
      timeoutSeconds > 0 ? Math.min(timeoutSeconds, this.config.syncTimeout) : this.config.syncTimeout;
    return s * 1000;
  }

  async close(): Promise<void> {
    await this.#api?.client.close();
  }
}

export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor() {
    super('the operation was cancelled');
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
