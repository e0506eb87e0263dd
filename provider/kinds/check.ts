/**
 * Check: validates inputs with the reconciler's own validators (the kind's JSON Schema, then the
 * single-document semantic checks) and reports failures at Pulumi property paths. Problems at or
 * under an unknown value (preview) are skipped; so are cross-resource references, which Pulumi's
 * dependency graph resolves instead of the manifest set.
 */
import { stringify } from 'yaml';
import type { Diagnostic } from '../../reconciler/diagnostics.js';
import { pointerSegments } from '../../reconciler/diagnostics.js';
import { SourceIndex } from '../../reconciler/load/parse-yaml.js';
import { schemaCheck } from '../../reconciler/load/schema-check.js';
import { semanticCheck } from '../../reconciler/load/semantic-check.js';
import { MASK } from '../../reconciler/secrets.js';
import type { Failure } from '../config.js';
import {
  getAt,
  isObject,
  isUnknown,
  type Path,
  type Props,
  propertyPath,
  reveal,
  secretPaths,
  unknownPaths,
  wrapAt,
} from '../wire.js';
import type { KindAdapter } from './adapter.js';
import { DEFAULTS_KEY, defaultedKeys, fillId, type NamingRequest, withoutDefaults } from './autoname.js';

/** Cross-document codes that do not apply to one resource at a time. */
const SKIPPED = new Set([
  'semantic/unresolved-server',
  'semantic/unresolved-policy',
  'semantic/unresolved-group',
  'semantic/duplicate-name',
]);
/** Codes reported at a parent for a problem inside it: skipped when an unknown sits inside. */
const COMPOSITE = new Set(['schema/one-of', 'schema/enum', 'schema/invalid']);

/** The diagnostic's pointer as an input path (`/metadata/name` is the id input; placeholders fold). */
function inputPath(adapter: KindAdapter, pointer: string): Path {
  const segs = pointerSegments(pointer);
  if (segs[0] === 'metadata') return [adapter.idKey];
  const rest = segs[0] === 'spec' ? segs.slice(1) : segs;
  const path: Path = rest.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const last = path[path.length - 1];
  if (last === 'fromEnv' || last === 'fromFile') path.pop();
  return path;
}

const startsWith = (path: Path, prefix: Path) =>
  prefix.length <= path.length && prefix.every((seg, i) => seg === path[i]);

function reason(d: Diagnostic): string {
  const hint = d.suggestion ? ` (did you mean ${JSON.stringify(d.suggestion)}?)` : '';
  return `${d.message}${hint}${d.detail ? `: ${d.detail}` : ''}`;
}

export interface CheckOutcome {
  /** The inputs to store: as given, id filled in, secret fields wrapped. */
  inputs: Props;
  failures: Failure[];
}

/** Validates `news` for the resource `name`, filling the id input when the program left it out. */
export function checkInputs(
  adapter: KindAdapter,
  name: string,
  news: Props,
  naming: NamingRequest = {},
): CheckOutcome {
  const filled = fillId(adapter, name, news, naming);
  const failures: Failure[] = filled.failure ? [filled.failure] : [];
  const defaulted = defaultedKeys(filled.inputs).includes(adapter.idKey);
  // Validation sees the inputs without the `__defaults` record; the stored inputs keep it.
  const inputs: Props = withoutDefaults(filled.inputs);
  for (const [key, type] of Object.entries(adapter.providerKeys)) {
    const v = reveal(inputs[key]);
    if (v !== undefined && v !== null && !isUnknown(v) && typeof v !== type)
      failures.push({ property: key, reason: `must be a ${type}` });
  }
  const secretProblem = (x: unknown) =>
    isUnknown(x)
      ? undefined
      : typeof x !== 'string'
        ? 'must be a string'
        : x === ''
          ? 'must not be empty'
          : undefined;
  for (const path of adapter.secretPaths) {
    const v = reveal(path.reduce<unknown>((o, k) => (isObject(o) ? o[k as string] : undefined), inputs));
    if (v === undefined) continue;
    const values: [Path, unknown][] = isObject(v)
      ? Object.entries(v).map(([k, x]) => [[...path, k], x])
      : [[path, v]];
    for (const [p, x] of values) {
      const problem = secretProblem(x);
      if (problem) failures.push({ property: propertyPath(p), reason: problem });
    }
  }

  const revealed = reveal(inputs) as Props;
  const unknowns = unknownPaths(revealed);
  const manifest = adapter.toManifest(revealed);
  const doc = {
    file: '<inputs>',
    index: 0,
    value: manifest,
    sourceIndex: new SourceIndex({ file: '<inputs>', text: stringify(manifest) }),
  };
  const diagnostics: Diagnostic[] = [];
  schemaCheck(doc, diagnostics);
  // Semantic checks read defensively, so they run on inputs that failed the schema too (as in `validate`).
  semanticCheck([{ doc, kind: adapter.kind, name: String(manifest.metadata.name) }], diagnostics);
  const own = new Set(failures.map((f) => f.property));
  const seen = new Set<string>();
  for (const d of diagnostics) {
    if (d.severity !== 'error' || SKIPPED.has(d.code)) continue;
    const path = inputPath(adapter, d.path ?? '');
    const nearUnknown = unknowns.some(
      (u) => startsWith(path, u) || (COMPOSITE.has(d.code) && startsWith(u, path)),
    );
    if (nearUnknown) continue;
    // The id input stands for `metadata.name`: say so in its own words.
    const text =
      path[0] === adapter.idKey
        ? `${reason(d).replace(/^name\b/, adapter.idKey)}${defaulted ? ` (it was filled in by autonaming; set ${adapter.idKey})` : ''}`
        : reason(d);
    const failure = { property: propertyPath(path), reason: text };
    if (own.has(failure.property)) continue;
    const key = `${failure.property}|${failure.reason}`;
    if (!seen.has(key)) failures.push(failure);
    seen.add(key);
  }
  // A failure must not echo a value the program marked secret.
  const secrets = secretPaths(inputs)
    .map((p) => reveal(getAt(inputs, p)))
    .flatMap((v) => (typeof v === 'string' && v !== '' ? [v] : []));
  // Messages quote values as JSON; a long secret is masked wherever it appears (short ones would
  // mangle ordinary words).
  for (const f of failures) {
    for (const v of secrets) {
      f.reason = f.reason.split(JSON.stringify(v)).join(JSON.stringify(MASK));
      if (v.length >= 8) f.reason = f.reason.split(v).join(MASK);
    }
  }
  let stored: unknown = defaulted ? { ...inputs, [DEFAULTS_KEY]: [adapter.idKey] } : inputs;
  for (const path of adapter.secretPaths) stored = wrapAt(stored, path);
  return { inputs: stored as Props, failures };
}
