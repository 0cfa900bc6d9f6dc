import type { EncodedRun } from './types.js';
import { isELF, isMachO, isPE, isPyc } from '../formats/magic.js';

/**
 * Finding base64 / base64url / base32 / hex runs in arbitrary bytes in one pass.
 *
 * The scan runs over every byte of every package, so the hot loop only does a table lookup and a few integer updates
 * per byte. The (rarer) runs long enough to matter are then judged on a sample of their characters: real encodings
 * of bytes have a spread-out alphabet and change character class often, while identifiers, words, alphabet tables
 * and digit tables do not.
 */

const F_B64 = 1; // A-Z a-z 0-9 + /
const F_URL = 2; // - _ (base64url)
const F_HEX = 4; // 0-9 a-f A-F
const F_B32 = 8; // A-Z 2-7
const F_PAD = 16; // =
const F_NL = 32; // \r \n
const F_HEXLO = 64; // a-f
const F_HEXUP = 128; // A-F

const FLAGS = new Uint8Array(256);
/** Bytes that may appear inside a run (alphabet, padding, line breaks, the backslash of an escaped "\\n"). */
const ALLOWED = new Uint8Array(256);
/** Character class for the noise statistics: 1 upper, 2 lower, 3 digit, 4 symbol. */
const CLS = new Uint8Array(256);
/** Value of a character in base32 (RFC 4648), 255 when not in the alphabet. */
const B32V = new Uint8Array(256).fill(255);
const HEXV = new Uint8Array(256).fill(255);

(() => {
  for (let c = 0x41; c <= 0x5a; c++) {
    FLAGS[c] |= F_B64 | F_B32;
    CLS[c] = 1;
    B32V[c] = c - 0x41;
  }
  for (let c = 0x61; c <= 0x7a; c++) {
    FLAGS[c] |= F_B64;
    CLS[c] = 2;
  }
  for (let c = 0x30; c <= 0x39; c++) {
    FLAGS[c] |= F_B64 | F_HEX;
    CLS[c] = 3;
    HEXV[c] = c - 0x30;
  }
  for (let c = 0x32; c <= 0x37; c++) {
    FLAGS[c] |= F_B32;
    B32V[c] = c - 0x32 + 26;
  }
  for (let c = 0x61; c <= 0x66; c++) {
    FLAGS[c] |= F_HEX | F_HEXLO;
    HEXV[c] = c - 0x61 + 10;
  }
  for (let c = 0x41; c <= 0x46; c++) {
    FLAGS[c] |= F_HEX | F_HEXUP;
    HEXV[c] = c - 0x41 + 10;
  }
  FLAGS[0x2b] |= F_B64; // +
  FLAGS[0x2f] |= F_B64; // /
  FLAGS[0x2d] |= F_URL; // -
  FLAGS[0x5f] |= F_URL; // _
  CLS[0x2b] = CLS[0x2f] = CLS[0x2d] = CLS[0x5f] = 4;
  FLAGS[0x3d] = F_PAD;
  FLAGS[0x0a] = F_NL;
  FLAGS[0x0d] = F_NL;
  for (let c = 0; c < 256; c++) ALLOWED[c] = FLAGS[c] !== 0 || c === 0x5c ? 1 : 0;
})();

/** A wrapped line must be at least this long for the run to continue over the line break (base64 wraps at 60-76). */
const MIN_WRAPPED_LINE = 40;
/** Characters of a run looked at by the noise test. */
const NOISE_SAMPLE = 4096;
/** Bytes decoded from one run at most. */
export const DEFAULT_MAX_DECODE = 8 * 1024 * 1024;
/** Bytes decoded over all runs of one call at most. */
const TOTAL_DECODE_BUDGET = 64 * 1024 * 1024;

interface Candidate {
  start: number;
  end: number;
  /** Alphabet characters (no line breaks, no padding). */
  count: number;
  pad: number;
  encoding: EncodedRun['encoding'];
}

export interface FindRunsOptions {
  /** Bytes decoded from one run at most (the run is decoded on its head beyond that). */
  maxDecode?: number;
}

// Reused scratch for the distinct-character count: a stamp per character avoids clearing 256 slots per run.
const seenStamp = new Uint32Array(256);
let stamp = 0;

/**
 * Judge a run: returns its encoding, or null when it looks like words, identifiers, an alphabet or digit table, or a
 * repeated character rather than encoded bytes.
 */
function judge(d: Uint8Array, start: number, end: number, pad: number, orF: number, andF: number): Candidate['encoding'] | null {
  let enc: Candidate['encoding'];
  if (andF & F_HEX && pad === 0 && !(orF & F_HEXLO && orF & F_HEXUP)) enc = 'hex';
  else if (andF & F_B32 && !(orF & F_URL)) enc = 'base32';
  else enc = 'base64';

  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    seenStamp.fill(0);
    stamp = 1;
  }
  let n = 0;
  let distinct = 0;
  let seq = 0;
  let switches = 0;
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let sym = 0;
  let prev = -1;
  let prevCls = 0;
  for (let i = start; i < end && n < NOISE_SAMPLE; i++) {
    const c = d[i];
    const cls = CLS[c];
    if (cls === 0) continue; // line breaks, padding, escaped newlines
    // Repeats are skipped: encoded zeros ("AAAA") say nothing either way, and a repeated character is not a run.
    if (c === prev) continue;
    n++;
    if (seenStamp[c] !== stamp) {
      seenStamp[c] = stamp;
      distinct++;
    }
    if (c === prev + 1) seq++;
    if (prevCls !== 0 && cls !== prevCls) switches++;
    if (cls === 1) upper++;
    else if (cls === 2) lower++;
    else if (cls === 3) digit++;
    else sym++;
    prev = c;
    prevCls = cls;
  }
  if (n < 8) return null;
  // Alphabet tables ("abcdef...", "0123456789abcdef...") and counting sequences.
  if (seq > n * 0.25) return null;
  if (enc === 'hex') {
    const letters = n - digit;
    if (distinct < Math.min(8, n / 4)) return null;
    // A digit table or a decimal number is not hex; neither is a word made of a-f.
    if (letters < n * 0.02 || digit < n * 0.1) return null;
    return enc;
  }
  if (enc === 'base32') {
    if (distinct < Math.min(12, n / 3)) return null;
    if (digit < n * 0.04) return null; // plain upper-case words
    return enc;
  }
  if (distinct < Math.min(18, n / 2.5)) return null;
  // Words, identifiers and paths: letters mostly of one case, few changes of character class, no digits or symbols.
  const letters = lower + upper;
  if (lower > letters * 0.85 || upper > letters * 0.85) return null;
  if (switches < (n - 1) * 0.3) return null;
  // Separators every few characters (snake_case, kebab-case, paths): encoded bytes have about 3% symbols.
  if (sym > n * 0.1) return null;
  if (n - letters === 0 && n >= 40) return null;
  return enc;
}

/** Score of a decoded head for choosing the alignment of a run whose start may carry a stray character. */
function headScore(b: Uint8Array): number {
  if (b.length < 2) return 0;
  if (isPE(b) || isELF(b) || isMachO(b) || isPyc(b)) return 200;
  const b0 = b[0];
  const b1 = b[1];
  if ((b0 === 0x1f && b1 === 0x8b) || (b0 === 0x78 && (b0 * 256 + b1) % 31 === 0) || (b0 === 0x42 && b1 === 0x5a && b[2] === 0x68)) return 150;
  if (b0 === 0x50 && b1 === 0x4b && b[2] === 3 && b[3] === 4) return 150;
  if (b0 === 0x89 && b1 === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 150;
  if (b0 === 0x4d && b1 === 0x5a) return 120;
  // An 8-byte XOR key followed by an XOR-ed executable (the telnyx layout).
  if (b.length > 12 && (b[8] ^ b[0]) === 0x4d && (b[9] ^ b[1]) === 0x5a) return 110;
  let printable = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13) printable++;
  }
  // text is a strong enough sign only when nearly all of it is printable; otherwise alignments stay as they are
  return printable >= b.length * 0.9 ? 90 : 0;
}

function latin1(d: Uint8Array, start: number, end: number): string {
  return Buffer.from(d.buffer, d.byteOffset + start, end - start).toString('latin1');
}

/** Position after skipping `k` alphabet characters from `start`. */
function skipChars(d: Uint8Array, start: number, end: number, k: number): number {
  let i = start;
  while (k > 0 && i < end) {
    if (CLS[d[i]] !== 0) k--;
    i++;
  }
  return i;
}

/** End position that keeps at most `chars` alphabet characters from `start`. */
function limitChars(d: Uint8Array, start: number, end: number, chars: number): number {
  if (end - start <= chars) return end;
  let i = start;
  let k = 0;
  while (i < end && k < chars) {
    if (CLS[d[i]] !== 0 || d[i] === 0x3d) k++;
    i++;
  }
  return i;
}

function decodeB64(d: Uint8Array, start: number, end: number): Uint8Array {
  // Node's decoder accepts both alphabets and skips line breaks; escaped "\n" pairs are removed first.
  let s = latin1(d, start, end);
  if (s.indexOf('\\') >= 0) s = s.replace(/\\[nr]/g, '');
  return new Uint8Array(Buffer.from(s, 'base64'));
}

function decodeHex(d: Uint8Array, start: number, end: number): Uint8Array {
  const out = new Uint8Array((end - start) >> 1);
  let o = 0;
  let hi = -1;
  for (let i = start; i < end; i++) {
    const v = HEXV[d[i]];
    if (v === 255) continue;
    if (hi < 0) hi = v;
    else {
      out[o++] = (hi << 4) | v;
      hi = -1;
    }
  }
  return out.subarray(0, o);
}

export function decodeBase32(d: Uint8Array, start = 0, end = d.length): Uint8Array {
  const out = new Uint8Array(Math.ceil(((end - start) * 5) / 8));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = start; i < end; i++) {
    const v = B32V[d[i]];
    if (v === 255) continue;
    acc = ((acc << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

function decodeCandidate(d: Uint8Array, c: Candidate, maxDecode: number): Uint8Array {
  if (c.encoding === 'base32') {
    return decodeBase32(d, c.start, limitChars(d, c.start, c.end, Math.ceil(maxDecode / 5) * 8));
  }
  const unit = c.encoding === 'hex' ? 2 : 4;
  // The run may have picked up stray alphabet characters before the real start: pick the alignment whose decoded
  // head looks most like something (a known header, or text). Padding tells the expected alignment.
  const preferred = c.encoding === 'base64' && c.pad > 0 ? (c.count + c.pad) % 4 : 0;
  let best = preferred;
  let bestScore = -1;
  const dec = c.encoding === 'hex' ? decodeHex : decodeB64;
  for (let k = 0; k < unit; k++) {
    const s = skipChars(d, c.start, c.end, k);
    const e = limitChars(d, s, c.end, 1024);
    const score = headScore(dec(d, s, e)) + (k === preferred ? 0.5 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  }
  const s = skipChars(d, c.start, c.end, best);
  const perUnit = c.encoding === 'hex' ? 1 : 3;
  const e = limitChars(d, s, c.end, Math.ceil(maxDecode / perUnit) * unit);
  return dec(d, s, e);
}

/** Runs of base64 / base32 / hex of at least `minLength` characters in `data`, decoded. Bounded count. */
export function findEncodedRuns(data: Uint8Array, minLength = 64, maxRuns = 64, opts: FindRunsOptions = {}): EncodedRun[] {
  const maxDecode = opts.maxDecode ?? DEFAULT_MAX_DECODE;
  if (maxRuns <= 0 || !(data instanceof Uint8Array)) return [];
  minLength = Math.max(8, minLength | 0);
  const d = data;
  const n = d.length;
  let cands: Candidate[] = [];
  const keepCap = Math.max(256, maxRuns * 8);

  let start = -1;
  let count = 0;
  let pad = 0;
  let last = -1;
  let orF = 0;
  let andF = 0xff;

  const flush = (): void => {
    if (start >= 0 && count >= minLength) {
      const enc = judge(d, start, last + 1, pad, orF, andF);
      if (enc) {
        cands.push({ start, end: last + 1, count, pad, encoding: enc });
        if (cands.length > keepCap) {
          // Keep the longest runs: a later long run must not be crowded out by many short ones.
          cands.sort((a, b) => b.count - a.count);
          cands = cands.slice(0, maxRuns * 2);
        }
      }
    }
    start = -1;
  };

  /** Follow one run from `i` (an alphabet character) to its end; returns where skipping resumes. */
  const follow = (i: number): number => {
    start = i;
    count = 0;
    pad = 0;
    last = i;
    orF = 0;
    andF = 0xff;
    let seg = 0; // alphabet characters since the last line break
    let nl = 0; // line-break characters in a row
    for (; i < n; i++) {
      const c = d[i];
      const f = FLAGS[c];
      if (f & (F_B64 | F_URL)) {
        if (pad !== 0) break; // padding ends a run: this character may start the next one
        count++;
        seg++;
        nl = 0;
        last = i;
        orF |= f;
        andF &= f;
      } else if (f & F_PAD) {
        if (pad >= 2 || count === 0) break;
        pad++;
        last = i;
      } else if (f & F_NL) {
        if (pad !== 0 || !(seg >= MIN_WRAPPED_LINE || (seg === 0 && nl === 1))) break;
        nl++;
        seg = 0;
      } else if (c === 0x5c && pad === 0 && seg >= MIN_WRAPPED_LINE && i + 1 < n && (d[i + 1] === 0x6e || d[i + 1] === 0x72)) {
        // an escaped line break ("\n") inside a string literal: skip the pair
        i++;
        seg = 0;
      } else break;
    }
    flush();
    return i > start ? i : start + 1;
  };

  // Skip ahead: a run of at least `minLength` characters covers every window of `minLength` bytes it spans, so when
  // the last byte of the window cannot be part of a run, no run can start inside the window. On binary data this
  // reads a small fraction of the bytes.
  const m = minLength;
  let i = 0;
  while (i + m <= n) {
    const j = i + m - 1;
    if (!ALLOWED[d[j]]) {
      i = j + 1;
      continue;
    }
    let k = j - 1;
    while (k >= i && ALLOWED[d[k]]) k--;
    if (k >= i) {
      i = k + 1;
      continue;
    }
    // the whole window may belong to a run: begin at its first alphabet character
    while (i <= j && !(FLAGS[d[i]] & (F_B64 | F_URL))) i++;
    i = follow(i);
  }

  if (cands.length > maxRuns) {
    cands.sort((a, b) => b.count - a.count);
    cands = cands.slice(0, maxRuns);
  }
  cands.sort((a, b) => a.start - b.start);
  const out: EncodedRun[] = [];
  let budget = TOTAL_DECODE_BUDGET;
  for (const c of cands) {
    if (budget <= 0) break;
    let decoded: Uint8Array;
    try {
      decoded = decodeCandidate(d, c, Math.min(maxDecode, budget));
    } catch {
      continue;
    }
    budget -= decoded.length;
    if (decoded.length === 0) continue;
    out.push({ encoding: c.encoding, offset: c.start, length: c.end - c.start, decoded });
  }
  return out;
}
