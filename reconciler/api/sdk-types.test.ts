// The compile-time check of request bodies against the official SDK (sdk-types.ts) holds and bites: the
// module compiles with no error, and without its `@ts-expect-error` directives exactly the deliberately
// wrong bodies fail, each at its own line (so `tsc`, which `npm test` runs, would refuse them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const file = join(import.meta.dirname, 'sdk-types.ts');
const source = readFileSync(file, 'utf8');

/** Type errors of `text` compiled in place of sdk-types.ts, as `line: message`. */
function errorsOf(text: string): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    resolveJsonModule: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, readFile } = host;
  host.getSourceFile = (name, lang, ...rest) =>
    name === file ? ts.createSourceFile(name, text, lang) : getSourceFile.call(host, name, lang, ...rest);
  host.readFile = (name) => (name === file ? text : readFile.call(host, name));
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

describe('request bodies are typed against the official SDK', () => {
  it('every wire body the reconciler sends fits the SDK params', () => {
    expect(errorsOf(source)).toEqual([]);
  }, 60_000);

  it('the check bites: without the @ts-expect-error directives, the wrong bodies do not compile', () => {
    const lines = source.split('\n');
    const wrong = lines.map((l, i) => (l.includes('@ts-expect-error') ? i + 2 : 0)).filter((n) => n > 0);
    expect(wrong.length).toBe(3);
    const stripped = lines.map((l) => (l.includes('@ts-expect-error') ? '' : l)).join('\n');
    const errors = errorsOf(stripped);
    expect(errors.map((e) => Number(e.split(':')[0]))).toEqual(wrong);
    for (const e of errors) expect(e).toMatch(/Type 'true' is not assignable to type '"?[.a-z]/);
  }, 60_000);
});
