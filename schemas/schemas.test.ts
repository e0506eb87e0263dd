// Tests of the schemas themselves: that the bundled draft-07 manifest schema validates the examples as
// an editor would (a plain draft-07 validator, no project code), and that every schema compiles.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { schemaFiles, validate } from './registry.js';

const root = join(import.meta.dirname, '..');
const exampleDocs = () =>
  readdirSync(join(root, 'examples/manifests'))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) =>
      parseAllDocuments(readFileSync(join(root, 'examples/manifests', f), 'utf8')).map((d) => ({
        f,
        value: d.toJS(),
      })),
    );

describe('manifest.schema.json as an editor sees it', () => {
  // yaml-language-server validates with draft-07 semantics and ignores keywords it does not know
  // (such as `discriminator`); a plain, non-strict draft-07 ajv behaves the same way.
  const editor = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const check = editor.compile(JSON.parse(readFileSync(join(root, 'schemas/manifest.schema.json'), 'utf8')));

  it('is self-contained draft-07', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas/manifest.schema.json'), 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(JSON.stringify(schema)).not.toMatch(/"\$ref":"(?!#)/);
  });

  it('accepts every example document', () => {
    const docs = exampleDocs();
    expect(docs.length).toBeGreaterThanOrEqual(8);
    for (const { f, value } of docs) expect(check(value), `${f}: ${JSON.stringify(check.errors)}`).toBe(true);
  });

  it.each([
    {
      name: 'unknown kind',
      doc: { apiVersion: 'mcpportal/v1', kind: 'Nope', metadata: { name: 'a' }, spec: {} },
    },
    {
      name: 'inline secret',
      doc: {
        apiVersion: 'mcpportal/v1',
        kind: 'McpServer',
        metadata: { name: 'a' },
        spec: { url: 'https://a/mcp', auth: { type: 'bearer', token: 'x' } },
      },
    },
    {
      name: 'unknown property',
      doc: {
        apiVersion: 'mcpportal/v1',
        kind: 'McpPortal',
        metadata: { name: 'a' },
        spec: { hostname: 'a.b', x: 1 },
      },
    },
  ])('rejects $name', ({ doc }) => {
    expect(check(doc)).toBe(false);
  });
});

describe('schema registry', () => {
  it('compiles every schema file and every definition', () => {
    for (const [file, schema] of Object.entries(schemaFiles)) {
      const defs = Object.keys((schema as { definitions?: object }).definitions ?? {});
      for (const def of defs) expect(() => validate(`${file}#/definitions/${def}`, {})).not.toThrow();
    }
  });

  it('validates the wire shapes the portal and the reconciler share', () => {
    const create = {
      id: 'docs',
      name: 'Docs',
      hostname: 'https://docs.example.com/mcp',
      auth_type: 'unauthenticated',
    };
    expect(validate('wire/mcp-server.schema.json#/definitions/Create', create)).toEqual({ ok: true });
    const bad = validate('wire/mcp-server.schema.json#/definitions/Create', {
      ...create,
      auth_type: 'header',
    });
    expect(bad.ok).toBe(false);
  });
});
