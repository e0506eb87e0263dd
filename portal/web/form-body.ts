/**
 * Reads a browser form post with a byte limit: refuses a declared Content-Length over the limit before
 * reading, and otherwise streams the body, stopping (and cancelling the stream) as soon as the limit is
 * passed, so a chunked body without a length cannot grow memory. Answers 413 in either case.
 */
import type { Context } from 'hono';

/** Forms on the portal's pages are a few hundred bytes; 64 KiB is generous. */
export const FORM_BODY_LIMIT = 64 * 1024;

export type FormFields = Record<string, string>;

export type FormResult = { ok: true; form: FormFields } | { ok: false; response: Response };

const tooLarge = (limit: number) =>
  new Response(`request body larger than ${limit} bytes\n`, {
    status: 413,
    headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' },
  });

/** The request body's bytes, or undefined once more than `limit` bytes arrived. */
export async function readLimited(request: Request, limit: number): Promise<Uint8Array | undefined> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return undefined;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The string fields of a urlencoded or multipart form post, read with a byte limit. */
export async function readForm(c: Context, limit = FORM_BODY_LIMIT): Promise<FormResult> {
  const bytes = await readLimited(c.req.raw, limit);
  if (!bytes) return { ok: false, response: tooLarge(limit) };
  const type = c.req.header('content-type') ?? '';
  const form: FormFields = {};
  try {
    const parsed = await new Response(bytes, { headers: { 'content-type': type } }).formData();
    for (const [k, v] of parsed) if (typeof v === 'string' && !(k in form)) form[k] = v;
  } catch {
    // Not a form body: no fields.
  }
  return { ok: true, form };
}
