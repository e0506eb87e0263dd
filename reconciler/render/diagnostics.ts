/**
 * Renders diagnostics for people and machines: `text` (file:line:col, the source line and a caret),
 * `json` (a versioned document, schema in schemas/output/diagnostics.schema.json) and `github`
 * (workflow-command annotations).
 */
import { createColors } from 'picocolors';
import type { Diagnostic } from '../diagnostics.js';

export type DiagnosticsFormat = 'text' | 'json' | 'github';
export const DIAGNOSTICS_FORMAT_VERSION = 1;

export interface DiagnosticsReport {
  diagnostics: readonly Diagnostic[];
  files: number;
  documents: number;
  valid: boolean;
  texts?: ReadonlyMap<string, string>;
}

const counts = (list: readonly Diagnostic[]) => ({
  errors: list.filter((d) => d.severity === 'error').length,
  warnings: list.filter((d) => d.severity === 'warning').length,
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function location(d: Diagnostic): string {
  if (!d.source) return '';
  return `${d.source.file}:${d.source.start.line}:${d.source.start.column}: `;
}

/** The source line of a diagnostic with a caret run under its range (first line only). */
function excerpt(
  d: Diagnostic,
  texts: ReadonlyMap<string, string> | undefined,
  dim: (s: string) => string,
): string[] {
  const text = d.source && texts?.get(d.source.file);
  if (!text || !d.source) return [];
  const { start, end } = d.source;
  const line = text.split('\n')[start.line - 1]?.replace(/\r$/, '');
  if (line === undefined) return [];
  const width =
    end.line === start.line
      ? Math.max(1, end.column - start.column)
      : Math.max(1, line.length - start.column + 1);
  const gutter = String(start.line).padStart(5);
  return [
    `${dim(`${gutter} |`)} ${line}`,
    `${dim(`${' '.repeat(5)} |`)} ${' '.repeat(start.column - 1)}${'^'.repeat(width)}`,
  ];
}

export function renderText(report: DiagnosticsReport, color = false): string {
  const c = createColors(color);
  const out: string[] = [];
  for (const d of report.diagnostics) {
    const sev = d.severity === 'error' ? c.red(c.bold('error')) : c.yellow(c.bold('warning'));
    const hint = d.suggestion ? ` (did you mean ${JSON.stringify(d.suggestion)}?)` : '';
    out.push(`${c.bold(location(d))}${sev} ${c.dim(d.code)}: ${d.message}${hint}`);
    out.push(...excerpt(d, report.texts, c.dim));
    if (d.detail) out.push(`${c.dim('      =')} ${d.detail}`);
    if (d.path) out.push(`${c.dim('      = at')} ${d.path}`);
  }
  const { errors, warnings } = counts(report.diagnostics);
  const scope = `${plural(report.documents, 'document')} in ${plural(report.files, 'file')}`;
  if (report.valid) {
    out.push(`${c.green('valid')}: ${scope}${warnings ? ` (${plural(warnings, 'warning')})` : ''}`);
  } else {
    out.push(`${c.red('invalid')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${scope}`);
  }
  return `${out.join('\n')}\n`;
}

export function renderJson(report: DiagnosticsReport): string {
  const { errors, warnings } = counts(report.diagnostics);
  const doc = {
    format_version: DIAGNOSTICS_FORMAT_VERSION,
    valid: report.valid,
    files: report.files,
    documents: report.documents,
    errors,
    warnings,
    diagnostics: report.diagnostics,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per diagnostic. */
export function renderGithub(report: DiagnosticsReport): string {
  const lines = report.diagnostics.map((d) => {
    const props: string[] = [];
    if (d.source) {
      const { file, start, end } = d.source;
      props.push(`file=${escapeProperty(file)}`, `line=${start.line}`, `col=${start.column}`);
      props.push(`endLine=${end.line}`, `endColumn=${end.column}`);
    }
    props.push(`title=${escapeProperty(d.code)}`);
    const hint = d.suggestion ? ` (did you mean ${JSON.stringify(d.suggestion)}?)` : '';
    const detail = d.detail ? `\n${d.detail}` : '';
    return `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(`${d.message}${hint}${detail}`)}`;
  });
  const { errors, warnings } = counts(report.diagnostics);
  lines.push(
    `${report.valid ? 'valid' : 'invalid'}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  );
  return `${lines.join('\n')}\n`;
}

export function renderDiagnostics(
  format: DiagnosticsFormat,
  report: DiagnosticsReport,
  color = false,
): string {
  if (format === 'json') return renderJson(report);
  if (format === 'github') return renderGithub(report);
  return renderText(report, color);
}
