// `portalctl validate` as users run it: the real bin script in a child process (built by `npm test`),
// checking exit codes and each output format.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp-dir.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'portalctl.js');

function portalctl(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? root,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const bad = [
  'apiVersion: mcpportal/v1',
  'kind: McpServer',
  'metadata:',
  '  name: wiki',
  'spec:',
  '  urll: https://wiki.example.com/mcp',
  '',
].join('\n');

const warnOnly = [
  'apiVersion: mcpportal/v1',
  'kind: McpServer',
  'metadata:',
  '  name: wiki',
  'spec:',
  '  url: https://wiki.example.com/mcp',
  '  tools:',
  `    - name: ${'t'.repeat(70)}`,
  '',
].join('\n');

async function tempFile(name: string, text: string) {
  const dir = tempDir('portalctl-');
  await writeFile(join(dir, name), text);
  return dir;
}

describe('portalctl validate', () => {
  it('exits 0 on the example manifests', () => {
    const r = portalctl(['validate', '-f', 'examples/manifests']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^valid: \d+ documents in 4 files/m);
  });

  it('exits 3 with file:line:col, the source line and a caret in text format', async () => {
    const dir = await tempFile('bad.yaml', bad);
    const r = portalctl(['validate', '-f', 'bad.yaml'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(
      'bad.yaml:6:3: error schema/unknown-property: unknown property "urll" (did you mean "url"?)',
    );
    expect(r.stdout).toContain('    6 |   urll: https://wiki.example.com/mcp\n      |   ^^^^');
    expect(r.stdout).toMatch(/^invalid: 2 errors, 0 warnings/m);
  });

  it('writes a versioned JSON document', async () => {
    const dir = await tempFile('bad.yaml', bad);
    const r = portalctl(['validate', '-f', 'bad.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({
      format_version: 1,
      valid: false,
      files: 1,
      documents: 1,
      errors: 2,
      warnings: 0,
    });
    expect(doc.diagnostics[0]).toMatchObject({
      severity: 'error',
      path: '/spec',
      source: { file: 'bad.yaml', start: { line: 5, column: 1 } },
    });
  });

  it('writes GitHub workflow annotations', async () => {
    const dir = await tempFile('bad.yaml', bad);
    const r = portalctl(['validate', '-f', 'bad.yaml', '--format', 'github'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(
      '::error file=bad.yaml,line=6,col=3,endLine=6,endColumn=7,title=schema/unknown-property::unknown property "urll" (did you mean "url"?)%0Aallowed here:',
    );
  });

  it('reads stdin with -f -', () => {
    const r = portalctl(['validate', '-f', '-'], { input: bad });
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('<stdin>:6:3: error schema/unknown-property');
  });

  it('exits 0 with warnings, and 3 with --strict', async () => {
    const dir = await tempFile('warn.yaml', warnOnly);
    const lenient = portalctl(['validate', '-f', 'warn.yaml'], { cwd: dir });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('warning semantic/long-exposed-name');
    expect(portalctl(['validate', '-f', 'warn.yaml', '--strict'], { cwd: dir }).code).toBe(3);
  });

  it('exits 3 on bad usage', () => {
    expect(portalctl(['validate']).code).toBe(3);
    expect(portalctl(['validate', '-f', 'examples/manifests', '--format', 'xml']).code).toBe(3);
    expect(portalctl(['validate', '-f', 'does-not-exist.yaml']).code).toBe(3);
  });
});
