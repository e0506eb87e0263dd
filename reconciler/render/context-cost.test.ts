// The token cost of each portal's tool list as every renderer shows it: one line per portal with thousands
// separators (text, markdown, status table), lower bounds marked while servers are unknown, a GitHub notice
// only where the tool list changes, the JSON status carrying the numbers, and nothing when not counted.
import { describe, expect, it } from 'vitest';
import type { ContextCost, Plan } from '../plan/types.js';
import type { ResourceStatus } from '../status-types.js';
import { mixedPlan, noChangesPlan } from './fixtures.js';
import { renderGithub } from './plan-github.js';
import { renderMarkdown } from './plan-markdown.js';
import { CONTEXT_HEADING, renderText } from './plan-text.js';
import { renderStatusJson, renderStatusTable } from './status.js';

const COMPLETE: ContextCost = {
  tools: 30,
  tokens: { full: 6900, minimize_tools: 540, search_and_execute: 310, code: 350 },
  partial: false,
};
const PARTIAL: ContextCost = {
  tools: 1,
  tokens: { full: 1234, minimize_tools: 400, search_and_execute: 310, code: 350 },
  partial: true,
};
const ENGINEERING =
  'engineering: 30 tools, 6,900 tokens full / 540 minimize_tools / 310 search_and_execute / 350 code mode';
const SUPPORT =
  'support: ≥1 tool, ≥1,234 tokens full / ≥400 minimize_tools / 310 search_and_execute / 350 code mode' +
  ' (≥: the tools of servers unknown until synced are not counted)';

/** mixedPlan (engineering and support both change their tool lists) with costs counted. */
const counted: Plan = {
  ...mixedPlan,
  consequences: mixedPlan.consequences.map((c) => ({
    ...c,
    context: c.portal === 'engineering' ? COMPLETE : PARTIAL,
  })),
};

describe('context cost in plans', () => {
  it('text: one line per portal under its heading, lower bounds marked when partial', () => {
    const lines = renderText(counted).split('\n');
    const at = lines.indexOf(`${CONTEXT_HEADING}:`);
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 2, at + 4)).toEqual([`  ${ENGINEERING}`, `  ${SUPPORT}`]);
  });

  it('markdown: a section with one bullet per portal, the portal name as code', () => {
    const md = renderMarkdown(counted);
    expect(md).toContain(`#### ${CONTEXT_HEADING}`);
    expect(md).toContain(`* \`engineering\`${ENGINEERING.slice('engineering'.length)}`);
    expect(md).toContain(`* \`support\`${SUPPORT.slice('support'.length)}`);
  });

  it('github: a notice with the cost for each portal whose tool list changes, none for the others', () => {
    const out = renderGithub(counted);
    expect(out).toContain(
      '::notice title=McpPortal/engineering::tool list cost per connection: 30 tools, 6,900 tokens full',
    );
    const unchanged: Plan = {
      ...counted,
      consequences: (counted.consequences ?? []).map((c) => ({ ...c, addedTools: [], removedTools: [] })),
    };
    expect(renderGithub(unchanged)).not.toContain('tool list cost');
  });

  it.each([
    { name: 'text', render: (p: Plan) => renderText(p) },
    { name: 'markdown', render: (p: Plan) => renderMarkdown(p) },
  ])('$name: no heading when the plan was made without counting', ({ render }) => {
    expect(render(mixedPlan)).not.toContain(CONTEXT_HEADING);
    expect(render(noChangesPlan)).not.toContain(CONTEXT_HEADING);
  });
});

describe('context cost in status', () => {
  const rows: ResourceStatus[] = [
    { kind: 'McpServer', name: 'docs', phase: 'Ready', reason: 'Ready', message: 'synced', tools: 4 },
    {
      kind: 'McpPortal',
      name: 'engineering',
      phase: 'Ready',
      reason: 'Ready',
      message: '1 of 1 servers ready',
      tools: 30,
      context: COMPLETE,
    },
  ];

  it('table: the portal line after the table', () => {
    const out = renderStatusTable(rows).split('\n');
    expect(out.slice(-4)).toEqual([`${CONTEXT_HEADING}:`, '', `  McpPortal/${ENGINEERING}`, '']);
  });

  it('json: the numbers, per mode', () => {
    const doc = JSON.parse(renderStatusJson(rows));
    expect(doc.resources[1].context).toEqual(COMPLETE);
  });

  it('table: nothing more when no portal was counted', () => {
    expect(renderStatusTable(rows.map(({ context: _, ...r }) => r))).not.toContain(CONTEXT_HEADING);
  });
});
