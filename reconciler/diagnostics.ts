/**
 * Diagnostics: every problem the loader, validator or planner finds, with a severity, a stable code,
 * a message, a JSON pointer and a source range. Functions collect them and return them all together
 * instead of throwing on the first one.
 */

export type Severity = 'error' | 'warning';

/** A 1-based line and column. */
export interface SourcePos {
  line: number;
  column: number;
}

export interface SourceRange {
  file: string;
  start: SourcePos;
  end: SourcePos;
}

export interface Diagnostic {
  severity: Severity;
  /** A stable machine code such as `schema/unknown-property`; never reworded. */
  code: string;
  /** One line for humans. */
  message: string;
  /** More context, e.g. what a field expects. */
  detail?: string;
  /** A "did you mean" proposal. */
  suggestion?: string;
  /** JSON pointer into the document, e.g. `/spec/servers/0/server`. */
  path?: string;
  source?: SourceRange;
}

/** Orders diagnostics by file, line, column, then code, so output is deterministic. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => {
    const fa = a.source?.file ?? '';
    const fb = b.source?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.source?.start.line ?? 0;
    const lb = b.source?.start.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.source?.start.column ?? 0;
    const cb = b.source?.start.column ?? 0;
    if (ca !== cb) return ca - cb;
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}

export const hasErrors = (list: readonly Diagnostic[], strict = false): boolean =>
  list.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));

/** Converts a JSON pointer to its segments (RFC 6901 unescaping). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Builds a JSON pointer from segments. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
