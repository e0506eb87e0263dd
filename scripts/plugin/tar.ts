/**
 * A reproducible `.tar.gz` of a few regular files at the archive's root (POSIX ustar, uid/gid 0, a fixed
 * mtime), the layout Pulumi's plugin installer extracts into the plugin folder. Written here rather than
 * by the system `tar` so the bytes, and so the published SHA256 sums, are the same on every build machine.
 */
import { gzipSync } from 'node:zlib';

export interface TarEntry {
  /** A plain file name (no directories, at most 100 bytes). */
  name: string;
  /** Permission bits, e.g. 0o755 for the executable. */
  mode: number;
  data: Buffer;
}

export class TarError extends Error {
  override readonly name = 'TarError';
}

const BLOCK = 512;

/** Writes `value` as a NUL-terminated octal field of `width` bytes at `offset`. */
function octal(header: Buffer, offset: number, width: number, value: number): void {
  const text = value.toString(8).padStart(width - 1, '0');
  if (text.length > width - 1) throw new TarError(`${value} does not fit a ${width}-byte tar field`);
  header.write(`${text}\0`, offset, width, 'ascii');
}

function header(entry: TarEntry, mtime: number): Buffer {
  const name = Buffer.from(entry.name, 'utf8');
  if (name.length === 0 || name.length > 100 || entry.name.includes('/') || entry.name.startsWith('.'))
    throw new TarError(
      `tar entry name ${JSON.stringify(entry.name)} must be a plain file name of 1-100 bytes`,
    );
  const h = Buffer.alloc(BLOCK);
  name.copy(h, 0);
  octal(h, 100, 8, entry.mode & 0o7777);
  octal(h, 108, 8, 0); // uid
  octal(h, 116, 8, 0); // gid
  octal(h, 124, 12, entry.data.length);
  octal(h, 136, 12, mtime);
  h.write('        ', 148, 8, 'ascii'); // checksum placeholder: spaces while summing
  h.write('0', 156, 1, 'ascii'); // regular file
  h.write('ustar\u000000', 257, 8, 'ascii');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return h;
}

/** The gzipped tar of `entries`, in the given order; `mtime` in seconds since the epoch. */
export function tarGz(entries: TarEntry[], mtime: number): Buffer {
  const names = new Set<string>();
  const parts: Buffer[] = [];
  for (const entry of entries) {
    if (names.has(entry.name)) throw new TarError(`duplicate tar entry ${entry.name}`);
    names.add(entry.name);
    parts.push(header(entry, mtime), entry.data);
    const pad = (BLOCK - (entry.data.length % BLOCK)) % BLOCK;
    if (pad) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(2 * BLOCK)); // end of archive
  return gzipSync(Buffer.concat(parts), { level: 9 });
}
