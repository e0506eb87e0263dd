// Bounded regex search: matching (case-insensitive, Unicode), invalid and over-long patterns, and catastrophic
// patterns stopped at the deadline with the portal still able to search afterwards.
import { describe, expect, it } from 'vitest';
import { MAX_PATTERN_LENGTH, RegexSearchError, regexMatches } from './safe-regex.js';

describe('regexMatches', () => {
  const texts = ['srv_get-data: Gets data', 'docs_search.v2', 'Ünïcode Tool', 'line one\nline two'];
  const cases = [
    {
      name: 'substring',
      pattern: 'data',
      want: [true, false, false, false],
      reason: 'unanchored like RegExp.test',
    },
    { name: 'case', pattern: 'GETS', want: [true, false, false, false], reason: 'case-insensitive' },
    {
      name: 'unicode case',
      pattern: 'ünï',
      want: [false, false, true, false],
      reason: 'flag u with i folds Unicode',
    },
    { name: 'anchors', pattern: '^docs_', want: [false, true, false, false], reason: 'anchors are per text' },
    {
      name: 'alternation',
      pattern: 'search|tool',
      want: [false, true, true, false],
      reason: 'full JS syntax',
    },
    {
      name: 'dot',
      pattern: 'one.line',
      want: [false, false, false, false],
      reason: 'no s flag: . stops at \\n',
    },
    { name: 'escapes', pattern: '\\.v\\d$', want: [false, true, false, false], reason: 'escapes work' },
  ];
  it.each(cases)('$name', async ({ pattern, want, reason }) => {
    expect(await regexMatches(pattern, texts), reason).toEqual(want);
  });

  it('returns nothing for no texts', async () => {
    expect(await regexMatches('x', [])).toEqual([]);
  });

  it('tests texts that are not plain ASCII or contain JSON syntax', async () => {
    const odd = ['"quoted" \\ back', '\u2028sep', '{"a":1}', '😀 emoji'];
    expect(await regexMatches('"quoted"|\\u2028|"a"|😀', odd)).toEqual([true, true, true, true]);
  });

  const invalid = [
    { name: 'unclosed group', pattern: '(a', reason: 'a syntax error' },
    { name: 'bad escape under u', pattern: '\\q', reason: 'the u flag rejects identity escapes' },
    { name: 'too long', pattern: 'a'.repeat(MAX_PATTERN_LENGTH + 1), reason: 'bounded before compiling' },
  ];
  it.each(invalid)('rejects $name', async ({ pattern, reason }) => {
    const err = await regexMatches(pattern, ['a']).catch((e: unknown) => e);
    expect(err, reason).toBeInstanceOf(RegexSearchError);
    expect((err as RegexSearchError).code, reason).toBe('regex/invalid');
  });

  it('stops a catastrophic pattern at the deadline, and searches again afterwards', async () => {
    const err = await regexMatches('^(a+)+$', ['x', `${'a'.repeat(40)}b`], 30).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegexSearchError);
    expect((err as RegexSearchError).code).toBe('regex/timeout');
    expect(await regexMatches('^(a+)+$', ['aaaa', 'aab'])).toEqual([true, false]);
  });
});
