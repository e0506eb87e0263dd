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

/** Every `{ fromEnv: string }` / `{ fromFile: string }` object in a value, with its path segments. */
function* refsOf(
  value: unknown,
  path: string[] = [],
): Generator<{ path: string[]; ref: Record<string, string> }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* refsOf(v, [...path, String(i)]);
    return;
  }
  if (!isObject(value)) return;
  if (typeof value.fromEnv === 'string' || typeof value.fromFile === 'string')
    yield { path, ref: value as Record<string, string> };
  for (const [k, v] of Object.entries(value)) yield* refsOf(v, [...path, k]);
}

export interface SecretCheckOptions {
  policy: SecretPolicy;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function secretCheck(d: ParsedDocument, opts: SecretCheckOptions, out: Diagnostic[]): void {
  for (const { path, ref } of refsOf(d.value)) {
    const field = typeof ref.fromEnv === 'string' ? 'fromEnv' : 'fromFile';
    let reason: string | undefined;
    if (field === 'fromEnv') reason = refuseEnv(ref.fromEnv as string, opts.policy, opts.env);
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
