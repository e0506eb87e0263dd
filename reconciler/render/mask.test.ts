// Masking known secrets in output: every form a value takes in an error message is replaced, longer values
// first, and values too short to mask without garbling the output are left alone (documented).
import { describe, expect, it } from 'vitest';
import { MASK, Secret } from '../secrets.js';
import { formsOf, maskSecrets } from './mask.js';

describe('maskSecrets', () => {
  const value = 'a"b\\c d/é+1';
  new Secret(value); // registers the value, as resolving a reference does

  const cases = [
    { name: 'raw', text: `token ${value} refused`, reason: 'an API quoting the header' },
    {
      name: 'JSON-escaped',
      text: `body {"token":${JSON.stringify(value)}}`,
      reason: 'an API quoting the JSON body',
    },
    {
      name: 'URL-encoded',
      text: `form token=${encodeURIComponent(value)}`,
      reason: 'an API quoting a query or form',
    },
    {
      name: 'form-encoded',
      text: `form token=${encodeURIComponent(value).replace(/%20/g, '+')}`,
      reason: 'spaces as +',
    },
    {
      name: 'JSON inside JSON',
      text: JSON.stringify({ m: JSON.stringify({ token: value }) }),
      reason: 'a message that is itself JSON',
    },
  ];
  it.each(cases)('$name', ({ text, reason }) => {
    const out = maskSecrets(text);
    expect(out, reason).toContain(MASK);
    for (const form of formsOf(value)) expect(out, reason).not.toContain(form);
  });

  it('masks extra values (the API token) and leaves other text alone', () => {
    expect(maskSecrets('Bearer tok-123456 for tickets', ['tok-123456'])).toBe(`Bearer ${MASK} for tickets`);
  });

  it('masks a value containing another whole', () => {
    new Secret('abcd');
    expect(maskSecrets('x abcdefgh y', ['abcdefgh'])).toBe(`x ${MASK} y`);
  });
});
