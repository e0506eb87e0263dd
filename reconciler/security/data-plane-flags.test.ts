// `portalctl portal serve` flags of the data plane's transport defences: --allowed-host (DNS rebinding)
// and --max-sessions (per-principal session cap) reach the portal's options, and bad values are refused
// with a message naming the flag (exit 3 in the CLI), before anything starts.
import { describe, expect, it } from 'vitest';
import { serveOptions } from '../cli/commands/portal.js';

const base = { dataDir: '.portal', host: '127.0.0.1', port: '0' };

describe('portal serve transport flags', () => {
  it('passes allowed hosts (repeated or comma-separated, normalised) and the session cap', () => {
    const opts = serveOptions(
      { ...base, allowedHost: ['Portal.Internal, 10.0.0.5', '[::1]'], maxSessions: '25' },
      { cwd: '/tmp' },
    );
    expect(opts.allowedHosts).toEqual(['portal.internal', '10.0.0.5', '::1']);
    expect(opts.maxSessionsPerPrincipal).toBe(25);
  });

  it.each([
    { name: 'a host with a port', flags: { allowedHost: ['portal.internal:8787'] }, flag: '--allowed-host' },
    { name: 'a URL', flags: { allowedHost: ['https://portal.internal'] }, flag: '--allowed-host' },
    { name: 'a session cap of 0', flags: { maxSessions: '0' }, flag: '--max-sessions' },
    { name: 'a session cap that is no number', flags: { maxSessions: 'many' }, flag: '--max-sessions' },
  ])('refuses $name, naming the flag', ({ flags, flag }) => {
    expect(() => serveOptions({ ...base, ...flags }, { cwd: '/tmp' })).toThrow(flag);
  });
});
