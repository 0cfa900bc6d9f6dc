/**
 * A bounded, synchronous decoder for .xz (LZMA2, with the delta and x86 filters) and the older .lzma ("alone")
 * format, written here rather than taken from npm:
 *   - `xz-decompress` (WebAssembly xz-embedded, the registry's xz reader that bundles without native code) reads no
 *     .lzma files, refuses SHA-256 checks, every BCJ/delta filter and dictionaries over 64 MiB (all of which Python's
 *     `lzma` module reads), and does not tell where a stream ends, so concatenated streams and the bytes after them
 *     cannot be handled as Python handles them; a .lzma reader was needed anyway, and LZMA2 is a thin layer on it;
 *   - the output is one buffer that grows by doubling and never past the caller's limit, whatever sizes the headers
 *     declare, and the decoding loop emits at least one byte per turn or ends (no input can make it spin).
 * It follows liblzma (what Python's `lzma` module is) in what it accepts, and is tested against it
 * (__tests__/unit/compress-decoders.test.ts).
 */
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';

export type DecodeErrorKind = 'corrupt' | 'truncated' | 'too-large' | 'unsupported';

export class DecodeError extends Error {
  constructor(readonly kind: DecodeErrorKind, message: string) {
    super(message);
  }
}

const corrupt = (what: string): DecodeError => new DecodeError('corrupt', what);
const truncated = (what: string): DecodeError => new DecodeError('truncated', what);

/** Decoded bytes: one buffer that doubles as it fills, never past `max`. */
export class Output {
  buf: Uint8Array;
  pos = 0;

  constructor(readonly max: number, hint: number) {
    this.buf = new Uint8Array(Math.max(0, Math.min(max, Math.max(hint, 4096))));
  }

  /** Make room for `n` more bytes, or throw when that would pass the limit. */
  ensure(n: number): void {
    const need = this.pos + n;
    if (need <= this.buf.length) return;
    if (need > this.max) throw new DecodeError('too-large', `decompresses past ${this.max} bytes`);
    let size = Math.max(this.buf.length, 4096);
    while (size < need) size *= 2;
    const b = new Uint8Array(Math.min(size, this.max));
    b.set(this.buf.subarray(0, this.pos));
    this.buf = b;
  }

  result(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

const TOP = 0x1000000;
const PROB_INIT = 1024;
const END_MARKER = 0xffffffff;

/**
 * LZMA as liblzma decodes it: the range coder normalises before each bit (so a chunk's last byte is the last one
 * read), distances are checked against what was decoded since the last dictionary reset.
 */
class LzmaDecoder {
  private inp: Uint8Array = new Uint8Array(0);
  ip = 0;
  private end = 0;
  private range = 0;
  private code = 0;

  private lc = 3;
  private lp = 0;
  private pb = 2;
  private literal = new Uint16Array(0);
  private readonly isMatch = new Uint16Array(192);
  private readonly isRep = new Uint16Array(12);
  private readonly isRepG0 = new Uint16Array(12);
  private readonly isRepG1 = new Uint16Array(12);
  private readonly isRepG2 = new Uint16Array(12);
  private readonly isRep0Long = new Uint16Array(192);
  private readonly posSlot = new Uint16Array(4 << 6);
  private readonly posSpecial = new Uint16Array(115);
  private readonly align = new Uint16Array(16);
  private readonly lenProbs = new Uint16Array(2 + 256 + 256);
  private readonly repLenProbs = new Uint16Array(2 + 256 + 256);
  private state = 0;
  private rep0 = 0;
  private rep1 = 0;
  private rep2 = 0;
  private rep3 = 0;
  /** Output position of the last dictionary reset: no match reaches before it, literal context starts from it. */
  dictStart = 0;
  /**
   * Probability cells reset so far. A state reset costs ~14,000 cell writes and an LZMA2 chunk that asks for one can
   * be a dozen bytes long: without a bound, a small file could make the decoder write a thousand times its size.
   * Encoders reset at block starts and after stored chunks (at most once per 64 KiB or so), far under this budget.
   */
  private cells = 0;

  constructor(private readonly out: Output) {}

  /** lc/lp/pb from the properties byte; liblzma takes lc + lp <= 4 only. */
  setProperties(props: number): void {
    if (props > 224) throw corrupt('invalid LZMA properties');
    const lc = props % 9;
    const lp = Math.floor(props / 9) % 5;
    const pb = Math.floor(props / 45);
    if (lc + lp > 4) throw new DecodeError('unsupported', `LZMA properties lc=${lc} lp=${lp} are not readable by liblzma`);
    this.lc = lc;
    this.lp = lp;
    this.pb = pb;
    const n = 0x300 << (lc + lp);
    if (this.literal.length !== n) this.literal = new Uint16Array(n);
  }

  resetState(): void {
    this.cells += this.literal.length + 1400;
    if (this.cells > (1 << 22) + 16 * this.out.pos) {
      throw new DecodeError('unsupported', 'LZMA data resets its state far more often than any encoder does');
    }
    for (const p of [this.literal, this.isMatch, this.isRep, this.isRepG0, this.isRepG1, this.isRepG2, this.isRep0Long, this.posSlot, this.posSpecial, this.align, this.lenProbs, this.repLenProbs]) {
      p.fill(PROB_INIT);
    }
    this.state = 0;
    this.rep0 = this.rep1 = this.rep2 = this.rep3 = 0;
  }

  /** Start the range coder on inp[ip, end). */
  rcInit(inp: Uint8Array, ip: number, end: number): void {
    if (end - ip < 5) throw truncated('LZMA data ends before the range coder starts');
    if (inp[ip] !== 0) throw corrupt('LZMA range coder does not start with a zero byte');
    this.inp = inp;
    this.end = end;
    this.code = ((inp[ip + 1] << 24) | (inp[ip + 2] << 16) | (inp[ip + 3] << 8) | inp[ip + 4]) >>> 0;
    this.range = 0xffffffff;
    this.ip = ip + 5;
    if (this.code === this.range) throw corrupt('LZMA range coder starts out of range');
  }

  /** The range coder is at a clean end: its last normalisation done, code zero (liblzma's rc_is_finished). */
  finished(): boolean {
    if (this.range < TOP) {
      if (this.ip >= this.end) return false;
      this.normalize();
    }
    return this.code === 0;
  }

  private normalize(): void {
    if (this.range < TOP) {
      if (this.ip >= this.end) throw truncated('LZMA data is truncated');
      this.range = this.range * 256;
      this.code = ((this.code << 8) | this.inp[this.ip++]) >>> 0;
    }
  }

  private bit(p: Uint16Array, i: number): number {
    this.normalize();
    const prob = p[i];
    const bound = (this.range >>> 11) * prob;
    if (this.code < bound) {
      this.range = bound;
      p[i] = prob + ((2048 - prob) >>> 5);
      return 0;
    }
    this.range -= bound;
    this.code -= bound;
    p[i] = prob - (prob >>> 5);
    return 1;
  }

  private tree(p: Uint16Array, base: number, bits: number): number {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | this.bit(p, base + m);
    return m - (1 << bits);
  }

  private reverseTree(p: Uint16Array, base: number, bits: number): number {
    let m = 1;
    let sym = 0;
    for (let i = 0; i < bits; i++) {
      const b = this.bit(p, base + m);
      m = (m << 1) | b;
      sym |= b << i;
    }
    return sym;
  }

  private direct(bits: number): number {
    let res = 0;
    for (let i = 0; i < bits; i++) {
      this.normalize();
      this.range = this.range >>> 1;
      let b = 0;
      if (this.code >= this.range) {
        this.code -= this.range;
        b = 1;
      }
      res = res * 2 + b;
    }
    return res;
  }

  /**
   * After a .lzma's declared size: an end marker may follow (liblzma accepts one). Reads it if it is there, else
   * leaves the input where it was and only finishes the range coder's last normalisation.
   */
  endMarkerOrFinish(): void {
    const { ip, range, code } = this;
    try {
      const posState = (this.out.pos - this.dictStart) & ((1 << this.pb) - 1);
      if (this.bit(this.isMatch, (this.state << 4) + posState) === 1 && this.bit(this.isRep, this.state) === 0) {
        if (this.distance(this.length(this.lenProbs, posState)) === END_MARKER) {
          this.finished();
          return;
        }
      }
    } catch (e) {
      if (!(e instanceof DecodeError)) throw e;
    }
    this.ip = ip;
    this.range = range;
    this.code = code;
    this.finished();
  }

  /** Match length minus 2 (0..271); `p` is lenProbs or repLenProbs: choice, choice2, low[16][8], mid[16][8], high[256]. */
  private length(p: Uint16Array, posState: number): number {
    if (this.bit(p, 0) === 0) return this.tree(p, 2 + (posState << 3), 3);
    if (this.bit(p, 1) === 0) return 8 + this.tree(p, 130 + (posState << 3), 3);
    return 16 + this.tree(p, 258, 8);
  }

  /** A match distance minus 1, or END_MARKER. */
  private distance(len: number): number {
    const slot = this.tree(this.posSlot, (len < 4 ? len : 3) << 6, 6);
    if (slot < 4) return slot;
    const bits = (slot >>> 1) - 1;
    let dist = (2 | (slot & 1)) * 2 ** bits;
    if (slot < 14) return dist + this.reverseTree(this.posSpecial, dist - slot, bits);
    dist += this.direct(bits - 4) * 16;
    return dist + this.reverseTree(this.align, 0, 4);
  }

  /**
   * Decode until the output reaches `limit` (an absolute output position; Infinity for "until the end marker") or
   * the end marker. Returns true when the end marker was read. A match that would cross `limit` is corrupt.
   */
  decode(limit: number, allowEndMarker: boolean): boolean {
    const out = this.out;
    const pbMask = (1 << this.pb) - 1;
    const lpMask = (1 << this.lp) - 1;
    const lc = this.lc;
    const lit = this.literal;
    while (out.pos < limit) {
      const rel = out.pos - this.dictStart;
      const posState = rel & pbMask;
      const state = this.state;
      if (this.bit(this.isMatch, (state << 4) + posState) === 0) {
        out.ensure(1);
        const buf = out.buf;
        const prev = rel > 0 ? buf[out.pos - 1] : 0;
        const base = 0x300 * (((rel & lpMask) << lc) + (prev >>> (8 - lc)));
        let sym = 1;
        if (state >= 7) {
          let match = buf[out.pos - this.rep0 - 1];
          while (sym < 0x100) {
            const mb = (match >>> 7) & 1;
            match <<= 1;
            const b = this.bit(lit, base + ((1 + mb) << 8) + sym);
            sym = (sym << 1) | b;
            if (mb !== b) break;
          }
        }
        while (sym < 0x100) sym = (sym << 1) | this.bit(lit, base + sym);
        buf[out.pos++] = sym & 0xff;
        this.state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      let len: number;
      if (this.bit(this.isRep, state) === 0) {
        len = this.length(this.lenProbs, posState);
        this.state = state < 7 ? 7 : 10;
        const dist = this.distance(len);
        if (dist === END_MARKER) {
          if (!allowEndMarker) throw corrupt('LZMA end marker where none is allowed');
          return true;
        }
        this.rep3 = this.rep2;
        this.rep2 = this.rep1;
        this.rep1 = this.rep0;
        this.rep0 = dist;
      } else {
        if (rel === 0) throw corrupt('LZMA repeated match before any data');
        if (this.bit(this.isRepG0, state) === 0) {
          if (this.bit(this.isRep0Long, (state << 4) + posState) === 0) {
            if (this.rep0 >= rel) throw corrupt('LZMA match distance reaches before the start of the data');
            this.state = state < 7 ? 9 : 11;
            out.ensure(1);
            out.buf[out.pos] = out.buf[out.pos - this.rep0 - 1];
            out.pos++;
            continue;
          }
        } else {
          let dist: number;
          if (this.bit(this.isRepG1, state) === 0) dist = this.rep1;
          else {
            if (this.bit(this.isRepG2, state) === 0) dist = this.rep2;
            else {
              dist = this.rep3;
              this.rep3 = this.rep2;
            }
            this.rep2 = this.rep1;
          }
          this.rep1 = this.rep0;
          this.rep0 = dist;
        }
        len = this.length(this.repLenProbs, posState);
        this.state = state < 7 ? 8 : 11;
      }
      const n = len + 2;
      const dist = this.rep0;
      if (dist >= out.pos - this.dictStart) throw corrupt('LZMA match distance reaches before the start of the data');
      if (out.pos + n > limit) throw corrupt('LZMA match runs past the declared size');
      out.ensure(n);
      const buf = out.buf;
      let p = out.pos;
      let s = p - dist - 1;
      if (dist === 0) buf.fill(buf[s], p, p + n);
      else if (dist + 1 >= n && n > 32) buf.copyWithin(p, s, s + n);
      else for (const e = p + n; p < e; ) buf[p++] = buf[s++];
      out.pos += n;
    }
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// .lzma ("alone"): properties byte, dictionary size (LE32), uncompressed size (LE64, all ones for "unknown")

/**
 * The header liblzma's automatic decoder (Python's FORMAT_AUTO, `lzma.open`'s default) accepts as .lzma: valid
 * properties, a dictionary of 2^n or 2^n + 2^(n-1) bytes (what every encoder writes, 4 KiB and up), a size that is
 * unknown or under 256 GiB; and the range coder's first byte, always zero.
 */
export function isLzmaAloneHeader(d: Uint8Array, off = 0): boolean {
  if (off + 14 > d.length) return false;
  const props = d[off];
  if (props > 224 || (props % 9) + (Math.floor(props / 9) % 5) > 4) return false;
  const dict = (d[off + 1] | (d[off + 2] << 8) | (d[off + 3] << 16) | (d[off + 4] << 24)) >>> 0;
  if (dict < 4096) return false;
  const low = dict & -dict; // lowest set bit
  if (dict !== low && dict !== low * 3) return false;
  let unknown = true;
  for (let i = 5; i < 13; i++) if (d[off + i] !== 0xff) unknown = false;
  if (!unknown && (d[off + 9] > 0x3f || d[off + 10] || d[off + 11] || d[off + 12])) return false;
  return d[off + 13] === 0;
}

/**
 * A .lzma header (isLzmaAloneHeader) whose data also decodes: the first 16 KiB of input, or 64 KiB of output, must
 * decode without an error (running out of either is fine). Binary tables that pass the header check by chance
 * (scipy's MATLAB v4 test files do: int32 fields 0, 1, 2, 0) fail within a few bytes.
 */
export function isLzmaAlone(d: Uint8Array): boolean {
  if (!isLzmaAloneHeader(d)) return false;
  const probe = d.subarray(0, Math.min(d.length, 16 * 1024));
  const out = new Output(64 * 1024, 64 * 1024);
  try {
    decodeAlone(probe, 0, out, new LzmaDecoder(out));
    return true;
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    return e.kind === 'truncated' || e.kind === 'too-large';
  }
}

/** One .lzma stream at `off`; returns where it ended. */
function decodeAlone(d: Uint8Array, off: number, out: Output, dec: LzmaDecoder): number {
  if (off + 13 > d.length) throw truncated('.lzma header is truncated');
  dec.setProperties(d[off]);
  dec.resetState();
  dec.dictStart = out.pos;
  let unknown = true;
  let size = 0;
  for (let i = 12; i >= 5; i--) {
    if (d[off + i] !== 0xff) unknown = false;
    size = size * 256 + d[off + i];
  }
  dec.rcInit(d, off + 13, d.length);
  if (unknown) {
    dec.decode(Infinity, true);
    if (!dec.finished()) throw corrupt('.lzma data does not end cleanly after its end marker');
  } else {
    // a declared size is a stopping point, never an allocation: the output still grows only as bytes are decoded
    const ended = dec.decode(out.pos + size, true);
    if (ended) throw corrupt('.lzma end marker before the declared size');
    dec.endMarkerOrFinish();
  }
  return dec.ip;
}

// ---------------------------------------------------------------------------------------------------------------
// LZMA2: chunks of LZMA or stored data, with dictionary/state/property resets

function decodeLzma2(d: Uint8Array, off: number, end: number, out: Output, dec: LzmaDecoder): number {
  let needDictReset = true;
  let needProps = true;
  let p = off;
  for (;;) {
    if (p >= end) throw truncated('LZMA2 data is truncated');
    const c = d[p++];
    if (c === 0) return p;
    if (c >= 0xe0 || c === 1) {
      needProps = true;
      needDictReset = false;
      dec.dictStart = out.pos;
    } else if (needDictReset) {
      throw corrupt('LZMA2 data does not start with a dictionary reset');
    }
    if (c >= 0x80) {
      if (p + 4 > end) throw truncated('LZMA2 chunk header is truncated');
      const usize = (c & 0x1f) * 65536 + (d[p] << 8) + d[p + 1] + 1;
      const csize = (d[p + 2] << 8) + d[p + 3] + 1;
      p += 4;
      if (c >= 0xc0) {
        if (p >= end) throw truncated('LZMA2 chunk header is truncated');
        dec.setProperties(d[p++]);
        dec.resetState();
        needProps = false;
      } else if (needProps) {
        throw corrupt('LZMA2 chunk without the properties it needs');
      } else if (c >= 0xa0) {
        dec.resetState();
      }
      if (p + csize > end) throw truncated('LZMA2 chunk is truncated');
      dec.rcInit(d, p, p + csize);
      dec.decode(out.pos + usize, false);
      if (!dec.finished() || dec.ip !== p + csize) throw corrupt('LZMA2 chunk does not end where its header says');
      p += csize;
    } else {
      if (c > 2) throw corrupt(`invalid LZMA2 control byte 0x${c.toString(16)}`);
      if (p + 2 > end) throw truncated('LZMA2 chunk header is truncated');
      const size = (d[p] << 8) + d[p + 1] + 1;
      p += 2;
      if (p + size > end) throw truncated('LZMA2 chunk is truncated');
      out.ensure(size);
      out.buf.set(d.subarray(p, p + size), out.pos);
      out.pos += size;
      p += size;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// .xz: stream header, blocks (header, filtered LZMA2 data, padding, check), index, footer; streams may follow

const XZ_MAGIC = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];
const CHECK_SIZE = [0, 4, 4, 4, 8, 8, 8, 16, 16, 16, 32, 32, 32, 64, 64, 64];

export function isXzMagic(d: Uint8Array, off = 0): boolean {
  if (off + 6 > d.length) return false;
  for (let i = 0; i < 6; i++) if (d[off + i] !== XZ_MAGIC[i]) return false;
  return true;
}

const le32 = (d: Uint8Array, p: number): number => (d[p] | (d[p + 1] << 8) | (d[p + 2] << 16) | (d[p + 3] << 24)) >>> 0;
const crc32 = (d: Uint8Array): number => zlib.crc32(d) >>> 0;

let CRC64_LO: Uint32Array | null = null;
let CRC64_HI: Uint32Array | null = null;

/** CRC-64/XZ (ECMA-182 polynomial, reflected), as two 32-bit halves. */
function crc64(d: Uint8Array): [number, number] {
  if (!CRC64_LO || !CRC64_HI) {
    CRC64_LO = new Uint32Array(256);
    CRC64_HI = new Uint32Array(256);
    const polyLo = 0xd7870f42;
    const polyHi = 0xc96c5795;
    for (let i = 0; i < 256; i++) {
      let lo = i;
      let hi = 0;
      for (let k = 0; k < 8; k++) {
        const odd = lo & 1;
        lo = ((lo >>> 1) | ((hi & 1) << 31)) >>> 0;
        hi = hi >>> 1;
        if (odd) {
          lo = (lo ^ polyLo) >>> 0;
          hi = (hi ^ polyHi) >>> 0;
        }
      }
      CRC64_LO[i] = lo;
      CRC64_HI[i] = hi;
    }
  }
  const TL = CRC64_LO;
  const TH = CRC64_HI;
  let lo = 0xffffffff;
  let hi = 0xffffffff;
  for (let i = 0; i < d.length; i++) {
    const t = (lo ^ d[i]) & 0xff;
    lo = (((lo >>> 8) | (hi << 24)) ^ TL[t]) >>> 0;
    hi = ((hi >>> 8) ^ TH[t]) >>> 0;
  }
  return [(lo ^ 0xffffffff) >>> 0, (hi ^ 0xffffffff) >>> 0];
}

/** A multibyte integer (7 bits a byte, at most 9 bytes, no needless trailing zero byte) within [p, end). */
function vli(d: Uint8Array, at: { p: number }, end: number): number {
  let v = 0;
  for (let i = 0; i < 9; i++) {
    if (at.p >= end) throw corrupt('xz integer runs past its field');
    const b = d[at.p++];
    v += (b & 0x7f) * 2 ** (7 * i);
    if (!(b & 0x80)) {
      if (i > 0 && b === 0) throw corrupt('xz integer is not minimally encoded');
      if (v > Number.MAX_SAFE_INTEGER) throw corrupt('xz integer is too large');
      return v;
    }
  }
  throw corrupt('xz integer is too long');
}

const FILTER_LZMA2 = 0x21;
const FILTER_DELTA = 0x03;
const FILTER_X86 = 0x04;
const BCJ_NAMES: Record<number, string> = { 5: 'PowerPC', 6: 'IA-64', 7: 'ARM', 8: 'ARM-Thumb', 9: 'SPARC', 10: 'ARM64', 11: 'RISC-V' };

interface Filter {
  id: number;
  props: Uint8Array;
}

/** Undo the delta filter in place. */
function undelta(b: Uint8Array, distance: number): void {
  for (let i = distance; i < b.length; i++) b[i] = (b[i] + b[i - distance]) & 0xff;
}

/** Undo the x86 branch-call-jump filter in place (liblzma simple/x86.c, decoder side). */
function unx86(b: Uint8Array, startOffset: number): void {
  const ALLOWED = [true, true, true, false, true, false, false, false];
  const BIT = [0, 1, 2, 2, 3, 3, 3, 3];
  const ms = (x: number) => x === 0 || x === 0xff;
  let prevMask = 0;
  let prevPos = (startOffset - 5) >>> 0;
  const nowPos = startOffset >>> 0;
  if (b.length < 5) return;
  const limit = b.length - 5;
  let i = 0;
  while (i <= limit) {
    let c = b[i];
    if (c !== 0xe8 && c !== 0xe9) {
      i++;
      continue;
    }
    const offset = (nowPos + i - prevPos) >>> 0;
    prevPos = (nowPos + i) >>> 0;
    if (offset > 5) prevMask = 0;
    else for (let k = 0; k < offset; k++) prevMask = ((prevMask & 0x77) << 1) & 0xff;
    c = b[i + 4];
    if (ms(c) && ALLOWED[(prevMask >>> 1) & 7] && prevMask >>> 1 < 0x10) {
      let src = ((c << 24) | (b[i + 3] << 16) | (b[i + 2] << 8) | b[i + 1]) >>> 0;
      let dest: number;
      for (;;) {
        dest = (src - ((nowPos + i + 5) >>> 0)) >>> 0;
        if (prevMask === 0) break;
        const k = BIT[prevMask >>> 1];
        c = (dest >>> (24 - k * 8)) & 0xff;
        if (!ms(c)) break;
        src = (dest ^ (2 ** (32 - k * 8) - 1)) >>> 0;
      }
      b[i + 4] = (dest >>> 24) & 1 ? 0xff : 0;
      b[i + 3] = (dest >>> 16) & 0xff;
      b[i + 2] = (dest >>> 8) & 0xff;
      b[i + 1] = dest & 0xff;
      i += 5;
      prevMask = 0;
    } else {
      i++;
      prevMask |= 1;
      if (ms(c)) prevMask |= 0x10;
    }
  }
}

function checkFilters(filters: Filter[]): void {
  filters.forEach((f, i) => {
    const last = i === filters.length - 1;
    if (f.id === FILTER_LZMA2) {
      if (!last) throw corrupt('xz LZMA2 filter is not the last one');
      if (f.props.length !== 1 || f.props[0] > 40) throw corrupt('invalid xz LZMA2 filter properties');
      return;
    }
    if (last) throw corrupt('xz filter chain does not end with LZMA2');
    if (f.id === FILTER_DELTA) {
      if (f.props.length !== 1) throw corrupt('invalid xz delta filter properties');
    } else if (f.id === FILTER_X86) {
      if (f.props.length !== 0 && f.props.length !== 4) throw corrupt('invalid xz x86 filter properties');
    } else {
      const name = BCJ_NAMES[f.id];
      throw new DecodeError('unsupported', name ? `xz ${name} filter is not supported by the scanner` : `unknown xz filter 0x${f.id.toString(16)}`);
    }
  });
}

/** One .xz stream at `off`; returns where it ended (before any stream padding). */
function decodeXzStream(d: Uint8Array, off: number, out: Output, dec: LzmaDecoder): number {
  if (off + 12 > d.length) throw truncated('xz stream header is truncated');
  const flags = d.subarray(off + 6, off + 8);
  if (crc32(flags) !== le32(d, off + 8)) throw corrupt('xz stream header CRC does not match');
  if (flags[0] !== 0 || flags[1] & 0xf0) throw new DecodeError('unsupported', 'xz stream flags this version does not know');
  const check = flags[1] & 0x0f;
  const checkSize = CHECK_SIZE[check];
  let p = off + 12;
  const records: Array<[number, number]> = [];
  for (;;) {
    if (p >= d.length) throw truncated('xz stream is truncated');
    if (d[p] === 0) break; // the index
    const blockStart = p;
    const hsize = (d[p] + 1) * 4;
    if (p + hsize > d.length) throw truncated('xz block header is truncated');
    if (crc32(d.subarray(p, p + hsize - 4)) !== le32(d, p + hsize - 4)) throw corrupt('xz block header CRC does not match');
    const bflags = d[p + 1];
    if (bflags & 0x3c) throw new DecodeError('unsupported', 'xz block flags this version does not know');
    const hend = p + hsize - 4;
    const at = { p: p + 2 };
    const csize = bflags & 0x40 ? vli(d, at, hend) : -1;
    const usize = bflags & 0x80 ? vli(d, at, hend) : -1;
    if (csize === 0) throw corrupt('xz block declares no compressed data');
    const filters: Filter[] = [];
    for (let i = 0; i <= (bflags & 3); i++) {
      const id = vli(d, at, hend);
      const n = vli(d, at, hend);
      if (at.p + n > hend) throw corrupt('xz filter properties run past the block header');
      filters.push({ id, props: d.subarray(at.p, at.p + n) });
      at.p += n;
    }
    for (let i = at.p; i < hend; i++) if (d[i] !== 0) throw new DecodeError('unsupported', 'xz block header padding is not zero');
    checkFilters(filters);
    const dataStart = p + hsize;
    const dataEnd = csize >= 0 ? dataStart + csize : d.length;
    if (dataEnd > d.length) throw truncated('xz block is truncated');
    const outStart = out.pos;
    const ip = decodeLzma2(d, dataStart, dataEnd, out, dec);
    if (csize >= 0 && ip !== dataEnd) throw corrupt('xz block compressed size does not match its header');
    if (usize >= 0 && out.pos - outStart !== usize) throw corrupt('xz block uncompressed size does not match its header');
    const block = out.buf.subarray(outStart, out.pos);
    for (let i = filters.length - 2; i >= 0; i--) {
      const f = filters[i];
      if (f.id === FILTER_DELTA) undelta(block, f.props[0] + 1);
      else unx86(block, f.props.length === 4 ? le32(f.props, 0) : 0);
    }
    p = ip;
    while ((p - blockStart) % 4) {
      if (p >= d.length) throw truncated('xz block padding is truncated');
      if (d[p++] !== 0) throw corrupt('xz block padding is not zero');
    }
    if (p + checkSize > d.length) throw truncated('xz block check is truncated');
    verifyCheck(check, block, d.subarray(p, p + checkSize));
    p += checkSize;
    records.push([ip - blockStart + checkSize, block.length]);
  }
  // index: indicator, record count, (unpadded size, uncompressed size) per block, padding, CRC32
  const indexStart = p;
  const at = { p: p + 1 };
  const count = vli(d, at, d.length);
  if (count !== records.length) throw corrupt('xz index does not list the blocks read');
  for (const [unpadded, size] of records) {
    if (vli(d, at, d.length) !== unpadded || vli(d, at, d.length) !== size) throw corrupt('xz index does not match the blocks read');
  }
  p = at.p;
  while ((p - indexStart) % 4) {
    if (p >= d.length) throw truncated('xz index is truncated');
    if (d[p++] !== 0) throw corrupt('xz index padding is not zero');
  }
  if (p + 4 > d.length) throw truncated('xz index is truncated');
  if (crc32(d.subarray(indexStart, p)) !== le32(d, p)) throw corrupt('xz index CRC does not match');
  p += 4;
  // footer: CRC32, backward size, the header's flags, "YZ"
  if (p + 12 > d.length) throw truncated('xz stream footer is truncated');
  if (crc32(d.subarray(p + 4, p + 10)) !== le32(d, p)) throw corrupt('xz stream footer CRC does not match');
  if ((le32(d, p + 4) + 1) * 4 !== p - indexStart) throw corrupt('xz stream footer does not match the index size');
  if (d[p + 8] !== flags[0] || d[p + 9] !== flags[1] || d[p + 10] !== 0x59 || d[p + 11] !== 0x5a) throw corrupt('xz stream footer is invalid');
  return p + 12;
}

function verifyCheck(check: number, data: Uint8Array, stored: Uint8Array): void {
  let ok = true;
  if (check === 1) ok = crc32(data) === le32(stored, 0);
  else if (check === 4) {
    const [lo, hi] = crc64(data);
    ok = lo === le32(stored, 0) && hi === le32(stored, 4);
  } else if (check === 10) ok = Buffer.compare(createHash('sha256').update(data).digest(), stored) === 0;
  // other check types have no defined algorithm: liblzma (as Python uses it) skips them too
  if (!ok) throw corrupt('xz block check does not match its data');
}

/**
 * What Python's `lzma.decompress` (and `xz -d`) return for these bytes: every .xz or .lzma stream in a row, stream
 * padding skipped; `end` is where the last stream ended (the bytes after it, which those readers ignore, are the
 * caller's to scan). Throws DecodeError; never produces more than `maxOut` bytes.
 */
export function decodeLzmaFile(d: Uint8Array, maxOut: number): { data: Uint8Array; end: number } {
  if (d.length === 0) throw truncated('no xz/lzma data');
  const out = new Output(maxOut, d.length * 2);
  const dec = new LzmaDecoder(out);
  let p = 0;
  let streams = 0;
  while (p < d.length) {
    if (isXzMagic(d, p)) {
      p = decodeXzStream(d, p, out, dec);
      while (p < d.length && d[p] === 0) p++;
    } else if (isLzmaAloneHeader(d, p) || (streams === 0 && d.length - p >= 13)) {
      // the first stream is what the caller detected; a later one must pass the strict .lzma header check
      p = decodeAlone(d, p, out, dec);
    } else {
      if (streams === 0) throw truncated('.lzma header is truncated');
      break;
    }
    streams++;
  }
  return { data: out.result(), end: p };
}
