/**
 * A small parser of the Prometheus text exposition format for tests: samples as {name, labels, value},
 * plus the `# TYPE` of each family, and a `value(name, labels)` lookup (summing series that match).
 * Used by the controller's tests to scrape `/metrics` over HTTP and check numbers, not strings.
 */

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  samples: Sample[];
  types: Map<string, string>;
  /** The sum of the samples named `name` whose labels include `labels` (undefined when none match). */
  value(name: string, labels?: Record<string, string>): number | undefined;
}

const unescapeLabel = (s: string) => s.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));

export function parseExposition(text: string): Exposition {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('#')) {
      const t = /^# TYPE (\S+) (\S+)$/.exec(line);
      if (t) types.set(t[1] as string, t[2] as string);
      continue;
    }
    const m = /^([A-Za-z_:][A-Za-z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/.exec(line);
    if (!m) throw new Error(`not an exposition line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/([A-Za-z_][A-Za-z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[l[1] as string] = unescapeLabel(l[2] as string);
    const v = m[3] as string;
    const value =
      v === '+Inf' ? Number.POSITIVE_INFINITY : v === '-Inf' ? Number.NEGATIVE_INFINITY : Number(v);
    if (Number.isNaN(value) && v !== 'NaN') throw new Error(`not a sample value: ${line}`);
    samples.push({ name: m[1] as string, labels, value });
  }
  return {
    samples,
    types,
    value(name, want = {}) {
      const hits = samples.filter(
        (s) => s.name === name && Object.entries(want).every(([k, v]) => s.labels[k] === v),
      );
      return hits.length === 0 ? undefined : hits.reduce((a, s) => a + s.value, 0);
    },
  };
}
