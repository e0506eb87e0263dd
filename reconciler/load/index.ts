/**
 * Loads manifests: reads files, folders and stdin, parses YAML with source positions, substitutes
 * `${VAR}` in string values (substitute.ts), validates each document against its kind's schema and runs
 * the cross-document checks. Returns the valid manifests and every diagnostic, sorted by file and line,
 * with the ranges of secret values to mask in excerpts; nothing is thrown for bad input.
 */
import type { KindName } from '../../schemas/registry.js';
import { type Diagnostic, hasErrors, type SourceRange, sortDiagnostics } from '../diagnostics.js';
import type { ManifestOf } from '../kinds/model.js';
import type { SecretPolicy } from '../secret-policy.js';
import { locate, type ParsedDocument, parseSource, SourceIndex } from './parse-yaml.js';
import { type ReadOptions, readSources, type Source } from './read-sources.js';
import { KINDS, schemaCheck } from './schema-check.js';
import { secretCheck } from './secret-check.js';
import { type NamedDocument, semanticCheck } from './semantic-check.js';
import { sensitiveRanges } from './sensitive.js';
import { substituteDocument } from './substitute.js';

export type { ManifestOf };

/** A valid manifest with where it came from. */
export interface LoadedManifest<K extends KindName = KindName> {
  kind: K;
  name: string;
  manifest: ManifestOf<K>;
  /** The file the manifest came from, as shown in diagnostics. */
  file: string;
  /**
   * The range of `metadata.name`, for diagnostics about the resource as a whole. Computed on first
   * access: it may parse the file again for positions, which plain loading avoids.
   */
  readonly source: SourceRange;
  /**
   * The range of any node of the document (keys and indexes as strings), as `source` is computed; with
   * `key`, the range of the last segment's key (`resources:`) instead of its value.
   */
  locate(segments: readonly string[], key?: boolean): SourceRange;
  /** The absolute path of the file, for resolving `fromFile` references; undefined for stdin. */
  path?: string;
}

export interface LoadResult {
  manifests: LoadedManifest[];
  diagnostics: Diagnostic[];
  files: number;
  documents: number;
  /** True when any diagnostic is an error (with `strict`, also a warning). */
  failed: boolean;
  /** The text of every source read, by file name, for showing source lines under diagnostics. */
  texts: Map<string, string>;
  /**
   * The ranges of secret values, by file, for every file a diagnostic points into: whoever shows a line
   * of `texts` masks them (render/diagnostics.ts does).
   */
  sensitive: Map<string, SourceRange[]>;
}

export interface LoadOptions extends ReadOptions {
  /** Treat warnings as errors. */
  strict?: boolean;
  /** A partial set of files: references to objects outside them are not errors (`status -f`). */
  partial?: boolean;
  /**
   * Which secret references are allowed (reconciler/secret-policy.ts); the target's own credentials are
   * refused whatever it says. Default: no allow-list.
   */
  secretPolicy?: SecretPolicy;
  /**
   * The environment `fromEnv` names are checked against and `${VAR}` substitutes from (default: none,
   * so only names are checked and only `${VAR:-default}` resolves).
   */
  env?: NodeJS.ProcessEnv;
  /** `${VAR}` substitution in string values; default on (`substituteDocument` says why). */
  substitute?: boolean;
}

/**
 * A valid manifest as `LoadedManifest` describes it. A class, not an object literal with a getter and two
 * closures: at 10,000 manifests those held ~6 MB more (each literal in dictionary mode), which a load pays
 * for in garbage collection.
 */
class Loaded implements LoadedManifest {
  readonly kind: KindName;
  readonly name: string;
  readonly manifest: ManifestOf<KindName>;
  readonly file: string;
  readonly path?: string;
  readonly #doc: ParsedDocument;
  #source: SourceRange | undefined;

  constructor(c: NamedDocument) {
    this.kind = c.kind;
    this.name = c.name;
    this.manifest = c.doc.value as ManifestOf<KindName>;
    this.file = c.doc.file;
    if (c.doc.path) this.path = c.doc.path;
    this.#doc = c.doc;
  }

  get source(): SourceRange {
    this.#source ??= locate(this.#doc, ['metadata', 'name']);
    return this.#source;
  }

  locate(segments: readonly string[], key = false): SourceRange {
    return locate(this.#doc, segments, key);
  }
}

/** Codes whose report on a value is left out when substituting that value already failed. */
const FOLLOW_ON = /^(schema|secret)\//;

function nameOf(d: ParsedDocument): NamedDocument | undefined {
  const v = d.value as { kind?: unknown; metadata?: { name?: unknown } };
  if (typeof v.kind !== 'string' || !KINDS.includes(v.kind as KindName)) return undefined;
  const name = v.metadata?.name;
  return typeof name === 'string' ? { doc: d, kind: v.kind as KindName, name } : undefined;
}

export async function loadManifests(paths: readonly string[], opts: LoadOptions): Promise<LoadResult> {
  const { sources, diagnostics } = await readSources(paths, opts);
  const parsed: ParsedDocument[] = [];
  // Problems of the documents, after those of reading and parsing every source (as sorting leaves ties):
  // each source's documents are checked as soon as it is parsed, while its parse is fresh in memory.
  const checked: Diagnostic[] = [];
  const valid: NamedDocument[] = [];
  const named: NamedDocument[] = [];
  const env = opts.env ?? {};
  const expandOptions = { forbiddenValues: opts.secretPolicy?.forbiddenValues ?? [] };
  const secretOptions = {
    policy: opts.secretPolicy ?? {},
    env,
    cwd: opts.cwd,
    envVerdicts: new Map<string, string | undefined>(),
  };
  const own: Diagnostic[] = [];
  const check = (d: ParsedDocument) => {
    const unsubstituted =
      opts.substitute === false ? undefined : substituteDocument(d, env, checked, expandOptions);
    const n = nameOf(d);
    if (n) named.push(n);
    own.length = 0;
    const kind = schemaCheck(d, own);
    secretCheck(d, secretOptions, own);
    for (const x of own) {
      if (!(FOLLOW_ON.test(x.code) && x.path !== undefined && unsubstituted?.has(x.path))) checked.push(x);
    }
    if (kind && n) valid.push(n);
  };
  for (const source of sources) {
    const r = parseSource(source);
    for (const d of r.documents) {
      parsed.push(d);
      check(d);
    }
    diagnostics.push(...r.diagnostics);
  }
  diagnostics.push(...checked);
  semanticCheck(named, diagnostics, { partial: Boolean(opts.partial) });
  const sorted = sortDiagnostics(diagnostics);
  const failed = hasErrors(sorted, opts.strict);
  // Positions of secrets are worked out only for files a diagnostic points into: it needs the full
  // YAML parse, which plain loading avoids.
  const indexes = new Map(parsed.map((d) => [d.file, d.sourceIndex]));
  const byFile = new Map<string, Source>();
  for (const s of sources) if (!byFile.has(s.file)) byFile.set(s.file, s);
  const sensitive = new Map<string, SourceRange[]>();
  for (const file of new Set(sorted.flatMap((d) => (d.source ? [d.source.file] : [])))) {
    const source = byFile.get(file);
    const index = indexes.get(file) ?? (source ? new SourceIndex(source) : undefined);
    if (index) sensitive.set(file, sensitiveRanges(index));
  }
  return {
    manifests: valid.map((c) => new Loaded(c)),
    diagnostics: sorted,
    files: sources.length,
    documents: parsed.length,
    failed,
    texts: new Map(sources.map((s) => [s.file, s.text])),
    sensitive,
  };
}
