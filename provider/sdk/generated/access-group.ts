/* eslint-disable */
/**
 * GENERATED from schemas/common.schema.json, schemas/access-group.schema.json, schemas/access-policy.schema.json, schemas/mcp-server.schema.json, schemas/mcp-portal.schema.json, scripts/gen/pulumi-overlay.ts
 * (sources sha256 2159442afec0d10e) through provider/schema.json by scripts/gen/pulumi-sdk.ts.
 * DO NOT EDIT: run `npm run gen`.
 *
 * The AccessGroup resource (mcpportal:index:AccessGroup).
 */
import * as pulumi from '@pulumi/pulumi';
import type { AccessGroupArgs, AccessGroupState, AccessRule } from './types.js';

/**
 * A reusable Access group (Cloudflare's /access/groups): a named rule set that policies match with the group
 * selector (group: <name>). A user is in the group when they match one include rule, every require rule and
 * no exclude rule.
 */
export class AccessGroup extends pulumi.CustomResource {
  /**
   * An existing AccessGroup by its id (the import form `<accountId>/<id>` is accepted too); `state`
   * qualifies the lookup, as in every Pulumi SDK.
   */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AccessGroupState, opts?: pulumi.CustomResourceOptions): AccessGroup {
    return new AccessGroup(name, state, { ...opts, id });
  }

  static readonly __pulumiType = 'mcpportal:index:AccessGroup';

  /** Whether `obj` is a AccessGroup, even from another copy of this SDK. */
  static override isInstance(obj: unknown): obj is AccessGroup {
    return (obj as { __pulumiType?: string } | undefined)?.__pulumiType === AccessGroup.__pulumiType;
  }

  /**
   * The group name (unique among the groups you manage). When absent it is autonamed: the resource name plus
   * a random suffix (e.g. platform-1a2b3c4), or the stack's pulumi:autonaming pattern; give it to pin the
   * name. Policies match the group with the rule {group: <name>}.
   */
  declare readonly name: pulumi.Output<string>;
  /** Rules of which at least one must match (OR). */
  declare readonly include: pulumi.Output<pulumi.Unwrap<AccessRule>[]>;
  /** Rules that must all match (AND). */
  declare readonly require: pulumi.Output<pulumi.Unwrap<AccessRule>[]>;
  /** Rules of which none may match (NOT). */
  declare readonly exclude: pulumi.Output<pulumi.Unwrap<AccessRule>[]>;
  /** Whether this is the account's default group (Cloudflare's is_default). */
  declare readonly isDefault: pulumi.Output<boolean>;
  /** The API id of the group (a UUID). */
  declare readonly groupId: pulumi.Output<string>;

  /** Creates (or, with `opts.id`, reads) a AccessGroup. */
  constructor(name: string, args: AccessGroupArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState?: AccessGroupArgs | AccessGroupState, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState?: AccessGroupArgs | AccessGroupState, opts: pulumi.CustomResourceOptions = {}) {
    const resourceInputs: pulumi.Inputs = {};
    if (opts.id) {
      const state = argsOrState as AccessGroupState | undefined;
      resourceInputs.name = state?.name;
      resourceInputs.include = state?.include;
      resourceInputs.require = state?.require;
      resourceInputs.exclude = state?.exclude;
      resourceInputs.isDefault = state?.isDefault;
      resourceInputs.groupId = state?.groupId;
    } else {
      const args = argsOrState as AccessGroupArgs | undefined;
      if (args?.include === undefined && !opts.urn) throw new Error("Missing required property 'include'");
      resourceInputs.name = args?.name;
      resourceInputs.include = args?.include;
      resourceInputs.require = args?.require;
      resourceInputs.exclude = args?.exclude;
      resourceInputs.isDefault = args?.isDefault;
      resourceInputs.groupId = undefined; // output
    }
    super(AccessGroup.__pulumiType, name, resourceInputs, opts);
  }
}
