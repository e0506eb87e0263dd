// The durable record of a replaced server's portal mappings (Access tag names): round trips, long mappings
// spread over several tags within the 255-character limit, and what is ignored or refused.
import { describe, expect, it } from 'vitest';
import { DetachRecordError, detachedOf, detachTags } from './detached.js';

const entry = (n: number) => ({
  server_id: 'docs',
  on_behalf: false,
  updated_tools: Array.from({ length: n }, (_, i) => ({ name: `tool_${i}`, alias: `alias_${i}` })),
});

describe('detached mapping records', () => {
  it('round-trips mappings of several portals, one tag each when short', () => {
    const tags = detachTags('docs', [
      { portal: 'eng', entry: entry(0) },
      { portal: 'support', entry: { server_id: 'docs', default_disabled: true } },
    ]);
    expect(tags).toHaveLength(2);
    expect(detachedOf([...tags, 'mcp-portals:pulumi', 'unrelated'], 'docs')).toEqual({
      entries: [
        { portal: 'eng', entry: entry(0) },
        { portal: 'support', entry: { server_id: 'docs', default_disabled: true } },
      ],
      tags,
    });
  });

  it('spreads a long mapping over tags of at most 255 characters, in any order', () => {
    const tags = detachTags('docs', [{ portal: 'eng', entry: entry(20) }]);
    expect(tags.length).toBeGreaterThan(1);
    for (const t of tags) expect(t.length).toBeLessThanOrEqual(255);
    expect(detachedOf([...tags].reverse(), 'docs').entries).toEqual([{ portal: 'eng', entry: entry(20) }]);
  });

  it("ignores an incomplete record and other servers' records, but lists them for removal", () => {
    const tags = detachTags('docs', [{ portal: 'eng', entry: entry(20) }]);
    const other = detachTags('docs-2', [{ portal: 'eng', entry: entry(0) }]);
    const partial = tags.slice(1);
    expect(detachedOf([...partial, ...other], 'docs')).toEqual({ entries: [], tags: partial });
  });

  it('refuses a mapping that would need too many tags', () => {
    expect(() => detachTags('docs', [{ portal: 'eng', entry: entry(400) }])).toThrow(DetachRecordError);
  });
});
