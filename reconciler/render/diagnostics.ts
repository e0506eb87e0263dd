/**
 * Renders diagnostics for people and machines: `text` (file:line:col, the source line and a caret),
 * `json` (a versioned document, schema in schemas/output/diagnostics.schema.json) and `github`
 * (workflow-command annotations). Only `text` prints source lines, and it masks every secret value in
 * them (the loader's `sensitive` ranges), keeping the caret under the node it points at.
 */
import { createColors } from 'picocolors';
import type { Diagnostic, SourceRange } from '../diagnostics.js';

export type DiagnosticsFormat = 'text' | 'json' | 'github';
export const DIAGNOSTICS_FORMAT_VERSION = 1;

export interface DiagnosticsReport {
  diagnostics: readonly Diagnostic[];
  files: number;
  documents: number;
  valid: boolean;
  texts?: ReadonlyMap<string, string>;
  /** Ranges of secret values by file, masked wherever a source line is shown. */
  sensitive?: ReadonlyMap<string, readonly SourceRange[]>;
}

/** What a secret value is shown as in a source excerpt. */
export const MASKED_VALUE = '(sensitive)';

const counts = (list: readonly Diagnostic[]) => ({
  errors: list.filter((d) => d.severity === 'error').length,
  warnings: list.filter((d) => d.severity === 'warning').length,
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function location(d: Diagnostic): string {
  if (!d.source) return '';
  return `${d.source.file}:${d.source.start.line}:${d.source.start.column}: `;
}

/**
 * Line `lineNo` of a source with each secret value on it replaced by MASKED_VALUE, and the map from a
 * range on the original line (1-based columns, end exclusive) to the range on the shown one: a range
 * touching a masked value covers the whole mask.
 */
export function maskLine(
  line: string,
  lineNo: number,
  ranges: readonly SourceRange[],
): { text: string; map: (from: number, to: number) => [number, number] } {
  const spans: [number, number][] = [];
  for (const r of ranges) {
    if (r.start.line > lineNo || r.end.line < lineNo) continue;
    // A value's continuation lines (block scalars) are masked from their indentation on.
    const from = r.start.line === lineNo ? r.start.column : line.length - line.trimStart().length + 1;
    const to = r.end.line === lineNo ? r.end.column : line.length + 1;
    if (to > from) spans.push([from, to]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let text = '';
  let at = 1;
  // Each mask: its original span and where it starts on the shown line.
  const masks: { from: number; to: number; shown: number }[] = [];
  for (const [from, to] of spans) {
    if (from < at) continue; // overlapping ranges: the first one masks
    text += line.slice(at - 1, from - 1);
    masks.push({ from, to, shown: text.length + 1 });
    text += MASKED_VALUE;
    at = to;
  }
  text += line.slice(at - 1);
  /** The shown column of original column `c`; `end`: of the column just after `c`'s character. */
  const shown = (c: number, end: boolean): number => {
    let shift = 0;
    for (const m of masks) {
      if (c < m.from) break;
      if (c < m.to) return end ? m.shown + MASKED_VALUE.length : m.shown;
      shift = m.shown + MASKED_VALUE.length - m.to;
    }
    return c + shift + (end ? 1 : 0);
  };
  const map = (from: number, to: number): [number, number] => {
    const a = shown(from, false);
    return [a, Math.max(a + 1, to > from ? shown(to - 1, true) : a + 1)];
  };
  return { text, map };
}

/** The source line of a diagnostic with a caret run under its range (first line only), secrets masked. */
function excerpt(
  d: Diagnostic,
  report: Pick<DiagnosticsReport, 'texts' | 'sensitive'>,
  dim: (s: string) => string,
): string[] {
  const text = d.source && report.texts?.get(d.source.file);
  if (!text || !d.source) return [];
  const { start, end } = d.source;
  const raw = text.split('\n')[start.line - 1]?.replace(/\r$/, '');
  if (raw === undefined) return [];
  const { text: line, map } = maskLine(raw, start.line, report.sensitive?.get(d.source.file) ?? []);
  const [from, to] = map(start.column, end.line === start.line ? end.column : raw.length + 1);
  const width = Math.max(1, to - from);
  const gutter = String(start.line).padStart(5);
  return [
    `${dim(`${gutter} |`)} ${line}`,
    `${dim(`${' '.repeat(5)} |`)} ${' '.repeat(from - 1)}${'^'.repeat(width)}`,
  ];
}

export function renderText(report: DiagnosticsReport, color = false): string {
  const c = createColors(color);
  const out: string[] = [];
  for (const d of report.diagnostics) {
    const sev = d.severity === 'error' ? c.red(c.bold('error')) : c.yellow(c.bold('warning'));
    const hint = d.suggestion ? ` (did you mean ${JSON.stringify(d.suggestion)}?)` : '';
    out.push(`${c.bold(location(d))}${sev} ${c.dim(d.code)}: ${d.message}${hint}`);
    out.push(...excerpt(d, report, c.dim));
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
