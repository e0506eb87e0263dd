/**
 * Renders a drift report: text for people, markdown for an issue or PR comment, JSON (versioned) for
 * machines, and GitHub annotations for a scheduled workflow's summary. Each item says where it comes from
 * (a pending manifest change, an edit outside the manifests, both); other owners' objects are listed apart.
 */
import { createColors } from 'picocolors';
import { type DriftItem, type DriftReport, isDrift } from '../drift.js';
import type { Json } from '../plan/diff.js';

export type DriftFormat = 'text' | 'markdown' | 'json' | 'github';

const show = (v: Json | undefined) => (v === undefined ? '(absent)' : JSON.stringify(v));

/** The word in the first column, and what the item means, for people. */
export function describeItem(i: DriftItem): { label: string; why: string } {
  if (i.class === 'missing') {
    if (i.origin === 'pending') return { label: 'pending', why: 'new in the manifests, not applied yet' };
    if (i.origin === 'drift')
      return { label: 'drift', why: 'deleted outside the manifests since the last apply' };
    return { label: 'missing', why: 'not found live (no last-applied record: counted as drift)' };
  }
  if (i.class === 'unmanaged') {
    const prune = i.owned ? ': apply --prune deletes it' : '';
    if (i.origin === 'pending')
      return { label: 'pending', why: `removed from the manifests since the last apply${prune}` };
    return {
      label: 'unmanaged',
      why: `exists live, not in the manifests${i.owned ? ` (owned by this tool${prune})` : ''}`,
    };
  }
  if (i.origin === 'pending') return { label: 'pending', why: 'manifest changed since the last apply' };
  if (i.origin === 'drift') return { label: 'drift', why: 'edited outside the manifests' };
  if (i.origin === 'both')
    return { label: 'both', why: 'manifest changed since the last apply, and edited outside the manifests' };
  return { label: 'changed', why: 'differs (no last-applied record: counted as drift; apply records one)' };
}

function lines(report: DriftReport): string[] {
  const out: string[] = [];
  for (const item of report.items) {
    const { label, why } = describeItem(item);
    out.push(`${label.padEnd(10)} ${item.kind}/${item.name}: ${why}`);
    for (const c of item.changes ?? [])
      out.push(`             ${c.path}: ${show(c.after)} in the manifests, ${show(c.before)} live`);
  }
  return out;
}

function otherLines(report: DriftReport): string[] {
  return report.others.map((o) => `${o.kind}/${o.name} (owner ${o.owners.join(', ')})`);
}

function capabilityLines(report: DriftReport): string[] {
  return report.capabilities.flatMap((c) =>
    c.staleOverrides.length
      ? [`${c.server}: overrides name what the last sync did not find: ${c.staleOverrides.join(', ')}`]
      : [],
  );
}

export function headline(report: DriftReport): string {
  const drift = report.items.filter(isDrift).length;
  const pending = report.items.length - drift;
  const pendingNote = pending ? `${pending} manifest change(s) not applied yet (pending)` : '';
  if (drift)
    return `Drift: ${drift} item(s) changed outside the manifests${pending ? `; ${pendingNote}` : ''}.`;
  if (pending) return `No drift: the live state is as last applied; ${pendingNote}.`;
  return 'No drift: the live state matches the manifests.';
}

export function renderDrift(format: DriftFormat, report: DriftReport, color = false): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const title = headline(report);
  const drift = report.items.some(isDrift);
  const others = otherLines(report);
  const caps = capabilityLines(report);
  if (format === 'github') {
    const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return `${[
      ...report.items.map((i) => {
        const { label, why } = describeItem(i);
        return `::${isDrift(i) ? 'warning' : 'notice'} title=drift/${label}::${esc(`${i.kind}/${i.name}: ${why}`)}`;
      }),
      ...others.map((l) => `::notice title=other owner (not drift)::${esc(l)}`),
      ...caps.map((l) => `::notice title=upstream capabilities::${esc(l)}`),
      `::${drift ? 'error' : 'notice'} title=drift::${esc(title)}`,
    ].join('\n')}\n`;
  }
  const section = (summary: string, list: string[]) =>
    list.length
      ? ['', `<details><summary>${summary}</summary>`, '', ...list.map((l) => `- ${l}`), '', '</details>']
      : [];
  if (format === 'markdown') {
    const body = report.items.length ? ['```', ...lines(report), '```'] : [];
    return `${[
      '<!-- mcp-portals:drift -->',
      `### ${title}`,
      '',
      ...body,
      ...section('Managed by other owners (not drift)', others),
      ...section('Upstream capability notes (not drift)', caps),
      '',
      `Target: \`${report.target.api_url}\`, account \`${report.target.account_id}\`.`,
    ].join('\n')}\n`;
  }
  const c = createColors(color);
  return `${[
    ...lines(report),
    ...(others.length
      ? ['', c.dim('Managed by other owners (not drift):'), ...others.map((l) => `  ${l}`)]
      : []),
    ...(caps.length
      ? ['', c.dim('Upstream capability notes (not drift):'), ...caps.map((l) => `  ${l}`)]
      : []),
    ...(report.items.length ? [''] : []),
    drift ? c.yellow(title) : c.green(title),
  ].join('\n')}\n`;
}
