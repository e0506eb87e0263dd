// Token cost per context mode: o200k_base counts pinned for known strings (special-token text counted as
// text), bytes that are exactly those of the served JSON, the order of the modes, and search_and_execute
// and code mode costs that do not grow with the catalog.
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { CONTEXT_MODES, toolsForMode } from './context-modes.js';
import { contextCosts, countTokens, TOKENIZER } from './token-cost.js';

/** A realistic tool: a description and a schema with a few described parameters. */
const tool = (i: number): Tool => ({
  name: `srv${i % 7}_tool_${i}`,
  description: `Looks up record ${i} in the inventory and returns its fields, history and owners.`,
  inputSchema: {
    type: 'object',
    properties: {
      id: { type: 'string', description: 'The record id, as listed by the search tool.' },
      fields: { type: 'array', items: { type: 'string' }, description: 'Fields to return (default all).' },
      limit: { type: 'integer', minimum: 1, maximum: 100 },
    },
    required: ['id'],
  },
});
const catalog = (n: number) => Array.from({ length: n }, (_, i) => tool(i));

describe('countTokens (o200k_base)', () => {
  it.each([
    { text: '', want: 0, reason: 'nothing is no token' },
    { text: 'hello world', want: 2, reason: 'two common words are one token each' },
    { text: 'Hello, world!', want: 4, reason: 'punctuation is split off' },
    { text: 'The quick brown fox jumps over the lazy dog.', want: 10, reason: 'a known o200k count' },
    { text: '{"tools":[]}', want: 4, reason: 'an empty tools/list result' },
    { text: 'héllo wörld 日本語', want: 7, reason: 'non-ASCII text' },
  ])('$text -> $want ($reason)', async ({ text, want }) => {
    expect(await countTokens(text)).toBe(want);
  });

  it('counts text that looks like a special token as text instead of throwing', async () => {
    expect(await countTokens('<|endoftext|>')).toBeGreaterThan(1);
  });
});

describe('contextCosts', () => {
  it('measures exactly the JSON the gateway serves, per mode', async () => {
    const upstream = catalog(12);
    const costs = await contextCosts(upstream);
    expect(costs.tokenizer).toBe(TOKENIZER);
    expect(costs.tools).toBe(12);
    for (const mode of CONTEXT_MODES) {
      const json = JSON.stringify(toolsForMode(mode, upstream));
      expect(costs.modes[mode], mode).toEqual({
        tokens: await countTokens(json),
        bytes: Buffer.byteLength(json, 'utf8'),
      });
    }
  });

  it('counts bytes, not UTF-16 units, for non-ASCII descriptions', async () => {
    const costs = await contextCosts([{ ...tool(1), description: 'Überprüft 日本語' }]);
    const json = JSON.stringify(toolsForMode('full', [{ ...tool(1), description: 'Überprüft 日本語' }]));
    expect(costs.modes.full.bytes).toBeGreaterThan(json.length);
  });

  // Below a few tools the mode tools themselves cost more than they save (0 tools: full is the cheapest).
  it('full > minimize_tools >= search_and_execute, code, from 30 tools on', async () => {
    for (const n of [30, 300]) {
      const { modes } = await contextCosts(catalog(n));
      expect(modes.full.tokens, `${n} tools`).toBeGreaterThanOrEqual(modes.minimize_tools.tokens);
      expect(modes.minimize_tools.tokens, `${n} tools`).toBeGreaterThanOrEqual(
        modes.search_and_execute.tokens,
      );
      expect(modes.full.tokens, `${n} tools`).toBeGreaterThan(modes.minimize_tools.tokens);
      expect(modes.minimize_tools.tokens, `${n} tools`).toBeGreaterThanOrEqual(modes.code.tokens);
    }
  });

  it('search_and_execute and code mode cost the same for 0 and 500 tools', async () => {
    const none = await contextCosts([]);
    const many = await contextCosts(catalog(500));
    expect(many.modes.search_and_execute).toEqual(none.modes.search_and_execute);
    expect(many.modes.code).toEqual(none.modes.code);
    expect(many.modes.full.tokens).toBeGreaterThan(none.modes.full.tokens * 10);
  });
});
