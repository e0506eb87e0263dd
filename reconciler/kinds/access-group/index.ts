/**
 * The AccessGroup kind: Cloudflare's reusable rule sets (`/access/groups`), matched by name (the API
 * assigns UUIDs), which policies select with `group: <name>`. Every spec field is manifest-owned; rules
 * compare in their canonical form, in order. Groups carry no tags: see `ownership.ts` for which are ours.
 */
import type { AccessGroup } from '../../../schemas/generated/manifest.js';
import type { GroupCreate, GroupObject } from '../../../schemas/generated/wire.js';
import { API_VERSION, replaceOnChange } from '../../../schemas/registry.js';
import { canonicalRules, groupNamer, rulesFromWire, rulesToWire } from '../access-policy/index.js';
import type { KindHandler } from '../handler.js';
import type { Desired, GroupSpec, Observed } from '../model.js';
import { planNamedChange, planNamedDelete } from '../named-objects.js';
import { checkGroup } from './check.js';
import { desiresGroups, groupOwned, relatedGroupIds } from './ownership.js';

const KIND = 'AccessGroup';

/** The create and the (full) update body; `groupId` maps group names to ids. */
export function groupBody(name: string, spec: GroupSpec, groupId?: (name: string) => unknown): GroupCreate {
  return {
    name,
    include: rulesToWire(spec.include, groupId) as GroupCreate['include'],
    require: rulesToWire(spec.require, groupId),
    exclude: rulesToWire(spec.exclude, groupId),
    is_default: spec.isDefault,
  };
}

/**
 * The spec of a live group. `is_default` is typed as a rule list in the SDK's responses (a boolean in
 * its params): when the answer holds no boolean, the manifest's value is assumed (and not compared).
 */
export function groupSpecFromApi(
  g: GroupObject,
  groupName?: (id: string) => string,
  desiredIsDefault?: boolean,
): { spec: GroupSpec; assumed?: string[] } {
  const revealed = typeof g.is_default === 'boolean';
  return {
    spec: {
      include: rulesFromWire(g.include, groupName) as GroupSpec['include'],
      require: rulesFromWire(g.require, groupName),
      exclude: rulesFromWire(g.exclude, groupName),
      isDefault: revealed ? (g.is_default as boolean) : (desiredIsDefault ?? false),
    },
    ...(revealed ? {} : { assumed: ['isDefault'] }),
  };
}

export const groupHandler: KindHandler<'AccessGroup'> = {
  kind: KIND,
  schema: 'access-group.schema.json',
  // Before policies, which select groups by id.
  order: -1,
  replaceOn: replaceOnChange(KIND).map((p) => `spec.${p}`),
  keyed: {},
  observeWith: ['AccessPolicy'],
  // Most MCP setups select no group: then none is read (an account's groups serve its other apps too).
  readWhen: { desired: desiresGroups, live: (ctx) => relatedGroupIds(ctx).size > 0 },
  ownStatus: false,
  importFile: 'groups.yaml',

  fromManifest(m: AccessGroup): Desired<'AccessGroup'> {
    return {
      kind: KIND,
      name: m.metadata.name,
      spec: {
        include: canonicalRules(m.spec.include) as GroupSpec['include'],
        require: canonicalRules(m.spec.require),
        exclude: canonicalRules(m.spec.exclude),
        isDefault: m.spec.isDefault ?? false,
      },
    };
  },

  toManifest(o) {
    const s = o.spec;
    return {
      apiVersion: API_VERSION,
      kind: KIND,
      metadata: { name: o.name },
      spec: {
        include: s.include,
        ...(s.require.length ? { require: s.require } : {}),
        ...(s.exclude.length ? { exclude: s.exclude } : {}),
        ...(s.isDefault ? { isDefault: true } : {}),
      },
    };
  },

  list: (api) => api.listGroups(),
  // By id, or by name (import and Pulumi name groups either way); one list read either way.
  get: async (api, id) => (await api.listGroups()).find((g) => g.id === id || g.name === id),
  nameOf: (raw) => (raw as GroupObject).name,

  fromApi(raw, ctx): Observed<'AccessGroup'> {
    const g = raw as GroupObject;
    const desired = ctx.desired(KIND, g.name) as Desired<'AccessGroup'> | undefined;
    const { spec, assumed } = groupSpecFromApi(g, groupNamer(ctx), desired?.spec.isDefault);
    return {
      kind: KIND,
      name: g.name,
      id: g.id,
      spec,
      owned: groupOwned(g.id, ctx),
      ...(assumed ? { assumed } : {}),
      ...(relatedGroupIds(ctx).has(g.id) ? {} : { unrelated: true as const }),
    };
  },

  planChange: (d, o, ctx) =>
    planNamedChange({ create: 'group.create', update: 'group.update' }, d, o, ctx, (groupId) =>
      groupBody(d.name, d.spec, groupId),
    ),
  planDelete: (o, ctx) =>
    planNamedDelete(
      'group.delete',
      o,
      ctx,
      'not in the manifests, and selected only by policies this tool owns',
    ),

  status: (o) => ({
    kind: KIND,
    name: o.name,
    phase: 'Ready',
    reason: 'Ready',
    message: `${o.spec.include.length} include rule${o.spec.include.length === 1 ? '' : 's'}`,
  }),
  semanticCheck: (doc, _ctx, out) => checkGroup(doc, out),
};
