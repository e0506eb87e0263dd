import { describe, expect, it } from 'vitest';
import type { MappingRecord, ResourceRule } from '../store/repository.js';
import { compileRules, resourceFilter } from './resource-rules.js';

const rule = (uri: string, enabled: boolean): ResourceRule => ({ uri, enabled });

const cases: {
  name: string;
  reason: string;
  rules: ResourceRule[];
  fallback: boolean;
  uri: string;
  want: boolean;
}[] = [
  {
    name: 'no rules, exposed by default',
    reason: 'without rules every resource is exposed unless the mapping is default_disabled',
    rules: [],
    fallback: true,
    uri: 'file:///a',
    want: true,
  },
  {
    name: 'no rules, default disabled',
    reason: 'default_disabled hides what no rule names',
    rules: [],
    fallback: false,
    uri: 'file:///a',
    want: false,
  },
  {
    name: 'exact rule disables',
    reason: 'a rule naming the URI exactly decides',
    rules: [rule('file:///a', false)],
    fallback: true,
    uri: 'file:///a',
    want: false,
  },
  {
    name: 'exact rule is not a prefix',
    reason: 'an exact rule matches only that URI',
    rules: [rule('file:///a', false)],
    fallback: true,
    uri: 'file:///ab',
    want: true,
  },
  {
    name: 'star matches any run, slashes included',
    reason: '`*` is any run of characters',
    rules: [rule('file:///secret/*', false)],
    fallback: true,
    uri: 'file:///secret/x/y.txt',
    want: false,
  },
  {
    name: 'star in the middle',
    reason: 'wildcards anywhere in the pattern',
    rules: [rule('demo://*/private', false)],
    fallback: true,
    uri: 'demo://a/b/private',
    want: false,
  },
  {
    name: 'regex characters are literal',
    reason: 'only `*` and template expressions are special',
    rules: [rule('file:///a.b*', false)],
    fallback: true,
    uri: 'file:///aXb',
    want: true,
  },
  {
    name: 'first match wins: wildcard before exact',
    reason: 'an earlier wildcard rule decides before a later exact one',
    rules: [rule('file:///*', true), rule('file:///a', false)],
    fallback: false,
    uri: 'file:///a',
    want: true,
  },
  {
    name: 'first match wins: exact before wildcard',
    reason: 'an earlier exact rule decides before a later wildcard',
    rules: [rule('file:///a', true), rule('file:///*', false)],
    fallback: true,
    uri: 'file:///a',
    want: true,
  },
  {
    name: 'enable one under default disabled',
    reason: 'rules can allow-list under default_disabled',
    rules: [rule('ui://apps/*', true)],
    fallback: false,
    uri: 'ui://apps/chart.html',
    want: true,
  },
  {
    name: 'a template rule matches the template',
    reason: 'templates are matched by their own text',
    rules: [rule('demo://dyn/text/{id}', false)],
    fallback: true,
    uri: 'demo://dyn/text/{id}',
    want: false,
  },
  {
    name: 'a template rule covers its expansions',
    reason: 'a URI guessed from a disabled template is refused too',
    rules: [rule('demo://dyn/text/{id}', false)],
    fallback: true,
    uri: 'demo://dyn/text/42',
    want: false,
  },
];

describe('resource rules', () => {
  it.each(cases)('$name', ({ reason, rules, fallback, uri, want }) => {
    expect(compileRules(rules, fallback)(uri), reason).toBe(want);
  });

  it('compiles once per mapping record and follows default_disabled', () => {
    const mapping = {
      server_id: 's',
      default_disabled: true,
      on_behalf: false,
      updated_tools: [],
      updated_prompts: [],
      updated_resources: [rule('a:*', true)],
    } as unknown as MappingRecord;
    const f = resourceFilter(mapping);
    expect(resourceFilter(mapping)).toBe(f);
    expect(f('a:x')).toBe(true);
    expect(f('b:x')).toBe(false);
    expect(resourceFilter({ ...mapping, updated_resources: undefined, default_disabled: false })('b:x')).toBe(
      true,
    );
  });
});
