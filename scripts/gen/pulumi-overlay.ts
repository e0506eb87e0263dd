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
  /** The input naming the object in the API (the manifest's `metadata.name`); defaults to the resource name. */
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
  language: {
    nodejs: {
      packageName: 'mcp-portals',
      packageDescription: 'MCP portals as code (Pulumi SDK at mcp-portals/pulumi).',
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
          'The group name (unique among the groups you manage). Defaults to the resource name. Policies match the group with the rule {group: <name>}.',
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
          'The policy name (unique among the policies you manage). Defaults to the resource name. Servers and portals refer to policies by this name.',
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
          'The API id of the server: 1-32 lowercase letters, digits and hyphens. Defaults to the resource name. Changing it replaces the server.',
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
          'The API id of the portal: 1-32 lowercase letters, digits and hyphens. Defaults to the resource name. Changing it replaces the portal.',
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
