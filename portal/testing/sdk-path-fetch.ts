/**
 * A fetch for the SDK client that sends each request other than `initialize` as a one-message batch. The
 * Node fast path (`web/session-post.ts`) takes single requests only, so every request of a client using
 * it goes through the session's SDK server (`gateway/session.ts`): tests run the same case on both paths.
 */
type Fetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

export const sdkPathFetch: Fetch = (url, init) => {
  if (init?.method === 'POST' && typeof init.body === 'string') {
    const m = JSON.parse(init.body) as { id?: unknown; method?: unknown };
    if (m.id !== undefined && typeof m.method === 'string' && m.method !== 'initialize') {
      return fetch(url, { ...init, body: `[${init.body}]` });
    }
  }
  return fetch(url, init);
};
