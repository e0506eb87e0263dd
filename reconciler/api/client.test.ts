// The API client against a real HTTP server on 127.0.0.1 that answers from a script: retries on 429
// (honouring Retry-After) and 5xx, no blind retry of an ambiguous create, paging until an empty page,
// typed errors rebuilt from the stable codes (then the status) and their exit codes, the rate-limit budget,
// and create-once: ambiguous creates resolved by reading back, real refusals thrown at once.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { AmbiguousError, ApiClient } from './client.js';
import { createOnce, PortalApi } from './endpoints.js';
import {
  ApiError,
  AuthError,
  DuplicateError,
  exitCodeOf,
  ImmutableFieldError,
  InUseError,
  NotFoundError,
  RateLimitBudgetError,
  RateLimitedError,
  TransportError,
  UnresolvedCreateError,
  ValidationError,
} from './errors.js';
import { parseRatelimit, RateLimiter } from './rate-limit.js';

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;
let server: Server | undefined;

async function serve(
  handler: Handler,
  maxWaitMs = 60_000,
  concurrency?: number,
): Promise<{ client: ApiClient; calls: () => number }> {
  let n = 0;
  server = createServer((req, res) => handler(req, res, n++));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client = new ApiClient({
    baseUrl: `http://127.0.0.1:${port}/client/v4`,
    accountId: 'acc',
    token: 't',
    sleep: async () => {},
    random: () => 0.5,
    maxWaitMs,
    ...(concurrency !== undefined ? { concurrency } : {}),
  });
  return { client, calls: () => n };
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const ok = (result: unknown) => ({ success: true, errors: [], messages: [], result });
const fail = (code: number, message: string) => ({
  success: false,
  errors: [{ code, message }],
  messages: [],
  result: null,
});

afterEach(async () => {
  const s = server;
  server = undefined;
  if (!s) return;
  s.closeAllConnections();
  await new Promise((resolve) => s.close(resolve));
});

describe('ApiClient', () => {
  it('retries a 429 and a 503 on a GET, then returns the result', async () => {
    const { client, calls } = await serve((_req, res, n) => {
      if (n === 0) return json(res, 429, fail(971, 'slow down'), { 'retry-after': '0' });
      if (n === 1) return json(res, 503, fail(1000, 'unavailable'));
      json(res, 200, ok({ id: 'x' }));
    });
    const r = await client.call<{ id: string }>('GET', '/x');
    expect(r.result).toEqual({ id: 'x' });
    expect(calls()).toBe(3);
    expect(client.retries).toBe(2);
  });

  it('does not blindly retry a create that failed ambiguously', async () => {
    const { client, calls } = await serve((_req, res) => json(res, 500, fail(1000, 'boom')));
    await expect(client.call('POST', '/x', { body: {} })).rejects.toBeInstanceOf(AmbiguousError);
    expect(calls()).toBe(1);
  });

  it('maps statuses to typed errors', async () => {
    const { client } = await serve((req, res) => {
      if (req.url?.includes('auth')) return json(res, 403, fail(10000, 'Authentication error'));
      if (req.url?.includes('missing')) return json(res, 404, fail(7003, 'not found'));
      json(res, 400, fail(1001, 'bad'));
    });
    await expect(client.call('GET', '/auth')).rejects.toBeInstanceOf(AuthError);
    await expect(client.call('GET', '/missing')).rejects.toBeInstanceOf(NotFoundError);
    const err = await client.call('PUT', '/bad', { body: {} }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.code).toBe(1001);
  });

  it('pages until a short page', async () => {
    const { client, calls } = await serve((req, res) => {
      const page = Number(new URL(req.url ?? '', 'http://x').searchParams.get('page'));
      const size = page < 3 ? 100 : 7;
      json(res, 200, {
        ...ok(Array.from({ length: size }, (_, i) => ({ i }))),
        result_info: { page, per_page: 100, count: size, total_count: 207, total_pages: 3 },
      });
    });
    expect(await client.listAll('/x')).toHaveLength(207);
    expect(calls()).toBe(3);
  });

  /**
   * A list of `total` items whose pages 2..n are held until all of them arrived (or 300 ms passed), so
   * pages read one after another show one request in flight, pages read at once show them all.
   */
  async function pagedList(total: number, opts: { concurrency?: number; withCount?: boolean } = {}) {
    const pages = Math.ceil(total / 100);
    let inFlight = 0;
    let maxInFlight = 0;
    const held: (() => void)[] = [];
    const release = () => {
      for (const answer of held.splice(0)) answer();
    };
    const served = await serve(
      (req, res) => {
        const page = Number(new URL(req.url ?? '', 'http://x').searchParams.get('page'));
        const size = Math.max(0, Math.min(100, total - (page - 1) * 100));
        const items = Array.from({ length: size }, (_, i) => ({ i: (page - 1) * 100 + i }));
        const info = { page, per_page: 100, count: size, total_count: total, total_pages: pages };
        const answer = () => {
          inFlight--;
          json(res, 200, { ...ok(items), ...(opts.withCount === false ? {} : { result_info: info }) });
        };
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        if (page === 1) return answer();
        held.push(answer);
        if (held.length === pages - 1) release();
        else setTimeout(release, 300);
      },
      60_000,
      opts.concurrency,
    );
    return { ...served, maxInFlight: () => maxInFlight };
  }
  const upTo = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('list:pages-at-once: page 1, then pages 2..n together; items in page order, one request a page', async () => {
    const { client, calls, maxInFlight } = await pagedList(450);
    const items = await client.listAll<{ i: number }>('/x');
    expect(items.map((x) => x.i)).toEqual(upTo(450));
    expect(calls()).toBe(5);
    expect(maxInFlight()).toBe(4);
  });

  it("list:within-concurrency: pages at once never exceed the client's concurrency bound", async () => {
    const { client, calls, maxInFlight } = await pagedList(650, { concurrency: 2 });
    const items = await client.listAll<{ i: number }>('/x');
    expect(items.map((x) => x.i)).toEqual(upTo(650));
    expect(calls()).toBe(7);
    expect(maxInFlight()).toBe(2);
  });

  it('list:no-count-one-by-one: without a page count, pages are read one after another until a short one', async () => {
    const { client, calls, maxInFlight } = await pagedList(250, { withCount: false });
    const items = await client.listAll<{ i: number }>('/x');
    expect(items.map((x) => x.i)).toEqual(upTo(250));
    expect(calls()).toBe(3);
    expect(maxInFlight()).toBe(1);
  });

  it('fails with the budget error when the window would take longer than --max-wait', async () => {
    const { client } = await serve(
      (_req, res) =>
        json(res, 429, fail(971, 'slow down'), { 'retry-after': '300', ratelimit: '"default";r=0;t=300' }),
      60_000,
    );
    await expect(client.call('GET', '/x')).rejects.toBeInstanceOf(RateLimitBudgetError);
  });
});

type ErrorClass = abstract new (...args: never[]) => Error;

interface ErrorCase {
  name: string;
  reason: string;
  method?: 'GET' | 'POST' | 'PUT';
  status: number;
  /** The envelope's errors; `raw` sends a non-JSON body instead. */
  errors?: { code: number; message: string; path?: string[] }[];
  raw?: string;
  want: ErrorClass;
  notA?: ErrorClass;
  /** For an AmbiguousError: the class of its cause. */
  cause?: ErrorClass;
  exit: ExitCode;
}

const errorCases: ErrorCase[] = [
  {
    name: '400 code 1003 is a DuplicateError',
    reason: "the embedded portal's stable code for an object that already exists",
    status: 400,
    errors: [{ code: 1003, message: 'an MCP server with id "a" already exists', path: ['id'] }],
    want: DuplicateError,
    exit: ExitCode.OperationalError,
  },
  {
    name: '400 code 1004 is an ImmutableFieldError',
    reason: 'a create-only field changed in an update',
    status: 400,
    errors: [{ code: 1004, message: 'hostname cannot change', path: ['hostname'] }],
    want: ImmutableFieldError,
    exit: ExitCode.OperationalError,
  },
  {
    name: '400 code 1005 is an InUseError',
    reason: 'the object is still referenced',
    status: 400,
    errors: [{ code: 1005, message: 'MCP server "a" is still mapped to portal "p"' }],
    want: InUseError,
    exit: ExitCode.OperationalError,
  },
  {
    name: '400 code 1001 is a ValidationError even when its message says "already exists"',
    reason: 'a known code wins over the message heuristic',
    status: 400,
    errors: [{ code: 1001, message: 'servers[1] already exists in this list', path: ['servers', '1'] }],
    want: ValidationError,
    notA: DuplicateError,
    exit: ExitCode.OperationalError,
  },
  {
    name: '400 code 1002 (malformed JSON) is a ValidationError',
    reason: 'every input refusal shares the ValidationError base',
    status: 400,
    errors: [{ code: 1002, message: 'the body is not JSON' }],
    want: ValidationError,
    notA: DuplicateError,
    exit: ExitCode.OperationalError,
  },
  {
    name: '403 code 10000 is an AuthError',
    reason: "Cloudflare's authentication error",
    status: 403,
    errors: [{ code: 10000, message: 'Authentication error' }],
    want: AuthError,
    exit: ExitCode.AuthFailed,
  },
  {
    name: '401 code 9106 is an AuthError',
    reason: 'missing credentials',
    status: 401,
    errors: [{ code: 9106, message: 'Missing X-Auth-Key, X-Auth-Email or Authorization headers' }],
    want: AuthError,
    exit: ExitCode.AuthFailed,
  },
  {
    name: '401 without a body is an AuthError',
    reason: 'the status decides when there is no code',
    status: 401,
    raw: '',
    want: AuthError,
    exit: ExitCode.AuthFailed,
  },
  {
    name: '400 code 10000 is an AuthError',
    reason: 'the code comes before the status',
    status: 400,
    errors: [{ code: 10000, message: 'Authentication error' }],
    want: AuthError,
    notA: ValidationError,
    exit: ExitCode.AuthFailed,
  },
  {
    name: '429 is a RateLimitedError after the retries',
    reason: 'a 429 was not processed; once retries are spent it exits 6',
    status: 429,
    errors: [{ code: 971, message: 'Please wait and consider throttling your request speed' }],
    want: RateLimitedError,
    exit: ExitCode.RateLimited,
  },
  {
    name: '429 without a code is a RateLimitedError',
    reason: 'the status decides when there is no code',
    status: 429,
    errors: [],
    want: RateLimitedError,
    exit: ExitCode.RateLimited,
  },
  {
    name: '404 code 7003 is a NotFoundError',
    reason: 'no object with this id',
    status: 404,
    errors: [{ code: 7003, message: 'Could not route to /x, perhaps your object identifier is invalid?' }],
    want: NotFoundError,
    exit: ExitCode.OperationalError,
  },
  {
    name: '409 "already exists" with an unknown code is a DuplicateError',
    reason: 'the documented heuristic for Cloudflare, which documents no duplicate code',
    status: 409,
    errors: [{ code: 12130, message: 'An application with this name already exists' }],
    want: DuplicateError,
    exit: ExitCode.OperationalError,
  },
  {
    name: '400 with an unknown code and an ordinary message is a ValidationError',
    reason: 'the heuristic needs the words; otherwise the status decides',
    status: 400,
    errors: [{ code: 12000, message: 'name is too long' }],
    want: ValidationError,
    notA: DuplicateError,
    exit: ExitCode.OperationalError,
  },
  {
    name: 'a 500 on a create is ambiguous whatever code it carries',
    reason: 'a 5xx says nothing about whether the write landed; 1003 on it is not a duplicate',
    method: 'POST',
    status: 500,
    errors: [{ code: 1003, message: 'already exists' }],
    want: AmbiguousError,
    cause: ApiError,
    notA: DuplicateError,
    exit: ExitCode.OperationalError,
  },
  {
    name: "a proxy's non-JSON 502 on a create is ambiguous",
    reason: 'a gateway error page: the create may have landed behind it',
    method: 'POST',
    status: 502,
    raw: '<html>502 Bad Gateway</html>',
    want: AmbiguousError,
    cause: TransportError,
    exit: ExitCode.OperationalError,
  },
  {
    name: 'a non-JSON 400 is a TransportError',
    reason: 'not the v4 envelope, and not ambiguous',
    status: 400,
    raw: 'bad request',
    want: TransportError,
    exit: ExitCode.OperationalError,
  },
];

describe('typed errors', () => {
  it.each(errorCases)('$name', async (c) => {
    const { client } = await serve((_req, res) => {
      if (c.raw !== undefined) {
        res.writeHead(c.status, { 'content-type': 'text/html', 'retry-after': '0' });
        return res.end(c.raw);
      }
      json(
        res,
        c.status,
        { success: false, errors: c.errors, messages: [], result: null },
        { 'retry-after': '0' },
      );
    });
    const method = c.method ?? 'PUT';
    const err = await client.call(method, '/things/a', { body: {} }).catch((e: unknown) => e);
    expect(err, c.reason).toBeInstanceOf(c.want);
    if (c.notA) expect(err, c.reason).not.toBeInstanceOf(c.notA);
    expect(exitCodeOf(err), c.reason).toBe(c.exit);
    if (c.cause) {
      expect((err as Error).cause, c.reason).toBeInstanceOf(c.cause);
      if (c.notA) expect((err as Error).cause, c.reason).not.toBeInstanceOf(c.notA);
    }
    if (err instanceof ApiError) {
      expect(err.status, c.reason).toBe(c.status);
      expect(err.errors, c.reason).toEqual(c.errors ?? []);
      expect(err.code, c.reason).toBe(c.errors?.[0]?.code);
      expect([err.method, err.path], c.reason).toEqual([method, '/things/a']);
      expect(err.exitCode, c.reason).toBe(c.exit);
    }
  });

  it('maps exit codes in one place, following causes', () => {
    const auth = ApiError.fromResponse(403, [{ code: 10000, message: 'no' }], 'GET', '/x');
    const wrapped = new Error('observe McpServer "docs"', { cause: auth });
    expect(exitCodeOf(wrapped)).toBe(ExitCode.AuthFailed);
    expect(exitCodeOf(new RateLimitBudgetError('budget spent'))).toBe(ExitCode.RateLimited);
    expect(exitCodeOf(new UnresolvedCreateError('?', { cause: auth }))).toBe(ExitCode.AuthFailed);
    expect(exitCodeOf(new Error('boom'))).toBe(ExitCode.OperationalError);
    expect(exitCodeOf('not an error')).toBe(ExitCode.OperationalError);
  });

  it('keeps the cause it is given', () => {
    const cause = new Error('socket');
    const err = ApiError.fromResponse(400, [{ code: 1003, message: 'dup' }], 'POST', '/x', { cause });
    expect(err).toBeInstanceOf(DuplicateError);
    expect(err.cause).toBe(cause);
  });
});

/** How the scripted server answers one create. */
type PostReply = 'created' | 'reset' | 'html502' | { status: number; code: number; message?: string };

interface CreateCase {
  name: string;
  reason: string;
  /** Answers to the creates, in order (the last one repeats). */
  posts: PostReply[];
  /** Whether each read-back finds the object (the last one repeats). */
  found: boolean[];
  want: { result: 'post' | 'get' } | { error: ErrorClass; notA?: ErrorClass; cause?: ErrorClass };
  sent: { posts: number; gets: number };
}

const err5xx = (status = 500) => ({ status, code: 1000, message: 'internal error' });
const duplicate = { status: 400, code: 1003, message: 'an MCP server with id "s" already exists' };

const createCases: CreateCase[] = [
  {
    name: 'lost reply (reset), read-back finds it',
    reason: 'the create landed and only its answer was lost: one create is sent, the object is read back',
    posts: ['reset'],
    found: [true],
    want: { result: 'get' },
    sent: { posts: 1, gets: 1 },
  },
  {
    name: 'lost reply (502 envelope), read-back finds it',
    reason: 'a 5xx is ambiguous like a reset',
    posts: [err5xx(502)],
    found: [true],
    want: { result: 'get' },
    sent: { posts: 1, gets: 1 },
  },
  {
    name: "lost reply (a proxy's HTML 502), read-back finds it",
    reason: 'a non-JSON gateway page is ambiguous too',
    posts: ['html502'],
    found: [true],
    want: { result: 'get' },
    sent: { posts: 1, gets: 1 },
  },
  {
    name: '5xx, nothing read back, the retry creates',
    reason: 'the first attempt did not land, so sending it again is safe',
    posts: [err5xx(503), 'created'],
    found: [false],
    want: { result: 'post' },
    sent: { posts: 2, gets: 1 },
  },
  {
    name: '5xx, then the retry is refused as a duplicate, then read-back finds it',
    reason:
      'the first attempt landed after the read-back looked: the duplicate proves it, the read-back finds it',
    posts: [err5xx(), duplicate],
    found: [false, true],
    want: { result: 'get' },
    sent: { posts: 2, gets: 2 },
  },
  {
    name: 'reset, then a Cloudflare-style 409 "already exists", then read-back finds it',
    reason: 'the heuristic duplicate counts like code 1003 after an ambiguous failure',
    posts: ['reset', { status: 409, code: 12130, message: 'resource already exists' }],
    found: [false, true],
    want: { result: 'get' },
    sent: { posts: 2, gets: 2 },
  },
  {
    name: 'ambiguous, then a real validation 400, is thrown at once',
    reason: 'a refusal that is not a duplicate is real: no more attempts, no more read-backs',
    posts: [err5xx(), { status: 400, code: 1001, message: 'hostname must be a URL' }],
    found: [false],
    want: { error: ValidationError, notA: DuplicateError },
    sent: { posts: 2, gets: 1 },
  },
  {
    name: 'ambiguous, then an auth error, is thrown at once',
    reason: 'any other 4xx after an ambiguous failure is a real refusal',
    posts: ['reset', { status: 403, code: 10000, message: 'Authentication error' }],
    found: [false],
    want: { error: AuthError },
    sent: { posts: 2, gets: 1 },
  },
  {
    name: 'a duplicate with no ambiguity before is a true conflict',
    reason: 'someone else owns an object with this identity: it is not ours to adopt',
    posts: [duplicate],
    found: [true],
    want: { error: DuplicateError },
    sent: { posts: 1, gets: 0 },
  },
  {
    name: 'a duplicate after ambiguity that cannot be read back is a clear error',
    reason: 'the API says it exists but the read-back cannot see it (e.g. a hostname taken elsewhere)',
    posts: [err5xx(), duplicate],
    found: [false],
    want: { error: UnresolvedCreateError, cause: DuplicateError },
    sent: { posts: 2, gets: 2 },
  },
  {
    name: 'ambiguous on every attempt gives up after 5, reading back after each',
    reason: 'the attempts are bounded, and the last failure is still read back before giving up',
    posts: [err5xx(503)],
    found: [false],
    want: { error: AmbiguousError },
    sent: { posts: 5, gets: 5 },
  },
];

/** A server object as the wire schema requires it (answers are checked against it). */
const S = {
  id: 's',
  name: 's',
  hostname: 'https://s.example.com/mcp',
  auth_type: 'unauthenticated',
  tools: [],
  prompts: [],
};

describe('createOnce through PortalApi over HTTP', () => {
  it.each(createCases)('$name', async (c) => {
    let posts = 0;
    let gets = 0;
    const { client } = await serve((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.method === 'GET') {
          const found = c.found[Math.min(gets++, c.found.length - 1)];
          if (found) return json(res, 200, ok({ ...S, via: 'get' }));
          return json(res, 404, fail(7003, 'Could not route to the object'));
        }
        const reply = c.posts[Math.min(posts++, c.posts.length - 1)];
        if (reply === 'created') return json(res, 201, ok({ ...S, via: 'post' }));
        if (reply === 'reset') return req.socket.destroy();
        if (reply === 'html502') {
          res.writeHead(502, { 'content-type': 'text/html' });
          return res.end('<html>502 Bad Gateway</html>');
        }
        if (reply) json(res, reply.status, fail(reply.code, reply.message ?? 'refused'));
      });
    });
    const api = new PortalApi(client);
    const body = { id: 's', name: 's', hostname: 'https://s.example.com/mcp', auth_type: 'unauthenticated' };
    const outcome = await api.createServer(body as Parameters<PortalApi['createServer']>[0]).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    if ('result' in c.want) {
      expect(outcome, c.reason).toEqual({ result: { ...S, via: c.want.result } });
    } else {
      const error = (outcome as { error?: unknown }).error;
      expect(error, c.reason).toBeInstanceOf(c.want.error);
      if (c.want.notA) expect(error, c.reason).not.toBeInstanceOf(c.want.notA);
      if (c.want.cause) expect((error as Error).cause, c.reason).toBeInstanceOf(c.want.cause);
    }
    expect({ posts, gets }, c.reason).toEqual(c.sent);
  });
});

describe('createOnce', () => {
  it('resolves an ambiguous failure by reading back, never creating twice', async () => {
    let creates = 0;
    const stored: { id: string }[] = [];
    const created = await createOnce(
      async () => {
        creates++;
        stored.push({ id: 'a' }); // the write landed ...
        throw new AmbiguousError('connection reset'); // ... but the answer was lost
      },
      async () => stored.find((o) => o.id === 'a'),
    );
    expect(created).toEqual({ id: 'a' });
    expect(creates).toBe(1);
    expect(stored).toHaveLength(1);
  });

  it('creates again when the read-back finds nothing', async () => {
    let creates = 0;
    const created = await createOnce(
      async () => {
        if (creates++ === 0) throw new AmbiguousError('502');
        return { id: 'a' };
      },
      async () => undefined,
    );
    expect(created).toEqual({ id: 'a' });
    expect(creates).toBe(2);
  });
});

describe('RateLimiter', () => {
  it('parses Cloudflare headers', () => {
    expect(parseRatelimit('"default";r=50;t=30')).toEqual({ remaining: 50, resetSeconds: 30 });
    expect(parseRatelimit('garbage')).toBeUndefined();
  });

  it('holds requests at the reserve until the window resets, counting wall time once', async () => {
    let now = 0;
    const slept: number[] = [];
    const limiter = new RateLimiter({
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
      maxWaitMs: 60_000,
      reserve: 1,
    });
    limiter.observe({ ratelimit: '"default";r=1;t=10', status: 200 });
    await limiter.acquire();
    expect(slept).toEqual([10_000]);
    expect(limiter.waitedMs).toBe(10_000);
  });
});

describe('reuseUnchangedAnswers (the controller lists everything each cycle)', () => {
  const policy = (name: string) => ({
    id: `id-${name}`,
    name,
    decision: 'allow',
    include: [{ everyone: {} }],
  });
  async function serveReusing(answers: unknown[]) {
    let n = 0;
    server = createServer((_req, res) => {
      const next = answers[Math.min(n++, answers.length - 1)];
      if (typeof next === 'number') json(res, next, fail(10000, 'refused'));
      else json(res, 200, next);
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new ApiClient({
      baseUrl: `http://127.0.0.1:${port}/client/v4`,
      accountId: 'acc',
      token: 't',
      sleep: async () => {},
      random: () => 0.5,
      maxRetries: 0,
      reuseUnchangedAnswers: true,
    });
  }

  it('hands back the same frozen result for the same bytes, and a new one when they change', async () => {
    const a = ok([policy('a')]);
    const client = await serveReusing([a, a, ok([policy('b')])]);
    const first = await client.call<{ name: string }[]>('GET', '/accounts/acc/access/policies');
    const second = await client.call<{ name: string }[]>('GET', '/accounts/acc/access/policies');
    expect(second.result).toBe(first.result);
    expect(Object.isFrozen(first.result[0])).toBe(true);
    // A reader that tried to change it would change what the next cycle reads: it throws instead.
    expect(() => {
      (first.result[0] as { name: string }).name = 'changed';
    }).toThrow(TypeError);
    const third = await client.call<{ name: string }[]>('GET', '/accounts/acc/access/policies');
    expect(third.result).not.toBe(first.result);
    expect(third.result.map((p) => p.name)).toEqual(['b']);
    await client.close();
  });

  it('keys answers by URL and query, and never keeps a failure or a malformed answer', async () => {
    const a = ok([policy('a')]);
    const client = await serveReusing([a, a, 500, ok({ not: 'a list' }), a]);
    const p1 = await client.call<unknown[]>('GET', '/accounts/acc/access/policies', { query: { page: 1 } });
    const p2 = await client.call<unknown[]>('GET', '/accounts/acc/access/policies', { query: { page: 2 } });
    expect(p2.result).not.toBe(p1.result);
    await expect(client.call('GET', '/accounts/acc/access/policies')).rejects.toThrow();
    await expect(client.call('GET', '/accounts/acc/access/policies')).rejects.toThrow(/wire schema/);
    const again = await client.call<unknown[]>('GET', '/accounts/acc/access/policies', {
      query: { page: 1 },
    });
    expect(again.result).toBe(p1.result);
    await client.close();
  });

  it('is off by default: every answer is parsed afresh and stays writable', async () => {
    const a = ok([policy('a')]);
    const { client } = await serve((_req, res) => json(res, 200, a));
    const first = await client.call<unknown[]>('GET', '/accounts/acc/access/policies');
    const second = await client.call<unknown[]>('GET', '/accounts/acc/access/policies');
    expect(second.result).not.toBe(first.result);
    expect(Object.isFrozen(first.result)).toBe(false);
    await client.close();
  });
});
