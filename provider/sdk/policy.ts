/**
 * `AccessPolicy` (`mcpportal:index:AccessPolicy`): a reusable Access policy. Servers and portals list
 * policies by name (`policy.name`), which also orders them; the resource id is the API's UUID.
 */
import * as pulumi from '@pulumi/pulumi';
import type { AccessPolicyArgs, AccessRule, PolicyDecision, Unwrapped } from './types.js';

export type { AccessPolicyArgs };

export class AccessPolicy extends pulumi.CustomResource {
  static readonly __pulumiType = 'mcpportal:index:AccessPolicy';

  /** An existing policy by its API id (import form `<accountId>/<uuid>` accepted). */
  static get(name: string, id: pulumi.Input<pulumi.ID>, opts?: pulumi.CustomResourceOptions): AccessPolicy {
    return new AccessPolicy(name, undefined, { ...opts, id });
  }

  static override isInstance(obj: unknown): obj is AccessPolicy {
    return (obj as { __pulumiType?: string } | undefined)?.__pulumiType === AccessPolicy.__pulumiType;
  }

  declare readonly name: pulumi.Output<string>;
  declare readonly decision: pulumi.Output<PolicyDecision>;
  declare readonly include: pulumi.Output<Unwrapped<AccessRule>[]>;
  declare readonly require: pulumi.Output<Unwrapped<AccessRule>[]>;
  declare readonly exclude: pulumi.Output<Unwrapped<AccessRule>[]>;
  declare readonly sessionDuration: pulumi.Output<string>;
  /** The API id of the policy (a UUID). */
  declare readonly policyId: pulumi.Output<string>;

  constructor(name: string, args: AccessPolicyArgs | undefined, opts?: pulumi.CustomResourceOptions) {
    const inputs: pulumi.Inputs = {
      name: args?.name,
      decision: args?.decision,
      include: args?.include,
      require: args?.require,
      exclude: args?.exclude,
      sessionDuration: args?.sessionDuration,
      policyId: undefined,
    };
    if (!opts?.id) {
      if (args?.decision === undefined) throw new Error("Missing required property 'decision'");
      if (args?.include === undefined) throw new Error("Missing required property 'include'");
    }
    super(AccessPolicy.__pulumiType, name, inputs, opts);
  }
}
