/**
 * Checks every secret reference of a document (`{ fromEnv }`, `{ fromFile }`, wherever it sits) against the
 * secret policy (reconciler/secret-policy.ts): a refused reference is an error at its own line and column,
 * so nothing is sent to the API (exit 3).
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { refuseEnv, refuseFile, type SecretPolicy } from '../secret-policy.js';
import { locate, type ParsedDocument } from './parse-yaml.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every `{ fromEnv: string }` / `{ fromFile: string }` object in a value, with its path segments, in
 * document order (an object before what it holds). The path is one stack, copied only for a reference.
 */
function refsOf(
  value: unknown,
  path: string[] = [],
  out: { path: string[]; ref: Record<string, string> }[] = [],
): { path: string[]; ref: Record<string, string> }[] {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (v === null || typeof v !== 'object') continue;
      path.push(String(i));
      refsOf(v, path, out);
      path.pop();
    }
    return out;
  }
  if (!isObject(value)) return out;
  if (typeof value.fromEnv === 'string' || typeof value.fromFile === 'string')
    out.push({ path: path.slice(), ref: value as Record<string, string> });
  // for-in, not Object.keys: no array per mapping (a parsed document's objects inherit nothing enumerable).
  for (const k in value) {
    const v = value[k];
    if (v === null || typeof v !== 'object') continue;
    path.push(k);
    refsOf(v, path, out);
    path.pop();
  }
  return out;
}

export interface SecretCheckOptions {
  policy: SecretPolicy;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /**
   * The verdict on each `fromEnv` name met so far, for one load (policy and env fixed): manifests name the
   * same few variables thousands of times, and `env` may be `process.env`, whose every read asks the OS.
   */
  envVerdicts?: Map<string, string | undefined>;
}

function envVerdict(name: string, opts: SecretCheckOptions): string | undefined {
  const known = opts.envVerdicts;
  if (known?.has(name)) return known.get(name);
  const reason = refuseEnv(name, opts.policy, opts.env);
  known?.set(name, reason);
  return reason;
}

export function secretCheck(d: ParsedDocument, opts: SecretCheckOptions, out: Diagnostic[]): void {
  for (const { path, ref } of refsOf(d.value)) {
    const field = typeof ref.fromEnv === 'string' ? 'fromEnv' : 'fromFile';
    let reason: string | undefined;
    if (field === 'fromEnv') reason = envVerdict(ref.fromEnv as string, opts);
    else {
      const file = ref.fromFile as string;
      const abs = isAbsolute(file) ? file : resolve(d.path ? dirname(d.path) : opts.cwd, file);
      const defaults = [opts.cwd, ...(d.path ? [dirname(d.path)] : [])];
      reason = refuseFile(abs, opts.policy, defaults);
    }
    if (!reason) continue;
    const segments = [...path, field];
    out.push({
      severity: 'error',
      code: 'secret/refused',
      message: `this secret reference is refused: ${reason}`,
      detail:
        'secret references may name only the upstream credentials meant for this manifest; see --secret-env-prefix and --secrets-dir',
      path: `/${segments.map((s) => s.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`,
      source: locate(d, segments),
    });
  }
}
