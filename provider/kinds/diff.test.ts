// Diff of old and new inputs through the reconciler's normalisation and diff: a table of cases, each
// with the reason it matters (no perpetual diffs, replacement rules, unknowns in preview, secrets).
import { describe, expect, it } from 'vitest';
import { secret, UNKNOWN } from '../wire.js';
import type { KindAdapter } from './adapter.js';
import { changeKey, diffInputs, shapeInputs } from './diff.js';
import { policyAdapter } from './policy.js';
import { portalAdapter } from './portal.js';
import { serverAdapter } from './server.js';

interface Case {
  name: string;
  reason: string;
  adapter: KindAdapter;
  olds: Record<string, unknown>;
  news: Record<string, unknown>;
  want: { detailed: Record<string, string>; replaces?: string[]; deleteBeforeReplace?: boolean };
}

const url = 'https://docs.example.com/mcp';
const srv = {
  url,
  policies: ['engineers'],
  tools: [
    { name: 'a', alias: 'x' },
    { name: 'b', enabled: false },
  ],
};
const bearer = { url, auth: { type: 'bearer', token: secret('t1') } };
const portal = {
  hostname: 'eng.example.com',
  servers: [{ server: 'docs' }, { server: 'tickets', requireUserAuth: false }],
};
const policy = { decision: 'allow', include: [{ emailDomain: 'example.com' }] };

const cases: Case[] = [
  {
    name: 'defaults spelled out',
    reason: 'writing a default explicitly is not a change (no perpetual diffs)',
    adapter: serverAdapter,
    olds: srv,
    news: {
      ...srv,
      displayName: 'docs',
      secureWebGateway: false,
      auth: { type: 'unauthenticated' },
      prompts: [],
    },
    want: { detailed: {} },
  },
  {
    name: 'overrides reordered',
    reason: 'overrides are a set keyed by name',
    adapter: serverAdapter,
    olds: srv,
    news: { ...srv, tools: [...srv.tools].reverse() },
    want: { detailed: {} },
  },
  {
    name: 'alias changed',
    reason: 'a nested change is reported at its input path, in place',
    adapter: serverAdapter,
    olds: srv,
    news: {
      ...srv,
      tools: [
        { name: 'b', enabled: false },
        { name: 'a', alias: 'y' },
      ],
    },
    want: { detailed: { 'tools[1].alias': 'UPDATE' }, replaces: [] },
  },
  {
    name: 'override removed',
    reason: 'a removed set item is a delete at its old position',
    adapter: serverAdapter,
    olds: srv,
    news: { ...srv, tools: [{ name: 'a', alias: 'x' }] },
    want: { detailed: { 'tools[1]': 'DELETE' } },
  },
  {
    name: 'url changed',
    reason: 'url is create-only: replace, deleting first because the id stays the same',
    adapter: serverAdapter,
    olds: srv,
    news: { ...srv, url: 'https://docs2.example.com/mcp' },
    want: { detailed: { url: 'UPDATE_REPLACE' }, replaces: ['url'], deleteBeforeReplace: true },
  },
  {
    name: 'auth type changed',
    reason: 'auth.type is create-only',
    adapter: serverAdapter,
    olds: srv,
    news: { ...srv, auth: { type: 'oauth' } },
    want: {
      detailed: { 'auth.type': 'UPDATE_REPLACE', 'auth.sharedCallback': 'ADD' },
      replaces: ['auth'],
      deleteBeforeReplace: true,
    },
  },
  {
    name: 'url changed, id autonamed',
    reason: 'the engine checks a replacement again without old inputs, so it gets a new id: create first',
    adapter: serverAdapter,
    olds: { ...srv, serverId: 'docs-1a2b3c4', __defaults: ['serverId'] },
    news: {
      ...srv,
      serverId: 'docs-1a2b3c4',
      __defaults: ['serverId'],
      url: 'https://docs2.example.com/mcp',
    },
    want: { detailed: { url: 'UPDATE_REPLACE' }, replaces: ['url'], deleteBeforeReplace: false },
  },
  {
    name: 'update of a pinned id',
    reason: 'delete first is answered for any change, so replaceOnChanges of a pinned id deletes first too',
    adapter: serverAdapter,
    olds: { ...srv, serverId: 'docs' },
    news: { ...srv, serverId: 'docs', displayName: 'Docs 2' },
    want: { detailed: { displayName: 'UPDATE' }, replaces: [], deleteBeforeReplace: true },
  },
  {
    name: 'autonaming record only',
    reason: 'the __defaults bookkeeping is never a change (older state has none)',
    adapter: serverAdapter,
    olds: { ...srv, serverId: 'docs' },
    news: { ...srv, serverId: 'docs', __defaults: ['serverId'] },
    want: { detailed: {}, replaces: [] },
  },
  {
    name: 'server id changed',
    reason: 'a new id is a new object; the old one can go after the new one exists',
    adapter: serverAdapter,
    olds: { ...srv, serverId: 'docs' },
    news: { ...srv, serverId: 'docs2', displayName: 'docs' },
    want: { detailed: { serverId: 'UPDATE_REPLACE' }, replaces: ['serverId'], deleteBeforeReplace: false },
  },
  {
    name: 'token rotated',
    reason: 'a new secret value is an in-place update that sends the credential',
    adapter: serverAdapter,
    olds: bearer,
    news: { ...bearer, auth: { type: 'bearer', token: secret('t2') } },
    want: { detailed: { 'auth.token': 'UPDATE' }, replaces: [] },
  },
  {
    name: 'token to headers',
    reason: 'a different credential form is a change of auth',
    adapter: serverAdapter,
    olds: bearer,
    news: { url, auth: { type: 'bearer', headers: secret({ 'X-Api-Key': 'k' }) } },
    want: { detailed: { auth: 'UPDATE' }, replaces: [] },
  },
  {
    name: 'unknown url',
    reason: 'an unknown under a replace-on field replaces, conservatively',
    adapter: serverAdapter,
    olds: srv,
    news: { ...srv, url: UNKNOWN },
    want: { detailed: { url: 'UPDATE_REPLACE' }, replaces: ['url'], deleteBeforeReplace: true },
  },
  {
    name: 'unknown policy name',
    reason: 'an unknown elsewhere is an in-place change',
    adapter: serverAdapter,
    olds: srv,
    news: { ...srv, policies: ['engineers', UNKNOWN] },
    want: { detailed: { policies: 'UPDATE' }, replaces: [] },
  },
  {
    name: 'unknown secret',
    reason: 'a secret not known yet may change the credential',
    adapter: serverAdapter,
    olds: bearer,
    news: { url, auth: { type: 'bearer', token: secret(UNKNOWN) } },
    want: { detailed: { 'auth.token': 'UPDATE' }, replaces: [] },
  },
  {
    name: 'provider option changed',
    reason: 'tolerateSyncErrors is an input too',
    adapter: serverAdapter,
    olds: srv,
    news: { ...srv, tolerateSyncErrors: true },
    want: { detailed: { tolerateSyncErrors: 'ADD' }, replaces: [] },
  },
  {
    name: 'description removed',
    reason: 'removing an optional input is a delete',
    adapter: serverAdapter,
    olds: { ...srv, description: 'd' },
    news: srv,
    want: { detailed: { description: 'DELETE' } },
  },
  {
    name: 'portal mappings reordered, hostname case',
    reason: 'mappings are a set keyed by server; hostnames compare lowercase',
    adapter: portalAdapter,
    olds: portal,
    news: { ...portal, hostname: 'ENG.example.com', servers: [...portal.servers].reverse() },
    want: { detailed: {} },
  },
  {
    name: 'portal mapping added',
    reason: 'adding a server is an in-place update',
    adapter: portalAdapter,
    olds: portal,
    news: { ...portal, servers: [...portal.servers, { server: 'metrics' }] },
    want: { detailed: { 'servers[2]': 'ADD' }, replaces: [] },
  },
  {
    name: 'resource rule enabled spelled out',
    reason: "a resource rule's enabled defaults to true (no perpetual diffs)",
    adapter: portalAdapter,
    olds: { ...portal, servers: [{ server: 'docs', resources: [{ uri: 'docs://*' }] }] },
    news: { ...portal, servers: [{ server: 'docs', resources: [{ uri: 'docs://*', enabled: true }] }] },
    want: { detailed: {} },
  },
  {
    name: 'resource rules reordered',
    reason: 'resource rules are an ordered list: the first matching rule decides',
    adapter: portalAdapter,
    olds: {
      ...portal,
      servers: [{ server: 'docs', resources: [{ uri: 'a://*' }, { uri: '*', enabled: false }] }],
    },
    news: {
      ...portal,
      servers: [{ server: 'docs', resources: [{ uri: '*', enabled: false }, { uri: 'a://*' }] }],
    },
    want: { detailed: { 'servers[0].resources': 'UPDATE' }, replaces: [] },
  },
  {
    name: 'portal hostname changed',
    reason: 'the API updates hostnames in place',
    adapter: portalAdapter,
    olds: portal,
    news: { ...portal, hostname: 'mcp.example.com' },
    want: { detailed: { hostname: 'UPDATE' }, replaces: [] },
  },
  {
    name: 'portal id changed',
    reason: 'hostnames are unique: the old portal goes first',
    adapter: portalAdapter,
    olds: { ...portal, portalId: 'eng', displayName: 'Eng' },
    news: { ...portal, portalId: 'eng2', displayName: 'Eng' },
    want: { detailed: { portalId: 'UPDATE_REPLACE' }, replaces: ['portalId'], deleteBeforeReplace: true },
  },
  {
    name: 'policy renamed',
    reason: 'a policy id is a UUID the API assigns: a rename is an update',
    adapter: policyAdapter,
    olds: { ...policy, name: 'engineers' },
    news: { ...policy, name: 'staff' },
    want: { detailed: { name: 'UPDATE' }, replaces: [] },
  },
  {
    name: 'policy rules and default session',
    reason: 'rule lists compare whole; sessionDuration 24h is the default',
    adapter: policyAdapter,
    olds: policy,
    news: { ...policy, include: [{ emailDomain: 'example.org' }], sessionDuration: '24h' },
    want: { detailed: { include: 'UPDATE' } },
  },
];

describe('diffInputs', () => {
  it.each(cases)('$name', (c) => {
    const d = diffInputs(c.adapter, 'docs', c.olds, c.news);
    const detailed = Object.fromEntries(
      d.changes.map((x) => [changeKey(x), `${x.kind.toUpperCase()}${x.replace ? '_REPLACE' : ''}`]),
    );
    expect(detailed, c.reason).toEqual(c.want.detailed);
    if (c.want.replaces) expect(d.replaces, c.reason).toEqual(c.want.replaces);
    if (c.want.deleteBeforeReplace !== undefined)
      expect(d.deleteBeforeReplace, c.reason).toBe(c.want.deleteBeforeReplace);
  });
});

describe('shapeInputs', () => {
  it("keeps the program's keys and adds only what differs from the defaults", () => {
    const full = {
      serverId: 'docs',
      displayName: 'Docs',
      url,
      auth: { type: 'unauthenticated' },
      secureWebGateway: false,
      tools: [],
      prompts: [],
      policies: ['engineers'],
    };
    expect(shapeInputs(serverAdapter, full, ['url', 'policies'])).toEqual({
      serverId: 'docs',
      url,
      policies: ['engineers'],
      displayName: 'Docs',
    });
  });
});
