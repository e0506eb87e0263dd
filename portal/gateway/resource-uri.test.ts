import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exposeResultUris, exposeToolUi, exposeUri, resolveUri } from './resource-uri.js';

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

describe('upstream URIs in results and tool metadata', () => {
  it('namespaces resource links and embedded resources of a tool result, nothing else', () => {
    const result = {
      content: [
        { type: 'text', text: 'demo://resource/x stays text' },
        { type: 'resource_link', uri: 'demo://resource/1', name: 'one' },
        { type: 'resource', resource: { uri: 'file:///a.txt', text: 'a' } },
        { type: 'resource_link', uri: 'no-scheme', name: 'kept' },
      ],
      structuredContent: { uri: 'demo://resource/1' },
    };
    expect(exposeResultUris('every', result)).toEqual({
      content: [
        { type: 'text', text: 'demo://resource/x stays text' },
        { type: 'resource_link', uri: 'demo://every/demo://resource/1', name: 'one' },
        { type: 'resource', resource: { uri: 'file://every/file:///a.txt', text: 'a' } },
        { type: 'resource_link', uri: 'no-scheme', name: 'kept' },
      ],
      structuredContent: { uri: 'demo://resource/1' },
    });
    expect(result.content[1]).toEqual({ type: 'resource_link', uri: 'demo://resource/1', name: 'one' });
  });

  it('namespaces the content of prompt messages', () => {
    const result = {
      messages: [
        { role: 'user', content: { type: 'text', text: 'hi' } },
        { role: 'user', content: { type: 'resource', resource: { uri: 'demo://r/2', text: 'x' } } },
      ],
    };
    expect(exposeResultUris('every', result).messages).toEqual([
      { role: 'user', content: { type: 'text', text: 'hi' } },
      {
        role: 'user',
        content: { type: 'resource', resource: { uri: 'demo://every/demo://r/2', text: 'x' } },
      },
    ]);
  });

  it('returns a result without links as it is (no copy)', () => {
    const result = { content: [{ type: 'text', text: 'x' }] };
    expect(exposeResultUris('every', result)).toBe(result);
  });

  it('namespaces the MCP Apps UI resource of a tool, in both metadata forms', () => {
    const tool = {
      name: 'chart',
      _meta: {
        ui: { resourceUri: 'ui://charts/bar.html', visibility: ['model'] },
        'ui/resourceUri': 'ui://charts/bar.html',
        x: 1,
      },
    };
    expect(exposeToolUi('apps', tool)).toEqual({
      name: 'chart',
      _meta: {
        ui: { resourceUri: 'ui://apps/ui://charts/bar.html', visibility: ['model'] },
        'ui/resourceUri': 'ui://apps/ui://charts/bar.html',
        x: 1,
      },
    });
    expect(tool._meta.ui.resourceUri).toBe('ui://charts/bar.html');
    const plain = { name: 'plain', _meta: { other: true } };
    expect(exposeToolUi('apps', plain)).toBe(plain);
  });
});
