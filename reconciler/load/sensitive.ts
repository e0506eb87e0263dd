/**
 * Where a source holds secret values, as source ranges, so that every source excerpt a diagnostic prints
 * masks them (CI logs keep what validate prints). Read from the YAML syntax tree, so it works for documents
 * that fail to parse or fail the schema: values at a schema secret field, under a key that names a secret,
 * or inside such a value, except the name in a `fromEnv` / `fromFile` reference, which is not secret.
 */
import type { Node } from 'yaml';
import type { SourceRange } from '../diagnostics.js';
import type { SourceIndex } from './parse-yaml.js';
import { isSecretField, SECRET_FIELDS } from './secret-fields.js';
import { suggest } from './suggest.js';
import { yamlLib } from './yaml-lib.js';

const REFERENCE_KEYS = new Set(['fromEnv', 'fromFile']);
/** Key names that say "secret" whatever the schema says (a misplaced `token:` is still a token). */
const SECRET_KEY = /(token|secret|password|passwd|apikey|credentials?|authorization|privatekey)$/;
/**
 * The names of the schema's secret fields (`token`, `clientSecret`) and of the mappings whose every value
 * is one (`headers`), for near misses such as `tokn` or `header`.
 */
const FIELD_NAMES = SECRET_FIELDS.map((p) => (p.at(-1) === '*' ? p.at(-2) : p.at(-1)) as string);
const CONTAINERS = new Set(SECRET_FIELDS.filter((p) => p.at(-1) === '*').map((p) => p.at(-2) as string));

/** True when a name (a key, an environment variable) says it holds a secret: `token`, `GITHUB_TOKEN`, ... */
export const namesSecret = (name: string): boolean =>
  SECRET_KEY.test(name.toLowerCase().replace(/[-_]/g, ''));

/** True when a value under the key `key` is a secret by the key's name alone (or a near miss of a field). */
export function secretByName(key: string): boolean {
  if (namesSecret(key)) return true;
  const near = suggest(key, FIELD_NAMES);
  return near !== undefined && !CONTAINERS.has(near);
}

/** True when every value inside a mapping under `key` is secret (`headers:` and near misses). */
const containerByName = (key: string) => {
  const near = suggest(key, [...CONTAINERS]);
  return near !== undefined && CONTAINERS.has(near);
};

/** The ranges of secret values in every document of a source. */
export function sensitiveRanges(index: SourceIndex): SourceRange[] {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLib();
  const docs = index.docs(); // fills the line counter
  const { lineCounter, source } = index;
  const out: SourceRange[] = [];
  const push = (start: number, end: number) => {
    if (end <= start) return;
    const s = lineCounter.linePos(start);
    const e = lineCounter.linePos(end);
    out.push({
      file: source.file,
      start: { line: s.line, column: s.col },
      end: { line: e.line, column: e.col },
    });
  };
  const walk = (node: unknown, path: string[], secret: boolean, container: boolean): void => {
    if (!node || isAlias(node)) return;
    if (isScalar(node)) {
      if (secret && node.range) push(node.range[0], node.range[1]);
      return;
    }
    if (isSeq(node)) {
      node.items.forEach((item, i) => {
        walk(item, [...path, String(i)], secret, false);
      });
      return;
    }
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const at = [...path, key];
      const isRef = REFERENCE_KEYS.has(key);
      // Inside a secret, keys are secret too (`token: s3cr3t: x` parses as a mapping keyed by the secret).
      if (secret && !isRef) walk(pair.key, at, true, false);
      const childSecret = !isRef && (secret || container || isSecretField(at) || secretByName(key));
      walk(pair.value as Node | null, at, childSecret, !childSecret && containerByName(key));
    }
  };
  for (const doc of docs) walk(doc.contents, [], false, false);
  return out;
}
