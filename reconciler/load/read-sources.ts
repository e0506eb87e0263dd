/**
 * Reads manifest sources: files, folders (recursively, `*.yaml`/`*.yml`, sorted) and stdin (`-`).
 * Rejects files over the size limit and text that is not UTF-8, as diagnostics with a position.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';

export interface Source {
  /** The name shown in diagnostics: relative to the working directory, or `<stdin>`. */
  file: string;
  /** The absolute path, for resolving `fromFile` references; undefined for stdin. */
  path?: string;
  text: string;
}

export interface ReadOptions {
  cwd: string;
  /** Per-file byte limit (default 1 MiB). */
  maxBytes?: number;
  readStdin?: () => Promise<string | Buffer>;
}

export const DEFAULT_MAX_BYTES = 1024 * 1024;
const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml']);

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the buffer is valid UTF-8. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i] as number;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > buf.length) return i;
    for (let k = 1; k < len; k++) if (((buf[i + k] as number) & 0xc0) !== 0x80) return i;
    const b1 = buf[i + 1] as number;
    // Overlong 3/4-byte forms, UTF-16 surrogates and code points above U+10FFFF.
    if (
      (b === 0xe0 && b1 < 0xa0) ||
      (b === 0xed && b1 > 0x9f) ||
      (b === 0xf0 && b1 < 0x90) ||
      (b === 0xf4 && b1 > 0x8f)
    ) {
      return i;
    }
    i += len;
  }
  return -1;
}

function positionOfByte(buf: Uint8Array, offset: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (buf[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Column in characters of the valid prefix of this line.
  const column = Buffer.from(buf.subarray(lineStart, offset)).toString('utf8').length + 1;
  return { line, column };
}

function decode(file: string, buf: Buffer, maxBytes: number, diagnostics: Diagnostic[]): string | undefined {
  const at = (start = { line: 1, column: 1 }) => ({ file, start, end: start });
  if (buf.length > maxBytes) {
    diagnostics.push({
      severity: 'error',
      code: 'file/too-large',
      message: `file is ${buf.length} bytes, over the limit of ${maxBytes} bytes`,
      detail: 'split the manifests into several files',
      source: at(),
    });
    return undefined;
  }
  // isUtf8 (native) accepts exactly what firstInvalidUtf8 does; the latter only finds where it fails.
  const bad = isUtf8(buf) ? -1 : firstInvalidUtf8(buf);
  if (bad >= 0) {
    diagnostics.push({
      severity: 'error',
      code: 'file/not-utf8',
      message: `file is not valid UTF-8 (byte 0x${(buf[bad] as number).toString(16).padStart(2, '0')} at offset ${bad})`,
      detail: 'save the file as UTF-8',
      source: at(positionOfByte(buf, bad)),
    });
    return undefined;
  }
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function listDir(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && MANIFEST_EXTENSIONS.has(extname(e.name)))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Reads every source named by `paths`; problems become diagnostics and the source is skipped. */
export async function readSources(
  paths: readonly string[],
  opts: ReadOptions,
): Promise<{ sources: Source[]; diagnostics: Diagnostic[] }> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const sources: Source[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const input of paths) {
    if (input === '-') {
      const raw = (await opts.readStdin?.()) ?? '';
      const text = decode('<stdin>', Buffer.isBuffer(raw) ? raw : Buffer.from(raw), maxBytes, diagnostics);
      if (text !== undefined) sources.push({ file: '<stdin>', text });
      continue;
    }
    const absolute = isAbsolute(input) ? input : join(opts.cwd, input);
    const shown = (p: string) => relative(opts.cwd, p) || p;
    let files: string[];
    try {
      files = (await stat(absolute)).isDirectory() ? await listDir(absolute) : [absolute];
    } catch (err) {
      diagnostics.push({
        severity: 'error',
        code: 'file/unreadable',
        message: `cannot read ${input}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      });
      continue;
    }
    if (files.length === 0) {
      diagnostics.push({
        severity: 'error',
        code: 'file/no-manifests',
        message: `${input} holds no .yaml or .yml files`,
      });
    }
    for (const file of files) {
      let buf: Buffer;
      try {
        // Read synchronously: one call instead of four round trips through the thread pool per file.
        buf = readFileSync(file);
      } catch (err) {
        diagnostics.push({
          severity: 'error',
          code: 'file/unreadable',
          message: `cannot read ${shown(file)}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
        });
        continue;
      }
      const text = decode(shown(file), buf, maxBytes, diagnostics);
      if (text !== undefined) sources.push({ file: shown(file), path: file, text });
    }
  }
  return { sources, diagnostics };
}
