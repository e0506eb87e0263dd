/**
 * The fast path of YAML parsing: plain documents read with js-yaml (core schema, about ten times faster than
 * `yaml`), as plain values without positions. Anything unusual (anchors, aliases, tags, directives, keys that
 * are not plainly strings, a document that is not a mapping, any error) is refused, for the full path of
 * parse-yaml.ts.
 */
import jsyaml from 'js-yaml';

/** Text that the fast path leaves to `yaml`: anchors, aliases, tags, directives, complex keys. */
const UNUSUAL = /(^|[\s[{,])[&*!]\S|^\s*\?(\s|$)|^%/m;
/** The characters `UNUSUAL` needs: a text without any of them (most) skips the regex scan. */
const UNUSUAL_CHARS = ['&', '*', '!', '?', '%'];
/** Keys that YAML's core schema would read as numbers, booleans or null. */
const NON_STRING_KEY = /^([-+.~0-9]|(true|false|null|True|False|TRUE|FALSE|Null|NULL)$)|^$/;

const unusual = (text: string) => UNUSUAL_CHARS.some((c) => text.includes(c)) && UNUSUAL.test(text);

/**
 * True when a key may be one `NON_STRING_KEY` matches: empty, not starting with a letter, or as long as
 * true, false and null and starting as they do.
 */
function maybeNonString(key: string): boolean {
  const c = key.charCodeAt(0);
  const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (!letter) return true;
  if (key.length !== 4 && key.length !== 5) return false;
  return c === 0x74 || c === 0x66 || c === 0x6e || c === 0x54 || c === 0x46 || c === 0x4e;
}

/** Whether every key in `value` (a value js-yaml made: plain objects and arrays) is plainly a string. */
function plainKeys(value: object): boolean {
  if (Array.isArray(value)) {
    for (const item of value)
      if (typeof item === 'object' && item !== null && !plainKeys(item as object)) return false;
    return true;
  }
  const o = value as Record<string, unknown>;
  // for-in, not Object.keys: no array per mapping. js-yaml's objects inherit nothing enumerable.
  for (const key in o) {
    if (maybeNonString(key) && NON_STRING_KEY.test(key)) return false;
    const v = o[key];
    if (typeof v === 'object' && v !== null && !plainKeys(v)) return false;
  }
  return true;
}

/**
 * Every document of a text as a value, by position in the text (null or undefined for an empty one), or
 * undefined when the text takes the full path: something unusual, or no document that is a mapping.
 */
export function fastValues(text: string): unknown[] | undefined {
  if (unusual(text)) return undefined;
  let values: unknown[];
  try {
    values = jsyaml.loadAll(text, undefined, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  let mappings = 0;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value) || !plainKeys(value)) return undefined;
    mappings++;
  }
  return mappings > 0 ? values : undefined;
}
