// The terminal rendering of a plan: the summary line a user reads last, one block per change with its
// field diff and notes, unchanged resources counted not listed, consequences, unmanaged objects,
// diagnostics, and colour only when asked.
import { describe, expect, it } from 'vitest';
import type { Json } from '../plan/diff.js';
import type { Plan } from '../plan/types.js';
import { emptyPlan, erroredPlan, LONG_TOOL, mixedPlan, noChangesPlan, rotationPlan } from './fixtures.js';
import { formatValue, NO_CHANGES, renderText } from './plan-text.js';

const lines = (plan: Plan) => renderText(plan).trimEnd().split('\n');

describe('renderText', () => {
  it.each([
    {
      name: 'mixed',
      reason: 'every action is counted, adoptions only when there are any',
      plan: mixedPlan,
      tail: [
        'Plan: 3 to create, 4 to update, 1 to replace, 2 to delete, 1 to adopt.',
        'API calls: 5 requests made to read the live state; about 21 calls to apply.',
      ],
    },
    {
      name: 'no changes',
      reason: 'an all-noop plan says so in one sentence, and nothing is to be applied',
      plan: noChangesPlan,
      tail: [NO_CHANGES, 'API calls: 4 requests made to read the live state; none to apply.'],
    },
    {
      name: 'empty',
      reason: 'no manifests and an empty account is also "no changes"',
      plan: emptyPlan,
      tail: [NO_CHANGES, 'API calls: 3 requests made to read the live state; none to apply.'],
    },
    {
      name: 'rotation',
      reason: 'a rotated credential is an update',
      plan: rotationPlan,
      tail: [
        'Plan: 0 to create, 1 to update, 0 to replace, 0 to delete.',
        'API calls: 4 requests made to read the live state; about 4 calls to apply.',
      ],
    },
    {
      name: 'errored',
      reason: 'an errored plan still shows its counts, then says it cannot be applied',
      plan: erroredPlan,
      tail: [
        'Plan: 1 to create, 0 to update, 0 to replace, 0 to delete.',
        'This plan has 1 error and cannot be applied.',
        'API calls: 5 requests made to read the live state; about 4 calls to apply.',
      ],
    },
  ])('ends with the summary: $name', ({ plan, tail }) => {
    expect(lines(plan).slice(-tail.length)).toEqual(tail);
  });

  it('prints one block per change with the action symbol, address and reason, in apply order', () => {
    const heads = lines(mixedPlan).filter((l) => /^ {2}[+~±\- ] \S+\/\S+/.test(l));
    expect(heads).toEqual([
      '  + AccessPolicy/ci-bots (not in the live state)',
      '  ~ AccessPolicy/support-team',
      '    McpServer/catalog (adopt)',
      '  ~ McpServer/docs',
      '  ± McpServer/github (spec.url cannot change in place)',
      '  ~ McpServer/tickets',
      '  + McpServer/wiki (not in the live state)',
      '  ~ McpPortal/engineering',
      '  + McpPortal/support (not in the live state)',
      '  - McpPortal/sandbox (not in the manifests, and owned by this tool)',
      '  - McpServer/legacy-jira (not in the manifests, and owned by this tool)',
    ]);
  });

  it.each([
    {
      name: 'changed field',
      reason: 'before -> after, strings quoted',
      line: '      ~ spec.sessionDuration: "24h" -> "12h"',
    },
    {
      name: 'list field',
      reason: 'arrays print JSON-ish on one line',
      line: '      ~ spec.policies: ["engineers"] -> ["engineers", "support-team"]',
    },
    {
      name: 'added field',
      reason: 'a field that appears is marked as added',
      line: '      + spec.tools[search_docs].alias: "search" (added)',
    },
    {
      name: 'removed field',
      reason: 'a field that disappears is marked as removed',
      line: '      - spec.tools[fetch_page]: {"name": "fetch_page", "enabled": false} (removed)',
    },
    {
      name: 'replacement',
      reason: 'the field that forces the replace is called out',
      line: '      ~ spec.url: "https://github-mcp.internal.example.com/mcp" -> "https://api.githubcopilot.com/mcp/"  # forces replacement',
    },
    {
      name: 'rotation',
      reason: 'a rotated credential shows that it changed, never what it is',
      line: '      ~ spec.credentials.value: (sensitive) -> (sensitive)  # value changed, not shown',
    },
    {
      name: 'create',
      reason: 'a create lists the fields of its desired spec, keyed sets by key',
      line: '      + spec.servers[docs].tools[search_docs].enabled: true',
    },
    {
      name: 'credential source',
      reason: 'a create shows where its credential comes from',
      line: '      # credentials: (sensitive), sent from env GITHUB_CLIENT_SECRET',
    },
    {
      name: 'app',
      reason: 'Access application actions are notes',
      line: '      # Access application: create',
    },
    {
      name: 'detach',
      reason: 'a delete or replace says which portals drop the server first',
      line: '      # detach from portal engineering first',
    },
    {
      name: 'sync',
      reason: 'a capability sync after apply is announced',
      line: '      # then: capability sync',
    },
    {
      name: 'adopt',
      reason: 'an adoption changes no spec but is still something apply does',
      line: '      # adopt: mark as managed by this tool (owner "default"); no spec change',
    },
    {
      name: 'dns record',
      reason: 'a portal created on Cloudflare needs a DNS record that apply does not create',
      line: '      # DNS (not done by apply): on Cloudflare, create a proxied CNAME support.mcp.example.com -> gateway.agents.cloudflare.com, or clients get 522',
    },
    {
      name: 'unchanged',
      reason: 'noop resources are counted, not listed',
      line: '1 resource unchanged.',
    },
    {
      name: 'new tool',
      reason: 'newly exposed tools are a reviewable change',
      line: '    + docs_search  # newly exposed',
    },
    {
      name: 'removed tool',
      reason: 'tools that disappear are shown',
      line: '    - docs_fetch_page  # no longer exposed',
    },
    {
      name: 'long name',
      reason: 'names over 64 characters are flagged',
      line: `      ${LONG_TOOL}  # 79 characters, over 64`,
    },
    {
      name: 'portal headline',
      reason: 'each portal says what it will expose',
      line: '  McpPortal/support will expose 1 tool and 0 prompts (1 newly exposed, 1 server unknown until synced)',
    },
    {
      name: 'unknown server',
      reason: 'servers not synced yet are named',
      line: '    unknown until synced: github',
    },
    {
      name: 'pruned',
      reason: 'owned objects deleted by this plan say why',
      line: '  McpPortal/sandbox: owned by this tool; deleted by this plan (--prune)',
    },
    {
      name: 'hand-made',
      reason: 'objects this tool did not create are never deleted',
      line: '  McpServer/hand-made: not created by this tool; never deleted',
    },
    {
      name: 'diagnostic with source',
      reason: 'diagnostics point at the manifest line',
      line: `  manifests/portals.yaml:14:7: warning portal/long-tool-name: tool "${LONG_TOOL}" is longer than 64 characters; some MCP clients reject it`,
    },
    {
      name: 'keyed set',
      reason: 'a portal mapping added to the set is shown by its key',
      line: '      + spec.servers[github]: {"server": "github", "requireUserAuth": true, "defaultDisabled": false, "tools": [], "prompts": []} (added)',
    },
    {
      name: 'target',
      reason: 'the target is the first line',
      line: 'Target: https://api.cloudflare.com/client/v4 (account 023e105f4ecef8ad9ca31a8372d0c353)',
    },
  ])('shows the $name line', ({ line }) => {
    expect(lines(mixedPlan)).toContain(line);
  });

  it('does not list unchanged resources', () => {
    const text = renderText(mixedPlan);
    expect(text).not.toMatch(/AccessPolicy\/engineers/);
  });

  it('says which owned objects --prune would delete', () => {
    expect(lines(noChangesPlan)).toContain(
      '  McpServer/scratch: owned by this tool; would be deleted with --prune',
    );
    expect(renderText(noChangesPlan)).not.toContain('Changes, in apply order');
  });

  it('marks the embedded portal in the target line', () => {
    expect(lines(noChangesPlan)[0]).toBe(
      'Target: http://127.0.0.1:8787/client/v4 (account local, embedded portal)',
    );
  });

  it('uses colours only when enabled', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point
    const ansi = /\u001b\[/;
    expect(renderText(mixedPlan, false)).not.toMatch(ansi);
    expect(renderText(mixedPlan, true)).toMatch(ansi);
  });
});

describe('formatValue', () => {
  it.each([
    { name: 'string', reason: 'strings are quoted', value: 'a "b"', want: '"a \\"b\\""' },
    { name: 'newline', reason: 'control characters stay on one line', value: 'a\nb', want: '"a\\nb"' },
    { name: 'sensitive', reason: 'the mask is printed bare', value: '(sensitive)', want: '(sensitive)' },
    {
      name: 'nested sensitive',
      reason: 'the mask is bare wherever it sits',
      value: { token: '(sensitive)', n: [1, true, null] },
      want: '{"token": (sensitive), "n": [1, true, null]}',
    },
    { name: 'null', reason: 'null is null', value: null, want: 'null' },
  ])('$name', ({ value, want }) => {
    expect(formatValue(value as Json)).toBe(want);
  });
});
