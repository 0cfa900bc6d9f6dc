/**
 * Builders for the archives tests need, including the malformed ones no archiver will write: duplicated names,
 * climbing paths, links, headers that disagree, data smuggled between members.
 */
import zlib from 'node:zlib';
import { createHash } from 'node:crypto';

export type Bytes = Uint8Array | string;
const bytes = (b: Bytes): Buffer => (typeof b === 'string' ? Buffer.from(b, 'utf8') : Buffer.from(b));

export interface ZipSpec {
  name: string;
  data?: Bytes;
  /** 0 stored, 8 deflate (default), or any number to write as is. */
  method?: number;
  /** Unix mode (e.g. 0o120777 for a symlink); written with "made by Unix". */
  unixMode?: number;
  flags?: number;
  /** Name written in the local header, when it should differ from the central directory's. */
  localName?: string;
  /** Uncompressed size written in both headers, when it should lie. */
  declaredSize?: number;
  /** Raw bytes inserted before this member's local header (smuggled data). */
  before?: Bytes;
}

export function buildZip(entries: ZipSpec[], opts: { prefix?: Bytes; comment?: string } = {}): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const push = (b: Buffer) => {
    parts.push(b);
    offset += b.length;
  };
  if (opts.prefix) push(bytes(opts.prefix));
  for (const e of entries) {
    if (e.before) push(bytes(e.before));
    const data = bytes(e.data ?? '');
    const method = e.method ?? 8;
    const comp = method === 8 ? zlib.deflateRawSync(data) : data;
    const crc = zlib.crc32(data) >>> 0;
    const size = e.declaredSize ?? data.length;
    const name = Buffer.from(e.name, 'utf8');
    const lname = Buffer.from(e.localName ?? e.name, 'utf8');
    const flags = (e.flags ?? 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(comp.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(lname.length, 26);
    const localOffset = offset;
    push(Buffer.concat([local, lname, comp]));
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE((3 << 8) | 20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(flags, 8);
    c.writeUInt16LE(method, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(comp.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(((e.unixMode ?? 0o100644) << 16) >>> 0, 38);
    c.writeUInt32LE(localOffset, 42);
    central.push(Buffer.concat([c, name]));
  }
  const cd = Buffer.concat(central);
  const cdOffset = offset;
  push(cd);
  const comment = Buffer.from(opts.comment ?? '', 'latin1');
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  eocd.writeUInt16LE(comment.length, 20);
  push(Buffer.concat([eocd, comment]));
  return new Uint8Array(Buffer.concat(parts));
}

export interface TarSpec {
  name: string;
  data?: Bytes;
  /** '0' file (default), '1' hard link, '2' symlink, '3' char device, '5' directory, '6' FIFO. */
  type?: string;
  linkname?: string;
}

export function octal(n: number, len: number): string {
  return n.toString(8).padStart(len - 1, '0') + '\0';
}

/**
 * One ustar header block with a correct checksum. `size` is written as given (it may lie), `type` is any type flag;
 * `encoding` is how the name and link name are written (latin1 keeps every byte value as is).
 */
export function tarHeader(name: string, size: number, type: string, opts: { linkname?: string; magic?: boolean; encoding?: BufferEncoding } = {}): Buffer {
  const enc = opts.encoding ?? 'utf8';
  const h = Buffer.alloc(512);
  h.write(name.slice(0, 100), 0, enc);
  h.write(octal(0o644, 8), 100, 'latin1');
  h.write(octal(0, 8), 108, 'latin1');
  h.write(octal(0, 8), 116, 'latin1');
  h.write(octal(size, 12), 124, 'latin1');
  h.write(octal(0, 12), 136, 'latin1');
  h.write('        ', 148, 'latin1');
  h.write(type, 156, 'latin1');
  if (opts.linkname) h.write(opts.linkname.slice(0, 100), 157, enc);
  if (opts.magic !== false) h.write('ustar\x0000', 257, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + ' ', 148, 'latin1');
  return h;
}

/** A ustar archive; names over 100 bytes use a pax header. */
export function buildTar(entries: TarSpec[]): Uint8Array {
  const blocks: Buffer[] = [];
  const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
  for (const e of entries) {
    const data = bytes(e.data ?? '');
    const type = e.type ?? '0';
    if (Buffer.byteLength(e.name) > 100) {
      const rec = (k: string, v: string) => {
        const body = ` ${k}=${v}\n`;
        let len = body.length + 2;
        while (String(len).length + body.length !== len) len = String(len).length + body.length;
        return `${len}${body}`;
      };
      const pax = Buffer.from(rec('path', e.name), 'utf8');
      blocks.push(tarHeader('PaxHeader', pax.length, 'x'), pad(pax));
    }
    const size = type === '0' ? data.length : 0;
    blocks.push(tarHeader(e.name, size, type, { linkname: e.linkname }));
    if (size) blocks.push(pad(data));
  }
  blocks.push(Buffer.alloc(1024));
  return new Uint8Array(Buffer.concat(blocks));
}

export function gzip(d: Uint8Array): Uint8Array {
  return new Uint8Array(zlib.gzipSync(d));
}

function recordHash(d: Buffer): string {
  return 'sha256=' + createHash('sha256').update(d).digest('base64url');
}

export interface WheelOptions {
  /** 'ok' (default): a correct RECORD; 'omit': no RECORD; or a function that edits the RECORD rows. */
  record?: 'ok' | 'omit' | ((rows: string[][]) => string[][]);
  /** Extra zip entries written after RECORD (not listed in it). */
  extra?: ZipSpec[];
}

/** A wheel with METADATA, WHEEL and RECORD around the given files. */
export function buildWheel(name: string, version: string, files: Record<string, Bytes>, opts: WheelOptions = {}): Uint8Array {
  const di = `${name}-${version}.dist-info`;
  const all: Record<string, Buffer> = {};
  for (const [k, v] of Object.entries(files)) all[k] = bytes(v);
  all[`${di}/METADATA`] = Buffer.from(`Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n\n`);
  all[`${di}/WHEEL`] = Buffer.from('Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n');
  const entries: ZipSpec[] = Object.entries(all).map(([n, d]) => ({ name: n, data: d }));
  if (opts.record !== 'omit') {
    let rows = Object.entries(all).map(([n, d]) => [n, recordHash(d), String(d.length)]);
    rows.push([`${di}/RECORD`, '', '']);
    if (typeof opts.record === 'function') rows = opts.record(rows);
    entries.push({ name: `${di}/RECORD`, data: rows.map((r) => r.join(',')).join('\n') + '\n' });
  }
  entries.push(...(opts.extra ?? []));
  return buildZip(entries);
}

/** An sdist: `name-version/` tree with PKG-INFO, gzipped. */
export function buildSdist(name: string, version: string, files: Record<string, Bytes>): Uint8Array {
  const root = `${name}-${version}`;
  const entries: TarSpec[] = [{ name: `${root}/PKG-INFO`, data: `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n\n` }];
  for (const [k, v] of Object.entries(files)) entries.push({ name: `${root}/${k}`, data: v });
  return gzip(buildTar(entries));
}
