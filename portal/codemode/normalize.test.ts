// normalizeCode: a table of what models write (fences, expressions, statements, functions, export default)
// with the result each must give when run, and a table of refusals with their 1-based position.
import { describe, expect, it } from 'vitest';
import { CodeSyntaxError, normalizeCode } from './normalize.js';

/** Runs a normalised function here (test only: trusted inputs) with a fake `codemode`. */
async function run(normalized: string): Promise<unknown> {
  const codemode = { x: async (input: unknown) => ({ got: input }) };
  const fn = new Function('codemode', `return (${normalized});`)(codemode) as () => Promise<unknown>;
  return fn();
}

describe('normalizeCode', () => {
  const cases = [
    { name: 'bare expression', reason: 'a single expression is the value', code: '1 + 2', want: 3 },
    {
      name: 'awaited call',
      reason: 'a single awaited call returns its value',
      code: 'await codemode.x({a: 1})',
      want: { got: { a: 1 } },
    },
    {
      name: 'unawaited call',
      reason: 'a returned promise is awaited',
      code: 'codemode.x({})',
      want: { got: {} },
    },
    {
      name: 'statements with return',
      reason: 'top-level await and return work as in a function body',
      code: 'const r = await codemode.x({n: 1});\nreturn r.got.n + 1;',
      want: 2,
    },
    {
      name: 'statements without return',
      reason: 'the last expression statement of several is not returned implicitly',
      code: 'const r = 1;\nr + 1;',
      want: undefined,
    },
    {
      name: 'async arrow',
      reason: 'an arrow function expression is called',
      code: 'async () => { return 5; }',
      want: 5,
    },
    { name: 'sync arrow', reason: 'a sync arrow is called too', code: '() => 6', want: 6 },
    {
      name: 'function expression',
      reason: 'a function expression is called',
      code: '(async function () { return 7; })',
      want: 7,
    },
    {
      name: 'function declaration',
      reason: 'a lone declaration is called',
      code: 'async function go() { return 8; }',
      want: 8,
    },
    {
      name: 'main among helpers',
      reason: 'with several declarations, the one named main is called',
      code: 'function main() { return helper() * 2; }\nfunction helper() { return 4.5; }',
      want: 9,
    },
    {
      name: 'export default function',
      reason: 'the default export is called',
      code: 'export default async function () { return 10; }',
      want: 10,
    },
    {
      name: 'export default named',
      reason: 'a named default function is called',
      code: 'export default async function main() { return 11; }',
      want: 11,
    },
    {
      name: 'export default arrow',
      reason: 'a default arrow is called',
      code: 'export default async () => 12',
      want: 12,
    },
    {
      name: 'export default with helpers',
      reason: 'named exports lose `export` and stay usable',
      code: 'export const k = 6;\nexport default () => k * 2',
      want: 12,
    },
    {
      name: 'export default value',
      reason: 'a default that is not a function is returned',
      code: 'export default 13',
      want: 13,
    },
    { name: 'fenced js', reason: 'a ```js fence is stripped', code: '```js\nreturn 14;\n```', want: 14 },
    {
      name: 'fenced javascript',
      reason: 'a ```javascript fence is stripped',
      code: '```javascript\n15\n```',
      want: 15,
    },
    {
      name: 'prose around fences',
      reason: 'with fences, only the first fenced block is taken',
      code: 'Here is the code:\n```\nreturn 16;\n```\nand another:\n```js\nreturn 0;\n```',
      want: 16,
    },
    {
      name: 'unclosed fence',
      reason: 'an unclosed fence takes the rest',
      code: '```js\nreturn 17;',
      want: 17,
    },
    {
      name: 'trailing comment',
      reason: 'a line comment at the end does not swallow the wrapper',
      code: '18 // the answer',
      want: 18,
    },
    {
      name: 'IIFE',
      reason: 'a called async arrow is an expression whose promise is awaited',
      code: '(async () => 19)()',
      want: 19,
    },
  ];
  it.each(cases)('$name', async ({ code, want, reason }) => {
    const out = normalizeCode(code);
    expect(out.startsWith('async () =>'), reason).toBe(true);
    expect(await run(out), reason).toEqual(want);
  });

  it('leaves require and import() in place, to fail in the sandbox', () => {
    expect(normalizeCode('require("fs")')).toContain('require("fs")');
    expect(normalizeCode('await import("fs")')).toContain('import("fs")');
  });

  const refusals = [
    {
      name: 'type annotation',
      reason: 'TypeScript is refused at its position',
      code: 'const x: number = 1;',
      line: 1,
      column: 8,
    },
    {
      name: 'interface',
      reason: 'TypeScript declarations are refused',
      code: 'let a = 1;\ninterface A { b: string }',
      line: 2,
      column: 11,
    },
    {
      name: 'error inside a fence',
      reason: 'the position is in the text the model wrote, fence lines included',
      code: 'Sure:\n```ts\nconst ok = 1;\nconst y = <T>(v: T) => v;\n```',
      line: 4,
      column: 11,
    },
    {
      name: 'static import',
      reason: 'imports are refused clearly',
      code: 'import fs from "fs";\nfs.readFileSync("/")',
      line: 1,
      column: 1,
    },
    { name: 'empty', reason: 'no code is an error, not a no-op', code: '```js\n```', line: 2, column: 1 },
    {
      name: 'prose',
      reason: 'text that is not code is refused',
      code: 'I will call the tool now.',
      line: 1,
      column: 3,
    },
  ];
  it.each(refusals)('refuses $name', ({ code, line, column, reason }) => {
    let err: unknown;
    try {
      normalizeCode(code);
    } catch (e) {
      err = e;
    }
    expect(err, reason).toBeInstanceOf(CodeSyntaxError);
    const e = err as CodeSyntaxError;
    expect(e.code).toBe('code/syntax');
    expect({ line: e.line, column: e.column }, reason).toEqual({ line, column });
  });

  it('says to write plain JavaScript, and why an import fails', () => {
    expect(() => normalizeCode('const x: number = 1')).toThrow(/plain JavaScript/);
    expect(() => normalizeCode('import x from "y"')).toThrow(/imports are not available in the sandbox/);
  });
});
