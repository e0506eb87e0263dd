// Tool names → JS identifiers: a table of names and collisions, and properties over arbitrary names (valid
// identifiers by acorn, injective, round-trips, independent of input order), plus a 2,000-name catalog.
import { parse } from 'acorn';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identifierMap, toIdentifier } from './identifiers.js';

const isIdentifier = (id: string): boolean => {
  try {
    parse(`let ${id};`, { ecmaVersion: 'latest', sourceType: 'module' });
    return true;
  } catch {
    return false;
  }
};

describe('toIdentifier', () => {
  const cases = [
    { name: 'my-server_get-data', want: 'my_server_get_data', reason: 'kebab-case becomes snake_case' },
    { name: 'docs_search.v2', want: 'docs_search_v2', reason: 'dots become underscores' },
    { name: '9lives_x', want: '_9lives_x', reason: 'a leading digit gets a prefix' },
    { name: '9x_y', want: '_9x_y', reason: 'a leading digit gets a prefix' },
    { name: 'plain_name', want: 'plain_name', reason: 'an identifier keeps its spelling' },
    { name: '$dollar', want: '$dollar', reason: '$ is an identifier character' },
    { name: 'delete', want: 'delete_', reason: 'reserved words get a suffix' },
    { name: 'await', want: 'await_', reason: 'await is reserved in modules' },
    { name: 'let', want: 'let_', reason: 'strict-mode reserved words get a suffix' },
    { name: 'undefined', want: 'undefined_', reason: 'global values are not shadowed' },
    { name: '__proto__', want: '__proto___', reason: 'would set the prototype of a plain object' },
    { name: '', want: '_', reason: 'an empty name still gives an identifier' },
    { name: 'ünïcode tool', want: '_n_code_tool', reason: 'non-ASCII letters and spaces become underscores' },
  ];
  it.each(cases)('$name → $want', ({ name, want, reason }) => {
    expect(toIdentifier(name), reason).toBe(want);
    expect(isIdentifier(want), reason).toBe(true);
  });
});

describe('identifierMap collisions', () => {
  const cases = [
    {
      name: 'a-b / a.b / a_b',
      names: ['a.b', 'a-b', 'a_b'],
      want: { a_b: 'a_b', a_b_2: 'a-b', a_b_3: 'a.b' },
      reason: 'the unchanged name keeps the identifier, the others follow in string order',
    },
    {
      name: 'no unchanged name',
      names: ['a.b', 'a-b'],
      want: { a_b: 'a-b', a_b_2: 'a.b' },
      reason: 'the first name in string order keeps the identifier',
    },
    {
      name: 'suffix already taken',
      names: ['a-b', 'a.b', 'a_b_2'],
      want: { a_b: 'a-b', a_b_3: 'a.b', a_b_2: 'a_b_2' },
      reason: 'a suffix that is another name’s identifier is skipped',
    },
    {
      name: 'reserved word and its suffix form',
      names: ['delete', 'delete_'],
      want: { delete_: 'delete_', delete__2: 'delete' },
      reason: 'a name equal to a suffixed reserved word keeps it',
    },
    {
      name: 'duplicates',
      names: ['x', 'x', 'y'],
      want: { x: 'x', y: 'y' },
      reason: 'a repeated name is one tool',
    },
  ];
  it.each(cases)('$name', ({ names, want, reason }) => {
    const map = identifierMap(names);
    expect(Object.fromEntries(map.identifiers), reason).toEqual(want);
    for (const [id, name] of Object.entries(want)) expect(map.identifierOf(name), reason).toBe(id);
    expect(map.identifierOf('not-a-tool')).toBeUndefined();
  });
});

// Names like a catalog's, with many collisions: small alphabets of identifier and separator characters.
const toolName = fc.oneof(
  fc.stringMatching(/^[a-c0-9_.$-]{0,6}$/),
  fc.constantFrom('delete', 'delete_', 'let', 'NaN', '__proto__', '__proto___', 'a_2', 'a-2', '9', '_9'),
  fc.string({ maxLength: 8 }),
);

const namesAndPermutation = fc
  .array(toolName, { maxLength: 30 })
  .chain((names) =>
    fc.tuple(
      fc.constant(names),
      fc.shuffledSubarray(names, { minLength: names.length, maxLength: names.length }),
    ),
  );

describe('identifierMap properties', () => {
  it('gives valid, distinct identifiers that lead back to their names, whatever the order', () => {
    fc.assert(
      fc.property(namesAndPermutation, ([names, permuted]) => {
        const map = identifierMap(names);
        const distinct = new Set(names);
        expect(map.identifiers.size).toBe(distinct.size);
        for (const name of distinct) {
          const id = map.identifierOf(name);
          expect(id).toBeDefined();
          expect(isIdentifier(id!)).toBe(true);
          expect(map.identifiers.get(id!)).toBe(name);
        }
        const again = identifierMap(permuted);
        expect([...again.identifiers].sort()).toEqual([...map.identifiers].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('maps a 2,000-tool catalog with collisions', () => {
    const names = Array.from(
      { length: 2000 },
      (_, i) => `srv-${i % 100}_tool${['-', '.', '_'][i % 3]}${i >> 2}`,
    );
    const map = identifierMap(names);
    expect(map.identifiers.size).toBe(new Set(names).size);
  });
});
