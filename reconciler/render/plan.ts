/**
 * `renderPlan(format, plan, options)`: the one entry point the CLI uses to print a plan as terminal
 * text, a pull-request comment (markdown), a JSON document or GitHub workflow annotations. Rendering
 * never recomputes the plan; it only prints the value it is given.
 */
import type { Plan } from '../plan/types.js';
import { renderGithub } from './plan-github.js';
import { renderJson } from './plan-json.js';
import { DEFAULT_MAX_CHARS, renderMarkdown } from './plan-markdown.js';
import { renderText } from './plan-text.js';

export const PLAN_FORMATS = ['text', 'markdown', 'json', 'github'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

export interface RenderPlanOptions {
  /** Colours in `text` (ignored by the other formats). */
  color?: boolean;
  /** The most characters a `markdown` comment may take; default 65,000 (GitHub allows 65,536). */
  maxChars?: number;
}

export function renderPlan(format: PlanFormat, plan: Plan, opts: RenderPlanOptions = {}): string {
  switch (format) {
    case 'json':
      return renderJson(plan);
    case 'markdown':
      return renderMarkdown(plan, { maxChars: opts.maxChars ?? DEFAULT_MAX_CHARS });
    case 'github':
      return renderGithub(plan);
    case 'text':
      return renderText(plan, opts.color ?? false);
    default:
      throw new TypeError(`unknown plan format ${JSON.stringify(format satisfies never)}`);
  }
}
