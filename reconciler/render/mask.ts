/**
 * Masks known secret values in text before it is printed or logged: every value a `Secret` was made of in
 * this process (reconciler/secrets.ts registers them) plus the API token, in their raw, JSON-escaped and
 * URL-encoded forms. Applied to all CLI output (errors, progress, JSON, annotations) and to API error
 * messages, so an API that echoes a request body cannot make portalctl print a credential.
 */
import { MASK, secretValues } from '../secrets.js';

/** Values shorter than this are not masked: replacing every "ab" in the output would garble it. */
export const MIN_MASKED_LENGTH = 4;

/** The forms a value can take in an error message: raw, inside a JSON string, URL- and form-encoded. */
export function formsOf(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  const url = encodeURIComponent(value);
  const forms = new Set([value, json, url, url.replace(/%20/g, '+'), url.toLowerCase()]);
  // A JSON-escaped value inside a JSON string again (an error message quoting a JSON body).
  forms.add(JSON.stringify(json).slice(1, -1));
  return [...forms].filter((f) => f.length >= MIN_MASKED_LENGTH);
}

/** `text` with every form of every known secret (and of `extra` values) replaced by `(sensitive)`. */
export function maskSecrets(text: string, extra: Iterable<string | undefined> = []): string {
  const forms = new Set<string>();
  for (const v of [...secretValues(), ...extra])
    if (v && v.length >= MIN_MASKED_LENGTH) for (const f of formsOf(v)) forms.add(f);
  if (forms.size === 0) return text;
  // Longest first, so a value containing another is masked whole.
  let out = text;
  for (const f of [...forms].sort((a, b) => b.length - a.length))
    if (out.includes(f)) out = out.split(f).join(MASK);
  return out;
}
