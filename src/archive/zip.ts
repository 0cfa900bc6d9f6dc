/**
 * A zip reader for hostile input, written here rather than taken from adm-zip because the scanner needs what a
 * general-purpose library hides or refuses: every central-directory entry including duplicated names (adm-zip throws
 * on them, yet Python's zipfile — what pip installs wheels with — accepts them), the raw name bytes, the local header
 * next to the central one (they may disagree), the byte ranges no entry covers (prepended or smuggled data), and
 * inflation bounded by our own limits instead of the declared sizes.
 */
import zlib from 'node:zlib';
import { bunzip2, isOutputLimitError } from './compress.js';
import { findZipEOCD } from '../formats/magic.js';

export interface ZipEntry {
  /** Name decoded as UTF-8 (flag bit 11) or CP437-ish latin1, as Python's zipfile does. */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Unix mode from the external attributes when the entry was made on Unix, else 0. */
  unixMode: number;
  /** Offset of the compressed data, from the local header; -1 when the local header is unreadable. */
  dataOffset: number;
  /** Problems found comparing this entry with its local header. */
  problems: string[];
  /** Compression method the local header gives (-1 when it is unreadable); streaming readers go by it. */
  localMethod: number;
  /** The name is flagged UTF-8 (bit 11) but its bytes are not UTF-8: Python's zipfile refuses the whole archive. */
  badName?: boolean;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Offset of the end-of-central-directory record. */
  eocd: number;
  /** Offset of the central directory. */
  cdOffset: number;
  /** Bytes before the first local header (a zip appended to something else: a polyglot or a self-extractor). */
  prefixBytes: number;
  /** Byte ranges between local entries and the central directory that no entry covers. */
  gaps: Array<{ offset: number; length: number }>;
  /** Entries whose data overlaps another entry's (how "overlapping" zip bombs reuse one compressed stream). */
  overlapping: number;
  /** Bytes after the end-of-central-directory record and its comment. */
  trailingBytes: number;
  comment: Uint8Array;
  /** Inconsistencies that make the archive unreadable in part: the scan is incomplete. */
  problems: string[];
  /** Inconsistencies that were read through (every entry was still read): findings only. */
  warnings: string[];
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOC = 0x07064b50;

export class ZipFormatError extends Error {}

function u16(d: Uint8Array, o: number): number {
  return d[o] | (d[o + 1] << 8);
}
function u32(d: Uint8Array, o: number): number {
  return (d[o] | (d[o + 1] << 8) | (d[o + 2] << 16) | (d[o + 3] << 24)) >>> 0;
}
function u64(d: Uint8Array, o: number): number {
  return u32(d, o) + u32(d, o + 4) * 0x100000000;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function validUtf8(raw: Uint8Array): boolean {
  try {
    strictUtf8.decode(raw);
    return true;
  } catch {
    return false;
  }
}

/**
 * Member bytes that are the only view of their memory (inflated, not a slice of the archive): they can be moved to
 * another thread without a copy once nothing else reads them (src/scan.ts).
 */
export const EXCLUSIVE = new WeakSet<Uint8Array>();

type Detachable = ArrayBuffer & { transfer?: (length: number) => ArrayBuffer; detached?: boolean };

/**
 * Mark decompressed bytes as EXCLUSIVE when they are in memory of their own: not in the compressed input's buffer
 * (a stored member is a view of the archive), and larger than Node's Buffer pool (small zlib output may be a slice of
 * the shared pool, which other buffers use too).
 */
export function markExclusive(out: Uint8Array, input: Uint8Array): void {
  if (out.buffer !== input.buffer && out.byteLength > Buffer.poolSize) EXCLUSIVE.add(out);
}

/**
 * Free the memory of member bytes that are the only view of it (EXCLUSIVE) once every reader is done with them. A
 * detached buffer's memory goes at once (ArrayBuffer.prototype.transfer, Node 21+), where a dead one waits for the
 * collector's next full pass: a 500 MB wheel of ten-minute sounds otherwise held the last member and the next one at
 * the same time. Bytes already moved to another thread, and Nodes without `transfer` (20), are left to the collector.
 */
export function releaseExclusive(d: Uint8Array): void {
  if (EXCLUSIVE.has(d)) freeBuffer(d.buffer as ArrayBuffer);
}

/** Free memory nothing will read again (its views become empty) where Node can (transfer); else leave it to the collector. */
export function freeBuffer(b: ArrayBuffer): void {
  const buf = b as Detachable;
  if (typeof buf.transfer !== 'function' || buf.detached || buf.byteLength === 0) return;
  buf.transfer(0);
}

/**
 * How far past its declared size a member is inflated before it is treated as a size that lies (a decompression
 * bomb). Python's zipfile stops at the declared size; other readers go on, so a little more is read to show the lie.
 */
export const SIZE_LIE_ALLOWANCE = 64 * 1024 * 1024;

function decodeName(raw: Uint8Array, flags: number): string {
  if (flags & 0x800) return utf8.decode(raw);
  // Python's zipfile uses cp437 for names without the UTF-8 flag; latin1 keeps ASCII exact and every byte visible.
  return Buffer.from(raw).toString('latin1');
}

/**
 * The end-of-central-directory record as Python's zipfile (what pip installs with) finds it: the last signature in
 * the final 64 KiB + 22 bytes with a whole record after it, whatever its comment length says.
 */
const findEOCD = findZipEOCD;

/**
 * The zip64 end-of-central-directory record, when a locator precedes the EOCD. Python's zipfile reads it right before
 * the locator (no extensible data); other readers follow the locator's offset. Both places are looked at and must
 * agree, or the directory is ambiguous.
 */
function findEOCD64(d: Uint8Array, eocd: number, problems: string[]): { at: number; count: number; cdSize: number; cdOffset: number } | null {
  if (eocd < 20 || u32(d, eocd - 20) !== SIG_EOCD64_LOC) return null;
  const read = (at: number) =>
    at >= 0 && at + 56 <= d.length && u32(d, at) === SIG_EOCD64 ? { at, count: u64(d, at + 32), cdSize: u64(d, at + 40), cdOffset: u64(d, at + 48) } : null;
  const fixed = read(eocd - 20 - 56);
  const pointed = read(u64(d, eocd - 20 + 8));
  if (fixed && pointed && pointed.at !== fixed.at && (pointed.count !== fixed.count || pointed.cdSize !== fixed.cdSize || pointed.cdOffset !== fixed.cdOffset)) {
    problems.push('two different zip64 end-of-central-directory records: zip readers disagree on the directory');
  }
  const r = fixed ?? pointed;
  if (!r) problems.push('zip64 locator points at no zip64 record');
  return r;
}

/** Read the central directory. Throws ZipFormatError when there is no usable directory at all. */
export function readZipDirectory(d: Uint8Array, maxEntries: number): ZipDirectory {
  const problems: string[] = [];
  const warnings: string[] = [];
  const eocd = findEOCD(d);
  if (eocd < 0) throw new ZipFormatError('no end-of-central-directory record');
  let count = u16(d, eocd + 10);
  let cdSize = u32(d, eocd + 12);
  let cdOffset = u32(d, eocd + 16);
  const commentLen = u16(d, eocd + 20);
  const comment = d.subarray(eocd + 22, Math.min(d.length, eocd + 22 + commentLen));
  const trailingBytes = Math.max(0, d.length - (eocd + 22 + commentLen));
  if (eocd + 22 + commentLen > d.length) warnings.push('the archive comment runs past the end of the file');

  // Zip64: the locator sits right before the EOCD and points at the zip64 EOCD record.
  const z64 = findEOCD64(d, eocd, problems);
  if (z64) {
    count = z64.count;
    cdSize = z64.cdSize;
    cdOffset = z64.cdOffset;
  }

  // The directory may be shifted when data was prepended to the archive (self-extractors, polyglots): like
  // Python's zipfile, compute the shift from where the directory really ends (the zip64 record when there is one).
  const expectedCdEnd = cdOffset + cdSize;
  const realCdEnd = z64 ? z64.at : eocd;
  let shift = 0;
  if (realCdEnd !== expectedCdEnd) {
    shift = realCdEnd - expectedCdEnd;
    if (shift < 0 || cdOffset + shift < 0) throw new ZipFormatError('central directory size/offset point outside the file');
    problems.push(`central directory is ${shift} bytes later than declared: data was prepended to the archive`);
  }
  const cdStart = cdOffset + shift;
  const cdEnd = cdStart + cdSize;
  if (cdStart > d.length) throw new ZipFormatError('central directory offset is past the end of the file');

  // Python's zipfile reads entries for as long as the directory's declared size lasts and ignores the entry count;
  // other readers go by the count. Read while either says there is more, so that no entry any reader installs is
  // left out.
  const entries: ZipEntry[] = [];
  let p = cdStart;
  while ((p < cdEnd || entries.length < count) && p + 46 <= d.length && u32(d, p) === SIG_CENTRAL) {
    if (entries.length >= maxEntries) {
      problems.push(`archive holds more than ${maxEntries} entries; only ${maxEntries} were read (member limit)`);
      break;
    }
    const madeBy = u16(d, p + 4);
    const flags = u16(d, p + 8);
    const method = u16(d, p + 10);
    const crc = u32(d, p + 16);
    let compressedSize = u32(d, p + 20);
    let size = u32(d, p + 24);
    const nameLen = u16(d, p + 28);
    const extraLen = u16(d, p + 30);
    const commentLen2 = u16(d, p + 32);
    const extAttr = u32(d, p + 38);
    let localOffset = u32(d, p + 42);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd + extraLen + commentLen2 > d.length) {
      problems.push(`central directory entry ${entries.length} runs past the end of the file`);
      break;
    }
    const rawName = d.subarray(p + 46, nameEnd);
    // zip64 extra field: the 0xFFFFFFFF fields are replaced in order
    let e = nameEnd;
    const extraEnd = nameEnd + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16(d, e);
      const len = u16(d, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        const qEnd = Math.min(e + 4 + len, extraEnd);
        if (size === 0xffffffff && q + 8 <= qEnd) { size = u64(d, q); q += 8; }
        if (compressedSize === 0xffffffff && q + 8 <= qEnd) { compressedSize = u64(d, q); q += 8; }
        if (localOffset === 0xffffffff && q + 8 <= qEnd) { localOffset = u64(d, q); q += 8; }
      }
      e += 4 + len;
    }
    const name = decodeName(rawName, flags);
    const unixMode = madeBy >> 8 === 3 ? extAttr >>> 16 : 0;
    const entry: ZipEntry = { name, method, flags, crc, compressedSize, size, localOffset: localOffset + shift, unixMode, dataOffset: -1, problems: [], localMethod: -1 };
    if (flags & 0x800 && !validUtf8(rawName)) entry.badName = true;
    checkLocalHeader(d, entry, rawName);
    entries.push(entry);
    p = extraEnd + commentLen2;
  }
  const limited = problems.some((x) => /member limit/.test(x));
  if (!limited && entries.length < count) problems.push(`central directory declares ${count} entries but only ${entries.length} could be read`);
  else if (entries.length > count) warnings.push(`central directory holds ${entries.length} entries but the end record declares ${count}: readers that trust the count miss some`);

  // Coverage: which bytes before the central directory belong to no entry.
  const spans = entries
    .filter((x) => x.dataOffset >= 0)
    .map((x) => [x.localOffset, x.dataOffset + x.compressedSize + dataDescriptorLength(d, x)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const gaps: Array<{ offset: number; length: number }> = [];
  let cursor = spans.length ? Math.min(spans[0][0], cdStart) : cdStart;
  const prefixBytes = cursor;
  let overlapping = 0;
  for (const [s, end] of spans) {
    if (s > cursor) gaps.push({ offset: cursor, length: s - cursor });
    else if (s < cursor) overlapping++;
    cursor = Math.max(cursor, end);
  }
  if (cdStart > cursor) gaps.push({ offset: cursor, length: cdStart - cursor });
  return { entries, eocd, cdOffset: cdStart, prefixBytes, gaps, overlapping, trailingBytes, comment, problems, warnings };
}

/**
 * Length of the data descriptor after an entry's data (flag bit 3), 0 when there is none. Its sizes are 8 bytes each
 * when the local header carried a zip64 field, 4 otherwise: the length after which the next record starts wins.
 */
function dataDescriptorLength(d: Uint8Array, e: ZipEntry): number {
  if (!(e.flags & 8)) return 0;
  const p = e.dataOffset + e.compressedSize;
  const sig = p + 4 <= d.length && u32(d, p) === 0x08074b50 ? 4 : 0;
  const z64 = e.size >= 0xffffffff || e.compressedSize >= 0xffffffff;
  const [first, second] = z64 ? [20, 12] : [12, 20];
  const nextRecord = (n: number) => p + sig + n + 4 <= d.length && d[p + sig + n] === 0x50 && d[p + sig + n + 1] === 0x4b;
  const body = nextRecord(first) ? first : nextRecord(second) ? second : first;
  return Math.min(sig + body, Math.max(0, d.length - p));
}

function checkLocalHeader(d: Uint8Array, e: ZipEntry, rawName: Uint8Array): void {
  const p = e.localOffset;
  if (p < 0 || p + 30 > d.length || u32(d, p) !== SIG_LOCAL) {
    e.problems.push('local header missing at the offset the central directory gives');
    return;
  }
  const lFlags = u16(d, p + 6);
  const lMethod = u16(d, p + 8);
  const lCsize = u32(d, p + 18);
  const lSize = u32(d, p + 22);
  const nameLen = u16(d, p + 26);
  const extraLen = u16(d, p + 28);
  const lName = d.subarray(p + 30, Math.min(d.length, p + 30 + nameLen));
  e.localMethod = lMethod;
  if (lMethod !== e.method) e.problems.push(`compression method ${lMethod} in the local header, ${e.method} in the central directory`);
  if (!Buffer.from(lName).equals(Buffer.from(rawName))) {
    e.problems.push(`local header names it "${decodeName(lName, lFlags).slice(0, 200)}"`);
  }
  // sizes are zero in the local header when bit 3 defers them to a data descriptor; 0xFFFFFFFF means zip64
  if (!(lFlags & 8) && lCsize !== 0xffffffff && e.compressedSize < 0xffffffff && (lCsize !== e.compressedSize || lSize !== e.size)) {
    e.problems.push(`sizes ${lCsize}/${lSize} in the local header, ${e.compressedSize}/${e.size} in the central directory`);
  }
  e.dataOffset = p + 30 + nameLen + extraLen;
  if (e.dataOffset + e.compressedSize > d.length) {
    e.problems.push('compressed data runs past the end of the file');
  }
}

export type ExtractResult =
  | { ok: true; data: Uint8Array; sizeMismatch: boolean; crcOk: boolean }
  | { ok: false; reason: string; kind: 'unsupported' | 'corrupt' | 'too-large'; /** bytes inflated before giving up */ inflated?: number };

/**
 * Decompress one entry, producing at most `maxOut` bytes whatever the header declares. A member declaring more than
 * `maxOut` is not inflated at all, and one is inflated to at most its declared size plus SIZE_LIE_ALLOWANCE: memory
 * and time stay proportional to what the directory admits to. The crc is checked against the central directory's
 * value. `method` overrides the entry's (to read it as its local header says).
 */
export function extractZipEntry(d: Uint8Array, e: ZipEntry, maxOut: number, method = e.method): ExtractResult {
  if (e.flags & 1) return { ok: false, kind: 'unsupported', reason: 'member is encrypted' };
  if (e.dataOffset < 0) return { ok: false, kind: 'corrupt', reason: 'local header unreadable' };
  // truncated data is not the member any reader installs (Python's zipfile fails on it): not a complete scan
  if (e.dataOffset + e.compressedSize > d.length) return { ok: false, kind: 'corrupt', reason: 'compressed data runs past the end of the file' };
  const comp = d.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
  if ((method === 8 || method === 12) && e.size > maxOut) {
    return { ok: false, kind: 'too-large', reason: `member declares ${e.size} bytes, more than the ${maxOut} it may inflate to (per-member limit)`, inflated: 0 };
  }
  // a size that lies is a bomb: inflate a little past it, to show the lie, and no further
  const cap = Math.min(maxOut, e.size + SIZE_LIE_ALLOWANCE);
  const tooLarge = (): ExtractResult =>
    cap < maxOut
      ? { ok: false, kind: 'too-large', reason: `member declares ${e.size} bytes but inflates past ${cap} (a size that lies: decompression bomb)`, inflated: cap }
      : { ok: false, kind: 'too-large', reason: `member inflates past ${maxOut} bytes`, inflated: cap };
  let out: Uint8Array;
  try {
    switch (method) {
      case 0:
        if (comp.length > maxOut) return { ok: false, kind: 'too-large', reason: `stored member of ${comp.length} bytes exceeds the limit` };
        out = comp;
        break;
      case 8:
        // one output chunk of the declared size (+1, so that a full chunk is not taken for "more to come"): an
        // honest member inflates in place instead of into pieces joined by a copy, which doubled its peak memory. A
        // size that lies larger only reserves address space: pages never written are never resident.
        out = zlib.inflateRawSync(comp, { maxOutputLength: Math.max(1, cap), chunkSize: Math.max(64 * 1024, Math.min(cap, e.size + 1)) });
        break;
      case 12: {
        const r = bunzip2(comp, cap);
        if (!r.ok) return r.tooLarge ? tooLarge() : { ok: false, kind: 'corrupt', reason: r.reason };
        out = r.data;
        break;
      }
      default:
        return { ok: false, kind: 'unsupported', reason: `compression method ${method} is not supported by the scanner` };
    }
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (isOutputLimitError(err)) return tooLarge();
    return { ok: false, kind: 'corrupt', reason: `cannot inflate: ${msg}` };
  }
  markExclusive(out, comp);
  const crcOk = zlib.crc32(out) >>> 0 === e.crc;
  return { ok: true, data: out, sizeMismatch: out.length !== e.size, crcOk };
}
