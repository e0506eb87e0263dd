/* eslint-disable */
/**
 * GENERATED from schemas/common.schema.json, schemas/access-group.schema.json, schemas/access-policy.schema.json, schemas/mcp-server.schema.json, schemas/mcp-portal.schema.json, scripts/gen/pulumi-overlay.ts
 * (sources sha256 2159442afec0d10e) through provider/schema.json by scripts/gen/pulumi-sdk.ts.
 * DO NOT EDIT: run `npm run gen`.
 *
 * The AccessPolicy resource (mcpportal:index:AccessPolicy).
 */
import * as pulumi from '@pulumi/pulumi';
import type { AccessPolicyArgs, AccessPolicyState, AccessRule, PolicyDecision } from './types.js';

/**
 * A reusable Access policy. Servers and portals list policies by name; the portal evaluates include (OR),
 * require (AND) and exclude (NOT).
 */
export class AccessPolicy extends pulumi.CustomResource {
  /**
   * An existing AccessPolicy by its id (the import form `<accountId>/<id>` is accepted too); `state`
   * qualifies the lookup, as in every Pulumi SDK.
   */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AccessPolicyState, opts?: pulumi.CustomResourceOptions): AccessPolicy {
    return new AccessPolicy(name, state, { ...opts, id });
  }

  static readonly __pulumiType = 'mcpportal:index:AccessPolicy';

  /** Whether `obj` is a AccessPolicy, even from another copy of this SDK. */
  static override isInstance(obj: unknown): obj is AccessPolicy {
    return (obj as { __pulumiType?: string } | undefined)?.__pulumiType === AccessPolicy.__pulumiType;
  }

  /**
   * The policy name (unique among the policies you manage). When absent it is autonamed: the resource name
   * plus a random suffix (e.g. engineers-1a2b3c4), or the stack's pulumi:autonaming pattern; give it to pin
   * the name. Servers and portals refer to policies by this name.
   */
  declare readonly name: pulumi.Output<string>;
  /** allow, deny (Block), non_identity (Service Auth) or bypass. */
  declare readonly decision: pulumi.Output<pulumi.Unwrap<PolicyDecision>>;
  /** Rules of which at least one must match (OR). */
  declare readonly include: pulumi.Output<pulumi.Unwrap<AccessRule>[]>;
  /** Rules that must all match (AND). */
  declare readonly require: pulumi.Output<pulumi.Unwrap<AccessRule>[]>;
  /** Rules of which none may match (NOT). */
  declare readonly exclude: pulumi.Output<pulumi.Unwrap<AccessRule>[]>;
  /** How long a session lasts, e.g. 30m, 24h. Default: "24h". */
  declare readonly sessionDuration: pulumi.Output<string>;
  /** The API id of the policy (a UUID). */
  declare readonly policyId: pulumi.Output<string>;

  /** Creates (or, with `opts.id`, reads) a AccessPolicy. */
  constructor(name: string, args: AccessPolicyArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState?: AccessPolicyArgs | AccessPolicyState, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState?: AccessPolicyArgs | AccessPolicyState, opts: pulumi.CustomResourceOptions = {}) {
    const resourceInputs: pulumi.Inputs = {};
    if (opts.id) {
      const state = argsOrState as AccessPolicyState | undefined;
      resourceInputs.name = state?.name;
      resourceInputs.decision = state?.decision;
      resourceInputs.include = state?.include;
      resourceInputs.require = state?.require;
      resourceInputs.exclude = state?.exclude;
      resourceInputs.sessionDuration = state?.sessionDuration;
      resourceInputs.policyId = state?.policyId;
    } else {
      const args = argsOrState as AccessPolicyArgs | undefined;
      if (args?.decision === undefined && !opts.urn) throw new Error("Missing required property 'decision'");
      if (args?.include === undefined && !opts.urn) throw new Error("Missing required property 'include'");
      resourceInputs.name = args?.name;
      resourceInputs.decision = args?.decision;
      resourceInputs.include = args?.include;
      resourceInputs.require = args?.require;
      resourceInputs.exclude = args?.exclude;
      resourceInputs.sessionDuration = args?.sessionDuration;
      resourceInputs.policyId = undefined; // output
    }
    super(AccessPolicy.__pulumiType, name, resourceInputs, opts);
  }
}
