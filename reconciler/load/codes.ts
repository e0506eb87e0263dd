/**
 * The catalogue of diagnostic codes the loader emits, with what each means. Codes are stable: tools
 * and CI filters match on them. A test checks that every code here has a test case.
 */
export const LOAD_CODES = {
  'file/unreadable': 'a path given with -f does not exist or cannot be read',
  'file/no-manifests': 'a folder holds no .yaml or .yml files',
  'file/too-large': 'a file is over the size limit (1 MiB)',
  'file/not-utf8': 'a file is not valid UTF-8',
  'file/empty': 'a file holds no documents (warning)',
  'yaml/syntax': 'YAML that does not parse',
  'yaml/duplicate-key': 'a key appears twice in one mapping',
  'yaml/non-string-key': 'a mapping key that is a number, boolean, null or collection',
  'yaml/alias-limit': 'aliases that expand beyond the limit (an alias bomb)',
  'yaml/unknown-tag': 'a tag that cannot be resolved',
  'yaml/unresolved-tag': 'a custom tag the YAML core schema does not know (warning)',
  'yaml/warning': 'any other YAML warning, e.g. an unknown directive',
  'yaml/not-a-mapping': 'a document that is not a mapping',
  'manifest/missing-api-version': 'no apiVersion',
  'manifest/unknown-api-version': 'an apiVersion other than mcpportal/v1',
  'manifest/missing-kind': 'no kind',
  'manifest/unknown-kind': 'a kind other than AccessGroup, AccessPolicy, McpServer, McpPortal',
  'schema/unknown-property': 'a property the schema does not define',
  'schema/required': 'a required property is missing',
  'schema/enum': 'a value outside the allowed set',
  'schema/const': 'a value other than the only one allowed',
  'schema/type': 'a value of the wrong type',
  'schema/pattern': 'a string that does not match its pattern (ids, aliases, hostnames)',
  'schema/format': 'a string that is not of its format (email, URI)',
  'schema/size': 'a string, list or number outside its bounds',
  'schema/one-of': 'a value that does not take exactly one of its forms',
  'schema/unique': 'a list that repeats an item',
  'schema/invalid': 'any other schema violation',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the manifests' substitution syntax, not a template
  'substitution/unset': 'a ${VAR} whose variable is unset or empty, without a :-default',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the manifests' substitution syntax, not a template
  'substitution/invalid': 'a ${ that is not ${NAME} or ${NAME:-default} (write $${ for a literal ${)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the manifests' substitution syntax, not a template
  'substitution/refused': 'a ${VAR} naming a credential (…_TOKEN, …_SECRET, …) or holding the API token',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the manifests' substitution syntax, not a template
  'substitution/secret-field': 'a ${VAR} in a secret field, where substitution is refused (use fromEnv)',
  'secret/inline': 'a secret written inline instead of { fromEnv } or { fromFile }',
  'secret/refused':
    "a secret reference to the target's own credentials, or outside the allow-list (--secret-env-prefix, --secrets-dir)",
  'semantic/duplicate-name': 'two documents of one kind with the same name',
  'semantic/unresolved-server': 'a portal maps a server no manifest defines',
  'semantic/unresolved-policy': 'a server or portal lists a policy no manifest defines',
  'semantic/unresolved-group': 'a policy or group rule selects an Access group no manifest defines',
  'semantic/nested-group': 'an AccessGroup whose rules select another group (not supported: list its rules)',
  'semantic/duplicate-mapping': 'a portal maps the same server twice',
  'semantic/duplicate-hostname': 'two portals with the same hostname',
  'semantic/duplicate-override': 'one tool or prompt overridden twice in one list',
  'semantic/duplicate-resource-rule': "one uri twice in a portal mapping's resource rules",
  'semantic/duplicate-exposed-name': 'two tools (or prompts) of one server exposed under the same name',
  'semantic/long-exposed-name': '{server}_{name} over 64 characters, which clients cut (warning)',
  'semantic/too-many-servers': 'a portal with more than 40 servers',
  'semantic/bypass-identity': 'a bypass policy with an identity selector',
  'semantic/shadowed-deny':
    'a deny policy that can never apply: an earlier allow in the same policies list admits everyone it matches (warning)',
  'semantic/egress-refused-url':
    "a server URL on a link-local or cloud metadata address, which the embedded portal's egress policy refuses (warning)",
} as const;

export type LoadCode = keyof typeof LOAD_CODES;
