/**
 * Parses one manifest source into YAML documents with the `yaml` library, keeping every node's source
 * range. Reports syntax errors, duplicate keys, non-string keys and alias bombs as diagnostics, and
 * maps a JSON pointer back to the source range of its node (or of its key).
 */
import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  visit,
} from 'yaml';
import type { Diagnostic, SourceRange } from '../diagnostics.js';
import type { Source } from './read-sources.js';

/** Aliases a document may expand before it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedDocument {
  /** The file name shown in diagnostics. */
  file: string;
  /** The absolute path of the file, undefined for stdin. */
  path?: string;
  /** 0-based position of the document in its file. */
  index: number;
  /** The document as plain data. */
  value: unknown;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

function rangeOf(file: string, lc: LineCounter, start: number, end: number): SourceRange {
  const s = lc.linePos(start);
  const e = lc.linePos(Math.max(start, end));
  return { file, start: { line: s.line, column: s.col }, end: { line: e.line, column: e.col } };
}

const YAML_CODES: Record<string, string> = {
  DUPLICATE_KEY: 'yaml/duplicate-key',
  TAG_RESOLVE_FAILED: 'yaml/unknown-tag',
};

/** Parses every document of a source; documents with errors are dropped, their problems reported. */
export function parseSource(source: Source): { documents: ParsedDocument[]; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const documents: ParsedDocument[] = [];
  const parsed = parseAllDocuments(source.text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  // An empty stream carries its own errors (e.g. a stray directive).
  const docs: Document.Parsed[] = 'empty' in parsed ? [] : parsed;
  if ('empty' in parsed) {
    for (const err of parsed.errors) {
      diagnostics.push({
        severity: 'error',
        code: 'yaml/syntax',
        message: err.message.split('\n')[0] ?? err.message,
        source: rangeOf(source.file, lineCounter, err.pos[0], err.pos[1]),
      });
    }
  }
  docs.forEach((doc, index) => {
    const before = diagnostics.length;
    for (const err of doc.errors) {
      const duplicate = err.code === 'DUPLICATE_KEY';
      const keyText = source.text.slice(err.pos[0], err.pos[1]);
      diagnostics.push({
        severity: 'error',
        code: YAML_CODES[err.code] ?? 'yaml/syntax',
        message: duplicate
          ? `duplicate key ${JSON.stringify(keyText)}: each key may appear once in a mapping`
          : (err.message.split('\n')[0] ?? err.message).replace(/ at line \d+, column \d+:?$/, ''),
        source: rangeOf(source.file, lineCounter, err.pos[0], err.pos[1]),
      });
    }
    for (const warn of doc.warnings) {
      diagnostics.push({
        severity: 'warning',
        code: 'yaml/warning',
        message: warn.message.split('\n')[0] ?? warn.message,
        source: rangeOf(source.file, lineCounter, warn.pos[0], warn.pos[1]),
      });
    }
    visit(doc, {
      Pair(_, pair) {
        const key = pair.key;
        const ok = isScalar(key) && typeof key.value === 'string';
        if (!ok) {
          const node = key as Node | null;
          const [start, end] = node?.range ?? [0, 0];
          diagnostics.push({
            severity: 'error',
            code: 'yaml/non-string-key',
            message: `mapping keys must be strings, found ${isCollection(node) ? 'a collection' : JSON.stringify(isScalar(node) ? node.value : null)}`,
            detail: 'quote the key',
            source: rangeOf(source.file, lineCounter, start, end),
          });
        }
      },
    });
    if (diagnostics.length > before && diagnostics.slice(before).some((d) => d.severity === 'error')) return;
    if (doc.contents === null) return; // an empty document, e.g. after a trailing `---`
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      let first: [number, number] = [0, 0];
      visit(doc, {
        Alias(_, alias) {
          first = [alias.range?.[0] ?? 0, alias.range?.[1] ?? 0];
          return visit.BREAK;
        },
      });
      diagnostics.push({
        severity: 'error',
        code: 'yaml/alias-limit',
        message: `YAML aliases expand beyond the limit of ${MAX_ALIAS_COUNT} (${(err as Error).message})`,
        detail:
          'a document whose aliases multiply is refused as a resource-exhaustion attack; write the values out',
        source: rangeOf(source.file, lineCounter, first[0], first[1]),
      });
      return;
    }
    if (value === null || value === undefined) return; // e.g. a bare `---` at the end
    const [start, end] = doc.contents.range;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      diagnostics.push({
        severity: 'error',
        code: 'yaml/not-a-mapping',
        message: 'a manifest document must be a mapping with apiVersion, kind, metadata and spec',
        source: rangeOf(source.file, lineCounter, start, end),
      });
      return;
    }
    documents.push({
      file: source.file,
      ...(source.path ? { path: source.path } : {}),
      index,
      value,
      doc,
      lineCounter,
    });
  });
  if (documents.length === 0) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({
        severity: 'warning',
        code: 'file/empty',
        message: 'file holds no manifest documents',
        source: { file: source.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      });
    }
  }
  return { documents, diagnostics };
}

/**
 * The source range of the node at `segments` in a document; with `key`, the range of the mapping
 * key instead of its value (used for unknown properties). Falls back to the nearest ancestor found.
 */
export function locate(d: ParsedDocument, segments: readonly string[], key = false): SourceRange {
  let node: unknown = d.doc.contents;
  let range = (node as Node | null)?.range ?? [0, 0, 0];
  for (let i = 0; i < segments.length; i++) {
    if (isAlias(node)) node = node.resolve(d.doc);
    const seg = segments[i] as string;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) break;
      if (key && i === segments.length - 1 && isScalar(pair.key) && pair.key.range) {
        range = pair.key.range;
        break;
      }
      next = pair.value;
    } else if (isSeq(node)) {
      next = node.items[Number(seg)];
    }
    if (!next || !(next as Node).range) break;
    node = next;
    range = (next as Node).range as [number, number, number];
  }
  return rangeOf(d.file, d.lineCounter, range[0], range[1]);
}
