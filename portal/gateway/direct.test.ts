// Which session requests the gateway answers itself (everything else must reach the SDK server untouched),
// how a cancellation names its request, and the shape check of tools/call results on the direct path.
import { describe, expect, it } from 'vitest';
import { cancelledRequestId, checkedCallResult, directRequest } from './direct.js';

const rpc = (method: string, params?: unknown, id: unknown = 1) => ({
  jsonrpc: '2.0',
  id,
  method,
  ...(params !== undefined ? { params } : {}),
});

describe('directRequest', () => {
  it.each([
    ['tools/list', rpc('tools/list')],
    ['tools/list with a cursor', rpc('tools/list', { cursor: 'x' })],
    ['prompts/list', rpc('prompts/list', {})],
    ['ping', rpc('ping')],
    ['a call', rpc('tools/call', { name: 'docs_get_page', arguments: { id: 1 } })],
    ['a call with other _meta', rpc('tools/call', { name: 'docs_get_page', _meta: { trace: 'x' } })],
    ['a call with a progress token', rpc('tools/call', { name: 'a_b', _meta: { progressToken: 'p' } })],
    ['a prompt', rpc('prompts/get', { name: 'docs_summarise' }, 'str-id')],
    ['a call with a task (ignored)', rpc('tools/call', { name: 'a_b', task: { ttl: 1 } })],
  ])('answers %s', (_name, body) => {
    expect(directRequest(body)).toMatchObject({ id: body.id, method: body.method });
  });

  it.each([
    [
      'a progress token that is neither a string nor an integer',
      rpc('tools/call', { name: 'a_b', _meta: { progressToken: {} } }),
    ],
    ['a built-in tool', rpc('tools/call', { name: 'portal_toggle_servers' })],
    ['no name', rpc('tools/call', { arguments: {} })],
    ['arguments that are not an object', rpc('tools/call', { name: 'a_b', arguments: [1] })],
    ['params that are not an object', rpc('tools/list', [1])],
    ['a cursor that is not a string', rpc('tools/list', { cursor: 1 })],
    ['initialize', rpc('initialize', {})],
    ['another method', rpc('resources/list')],
    ['a batch', [rpc('ping')]],
    ['a notification', { jsonrpc: '2.0', method: 'ping' }],
    ['a fractional id', rpc('ping', undefined, 1.5)],
    ['a null id', rpc('ping', undefined, null)],
    ['no jsonrpc', { id: 1, method: 'ping' }],
    ['a response', { jsonrpc: '2.0', id: 1, result: {} }],
  ])('leaves %s to the SDK server', (_name, body) => {
    expect(directRequest(body)).toBeUndefined();
  });
});

describe('cancelledRequestId', () => {
  it('names the request of a single notifications/cancelled', () => {
    const n = (requestId: unknown) => ({
      jsonrpc: '2.0',
      method: 'notifications/cancelled',
      params: { requestId },
    });
    expect(cancelledRequestId(n(7))).toBe(7);
    expect(cancelledRequestId(n('a'))).toBe('a');
    expect(cancelledRequestId(n({}))).toBeUndefined();
    expect(cancelledRequestId([n(7)])).toBeUndefined();
    expect(cancelledRequestId({ ...n(7), id: 1 })).toBeUndefined();
  });
});

describe('checkedCallResult', () => {
  it('passes a valid result through and adds the default empty content', () => {
    const ok = { content: [{ type: 'text', text: 'x' }], isError: false, structuredContent: { a: 1 } };
    expect(checkedCallResult(ok)).toBe(ok);
    expect(checkedCallResult({ structuredContent: { a: 1 } })).toEqual({
      structuredContent: { a: 1 },
      content: [],
    });
  });

  it.each([
    [{ content: 'text' }, 'content must be a list'],
    [{ content: [{ text: 'no type' }] }, 'content must be a list'],
    [{ content: [], structuredContent: [1] }, 'structuredContent must be an object'],
    [{ content: [], isError: 'yes' }, 'isError must be a boolean'],
  ])('refuses %j with InvalidParams, as the SDK server does', (result, message) => {
    expect(() => checkedCallResult(result)).toThrow(expect.objectContaining({ code: -32602 }));
    expect(() => checkedCallResult(result)).toThrow(message);
  });
});
