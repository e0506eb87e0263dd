// checkOverrides as a table: unique override names and unique visible names (aliases or originals).
import { describe, expect, it } from 'vitest';
import type { Issue } from './errors.js';
import { checkOverrides } from './overrides.js';

describe('checkOverrides', () => {
  it.each([
    { name: 'no overrides', list: [], known: ['a'], want: [] },
    { name: 'alias to a free name', list: [{ name: 'a', alias: 'x' }], known: ['a', 'b'], want: [] },
    { name: 'alias equal to its own name', list: [{ name: 'a', alias: 'a' }], known: ['a'], want: [] },
    {
      name: 'swap two names',
      list: [
        { name: 'a', alias: 'b' },
        { name: 'b', alias: 'a' },
      ],
      known: ['a', 'b'],
      want: [],
    },
    {
      name: "alias takes another tool's name",
      list: [{ name: 'a', alias: 'b' }],
      known: ['a', 'b'],
      want: [['updated_tools', 0, 'alias']],
    },
    {
      name: 'two tools, one alias',
      list: [
        { name: 'a', alias: 'x' },
        { name: 'b', alias: 'x' },
      ],
      known: [],
      want: [['updated_tools', 1, 'alias']],
    },
    {
      name: 'two overrides for one name',
      list: [{ name: 'a' }, { name: 'a', enabled: false }],
      known: ['a'],
      want: [['updated_tools', 1, 'name']],
    },
  ])('$name', ({ list, known, want }) => {
    const issues: Issue[] = [];
    checkOverrides(list, ['updated_tools'], known, issues);
    expect(issues.map((i) => i.path)).toEqual(want);
  });
});
