// The pull-request comment: the marker CI updates in place, the result title, the counts table, the
// loud delete/replace warning, address lists, collapsible per-resource diffs and consequences, and
// the character budget (progressively less detail, with a notice saying where the full plan is).
import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/types.js';
import { emptyPlan, erroredPlan, largePlan, mixedPlan, noChangesPlan, rotationPlan } from './fixtures.js';
import { DEFAULT_MAX_CHARS, PLAN_MARKER, renderMarkdown } from './plan-markdown.js';

const md = (plan: Plan, maxChars?: number) =>
  renderMarkdown(plan, maxChars === undefined ? {} : { maxChars });
const NOTICE = '> [!NOTE]';
const FULL_PLAN_HINT = 'For the full plan run `portalctl plan --format json`';

/** Every <details> is closed and every code fence is closed. */
function expectBalanced(text: string) {
  expect(text.split('<details>').length).toBe(text.split('</details>').length);
  const fences = text.split('\n').filter((l) => /^`{3,}/.test(l));
  expect(fences.length % 2).toBe(0);
}

describe('renderMarkdown', () => {
  it.each([
    {
      name: 'mixed',
      reason: 'the title is the summary line',
      plan: mixedPlan,
      title: '### Plan: 3 to create, 4 to update, 1 to replace, 2 to delete, 1 to adopt',
    },
    {
      name: 'no changes',
      reason: 'nothing to do is said plainly',
      plan: noChangesPlan,
      title: '### Plan: No changes',
    },
    { name: 'empty', reason: 'an empty plan has no changes', plan: emptyPlan, title: '### Plan: No changes' },
    {
      name: 'rotation',
      reason: 'a rotation is an update',
      plan: rotationPlan,
      title: '### Plan: 0 to create, 1 to update, 0 to replace, 0 to delete',
    },
    {
      name: 'errored',
      reason: 'a failed plan says so in its title',
      plan: erroredPlan,
      title: '### Plan failed: 1 error, nothing can be applied',
    },
  ])('starts with the marker and the result: $name', ({ plan, title }) => {
    const [marker, first] = md(plan).split('\n');
    expect(marker).toBe(PLAN_MARKER);
    expect(first).toBe(title);
  });

  it('has a one-line counts table', () => {
    const text = md(mixedPlan);
    expect(text).toContain(
      [
        '| Create | Update | Replace | Delete | Adopt | Unchanged |',
        '| ---: | ---: | ---: | ---: | ---: | ---: |',
        '| 3 | 4 | 1 | 2 | 1 | 1 |',
      ].join('\n'),
    );
    expect(md(noChangesPlan)).toContain('| 0 | 0 | 0 | 0 | 3 |');
  });

  it('warns loudly about every delete and replace', () => {
    expect(md(mixedPlan)).toContain(
      [
        '> [!WARNING]',
        '> **This plan deletes 2 resources and replaces 1 resource (deleted, then created again).** Review these before applying:',
        '>',
        '> - **replace** `McpServer/github`: spec.url cannot change in place',
        '> - **delete** `McpPortal/sandbox`: not in the manifests, and owned by this tool',
        '> - **delete** `McpServer/legacy-jira`: not in the manifests, and owned by this tool',
      ].join('\n'),
    );
  });

  it.each([
    { name: 'rotation', reason: 'an update deletes nothing', plan: rotationPlan },
    { name: 'no changes', reason: 'unmanaged objects are not deleted without --prune', plan: noChangesPlan },
  ])('has no warning when nothing is deleted: $name', ({ plan }) => {
    expect(md(plan)).not.toContain('[!WARNING]');
  });

  it('calls out an errored plan', () => {
    expect(md(erroredPlan)).toContain(
      '> [!CAUTION]\n> **This plan has 1 error and cannot be applied.** Fix the diagnostics below and plan again.',
    );
  });

  it('lists the addresses per action', () => {
    expect(md(mixedPlan)).toContain(
      [
        '* **Create** (3): `AccessPolicy/ci-bots`, `McpServer/wiki`, `McpPortal/support`',
        '* **Update** (4): `AccessPolicy/support-team`, `McpServer/docs`, `McpServer/tickets`, `McpPortal/engineering`',
        '* **Replace** (1): `McpServer/github`',
        '* **Delete** (2): `McpPortal/sandbox`, `McpServer/legacy-jira`',
        '* **Adopt** (1): `McpServer/catalog`',
      ].join('\n'),
    );
  });

  it('folds each change into a <details> with its field diff', () => {
    const text = md(mixedPlan);
    expect(text.match(/<details><summary><code>/g)).toHaveLength(11 + mixedPlan.consequences.length);
    expect(text).toContain(
      [
        '<details><summary><code>± McpServer/github</code> replace: spec.url cannot change in place</summary>',
        '',
        '```diff',
        '- spec.secureWebGateway: false',
        '+ spec.secureWebGateway: true',
        '- spec.url: "https://github-mcp.internal.example.com/mcp"',
        '+ spec.url: "https://api.githubcopilot.com/mcp/"  # forces replacement',
        '```',
        '',
        '* id: `github`',
        '* detach from portal engineering first',
        '* Access application: update',
        '* credentials: (sensitive), sent from env GITHUB_CLIENT_SECRET',
        '* then: capability sync',
        '',
        '</details>',
      ].join('\n'),
    );
    expect(text).toContain(
      '- spec.credentials.value: (sensitive)\n+ spec.credentials.value: (sensitive)  # value changed, not shown',
    );
    expect(text).not.toContain('AccessPolicy/engineers');
    expectBalanced(text);
  });

  it("notes the DNS record a new portal needs on Cloudflare in the portal's change", () => {
    const text = md(mixedPlan);
    expect(text).toContain(
      [
        '* Access application: create',
        '* DNS (not done by apply): on Cloudflare, create a proxied CNAME support.mcp.example.com -&gt; gateway.agents.cloudflare.com, or clients get 522',
        '',
        '</details>',
      ].join('\n'),
    );
  });

  it('folds the consequences per portal', () => {
    const text = md(mixedPlan);
    expect(text).toContain(
      '<details><summary><code>McpPortal/support</code> will expose 1 tool and 0 prompts (1 newly exposed, 1 server unknown until synced)</summary>',
    );
    expect(text).toContain(
      '```diff\n  catalog_describe_service_dependencies_including_transitive_runtime_dependencies  # 79 characters, over 64\n  catalog_services\n+ docs_search\n- docs_fetch_page\n- legacy-jira_create_issue\n```',
    );
    expect(text).toContain('Unknown until synced (their tools are known after the first sync): `github`');
  });

  it('lists unmanaged objects, diagnostics, the target and the format version', () => {
    const text = md(mixedPlan);
    expect(text).toContain('* `McpServer/hand-made`: not created by this tool; never deleted');
    expect(text).toContain('* `McpPortal/sandbox`: owned by this tool; deleted by this plan (`--prune`)');
    expect(text).toContain(
      '* **warning** `portal/long-tool-name` at `manifests/portals.yaml:14:7`: tool "catalog_describe_service_dependencies_including_transitive_runtime_dependencies" is longer than 64 characters; some MCP clients reject it — Give it a shorter alias in spec.servers[catalog].tools.',
    );
    expect(text).toContain(
      '<sub>Target `https://api.cloudflare.com/client/v4`, account `023e105f4ecef8ad9ca31a8372d0c353` · about 21 API calls to apply (5 made to plan) · `format_version` 2.0 · planned 2025-06-02T09:30:00.000Z</sub>',
    );
    expect(text).not.toContain(NOTICE);
  });

  it('escapes HTML in summaries and lengthens fences around backticks', () => {
    const tricky: Plan = {
      ...rotationPlan,
      resources: [
        {
          ...(rotationPlan.resources[0] as Plan['resources'][number]),
          reason: '<img src=x onerror=alert(1)>',
          changes: [{ path: 'spec.description', before: 'old', after: 'use ```code``` here' }],
        },
      ],
    };
    const text = md(tricky);
    expect(text).toContain('update in place: &lt;img src=x onerror=alert(1)&gt;</summary>');
    expect(text).toContain(
      '````diff\n- spec.description: "old"\n+ spec.description: "use ```code``` here"\n````',
    );
  });

  describe('character budget', () => {
    it('drops the diffs of the largest resources first and says how to get the full plan', () => {
      const full = md(mixedPlan);
      const text = md(mixedPlan, full.length - 1);
      expect(text.length).toBeLessThan(full.length);
      // The portal create is the largest diff: it goes first; small diffs stay.
      expect(text).not.toContain('<code>+ McpPortal/support</code>');
      expect(text).toContain('<code>~ AccessPolicy/support-team</code>');
      expect(text).toMatch(/_The diffs of \d+ resources? are left out to fit the comment limit/);
      expect(text).toContain(NOTICE);
      expect(text).toContain(FULL_PLAN_HINT);
      expectBalanced(text);
    });

    it('keeps a plan of 2,000 resources under the limit with its summary and delete warning', () => {
      const plan = largePlan(2000);
      const text = md(plan);
      expect(text.length).toBeLessThan(DEFAULT_MAX_CHARS);
      expect(text.split('\n').slice(0, 2)).toEqual([
        PLAN_MARKER,
        '### Plan: 400 to create, 400 to update, 400 to replace, 400 to delete',
      ]);
      expect(text).toContain('| 400 | 400 | 400 | 400 | 400 |');
      expect(text).toContain(
        '> [!WARNING]\n> **This plan deletes 400 resources and replaces 400 resources (deleted, then created again).**',
      );
      expect(text).toMatch(/^> - and [\d,]+ more$/m);
      expect(text).toContain(NOTICE);
      expect(text).toContain(FULL_PLAN_HINT);
      expectBalanced(text);
    });

    it.each([
      { maxChars: 40_000, reason: 'diffs and the consequences go, lists are cut' },
      { maxChars: 10_000, reason: 'lists are cut shorter' },
      { maxChars: 3_000, reason: 'only the summary, the warning and the notice remain' },
      { maxChars: 300, reason: 'an absurd budget still holds, by cutting on a line' },
    ])('never exceeds maxChars $maxChars: $reason', ({ maxChars }) => {
      const text = md(largePlan(2000), maxChars);
      expect(text.length).toBeLessThanOrEqual(maxChars);
      expect(text.startsWith(PLAN_MARKER)).toBe(true);
      if (maxChars >= 3_000) {
        expect(text).toContain('### Plan: 400 to create');
        expect(text).toContain('> [!WARNING]');
        expect(text).toContain(FULL_PLAN_HINT);
        expectBalanced(text);
      }
    });

    it('drops the per-portal tool lists before cutting address lists', () => {
      const plan = largePlan(200);
      const full = md(plan);
      const noDiffs = md(plan, full.length - 1_000);
      expect(noDiffs).toContain('<code>McpPortal/everything</code>');
      const small = md(plan, 16_000);
      expect(small).not.toContain('<details>');
      expect(small).toMatch(/tool lists of 1 portal|consequences for 1 portal/);
    });
  });
});
