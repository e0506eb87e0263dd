/**
 * What the Pulumi package schema (`provider/schema.json`) needs beyond the manifest JSON Schemas: the
 * package metadata, the provider configuration, each resource's id input, provider-only inputs and
 * output-only properties, the Pulumi names of the schemas' object and enum types, and the few
 * descriptions the schemas lack or word for manifests. Everything else comes from `schemas/*.schema.json`
 * (see pulumi-schema.ts); the name and version come from package.json.
 */
import type { KindName } from '../../schemas/registry.js';

/** A Pulumi property spec (the subset this package uses). */
export interface PulumiProperty {
  type?: 'string' | 'boolean' | 'integer' | 'number' | 'array' | 'object';
  $ref?: string;
  /** A union (Pulumi's `oneOf`): a schema `oneOf` without a discriminator, e.g. a string or an object. */
  oneOf?: PulumiProperty[];
  items?: PulumiProperty;
  additionalProperties?: PulumiProperty;
  description?: string;
  secret?: boolean;
  default?: string | number | boolean;
  defaultInfo?: { environment: string[] };
  willReplaceOnChanges?: boolean;
}

export interface ResourceOverlay {
  kind: KindName;
  /** Appended to the kind's schema description: what the Pulumi resource does beyond the manifest. */
  note?: string;
  /** The input naming the object in the API (the manifest's `metadata.name`); autonamed when absent. */
  id: { name: string; description: string; replaces: boolean };
  /** Inputs only the provider reads (not part of the manifest spec). */
  providerInputs?: Record<string, PulumiProperty>;
  /** Output-only properties. */
  outputs: Record<string, PulumiProperty>;
  /**
   * Properties always present in the outputs besides the id, the required inputs and the inputs with a
   * schema default: inputs the provider fills in, and outputs it always sets.
   */
  alwaysSet: string[];
}

export interface FunctionOverlay {
  /** The function's token is `<package>:index:<name>`. */
  name: string;
  kind: KindName;
  /** `lookup`: one object by id or name (exactly one); `list`: every object, filtered by the inputs. */
  form: 'lookup' | 'list';
  description: string;
  /** All optional. For `lookup`: the id input first, then `name`. */
  inputs: Record<string, PulumiProperty>;
  /** Resource outputs the function does not return. */
  omit: string[];
  /** For `list`: the output holding the items, the items' object type and descriptions. */
  listKey?: string;
  listType?: string;
  listDescription?: string;
  typeDescription?: string;
}

/** A Pulumi type name for a schema location (`file#/json/pointer`); `description` only where the schema has none. */
export interface TypeName {
  from: string;
  description?: string;
}

const STATUS: Record<string, PulumiProperty> = {
  status: { type: 'string', description: 'Waiting, Ready or Error.' },
  statusReason: {
    type: 'string',
    description: 'A CamelCase reason for machines, e.g. Synced, SyncPending, UpstreamUnauthorized.',
  },
  statusMessage: { type: 'string', description: 'One line for people.' },
};

const CONFIG: Record<string, PulumiProperty> = {
  apiUrl: {
    type: 'string',
    description:
      'The management API base URL (default https://api.cloudflare.com/client/v4; the embedded portal: http://127.0.0.1:8787/client/v4).',
    defaultInfo: { environment: ['CLOUDFLARE_BASE_URL'] },
  },
  accountId: {
    type: 'string',
    description: 'The account id.',
    defaultInfo: { environment: ['CLOUDFLARE_ACCOUNT_ID'] },
  },
  apiToken: {
    type: 'string',
    description: 'The API token.',
    secret: true,
    defaultInfo: { environment: ['CLOUDFLARE_API_TOKEN'] },
  },
  waitForReady: {
    type: 'boolean',
    description: 'Wait after create and update until each server has synced (Ready or Error).',
    default: true,
  },
  syncTimeout: {
    type: 'integer',
    description: 'How long to wait for a sync, in seconds (default 120).',
    default: 120,
  },
  owner: {
    type: 'string',
    description:
      'The ownership tag put on Access applications: mcp-portals:<owner> (default pulumi, so that `portalctl --prune` leaves these objects alone).',
    default: 'pulumi',
  },
};

export const PULUMI_OVERLAY = {
  displayName: 'MCP Portals',
  description:
    'MCP servers, MCP portals, Access policies and Access groups as code, against Cloudflare or the embedded mcp-portals portal.',
  keywords: ['pulumi', 'mcp', 'cloudflare', 'category/network', 'kind/native'],
  publisher: 'mcp-portals',
  /**
   * Where the project lives; package.json's `repository`/`homepage`, when set, win (keep them in step).
   * `pluginDownloadURL` is deliberately unset: there is no public artefact host for the plugin, so the
   * engine cannot fetch it on its own. Users install the plugin tarball (`npm run build:plugin`) with
   * `pulumi plugin install resource mcpportal <version> --file <tarball>` or point `pluginDownloadURL`
   * at their own artefact store, as the provider README describes.
   */
  repository: 'https://github.com/mcp-portals/mcp-portals',
  homepage: 'https://github.com/mcp-portals/mcp-portals#readme',
  language: {
    nodejs: {
      // SDKs generated from the schema (`pulumi package gen-sdk`) get this npm name, not the CLI's `mcp-portals`.
      packageName: '@mcp-portals/pulumi-mcpportal',
      packageDescription:
        'The mcpportal Pulumi package: MCP servers, MCP portals and Access policies as code (the SDK this repository ships is mcp-portals/pulumi).',
    },
  },
  /** Stack config (`mcpportal:<key>`); an explicit provider takes the same properties. */
  config: CONFIG,
  providerDescription: 'The mcpportal provider: which management API to talk to.',

  /** In dependency order (groups, policies, servers, portals), which is also the schema's order. */
  resources: [
    {
      kind: 'AccessGroup',
      id: {
        name: 'name',
        description:
          "The group name (unique among the groups you manage). When absent it is autonamed: the resource name plus a random suffix (e.g. platform-1a2b3c4), or the stack's pulumi:autonaming pattern; give it to pin the name. Policies match the group with the rule {group: <name>}.",
        replaces: false, // a rename is an update: the API id is a UUID
      },
      outputs: { groupId: { type: 'string', description: 'The API id of the group (a UUID).' } },
      alwaysSet: ['groupId'],
    },
    {
      kind: 'AccessPolicy',
      id: {
        name: 'name',
        description:
          "The policy name (unique among the policies you manage). When absent it is autonamed: the resource name plus a random suffix (e.g. engineers-1a2b3c4), or the stack's pulumi:autonaming pattern; give it to pin the name. Servers and portals refer to policies by this name.",
        replaces: false, // a rename is an update: the API id is a UUID
      },
      outputs: { policyId: { type: 'string', description: 'The API id of the policy (a UUID).' } },
      alwaysSet: ['policyId'],
    },
    {
      kind: 'McpServer',
      note: 'Create and update trigger a capability sync and wait for status Ready or Error.',
      id: {
        name: 'serverId',
        description:
          "The API id of the server: 1-32 lowercase letters, digits and hyphens. When absent it is autonamed: the resource name plus a random suffix (e.g. docs-1a2b3c4), or the stack's pulumi:autonaming pattern, so a replacement is created before the old server is deleted; give it to pin the id (a replacement then deletes first). Changing it replaces the server.",
        replaces: true,
      },
      providerInputs: {
        tolerateSyncErrors: {
          type: 'boolean',
          description:
            'Provider option: let create and update succeed when the capability sync ends in Error (the error is still reported in `status` and `error`).',
          default: false,
        },
      },
      outputs: {
        ...STATUS,
        error: { type: 'string', description: 'The last sync error, if any.' },
        errorDetails: {
          $ref: '#/types/mcpportal:index:SyncErrorDetails',
          description: 'Details of the last sync error, if any.',
        },
        discoveredTools: {
          type: 'array',
          items: { type: 'string' },
          description: 'Upstream names of the tools the last sync found, sorted.',
        },
        discoveredPrompts: {
          type: 'array',
          items: { type: 'string' },
          description: 'Upstream names of the prompts the last sync found, sorted.',
        },
        lastSynced: { type: 'string', description: 'When the last sync ran (RFC 3339).' },
        lastSuccessfulSync: { type: 'string', description: 'When the last successful sync ran (RFC 3339).' },
        credentialsVersion: {
          type: 'integer',
          description:
            'Embedded portal: how many times the credential was written. A credential rotated outside Pulumi shows as a change of the secret input on refresh.',
        },
      },
      alwaysSet: ['displayName', 'auth', ...Object.keys(STATUS), 'discoveredTools', 'discoveredPrompts'],
    },
    {
      kind: 'McpPortal',
      id: {
        name: 'portalId',
        description:
          "The API id of the portal: 1-32 lowercase letters, digits and hyphens. When absent it is autonamed: the resource name plus a random suffix (e.g. engineering-1a2b3c4), or the stack's pulumi:autonaming pattern; give it to pin the id. Changing it replaces the portal.",
        replaces: true,
      },
      outputs: {
        ...STATUS,
        mcpUrl: { type: 'string', description: 'The MCP endpoint users connect to: https://<hostname>/mcp.' },
        localMcpUrl: {
          type: 'string',
          description:
            "The embedded portal's local MCP endpoint (<origin>/portals/<portalId>/mcp); absent on Cloudflare.",
        },
        toolCount: {
          type: 'integer',
          description:
            "Tools the portal exposes (after overrides and allowlists) as of its servers' last syncs.",
        },
        promptCount: {
          type: 'integer',
          description:
            "Prompts the portal exposes (after overrides and allowlists) as of its servers' last syncs.",
        },
      },
      alwaysSet: ['displayName', ...Object.keys(STATUS), 'mcpUrl', 'toolCount', 'promptCount'],
    },
  ] satisfies ResourceOverlay[] as ResourceOverlay[],

  /**
   * Functions (data sources, served by the plugin's Invoke): each reads one kind through the list
   * endpoints and returns what the resource's outputs would hold, minus `omit` (provider-only inputs and
   * what the API cannot say). `lookup` functions take the id or the name, exactly one; `list` functions
   * return every object as a `listType` item, filtered by their inputs. Credentials are never returned.
   */
  functions: [
    {
      name: 'getServer',
      kind: 'McpServer',
      form: 'lookup',
      description:
        'Reads an MCP server (managed by this program or not) by its id or by its display name: its settings, status and the tools and prompts its last sync found. Credentials are never returned.',
      inputs: {
        serverId: { type: 'string', description: 'The API id of the server. Give this or name.' },
        name: {
          type: 'string',
          description:
            "The display name of the server (Cloudflare's `name`). Give this or serverId; fails when two servers share it.",
        },
      },
      omit: ['tolerateSyncErrors', 'credentialsVersion'], // a provider option; a write counter
    },
    {
      name: 'getPortal',
      kind: 'McpPortal',
      form: 'lookup',
      description:
        'Reads an MCP portal (managed by this program or not) by its id or by its display name: its settings, MCP URLs and status.',
      inputs: {
        portalId: { type: 'string', description: 'The API id of the portal. Give this or name.' },
        name: {
          type: 'string',
          description:
            "The display name of the portal (Cloudflare's `name`). Give this or portalId; fails when two portals share it.",
        },
      },
      omit: ['dns'], // the zone is no portal field: the API cannot say it
    },
    {
      name: 'getPolicy',
      kind: 'AccessPolicy',
      form: 'lookup',
      description:
        'Reads a reusable Access policy (managed by this program or not) by its API id or by its name. Servers and portals refer to policies by `name`.',
      inputs: {
        policyId: { type: 'string', description: 'The API id of the policy (a UUID). Give this or name.' },
        name: {
          type: 'string',
          description: 'The name of the policy. Give this or policyId; fails when two policies share it.',
        },
      },
      omit: [],
    },
    {
      name: 'listServers',
      kind: 'McpServer',
      form: 'list',
      description:
        'Lists the MCP servers of the account (managed by this program or not), sorted by id, optionally filtered. Credentials are never returned.',
      inputs: {
        search: {
          type: 'string',
          description:
            "Only servers whose id, display name or URL contains this text (case-insensitive), like the list endpoint's `search`.",
        },
        status: {
          type: 'string',
          description: 'Only servers with this status: Waiting, Ready or Error.',
        },
      },
      omit: ['tolerateSyncErrors', 'credentialsVersion'], // a provider option; a write counter
      listKey: 'servers',
      listType: 'ServerInfo',
      listDescription: 'The servers, sorted by id.',
      typeDescription: 'An MCP server as listServers returns it (the outputs of getServer).',
    },
  ] satisfies FunctionOverlay[] as FunctionOverlay[],

  /** Pulumi names of the schemas' enums and object types, in the schema's order. */
  types: {
    AuthType: {
      from: 'mcp-server.schema.json#/definitions/Auth/properties/type',
      description: 'How the portal authenticates to the upstream.',
    },
    TokenEndpointAuthMethod: {
      from: 'mcp-server.schema.json#/definitions/OAuthAuth/properties/tokenEndpointAuthMethod',
      description: 'How the OAuth client authenticates at the token endpoint.',
    },
    PolicyDecision: { from: 'access-policy.schema.json#/definitions/Spec/properties/decision' },
    CodeMode: { from: 'mcp-portal.schema.json#/definitions/Spec/properties/codeMode' },
    RiskLevel: {
      from: 'common.schema.json#/definitions/AccessRule/properties/userRiskScore/items',
      description: 'A user risk score level.',
    },
    CapabilityOverride: { from: 'common.schema.json#/definitions/CapabilityOverride' },
    ServerAuth: { from: 'mcp-server.schema.json#/definitions/Auth' },
    PortalServer: {
      from: 'mcp-portal.schema.json#/definitions/ServerMapping',
      description: 'A server this portal exposes.',
    },
    PortalDns: { from: 'mcp-portal.schema.json#/definitions/Dns' },
    PortalResourceRule: { from: 'mcp-portal.schema.json#/definitions/ResourceRule' },
    GithubOrganizationRule: {
      from: 'common.schema.json#/definitions/AccessRule/properties/githubOrganization',
    },
    GsuiteRule: { from: 'common.schema.json#/definitions/AccessRule/properties/gsuite' },
    AzureAdRule: { from: 'common.schema.json#/definitions/AccessRule/properties/azureAd' },
    OktaRule: { from: 'common.schema.json#/definitions/AccessRule/properties/okta' },
    SamlRule: { from: 'common.schema.json#/definitions/AccessRule/properties/saml' },
    OidcRule: { from: 'common.schema.json#/definitions/AccessRule/properties/oidc' },
    AuthContextRule: { from: 'common.schema.json#/definitions/AccessRule/properties/authContext' },
    ExternalEvaluationRule: {
      from: 'common.schema.json#/definitions/AccessRule/properties/externalEvaluation',
    },
    DevicePostureRule: {
      from: 'common.schema.json#/definitions/AccessRule/properties/devicePosture/oneOf/1',
      description: 'A device posture check owned by another account.',
    },
    AccountMemberRule: {
      from: 'common.schema.json#/definitions/AccessRule/properties/cloudflareAccountMember/oneOf/1',
      description: 'Members of a given Cloudflare account.',
    },
    AccessRule: { from: 'common.schema.json#/definitions/AccessRule' },
  } satisfies Record<string, TypeName>,

  /** Types of output-only properties. */
  outputTypes: {
    SyncErrorDetails: {
      type: 'object',
      description: 'Why the last capability sync failed.',
      properties: {
        cause: { type: 'string', description: 'What failed, for people.' },
        isUpstream: {
          type: 'boolean',
          description: 'The upstream answered (with an error), as opposed to being unreachable.',
        },
        mcpCode: { type: 'integer', description: 'The MCP (JSON-RPC) error code, if any.' },
        retryable: { type: 'boolean', description: 'Whether a later sync may succeed without a change.' },
        statusCode: { type: 'integer', description: 'The HTTP status the upstream answered with, if any.' },
      },
      required: ['cause', 'isUpstream', 'retryable'],
    },
  } satisfies Record<
    string,
    { type: 'object'; description: string; properties: Record<string, PulumiProperty>; required: string[] }
  >,

  /**
   * Descriptions of properties the schemas leave undescribed, by `<Resource or Type>.<property>`.
   * Generation fails once a schema describes one of them: the schema's text then wins.
   */
  undescribed: {
    'McpServer.description': 'A description (up to 512 characters).',
    'McpServer.auth': 'How the portal authenticates to the upstream (default: unauthenticated).',
    'McpPortal.description': 'A description (up to 512 characters).',
    'ServerAuth.clientId': 'The pre-registered client id.',
    'ServerAuth.authorizationEndpoint': 'The authorization endpoint URL.',
    'ServerAuth.tokenEndpoint': 'The token endpoint URL.',
    'ServerAuth.issuer': 'The issuer URL.',
    'ServerAuth.revocationEndpoint': 'The revocation endpoint URL.',
    'ServerAuth.scope': 'The scope to request.',
    'ServerAuth.tokenEndpointAuthMethod': 'How the client authenticates at the token endpoint.',
    'ServerAuth.redirectUris': 'Redirect URIs of the pre-registered client.',
    'GithubOrganizationRule.name': 'The GitHub organization name.',
    'GithubOrganizationRule.team': 'A team of the organization: only its members match.',
    'GsuiteRule.email': 'The Google Workspace group email address.',
    'AzureAdRule.id': 'The Azure AD group id.',
    'OktaRule.name': 'The Okta group name.',
    'SamlRule.attributeName': 'The SAML attribute name.',
    'SamlRule.attributeValue': 'The value the attribute must have.',
    'OidcRule.claimName': 'The OIDC claim name.',
    'OidcRule.claimValue': 'The value the claim must have.',
    'AuthContextRule.id': 'The Azure AD authentication context id.',
    'AuthContextRule.acId': "The authentication context's reference (ACID), e.g. c1.",
    'ExternalEvaluationRule.evaluateUrl': 'The URL of the external evaluation endpoint.',
    'ExternalEvaluationRule.keysUrl': "The URL of the endpoint's public keys, to verify its answers.",
    'DevicePostureRule.integrationUid': "The device posture integration's uid.",
    'AccountMemberRule.accountId': 'The Cloudflare account id whose members match.',
  } as Record<string, string>,

  /**
   * Descriptions of enum values the schemas leave undescribed, by `<Enum type>.<value>`. Generation fails
   * once a schema describes one of them, and when a value has no description at all.
   */
  enumValues: {
    'TokenEndpointAuthMethod.client_secret_basic':
      'The client id and secret in an HTTP Basic Authorization header.',
    'TokenEndpointAuthMethod.client_secret_post': 'The client id and secret in the form body.',
    'TokenEndpointAuthMethod.none': 'A public client: no secret is sent.',
    'PolicyDecision.allow': 'Admit the users the rules select.',
    'PolicyDecision.deny': 'Block the users the rules select (Block in the dashboard).',
    'PolicyDecision.non_identity':
      'Service Auth: admit requests by service token or mutual TLS, without an identity login.',
    'PolicyDecision.bypass': 'Admit the requests the rules select without any Access check.',
    'CodeMode.off': 'No code mode: clients see the tools as they are.',
    'CodeMode.opt_in': 'Clients ask for code mode with ?codemode=search_and_execute.',
    'CodeMode.default_on': 'Code mode unless a client opts out with ?codemode=off.',
    'CodeMode.enforced': 'Always code mode.',
    'RiskLevel.low': 'A low user risk score.',
    'RiskLevel.medium': 'A medium user risk score.',
    'RiskLevel.high': 'A high user risk score.',
    'RiskLevel.unscored': 'No risk score (yet) for the user.',
  } as Record<string, string>,

  /**
   * Descriptions replacing the schema's where its manifest wording is wrong in a Pulumi program (policies
   * and servers are referred to by the resources' outputs, not by manifest names).
   */
  pulumiWording: {
    'McpServer.policies': 'Names of AccessPolicies, in precedence order: who sees this server in portals.',
    'McpPortal.policies': 'Names of AccessPolicies, in precedence order: who can connect.',
    'PortalServer.server': 'The id of an McpServer (its `serverId`).',
  } as Record<string, string>,
};
