/**
 * Cross-document checks of an AccessGroup: its rules select no other group. Nesting would make the
 * groups of one run depend on each other (an order the plan does not keep within a kind), so the
 * manifests list the rules directly instead.
 */
import type { Diagnostic } from '../../diagnostics.js';
import { locate } from '../../load/parse-yaml.js';
import { isObject, list, type NamedDocument, specOf } from '../../load/semantic-context.js';

export function checkGroup(d: NamedDocument, out: Diagnostic[]) {
  const spec = specOf(d);
  for (const at of ['include', 'require', 'exclude'] as const) {
    list<unknown>(spec[at]).forEach((rule, i) => {
      if (!isObject(rule) || !('group' in rule)) return;
      out.push({
        severity: 'error',
        code: 'semantic/nested-group',
        message: `an AccessGroup cannot select another group (${JSON.stringify(rule.group)})`,
        detail: "copy that group's rules into this one, or select both groups in the policy",
        path: `/spec/${at}/${i}/group`,
        source: locate(d.doc, ['spec', at, String(i), 'group'], true),
      });
    });
  }
}
