/**
 * AccessPolicy: slices of the reconciler's plan on the policy endpoints. The API id is a UUID it assigns
 * (the resource id); servers and portals refer to the policy by name, so a rename is an in-place
 * update. Import takes `<accountId>/<uuid>` (or the policy's name). `group` rules name live groups.
 */
import { policySpecFromApi } from '../../reconciler/kinds/access-policy/index.js';
import { groupsOf } from '../../reconciler/kinds/access-policy/rules.js';
import { liveOf } from '../../reconciler/observe.js';
import type { PolicyObject } from '../../schemas/generated/wire.js';
import { shapeInputs, withId } from '../kinds/diff.js';
import { policyAdapter } from '../kinds/policy.js';
import { type Props, reveal } from '../wire.js';
import { applyChange, applyDelete, failures, groupNamesOf, observeAll, requireGroups } from './common.js';
import { AlreadyExistsError, type Context, parseImportId } from './context.js';
import { type Handler, protect } from './outputs.js';

const KIND = 'AccessPolicy';

const outputs = (p: PolicyObject, names: (id: string) => string, given: Props): Props =>
  protect(
    policyAdapter,
    {
      ...policyAdapter.liveInputs(
        { kind: KIND, name: p.name, id: p.id, spec: policySpecFromApi(p, names), owned: false },
        undefined,
      ),
      policyId: p.id,
    },
    given,
  );

/** The policy with this id as the API has it now, and the names of the groups its rules select. */
async function reread(ctx: Context, id: string) {
  const [policies, groups] = await Promise.all([ctx.api().listPolicies(), ctx.api().listGroups()]);
  return { policy: policies.find((x) => x.id === id), names: groupNamesOf(groups) };
}

const selectedGroups = (d: { spec: { include: object[]; require: object[]; exclude: object[] } }) =>
  groupsOf([...d.spec.include, ...d.spec.require, ...d.spec.exclude]);

export const policyHandler: Handler = {
  adapter: policyAdapter,
  computed: ['policyId'],
  // The API assigns the UUID at create; a rename is an update of the same policy.
  stable: ['policyId'],

  async create(ctx, { name, news }) {
    const d = policyAdapter.toDesired(withId(policyAdapter, name, reveal(news) as Props));
    const snapshot = await observeAll(ctx);
    requireGroups(snapshot, selectedGroups(d));
    const existing = liveOf(snapshot, KIND).find((p) => p.name === d.name);
    if (existing)
      throw new AlreadyExistsError(
        policyAdapter.token,
        `AccessPolicy "${d.name}"`,
        `${ctx.accountId}/${existing.id}`,
      );
    const { result } = await applyChange(ctx, snapshot, d, undefined);
    const created = result.results.find((r) => r.op === 'policy.create');
    if (!created?.ok || !created.produced)
      throw new Error(`create AccessPolicy "${d.name}": ${failures(result) ?? 'not attempted'}`);
    ctx.log(`AccessPolicy ${d.name}: created ${created.produced}`);
    const { policy: p, names } = await reread(ctx, created.produced);
    if (!p) throw new Error(`AccessPolicy "${d.name}" disappeared after it was created`);
    return { id: p.id, outs: outputs(p, names, news) };
  },

  async update(ctx, { id, name, news }) {
    const d = policyAdapter.toDesired(withId(policyAdapter, name, reveal(news) as Props));
    const snapshot = await observeAll(ctx);
    requireGroups(snapshot, selectedGroups(d));
    // Pulumi follows the id: a new name is a rename of the same policy.
    const live = liveOf(snapshot, KIND).find((p) => p.id === id);
    if (!live)
      throw new Error(`AccessPolicy "${d.name}" no longer exists; run \`pulumi refresh\` to forget it`);
    const { result } = await applyChange(ctx, snapshot, d, live);
    const failed = failures(result);
    if (failed) throw new Error(`update AccessPolicy "${d.name}": ${failed}`);
    ctx.log(`AccessPolicy ${d.name}: updated`);
    const { policy: p, names } = await reread(ctx, id);
    if (!p) throw new Error(`AccessPolicy "${d.name}" disappeared after it was updated`);
    return outputs(p, names, news);
  },

  async read(ctx, { id: rawId, props, inputs }) {
    const ref = parseImportId(rawId, ctx.accountId);
    const given = inputs ?? props;
    const [all, groups] = await Promise.all([ctx.api().listPolicies(), ctx.api().listGroups()]);
    const names = groupNamesOf(groups);
    // Import also takes the policy's name; a refresh only ever follows the id.
    const p = all.find((x) => x.id === ref) ?? (given ? undefined : all.find((x) => x.name === ref));
    if (!p) return undefined;
    const known = given ? (reveal(given) as Props) : undefined;
    const observed = {
      kind: KIND,
      name: p.name,
      id: p.id,
      spec: policySpecFromApi(p, names),
      owned: false,
    } as const;
    const full = policyAdapter.liveInputs(observed, known);
    return {
      id: p.id,
      props: outputs(p, names, given ?? {}),
      inputs: protect(
        policyAdapter,
        shapeInputs(policyAdapter, full, known ? Object.keys(known) : []),
        given,
      ),
    };
  },

  async delete(ctx, { id }) {
    const snapshot = await observeAll(ctx);
    const live = liveOf(snapshot, KIND).find((p) => p.id === id);
    if (!live) return;
    const { result } = await applyDelete(ctx, snapshot, live);
    const failed = failures(result);
    if (failed) throw new Error(`delete AccessPolicy "${live.name}": ${failed}`);
  },
};
