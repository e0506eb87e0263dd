// applySyncOutcome as a table: ready stores capabilities and drops overrides of vanished ones (server and
// portal level, reported in sorted messages); error keeps the last good capabilities.
import { describe, expect, it } from 'vitest';
import type { MappingRecord } from './store/repository.js';
import type { SyncOutcome } from './sync/types.js';
import { applySyncOutcome, OVERRIDE_DROPPED_CODE } from './sync-outcome.js';
import { crashRecord } from './testing/crash-records.js';

const NOW = '2026-02-02T00:00:00.000Z';
const base = {
  ...crashRecord(1).server,
  id: 'docs',
  tools: [{ name: 'old' }],
  updated_tools: [
    { name: 'keep', alias: 'k' },
    { name: 'gone', alias: 'g' },
  ],
  updated_prompts: [{ name: 'vanished' }],
};
const mapping: MappingRecord = {
  server_id: 'docs',
  default_disabled: false,
  on_behalf: true,
  updated_tools: [
    { name: 'gone', enabled: true },
    { name: 'keep', enabled: false },
  ],
  updated_prompts: [],
};
const ready: SyncOutcome = {
  status: 'ready',
  tools: [{ name: 'keep' }, { name: 'new' }],
  prompts: [],
  transport: 'streamable-http',
};
const failed: SyncOutcome = {
  status: 'error',
  error: 'upstream said 401',
  errorDetails: { cause: 'unauthorized', is_upstream: true, retryable: false, status_code: 401 },
};

describe('applySyncOutcome', () => {
  it('ready: stores capabilities, clears the error, drops vanished overrides and reports them sorted', () => {
    const out = applySyncOutcome(
      { ...base, status: 'error', error: 'x', error_details: failed.errorDetails },
      [{ portal_id: 'p', mapping }],
      ready,
      NOW,
    );
    expect(out.server).toMatchObject({
      status: 'ready',
      tools: [{ name: 'keep' }, { name: 'new' }],
      error: null,
      error_details: null,
      last_synced: NOW,
      last_successful_sync: NOW,
      updated_tools: [{ name: 'keep', alias: 'k' }],
      updated_prompts: [],
    });
    expect(out.mappings).toEqual([
      { portal_id: 'p', mapping: { ...mapping, updated_tools: [{ name: 'keep', enabled: false }] } },
    ]);
    expect(out.messages.map((m) => m.code)).toEqual([
      OVERRIDE_DROPPED_CODE,
      OVERRIDE_DROPPED_CODE,
      OVERRIDE_DROPPED_CODE,
    ]);
    expect(out.messages.map((m) => m.message)).toEqual([...out.messages.map((m) => m.message)].sort());
    expect(out.messages.map((m) => m.message).join('\n')).toMatch(/tool "gone" \(alias "g"\)/);
    expect(out.server.sync_messages).toEqual(out.messages);
  });

  it('ready: leaves mappings alone when nothing vanished', () => {
    const out = applySyncOutcome(
      base,
      [{ portal_id: 'p', mapping: { ...mapping, updated_tools: [] } }],
      ready,
      NOW,
    );
    expect(out.mappings).toEqual([]);
  });

  it('error: records the error and last_synced, keeps tools, overrides and last_successful_sync', () => {
    const before = { ...base, last_successful_sync: '2026-01-01T00:00:00.000Z' };
    const out = applySyncOutcome(before, [{ portal_id: 'p', mapping }], failed, NOW);
    expect(out.server).toMatchObject({
      status: 'error',
      error: 'upstream said 401',
      error_details: failed.errorDetails,
      last_synced: NOW,
      last_successful_sync: '2026-01-01T00:00:00.000Z',
      tools: [{ name: 'old' }],
      updated_tools: base.updated_tools,
    });
    expect(out.mappings).toEqual([]);
    expect(out.messages).toEqual([]);
  });
});
