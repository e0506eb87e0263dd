/**
 * Compile-time proof that the request bodies the reconciler sends are ones the official `cloudflare` SDK
 * (the specification of Cloudflare's API) accepts: each wire type (schemas/generated/wire.ts, the types
 * the endpoints take) must be assignable to the SDK's params for that call, and have no key, at any
 * depth, that the SDK's params lack. Type-only: `tsc` checks it; nothing of it exists at run time.
 */

import type { RecordCreateParams, RecordUpdateParams } from 'cloudflare/resources/dns/records';
import type {
  PortalCreateParams,
  PortalUpdateParams,
} from 'cloudflare/resources/zero-trust/access/ai-controls/mcp/portals';
import type {
  ServerCreateParams,
  ServerUpdateParams,
} from 'cloudflare/resources/zero-trust/access/ai-controls/mcp/servers';
import type {
  ApplicationCreateParams,
  ApplicationUpdateParams,
} from 'cloudflare/resources/zero-trust/access/applications/applications';
import type { AccessRuleParam } from 'cloudflare/resources/zero-trust/access/applications/policies';
import type { GroupCreateParams, GroupUpdateParams } from 'cloudflare/resources/zero-trust/access/groups';
import type { PolicyCreateParams, PolicyUpdateParams } from 'cloudflare/resources/zero-trust/access/policies';
import type { TagCreateParams, TagUpdateParams } from 'cloudflare/resources/zero-trust/access/tags';
import type {
  AppCreate,
  AppUpdate,
  GroupCreate,
  GroupUpdate,
  PolicyCreate,
  PolicyRule,
  PolicyUpdate,
  PortalCreate,
  PortalServerMappingRequest,
  PortalUpdate,
  ServerCreate,
  ServerUpdate,
  TagCreate,
} from '../../schemas/generated/wire.js';
import type { AppBody, CnameBody } from './endpoints.js';

/** The body part of SDK params: without the path parameters. */
type BodyOf<P> = P extends unknown ? Omit<P, 'account_id' | 'zone_id'> : never;

/** The keys of any member of a union. */
type AnyKey<T> = T extends unknown ? keyof T : never;
/** The type of key `K` in the members of union `S` that have it. */
type ValueAt<S, K extends PropertyKey> = S extends unknown ? (K extends keyof S ? S[K] : never) : never;

/**
 * The paths (`.policies[].tags`) at which `W` has a key the SDK's `S` has no place for, as a union of
 * string literals; never when there is none. Distributes over unions on both sides (a wire member may
 * use the keys of any SDK member: the assignability check beside it catches mixed members).
 */
export type ExtraKeys<W, S, Path extends string = ''> = W extends readonly (infer WI)[]
  ? [Extract<NonNullable<S>, readonly unknown[]>] extends [never]
    ? `${Path}: an array where the SDK has none`
    : ExtraKeys<WI, Extract<NonNullable<S>, readonly unknown[]>[number], `${Path}[]`>
  : W extends object
    ? {
        [K in keyof W & string]-?: K extends AnyKey<NonNullable<S>>
          ? ExtraKeys<NonNullable<W[K]>, ValueAt<NonNullable<S>, K>, `${Path}.${K}`>
          : `${Path}.${K}: not in the SDK's params`;
      }[keyof W & string]
    : never;

/** `true` when `W` fits the SDK's `S`; otherwise a string type naming what does not fit. */
export type Fits<W, S> = [W] extends [BodyOf<S>]
  ? [ExtraKeys<W, BodyOf<S>>] extends [never]
    ? true
    : ExtraKeys<W, BodyOf<S>>
  : 'not assignable to the SDK params';

/** The SDK's application params for the two types MCP uses (`mcp`, `mcp_portal`). */
type AppCreateParams =
  | ApplicationCreateParams.McpServerApplication
  | ApplicationCreateParams.McpServerPortalApplication;
type AppUpdateParams =
  | ApplicationUpdateParams.McpServerApplication
  | ApplicationUpdateParams.McpServerPortalApplication;

/**
 * A rule as the wire schema states it (`minProperties: 1, maxProperties: 1`: exactly one selector), as a
 * union of one-key objects; the generated type can only say "any of these keys".
 */
type OneKey<T> = { [K in keyof T]-?: { [P in K]-?: NonNullable<T[P]> } }[keyof T];
type Rules<T extends { include: unknown }> = Omit<T, 'include' | 'exclude' | 'require'> & {
  include: OneKey<PolicyRule>[];
  exclude?: OneKey<PolicyRule>[];
  require?: OneKey<PolicyRule>[];
};
/**
 * `scim_config` is opaque in the wire schema below its required keys (its `authentication` is stored
 * and returned as given): the reconciler never builds one, it only sends back what it read (see
 * apply/app-replace.ts), so it is checked only for being an SDK key.
 */
type Apps<T extends { scim_config?: unknown }> = Omit<T, 'scim_config'> & {
  scim_config?: ApplicationCreateParams.McpServerApplication['scim_config'];
};

/**
 * A portal body as it goes to a target without the `resources` extension (Cloudflare): mappings without
 * `updated_resources`, which the reconciler sends only where the API announces it (plan refuses rules
 * elsewhere, and `mappingToWire` leaves the key out when there are none).
 */
type ForCloudflare<T extends { servers?: unknown }> = Omit<T, 'servers'> & {
  servers?: Omit<PortalServerMappingRequest, 'updated_resources'>[];
};

// One line per request body: a failure names the wire type and the offending path.
export const serverCreate: Fits<ServerCreate, ServerCreateParams> = true;
export const serverUpdate: Fits<ServerUpdate, ServerUpdateParams> = true;
export const portalCreate: Fits<ForCloudflare<PortalCreate>, PortalCreateParams> = true;
export const portalUpdate: Fits<ForCloudflare<PortalUpdate>, PortalUpdateParams> = true;
export const policyRule: Fits<OneKey<PolicyRule>, AccessRuleParam> = true;
export const policyCreate: Fits<Rules<PolicyCreate>, PolicyCreateParams> = true;
export const policyUpdate: Fits<Rules<PolicyUpdate>, PolicyUpdateParams> = true;
export const groupCreate: Fits<Rules<GroupCreate>, GroupCreateParams> = true;
export const groupUpdate: Fits<Rules<GroupUpdate>, GroupUpdateParams> = true;
export const tagCreate: Fits<TagCreate, TagCreateParams> = true;
/** A tag rename (the last-applied records, ledger.ts) sends the same body as a create. */
export const tagUpdate: Fits<TagCreate, TagUpdateParams> = true;
export const appCreate: Fits<Apps<AppBody>, AppCreateParams> = true;
export const appUpdate: Fits<Apps<AppBody>, AppUpdateParams> = true;
export const dnsCreate: Fits<CnameBody, RecordCreateParams.CNAMERecord> = true;
export const dnsUpdate: Fits<CnameBody, RecordUpdateParams.CNAMERecord> = true;

/**
 * What the wire schema accepts beyond the SDK's app params: the embedded portal takes them, the
 * reconciler never sends them (`AppBody` leaves them out). Listed so that any new difference fails here.
 */
type KnownAppExtras =
  | `.self_hosted_domains: ${string}`
  | `.policies[].${'name' | 'decision' | 'include' | 'exclude' | 'require'}: ${string}`;
export const appWireCreate: Exclude<
  ExtraKeys<Apps<AppCreate>, BodyOf<AppCreateParams>>,
  KnownAppExtras
> = undefined as never;
export const appWireUpdate: Exclude<
  ExtraKeys<Apps<AppUpdate>, BodyOf<AppUpdateParams>>,
  KnownAppExtras
> = undefined as never;

/** The portal wire's one extension (the embedded portal takes it); listed so that any new difference fails here. */
type KnownPortalExtras = `.servers[].updated_resources: ${string}`;
export const portalWireCreate: Exclude<
  ExtraKeys<PortalCreate, BodyOf<PortalCreateParams>>,
  KnownPortalExtras
> = undefined as never;
export const portalWireUpdate: Exclude<
  ExtraKeys<PortalUpdate, BodyOf<PortalUpdateParams>>,
  KnownPortalExtras
> = undefined as never;

// The check bites: bodies Cloudflare would refuse do not compile (each line fails without its directive).
// @ts-expect-error: `azure_ad` is not an SDK rule key (Cloudflare's is `azureAD`)
export const wrongRuleKey: Fits<{ include: [{ azure_ad: { id: string } }] }, PolicyCreateParams> = true;
// @ts-expect-error: a nested key the SDK's mapping params lack
export const wrongNestedKey: Fits<{ servers: { server_id: string; alias: string }[] }, PortalUpdateParams> =
  true;
// @ts-expect-error: a wrong type (the SDK's description is a string)
export const wrongType: Fits<{ description: number }, PortalUpdateParams> = true;
