/**
 * AccessPolicy: the reconciler's policy body on the policy endpoints. The API id is a UUID it assigns
 * (the resource id); servers and portals refer to the policy by name, so a rename is an in-place
 * update. Import takes `<accountId>/<uuid>` (or the policy's name).
 */
import type { Observed } from '../../reconciler/kinds/model.js';
import { policyBody, policySpecFromApi } from '../../reconciler/kinds/policy.js';
import type { PolicyObject } from '../../schemas/generated/wire.js';
import { shapeInputs, withId } from '../kinds/diff.js';
import { policyAdapter } from '../kinds/policy.js';
import { type Props, reveal } from '../wire.js';
import { AlreadyExistsError, parseImportId } from './context.js';
import { type Handler, protect } from './outputs.js';

const observed = (p: PolicyObject): Observed<'AccessPolicy'> => ({
  kind: 'AccessPolicy',
  name: p.name,
  id: p.id,
  spec: policySpecFromApi(p),
  owned: false,
});

const outputs = (p: PolicyObject, given: Props): Props =>
  protect(policyAdapter, { ...policyAdapter.liveInputs(observed(p), undefined), policyId: p.id }, given);

export const policyHandler: Handler = {
  adapter: policyAdapter,
  computed: ['policyId'],

  async create(ctx, { name, news }) {
    const inputs = withId(policyAdapter, name, reveal(news) as Props);
    const d = policyAdapter.toDesired(inputs);
    const api = ctx.api();
    const existing = (await api.listPolicies()).find((p) => p.name === d.name);
    if (existing)
      throw new AlreadyExistsError(
        policyAdapter.token,
        `AccessPolicy "${d.name}"`,
        `${ctx.accountId}/${existing.id}`,
      );
    const created = await api.createPolicy(policyBody(d.name, d.spec));
    ctx.log(`AccessPolicy ${d.name}: created ${created.id}`);
    return { id: created.id, outs: outputs(created, news) };
  },

  async update(ctx, { id, name, news }) {
    const d = policyAdapter.toDesired(withId(policyAdapter, name, reveal(news) as Props));
    const updated = await ctx.api().updatePolicy(id, policyBody(d.name, d.spec));
    ctx.log(`AccessPolicy ${d.name}: updated`);
    return outputs(updated, news);
  },

  async read(ctx, { id: rawId, props, inputs }) {
    const ref = parseImportId(rawId, ctx.accountId);
    const given = inputs ?? props;
    const all = await ctx.api().listPolicies();
    // Import also takes the policy's name; a refresh only ever follows the id.
    const p = all.find((x) => x.id === ref) ?? (given ? undefined : all.find((x) => x.name === ref));
    if (!p) return undefined;
    const known = given ? (reveal(given) as Props) : undefined;
    const full = policyAdapter.liveInputs(observed(p), known);
    return {
      id: p.id,
      props: outputs(p, given ?? {}),
      inputs: protect(
        policyAdapter,
        shapeInputs(policyAdapter, full, known ? Object.keys(known) : []),
        given,
      ),
    };
  },

  async delete(ctx, { id }) {
    await ctx.api().deletePolicy(id);
  },
};
