/**
 * Renders a drift report: text for people, markdown for an issue or PR comment, JSON (versioned) for
 * machines, and GitHub annotations for a scheduled workflow's summary.
 */
import { createColors } from 'picocolors';
import type { DriftReport } from '../drift.js';
import type { Json } from '../plan/diff.js';

export type DriftFormat = 'text' | 'markdown' | 'json' | 'github';

const show = (v: Json | undefined) => (v === undefined ? '(absent)' : JSON.stringify(v));

function lines(report: DriftReport): string[] {
  const out: string[] = [];
  for (const item of report.items) {
    if (item.class === 'changed') {
      out.push(`changed    ${item.kind}/${item.name} (edited outside the manifests)`);
      for (const c of item.changes ?? [])
        out.push(`             ${c.path}: ${show(c.after)} in the manifests, ${show(c.before)} live`);
    } else if (item.class === 'missing') {
      out.push(`missing    ${item.kind}/${item.name} (deleted outside the manifests)`);
    } else {
      out.push(
        `unmanaged  ${item.kind}/${item.name}${item.owned ? ' (owned by this tool: apply --prune deletes it)' : ''}`,
      );
    }
  }
  return out;
}

function capabilityLines(report: DriftReport): string[] {
  return report.capabilities.flatMap((c) =>
    c.staleOverrides.length
      ? [`${c.server}: overrides name what the last sync did not find: ${c.staleOverrides.join(', ')}`]
      : [],
  );
}

export function renderDrift(format: DriftFormat, report: DriftReport, color = false): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const count = report.items.length;
  const headline = count
    ? `Drift: ${count} item(s) differ from the manifests.`
    : 'No drift: the live state matches the manifests.';
  if (format === 'github') {
    const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return `${[
      ...report.items.map(
        (i) => `::warning title=drift/${i.class}::${esc(`${i.kind}/${i.name} is ${i.class}`)}`,
      ),
      ...capabilityLines(report).map((l) => `::notice title=upstream capabilities::${esc(l)}`),
      `::${count ? 'error' : 'notice'} title=drift::${esc(headline)}`,
    ].join('\n')}\n`;
  }
  if (format === 'markdown') {
    const body = count ? ['```', ...lines(report), '```'] : [];
    const caps = capabilityLines(report);
    return `${[
      '<!-- mcp-portals:drift -->',
      `### ${headline}`,
      '',
      ...body,
      ...(caps.length
        ? [
            '',
            '<details><summary>Upstream capability notes (not drift)</summary>',
            '',
            ...caps.map((l) => `- ${l}`),
            '',
            '</details>',
          ]
        : []),
      '',
      `Target: \`${report.target.api_url}\`, account \`${report.target.account_id}\`.`,
    ].join('\n')}\n`;
  }
  const c = createColors(color);
  const caps = capabilityLines(report);
  return `${[
    ...lines(report),
    ...(caps.length
      ? ['', c.dim('Upstream capability notes (not drift):'), ...caps.map((l) => `  ${l}`)]
      : []),
    ...(count ? [''] : []),
    count ? c.yellow(headline) : c.green(headline),
  ].join('\n')}\n`;
}
