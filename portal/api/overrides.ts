/**
 * Rules on capability overrides (`updated_tools` / `updated_prompts`) that the schema cannot express: one
 * override per capability name, and no two capabilities of a server may end up with the same visible name,
 * whether that name is an alias or an original (Cloudflare's aliasing rule). Swapping two names is fine.
 */
import type { ServerCapabilityOverride } from '../../schemas/generated/wire.js';
import type { Issue } from './errors.js';

/**
 * Appends an issue for each broken rule. `field` is the path of the list (e.g. ["updated_tools"]);
 * `known` are the capability names the upstream currently offers; `under` are the overrides of the level
 * below (a portal mapping's list is checked over its server's), so the names compared are the ones
 * clients would see: this level's alias, else the level below's, else the original.
 */
export function checkOverrides(
  list: readonly ServerCapabilityOverride[] | undefined,
  field: (string | number)[],
  known: readonly string[],
  issues: Issue[],
  under: readonly ServerCapabilityOverride[] = [],
): void {
  if (!list) return;
  const byName = new Map<string, number>();
  list.forEach((o, i) => {
    if (byName.has(o.name))
      issues.push({ message: `more than one override for "${o.name}"`, path: [...field, i, 'name'] });
    else byName.set(o.name, i);
  });
  const below = new Map(under.map((o) => [o.name, o.alias]));
  const shownBy = new Map<string, { name: string; aliased: boolean; at: number }[]>();
  for (const name of new Set([...known, ...byName.keys()])) {
    const i = byName.get(name);
    const alias = i === undefined ? undefined : list[i]?.alias;
    const shown = alias ?? below.get(name) ?? name;
    const entry = { name, aliased: alias !== undefined, at: i ?? -1 };
    shownBy.set(shown, [...(shownBy.get(shown) ?? []), entry]);
  }
  // Of capabilities shown under one name, one not aliased at this level keeps it (then the first listed);
  // each other one that this list names is reported.
  for (const [shown, group] of shownBy) {
    if (group.length < 2) continue;
    group.sort((a, b) => Number(a.aliased) - Number(b.aliased) || a.at - b.at);
    const [first, ...rest] = group as [(typeof group)[number], ...typeof group];
    for (const c of rest.filter((x) => x.at >= 0)) {
      issues.push({
        message: `"${c.name}" would be shown as "${shown}", which is already the name of "${first.name}"`,
        path: [...field, c.at, c.aliased ? 'alias' : 'name'],
      });
    }
  }
}
