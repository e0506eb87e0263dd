/**
 * `${VAR}` substitution in manifest string values, as Docker Compose and Flux post-build substitution
 * users expect: `${VAR}`, `${VAR:-default}` (the default when VAR is unset or empty) and `$${` for a
 * literal `${`. Applied to parsed values, never to the YAML text, so a variable cannot change the
 * document's structure; never to keys; never in secret fields (they use `fromEnv`); never credentials.
 */
import type { Diagnostic } from '../diagnostics.js';
import { toPointer } from '../diagnostics.js';
import { nodeAt, type ParsedDocument, rangeAt } from './parse-yaml.js';
import { isSecretField } from './secret-fields.js';
import { namesSecret } from './sensitive.js';

const EXPRESSION = /^([A-Za-z_][A-Za-z0-9_]*)(?::-([\s\S]*))?$/;
// biome-ignore lint/suspicious/noTemplateCurlyInString: the substitution syntax itself, not a template
const SYNTAX = 'write ${NAME} or ${NAME:-default}, and $${ for a literal ${';

/** One problem in a string: what, and where (offset of the expression in the string). */
interface Problem {
  code: 'substitution/unset' | 'substitution/invalid' | 'substitution/refused';
  message: string;
  detail: string;
  expression: string;
  offset: number;
}

export interface ExpandOptions {
  /** Values never substituted, whatever the variable's name (the API token of the run). */
  forbiddenValues?: readonly string[];
}

/** Why the variable `name` may not be substituted, or undefined. */
function refusal(name: string, env: NodeJS.ProcessEnv, opts: ExpandOptions): string | undefined {
  if (namesSecret(name)) return `${name} is named like a credential`;
  const value = env[name];
  if (value && opts.forbiddenValues?.includes(value)) return `${name} holds the API token of this run`;
  return undefined;
}

/** Expands the expressions of one string; problems leave the expression as written. */
export function expand(
  text: string,
  env: NodeJS.ProcessEnv,
  opts: ExpandOptions = {},
): { value: string; problems: Problem[] } {
  const problems: Problem[] = [];
  let value = '';
  let i = 0;
  while (i < text.length) {
    const j = text.indexOf('$', i);
    if (j < 0) {
      value += text.slice(i);
      break;
    }
    value += text.slice(i, j);
    if (text.startsWith('$${', j)) {
      value += '${';
      i = j + 3;
      continue;
    }
    if (text[j + 1] !== '{') {
      value += '$';
      i = j + 1;
      continue;
    }
    const close = text.indexOf('}', j + 2);
    if (close < 0) {
      const expression = text.slice(j);
      problems.push({
        code: 'substitution/invalid',
        message: `unterminated substitution ${JSON.stringify(expression)}`,
        detail: SYNTAX,
        expression,
        offset: j,
      });
      value += expression;
      break;
    }
    const expression = text.slice(j, close + 1);
    const m = EXPRESSION.exec(text.slice(j + 2, close));
    i = close + 1;
    if (!m || m[2]?.includes('${')) {
      problems.push({
        code: 'substitution/invalid',
        message: `invalid substitution ${JSON.stringify(expression)}${m ? ' (nested substitution is not supported)' : ''}`,
        detail: SYNTAX,
        expression,
        offset: j,
      });
      value += expression;
      continue;
    }
    const [, name = '', fallback] = m;
    const refused = refusal(name, env, opts);
    if (refused) {
      problems.push({
        code: 'substitution/refused',
        message: `${expression}: ${refused}, and a substituted value is plain text in plans, logs and the API`,
        detail:
          'credentials go in secret fields as { fromEnv: NAME } (written only when sent, never printed); to substitute a value that is not secret, give it a name without TOKEN, SECRET, PASSWORD or API_KEY',
        expression,
        offset: j,
      });
      value += expression;
      continue;
    }
    const set = env[name];
    if (set !== undefined && set !== '') value += set;
    else if (fallback !== undefined) value += fallback;
    else {
      problems.push({
        code: 'substitution/unset',
        message: `${expression}: the variable ${name} is ${set === undefined ? 'not set' : 'set but empty'}`,
        detail: `set ${name}, or give a default with \${${name}:-default}; write $\${ for a literal \${`,
        expression,
        offset: j,
      });
      value += expression;
    }
  }
  return { value, problems };
}

/** True when `path` is a secret field or inside one. */
const inSecret = (path: readonly string[]) => path.some((_, i) => isSecretField(path.slice(0, i + 1)));

/**
 * The range of `expression` (its `nth` occurrence in the value) inside the scalar at `path`, when the
 * source writes it as is (plain or quoted without escapes before it); else the whole value.
 */
function locateIn(d: ParsedDocument, path: string[], expression: string, nth: number) {
  const { node, exact } = nodeAt(d, path);
  const range = node?.range;
  if (!range) return rangeAt(d, 0, 0);
  if (!exact) return rangeAt(d, range[0], range[1]);
  const raw = d.sourceIndex.source.text.slice(range[0], range[1]);
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = raw.indexOf(expression, at + 1);
    if (at < 0) break;
  }
  return at < 0
    ? rangeAt(d, range[0], range[1])
    : rangeAt(d, range[0] + at, range[0] + at + expression.length);
}

/**
 * Substitutes every string value of a document in place. Returns the JSON pointers of the values it
 * reported a problem for, so that checks of the same values (schema, inline secret) do not report the
 * unsubstituted text again.
 *
 * On by default (`LoadOptions.substitute`), for every command that loads manifests (validate, plan,
 * apply, drift, status), from the command's environment: plan and apply must read the same values, and
 * an opt-in flag forgotten on one of them would send a literal `${DOCS_PORT}` to the API. The cost is
 * that a manifest meaning a literal `${` (a description quoting shell syntax) must write `$${`; an unset
 * variable without a default is an error at its file:line:column, so such a manifest fails loudly
 * instead of changing silently.
 *
 * A substituted value is plain text in plans, logs and the API, so credentials are refused: a variable
 * whose name says it is one (`GITHUB_TOKEN`, `CLOUDFLARE_API_TOKEN`, `..._SECRET`, `..._PASSWORD`,
 * `..._API_KEY`) or whose value is the API token of the run. Which other variables a CI job exposes to
 * portalctl is the operator's choice, as for `fromEnv`.
 */
export function substituteDocument(
  d: ParsedDocument,
  env: NodeJS.ProcessEnv,
  out: Diagnostic[],
  opts: ExpandOptions = {},
): Set<string> {
  const failed = new Set<string>();
  if (d.dollarFree) return failed;
  // A YAML alias makes one object appear twice; it is substituted once (a second pass would expand
  // the `${` that a `$${` became). A document known to be a tree needs no record.
  const done = d.tree ? undefined : new Set<object>();
  // The path of the value being visited: one array, pushed and popped as the walk goes, copied only
  // for a value that holds a `$`.
  const stack: string[] = [];
  const substitute = (value: string, path: string[]): string => {
    if (inSecret(path)) {
      const at = value.replaceAll('$${', '\0\0\0').indexOf('${');
      if (at >= 0) {
        failed.add(toPointer(path));
        // The secret field itself too: its `oneOf` failure is this one's follow-on.
        const field = path.findIndex((_, i) => isSecretField(path.slice(0, i + 1)));
        failed.add(toPointer(path.slice(0, field + 1)));
        out.push({
          severity: 'error',
          code: 'substitution/secret-field',
          // biome-ignore lint/suspicious/noTemplateCurlyInString: the substitution syntax itself, not a template
          message: 'a secret field cannot use ${...} substitution',
          detail:
            'a substituted secret would be an inline secret in plans and logs; reference it with { fromEnv: NAME } (or { fromFile: path }) instead',
          path: toPointer(path),
          source: locateIn(d, path, value.slice(at, value.indexOf('}', at) + 1 || undefined), 0),
        });
      }
      return value; // secret fields are taken as written
    }
    const { value: expanded, problems } = expand(value, env, opts);
    if (problems.length) failed.add(toPointer(path));
    for (const p of problems) {
      const nth = value.slice(0, p.offset).split(p.expression).length - 1;
      out.push({
        severity: 'error',
        code: p.code,
        message: p.message,
        detail: p.detail,
        path: toPointer(path),
        source: locateIn(d, path, p.expression, nth),
      });
    }
    return expanded;
  };
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') return value.includes('$') ? substitute(value, stack.slice()) : value;
    if (value === null || typeof value !== 'object') return value;
    if (done) {
      if (done.has(value)) return value;
      done.add(value);
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        stack.push(String(i));
        const next = visit(value[i]);
        if (next !== value[i]) value[i] = next;
        stack.pop();
      }
      return value;
    }
    const o = value as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      stack.push(key);
      const next = visit(o[key]);
      if (next !== o[key]) o[key] = next;
      stack.pop();
    }
    return value;
  };
  d.value = visit(d.value);
  return failed;
}

/** `text` written so that substitution reads it back unchanged (for tools that write manifests). */
export const escapeSubstitution = (text: string): string => text.replaceAll('${', () => '$${');
