/**
 * `AccessGroup` (`mcpportal:index:AccessGroup`): a reusable Access group. Policies select it by name
 * (`{ group: group.name }`, which also orders the creates); the resource id is the API's UUID.
 */
import * as pulumi from '@pulumi/pulumi';
import type { AccessGroupArgs, AccessRule, Unwrapped } from './types.js';

export type { AccessGroupArgs };

export class AccessGroup extends pulumi.CustomResource {
  static readonly __pulumiType = 'mcpportal:index:AccessGroup';

  /** An existing group by its API id (import form `<accountId>/<uuid>` accepted). */
  static get(name: string, id: pulumi.Input<pulumi.ID>, opts?: pulumi.CustomResourceOptions): AccessGroup {
    return new AccessGroup(name, undefined, { ...opts, id });
  }

  static override isInstance(obj: unknown): obj is AccessGroup {
    return (obj as { __pulumiType?: string } | undefined)?.__pulumiType === AccessGroup.__pulumiType;
  }

  declare readonly name: pulumi.Output<string>;
  declare readonly include: pulumi.Output<Unwrapped<AccessRule>[]>;
  declare readonly require: pulumi.Output<Unwrapped<AccessRule>[]>;
  declare readonly exclude: pulumi.Output<Unwrapped<AccessRule>[]>;
  declare readonly isDefault: pulumi.Output<boolean>;
  /** The API id of the group (a UUID). */
  declare readonly groupId: pulumi.Output<string>;

  constructor(name: string, args: AccessGroupArgs | undefined, opts?: pulumi.CustomResourceOptions) {
    const inputs: pulumi.Inputs = {
      name: args?.name,
      include: args?.include,
      require: args?.require,
      exclude: args?.exclude,
      isDefault: args?.isDefault,
      groupId: undefined,
    };
    if (!opts?.id && args?.include === undefined) throw new Error("Missing required property 'include'");
    super(AccessGroup.__pulumiType, name, inputs, opts);
  }
}
