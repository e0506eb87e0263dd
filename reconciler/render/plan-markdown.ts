/**
 * The plan as a pull-request comment in the style of Atlantis/tfcmt: a hidden marker (so CI updates the
 * comment in place), the result as a title, a counts table, a loud warning for deletes and replaces,
 * address lists, per-resource collapsible diffs, consequences, unmanaged objects, diagnostics and the
 * target. Kept under `maxChars` by dropping detail progressively, with a notice saying what was left out.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Plan, PortalConsequence, ResourceChange, Unmanaged } from '../plan/types.js';
import { ACTION_SYMBOL } from '../plan/types.js';
import {
  ACTION_VERB,
  address,
  CONTEXT_HEADING,
  consequenceHeadline,
  contextLine,
  count,
  counts,
  countsPhrase,
  diagnosticLocation,
  diagnosticMessage,
  errorCount,
  erroredLine,
  fieldLines,
  hasChanges,
  isListed,
  plural,
  reasonOf,
  resourceNotes,
  unmanagedLabel,
  unmanagedNote,
} from './plan-text.js';

/** Under GitHub's 65,536-character comment limit, with room for a CI link or a footer. */
export const DEFAULT_MAX_CHARS = 65_000;
export const GITHUB_COMMENT_LIMIT = 65_536;
/** The hidden marker CI searches for to update the previous plan comment in place. */
export const PLAN_MARKER = '<!-- mcp-portals:plan -->';

/** HTML-escapes text placed in HTML (summaries) or in Markdown paragraphs. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const longestRun = (s: string, ch: string) => {
  let best = 0;
  let run = 0;
  for (const x of s) {
    run = x === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
};

/** Inline code that survives backticks in its content. */
function code(s: string): string {
  const tick = '`'.repeat(longestRun(s, '`') + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${tick}${pad}${s.replace(/\n/g, ' ')}${pad}${tick}`;
}

/** A fenced code block whose fence is longer than any backtick run inside. */
function fenced(lang: string, lines: readonly string[]): string {
  const body = lines.join('\n');
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${fence}${lang}\n${body}\n${fence}`;
}

function resourceBlock(r: ResourceChange, plan: Plan): string {
  const adoptOnly = r.action === 'noop' && r.adopt;
  const label = adoptOnly ? address(r) : `${ACTION_SYMBOL[r.action]} ${address(r)}`;
  const reason = adoptOnly ? r.reason : reasonOf(r);
  const verb = adoptOnly ? 'adopt' : ACTION_VERB[r.action];
  const summary = `<code>${esc(label)}</code> ${verb}${reason ? `: ${esc(reason)}` : ''}`;
  const diff: string[] = [];
  for (const f of fieldLines(r)) {
    const note = f.note ? `  # ${f.note}` : '';
    if (f.op !== 'add') diff.push(`- ${f.path}: ${f.before}${f.op === 'remove' ? note : ''}`);
    if (f.op !== 'remove') diff.push(`+ ${f.path}: ${f.after}${note}`);
  }
  const notes = resourceNotes(r, plan).map((n) => `* ${esc(n)}`);
  if (r.id && r.action !== 'create') notes.unshift(`* id: ${code(r.id)}`);
  return [
    `<details><summary>${summary}</summary>`,
    '',
    ...(diff.length ? [fenced('diff', diff), ''] : []),
    ...(notes.length ? [...notes, ''] : []),
    '</details>',
  ].join('\n');
}

function portalBlock(c: PortalConsequence): string {
  const headline = esc(consequenceHeadline(c)).replace(
    `McpPortal/${esc(c.portal)}`,
    (a) => `<code>${a}</code>`,
  );
  const added = new Set(c.addedTools);
  const long = new Set(c.longNames);
  const lines = c.tools.map(
    (t) =>
      `${added.has(t.name) ? '+' : ' '} ${t.name}${long.has(t.name) ? `  # ${t.name.length} characters, over 64` : ''}`,
  );
  for (const t of c.removedTools) lines.push(`- ${t}`);
  const body: string[] = [];
  if (lines.length) body.push(fenced('diff', lines), '');
  if (c.prompts.length) body.push(`Prompts: ${c.prompts.map((p) => code(p.name)).join(', ')}`, '');
  if (c.unknownServers.length) {
    body.push(
      `Unknown until synced (their tools are known after the first sync): ${c.unknownServers.map(code).join(', ')}`,
      '',
    );
  }
  if (c.longNames.length) {
    body.push(`Over 64 characters (some MCP clients reject them): ${c.longNames.map(code).join(', ')}`, '');
  }
  return [`<details><summary>${headline}</summary>`, '', ...body, '</details>'].join('\n');
}

/** How much detail a rendering keeps. */
interface View {
  /** Indices (into the listed resources) whose diff blocks are left out. */
  hidden: ReadonlySet<number>;
  /** Per-portal tool lists (otherwise one line per portal). */
  portalLists: boolean;
  /** The consequences section at all. */
  portals: boolean;
  /** Most entries shown per list (addresses, deletes, unmanaged objects, diagnostics). */
  cap: number;
}

const FULL: View = { hidden: new Set(), portalLists: true, portals: true, cap: Number.POSITIVE_INFINITY };

/** The pieces of the comment, rendered once; a view picks how much of them to keep. */
interface Parts {
  head: string[];
  warning: { intro: string[]; items: string[] } | undefined;
  groups: { label: string; items: string[] }[];
  blocks: string[];
  portalBlocks: string[];
  portalLines: string[];
  contextLines: string[];
  unmanaged: string[];
  diagnostics: string[];
  footer: string[];
}

function title(plan: Plan): string {
  if (plan.errored) {
    const n = errorCount(plan);
    return `### Plan failed: ${n ? plural(n, 'error') : 'errors'}, nothing can be applied`;
  }
  const c = counts(plan);
  return hasChanges(c) ? `### Plan: ${countsPhrase(c)}` : '### Plan: No changes';
}

function head(plan: Plan): string[] {
  const c = counts(plan);
  const cols: [string, number][] = [
    ['Create', c.create],
    ['Update', c.update],
    ['Replace', c.replace],
    ['Delete', c.delete],
    ...(c.adopt ? ([['Adopt', c.adopt]] as [string, number][]) : []),
    ['Unchanged', c.unchanged],
  ];
  const errored = erroredLine(plan);
  return [
    PLAN_MARKER,
    title(plan),
    '',
    `| ${cols.map(([k]) => k).join(' | ')} |`,
    `|${cols.map(() => ' ---: ').join('|')}|`,
    `| ${cols.map(([, v]) => count(v)).join(' | ')} |`,
    '',
    ...(errored ? ['> [!CAUTION]', `> **${errored}** Fix the diagnostics below and plan again.`, ''] : []),
  ];
}

function warning(plan: Plan): Parts['warning'] {
  const risky = plan.resources.filter((r) => r.action === 'delete' || r.action === 'replace');
  if (!risky.length) return undefined;
  const c = counts(plan);
  const what = [
    ...(c.delete ? [`deletes ${plural(c.delete, 'resource')}`] : []),
    ...(c.replace ? [`replaces ${plural(c.replace, 'resource')} (deleted, then created again)`] : []),
  ].join(' and ');
  return {
    intro: ['> [!WARNING]', `> **This plan ${what}.** Review these before applying:`, '>'],
    items: risky.map((r) => `> - **${r.action}** ${code(address(r))}${r.reason ? `: ${esc(r.reason)}` : ''}`),
  };
}

function groups(plan: Plan): Parts['groups'] {
  const by = (label: string, keep: (r: ResourceChange) => boolean) => ({
    label,
    items: plan.resources.filter(keep).map((r) => code(address(r))),
  });
  return [
    by('Create', (r) => r.action === 'create'),
    by('Update', (r) => r.action === 'update'),
    by('Replace', (r) => r.action === 'replace'),
    by('Delete', (r) => r.action === 'delete'),
    by('Adopt', (r) => r.action === 'noop' && Boolean(r.adopt)),
  ].filter((g) => g.items.length);
}

const portalLine = (c: PortalConsequence) =>
  `* ${esc(consequenceHeadline(c)).replace(`McpPortal/${esc(c.portal)}`, (a) => code(a))}`;

const unmanagedLine = (u: Unmanaged, plan: Plan) =>
  `* ${code(unmanagedLabel(u))}: ${esc(unmanagedNote(u, plan)).replace('--prune', '`--prune`')}`;

function diagnosticLine(d: Diagnostic): string {
  const where = diagnosticLocation(d);
  const detail = d.detail ? ` — ${esc(d.detail.replace(/\s*\n\s*/g, ' '))}` : '';
  return `* **${d.severity}** ${code(d.code)}${where ? ` at ${code(where)}` : ''}: ${esc(diagnosticMessage(d))}${detail}`;
}

function footer(plan: Plan): string[] {
  const { api_url, account_id, embedded } = plan.target;
  const target = `Target ${code(api_url)}, account ${code(account_id)}${embedded ? ' (embedded portal)' : ''}`;
  const { observe, apply_estimate: apply } = plan.api_calls;
  const calls = `${apply ? `about ${plural(apply, 'API call')}` : 'no API calls'} to apply (${count(observe)} made to plan)`;
  const version = `\`format_version\` ${esc(plan.format_version)}`;
  return [`<sub>${target} · ${calls} · ${version} · planned ${esc(plan.created_at)}</sub>`];
}

function parts(plan: Plan, listed: readonly ResourceChange[]): Parts {
  return {
    head: head(plan),
    warning: warning(plan),
    groups: groups(plan),
    blocks: listed.map((r) => resourceBlock(r, plan)),
    portalBlocks: plan.consequences.map(portalBlock),
    portalLines: plan.consequences.map(portalLine),
    contextLines: plan.consequences.flatMap((c) =>
      c.context ? [`* ${esc(contextLine(c.portal, c.context)).replace(esc(c.portal), (a) => code(a))}`] : [],
    ),
    unmanaged: plan.unmanaged.map((u) => unmanagedLine(u, plan)),
    diagnostics: plan.diagnostics.map(diagnosticLine),
    footer: footer(plan),
  };
}

const more = (n: number) => `${count(n)} more`;

/** The first `cap` lines, then one "N more" line made by `tail`. */
function cut(lines: readonly string[], cap: number, tail: (rest: string) => string): string[] {
  if (lines.length <= cap) return [...lines];
  const shown = lines.slice(0, cap);
  return [...shown, tail(`${shown.length ? 'and ' : ''}${more(lines.length - shown.length)}`)];
}

function section(heading: string, body: readonly string[]): string[] {
  return body.length ? [`#### ${heading}`, '', ...body, ''] : [];
}

function compose(p: Parts, view: View, notice: readonly string[]): string {
  const { cap } = view;
  const shown = p.blocks.filter((_, i) => !view.hidden.has(i));
  const left = p.blocks.length - shown.length;
  const changes = [
    ...shown.flatMap((b) => [b, '']),
    ...(left
      ? [
          `_The diffs of ${plural(left, 'resource')} are left out to fit the comment limit (see the note below)._`,
        ]
      : []),
  ];
  const portals = !p.portalBlocks.length
    ? []
    : [
        '_What each portal will expose after apply, from the last capability sync._',
        '',
        ...(!view.portals
          ? [`_Left out for ${plural(p.portalBlocks.length, 'portal')} to fit the comment limit._`]
          : view.portalLists
            ? p.portalBlocks.flatMap((b) => [b, ''])
            : p.portalLines),
      ];
  const lines = [
    ...p.head,
    ...(p.warning ? [...p.warning.intro, ...cut(p.warning.items, cap, (rest) => `> - ${rest}`), ''] : []),
    ...p.groups.map(
      (g) => `* **${g.label}** (${count(g.items.length)}): ${cut(g.items, cap, (rest) => rest).join(', ')}`,
    ),
    ...(p.groups.length ? [''] : []),
    ...section('Changes', changes),
    ...section('Consequences', portals),
    ...section(
      CONTEXT_HEADING,
      cut(p.contextLines, cap, (rest) => `* ${rest}`),
    ),
    ...section(
      'Not in the manifests',
      cut(p.unmanaged, cap, (rest) => `* ${rest}`),
    ),
    ...section(
      'Diagnostics',
      cut(p.diagnostics, cap, (rest) => `* ${rest}`),
    ),
    ...notice,
    ...p.footer,
  ];
  return `${lines.join('\n')}\n`;
}

function truncationNotice(plan: Plan, view: View, maxChars: number, listed: number): string[] {
  const left: string[] = [];
  if (view.hidden.size) {
    left.push(
      `the diffs of ${plural(view.hidden.size, 'resource')}${view.hidden.size === listed ? ' (all)' : ''}`,
    );
  }
  if (!view.portals) left.push(`the consequences for ${plural(plan.consequences.length, 'portal')}`);
  else if (!view.portalLists) left.push(`the tool lists of ${plural(plan.consequences.length, 'portal')}`);
  if (view.cap === 0) left.push('the address lists');
  else if (Number.isFinite(view.cap)) left.push(`list entries past the first ${count(view.cap)}`);
  const list = left.length > 1 ? `${left.slice(0, -1).join(', ')} and ${left.at(-1)}` : left[0];
  const limit = count(GITHUB_COMMENT_LIMIT);
  return [
    '> [!NOTE]',
    `> **This plan is shortened to fit in ${count(maxChars)} characters** (GitHub comments hold ${limit})${list ? `: it leaves out ${list}` : ''}.`,
    '> For the full plan run `portalctl plan --format json` (or `--format text`), or download the plan artifact of this CI run.',
    '',
  ];
}

const SHORT_NOTICE = '> [!NOTE]\n> Shortened. Full plan: `portalctl plan --format json`.\n';

/** Room kept for the truncation notice and the "diffs left out" line when choosing diffs to drop. */
const NOTICE_RESERVE = 800;

export function renderMarkdown(plan: Plan, opts: { maxChars?: number } = {}): string {
  const max = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const listed = plan.resources.filter(isListed);
  const p = parts(plan, listed);
  const render = (view: View) =>
    compose(p, view, view === FULL ? [] : truncationNotice(plan, view, max, listed.length));

  const full = render(FULL);
  if (full.length <= max) return full;

  // 1. Drop the diffs of the largest resources first, until the rest fits.
  const hidden = new Set<number>();
  let length = full.length + NOTICE_RESERVE;
  const size = (i: number) => p.blocks[i]?.length ?? 0;
  for (const i of p.blocks.map((_, i) => i).sort((a, b) => size(b) - size(a) || a - b)) {
    if (length <= max) break;
    hidden.add(i);
    length -= size(i) + 1;
  }
  let view: View = { ...FULL, hidden };
  let out = render(view);
  if (out.length <= max) return out;

  // 2. Then the per-portal tool lists, 3. then the consequences altogether.
  for (const next of [{ portalLists: false }, { portals: false }]) {
    view = { ...view, ...next };
    out = render(view);
    if (out.length <= max) return out;
  }

  // 4. Then cut every list to the longest length that fits.
  let lo = 0;
  let hi = Math.max(plan.resources.length, plan.unmanaged.length, plan.diagnostics.length);
  let best: string | undefined;
  while (lo <= hi) {
    const cap = Math.floor((lo + hi) / 2);
    const attempt = render({ ...view, cap });
    if (attempt.length <= max) {
      best = attempt;
      lo = cap + 1;
    } else {
      hi = cap - 1;
    }
  }
  if (best) return best;

  // 5. Last resort (a tiny maxChars): cut on a line boundary, keep the title and a notice after a blank
  // line (which also ends any quote block the cut lands in).
  const minimal = render({ ...view, cap: 0 });
  const top = `${PLAN_MARKER}\n${title(plan)}\n`;
  const long = `\n${truncationNotice(plan, { ...view, cap: 0 }, max, listed.length).join('\n')}`;
  for (const notice of [long, `\n${SHORT_NOTICE}`]) {
    const at = minimal.lastIndexOf('\n', max - notice.length - 1);
    if (at + 1 >= top.length) return `${minimal.slice(0, at + 1)}${notice}`;
  }
  return `${top}\n${SHORT_NOTICE}`.slice(0, max);
}
