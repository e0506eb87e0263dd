/**
 * The management API client's HTTP/1.1 transport, on Node's own `http`/`https`: keep-alive connections, at
 * most `connections` per origin, one idle timeout for the wait for headers and between body chunks, an abort
 * signal, and the whole answer as text. Chosen over undici (the portal's upstream side keeps it) because
 * reading the same 25 list pages of a plan cost ~150 ms more wall time, 1.8x the CPU and ~40 MB more fresh
 * memory through undici (its entry modules, the WebAssembly HTTP parser, a concatenated copy of every body)
 * than through Node's built-in client: README "Development".
 */
import http from 'node:http';
import type https from 'node:https';

/** `node:https` (and TLS with it), loaded for the first https request: the embedded portal is plain http. */
let httpsModule: Promise<typeof https> | undefined;
const loadHttps = () => {
  httpsModule ??= import('node:https').then((m) => m.default);
  return httpsModule;
};

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TransportRequest {
  method: HttpMethod;
  url: URL;
  headers: Record<string, string>;
  /** The body, sent in one write with its length. */
  body?: string;
  /** Longest wait for the answer's headers, and then between two chunks of its body. */
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface TransportResponse {
  statusCode: number;
  /** Lower-case names, as Node gives them. */
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** No byte came for `timeoutMs`: the connection is closed and the request fails. */
export class TransportTimeoutError extends Error {
  override readonly name = 'TransportTimeoutError';
  readonly code = 'ETIMEDOUT';
}

export interface HttpTransportOptions {
  /** Connections open at once per origin (requests beyond wait for one). */
  connections: number;
  /** How long an idle connection is kept for the next request (the server's Keep-Alive hint, if shorter, wins). */
  keepAliveMs: number;
}

export class HttpTransport {
  readonly #agentOptions: http.AgentOptions;
  readonly #http: http.Agent;
  #https: https.Agent | undefined;

  constructor(opts: HttpTransportOptions) {
    this.#agentOptions = { keepAlive: true, maxSockets: opts.connections, timeout: opts.keepAliveMs };
    this.#http = new http.Agent(this.#agentOptions);
  }

  async send(req: TransportRequest): Promise<TransportResponse> {
    const headers = { ...req.headers };
    if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
    let agent: http.Agent = this.#http;
    let request = http.request;
    if (req.url.protocol === 'https:') {
      const secure = await loadHttps();
      this.#https ??= new secure.Agent(this.#agentOptions);
      agent = this.#https;
      request = secure.request;
    }
    return new Promise((resolve, reject) => {
      const options: http.RequestOptions = {
        method: req.method,
        headers,
        agent,
        timeout: req.timeoutMs,
        ...(req.signal ? { signal: req.signal } : {}),
      };
      const sent = request(req.url, options, (res) => {
        res.setEncoding('utf8');
        const parts: string[] = [];
        res.on('data', (chunk: string) => parts.push(chunk));
        res.on('end', () =>
          resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, text: parts.join('') }),
        );
        res.on('error', reject);
        // A connection closed part way through the body, without an error of its own.
        res.on('close', () => {
          if (!res.complete) reject(new Error('the connection closed before the answer was complete'));
        });
      });
      sent.on('timeout', () =>
        sent.destroy(new TransportTimeoutError(`nothing received for ${req.timeoutMs} ms`)),
      );
      sent.on('error', reject);
      sent.end(req.body);
    });
  }

  /** Closes every connection, idle or not. */
  close(): void {
    this.#http.destroy();
    this.#https?.destroy();
  }
}
