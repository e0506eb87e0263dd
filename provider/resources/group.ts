/**
 * AccessGroup: slices of the reconciler's plan on the group endpoints. The API id is a UUID it assigns
 * (the resource id); policies select the group by name, so a rename is an in-place update. Import takes
 * `<accountId>/<uuid>` (or the group's name). Pulumi's state says the group is managed: delete needs no
 * ownership proof (the API refuses while a policy still selects it).
 */
import { groupSpecFromApi } from '../../reconciler/kinds/access-group/index.js';
import { liveOf } from '../../reconciler/observe.js';
import type { GroupObject } from '../../schemas/generated/wire.js';
import { shapeInputs, withId } from '../kinds/diff.js';
import { groupAdapter } from '../kinds/group.js';
import { type Props, reveal } from '../wire.js';
import { applyChange, applyDelete, failures, groupNamesOf, observeAll } from './common.js';
import { AlreadyExistsError, type Context, parseImportId } from './context.js';
import { type Handler, protect } from './outputs.js';

const KIND = 'AccessGroup';

function observed(g: GroupObject, names: (id: string) => string, known: Props | undefined) {
  const isDefault = typeof known?.isDefault === 'boolean' ? known.isDefault : undefined;
  return {
    kind: KIND,
    name: g.name,
    id: g.id,
    spec: groupSpecFromApi(g, names, isDefault).spec,
    owned: false,
  } as const;
}

const outputs = (g: GroupObject, names: (id: string) => string, given: Props): Props =>
  protect(
    groupAdapter,
    { ...groupAdapter.liveInputs(observed(g, names, reveal(given) as Props), undefined), groupId: g.id },
    given,
  );

/** The group with this id as the API has it now, with a namer for the groups its rules select. */
async function reread(ctx: Context, id: string) {
  const all = await ctx.api().listGroups();
  return { group: all.find((x) => x.id === id), names: groupNamesOf(all) };
}

export const groupHandler: Handler = {
  adapter: groupAdapter,
  computed: ['groupId'],
  // The API assigns the UUID at create; a rename is an update of the same group.
  stable: ['groupId'],

  async create(ctx, { name, news }) {
    const d = groupAdapter.toDesired(withId(groupAdapter, name, reveal(news) as Props));
    const snapshot = await observeAll(ctx, d);
    const existing = liveOf(snapshot, KIND).find((g) => g.name === d.name);
    if (existing)
      throw new AlreadyExistsError(
        groupAdapter.token,
        `AccessGroup "${d.name}"`,
        `${ctx.accountId}/${existing.id}`,
      );
    const { result } = await applyChange(ctx, snapshot, d, undefined);
    const created = result.results.find((r) => r.op === 'group.create');
    if (!created?.ok || !created.produced)
      throw new Error(`create AccessGroup "${d.name}": ${failures(result) ?? 'not attempted'}`);
    ctx.log(`AccessGroup ${d.name}: created ${created.produced}`);
    const { group, names } = await reread(ctx, created.produced);
    if (!group) throw new Error(`AccessGroup "${d.name}" disappeared after it was created`);
    return { id: group.id, outs: outputs(group, names, news) };
  },

  async update(ctx, { id, name, news }) {
    const d = groupAdapter.toDesired(withId(groupAdapter, name, reveal(news) as Props));
    const snapshot = await observeAll(ctx, d);
    // Pulumi follows the id: a new name is a rename of the same group.
    const live = liveOf(snapshot, KIND).find((g) => g.id === id);
    if (!live)
      throw new Error(`AccessGroup "${d.name}" no longer exists; run \`pulumi refresh\` to forget it`);
    const { result } = await applyChange(ctx, snapshot, d, live);
    const failed = failures(result);
    if (failed) throw new Error(`update AccessGroup "${d.name}": ${failed}`);
    ctx.log(`AccessGroup ${d.name}: updated`);
    const { group, names } = await reread(ctx, id);
    if (!group) throw new Error(`AccessGroup "${d.name}" disappeared after it was updated`);
    return outputs(group, names, news);
  },

  async read(ctx, { id: rawId, props, inputs }) {
    const ref = parseImportId(rawId, ctx.accountId);
    const given = inputs ?? props;
    const all = await ctx.api().listGroups();
    // Import also takes the group's name; a refresh only ever follows the id.
    const g = all.find((x) => x.id === ref) ?? (given ? undefined : all.find((x) => x.name === ref));
    if (!g) return undefined;
    const known = given ? (reveal(given) as Props) : undefined;
    const names = groupNamesOf(all);
    const full = groupAdapter.liveInputs(observed(g, names, known), known);
    return {
      id: g.id,
      props: outputs(g, names, given ?? {}),
      inputs: protect(groupAdapter, shapeInputs(groupAdapter, full, known ? Object.keys(known) : []), given),
    };
  },

  async delete(ctx, { id }) {
    const snapshot = await observeAll(ctx);
    const live = liveOf(snapshot, KIND).find((g) => g.id === id);
    if (!live) return;
    const { result } = await applyDelete(ctx, snapshot, live);
    const failed = failures(result);
    if (failed) throw new Error(`delete AccessGroup "${live.name}": ${failed}`);
  },
};
