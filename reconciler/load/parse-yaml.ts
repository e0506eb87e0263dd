/**
 * Parses one manifest source into documents. Plain files take a fast path (js-yaml, about ten times
 * faster: fast-yaml.ts); anything unusual (anchors, aliases, tags, directives, keys that are not plainly strings, a
 * document that is not a mapping, any error) takes the full path through the `yaml` library, which
 * reports syntax errors, duplicate keys, non-string keys and alias bombs as diagnostics. Source ranges
 * always come from `yaml`, parsed lazily, only for files that need a position.
 */

import type { Document, LineCounter, Node } from 'yaml';
import type { Diagnostic, SourceRange } from '../diagnostics.js';
import { fastValues } from './fast-yaml.js';
import type { Source } from './read-sources.js';
import { yamlLib } from './yaml-lib.js';

/** Aliases a document may expand before it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

/** The `yaml` parse of one source, made on first use: it alone knows source positions. */
export class SourceIndex {
  #docs: Document.Parsed[] | undefined;
  #lineCounter: LineCounter | undefined;

  constructor(
    readonly source: Source,
    docs?: Document.Parsed[],
    lineCounter?: LineCounter,
  ) {
    this.#docs = docs;
    this.#lineCounter = lineCounter;
  }

  /** Line starts of the source, filled as it is parsed (`docs()`). */
  get lineCounter(): LineCounter {
    this.#lineCounter ??= new (yamlLib().LineCounter)();
    return this.#lineCounter;
  }

  /** The parsed documents; the first call parses the source. */
  docs(): Document.Parsed[] {
    if (!this.#docs) {
      const parsed = yamlLib().parseAllDocuments(this.source.text, {
        lineCounter: this.lineCounter,
        uniqueKeys: true,
      });
      this.#docs = 'empty' in parsed ? [] : parsed;
    }
    return this.#docs;
  }
}

export interface ParsedDocument {
  /** The file name shown in diagnostics. */
  file: string;
  /** The absolute path of the file, undefined for stdin. */
  path?: string;
  /** 0-based position of the document in its file. */
  index: number;
  /** The document as plain data. */
  value: unknown;
  /**
   * True when no object appears twice in `value`, as in every document of the fast path (YAML aliases
   * take the full path); otherwise an object may (substitution then visits each once).
   */
  tree?: boolean;
  /**
   * True when no string in `value` can hold a `$`: a fast-path document whose file has neither a `$` nor
   * a backslash (a double-quoted escape such as `\x24` spells one). Substitution then has nothing to do.
   */
  dollarFree?: boolean;
  sourceIndex: SourceIndex;
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

/** The fast path's documents (`fastValues`) as parsed documents of `source`. */
export function fastDocuments(source: Source, values: readonly unknown[]): ParsedDocument[] {
  const sourceIndex = new SourceIndex(source);
  const documents: ParsedDocument[] = [];
  const dollarFree = !source.text.includes('$') && !source.text.includes('\\');
  for (const [index, value] of values.entries()) {
    if (value === null || value === undefined) continue;
    documents.push({
      file: source.file,
      ...(source.path ? { path: source.path } : {}),
      index,
      value,
      tree: true,
      ...(dollarFree ? { dollarFree } : {}),
      sourceIndex,
    });
  }
  return documents;
}

/**
 * A duplicate key, reported under the whole repeated key (`yaml` marks only its first character) with
 * where the key first appears in the same mapping.
 */
function duplicateKey(doc: Document.Parsed, source: Source, lc: LineCounter, at: number): Diagnostic {
  const { isScalar, visit } = yamlLib();
  let found: { key: Node; first?: Node } | undefined;
  visit(doc, {
    Map(_, map) {
      const index = map.items.findIndex((p) => isScalar(p.key) && p.key.range?.[0] === at);
      if (index < 0) return undefined;
      const key = map.items[index]?.key as Node;
      const value = isScalar(key) ? key.value : undefined;
      const first = map.items.slice(0, index).find((p) => isScalar(p.key) && p.key.value === value)?.key as
        | Node
        | undefined;
      found = { key, ...(first ? { first } : {}) };
      return visit.BREAK;
    },
  });
  const [start, end] = found?.key.range ?? [at, at + 1];
  const name = isScalar(found?.key) ? String(found.key.value) : source.text.slice(start, end);
  const first = found?.first?.range ? lc.linePos(found.first.range[0]) : undefined;
  return {
    severity: 'error',
    code: YAML_CODES.DUPLICATE_KEY as string,
    message: `duplicate key ${JSON.stringify(name)}${first ? ` (first at ${source.file}:${first.line}:${first.col})` : ''}: each key may appear once in a mapping`,
    detail: 'remove one of the two, or merge them',
    source: rangeOf(source.file, lc, start, end),
  };
}

/** Parses every document of a source; documents with errors are dropped, their problems reported. */
export function parseSource(source: Source): { documents: ParsedDocument[]; diagnostics: Diagnostic[] } {
  const fast = fastValues(source.text);
  if (fast) return { documents: fastDocuments(source, fast), diagnostics: [] };
  return parseFull(source);
}

/** The full path: the `yaml` library, with every problem as a diagnostic. */
export function parseFull(source: Source): { documents: ParsedDocument[]; diagnostics: Diagnostic[] } {
  const { isCollection, isScalar, LineCounter, parseAllDocuments, visit } = yamlLib();
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const documents: ParsedDocument[] = [];
  const parsed = parseAllDocuments(source.text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  // An empty stream carries its own errors (e.g. a stray directive).
  const docs: Document.Parsed[] = 'empty' in parsed ? [] : parsed;
  const sourceIndex = new SourceIndex(source, docs, lineCounter);
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
      if (err.code === 'DUPLICATE_KEY') {
        diagnostics.push(duplicateKey(doc, source, lineCounter, err.pos[0]));
        continue;
      }
      diagnostics.push({
        severity: 'error',
        code: YAML_CODES[err.code] ?? 'yaml/syntax',
        message: (err.message.split('\n')[0] ?? err.message).replace(/ at line \d+, column \d+:?$/, ''),
        source: rangeOf(source.file, lineCounter, err.pos[0], err.pos[1]),
      });
    }
    for (const warn of doc.warnings) {
      diagnostics.push({
        severity: 'warning',
        code: warn.code === 'TAG_RESOLVE_FAILED' ? 'yaml/unresolved-tag' : 'yaml/warning',
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
      sourceIndex,
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
 * The node at `segments` in a document, or the nearest ancestor found (`exact` false); with `key`, the
 * mapping key instead of its value (used for unknown properties).
 */
export function nodeAt(
  d: ParsedDocument,
  segments: readonly string[],
  key = false,
): { node: Node | undefined; exact: boolean } {
  const doc = d.sourceIndex.docs()[d.index];
  if (!doc) return { node: undefined, exact: false };
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLib();
  let node: unknown = doc.contents;
  let found = (node as Node | null) ?? undefined;
  for (let i = 0; i < segments.length; i++) {
    if (isAlias(node)) node = node.resolve(doc);
    const seg = segments[i] as string;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) return { node: found, exact: false };
      if (key && i === segments.length - 1 && isScalar(pair.key) && pair.key.range) {
        return { node: pair.key, exact: true };
      }
      next = pair.value;
    } else if (isSeq(node)) {
      next = node.items[Number(seg)];
    }
    if (!next || !(next as Node).range) return { node: found, exact: false };
    node = next;
    found = next as Node;
  }
  return { node: found, exact: true };
}

/** The source range of offsets `start`..`end` of a parsed document's source. */
export function rangeAt(d: ParsedDocument, start: number, end: number): SourceRange {
  d.sourceIndex.docs(); // the line counter fills as the source is parsed
  return rangeOf(d.file, d.sourceIndex.lineCounter, start, end);
}

/**
 * The source range of the node at `segments` in a document; with `key`, the range of the mapping
 * key instead of its value (used for unknown properties). Falls back to the nearest ancestor found.
 */
export function locate(d: ParsedDocument, segments: readonly string[], key = false): SourceRange {
  const { node } = nodeAt(d, segments, key);
  const range = node?.range ?? [0, 0, 0];
  return rangeOf(d.file, d.sourceIndex.lineCounter, range[0], range[1]);
}
