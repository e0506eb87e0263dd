/**
 * The plan as terminal text, Terraform-style: one block per change (action symbol, address, reason,
 * field diff, notes), a count of unchanged resources, consequences per portal, unmanaged objects,
 * diagnostics, the summary line and the API-call estimate. Also the shared vocabulary (counts, summary
 * lines, value formatting, field lines, notes) the markdown and GitHub renderers reuse.
 */
import { createColors } from 'picocolors';
import type { Diagnostic } from '../diagnostics.js';
import type { FieldChange, Json } from '../plan/diff.js';
import {
  ACTION_SYMBOL,
  type Action,
  type ContextCost,
  type DnsRecordChange,
  type DnsRecordNote,
  type Plan,
  type PortalConsequence,
  type ResourceChange,
  type Unmanaged,
} from '../plan/types.js';
import { MASK } from '../secrets.js';

/**
 * A count with thousands separators, `1,234`, as `toLocaleString('en-US')` writes an integer, without
 * starting ICU's number formatting (~10 ms on first use, every plan's last step pays it); other numbers
 * (fractions, non-finite) go to `toLocaleString`.
 */
export function count(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

export const plural = (n: number, word: string, many = `${word}s`) => `${count(n)} ${n === 1 ? word : many}`;

export const address = (r: { kind: string; name: string }) => `${r.kind}/${r.name}`;

/** Resources shown one by one: every change, and unchanged ones that apply adopts. */
export const isListed = (r: ResourceChange) => r.action !== 'noop' || Boolean(r.adopt);

/** What each action does, for people. */
export const ACTION_VERB: Record<Action, string> = {
  create: 'create',
  update: 'update in place',
  replace: 'replace',
  delete: 'delete',
  noop: 'no change',
};

export interface Counts {
  create: number;
  update: number;
  replace: number;
  delete: number;
  /** Unchanged resources whose ownership tag apply adds. */
  adopt: number;
  /** Unchanged, not adopted: not listed one by one. */
  unchanged: number;
}

export function counts(plan: Plan): Counts {
  const adopt = plan.resources.filter((r) => r.action === 'noop' && r.adopt).length;
  const { create, update, replace, delete: del, noop } = plan.summary;
  return { create, update, replace, delete: del, adopt, unchanged: Math.max(0, noop - adopt) };
}

export const hasChanges = (c: Counts) => c.create + c.update + c.replace + c.delete + c.adopt > 0;

/** `2 to create, 1 to update, 1 to replace, 1 to delete`, plus `, 1 to adopt` when any. */
export function countsPhrase(c: Counts): string {
  const n = count;
  const parts = [
    `${n(c.create)} to create`,
    `${n(c.update)} to update`,
    `${n(c.replace)} to replace`,
    `${n(c.delete)} to delete`,
  ];
  if (c.adopt) parts.push(`${n(c.adopt)} to adopt`);
  return parts.join(', ');
}

export const NO_CHANGES = 'No changes. The live state matches the manifests.';

/** `Plan: 2 to create, 1 to update, 1 to replace, 1 to delete.` or the no-changes sentence. */
export function summaryLine(plan: Plan): string {
  const c = counts(plan);
  return hasChanges(c) ? `Plan: ${countsPhrase(c)}.` : NO_CHANGES;
}

export const errorCount = (plan: Plan) => plan.diagnostics.filter((d) => d.severity === 'error').length;

/** Present only when the plan is errored. */
export function erroredLine(plan: Plan): string | undefined {
  if (!plan.errored) return undefined;
  const n = errorCount(plan);
  return `This plan has ${n ? plural(n, 'error') : 'errors'} and cannot be applied.`;
}

/** Servers apply syncs again although nothing changed (they are in Error), or undefined. */
export function resyncLine(plan: Plan): string | undefined {
  const names = plan.resources.filter((r) => r.resync).map((r) => r.name);
  if (!names.length) return undefined;
  return `Apply also syncs again ${plural(names.length, 'server')} in Error: ${names.join(', ')} (--no-sync skips this).`;
}

/** Access tags apply creates first (account objects the apps' ownership tag needs), or undefined. */
export function tagLine(plan: Plan): string | undefined {
  const tags = plan.operations
    .filter((op) => op.op === 'tag.create')
    .map((op) => op.resource.slice('AccessTag/'.length));
  if (!tags.length) return undefined;
  return `Apply first creates the Access ${tags.length === 1 ? 'tag' : 'tags'} ${tags.join(', ')} (the ownership tag its applications carry).`;
}

export function apiCallsLine(plan: Plan): string {
  const { observe, apply_estimate: apply } = plan.api_calls;
  const todo = apply ? `about ${plural(apply, 'call')} to apply` : 'none to apply';
  return `API calls: ${plural(observe, 'request')} made to read the live state; ${todo}.`;
}

export function targetLine(plan: Plan): string {
  const { api_url, account_id, embedded } = plan.target;
  return `${api_url} (account ${account_id}${embedded ? ', embedded portal' : ''})`;
}

const isObject = (v: unknown): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON-ish rendering on one line: strings quoted, `(sensitive)` bare and nothing else. */
export function formatValue(v: Json | undefined): string {
  if (v === undefined) return 'null';
  if (v === MASK) return MASK;
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`;
  if (isObject(v)) {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}: ${formatValue(x)}`).join(', ')}}`;
  }
  return JSON.stringify(v);
}

export interface FieldLine {
  op: 'add' | 'remove' | 'change';
  path: string;
  /** Formatted values. */
  before?: string;
  after?: string;
  note?: 'forces replacement' | 'value changed, not shown';
}

/** The leaves of a spec, with keyed-set paths like the diff's (`spec.servers[docs].tools[x].alias`). */
function flatten(v: Json, path: string, out: [string, Json][]): [string, Json][] {
  if (Array.isArray(v) && v.length && v.every(isObject)) {
    v.forEach((item, i) => {
      const o = item as { [key: string]: Json };
      const key = typeof o.name === 'string' ? o.name : typeof o.server === 'string' ? o.server : String(i);
      flatten(item, `${path}[${key}]`, out);
    });
  } else if (isObject(v)) {
    for (const [k, x] of Object.entries(v)) flatten(x, `${path}.${k}`, out);
  } else if (v !== null && !(Array.isArray(v) && v.length === 0)) {
    out.push([path, v]);
  }
  return out;
}

function fieldLine(c: FieldChange, replaceFields: readonly string[]): FieldLine {
  const note = replaceFields.includes(c.path)
    ? 'forces replacement'
    : c.before === MASK && c.after === MASK
      ? 'value changed, not shown'
      : undefined;
  const line: FieldLine =
    c.before === undefined
      ? { op: 'add', path: c.path, after: formatValue(c.after) }
      : c.after === undefined
        ? { op: 'remove', path: c.path, before: formatValue(c.before) }
        : { op: 'change', path: c.path, before: formatValue(c.before), after: formatValue(c.after) };
  return note ? { ...line, note } : line;
}

/** The field diff of a change; a create without changes lists the fields of its desired spec. */
export function fieldLines(r: ResourceChange): FieldLine[] {
  if (r.action === 'create' && !r.changes.length && r.desired) {
    return flatten(r.desired as unknown as Json, 'spec', []).map(([path, v]) => ({
      op: 'add',
      path,
      after: formatValue(v),
    }));
  }
  return r.changes.map((c) => fieldLine(c, r.replaceFields ?? []));
}

function credentialSource(r: ResourceChange): string | undefined {
  const d = r.desired;
  return d && 'credentials' in d ? d.credentials.source : undefined;
}

/** What the user must do on Cloudflare for a portal's hostname: apply does not manage DNS. */
export const dnsNote = (d: DnsRecordNote) =>
  `DNS (not done by apply): on Cloudflare, create a ${d.proxied ? 'proxied ' : ''}${d.type} ${d.name} -> ${d.content}, or clients get 522` +
  (d.replaces ? `; the record for ${d.replaces} can go once clients have moved` : '');

/** A managed DNS record's change (`spec.dns`): what apply does to it, in which zone. */
export function dnsChangeNote(c: DnsRecordChange): string {
  const record = `${c.proxied ? 'proxied ' : ''}${c.type} ${c.name} -> ${c.content}`;
  const zone = `in zone ${c.zoneId}`;
  if (c.action === 'noop')
    return `DNS record: ${record} ${zone} is in place${c.reason ? ` (${c.reason})` : ''}`;
  if (c.action === 'update' && c.before)
    return `DNS record: update ${c.name} ${zone} from ${c.before.proxied ? 'proxied ' : ''}-> ${c.before.content} to ${record}`;
  return `DNS record: ${c.action} ${record} ${zone}`;
}

/** What apply does besides the spec change: detach, Access application, credentials, sync, adopt, DNS. */
export function resourceNotes(r: ResourceChange, plan: Plan): string[] {
  const notes: string[] = [];
  if (r.detachFrom?.length) {
    notes.push(
      `detach from ${r.detachFrom.length === 1 ? 'portal' : 'portals'} ${r.detachFrom.join(', ')} first`,
    );
  }
  if (r.app && r.app.action !== 'noop') notes.push(`Access application: ${r.app.action}`);
  if (r.sendCredentials) {
    const source = credentialSource(r);
    notes.push(`credentials: ${MASK}, sent${source ? ` from ${source}` : ''}`);
  }
  if (r.sync) notes.push('then: capability sync');
  if (r.adopt) notes.push(`adopt: mark as managed by this tool (owner "${plan.owner}"); no spec change`);
  if (r.dnsRecord) notes.push(dnsNote(r.dnsRecord));
  for (const c of r.dns ?? []) notes.push(dnsChangeNote(c));
  return notes;
}

/** The display-only reason, or a word for an adoption. */
export const reasonOf = (r: ResourceChange) =>
  r.reason ?? (r.adopt && r.action === 'noop' ? 'adopt' : undefined);

export function consequenceHeadline(c: PortalConsequence): string {
  const extra: string[] = [];
  if (c.addedTools.length) extra.push(`${count(c.addedTools.length)} newly exposed`);
  if (c.removedTools.length) extra.push(`${count(c.removedTools.length)} no longer exposed`);
  if (c.unknownServers.length)
    extra.push(`${plural(c.unknownServers.length, 'server')} unknown until synced`);
  if (c.unavailableServers?.length) extra.push(`${plural(c.unavailableServers.length, 'server')} in Error`);
  if (c.longNames.length) extra.push(`${plural(c.longNames.length, 'name')} over 64 characters`);
  const what = `${plural(c.tools.length, 'tool')} and ${plural(c.prompts.length, 'prompt')}`;
  return `McpPortal/${c.portal} will expose ${what}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

/**
 * `30 tools, 6,900 tokens full / 540 minimize_tools / 310 search_and_execute / 350 code mode`; when some
 * servers are unknown until synced, the counts that depend on them are lower bounds, marked `≥`.
 */
export function contextPhrase(c: ContextCost): string {
  const n = count;
  const min = c.partial ? '≥' : '';
  const { full, minimize_tools, search_and_execute, code } = c.tokens;
  return (
    `${min}${plural(c.tools, 'tool')}, ${min}${n(full)} tokens full / ${min}${n(minimize_tools)} minimize_tools` +
    ` / ${n(search_and_execute)} search_and_execute / ${n(code)} code mode`
  );
}

/** One line per portal: `engineering: 30 tools, 6,900 tokens full / ...`, with a note when partial. */
export const contextLine = (portal: string, c: ContextCost) =>
  `${portal}: ${contextPhrase(c)}${c.partial ? ' (≥: the tools of servers unknown until synced are not counted)' : ''}`;

/** The heading of the context-cost lines. */
export const CONTEXT_HEADING =
  'Context cost per connection (o200k_base tokens of tools/list, by context mode)';

export function unmanagedNote(u: Unmanaged, plan: Plan): string {
  if (u.owners?.length) return `managed by owner ${u.owners.join(', ')}; never deleted`;
  if (!u.owned) return 'not created by this tool; never deleted';
  const deleted = plan.resources.some((r) => r.action === 'delete' && r.kind === u.kind && r.name === u.name);
  if (deleted) return 'owned by this tool; deleted by this plan (--prune)';
  if (!plan.prune) return 'owned by this tool; would be deleted with --prune';
  return 'owned by this tool; kept (see the diagnostics)';
}

export const unmanagedLabel = (u: Unmanaged) => `${address(u)}${u.id !== u.name ? ` (id ${u.id})` : ''}`;

export function diagnosticLocation(d: Diagnostic): string {
  if (!d.source) return '';
  return `${d.source.file}:${d.source.start.line}:${d.source.start.column}`;
}

export const diagnosticMessage = (d: Diagnostic) =>
  `${d.message}${d.suggestion ? ` (did you mean ${JSON.stringify(d.suggestion)}?)` : ''}`;

export function renderText(plan: Plan, color = false): string {
  const c = createColors(color);
  const paint: Record<Action, (s: string) => string> = {
    create: c.green,
    update: c.yellow,
    replace: c.magenta,
    delete: c.red,
    noop: (s) => s,
  };
  const opPaint = { add: c.green, remove: c.red, change: c.yellow };
  const opSymbol = { add: '+', remove: '-', change: '~' };
  const out: string[] = [`Target: ${targetLine(plan)}`, ''];

  const listed = plan.resources.filter(isListed);
  if (listed.length) {
    out.push('Changes, in apply order:', '');
    for (const r of listed) {
      const reason = reasonOf(r);
      out.push(
        `  ${paint[r.action](ACTION_SYMBOL[r.action])} ${c.bold(address(r))}${reason ? ` ${c.dim(`(${reason})`)}` : ''}`,
      );
      for (const f of fieldLines(r)) {
        const added = r.action === 'create' ? '' : ' (added)';
        const value =
          f.op === 'add'
            ? `${f.after}${added}`
            : f.op === 'remove'
              ? `${f.before} (removed)`
              : `${f.before} -> ${f.after}`;
        const note = f.note
          ? `  ${f.note === 'forces replacement' ? c.red(`# ${f.note}`) : c.dim(`# ${f.note}`)}`
          : '';
        out.push(`      ${opPaint[f.op](opSymbol[f.op])} ${f.path}: ${value}${note}`);
      }
      for (const n of resourceNotes(r, plan)) out.push(`      ${c.dim(`# ${n}`)}`);
    }
    out.push('');
  }
  const unchanged = counts(plan).unchanged;
  if (unchanged) out.push(`${plural(unchanged, 'resource')} unchanged.`, '');

  if (plan.consequences.length) {
    out.push('Consequences (what each portal will expose, from the last capability sync):', '');
    for (const p of plan.consequences) {
      out.push(`  ${consequenceHeadline(p)}`);
      const added = new Set(p.addedTools);
      const long = new Set(p.longNames);
      for (const t of p.tools) {
        const mark = added.has(t.name) ? c.green('+') : ' ';
        const flag = long.has(t.name) ? `  ${c.yellow(`# ${t.name.length} characters, over 64`)}` : '';
        out.push(`    ${mark} ${t.name}${added.has(t.name) ? c.dim('  # newly exposed') : ''}${flag}`);
      }
      for (const t of p.removedTools) out.push(`    ${c.red('-')} ${t}${c.dim('  # no longer exposed')}`);
      if (p.prompts.length) out.push(`    prompts: ${p.prompts.map((x) => x.name).join(', ')}`);
      if (p.unknownServers.length) {
        out.push(`    ${c.yellow('unknown until synced')}: ${p.unknownServers.join(', ')}`);
      }
      if (p.unavailableServers?.length) {
        out.push(`    ${c.yellow('in Error, exposing nothing')}: ${p.unavailableServers.join(', ')}`);
      }
      const longPrompts = p.longNames.filter((n) => !p.tools.some((t) => t.name === n));
      if (longPrompts.length) out.push(`    ${c.yellow('over 64 characters')}: ${longPrompts.join(', ')}`);
    }
    out.push('');
  }

  const costs = plan.consequences.filter((p) => p.context);
  if (costs.length) {
    out.push(`${CONTEXT_HEADING}:`, '');
    for (const p of costs) if (p.context) out.push(`  ${contextLine(p.portal, p.context)}`);
    out.push('');
  }

  if (plan.unmanaged.length) {
    out.push('Not in the manifests:', '');
    for (const u of plan.unmanaged) {
      const note = unmanagedNote(u, plan);
      out.push(`  ${unmanagedLabel(u)}: ${u.owned && !note.includes('kept') ? c.yellow(note) : note}`);
    }
    out.push('');
  }

  if (plan.diagnostics.length) {
    out.push('Diagnostics:', '');
    for (const d of plan.diagnostics) {
      const sev = d.severity === 'error' ? c.red(c.bold('error')) : c.yellow(c.bold('warning'));
      const where = diagnosticLocation(d);
      out.push(`  ${where ? `${where}: ` : ''}${sev} ${c.dim(d.code)}: ${diagnosticMessage(d)}`);
      if (d.detail) for (const line of d.detail.split('\n')) out.push(`      ${c.dim('=')} ${line}`);
    }
    out.push('');
  }

  out.push(c.bold(summaryLine(plan)));
  const errored = erroredLine(plan);
  if (errored) out.push(c.red(c.bold(errored)));
  const resync = resyncLine(plan);
  if (resync) out.push(c.yellow(resync));
  const tag = tagLine(plan);
  if (tag) out.push(tag);
  out.push(c.dim(apiCallsLine(plan)));
  return `${out.join('\n')}\n`;
}
