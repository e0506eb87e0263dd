/**
 * Rules on capability overrides (`updated_tools` / `updated_prompts`) that the schema cannot express: one
 * override per capability name, and no two capabilities of a server may end up with the same visible name,
 * whether that name is an alias or an original (Cloudflare's aliasing rule). Swapping two names is fine.
 */
import type { ServerCapabilityOverride } from '../../schemas/generated/wire.js';
import type { Issue } from './errors.js';

/**
 * Appends an issue for each broken rule. `field` is the path of the list (e.g. ["updated_tools"]);
 * `known` are the capability names the upstream currently offers.
 */
export function checkOverrides(
  list: readonly ServerCapabilityOverride[] | undefined,
  field: (string | number)[],
  known: readonly string[],
  issues: Issue[],
): void {
  if (!list) return;
  const byName = new Map<string, number>();
  list.forEach((o, i) => {
    if (byName.has(o.name))
      issues.push({ message: `more than one override for "${o.name}"`, path: [...field, i, 'name'] });
    else byName.set(o.name, i);
  });
  // Visible name -> the capability showing it; originals without an alias first, so an alias that takes an
  // original's name is the one reported.
  const visible = new Map<string, string>();
  for (const name of new Set(known)) {
    const i = byName.get(name);
    if (i === undefined || list[i]?.alias === undefined) visible.set(name, name);
  }
  for (const [name, i] of byName) {
    const alias = list[i]?.alias;
    const shown = alias ?? name;
    const other = visible.get(shown);
    if (other !== undefined && other !== name) {
      issues.push({
        message: `"${name}" would be shown as "${shown}", which is already the name of "${other}"`,
        path: [...field, i, alias === undefined ? 'name' : 'alias'],
      });
    } else visible.set(shown, name);
  }
}
