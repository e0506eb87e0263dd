// checkOverrides as a table: unique override names and unique visible names (aliases or originals),
// a portal's over its server's.
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
    {
      name: 'portal alias takes a name the server alias freed',
      list: [{ name: 'list_sections', alias: 'get_page' }],
      under: [{ name: 'get_page', alias: 'page' }],
      known: ['get_page', 'list_sections'],
      want: [],
    },
    {
      name: 'portal alias takes the name a server alias shows',
      list: [{ name: 'list_sections', alias: 'page' }],
      under: [{ name: 'get_page', alias: 'page' }],
      known: ['get_page', 'list_sections'],
      want: [['updated_tools', 0, 'alias']],
    },
    {
      name: 'portal alias undoes a server alias',
      list: [{ name: 'get_page', alias: 'get_page' }],
      under: [{ name: 'get_page', alias: 'page' }],
      known: ['get_page', 'list_sections'],
      want: [],
    },
  ] as {
    name: string;
    list: { name: string; alias?: string }[];
    under?: { name: string; alias?: string }[];
    known: string[];
    want: unknown[];
  }[])('$name', ({ list, under, known, want }) => {
    const issues: Issue[] = [];
    checkOverrides(list, ['updated_tools'], known, issues, under);
    expect(issues.map((i) => i.path)).toEqual(want);
  });
});
