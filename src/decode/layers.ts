import zlib from 'node:zlib';
import { bunzipBounded, isOutputLimitError } from '../archive/compress.js';
import { isELF, isPE } from '../formats/magic.js';
import { printableRatio } from './classify.js';
import { Scratch } from '../audio/scratch.js';

/**
 * Layers that can be peeled off a blob: decompression (zlib, gzip, raw deflate, bzip2) with a hard output bound, and
 * repeating-key XOR recovered from known plaintext. Every function returns null rather than throwing.
 */

export interface Peeled {
  layer: string;
  out: Uint8Array;
}

function ascii(d: Uint8Array, off: number, s: string): boolean {
  if (off + s.length > d.length) return false;
  for (let i = 0; i < s.length; i++) if (d[off + i] !== s.charCodeAt(i)) return false;
  return true;
}

export function isZlibHeader(d: Uint8Array): boolean {
  return d.length >= 2 && (d[0] & 0x0f) === 8 && d[0] >> 4 <= 7 && ((d[0] << 8) | d[1]) % 31 === 0 && (d[1] & 0x20) === 0;
}

export function isGzipHeader(d: Uint8Array): boolean {
  return d.length >= 10 && d[0] === 0x1f && d[1] === 0x8b && d[2] === 8;
}

export function isBzip2Header(d: Uint8Array): boolean {
  // "BZh" + level, then the block magic (pi) or the end-of-stream magic (sqrt pi) of an empty stream
  return d.length >= 10 && ascii(d, 0, 'BZh') && d[3] >= 0x31 && d[3] <= 0x39 && ((d[4] === 0x31 && d[5] === 0x41 && d[6] === 0x59) || (d[4] === 0x17 && d[5] === 0x72));
}

type ZFn = (buf: Uint8Array, opts: zlib.ZlibOptions) => Buffer;

/**
 * Inflate with a hard output bound. Node refuses (throws) rather than truncating when `maxOutputLength` is hit, so on
 * that error the input is cut in half until the output fits: the head of an oversized stream is still classified.
 */
function boundedInflate(fn: ZFn, d: Uint8Array, maxOutput: number): { out: Uint8Array; truncated: boolean } | null {
  const opts: zlib.ZlibOptions = { maxOutputLength: maxOutput, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  let len = d.length;
  for (let attempt = 0; attempt < 24 && len >= 2; attempt++) {
    try {
      const out = fn(d.subarray(0, len), opts);
      return out.length > 0 ? { out: new Uint8Array(out.buffer, out.byteOffset, out.length), truncated: len < d.length } : null;
    } catch (e) {
      if (!isOutputLimitError(e)) return null;
      len = len >> 1;
    }
  }
  return null;
}

/** Decompress when the header says so. */
export function decompress(d: Uint8Array, maxOutput: number): Peeled | null {
  try {
    if (isGzipHeader(d)) {
      const r = boundedInflate(zlib.gunzipSync as ZFn, d, maxOutput);
      return r && { layer: r.truncated ? 'gzip(truncated)' : 'gzip', out: r.out };
    }
    if (isZlibHeader(d)) {
      const r = boundedInflate(zlib.inflateSync as ZFn, d, maxOutput);
      return r && { layer: r.truncated ? 'zlib(truncated)' : 'zlib', out: r.out };
    }
    if (isBzip2Header(d)) {
      const r = bunzipBounded(d, maxOutput);
      return r && { layer: r.truncated ? 'bz2(truncated)' : 'bz2', out: r.out };
    }
  } catch {
    return null;
  }
  return null;
}

/** Raw deflate (no header): only worth trying on high-entropy bytes; the caller keeps the result only if it is recognisable. */
export function inflateRaw(d: Uint8Array, maxOutput: number): Peeled | null {
  try {
    const r = boundedInflate(zlib.inflateRawSync as ZFn, d, maxOutput);
    // deflate expands random input only by accident, and never much: require real compression
    if (!r || r.out.length < Math.min(d.length, 64)) return null;
    return { layer: r.truncated ? 'deflate(truncated)' : 'deflate', out: r.out };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Repeating-key XOR

export interface XorBudget {
  attempts: number;
}

/** Bytes of the head decrypted for checking a key (enough to reach a PE header pointed to by e_lfanew). */
const CHECK_HEAD = 0x1000;

function xorInto(src: Uint8Array, key: Uint8Array, start: number, out: Uint8Array, n: number): void {
  const L = key.length;
  for (let i = 0; i < n; i++) out[i] = src[start + i] ^ key[i % L];
}

function keyHex(k: Uint8Array): string {
  return Buffer.from(k).toString('hex');
}

/** Shortest period of a key: `abab` is really `ab`. */
function minimalKey(k: Uint8Array): Uint8Array {
  const L = k.length;
  for (let p = 1; p < L; p++) {
    if (L % p !== 0) continue;
    let ok = true;
    for (let i = p; i < L && ok; i++) if (k[i] !== k[i - p]) ok = false;
    if (ok) return k.slice(0, p);
  }
  return k;
}

const TEXT_PLAIN = ['import ', '#!/', 'def ', 'exec(', 'powershell', 'from ', 'eval('];

/** What the decrypted head proves: a format name, or null. Strict, so that random bytes never pass. */
function verifyHead(h: Uint8Array, fullLen: number, keyLen: number): string | null {
  if (h.length >= 2 && h[0] === 0x4d && h[1] === 0x5a) {
    if (isPE(h)) return 'pe';
    // e_lfanew may point past the checked head: accept a standard DOS stub
    const lf = h.length >= 0x40 ? h[0x3c] | (h[0x3d] << 8) | (h[0x3e] << 16) : -1;
    if (lf >= h.length && lf < fullLen && lf < 0x10000 && h.length >= 0x80 && ascii(h, 0x4e, 'This program')) return 'pe';
    return null;
  }
  if (h.length >= 20 && isELF(h) && (h[16] | (h[17] << 8)) >= 1 && (h[16] | (h[17] << 8)) <= 4 && h[20] === 1) return 'elf';
  if (h.length >= 30 && ascii(h, 0, 'PK\x03\x04')) {
    const method = h[8] | (h[9] << 8);
    const nameLen = h[26] | (h[27] << 8);
    if (h[4] <= 63 && h[5] === 0 && [0, 8, 12, 14].includes(method) && nameLen >= 1 && nameLen <= 256 && 30 + nameLen <= h.length) {
      for (let i = 30; i < 30 + nameLen; i++) if (h[i] < 0x20 || h[i] >= 0x7f) return null;
      return 'zip';
    }
    return null;
  }
  if (h.length >= 64 && printableRatio(h, h.length, true) >= 0.97 && !periodic(h, keyLen)) {
    const s = Buffer.from(h.subarray(0, 64)).toString('latin1');
    const low = s.toLowerCase();
    for (const p of TEXT_PLAIN) if (low.startsWith(p)) return codeWords(h) >= 2 ? 'text' : null;
  }
  return null;
}

const CODE_WORDS = /\b(?:import|from|def|return|class|exec|eval|print|os|sys|system|subprocess|socket|base64|urllib|requests|open|if|for|in|curl|wget|echo|bash|sh|chmod|function|powershell|iex|http|https|invoke|new|object)\b/gi;

/** Distinct code words in decrypted text: a wrong key leaves printable noise, but not several real words. */
function codeWords(h: Uint8Array): number {
  const s = Buffer.from(h).toString('latin1').toLowerCase();
  const seen = new Set<string>();
  for (const m of s.matchAll(CODE_WORDS)) {
    seen.add(m[0]);
    if (seen.size >= 4) break;
  }
  return seen.size;
}

/**
 * Decrypted text that repeats with the key's period is the key laid over repetitive input (zeros, padding, a
 * repeated record): "exec(exec(exec(" is what a key derived from `exec(` makes of a run of zeros.
 */
function periodic(h: Uint8Array, keyLen: number): boolean {
  let same = 0;
  const n = h.length;
  for (let i = keyLen; i < n; i++) if (h[i] === h[i - keyLen]) same++;
  return same > (n - keyLen) * 0.3;
}

/** Text that is not at the start still proves a key if it is overwhelmingly printable and looks like code. */
function verifyText(h: Uint8Array, keyLen: number): boolean {
  if (h.length < 64 || printableRatio(h, h.length, true) < 0.98 || periodic(h, keyLen)) return false;
  let spaces = 0;
  for (let i = 0; i < h.length; i++) if (h[i] === 0x20 || h[i] === 0x0a) spaces++;
  if (spaces < h.length * 0.05) return false;
  return codeWords(h) >= 3;
}

/** How text-like a byte is: letters, digits and space most, other printable some, control bytes very little. */
const TEXT_WEIGHT = new Int8Array(256);
(() => {
  for (let c = 0; c < 256; c++) {
    if ((c >= 0x61 && c <= 0x7a) || c === 0x20) TEXT_WEIGHT[c] = 3;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) TEXT_WEIGHT[c] = 2;
    else if ((c > 0x20 && c < 0x7f) || c === 0x0a || c === 0x09) TEXT_WEIGHT[c] = 1;
    else if (c === 0x0d) TEXT_WEIGHT[c] = 0;
    else TEXT_WEIGHT[c] = -8;
  }
})();

/** The key byte of one column (histogram at `base`) that makes it read most like text, among a few guesses. */
function bestTextKeyByte(hist: Uint32Array, base: number): number {
  // the four commonest ciphertext bytes of the column, taken as space, 'e', 't' or 'o'
  const top = [-1, -1, -1, -1];
  const topN = [0, 0, 0, 0];
  for (let b = 0; b < 256; b++) {
    const c = hist[base + b];
    if (c <= topN[3]) continue;
    let p = 3;
    while (p > 0 && c > topN[p - 1]) {
      top[p] = top[p - 1];
      topN[p] = topN[p - 1];
      p--;
    }
    top[p] = b;
    topN[p] = c;
  }
  let best = 0;
  let bestScore = -Infinity;
  for (const t of top) {
    if (t < 0) continue;
    for (const plain of [0x20, 0x65, 0x74, 0x6f]) {
      const k = t ^ plain;
      let score = 0;
      for (let b = 0; b < 256; b++) {
        const c = hist[base + b];
        if (c) score += c * TEXT_WEIGHT[b ^ k];
      }
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
  }
  return best;
}

const PE_DOS_HEADER = [0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00];
const ELF_IDENTS = [
  [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0x7f, 0x45, 0x4c, 0x46, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0x7f, 0x45, 0x4c, 0x46, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
];
const ZIP_HEAD = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00];

/**
 * Byte histograms of the columns of a sample for key lengths 1..16 (column j of length L: the bytes at i ≡ j mod L),
 * each the same counts a pass per length would make. The columns of L are sums of the columns of any multiple of L,
 * so the sample is read once per length in BASE_OF and the other lengths are summed from those: 8 passes instead of
 * 16, each without a division per byte.
 */
const BASE_OF = [0, 16, 16, 12, 16, 10, 12, 14, 16, 9, 10, 11, 12, 13, 14, 15, 16];
/** Where the table of each base length starts in the shared tables (M columns of 256 counts), then the output's. */
const BASE_AT: number[] = [];
let tablesEnd = 0;
for (let M = 9; M <= 16; M++) {
  BASE_AT[M] = tablesEnd;
  tablesEnd += 256 * M;
}
const OUT_AT = tablesEnd;
const TABLES = OUT_AT + 256 * 16;
/** One set of tables per thread (116 KB), not a fresh set per file: see Scratch. */
const COLUMN_TABLES = new Scratch((n) => new Uint32Array(n), TABLES);
/** Bumped by each new instance: only the latest may read the tables. */
let columnsGeneration = 0;

export class ColumnHistograms {
  private readonly mem: Uint32Array;
  /** Bit M set: the table of base length M is counted for this sample. */
  private made = 0;
  private readonly generation = ++columnsGeneration;
  /** Takes the thread's tables: the instance made before this one can no longer be read (its `of` throws). */
  constructor(private readonly sample: Uint8Array) {
    this.mem = COLUMN_TABLES.take(TABLES);
  }

  /** Column histograms of length L at out[j * 256 + byte] (valid until the next call). */
  of(L: number): Uint32Array {
    if (this.generation !== columnsGeneration) throw new Error('ColumnHistograms: a later instance has taken the tables of this thread');
    const M = BASE_OF[L];
    const mem = this.mem;
    const at = BASE_AT[M];
    if (!(this.made & (1 << M))) {
      mem.fill(0, at, at + 256 * M);
      const d = this.sample;
      for (let j = 0; j < M; j++) {
        const col = at + j * 256;
        for (let i = j; i < d.length; i += M) mem[col + d[i]]++;
      }
      this.made |= 1 << M;
    }
    mem.fill(0, OUT_AT, OUT_AT + 256 * L);
    for (let k = 0; k < M; k++) {
      const from = at + k * 256;
      const to = OUT_AT + (k % L) * 256;
      for (let b = 0; b < 256; b++) mem[to + b] += mem[from + b];
    }
    return mem.subarray(OUT_AT, TABLES);
  }
}

/**
 * Recover a repeating XOR key of 1..16 bytes from known plaintext, and the telnyx layout (an 8-byte key, then the
 * XOR-ed content). Returns the decrypted content (whole, the key is applied to every byte) or null.
 */
export function unxor(d: Uint8Array, budget: XorBudget, binaryOnly = false): Peeled | null {
  if (d.length < 32) return null;
  const head = new Uint8Array(Math.min(CHECK_HEAD, d.length));

  const tryKey = (key: Uint8Array, start: number, textAnywhere = false): Peeled | null => {
    if (budget.attempts <= 0) return null;
    let zero = true;
    for (let i = 0; i < key.length; i++) if (key[i] !== 0) zero = false;
    if (zero) return null;
    budget.attempts--;
    // cheap pre-check on the first bytes before decrypting the head
    const b0 = d[start] ^ key[0];
    const b1 = d[start + 1] ^ key[1 % key.length];
    const magic = (b0 === 0x4d && b1 === 0x5a) || (b0 === 0x7f && b1 === 0x45) || (b0 === 0x50 && b1 === 0x4b);
    if (!magic && !textAnywhere && !(b0 >= 0x20 && b0 < 0x7f && b1 >= 0x20 && b1 < 0x7f)) return null;
    const n = Math.min(head.length, d.length - start);
    const h = head.subarray(0, n);
    xorInto(d, key, start, h, n);
    const what = verifyHead(h, d.length - start, key.length) ?? (textAnywhere && verifyText(h, key.length) ? 'text' : null);
    if (!what || (binaryOnly && what === 'text')) return null;
    const k = minimalKey(key);
    const out = new Uint8Array(d.length - start);
    xorInto(d, k, start, out, out.length);
    const layer = start > 0 ? `xor-keyprefix:${keyHex(k)}` : `xor:${keyHex(k)}`;
    return { layer, out };
  };

  // 1. The telnyx layout: the first 8 bytes are the key for the rest.
  if (d.length > 8 + 64) {
    const r = tryKey(d.slice(0, 8), 8);
    if (r) return r;
  }

  // 2. Known plaintext at the start: the key is the XOR of the first L bytes with the plaintext.
  // Text XOR-ed with a key derived from text reads as text again, so on input that is already text only the binary
  // plaintexts can prove anything.
  const plains: number[][] = [PE_DOS_HEADER, ...ELF_IDENTS, ZIP_HEAD];
  if (!binaryOnly) {
    for (const t of [...TEXT_PLAIN, '#!']) plains.push([...t].map((c) => c.charCodeAt(0)));
  }
  for (const p of plains) {
    for (let L = 1; L <= Math.min(16, p.length); L++) {
      const key = new Uint8Array(L);
      for (let i = 0; i < L; i++) key[i] = d[i] ^ p[i];
      // the rest of the known plaintext must decrypt too: a key shorter than the real one fails here
      let consistent = true;
      for (let i = L; i < p.length && i < d.length && consistent; i++) if ((d[i] ^ key[i % L]) !== p[i]) consistent = false;
      if (!consistent) continue;
      const r = tryKey(key, 0);
      if (r) return r;
      if (budget.attempts <= 0) return null;
    }
  }
  // PE headers carry zeros at 0x20..0x3b (reserved fields): there the ciphertext is the key itself, whatever the linker.
  if (d.length >= 0x40 && (d[0] ^ d[1]) === (0x4d ^ 0x5a)) {
    for (let L = 1; L <= 16; L++) {
      const key = new Uint8Array(L);
      for (let i = 0; i < L; i++) {
        const pos = 0x20 + i;
        key[pos % L] = d[pos];
      }
      const r = tryKey(key, 0);
      if (r) return r;
    }
  }

  // 3. Frequency: in executables the commonest byte is 0x00, in code and text it is the space. Per key column, the
  //    commonest ciphertext byte is then the key byte. Needs enough bytes per column to be meaningful.
  const sample = d.subarray(0, Math.min(d.length, 65536));
  const columns = new ColumnHistograms(sample);
  for (let L = 1; L <= 16 && budget.attempts > 0; L++) {
    if (sample.length < L * 48) break;
    const hist = columns.of(L);
    const kz = new Uint8Array(L);
    for (let j = 0; j < L; j++) {
      let best = 0;
      let bestN = -1;
      for (let b = 0; b < 256; b++) {
        const c = hist[j * 256 + b];
        if (c > bestN) {
          bestN = c;
          best = b;
        }
      }
      kz[j] = best;
    }
    const r0 = tryKey(kz, 0);
    if (r0) return r0;
    if (binaryOnly) continue;
    // text: per column, the key byte among a few guesses (commonest bytes as space, 'e', 't', 'o') that makes the
    // column read most like text
    const ks = new Uint8Array(L);
    for (let j = 0; j < L; j++) ks[j] = bestTextKeyByte(hist, j * 256);
    const r1 = tryKey(ks, 0, true);
    if (r1) return r1;
  }
  return null;
}
