/**
 * Which of a server's resources and resource templates a portal exposes (pure): the mapping's
 * `updated_resources` rules, first match deciding, matched against the upstream's own URI or template
 * (`*` is any run of characters, a `{...}` expression any run too, so a rule naming a template also covers
 * the URIs it expands to); no rule matching: exposed unless the mapping is `default_disabled`. Compiled
 * once per mapping record, that is once per catalog.
 */
import type { MappingRecord, ResourceRule } from '../store/repository.js';

/** Decides whether one upstream URI or template is exposed. */
export type ResourceFilter = (uri: string) => boolean;

const compiled = new WeakMap<MappingRecord, ResourceFilter>();

/** The filter of a mapping (compiled on first use and kept as long as the mapping record lives). */
export function resourceFilter(mapping: MappingRecord): ResourceFilter {
  let filter = compiled.get(mapping);
  if (!filter) {
    filter = compileRules(mapping.updated_resources ?? [], !mapping.default_disabled);
    compiled.set(mapping, filter);
  }
  return filter;
}

/** Whether a rule pattern has wildcards (`*` or a template expression). */
const WILD = /[*{]/;

/** A pattern as an anchored regular expression. */
function patternRegExp(pattern: string): RegExp {
  let source = '';
  for (const part of pattern.split(/(\*|\{[^}]*\})/)) {
    if (part === '') continue;
    source += part === '*' || (part.startsWith('{') && part.endsWith('}')) ? '[\\s\\S]*' : literal(part);
  }
  return new RegExp(`^${source}$`);
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The filter for `rules` (first match decides; `fallback` when none matches). Exact rules are looked up
 * in a map; only wildcard rules ahead of the first exact match are tried as patterns.
 */
export function compileRules(rules: readonly ResourceRule[], fallback: boolean): ResourceFilter {
  if (rules.length === 0) return () => fallback;
  const exact = new Map<string, { index: number; enabled: boolean }>();
  const wild: { index: number; re: RegExp; enabled: boolean }[] = [];
  rules.forEach((rule, index) => {
    if (WILD.test(rule.uri)) wild.push({ index, re: patternRegExp(rule.uri), enabled: rule.enabled });
    else if (!exact.has(rule.uri)) exact.set(rule.uri, { index, enabled: rule.enabled });
  });
  return (uri) => {
    const hit = exact.get(uri);
    const before = hit ? hit.index : Number.POSITIVE_INFINITY;
    for (const w of wild) {
      if (w.index > before) break;
      if (w.re.test(uri)) return w.enabled;
    }
    return hit ? hit.enabled : fallback;
  };
}
