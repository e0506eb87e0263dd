/**
 * "Did you mean" proposals: the closest candidate by edit distance, when it is close enough to be a
 * plausible typo (a dozen lines of Levenshtein here rather than a dependency); for enum values also the
 * words people write for them (`enabled` for `default_on`, `block` for `deny`), see `suggestValue`.
 */

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/** The best candidate within a distance of max(2, a third of the word), compared case-insensitively. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Words people write for an enum value, mapped to a word that value is made of (its `_`/`-` separated
 * parts): `codeMode: enabled` means code mode on (`default_on`), `decision: block` is Cloudflare's UI
 * name for `deny`, `auth.type: none` is `unauthenticated`. Only used when no value is a plausible typo.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  enabled: ['on'],
  enable: ['on'],
  true: ['on'],
  yes: ['on'],
  disabled: ['off'],
  disable: ['off'],
  false: ['off'],
  no: ['off'],
  block: ['deny'],
  blocked: ['deny'],
  reject: ['deny'],
  permit: ['allow'],
  service: ['identity'],
  serviceauth: ['identity'],
  service_auth: ['identity'],
  none: ['unauthenticated', 'off'],
  anonymous: ['unauthenticated'],
  public: ['unauthenticated'],
  token: ['bearer'],
  header: ['bearer'],
  headers: ['bearer'],
  apikey: ['bearer'],
  api_key: ['bearer'],
  oauth2: ['oauth'],
};

const partsOf = (value: string) => value.toLowerCase().split(/[_-]/);

/**
 * A "did you mean" for a value outside an enum: a plausible typo first (`suggest`); else the one allowed
 * value that has the word, or a synonym of it, as one of its parts (`opt` -> `opt_in`, `enabled` ->
 * `default_on`). Undefined when no such value exists or more than one does (never a guess between two).
 */
export function suggestValue(word: string, allowed: readonly string[]): string | undefined {
  const typo = suggest(word, allowed);
  if (typo) return typo;
  const w = word.trim().toLowerCase();
  const wanted = new Set([w, ...(SYNONYMS[w] ?? [])]);
  for (const synonym of SYNONYMS[w] ?? []) {
    // A synonym may itself be a whole value (`none` -> `unauthenticated`).
    if (allowed.includes(synonym)) return synonym;
  }
  const hits = allowed.filter((v) => partsOf(v).some((p) => wanted.has(p)));
  return hits.length === 1 ? hits[0] : undefined;
}
