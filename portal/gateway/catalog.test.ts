// What a portal exposes, from stored records: `{server_id}_{name}`, alias / description / enabled precedence
// (portal over server over upstream), the default_disabled allowlist, only ready servers, and name
// collisions (the first original name wins; the other is hidden with a reason, as is a built-in's name).
import { describe, expect, it } from 'vitest';
import type { ServerCapability, ServerCapabilityOverride } from '../../schemas/generated/wire.js';
import type { MappingRecord, PortalRecord, ServerRecord } from '../store/repository.js';
import { BUILTIN_NAMES } from './builtins.js';
import { buildCatalog, splitExposedName } from './catalog.js';

const server = (id: string, tools: ServerCapability[], extra: Partial<ServerRecord> = {}): ServerRecord =>
  ({
    id,
    name: id,
    status: 'ready',
    tools,
    prompts: [],
    updated_tools: [],
    updated_prompts: [],
    ...extra,
  }) as ServerRecord;

const mapping = (server_id: string, extra: Partial<MappingRecord> = {}): MappingRecord => ({
  server_id,
  default_disabled: false,
  on_behalf: true,
  updated_tools: [],
  updated_prompts: [],
  ...extra,
});

const portal = (servers: MappingRecord[]): PortalRecord => ({ id: 'p', name: 'P', servers }) as PortalRecord;

function exposed(servers: ServerRecord[], mappings: MappingRecord[]) {
  const c = buildCatalog(portal(mappings), new Map(servers.map((s) => [s.id, s])), BUILTIN_NAMES);
  return {
    names: [...c.tools.keys()].sort(),
    descriptions: Object.fromEntries([...c.tools.values()].map((t) => [t.name, t.definition.description])),
    originals: Object.fromEntries([...c.tools.values()].map((t) => [t.name, t.original])),
    hidden: c.servers.flatMap((v) => v.hidden),
  };
}

const tools: ServerCapability[] = [
  { name: 'search', description: 'upstream search', inputSchema: { type: 'object' } },
  { name: 'get', description: 'upstream get' },
  { name: 'delete', description: 'upstream delete' },
];
const o = (name: string, extra: Omit<ServerCapabilityOverride, 'name'>): ServerCapabilityOverride => ({
  name,
  ...extra,
});

describe('names and precedence', () => {
  const cases: {
    name: string;
    reason: string;
    server?: ServerCapabilityOverride[];
    portal?: ServerCapabilityOverride[];
    defaultDisabled?: boolean;
    want: string[];
    description?: Record<string, string | undefined>;
  }[] = [
    {
      name: 'prefixing',
      reason: 'every tool is {server_id}_{name}',
      want: ['docs_delete', 'docs_get', 'docs_search'],
    },
    {
      name: 'server alias',
      reason: 'a server-level alias replaces the name part',
      server: [o('search', { alias: 'find' })],
      want: ['docs_delete', 'docs_find', 'docs_get'],
    },
    {
      name: 'portal alias wins',
      reason: 'portal over server',
      server: [o('search', { alias: 'find' })],
      portal: [o('search', { alias: 'lookup' })],
      want: ['docs_delete', 'docs_get', 'docs_lookup'],
    },
    {
      name: 'descriptions',
      reason: 'portal over server over upstream',
      server: [o('search', { description: 'server text' }), o('get', { description: 'server get' })],
      portal: [o('search', { description: 'portal text' })],
      want: ['docs_delete', 'docs_get', 'docs_search'],
      description: { docs_search: 'portal text', docs_get: 'server get', docs_delete: 'upstream delete' },
    },
    {
      name: 'server disables',
      reason: 'enabled false at the server hides the tool',
      server: [o('delete', { enabled: false })],
      want: ['docs_get', 'docs_search'],
    },
    {
      name: 'portal re-enables',
      reason: 'portal enabled true overrides the server',
      server: [o('delete', { enabled: false })],
      portal: [o('delete', { enabled: true })],
      want: ['docs_delete', 'docs_get', 'docs_search'],
    },
    {
      name: 'allowlist',
      reason: 'default_disabled shows only portal entries with enabled true',
      defaultDisabled: true,
      server: [o('get', { enabled: true })],
      portal: [o('search', { enabled: true, alias: 'find' })],
      want: ['docs_find'],
    },
    {
      name: 'empty allowlist',
      reason: 'default_disabled with no entries shows nothing',
      defaultDisabled: true,
      want: [],
    },
  ];
  it.each(cases)('$name', (c) => {
    const got = exposed(
      [server('docs', tools, { updated_tools: c.server ?? [] })],
      [mapping('docs', { updated_tools: c.portal ?? [], default_disabled: c.defaultDisabled ?? false })],
    );
    expect(got.names, c.reason).toEqual(c.want);
    if (c.description) expect(got.descriptions).toEqual(c.description);
  });

  it('routes an exposed name back to the original upstream name', () => {
    const got = exposed(
      [server('docs', tools, { updated_tools: [o('search', { alias: 'find' })] })],
      [mapping('docs')],
    );
    expect(got.originals.docs_find).toBe('search');
    expect(splitExposedName('docs_find_all')).toEqual({ serverId: 'docs', name: 'find_all' });
    expect(splitExposedName('nounderscore')).toBeUndefined();
  });

  it('exposes only ready servers, but lists every mapped server', () => {
    const c = buildCatalog(
      portal([mapping('a'), mapping('b'), mapping('gone')]),
      new Map([
        ['a', server('a', tools)],
        ['b', server('b', tools, { status: 'error' })],
      ]),
      BUILTIN_NAMES,
    );
    expect([...c.tools.keys()].every((n) => n.startsWith('a_'))).toBe(true);
    expect(c.servers.map((v) => v.server.id)).toEqual(['a', 'b']);
  });
});

describe('collisions', () => {
  it('keeps the first original name and hides the other with a reason', () => {
    const got = exposed(
      [server('docs', tools, { updated_tools: [o('search', { alias: 'get' })] })],
      // the portal aliases nothing, but the server alias of "search" collides with the upstream "get"
      [mapping('docs')],
    );
    expect(got.names).toEqual(['docs_delete', 'docs_get']);
    expect(got.originals.docs_get).toBe('get');
    expect(got.hidden).toEqual([
      { kind: 'tool', original: 'search', reason: '"docs_get" is already the name of tool "get"' },
    ]);
  });

  it('a disabled tool does not take part in a collision', () => {
    const got = exposed(
      [server('docs', tools, { updated_tools: [o('search', { alias: 'get' })] })],
      [mapping('docs', { updated_tools: [o('get', { enabled: false })] })],
    );
    expect(got.originals.docs_get).toBe('search');
    expect(got.hidden).toEqual([]);
  });

  it('built-in tool names cannot be shadowed by a server called "portal"', () => {
    const got = exposed(
      [server('portal', [{ name: 'list_servers' }, { name: 'other' }])],
      [mapping('portal')],
    );
    expect(got.names).toEqual(['portal_other']);
    expect(got.hidden[0]?.reason).toContain('built-in');
  });
});
