/**
 * The two parts of undici the API clients use, loaded without the rest: undici's entry point also loads
 * fetch, WebSocket, EventSource, the cache and the mock agents, more than half of its start-up (measured:
 * ~120 ms against ~45 ms on this project's CI machine), which every API command paid. Typed by undici's
 * own declarations; undici (pinned ^7) has no `exports` map, so these files are its public layout too.
 */
import type { Agent as AgentClass, Dispatcher } from 'undici';
import requestModule from 'undici/lib/api/api-request.js';
import agentModule from 'undici/lib/dispatcher/agent.js';

/** undici's `Agent` (a pool per origin). */
export const Agent = agentModule as unknown as typeof AgentClass;

type RequestOptions = Omit<Dispatcher.RequestOptions, 'origin' | 'path' | 'method'> &
  Partial<Pick<Dispatcher.RequestOptions, 'method'>> & { dispatcher: Dispatcher };

const dispatcherRequest = requestModule as unknown as (
  this: Dispatcher,
  opts: Dispatcher.RequestOptions,
) => Promise<Dispatcher.ResponseData>;

/** `undici.request(url, opts)` through `opts.dispatcher`: what the entry point's `request` does. */
export function request(url: string | URL, opts: RequestOptions): Promise<Dispatcher.ResponseData> {
  const u = typeof url === 'string' ? new URL(url) : url;
  const { dispatcher, ...rest } = opts;
  return dispatcherRequest.call(dispatcher, {
    ...rest,
    origin: u.origin,
    path: `${u.pathname}${u.search}`,
    method: opts.method ?? 'GET',
  });
}
