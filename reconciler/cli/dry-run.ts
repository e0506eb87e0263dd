/**
 * `apply --dry-run`: runs apply's executors against a client that holds every write back (reads still go
 * to the API: planning and read-modify-writes need the live state) and prints each request in order,
 * with every secret shown as `***`. An id the API would assign to a create is shown as
 * `<id of AccessPolicy/engineers>`, the plan's own `$ref` key, so each use can be matched to its create.
 */
import type { RecordedRequest } from '../api/client.js';
import { PortalApi } from '../api/endpoints.js';
import { type ApplyResult, apply } from '../apply/apply.js';
import type { Operation } from '../plan/operations.js';
import type { Plan } from '../plan/types.js';
import { Secret, type SecretResolver } from '../secrets.js';
import type { Target } from '../target.js';

/** What a dry run prints in place of every secret value. */
export const SECRET_MASK = '***';

/**
 * A resolver that knows which secrets exist (a missing one still stops the dry run, as it stops apply)
 * but yields `***` for each: the real value is never read into what is printed.
 */
export const maskedResolver =
  (secrets: SecretResolver): SecretResolver =>
  (key) => {
    const r = secrets(key);
    return r.ok ? { ok: true, key, secret: new Secret(SECRET_MASK) } : r;
  };

export interface DryRun {
  requests: RecordedRequest[];
  outcome: ApplyResult;
}

/**
 * Walks the plan as apply would, one operation at a time in plan order (so the listing is deterministic),
 * through a client derived from the target's that records every request and sends only reads.
 */
export async function dryRun(
  plan: Plan,
  target: Target,
  secrets: SecretResolver,
  skip: (op: Operation) => boolean,
): Promise<DryRun> {
  const requests: RecordedRequest[] = [];
  const client = target.api.client.derive({ dryRun: true, record: (r) => requests.push(r) });
  const outcome = await apply(plan, new PortalApi(client), {
    secrets: maskedResolver(secrets),
    skip,
    concurrency: 1,
    placeholders: true,
  });
  return { requests, outcome };
}

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((l) => by + l)
    .join('\n');

/** The requests for people: numbered, method and path (with the query), then the JSON body. */
export function renderRequests(requests: readonly RecordedRequest[], apiUrl: string): string {
  const writes = requests.filter((r) => !r.sent).length;
  const head =
    `Dry run against ${apiUrl}: nothing was written. apply would send ${writes} write(s)` +
    `${requests.length > writes ? ` and ${requests.length - writes} read(s) (reads were sent: they build the bodies)` : ''}` +
    `, in this order; secrets are shown as ${SECRET_MASK}.\n`;
  const lines = requests.map((r, i) => {
    const query = new URLSearchParams(r.query).toString();
    const line = `${String(i + 1).padStart(3)}. ${r.method} ${r.path}${query ? `?${query}` : ''}${r.sent ? '   (read)' : ''}`;
    return r.body === undefined ? line : `${line}\n${indent(JSON.stringify(r.body, null, 2), '       ')}`;
  });
  return `\n${head}${lines.length ? `\n${lines.join('\n')}\n` : ''}`;
}
