// GitHub workflow annotations for a plan: the summary as a notice, every delete and replace as a
// warning, diagnostics on their manifest lines, and escaping that keeps each command on one line.
import { describe, expect, it } from 'vitest';
import { erroredPlan, mixedPlan, noChangesPlan } from './fixtures.js';
import { renderGithub } from './plan-github.js';

const lines = (text: string) => text.trimEnd().split('\n');

describe('renderGithub', () => {
  it.each([
    {
      name: 'mixed',
      reason: 'the summary, API calls and target are one notice',
      plan: mixedPlan,
      first:
        '::notice title=portalctl plan::Plan: 3 to create, 4 to update, 1 to replace, 2 to delete, 1 to adopt.%0AAPI calls: 5 requests made to read the live state; about 21 calls to apply.%0ATarget: https://api.cloudflare.com/client/v4 (account 023e105f4ecef8ad9ca31a8372d0c353)',
    },
    {
      name: 'no changes',
      reason: 'no changes is still reported, so the job summary is never empty',
      plan: noChangesPlan,
      first:
        '::notice title=portalctl plan::No changes. The live state matches the manifests.%0AAPI calls: 4 requests made to read the live state; none to apply.%0ATarget: http://127.0.0.1:8787/client/v4 (account local, embedded portal)',
    },
    {
      name: 'errored',
      reason: 'an errored plan says it cannot be applied',
      plan: erroredPlan,
      first:
        '::notice title=portalctl plan::Plan: 1 to create, 0 to update, 0 to replace, 0 to delete.%0AThis plan has 1 error and cannot be applied.%0AAPI calls: 5 requests made to read the live state; about 4 calls to apply.%0ATarget: https://api.cloudflare.com/client/v4 (account 023e105f4ecef8ad9ca31a8372d0c353)',
    },
  ])('starts with the summary notice: $name', ({ plan, first }) => {
    expect(lines(renderGithub(plan))[0]).toBe(first);
  });

  it('warns about every delete and replace', () => {
    const warnings = lines(renderGithub(mixedPlan)).filter((l) => / will be (deleted|replaced)/.test(l));
    expect(warnings).toEqual([
      '::warning title=McpServer/github will be replaced (deleted%2C then created again)::McpServer/github will be replaced (deleted, then created again)%0Aspec.url cannot change in place%0Adetach from portal engineering first%0AAccess application: update%0Acredentials: (sensitive), sent from env GITHUB_CLIENT_SECRET%0Athen: capability sync',
      '::warning title=McpPortal/sandbox will be deleted::McpPortal/sandbox will be deleted%0Anot in the manifests, and owned by this tool%0AAccess application: delete',
      '::warning title=McpServer/legacy-jira will be deleted::McpServer/legacy-jira will be deleted%0Anot in the manifests, and owned by this tool%0Adetach from portal engineering first%0AAccess application: delete',
    ]);
    expect(renderGithub(noChangesPlan)).not.toContain('::warning');
  });

  it.each([
    {
      name: 'error with a source',
      reason: 'errors point at the manifest line and carry the did-you-mean',
      line: '::error file=manifests/servers.yaml,line=24,col=18,endLine=24,endColumn=31,title=secret/unresolved::McpServer tickets: environment variable TICKETS_TOKEN is not set (did you mean "TICKET_TOKEN"?)',
    },
    {
      name: 'escaped warning',
      reason: 'commas and colons in properties, % and newlines in data are escaped',
      line: '::warning file=manifests/a%2C b%3A c.yaml,line=3,col=9,endLine=3,endColumn=21,title=portal/unknown-capability::McpPortal support: tool "close_ticket" is not offered by tickets (100%25 of its tools are disabled)%0AKnown tools: create_ticket, list_tickets.%0ARun `portalctl sync tickets` to refresh them.',
    },
  ])('annotates diagnostics: $name', ({ line }) => {
    expect(lines(renderGithub(erroredPlan))).toContain(line);
  });

  it('annotates an unsourced diagnostic without a location', () => {
    expect(lines(renderGithub(mixedPlan))).toContain(
      '::warning title=plan/delete-blocked::McpServer old-search is kept: portal partners still maps it and is not managed here',
    );
  });

  it('says a credential changes without showing it', () => {
    expect(lines(renderGithub(mixedPlan))).toContain(
      '::notice title=McpServer/tickets credentials::spec.credentials.value: (sensitive) -> (sensitive) (value changed, not shown)',
    );
  });

  it('reports tools newly exposed, no longer exposed, and names over 64 characters', () => {
    const out = lines(renderGithub(mixedPlan));
    expect(out).toContain('::notice title=McpPortal/engineering::newly exposes 1 tool: docs_search');
    expect(out).toContain(
      '::notice title=McpPortal/engineering::no longer exposes 2 tools: docs_fetch_page, legacy-jira_create_issue',
    );
    expect(out).toContain(
      '::warning title=McpPortal/engineering::exposes 1 name over 64 characters: catalog_describe_service_dependencies_including_transitive_runtime_dependencies',
    );
  });

  it('emits only workflow commands, one per line', () => {
    for (const plan of [mixedPlan, erroredPlan, noChangesPlan]) {
      for (const line of lines(renderGithub(plan)))
        expect(line).toMatch(/^::(notice|warning|error)( [^:]+)?::/);
    }
  });
});
