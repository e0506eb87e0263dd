// The tar writer, read back by the system `tar` (as Pulumi's Go extractor reads it: regular files at the
// archive root, their modes kept), byte-for-byte reproducible, refusing names it cannot write.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type TarEntry, TarError, tarGz } from './tar.js';

const temp = mkdtempSync(join(tmpdir(), 'tar-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const entries: TarEntry[] = [
  { name: 'run', mode: 0o755, data: Buffer.from('#!/bin/sh\necho hi\n') },
  { name: 'empty', mode: 0o644, data: Buffer.alloc(0) },
  { name: 'one-block', mode: 0o600, data: Buffer.alloc(512, 'a') },
  { name: 'one-block-and-a-byte', mode: 0o644, data: Buffer.alloc(513, 'b') },
  { name: 'ünïcode.txt', mode: 0o644, data: Buffer.from('x') },
];

describe('tarGz', () => {
  it('is read back by tar with every file, its bytes and its mode', () => {
    const file = join(temp, 'a.tar.gz');
    writeFileSync(file, tarGz(entries, 1_700_000_000));
    const out = join(temp, 'a');
    mkdirSync(out);
    const r = spawnSync('tar', ['-xzf', file, '-C', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    for (const e of entries) {
      expect(readFileSync(join(out, e.name)), e.name).toEqual(e.data);
      expect(statSync(join(out, e.name)).mode & 0o777, e.name).toBe(e.mode);
    }
    const list = spawnSync('tar', ['-tvzf', file, '--numeric-owner'], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    });
    const lines = list.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/).at(-1))).toEqual(entries.map((e) => e.name));
    expect(lines.every((l) => l.includes(' 0/0 ') && l.includes('2023-11-14'))).toBe(true);
  });

  it('gives the same bytes for the same files', () => {
    expect(tarGz(entries, 0).equals(tarGz(entries, 0))).toBe(true);
    expect(tarGz(entries, 0).equals(tarGz(entries, 1))).toBe(false);
  });

  it.each([
    { name: 'dir/file', why: 'a folder' },
    { name: 'x'.repeat(101), why: 'longer than 100 bytes' },
    { name: '', why: 'empty' },
    { name: '.hidden', why: 'a dot file' },
  ])('refuses a name that is $why', ({ name }) => {
    expect(() => tarGz([{ name, mode: 0o644, data: Buffer.from('') }], 0)).toThrow(TarError);
  });

  it('refuses the same name twice', () => {
    const e = { name: 'a', mode: 0o644, data: Buffer.from('') };
    expect(() => tarGz([e, e], 0)).toThrow(TarError);
  });
});
