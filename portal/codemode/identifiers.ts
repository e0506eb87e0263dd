/**
 * Code mode's names for tools: each tool name becomes a JavaScript identifier (`codemode.<identifier>`), and a
 * catalog's names become an injective map that leads back from an identifier to the real tool, the same for any
 * order of the catalog (pure, linear in the number of names).
 */

/**
 * Words that cannot be a binding name in strict-mode module code (ES reserved words, future and strict-mode
 * reserved words, `await`), the global values a model should not see shadowed (`undefined`, `NaN`, `Infinity`,
 * `eval`, `arguments`), and `__proto__`, which as a property key of a plain object would set its prototype.
 */
const RESERVED: ReadonlySet<string> = new Set([
  ...['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else'],
  ...['enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof'],
  ...['new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void'],
  ...['while', 'with', 'yield', 'await', 'let', 'static', 'implements', 'interface', 'package', 'private'],
  ...['protected', 'public', 'undefined', 'NaN', 'Infinity', 'eval', 'arguments', '__proto__'],
]);

/**
 * The identifier for one tool name: every character outside `[A-Za-z0-9_$]` becomes `_`, a leading digit (or an
 * empty name) gets a `_` prefix, and a reserved word a `_` suffix. Names that are already identifiers keep their
 * spelling. Different names can give the same identifier: `identifierMap` resolves that.
 */
export function toIdentifier(name: string): string {
  let id = name.replace(/[^A-Za-z0-9_$]/g, '_');
  if (id === '' || /^[0-9]/.test(id)) id = `_${id}`;
  if (RESERVED.has(id)) id = `${id}_`;
  return id;
}

export interface IdentifierMap {
  /** Identifier → tool name, one entry per distinct name. */
  readonly identifiers: ReadonlyMap<string, string>;
  /** The identifier of a tool name of the map (undefined for other names). */
  identifierOf(name: string): string | undefined;
}

/**
 * The identifiers of a catalog's tool names. When several names give the same identifier, the name that needs
 * no change keeps it; otherwise (and for the rest) the names in plain string order get it, then `_2`, `_3`…,
 * skipping any that is another name's identifier. Suffixes of different identifiers cannot meet (`x_<n>` ends in
 * one number), so the map is injective; it depends only on the set of names, not on their order or repeats.
 */
export function identifierMap(names: readonly string[]): IdentifierMap {
  const groups = new Map<string, string[]>();
  for (const name of new Set(names)) {
    const id = toIdentifier(name);
    const group = groups.get(id);
    if (group) group.push(name);
    else groups.set(id, [name]);
  }
  const identifiers = new Map<string, string>();
  const byName = new Map<string, string>();
  const assign = (id: string, name: string) => {
    identifiers.set(id, name);
    byName.set(name, id);
  };
  for (const [id, group] of groups) {
    if (group.length === 1) {
      assign(id, group[0]!);
      continue;
    }
    group.sort((a, b) => (a === id ? -1 : b === id ? 1 : a < b ? -1 : a > b ? 1 : 0));
    assign(id, group[0]!);
    let n = 2;
    for (const name of group.slice(1)) {
      while (groups.has(`${id}_${n}`)) n++;
      assign(`${id}_${n}`, name);
      n++;
    }
  }
  return { identifiers, identifierOf: (name) => byName.get(name) };
}
