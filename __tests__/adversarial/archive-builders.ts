/**
 * Builders and measuring helpers for the adversarial archive suites (archives-*.test.ts). Everything is generated
 * here, in memory: bombs are made of deflate blocks repeated (a full flush makes each copy self-contained), so a
 * stream that inflates to gigabytes costs a few megabytes and milliseconds to build.
 */
import zlib from 'node:zlib';
import { scanArtifact } from '../../src/scan.js';
import { defaultOptions, type ScanOptions } from '../../src/options.js';
import { buildReport, exitCode } from '../../src/run.js';
import type { ArtifactReport } from '../../src/types.js';

export const MiB = 1024 * 1024;
export const GiB = 1024 * MiB;

/** Wall time any single scan may take: far above the normal (< 1 s) so that a loaded machine cannot flake it. */
export const TIME_BUDGET_S = 20;
/**
 * Memory any single scan may add. The bombs here would take gigabytes if inflated: 512 MiB is well above what a
 * bounded scan needs (the largest member read in full is 64 MiB) and well below what an unbounded one takes.
 */
export const MEMORY_BUDGET = 512 * MiB;

export interface Measured {
  report: ArtifactReport;
  seconds: number;
  /** Growth of the process's peak resident set (kB from resourceUsage, in bytes here) during the scan. */
  peakGrowth: number;
  rssDelta: number;
  arrayBuffersDelta: number;
  /** Exit code the CLI would return for a run that scanned this artifact alone (default options: fail closed). */
  exit: 0 | 1 | 2;
}

/**
 * Scan one artifact through the real pipeline with the default options and check the budgets: time, memory (the peak
 * resident set must not grow by more than the budget, nor the resident set or the array buffers after the scan).
 */
export async function scanMeasured(file: string, data: Uint8Array, opts: { options?: ScanOptions; budgetSeconds?: number } = {}): Promise<Measured> {
  const options = opts.options ?? defaultOptions();
  const peak0 = process.resourceUsage().maxRSS * 1024;
  const m0 = process.memoryUsage();
  const t0 = performance.now();
  const report = await scanArtifact({ file, path: file, data }, options);
  const seconds = (performance.now() - t0) / 1000;
  const m1 = process.memoryUsage();
  const peakGrowth = process.resourceUsage().maxRSS * 1024 - peak0;
  const measured: Measured = {
    report,
    seconds,
    peakGrowth,
    rssDelta: m1.rss - m0.rss,
    arrayBuffersDelta: m1.arrayBuffers - m0.arrayBuffers,
    exit: exitCode(buildReport([report], [], options, seconds)),
  };
  expect(seconds).toBeLessThan(opts.budgetSeconds ?? TIME_BUDGET_S);
  expect(peakGrowth).toBeLessThan(MEMORY_BUDGET);
  expect(measured.rssDelta).toBeLessThan(MEMORY_BUDGET);
  expect(measured.arrayBuffersDelta).toBeLessThan(MEMORY_BUDGET);
  // every report can be serialised (no cycles, no lone surrogates breaking JSON consumers) and stays small
  expect(JSON.stringify(report).length).toBeLessThan(16 * MiB);
  return measured;
}

export const rulesOf = (r: ArtifactReport): string[] => [...new Set(r.findings.map((f) => f.rule))].sort();
export const findingsOf = (r: ArtifactReport, rule: string) => r.findings.filter((f) => f.rule === rule);

/** A raw deflate stream of `n` zero bytes (`n` a multiple of `chunk`), built from one compressed chunk repeated. */
export function deflateZeros(n: number, chunk = 16 * MiB): Buffer {
  if (n % chunk) throw new Error('n must be a multiple of chunk');
  const one = zlib.deflateRawSync(Buffer.alloc(chunk), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const parts: Buffer[] = [];
  for (let i = 0; i < n / chunk; i++) parts.push(one);
  parts.push(Buffer.from([0x03, 0x00])); // a final, empty fixed-Huffman block
  return Buffer.concat(parts);
}

/** CRC-32 of `n` zero bytes, computed in chunks. */
export function crcZeros(n: number): number {
  // doubling: crc(Z(2k)) = combine(crc(Z(k)), crc(Z(k)), k)
  let crc = 0;
  let block = zlib.crc32(Buffer.alloc(1)) >>> 0;
  let blockLen = 1;
  for (let left = n; left > 0; ) {
    if (left % 2) crc = crc32Combine(crc, block, blockLen);
    left = Math.floor(left / 2);
    if (left) {
      block = crc32Combine(block, block, blockLen);
      blockLen *= 2;
    }
  }
  return crc >>> 0;
}

/** A gzip file around a raw deflate stream. */
export function gzipWrap(deflated: Buffer, crc: number, size: number): Buffer {
  const head = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
  const tail = Buffer.alloc(8);
  tail.writeUInt32LE(crc >>> 0, 0);
  tail.writeUInt32LE(size % 0x100000000, 4);
  return Buffer.concat([head, deflated, tail]);
}

// ---- a raw zip writer: arbitrary name bytes, any method, lying fields, zip64 end records ----

export interface RawEntry {
  /** Name bytes, written as is (may be invalid UTF-8, may be 65535 bytes long). */
  name: Buffer;
  /** Compressed bytes, written as is. */
  comp: Buffer;
  method: number;
  crc: number;
  size: number;
  flags?: number;
  unixMode?: number;
  /** Overrides of what the central directory says (the local header keeps the true values). */
  central?: { name?: Buffer; method?: number; size?: number; compSize?: number; offset?: number };
}

export function rawEntry(name: string | Buffer, data: Buffer | string, method = 8): RawEntry {
  const d = Buffer.from(data);
  return { name: Buffer.isBuffer(name) ? name : Buffer.from(name, 'utf8'), comp: method === 8 ? zlib.deflateRawSync(d) : d, method, crc: zlib.crc32(d) >>> 0, size: d.length, flags: 0x800 };
}

function localHeader(e: RawEntry): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(e.flags ?? 0, 6);
  h.writeUInt16LE(e.method, 8);
  h.writeUInt32LE(e.crc, 14);
  h.writeUInt32LE(e.comp.length, 18);
  h.writeUInt32LE(e.size % 0x100000000, 22);
  h.writeUInt16LE(e.name.length, 26);
  return Buffer.concat([h, e.name]);
}

function centralHeader(e: RawEntry, offset: number): Buffer {
  const c = Buffer.alloc(46);
  const name = e.central?.name ?? e.name;
  c.writeUInt32LE(0x02014b50, 0);
  c.writeUInt16LE((3 << 8) | 20, 4);
  c.writeUInt16LE(20, 6);
  c.writeUInt16LE(e.flags ?? 0, 8);
  c.writeUInt16LE(e.central?.method ?? e.method, 10);
  c.writeUInt32LE(e.crc, 16);
  c.writeUInt32LE(e.central?.compSize ?? e.comp.length, 20);
  c.writeUInt32LE((e.central?.size ?? e.size) % 0x100000000, 24);
  c.writeUInt16LE(name.length, 28);
  c.writeUInt32LE(((e.unixMode ?? 0o100644) << 16) >>> 0, 38);
  c.writeUInt32LE(e.central?.offset ?? offset, 42);
  return Buffer.concat([c, name]);
}

/** End records for `count` entries; zip64 records (as Python's zipfile writes them) when the count needs them. */
export function endRecords(count: number, cdOffset: number, cdSize: number): Buffer {
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  const z64 = count > 0xffff;
  eocd.writeUInt16LE(z64 ? 0xffff : count, 8);
  eocd.writeUInt16LE(z64 ? 0xffff : count, 10);
  eocd.writeUInt32LE(cdSize, 12);
  eocd.writeUInt32LE(z64 ? 0xffffffff : cdOffset, 16);
  if (!z64) return eocd;
  const rec = Buffer.alloc(56);
  rec.writeUInt32LE(0x06064b50, 0);
  rec.writeBigUInt64LE(44n, 4);
  rec.writeUInt16LE(45, 12);
  rec.writeUInt16LE(45, 14);
  rec.writeBigUInt64LE(BigInt(count), 24);
  rec.writeBigUInt64LE(BigInt(count), 32);
  rec.writeBigUInt64LE(BigInt(cdSize), 40);
  rec.writeBigUInt64LE(BigInt(cdOffset), 48);
  const loc = Buffer.alloc(20);
  loc.writeUInt32LE(0x07064b50, 0);
  loc.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
  loc.writeUInt32LE(1, 16);
  return Buffer.concat([rec, loc, eocd]);
}

/** A zip of raw entries, in order; any number of entries (zip64 end records past 65535). */
export function rawZip(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const lh = localHeader(e);
    central.push(centralHeader(e, offset));
    parts.push(lh, e.comp);
    offset += lh.length + e.comp.length;
  }
  const cd = Buffer.concat(central);
  return Buffer.concat([...parts, cd, endRecords(entries.length, offset, cd.length)]);
}

/**
 * The overlapping-entry zip bomb with quoted local headers (D. Fifield, "A better zip bomb", 2019): one deflate
 * kernel at the end; every entry's data starts with a stored deflate block that quotes the next entry's local header,
 * so entry i inflates to the local headers of entries i+1..n followed by the kernel's output. Each entry is
 * consistent (local header = central directory, CRC right): only the overlap gives it away. n entries of `kernelSize`
 * bytes each cost n * kernelSize bytes to read, from one kernel.
 */
export function quotedOverlapBomb(n: number, kernelSize: number): Buffer {
  const kernel = deflateZeros(kernelSize, Math.min(kernelSize, 16 * MiB));
  const names = Array.from({ length: n }, (_, i) => Buffer.from(`bomb/f${String(i).padStart(5, '0')}.bin`));
  const kernelCrc = crcZeros(kernelSize);
  // from the last entry back: entry i's content is LFH(i+1) + content(i+1), its data Q(LFH(i+1)) + data(i+1)
  const lfh: Buffer[] = new Array(n);
  const entries: RawEntry[] = new Array(n);
  let tailCrcInput: { headers: Buffer; size: number } = { headers: Buffer.alloc(0), size: kernelSize };
  let compLen = kernel.length;
  for (let i = n - 1; i >= 0; i--) {
    // CRC of (headers after i) + kernel output, combined from the two parts' CRCs
    const crc = crc32Combine(zlib.crc32(tailCrcInput.headers), kernelCrc, kernelSize);
    const e: RawEntry = { name: names[i], comp: Buffer.alloc(0), method: 8, crc, size: tailCrcInput.size, flags: 0 };
    // the compressed length: a 5-byte quote header + the quoted header, for each later entry, then the kernel
    e.comp = Buffer.alloc(compLen); // placeholder with the right length (the bytes are laid out below)
    entries[i] = e;
    lfh[i] = localHeader(e);
    if (i > 0) {
      tailCrcInput = { headers: Buffer.concat([lfh[i], tailCrcInput.headers]), size: tailCrcInput.size + lfh[i].length };
      compLen += 5 + lfh[i].length;
    }
  }
  const quote = (h: Buffer): Buffer => {
    const q = Buffer.alloc(5);
    q[0] = 0x00; // BFINAL 0, BTYPE 00 (stored)
    q.writeUInt16LE(h.length, 1);
    q.writeUInt16LE(~h.length & 0xffff, 3);
    return q;
  };
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (let i = 0; i < n; i++) {
    offsets.push(offset);
    parts.push(lfh[i]);
    offset += lfh[i].length;
    if (i + 1 < n) {
      const q = quote(lfh[i + 1]);
      parts.push(q);
      offset += q.length;
    }
  }
  parts.push(kernel);
  offset += kernel.length;
  const cd = Buffer.concat(entries.map((e, i) => centralHeader({ ...e }, offsets[i])));
  return Buffer.concat([...parts, cd, endRecords(n, offset, cd.length)]);
}

function gf2Times(mat: number[], vec: number): number {
  let sum = 0;
  for (let i = 0; vec; i++, vec >>>= 1) if (vec & 1) sum ^= mat[i];
  return sum >>> 0;
}
function gf2Square(square: number[], mat: number[]): void {
  for (let n = 0; n < 32; n++) square[n] = gf2Times(mat, mat[n]);
}

/** CRC-32 of A followed by B from crc(A), crc(B) and the length of B (zlib's crc32_combine). */
export function crc32Combine(crc1: number, crc2: number, len2: number): number {
  if (len2 <= 0) return crc1 >>> 0;
  const even: number[] = new Array(32);
  const odd: number[] = new Array(32);
  odd[0] = 0xedb88320;
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row >>> 0;
  gf2Square(even, odd);
  gf2Square(odd, even);
  let c = crc1 >>> 0;
  for (;;) {
    gf2Square(even, odd);
    if (len2 % 2) c = gf2Times(even, c);
    len2 = Math.floor(len2 / 2);
    if (!len2) break;
    gf2Square(odd, even);
    if (len2 % 2) c = gf2Times(odd, c);
    len2 = Math.floor(len2 / 2);
    if (!len2) break;
  }
  return (c ^ crc2) >>> 0;
}
