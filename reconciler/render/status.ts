/**
 * Renders resource statuses: a table for people (cli-table3), JSON, or YAML of the manifests with a
 * `status:` block added, the way `kubectl get -o yaml` shows an object with its status.
 */
import Table from 'cli-table3';
import { createColors } from 'picocolors';
import { stringify } from 'yaml';
import type { ResourceStatus } from '../status.js';
import { CONTEXT_HEADING, contextLine } from './plan-text.js';

/** "MAJOR.MINOR"; minor versions only add fields. 1.1 added a portal's `context` (token costs). */
export const STATUS_FORMAT_VERSION = '1.1';

export function renderStatusTable(rows: readonly ResourceStatus[], color = false): string {
  if (rows.length === 0) return 'No resources.\n';
  const c = createColors(color);
  const paint = (phase: string) =>
    phase === 'Ready' ? c.green(phase) : phase === 'Error' ? c.red(phase) : c.yellow(phase);
  const table = new Table({
    head: ['KIND', 'NAME', 'STATUS', 'REASON', 'TOOLS', 'PROMPTS', 'LAST SYNC', 'MESSAGE'],
    style: { head: color ? ['bold'] : [], border: color ? ['grey'] : [] },
    wordWrap: true,
    // No rule between rows: one line per resource, like `kubectl get`.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colWidths: [null, null, null, null, null, null, null, 60] as never,
  });
  for (const r of rows) {
    table.push([
      r.kind,
      r.name,
      paint(r.phase),
      r.reason,
      r.tools ?? '',
      r.prompts ?? '',
      r.lastSynced ? r.lastSynced.replace(/\.\d+Z$/, 'Z') : '',
      r.message,
    ]);
  }
  const costs = rows.flatMap((r) =>
    r.context ? [`  ${contextLine(`${r.kind}/${r.name}`, r.context)}`] : [],
  );
  return `${table.toString()}\n${costs.length ? `\n${CONTEXT_HEADING}:\n\n${costs.join('\n')}\n` : ''}`;
}

export function renderStatusJson(rows: readonly ResourceStatus[]): string {
  return `${JSON.stringify({ format_version: STATUS_FORMAT_VERSION, resources: rows }, null, 2)}\n`;
}

/** Manifests (plain objects) each followed by its status block, as a YAML stream. */
export function renderStatusYaml(docs: readonly { manifest: object; status?: ResourceStatus }[]): string {
  return docs
    .map(({ manifest, status }) => {
      if (!status) return stringify(manifest, { lineWidth: 0 });
      const { kind: _k, name: _n, phase, reason, message, ...rest } = status;
      return stringify({ ...manifest, status: { phase, reason, message, ...rest } }, { lineWidth: 0 });
    })
    .join('---\n');
}
