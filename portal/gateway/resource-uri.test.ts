import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exposeUri, resolveUri } from './resource-uri.js';

describe('resource URI namespacing', () => {
  it('keeps the scheme and round-trips', () => {
    expect(exposeUri('docs', 'file:///README.md')).toBe('file://docs/file:///README.md');
    expect(exposeUri('apps', 'ui://weather/app.html')).toBe('ui://apps/ui://weather/app.html');
    expect(resolveUri('ui://apps/ui://weather/app.html')).toEqual({
      serverId: 'apps',
      uri: 'ui://weather/app.html',
    });
    expect(exposeUri('t', 'demo://resource/dynamic/text/{resourceId}')).toBe(
      'demo://t/demo://resource/dynamic/text/{resourceId}',
    );
  });

  it('refuses what it did not produce', () => {
    expect(exposeUri('docs', 'no-scheme')).toBeUndefined();
    expect(resolveUri('file:///README.md')).toBeUndefined();
    expect(resolveUri('file://docs/ui://x')).toBeUndefined();
    expect(resolveUri('file://Docs/file:///x')).toBeUndefined();
    expect(resolveUri('file://docs/')).toBeUndefined();
  });

  it('round-trips any server id and URI with a scheme', () => {
    const id = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/);
    const uri = fc
      .tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9+.-]{0,8}$/), fc.string())
      .map(([s, rest]) => `${s}:${rest}`);
    fc.assert(
      fc.property(id, uri, (serverId, u) => {
        const exposed = exposeUri(serverId, u);
        expect(exposed).toBeDefined();
        expect(resolveUri(exposed as string)).toEqual({ serverId, uri: u });
      }),
    );
  });
});
