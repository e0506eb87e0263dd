// JSON Schema → TypeScript: tables of schemas and their printed types, the whole declaration file of a small
// catalog, type-name collisions, and fuzzing (random schemas with hostile descriptions and property names always
// print TypeScript that parses, and a batch of them type-checks without errors).
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { declarations, MAX_SCHEMA_DEPTH, schemaType, typeNames } from './declarations.js';

describe('schemaType', () => {
  const cases: { name: string; reason: string; schema: unknown; want: string }[] = [
    { name: 'absent', reason: 'no schema says nothing', schema: undefined, want: 'unknown' },
    { name: 'empty', reason: 'the empty schema accepts anything', schema: {}, want: 'unknown' },
    { name: 'false', reason: 'the false schema accepts nothing', schema: false, want: 'never' },
    { name: 'not an object', reason: 'garbage prints as unknown', schema: 'string', want: 'unknown' },
    { name: 'integer', reason: 'TS has one number type', schema: { type: 'integer' }, want: 'number' },
    { name: 'unknown type', reason: 'an unknown type name', schema: { type: 'decimal' }, want: 'unknown' },
    {
      name: 'type array',
      reason: 'several types are a union',
      schema: { type: ['string', 'null'] },
      want: 'string | null',
    },
    {
      name: 'nullable',
      reason: 'OpenAPI nullable adds null',
      schema: { type: 'number', nullable: true },
      want: 'number | null',
    },
    {
      name: 'enum',
      reason: 'enum values are literal types',
      schema: { enum: ['a', 1, true, null, 'a'] },
      want: '"a" | 1 | true | null',
    },
    { name: 'empty enum', reason: 'no value is allowed', schema: { enum: [] }, want: 'never' },
    {
      name: 'const object',
      reason: 'structured constants print as literal types',
      schema: { const: { 'a-b': [1, 'x'] } },
      want: '{ "a-b": [1, "x"] }',
    },
    {
      name: 'string escaping',
      reason: 'quotes, backslashes and line separators are escaped',
      schema: { const: 'say "hi"\\\n\u2028' },
      want: '"say \\"hi\\"\\\\\\n\\u2028"',
    },
    {
      name: 'anyOf',
      reason: 'anyOf is a union',
      schema: { anyOf: [{ type: 'string' }, { type: 'number' }] },
      want: 'string | number',
    },
    {
      name: 'oneOf with unknown',
      reason: 'a union with unknown is unknown',
      schema: { oneOf: [{ type: 'string' }, {}] },
      want: 'unknown',
    },
    {
      name: 'allOf',
      reason: 'allOf is an intersection; unions inside get parentheses',
      schema: { allOf: [{ anyOf: [{ type: 'string' }, { type: 'number' }] }, { type: 'string' }] },
      want: '(string | number) & string',
    },
    {
      name: 'array of union',
      reason: 'union elements need parentheses',
      schema: { type: 'array', items: { type: ['string', 'number'] } },
      want: '(string | number)[]',
    },
    { name: 'array', reason: 'no items: unknown elements', schema: { type: 'array' }, want: 'unknown[]' },
    {
      name: 'tuple (items array)',
      reason: 'draft-07 tuples; elements past minItems are optional',
      schema: { type: 'array', items: [{ type: 'string' }, { type: 'number' }], minItems: 1 },
      want: '[string, number?]',
    },
    {
      name: 'tuple (prefixItems) with rest',
      reason: '2020-12 tuples; items is the rest',
      schema: { prefixItems: [{ type: 'string' }], items: { type: 'boolean' }, minItems: 1 },
      want: '[string, ...boolean[]]',
    },
    {
      name: 'object without properties',
      reason: 'any object',
      schema: { type: 'object' },
      want: '{\n  [key: string]: unknown;\n}',
    },
    {
      name: 'empty properties',
      reason: 'no parameters',
      schema: { type: 'object', properties: {} },
      want: '{}',
    },
    {
      name: 'required and optional',
      reason: 'properties not required are optional; odd names are quoted; descriptions become JSDoc',
      schema: {
        type: 'object',
        properties: { id: { type: 'string', description: 'The id' }, 'x-y': { type: 'number' } },
        required: ['id'],
      },
      want: '{\n  /** The id */\n  id: string;\n  "x-y"?: number;\n}',
    },
    {
      name: 'additionalProperties only',
      reason: 'a typed map',
      schema: { type: 'object', additionalProperties: { type: 'number' } },
      want: '{\n  [key: string]: number;\n}',
    },
    {
      name: 'additionalProperties with properties',
      reason: 'a typed index signature is intersected so properties need not fit it',
      schema: { properties: { a: { type: 'string' } }, additionalProperties: { type: 'number' } },
      want: '{\n  a?: string;\n} & {\n  [key: string]: number;\n}',
    },
    {
      name: 'nested object',
      reason: 'nested literals are indented',
      schema: { properties: { o: { properties: { b: { type: 'boolean' } }, required: ['b'] } } },
      want: '{\n  o?: {\n    b: boolean;\n  };\n}',
    },
    {
      name: 'local $ref',
      reason: '#/$defs and #/definitions resolve in the same document',
      schema: {
        properties: { a: { $ref: '#/$defs/A' }, b: { $ref: '#/definitions/B' } },
        $defs: { A: { type: 'string' } },
        definitions: { B: { type: 'number' } },
      },
      want: '{\n  a?: string;\n  b?: number;\n}',
    },
    {
      name: 'remote $ref',
      reason: 'only local references resolve',
      schema: { $ref: 'https://example.com/s.json' },
      want: 'unknown',
    },
    {
      name: 'cyclic $ref',
      reason: 'a reference met again while it is expanded is unknown',
      schema: { properties: { next: { $ref: '#' } } },
      want: '{\n  next?: {\n    next?: unknown;\n  };\n}',
    },
    {
      name: 'comment injection',
      reason: '*/ inside a description cannot close the JSDoc',
      schema: { properties: { a: { type: 'string', description: 'x */ type Evil = 1; /*' } } },
      want: '{\n  /** x *\\/ type Evil = 1; /* */\n  a?: string;\n}',
    },
  ];
  it.each(cases)('$name', ({ schema, want, reason }) => {
    expect(schemaType(schema), reason).toBe(want);
  });

  it('prints unknown past the depth cap', () => {
    let schema: unknown = { type: 'string' };
    for (let i = 0; i < MAX_SCHEMA_DEPTH + 5; i++) schema = { type: 'array', items: schema };
    expect(schemaType(schema)).toBe(`unknown${'[]'.repeat(MAX_SCHEMA_DEPTH + 1)}`);
  });

  it('stays small when $refs fan out exponentially', () => {
    const $defs: Record<string, unknown> = { d0: { type: 'string' } };
    for (let i = 1; i <= 30; i++)
      $defs[`d${i}`] = {
        type: 'array',
        items: [{ $ref: `#/$defs/d${i - 1}` }, { $ref: `#/$defs/d${i - 1}` }],
      };
    const text = schemaType({ $ref: '#/$defs/d30', $defs });
    expect(text.length).toBeLessThan(200_000);
    expect(syntaxErrors(`type T = ${text};`)).toEqual([]);
  });
});

describe('declarations', () => {
  it('prints input and output types and the codemode object', () => {
    const text = declarations([
      {
        identifier: 'srv_get_data',
        tool: {
          name: 'srv_get-data',
          description: 'Gets data.\nTwo lines.',
          inputSchema: {
            type: 'object',
            properties: { id: { type: 'string', description: 'The id' }, n: { type: 'integer' } },
            required: ['id'],
          },
          outputSchema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] },
        },
      },
      { identifier: 'srv_ping', tool: { name: 'srv_ping', inputSchema: { type: 'object', properties: {} } } },
    ]);
    expect(text).toBe(
      [
        'type SrvGetDataInput = {',
        '  /** The id */',
        '  id: string;',
        '  n?: number;',
        '};',
        'type SrvGetDataOutput = {',
        '  ok: boolean;',
        '};',
        'type SrvPingInput = {};',
        'type SrvPingOutput = unknown;',
        '',
        'declare const codemode: {',
        '  /**',
        '   * Gets data.',
        '   * Two lines.',
        '   * Tool `srv_get-data` (also `codemode["srv_get-data"]`).',
        '   * @param input.id The id',
        '   */',
        '  srv_get_data: (input: SrvGetDataInput) => Promise<SrvGetDataOutput>;',
        '  srv_ping: (input: SrvPingInput) => Promise<SrvPingOutput>;',
        '};',
        '',
      ].join('\n'),
    );
    expect(semanticErrors(text)).toEqual([]);
  });

  it('prints an empty codemode object for no tools', () => {
    expect(declarations([])).toBe('declare const codemode: {};\n');
  });

  it('makes type names unique', () => {
    expect(typeNames(['a_b', 'aB', 'a__b', 'AB2', '_9x', '_'])).toEqual([
      'AB',
      'AB3',
      'AB4',
      'AB2',
      'T9x',
      'T',
    ]);
  });

  it('prints a 2,000-tool catalog', () => {
    const tools = Array.from({ length: 2000 }, (_, i) => ({
      identifier: `srv_tool_${i}`,
      tool: {
        name: `srv_tool-${i}`,
        description: `Tool ${i}`,
        inputSchema: {
          type: 'object' as const,
          properties: { q: { type: 'string', description: 'query' }, n: { type: 'integer' } },
        },
      },
    }));
    const text = declarations(tools);
    expect(text.match(/=> Promise</g)).toHaveLength(2000);
  });
});

// Hostile text: comment closers, quotes, backslashes, line separators, template and regex syntax.
const hostile = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '*/',
    '/*',
    '*/ }; declare const x: 1; /*',
    '"',
    "'",
    '\\',
    '\u2028',
    '\r\n',
    '`$\u{7b}x}`',
    '@param',
  ),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const json: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 });

const { schema: randomSchema } = fc.letrec<{ schema: unknown }>((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(true, false, {}, null, 3, 'x'),
    fc.record(
      {
        type: fc.oneof(
          fc.constantFrom('string', 'number', 'integer', 'boolean', 'null', 'object', 'array', 'weird'),
          fc.subarray(['string', 'number', 'null', 'object', 'array']),
        ),
        description: hostile,
        title: hostile,
        nullable: fc.boolean(),
        properties: fc.dictionary(hostile, tie('schema'), { maxKeys: 4 }),
        required: fc.array(hostile, { maxLength: 3 }),
        additionalProperties: tie('schema'),
        items: fc.oneof(tie('schema'), fc.array(tie('schema'), { maxLength: 3 })),
        prefixItems: fc.array(tie('schema'), { maxLength: 3 }),
        additionalItems: tie('schema'),
        minItems: fc.nat(4),
        enum: fc.array(json, { maxLength: 4 }),
        const: json,
        anyOf: fc.array(tie('schema'), { maxLength: 3 }),
        oneOf: fc.array(tie('schema'), { maxLength: 3 }),
        allOf: fc.array(tie('schema'), { maxLength: 3 }),
        $ref: fc.constantFrom(
          '#',
          '#/$defs/a',
          '#/definitions/b',
          '#/properties/x',
          '#/nope',
          'http://x',
          '#/%zz',
        ),
        $defs: fc.record({ a: tie('schema') }),
        definitions: fc.record({ b: tie('schema') }),
      },
      { requiredKeys: [] },
    ),
  ),
}));

const randomTool = fc.record({
  name: hostile,
  title: fc.option(hostile, { nil: undefined }),
  description: fc.option(hostile, { nil: undefined }),
  inputSchema: randomSchema,
  outputSchema: fc.option(randomSchema, { nil: undefined }),
});

const asTools = (tools: readonly unknown[]) =>
  tools.map((tool, i) => ({ identifier: i % 2 ? `t_${i}` : `$${i}`, tool: tool as never }));

describe('declarations of random schemas', () => {
  it('always parse as TypeScript', () => {
    fc.assert(
      fc.property(fc.array(randomTool, { maxLength: 3 }), (tools) => {
        const text = declarations(asTools(tools));
        expect(syntaxErrors(text), text).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('type-check without errors (a batch in one program)', () => {
    const tools = fc.sample(randomTool, { numRuns: 200, seed: 18 });
    const text = declarations(asTools(tools));
    expect(semanticErrors(text)).toEqual([]);
  });
});

function syntaxErrors(text: string): string[] {
  const out = ts.transpileModule(text, { reportDiagnostics: true, fileName: 'codemode.ts' });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** Syntactic and semantic errors of `text` as a .ts file (with the ES2023 lib, for Promise). */
function semanticErrors(text: string): string[] {
  const fileName = '/virtual/codemode.ts';
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, version, ...rest) =>
    name === fileName
      ? ts.createSourceFile(name, text, version)
      : getSourceFile.call(host, name, version, ...rest);
  const program = ts.createProgram([fileName], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.start}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}
