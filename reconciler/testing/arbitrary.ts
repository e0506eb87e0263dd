import fc from 'fast-check';
import { LOCAL_IDP_ID } from '../../portal/identity/identity-provider.js';
import {
  CAPABILITIES,
  type Doc,
  GHOST_NAMES,
  type Kind,
  type ManifestSet,
  REAL_NAMES,
  type Ref,
  type Spec,
  secretsFor,
  UPSTREAMS,
  type UpstreamName,
  type UpstreamUrls,
} from './manifest-sets.js';

// ---------------------------------------------------------------------------------------------------
// Arbitraries: a generated shape whose references are indexes, rendered (totally) into a valid set
// ---------------------------------------------------------------------------------------------------

type Rule = Record<string, unknown>;
type PickName = { ghost: false; index: number } | { ghost: true; name: string };
interface GenOverride {
  pick: PickName;
  alias?: string;
  description?: string;
  enabled?: boolean;
}
interface GenAuth {
  kind: 'absent' | 'unauthenticated' | 'token' | 'headers';
  token: Ref;
  apiKeyHeader: string;
  extraHeaders: { name: string; ref: Ref }[];
}
interface GenGroup {
  name: string;
  include: Rule[];
  require?: Rule[];
  exclude?: Rule[];
  isDefault?: boolean;
}
interface GenPolicy {
  name: string;
  decision: 'allow' | 'deny' | 'non_identity' | 'bypass';
  include: Rule[];
  require?: Rule[];
  exclude?: Rule[];
  sessionDuration?: string;
  labels?: Record<string, string>;
}
interface GenServer {
  name: string;
  upstream: UpstreamName;
  auth: GenAuth;
  displayName?: string;
  description?: string;
  secureWebGateway?: boolean;
  tools?: GenOverride[];
  prompts?: GenOverride[];
  policies?: number[];
}
interface GenResourceRule {
  uri: string;
  enabled?: boolean;
}
interface GenMapping {
  server: number;
  requireUserAuth?: boolean;
  defaultDisabled?: boolean;
  tools?: GenOverride[];
  prompts?: GenOverride[];
  resources?: GenResourceRule[];
}
interface GenPortal {
  name: string;
  hostname: string;
  displayName?: string;
  description?: string;
  codeMode?: 'off' | 'opt_in' | 'default_on' | 'enforced';
  secureWebGateway?: boolean;
  policies?: number[];
  servers?: GenMapping[];
}
export interface GenSet {
  groups: GenGroup[];
  policies: GenPolicy[];
  servers: GenServer[];
  portals: GenPortal[];
  /** Apply the groups, policies and servers first, then everything (servers sync before portals map them). */
  staged: boolean;
}

/**
 * Selectors the embedded portal evaluates (it refuses the others at create time), in several spellings,
 * except `group`: policies select generated groups (see `policyRuleArb`), and groups nest none.
 */
const ruleArb: fc.Arbitrary<Rule> = fc.oneof(
  fc.constant({ everyone: true }),
  fc.constantFrom('platform', 'Support', 'on-call team').map((claimValue) => ({
    oidc: { claimName: 'groups', claimValue, identityProviderId: LOCAL_IDP_ID },
  })),
  fc
    .constantFrom('example.com', 'Example.COM', 'contractors.example.net')
    .map((emailDomain) => ({ emailDomain })),
  fc
    .constantFrom('alice@example.com', 'Alice@Example.COM', 'ops+oncall@sub.example.org')
    .map((email) => ({ email })),
  fc.constantFrom('10.0.0.0/8', '192.168.1.7', '2001:db8::/32', '::1').map((ip) => ({ ip })),
  fc
    .constantFrom('4f1f2c1e-7c1a-4a5b-9f0e-0a1b2c3d4e5f', 'ci-token')
    .map((serviceToken) => ({ serviceToken })),
  fc.constant({ anyValidServiceToken: true }),
  fc.constantFrom('local', 'github').map((loginMethod) => ({ loginMethod })),
);
/** A policy's rule: a selector, or a reference (by index) to a generated group. */
const policyRuleArb: fc.Arbitrary<Rule> = fc.oneof(
  { weight: 4, arbitrary: ruleArb },
  { weight: 1, arbitrary: fc.nat({ max: 3 }).map((groupRef) => ({ groupRef })) },
);
const IDENTITY = new Set(['email', 'emailDomain', 'group', 'groupRef', 'loginMethod', 'oidc']);

const policyNameArb = fc.oneof(
  fc.constantFrom('engineers', 'Engineers', 'support team', 'ci-bots', 'Block: contractors'),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _.-]{0,10}[A-Za-z0-9]$/),
);
const objectIdArb = (pool: string[]) =>
  fc.oneof(fc.constantFrom(...pool), fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/));
const refsArb = fc.uniqueArray(fc.nat({ max: 3 }), { maxLength: 4 });
const descriptionArb = fc.constantFrom(
  '',
  'Full-text search',
  'Zurück ✓ ünïcode',
  '  padded  ',
  'two\nlines',
);
const aliasArb = fc.oneof(
  fc.constantFrom('search', 'find', 'Find', 'read-page', 'x1', 'list_all', 'Close-It', 'rate_2', 'A'),
  fc.constantFrom(...REAL_NAMES),
  fc.stringMatching(/^[a-zA-Z0-9]{1,6}([_-][a-zA-Z0-9]{1,4}){0,2}$/),
);
const pickArb: fc.Arbitrary<PickName> = fc.oneof(
  { weight: 5, arbitrary: fc.nat({ max: 30 }).map((index) => ({ ghost: false as const, index })) },
  { weight: 1, arbitrary: fc.constantFrom(...GHOST_NAMES).map((name) => ({ ghost: true as const, name })) },
);
const overrideArb: fc.Arbitrary<GenOverride> = fc.record(
  { pick: pickArb, alias: aliasArb, description: descriptionArb, enabled: fc.boolean() },
  { requiredKeys: ['pick'] },
);
const overridesArb = fc.array(overrideArb, { maxLength: 3 });
const refArb: fc.Arbitrary<Ref> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .constantFrom('TICKETS_TOKEN', 'TICKETS_API_KEY', 'DOCS_TOKEN', 'tok_a', '_SECRET_2')
      .map((fromEnv) => ({ fromEnv })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('secrets/token', 'secrets/api-key.txt').map((fromFile) => ({ fromFile })),
  },
);
const authArb: fc.Arbitrary<GenAuth> = fc.record({
  kind: fc.constantFrom('absent', 'unauthenticated', 'token', 'headers'),
  token: refArb,
  apiKeyHeader: fc.constantFrom('X-Api-Key', 'x-api-key', 'X-API-KEY'),
  extraHeaders: fc.uniqueArray(
    fc.record({
      name: fc.constantFrom('X-Tenant', 'CF-Access-Client-Id', 'CF-Access-Client-Secret', 'x-trace_id'),
      ref: refArb,
    }),
    { maxLength: 2, selector: (h) => h.name.toLowerCase() },
  ),
});

const groupArb: fc.Arbitrary<GenGroup> = fc.record(
  {
    name: fc.oneof(
      fc.constantFrom('platform', 'Support', 'on-call team', 'g1'),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _.-]{0,8}[A-Za-z0-9]$/),
    ),
    include: fc.array(ruleArb, { minLength: 1, maxLength: 3 }),
    require: fc.array(ruleArb, { maxLength: 2 }),
    exclude: fc.array(ruleArb, { maxLength: 2 }),
    isDefault: fc.constant(false),
  },
  { requiredKeys: ['name', 'include'] },
);
const policyArb: fc.Arbitrary<GenPolicy> = fc.record(
  {
    name: policyNameArb,
    decision: fc.constantFrom('allow', 'deny', 'non_identity', 'bypass'),
    include: fc.array(policyRuleArb, { minLength: 1, maxLength: 3 }),
    require: fc.array(policyRuleArb, { maxLength: 2 }),
    exclude: fc.array(policyRuleArb, { maxLength: 2 }),
    sessionDuration: fc.constantFrom('24h', '30m', '1.5h', '90s', '12h'),
    labels: fc.constant({ team: 'platform' }),
  },
  { requiredKeys: ['name', 'decision', 'include'] },
);
const serverArb: fc.Arbitrary<GenServer> = fc.record(
  {
    name: objectIdArb(['docs', 'tickets', 'tickets-ro', 'metrics', 'm2']),
    upstream: fc.constantFrom(...UPSTREAMS),
    auth: authArb,
    displayName: fc.constantFrom('Product Docs', 'Support Tickets', 'metrics'),
    description: descriptionArb,
    secureWebGateway: fc.boolean(),
    tools: overridesArb,
    prompts: overridesArb,
    policies: refsArb,
  },
  { requiredKeys: ['name', 'upstream', 'auth'] },
);
/** Resource rules: exact URIs and templates, patterns with `*`, some that match nothing; order matters. */
const resourceRulesArb: fc.Arbitrary<GenResourceRule[]> = fc.array(
  fc.record(
    {
      uri: fc.constantFrom(
        'docs://guides/*',
        'docs://guides/{page}',
        '*',
        'file:///logs/*.log',
        'tickets://open',
        'ui://widget/app.html',
        'metrics://*/daily',
      ),
      enabled: fc.boolean(),
    },
    { requiredKeys: ['uri'] },
  ),
  { maxLength: 3 },
);
const mappingArb: fc.Arbitrary<GenMapping> = fc.record(
  {
    server: fc.nat({ max: 3 }),
    requireUserAuth: fc.boolean(),
    defaultDisabled: fc.boolean(),
    tools: overridesArb,
    prompts: overridesArb,
    resources: resourceRulesArb,
  },
  { requiredKeys: ['server'] },
);
const hostnameArb = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('eng', 'Eng', 'SUPPORT', 'support-2', 'a1'),
      fc.constantFrom('mcp.test', 'MCP.Example.com', 'localhost'),
    )
    .map(([label, domain]) => `${label}.${domain}`),
  fc.constantFrom('Portal', 'mcp'),
);
const portalArb: fc.Arbitrary<GenPortal> = fc.record(
  {
    name: objectIdArb(['engineering', 'support', 'eng', 'p1']),
    hostname: hostnameArb,
    displayName: fc.constantFrom('Engineering', 'Support desk'),
    description: descriptionArb,
    codeMode: fc.constantFrom('off', 'opt_in', 'default_on', 'enforced'),
    secureWebGateway: fc.boolean(),
    policies: refsArb,
    servers: fc.array(mappingArb, { maxLength: 4 }),
  },
  { requiredKeys: ['name', 'hostname'] },
);

/** Random generated sets, not empty: at most 3 groups, 4 policies, 4 servers and 3 portals. */
export const genSetArb: fc.Arbitrary<GenSet> = fc
  .record({
    groups: fc.uniqueArray(groupArb, { maxLength: 3, selector: (g) => g.name }),
    policies: fc.uniqueArray(policyArb, { maxLength: 4, selector: (p) => p.name }),
    servers: fc.uniqueArray(serverArb, { maxLength: 4, selector: (s) => s.name }),
    portals: fc.uniqueArray(portalArb, { maxLength: 3, selector: (p) => p.name }),
    staged: fc.boolean(),
  })
  .filter((g) => g.groups.length + g.policies.length + g.servers.length + g.portals.length > 0);

/** Random valid manifest sets over the given upstreams. */
export const manifestSetArb = (urls: UpstreamUrls, ticketsToken: string): fc.Arbitrary<ManifestSet> =>
  genSetArb.map((g) => renderSet(g, urls, ticketsToken));

const put = <T>(o: Spec, key: string, value: T | undefined) => {
  if (value !== undefined) o[key] = value;
};

/**
 * Whether `name` may be shown as `alias` when `exposure` maps each overridden capability to the name it is
 * shown as (an upstream name not in it shows as itself): no other capability may show that name. An
 * upstream name is free only once its own capability is aliased away (the portal-over-server rule).
 */
function aliasFree(alias: string, name: string, names: readonly string[], exposure: Map<string, string>) {
  if ((GHOST_NAMES as readonly string[]).includes(alias)) return false;
  for (const [other, shown] of exposure) if (other !== name && shown === alias) return false;
  return alias === name || !names.includes(alias) || (exposure.get(alias) ?? alias) !== alias;
}

/**
 * Overrides with names resolved against the upstream's capabilities (`names`), one entry per name, and
 * only aliases that keep exposed names unique (`exposure` is updated; see `aliasFree`).
 */
function renderOverrides(
  list: readonly GenOverride[] | undefined,
  names: readonly string[],
  exposure: Map<string, string>,
): Spec[] | undefined {
  if (list === undefined) return undefined;
  const out: Spec[] = [];
  const seen = new Set<string>();
  for (const o of list) {
    const name = o.pick.ghost ? o.pick.name : names[o.pick.index % Math.max(1, names.length)];
    if (name === undefined || seen.has(name)) continue;
    seen.add(name);
    const entry: Spec = { name };
    if (o.alias !== undefined && aliasFree(o.alias, name, names, exposure)) {
      exposure.set(name, o.alias);
      entry.alias = o.alias;
    } else if (!exposure.has(name)) exposure.set(name, name);
    put(entry, 'description', o.description);
    put(entry, 'enabled', o.enabled);
    out.push(entry);
  }
  return out;
}

function renderAuth(g: GenServer): Spec | undefined {
  const a = g.auth;
  const kind =
    g.upstream === 'tickets' && (a.kind === 'absent' || a.kind === 'unauthenticated') ? 'token' : a.kind;
  if (kind === 'absent') return undefined;
  if (kind === 'unauthenticated') return { type: 'unauthenticated' };
  if (kind === 'token') return { type: 'bearer', token: a.token };
  const extras = Object.fromEntries(a.extraHeaders.map((h) => [h.name, h.ref]));
  const headers =
    g.upstream === 'tickets' || a.extraHeaders.length === 0
      ? { [a.apiKeyHeader]: a.token, ...extras }
      : extras;
  return { type: 'bearer', headers };
}

export const doc = (kind: Kind, name: string, spec: Spec, labels?: Record<string, string>): Doc => ({
  apiVersion: 'mcpportal/v1',
  kind,
  metadata: labels ? { name, labels } : { name },
  spec,
});

/** Renders a generated shape into a valid set: dangling references are dropped, collisions resolved. */
export function renderSet(g: GenSet, urls: UpstreamUrls, ticketsToken: string): ManifestSet {
  const policyNames = g.policies.map((p) => p.name);
  const refs = (list: number[] | undefined) =>
    list?.filter((i) => i < policyNames.length).map((i) => policyNames[i] as string);
  const groups = g.groups.map((x) => {
    const spec: Spec = { include: x.include };
    put(spec, 'require', x.require);
    put(spec, 'exclude', x.exclude);
    put(spec, 'isDefault', x.isDefault);
    return doc('AccessGroup', x.name, spec);
  });
  // A group reference names a generated group (modulo their number); with no groups it is dropped.
  const groupRefs = (rules: Rule[] | undefined) =>
    rules?.flatMap((r) => {
      if (typeof r.groupRef !== 'number') return [r];
      const group = g.groups[r.groupRef % Math.max(1, g.groups.length)]?.name;
      return group === undefined ? [] : [{ group }];
    });
  const policies = g.policies.map((p) => {
    const allowed = (list: Rule[] | undefined) => {
      const rules = groupRefs(list);
      return p.decision === 'bypass'
        ? rules?.filter((r) => !Object.keys(r).some((k) => IDENTITY.has(k)))
        : rules;
    };
    const include = allowed(p.include) ?? [];
    const spec: Spec = { decision: p.decision, include: include.length ? include : [{ everyone: true }] };
    put(spec, 'require', allowed(p.require));
    put(spec, 'exclude', allowed(p.exclude));
    put(spec, 'sessionDuration', p.sessionDuration);
    return doc('AccessPolicy', p.name, spec, p.labels);
  });
  // Per server and list: what its own overrides show each capability as; portal overrides start from it.
  const serverExposure = new Map<string, Map<string, string>>();
  const servers = g.servers.map((s) => {
    const caps = CAPABILITIES[s.upstream];
    const spec: Spec = {};
    put(spec, 'displayName', s.displayName);
    spec.url = urls[s.upstream];
    put(spec, 'description', s.description);
    put(spec, 'auth', renderAuth(s));
    put(spec, 'secureWebGateway', s.secureWebGateway);
    const tools = new Map<string, string>();
    const prompts = new Map<string, string>();
    put(spec, 'tools', renderOverrides(s.tools, caps.tools, tools));
    put(spec, 'prompts', renderOverrides(s.prompts, caps.prompts, prompts));
    put(spec, 'policies', refs(s.policies));
    serverExposure.set(`${s.name}/tools`, tools);
    serverExposure.set(`${s.name}/prompts`, prompts);
    return doc('McpServer', s.name, spec);
  });
  const hosts = new Set<string>();
  const portals = g.portals.map((p) => {
    let hostname = p.hostname;
    if (hosts.has(hostname.toLowerCase())) hostname = `${p.name}.${hostname}`;
    hosts.add(hostname.toLowerCase());
    const spec: Spec = {};
    put(spec, 'displayName', p.displayName);
    spec.hostname = hostname;
    put(spec, 'description', p.description);
    put(spec, 'codeMode', p.codeMode);
    put(spec, 'secureWebGateway', p.secureWebGateway);
    put(spec, 'policies', refs(p.policies));
    if (p.servers) {
      const mapped = new Set<number>();
      spec.servers = p.servers.flatMap((m) => {
        const server = g.servers[m.server];
        if (!server || mapped.has(m.server)) return [];
        mapped.add(m.server);
        const caps = CAPABILITIES[server.upstream];
        const entry: Spec = { server: server.name };
        put(entry, 'requireUserAuth', m.requireUserAuth);
        put(entry, 'defaultDisabled', m.defaultDisabled);
        const exposure = (what: string) => new Map(serverExposure.get(`${server.name}/${what}`));
        put(entry, 'tools', renderOverrides(m.tools, caps.tools, exposure('tools')));
        put(entry, 'prompts', renderOverrides(m.prompts, caps.prompts, exposure('prompts')));
        // One rule per uri (a second would never apply, and validation refuses it).
        put(
          entry,
          'resources',
          m.resources?.filter((r, i, all) => all.findIndex((x) => x.uri === r.uri) === i),
        );
        return [entry];
      });
    }
    return doc('McpPortal', p.name, spec);
  });
  const docs = [...groups, ...policies, ...servers, ...portals];
  const secrets = secretsFor(docs, urls, ticketsToken);
  // Staged: groups, policies and servers first (synced), the portals in a second apply.
  const first =
    g.staged && portals.length ? { first: { docs: [...groups, ...policies, ...servers], ...secrets } } : {};
  return { docs, ...secrets, ...first };
}
