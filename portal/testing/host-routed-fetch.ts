/**
 * A fetch for tests of portals served on their own hostname: every connection goes to 127.0.0.1:`port`
 * whatever the URL's host, so `http://<portal hostname>:<port>/mcp` reaches the test portal's listener with
 * that Host header. Close it when done.
 */
import { connect } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';

export interface HostRoutedFetch {
  fetch: typeof fetch;
  close(): Promise<void>;
}

export function hostRoutedFetch(port: number | string): HostRoutedFetch {
  const agent = new Agent({
    connect: (_opts, cb) => {
      const s = connect(Number(port), '127.0.0.1');
      s.once('connect', () => cb(null, s));
      s.once('error', (e) => cb(e, null));
    },
  });
  return {
    fetch: ((url: string | URL, init?: RequestInit) =>
      undiciFetch(url, { ...(init as object), dispatcher: agent })) as unknown as typeof fetch,
    close: () => agent.close(),
  };
}
