/**
 * The plan as GitHub Actions workflow commands: a `::notice` with the summary, a `::warning` for every
 * delete and replace, a notice for each credential change (masked), notices for tools a portal newly
 * exposes or stops exposing, and one annotation per diagnostic (on its manifest line when it has a
 * source). Escaping as in `render/diagnostics.ts`.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Plan } from '../plan/types.js';
import { MASK } from '../secrets.js';
import {
  address,
  apiCallsLine,
  contextPhrase,
  diagnosticMessage,
  erroredLine,
  formatValue,
  plural,
  resourceNotes,
  summaryLine,
  targetLine,
} from './plan-text.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(
  name: 'notice' | 'warning' | 'error',
  props: Record<string, string | number>,
  message: string,
) {
  const list = Object.entries(props).map(([k, v]) => `${k}=${typeof v === 'number' ? v : escapeProperty(v)}`);
  return `::${name}${list.length ? ` ${list.join(',')}` : ''}::${escapeData(message)}`;
}

function diagnosticCommand(d: Diagnostic): string {
  const props: Record<string, string | number> = {};
  if (d.source) {
    const { file, start, end } = d.source;
    Object.assign(props, {
      file,
      line: start.line,
      col: start.column,
      endLine: end.line,
      endColumn: end.column,
    });
  }
  props.title = d.code;
  return command(
    d.severity === 'error' ? 'error' : 'warning',
    props,
    `${diagnosticMessage(d)}${d.detail ? `\n${d.detail}` : ''}`,
  );
}

export function renderGithub(plan: Plan): string {
  const lines: string[] = [];
  const summary = [summaryLine(plan), erroredLine(plan), apiCallsLine(plan), `Target: ${targetLine(plan)}`];
  lines.push(command('notice', { title: 'portalctl plan' }, summary.filter(Boolean).join('\n')));

  for (const r of plan.resources) {
    if (r.action !== 'delete' && r.action !== 'replace') continue;
    const verb = r.action === 'delete' ? 'will be deleted' : 'will be replaced (deleted, then created again)';
    const detail = [r.reason, ...resourceNotes(r, plan)].filter(Boolean).join('\n');
    lines.push(
      command(
        'warning',
        { title: `${address(r)} ${verb}` },
        `${address(r)} ${verb}${detail ? `\n${detail}` : ''}`,
      ),
    );
  }

  // Credential changes are security-relevant: say that they change, never what they are.
  for (const r of plan.resources) {
    const secret = r.changes.filter((c) => c.before === MASK || c.after === MASK);
    if (!secret.length) continue;
    const what = secret.map(
      (c) => `${c.path}: ${formatValue(c.before)} -> ${formatValue(c.after)} (value changed, not shown)`,
    );
    lines.push(command('notice', { title: `${address(r)} credentials` }, what.join('\n')));
  }

  for (const c of plan.consequences) {
    const title = `McpPortal/${c.portal}`;
    // Only where the tool list changes (GitHub shows few notices per step; the cost of the rest is unchanged).
    if (c.context && (c.addedTools.length || c.removedTools.length)) {
      lines.push(command('notice', { title }, `tool list cost per connection: ${contextPhrase(c.context)}`));
    }
    if (c.addedTools.length) {
      lines.push(
        command(
          'notice',
          { title },
          `newly exposes ${plural(c.addedTools.length, 'tool')}: ${c.addedTools.join(', ')}`,
        ),
      );
    }
    if (c.removedTools.length) {
      lines.push(
        command(
          'notice',
          { title },
          `no longer exposes ${plural(c.removedTools.length, 'tool')}: ${c.removedTools.join(', ')}`,
        ),
      );
    }
    if (c.longNames.length) {
      lines.push(
        command(
          'warning',
          { title },
          `exposes ${plural(c.longNames.length, 'name')} over 64 characters: ${c.longNames.join(', ')}`,
        ),
      );
    }
  }

  for (const d of plan.diagnostics) lines.push(diagnosticCommand(d));
  return `${lines.join('\n')}\n`;
}
