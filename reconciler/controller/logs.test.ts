/**
 * The JSON log: one parseable line per event with the fixed fields first, extra fields kept, secrets masked
 * in every form, levels filtered, and odd values (errors, circular objects) written rather than thrown.
 */
import { describe, expect, it } from 'vitest';
import { registerSecretValue } from '../secrets.js';
import { combineObservers, jsonLogObserver } from './logs.js';
import type { ControllerEvent } from './types.js';

const clock = () => Date.UTC(2030, 0, 1, 12, 0, 0);

function capture(opts: Parameters<typeof jsonLogObserver>[1] = {}) {
  const lines: string[] = [];
  const log = jsonLogObserver((l) => lines.push(l), { clock, ...opts });
  return { lines, log };
}

describe('jsonLogObserver', () => {
  it('writes one JSON line per event, fixed fields first, extra fields after', () => {
    const { lines, log } = capture();
    log.event?.({
      level: 'info',
      event: 'resource.applied',
      cycle: 'c3',
      resource: 'McpServer/s1',
      message: 'updated',
      action: 'update',
      durationMs: 12,
    });
    log.event?.({ level: 'warn', event: 'lease.lost', message: 'lease lost' });
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
    const first = JSON.parse(lines[0] as string);
    expect(Object.keys(first)).toEqual([
      'ts',
      'level',
      'event',
      'cycle',
      'resource',
      'message',
      'action',
      'durationMs',
    ]);
    expect(first).toMatchObject({
      ts: '2030-01-01T12:00:00.000Z',
      cycle: 'c3',
      action: 'update',
      durationMs: 12,
    });
    expect(JSON.parse(lines[1] as string)).toEqual({
      ts: '2030-01-01T12:00:00.000Z',
      level: 'warn',
      event: 'lease.lost',
      message: 'lease lost',
    });
  });

  it.each([
    { name: 'in the message', e: (s: string) => ({ message: `bad token ${s}` }) },
    { name: 'in an extra field', e: (s: string) => ({ message: 'x', detail: { header: `Bearer ${s}` } }) },
    {
      name: 'JSON-quoted inside a message',
      e: (s: string) => ({ message: `body: ${JSON.stringify({ t: `"${s}"` })}` }),
    },
    { name: 'inside an Error', e: (s: string) => ({ message: 'x', error: new Error(`refused ${s}`) }) },
  ])('masks a secret $name', ({ e }) => {
    const secret = 'hunter2-"very"-secret';
    registerSecretValue(secret);
    const { lines, log } = capture();
    log.event?.({ level: 'error', event: 'resource.failed', ...e(secret) } as ControllerEvent);
    expect(lines[0]).not.toContain('hunter2');
    expect(lines[0]).toContain('(sensitive)');
    expect(() => JSON.parse(lines[0] as string)).not.toThrow();
  });

  it('filters by level', () => {
    const { lines, log } = capture({ level: 'warn' });
    log.event?.({ level: 'info', event: 'cycle.start', message: 'a' });
    log.event?.({ level: 'warn', event: 'resource.backoff', message: 'b' });
    log.event?.({ level: 'error', event: 'source.invalid', message: 'c' });
    expect(lines.map((l) => JSON.parse(l).event)).toEqual(['resource.backoff', 'source.invalid']);
  });

  it('writes a line, not an exception, for a value that cannot be serialised', () => {
    const { lines, log } = capture();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() =>
      log.event?.({ level: 'info', event: 'cycle.end', cycle: 'c1', message: 'done', loop }),
    ).not.toThrow();
    const line = JSON.parse(lines[0] as string);
    expect(line).toMatchObject({ event: 'cycle.end', cycle: 'c1', message: 'done' });
    expect(line.logError).toMatch(/not serialisable/);
  });
});

describe('combineObservers', () => {
  it('passes every callback to every observer that has it', () => {
    const seen: string[] = [];
    const both = combineObservers(
      { event: (e) => seen.push(`a:${e.event}`) },
      { cycleStarted: (id) => seen.push(`b:${id}`), event: (e) => seen.push(`b:${e.event}`) },
    );
    both.cycleStarted?.('c1', 'startup');
    both.event?.({ level: 'info', event: 'cycle.start', message: '' });
    expect(seen).toEqual(['b:c1', 'a:cycle.start', 'b:cycle.start']);
  });
});
