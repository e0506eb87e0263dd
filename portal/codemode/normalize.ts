/**
 * Turns model-written code into the one shape the sandbox runs: the source of an async arrow function
 * expression taking no arguments. Fences are stripped and the code is parsed with acorn (never regexes) to
 * decide how to wrap it: a bare expression, statements, a function, or an `export default`.
 */
import { type Node, type Options, type Program, parse } from 'acorn';

/** The code could not be parsed as JavaScript; `line`/`column` are 1-based, in the text the model wrote. */
export class CodeSyntaxError extends Error {
  static readonly code = 'code/syntax';
  readonly code = 'code/syntax';
  override name = 'CodeSyntaxError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

const BASE: Options = {
  ecmaVersion: 'latest',
  allowAwaitOutsideFunction: true,
  allowReturnOutsideFunction: true,
  allowHashBang: false,
  locations: true,
};

const PLAIN_JS =
  'Write plain JavaScript: TypeScript syntax (type annotations, interfaces, `as` casts) is not supported.';
const NO_IMPORTS =
  'imports are not available in the sandbox: call tools as `await codemode.<name>(input)`, no modules are loaded';

/**
 * The source of one async arrow function expression (`async () => {…}`) equivalent to `source`:
 * - fenced code (```, ```js, ```javascript, …): the first fenced block is taken and the text around it dropped;
 * - a single expression (`codemode.x({})`) is returned: `async () => { return (expr); }`;
 * - a single function or arrow expression (sync or async) is called with no arguments and its value returned;
 * - only function declarations: the one named `main`, else the last one, is called;
 * - `export default <function or expression>` (with other statements beside it): the default is called
 *   (or returned if not a function); `export` is dropped from named declarations;
 * - anything else is a body of statements, where top-level `await` and `return` work as in a function.
 * The last expression statement of several statements is deliberately NOT returned implicitly: a model that
 * writes `const r = await codemode.a({}); console.log(r)` would otherwise return `undefined` by accident in
 * some cases and a value in others; `return` says what is meant. Only a whole program of one expression is
 * taken as its value.
 * A static `import` is refused (CodeSyntaxError); `require(…)`/`import(…)` are left in and fail in the sandbox.
 * @throws CodeSyntaxError when the code is empty or not JavaScript.
 */
export function normalizeCode(source: string): string {
  const { code, lineOffset } = unfence(source);
  if (code.trim() === '') throw new CodeSyntaxError('the code is empty', lineOffset + 1, 1);
  const program = parseProgram(code, lineOffset);
  const body = program.body;
  const importDecl = body.find((n) => n.type === 'ImportDeclaration');
  if (importDecl) throw at(NO_IMPORTS, importDecl, lineOffset);

  let out: string;
  const only = body.length === 1 ? body[0] : undefined;
  if (only?.type === 'ExpressionStatement' && !('directive' in only && only.directive)) {
    const expr = only.expression;
    const text = code.slice(expr.start, expr.end);
    const isFunction = expr.type === 'ArrowFunctionExpression' || expr.type === 'FunctionExpression';
    out = `async () => {\nreturn (\n${text}\n)${isFunction ? '()' : ''};\n}`;
  } else if (body.length > 0 && body.every((n) => n.type === 'FunctionDeclaration')) {
    const names = body.map((n) => (n.type === 'FunctionDeclaration' ? n.id.name : ''));
    const entry = names.includes('main') ? 'main' : names[names.length - 1];
    out = `async () => {\n${code}\nreturn ${entry}();\n}`;
  } else if (body.some((n) => n.type.startsWith('Export'))) {
    out = `async () => {\n${unexport(code, program, lineOffset)}\n}`;
  } else {
    out = `async () => {\n${code}\n}`;
  }
  // The wrapped text must still parse (e.g. a hashbang or `arguments` misuse): check rather than hand on.
  try {
    parse(`(${out})`, { ...BASE, sourceType: 'script' });
  } catch (err) {
    throw new CodeSyntaxError(
      `the code cannot run as a function body: ${acornMessage(err)}. ${PLAIN_JS}`,
      lineOffset + 1,
      1,
    );
  }
  return out;
}

/** The first fenced block (and the number of lines before its first line), or the whole text. */
function unfence(source: string): { code: string; lineOffset: number } {
  const open = /^[ \t]*```[^\n`]*\n/m.exec(source);
  if (!open) return { code: source, lineOffset: 0 };
  const start = open.index + open[0].length;
  const close = /^[ \t]*```[ \t]*$/m.exec(source.slice(start));
  const code = close ? source.slice(start, start + close.index) : source.slice(start);
  return { code, lineOffset: source.slice(0, start).split('\n').length - 1 };
}

/** Parsed as a script, else as a module (for `export`/`import`); the script's error is the one reported. */
function parseProgram(code: string, lineOffset: number): Program {
  try {
    return parse(code, { ...BASE, sourceType: 'script' });
  } catch (scriptErr) {
    try {
      return parse(code, { ...BASE, sourceType: 'module' });
    } catch {
      const loc = (scriptErr as { loc?: { line: number; column: number } }).loc;
      const line = (loc?.line ?? 1) + lineOffset;
      const column = (loc?.column ?? 0) + 1;
      throw new CodeSyntaxError(
        `${acornMessage(scriptErr)} at line ${line}, column ${column}. ${PLAIN_JS}`,
        line,
        column,
      );
    }
  }
}

/** The module body with `export default` turned into a called `__default` and other `export`s dropped. */
function unexport(code: string, program: Program, lineOffset: number): string {
  let out = '';
  let pos = 0;
  let hasDefault = false;
  for (const node of program.body) {
    if (node.type === 'ExportDefaultDeclaration') {
      const decl = node.declaration;
      const text = code.slice(decl.start, decl.end);
      out += code.slice(pos, node.start);
      out += `const __default = (\n${text}\n);`;
      hasDefault = true;
      pos = node.end;
    } else if (node.type === 'ExportNamedDeclaration' && node.declaration) {
      out += code.slice(pos, node.start);
      pos = node.declaration.start;
    } else if (node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') {
      throw at(
        '`export { … }` is not supported in the sandbox: use `export default` or `return` a value',
        node,
        lineOffset,
      );
    }
  }
  out += code.slice(pos);
  if (hasDefault) out += `\nreturn typeof __default === 'function' ? __default() : __default;`;
  return out;
}

function at(message: string, node: Node, lineOffset: number): CodeSyntaxError {
  const line = (node.loc?.start.line ?? 1) + lineOffset;
  const column = (node.loc?.start.column ?? 0) + 1;
  return new CodeSyntaxError(`${message} (line ${line}, column ${column})`, line, column);
}

/** acorn's message without its trailing "(line:column)". */
function acornMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/\s*\(\d+:\d+\)$/, '');
}
