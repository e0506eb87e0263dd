/**
 * The plan as a versioned JSON document: the plan value itself, unchanged, so `apply --plan` reads back
 * exactly what was reviewed. Its shape is described by schemas/output/plan.schema.json; `format_version`
 * follows Terraform's rule (minor versions only add fields; consumers ignore unknown keys).
 */
import type { Plan } from '../plan/types.js';

export function renderJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
