/**
 * Searching a portal's tools for the query and code-search tools: an index built once per catalog (an inverted
 * index of words, and each tool's searchable text), then keyword, regex and by-name searches over it.
 *
 * Semantics of `search`:
 * - `names`: exactly those tools, in the given order (repeats once, unknown names skipped); `query` and `regex`
 *   are ignored; `total` counts the tools found; `limit` defaults to MAX_SEARCH_LIMIT here.
 * - `query`: split into lower-cased words (on anything but letters and digits, and at camelCase humps, as tool
 *   names are, so `get data` finds `srv_get-data`). A word scores by the best field it occurs in: the name (8),
 *   title or description (4), input/output schema property names, descriptions and enum values (2); a word that is
 *   only a prefix of a field's word scores half. Tools with no word are out; best total first, ties by name.
 *   A query without words (empty, punctuation) counts as absent.
 * - `regex` (JavaScript, case-insensitive and multi-line, bounded by `safe-regex.ts`): keeps the tools whose
 *   searchable text (name, title, description, schema text; one field a line, so `^srv_get$` matches a name)
 *   matches; alone, they are listed in name order.
 * - none of them: all tools in name order. `limit` defaults to DEFAULT_SEARCH_LIMIT, at most MAX_SEARCH_LIMIT;
 *   `total` is how many matched before it.
 */
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT } from '../../schemas/context-modes.js';
import { MAX_PATTERN_LENGTH, regexMatches } from './safe-regex.js';

export interface ToolQuery {
  query?: string;
  regex?: string;
  names?: readonly string[];
  limit?: number;
}

export interface ToolSearchResult {
  tools: Tool[];
  /** How many tools matched before `limit` applied. */
  total: number;
}

/** Longest `query` accepted (characters), and most `names`. */
export const MAX_QUERY_LENGTH = 1_000;
export const MAX_QUERY_NAMES = 1_000;

const WEIGHT = { name: 8, text: 4, schema: 2 } as const;
/** Schema nodes read per tool for its searchable text (a hostile schema cannot make the index quadratic). */
const MAX_SCHEMA_NODES = 500;

interface Entry {
  tool: Tool;
  /** What `regex` is matched against. */
  text: string;
}

export class ToolSearchIndex {
  /** The tools in name order (an entry's index is its rank among ties). */
  private readonly entries: Entry[];
  private readonly byName = new Map<string, Entry>();
  /** Word → entry index → best weight of a field containing it. */
  private readonly postings = new Map<string, Map<number, number>>();
  /** The words of `postings`, sorted, for prefix lookups. */
  private readonly vocabulary: string[];

  /**
   * Indexes `tools` (names should be unique; a repeated name keeps its first tool) in one pass over them.
   * `regexTimeoutMs` bounds each regex search (`regexMatches`' default, 250 ms, when absent).
   */
  constructor(
    tools: readonly Tool[],
    private readonly options: { regexTimeoutMs?: number } = {},
  ) {
    const seen = new Set<string>();
    const unique = tools.filter((tool) => !seen.has(tool.name) && seen.add(tool.name));
    this.entries = unique.sort((a, b) => compare(a.name, b.name)).map((tool, i) => this.add(tool, i));
    this.vocabulary = [...this.postings.keys()].sort(compare);
  }

  async search(q: ToolQuery): Promise<ToolSearchResult> {
    if (q.names) {
      const found = [...new Set(q.names)].flatMap((name) => this.byName.get(name)?.tool ?? []);
      return { tools: found.slice(0, q.limit ?? MAX_SEARCH_LIMIT), total: found.length };
    }
    const words = q.query === undefined ? [] : [...new Set(splitWords(q.query))];
    let hits = words.length ? this.score(words) : this.entries.map((_, i) => i);
    if (q.regex !== undefined) {
      const texts = hits.map((i) => this.entries[i]!.text);
      const matches = await regexMatches(q.regex, texts, this.options.regexTimeoutMs);
      hits = hits.filter((_, k) => matches[k]);
    }
    const limit = q.limit ?? DEFAULT_SEARCH_LIMIT;
    return { tools: hits.slice(0, limit).map((i) => this.entries[i]!.tool), total: hits.length };
  }

  /** Entry indices that contain some word, best score first, ties by name. */
  private score(words: readonly string[]): number[] {
    const totals = new Map<number, number>();
    for (const word of words) {
      const best = new Map<number, number>();
      for (let k = lowerBound(this.vocabulary, word); k < this.vocabulary.length; k++) {
        const token = this.vocabulary[k]!;
        if (!token.startsWith(word)) break;
        const factor = token === word ? 1 : 0.5;
        for (const [entry, weight] of this.postings.get(token)!) {
          best.set(entry, Math.max(best.get(entry) ?? 0, weight * factor));
        }
      }
      for (const [entry, score] of best) totals.set(entry, (totals.get(entry) ?? 0) + score);
    }
    return [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a - b);
  }

  private add(tool: Tool, index: number): Entry {
    const title = tool.title ?? tool.annotations?.title;
    const described = [title, tool.description].filter((s): s is string => typeof s === 'string').join('\n');
    const schema: string[] = [];
    collectSchemaText(tool.inputSchema, schema, { nodes: 0 });
    collectSchemaText(tool.outputSchema, schema, { nodes: 0 });
    const schemaText = schema.join('\n');
    const fields: [string, number][] = [
      [schemaText, WEIGHT.schema],
      [described, WEIGHT.text],
      [tool.name, WEIGHT.name],
    ];
    for (const [text, weight] of fields) {
      for (const word of splitWords(text)) {
        let posting = this.postings.get(word);
        if (!posting) {
          posting = new Map();
          this.postings.set(word, posting);
        }
        posting.set(index, Math.max(posting.get(index) ?? 0, weight));
      }
    }
    const entry = { tool, text: [tool.name, described, schemaText].filter(Boolean).join('\n') };
    this.byName.set(tool.name, entry);
    return entry;
  }
}

/** Lower-cased words of `text`: split on anything but letters and digits, and at camelCase humps (`HTTPServer`). */
export function splitWords(text: string): string[] {
  return text
    .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Property names, titles, descriptions and string enum values of a schema, within a node budget. */
function collectSchemaText(schema: unknown, out: string[], budget: { nodes: number }): void {
  if (typeof schema !== 'object' || schema === null || ++budget.nodes > MAX_SCHEMA_NODES) return;
  if (Array.isArray(schema)) {
    for (const s of schema) collectSchemaText(s, out, budget);
    return;
  }
  const s = schema as Record<string, unknown>;
  for (const key of ['title', 'description'] as const) if (typeof s[key] === 'string') out.push(s[key]);
  if (Array.isArray(s.enum)) for (const v of s.enum) if (typeof v === 'string') out.push(v);
  if (typeof s.const === 'string') out.push(s.const);
  for (const key of ['properties', '$defs', 'definitions'] as const) {
    const map = s[key];
    if (typeof map !== 'object' || map === null || Array.isArray(map)) continue;
    for (const [name, sub] of Object.entries(map)) {
      if (key === 'properties') out.push(name);
      collectSchemaText(sub, out, budget);
    }
  }
  for (const key of ['items', 'prefixItems', 'additionalProperties', 'anyOf', 'oneOf', 'allOf'] as const) {
    collectSchemaText(s[key], out, budget);
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** First index of sorted `list` whose value is ≥ `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A search's arguments that are not valid; `field` names the argument. */
export class ToolQueryError extends TypeError {
  override readonly name = 'ToolQueryError';
  readonly code = 'query/invalid';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The `ToolQuery` of a query or code-search tool call's arguments (absent arguments: no filter). `null` counts
 * as absent; other fields are ignored. Throws `ToolQueryError` naming the first bad field.
 */
export function parseToolQuery(args: unknown): ToolQuery {
  if (args === undefined || args === null) return {};
  if (typeof args !== 'object' || Array.isArray(args)) {
    throw new ToolQueryError('arguments', 'arguments must be an object');
  }
  const a = args as Record<string, unknown>;
  const q: ToolQuery = {};
  if (a.query != null) {
    if (typeof a.query !== 'string' || a.query.length > MAX_QUERY_LENGTH) {
      throw new ToolQueryError('query', `query must be a string of at most ${MAX_QUERY_LENGTH} characters`);
    }
    q.query = a.query;
  }
  if (a.regex != null) {
    if (typeof a.regex !== 'string' || a.regex.length > MAX_PATTERN_LENGTH) {
      throw new ToolQueryError('regex', `regex must be a string of at most ${MAX_PATTERN_LENGTH} characters`);
    }
    q.regex = a.regex;
  }
  if (a.names != null) {
    const names = a.names;
    if (
      !Array.isArray(names) ||
      names.length > MAX_QUERY_NAMES ||
      !names.every((n) => typeof n === 'string')
    ) {
      throw new ToolQueryError('names', `names must be an array of at most ${MAX_QUERY_NAMES} strings`);
    }
    q.names = names;
  }
  if (a.limit != null) {
    const limit = a.limit;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) {
      throw new ToolQueryError('limit', `limit must be an integer from 1 to ${MAX_SEARCH_LIMIT}`);
    }
    q.limit = limit;
  }
  return q;
}
