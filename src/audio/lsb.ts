/**
 * Least-significant-bit steganalysis of integer samples.
 *
 * - Sample Pair Analysis (Dumitrescu, Wu & Wang): adjacent samples (u, v); LSB replacement breaks the balance between
 *   the pairs X = {v even, u < v} ∪ {v odd, u > v} and Y (the mirror), which a natural signal keeps. The estimated
 *   embedding rate p is the smaller root of  ½(|W|+|Z|)p² + (2|X| − |P|)p + |Y| − |X| = 0  (Z: u = v; W: u, v in one
 *   LSB pair). Computed at lag 1 and lag 2 (embedding moves both alike; a deterministic synthetic signal biases them
 *   differently, so the smaller of the two is used), on the whole file and on its first/last 1/64 … 1/2 (sequential
 *   embedding), with a delta-method standard error.
 * - Weighted stego analysis with a fitted (inter-channel) predictor, over the whole file and its start windows.
 * - Pairs of values (Westfeld & Pfitzmann): LSB replacement equalises the counts of the values 2k and 2k+1 but not of
 *   2k+1 and 2k+2; with A (within pairs) and B (across pairs) normalised chi-square sums, 1 − sqrt((A−1)/(B−1)) is a
 *   second rate estimate, meaningful only when the histogram has structure at the LSB scale (B ≫ 1).
 * - Dead planes: bit planes that are constant over the whole file (16-bit audio made from 8-bit, 24-bit from 16-bit)
 *   with live planes below them: bits written after the fact.
 * - Digital silence: stretches where the signal is constant but the LSB toggles (LSB replacement of zeros gives
 *   {0, 1}, never {−1, 0}), and stretches with isolated ±1 deviations in a file whose other silences are exact
 *   (±1 matching applied to part of the file).
 * - Extraction: LSB planes (1–4 bits per sample, each channel and interleaved, both bit orders, the LSB of every
 *   byte as naive scripts do), raw and behind a 32-bit length prefix, checked for text, known formats and encodings.
 * - DeepSound's header ("DSCF" in the low nibbles of consecutive 16-bit samples).
 *
 * What is out of reach is documented in docs/rules.md: loud, noisy recordings where no predictor gets within a few
 * steps, steghide's permuted, statistics-preserving embedding at its usual low rates, ±1 matching over dither.
 */
import type { AudioSignal } from './types.js';

// ---- Sample Pair Analysis ------------------------------------------------------------------------------------------

/** Counts of one SPA pass: X, Y, Z (u = v), W (same LSB pair, u ≠ v), P (pairs). */
type Counts = Float64Array; // [X, Y, Z, W, P]

export const SPA_BLOCKS = 64;
/** Samples (all channels) SPA reads at most: long files contribute the start of each block (as weighted stego analysis). */
export const SPA_MAX_SAMPLES = 2_000_000;

/**
 * Per-block SPA counts for lags 1 and 2 in one pass: counts[lag - 1][(block * 5) + k], all channels pooled (in the
 * interleaved array a lag of L frames is L * channels elements, so the channels need no loop of their own).
 */
export function spaCounts(s: AudioSignal, blocks = SPA_BLOCKS): [Float64Array, Float64Array] {
  const x = s.ints!;
  const C = s.channels;
  const F = s.frames;
  const out1 = new Float64Array(blocks * 5);
  const out2 = new Float64Array(blocks * 5);
  const per = Math.max(1, Math.ceil(F / blocks));
  const take = Math.max(2, Math.min(per, Math.floor(SPA_MAX_SAMPLES / C / blocks)));
  const l1 = C;
  const l2 = 2 * C;
  for (let b = 0; b < blocks; b++) {
    const a = b * per * C;
    const e1 = Math.min(F - 1, (b + 1) * per, b * per + take) * C;
    const e2 = Math.min(F - 2, (b + 1) * per, b * per + take) * C;
    // branch-light: Z counts u = v, C counts u>>1 = v>>1 (Z plus W), X counts ((v & 1) ^ (u < v)) among u != v
    let X1 = 0, Z1 = 0, C1 = 0, X2 = 0, Z2 = 0, C2 = 0;
    for (let i = a; i < e2; i++) {
      const u = x[i];
      const v = x[i + l1];
      const w = x[i + l2];
      const eq1 = u === v ? 1 : 0;
      const eq2 = u === w ? 1 : 0;
      Z1 += eq1;
      Z2 += eq2;
      C1 += u >> 1 === v >> 1 ? 1 : 0;
      C2 += u >> 1 === w >> 1 ? 1 : 0;
      X1 += ((v & 1) ^ (u < v ? 1 : 0)) & (1 - eq1);
      X2 += ((w & 1) ^ (u < w ? 1 : 0)) & (1 - eq2);
    }
    for (let i = Math.max(a, e2); i < e1; i++) {
      const u = x[i];
      const v = x[i + l1];
      const eq1 = u === v ? 1 : 0;
      Z1 += eq1;
      C1 += u >> 1 === v >> 1 ? 1 : 0;
      X1 += ((v & 1) ^ (u < v ? 1 : 0)) & (1 - eq1);
    }
    const P1 = Math.max(0, e1 - a);
    const P2 = Math.max(0, e2 - a);
    const Y1 = P1 - Z1 - X1;
    const Y2 = P2 - Z2 - X2;
    const W1 = C1 - Z1;
    const W2 = C2 - Z2;
    const o = b * 5;
    out1[o] = X1;
    out1[o + 1] = Y1;
    out1[o + 2] = Z1;
    out1[o + 3] = W1;
    out1[o + 4] = P1;
    out2[o] = X2;
    out2[o + 1] = Y2;
    out2[o + 2] = Z2;
    out2[o + 3] = W2;
    out2[o + 4] = P2;
  }
  return [out1, out2];
}

export interface SpaEstimate {
  rate: number;
  /** Delta-method standard error of the rate (degenerate near full embedding, where the two roots meet). */
  stderr: number;
  /** Evidence against a clean signal: (|Y| − |X|) / sqrt(|X| + |Y|), about N(0, 1) when X and Y balance. */
  z: number;
  pairs: number;
}

/** Solve the SPA equation on summed counts; stderr by the delta method (pairs treated as independent). */
export function spaSolve(c: Counts): SpaEstimate {
  const [X, Y, Z, W, P] = c;
  if (P < 16) return { rate: 0, stderr: Infinity, z: 0, pairs: P };
  const a = 0.5 * (W + Z);
  const b = 2 * X - P;
  const k = Y - X;
  let rate: number;
  if (a < 1e-9) rate = b !== 0 ? -k / b : 0;
  else {
    const D = b * b - 4 * a * k;
    rate = D >= 0 ? (2 * k) / (-b + Math.sqrt(D)) : -b / (2 * a);
  }
  if (!Number.isFinite(rate)) rate = 0;
  const slope = Math.abs(2 * a * rate + b);
  const stderr = slope > 0 ? Math.sqrt(X + Y) / slope : Infinity;
  const z = X + Y > 0 ? (Y - X) / Math.sqrt(X + Y) : 0;
  return { rate, stderr, z, pairs: P };
}

function sumBlocks(counts: Float64Array, from: number, to: number): Counts {
  const s = new Float64Array(5);
  for (let b = from; b < to; b++) for (let k = 0; k < 5; k++) s[k] += counts[b * 5 + k];
  return s;
}

export interface SpaResult {
  /** Whole-file estimate (the smaller of lag 1 and lag 2). */
  whole: SpaEstimate & { lag1: number; lag2: number };
  /** Strongest prefix/suffix window (sequential embedding), by z-score. */
  window: (SpaEstimate & { lag1: number; lag2: number; where: 'start' | 'end'; fraction: number }) | null;
  /** Estimated rate per block (lag 1), for evidence. */
  profile: number[];
}

/** A deterministic signal can bias the two lags differently: take the estimate closer to zero, with the larger error. */
function combine(e1: SpaEstimate, e2: SpaEstimate): SpaEstimate & { lag1: number; lag2: number } {
  const pick = Math.abs(e1.rate) <= Math.abs(e2.rate) ? e1 : e2;
  return { rate: pick.rate, stderr: Math.max(e1.stderr, e2.stderr), z: Math.min(e1.z, e2.z), pairs: e1.pairs, lag1: e1.rate, lag2: e2.rate };
}

export function spa(s: AudioSignal): SpaResult | null {
  if (!s.ints || s.frames < 256) return null;
  const B = SPA_BLOCKS;
  const [c1, c2] = spaCounts(s, B);
  const whole = combine(spaSolve(sumBlocks(c1, 0, B)), spaSolve(sumBlocks(c2, 0, B)));
  let window: SpaResult['window'] = null;
  let bestZ = -Infinity;
  for (let n = 1; n < B; n *= 2) {
    for (const where of ['start', 'end'] as const) {
      const [a, e] = where === 'start' ? [0, n] : [B - n, B];
      const est = combine(spaSolve(sumBlocks(c1, a, e)), spaSolve(sumBlocks(c2, a, e)));
      if (est.z > bestZ) {
        bestZ = est.z;
        window = { ...est, where, fraction: n / B };
      }
    }
  }
  const profile: number[] = [];
  for (let b = 0; b < B; b++) profile.push(Math.round(spaSolve(sumBlocks(c1, b, b + 1)).rate * 100) / 100);
  return { whole, window, profile };
}

// ---- Pairs of values -----------------------------------------------------------------------------------------------

export interface PairsResult {
  /** Mean normalised chi-square term within LSB pairs (≈1 after full LSB replacement). */
  within: number;
  /** The same across pairs (2k+1, 2k+2): large when the histogram has structure at the LSB scale. */
  across: number;
  /** Pairs of bins used. */
  bins: number;
  /** 1 − sqrt((within − 1)/(across − 1)), when across is large enough to mean something, else null. */
  rate: number | null;
}

const HISTOGRAMS = new WeakMap<Int16Array | Int32Array, Float64Array>();

/**
 * Histogram of all samples of 8/16-bit audio (index value + 32768), made once per signal: the pairs test, the dead
 * planes and the lowest bit's share all read it instead of passing over the samples again.
 */
export function histogram16(s: AudioSignal): Float64Array | null {
  const x = s.ints;
  if (!x || s.bits > 16) return null;
  let h = HISTOGRAMS.get(x);
  if (!h) {
    // integer counts in two interleaved tables (runs of one value, as in quiet audio, would otherwise make each
    // increment wait for the previous one), then the sum as the Float64Array its readers take
    const a = new Uint32Array(65536);
    const b = new Uint32Array(65536);
    const n = x.length;
    let i = 0;
    for (; i + 2 <= n; i += 2) {
      a[(x[i] + 32768) & 0xffff]++;
      b[(x[i + 1] + 32768) & 0xffff]++;
    }
    if (i < n) a[(x[i] + 32768) & 0xffff]++;
    h = new Float64Array(65536);
    for (let k = 0; k < 65536; k++) h[k] = a[k] + b[k];
    HISTOGRAMS.set(x, h);
  }
  return h;
}

/** Histogram pairs test over 8/16-bit samples (wider samples have too sparse a histogram). */
export function pairsOfValues(s: AudioSignal, from = 0, to = s.frames): PairsResult | null {
  if (!s.ints || s.bits > 16) return null;
  if (from === 0 && to >= s.frames) return pairsOfHistogram(histogram16(s)!);
  const x = s.ints;
  const C = s.channels;
  const hist = new Float64Array(65536);
  for (let i = from * C; i < to * C; i++) hist[(x[i] + 32768) & 0xffff]++;
  return pairsOfHistogram(hist);
}

function pairsOfHistogram(hist: Float64Array): PairsResult | null {
  let A = 0;
  let nA = 0;
  let Bsum = 0;
  let nB = 0;
  for (let k = 0; k < 65536; k += 2) {
    const a = hist[k];
    const b = hist[k + 1];
    if (a + b >= 8) {
      A += ((a - b) * (a - b)) / (a + b);
      nA++;
    }
    if (k + 2 < 65536) {
      const c = hist[k + 2];
      if (b + c >= 8) {
        Bsum += ((b - c) * (b - c)) / (b + c);
        nB++;
      }
    }
  }
  if (nA < 4 || nB < 4) return null;
  const within = A / nA;
  const across = Bsum / nB;
  const rate = across >= 4 ? 1 - Math.sqrt(Math.max(0, within - 1) / (across - 1)) : null;
  return { within, across, bins: nA, rate: rate === null ? null : Math.max(0, Math.min(1, rate)) };
}

export interface PairsWindow {
  /** Share of the file the window covers, from its start. */
  fraction: number;
  window: PairsResult;
  rest: PairsResult | null;
}

/** Frames of the start that the windowed pairs test reads at most (all channels: PAIRS_WINDOW_SAMPLES samples). */
export const PAIRS_WINDOW_SAMPLES = 4_000_000;

/**
 * The pairs test (Westfeld-Pfitzmann's chi-square, made relative) on the first 1/64, 1/32 .. 1/2 of the file and on
 * the rest, in one pass that fills the histogram as it goes: sequential embedding equalises the pairs of its prefix
 * only. Files longer than PAIRS_WINDOW_SAMPLES take their windows from that many samples (the rest is the whole
 * file after the window).
 */
export function pairsWindows(s: AudioSignal): PairsWindow[] {
  const total = histogram16(s);
  if (!total || !s.ints) return [];
  const x = s.ints;
  const C = s.channels;
  const F = Math.min(s.frames, Math.floor(PAIRS_WINDOW_SAMPLES / C));
  if (F < 256) return [];
  const hist = new Float64Array(65536);
  const rest = new Float64Array(65536);
  const out: PairsWindow[] = [];
  let at = 0;
  for (let n = 1; n <= 32; n *= 2) {
    const end = Math.floor((F * n) / 64) * C;
    for (; at < end; at++) hist[(x[at] + 32768) & 0xffff]++;
    const w = pairsOfHistogram(hist);
    if (!w) continue;
    for (let k = 0; k < 65536; k++) rest[k] = total[k] - hist[k];
    out.push({ fraction: n / 64, window: w, rest: pairsOfHistogram(rest) });
  }
  return out;
}

// ---- Dead planes ---------------------------------------------------------------------------------------------------

export interface DeadPlanes {
  /** Live planes at the bottom (0..live-1), then `dead` constant planes, then the live signal above. */
  live: number;
  dead: number;
  /** Fraction of ones in the bottom plane. */
  ones: number;
}

/** Bit planes constant over every sample. Returns the live-below-dead pattern, or null when there is none. */
export function deadPlanes(s: AudioSignal): DeadPlanes | null {
  if (!s.ints || s.ints.length < 1024) return null;
  const x = s.ints;
  let or = 0;
  let and = -1;
  let ones = 0;
  const h = histogram16(s);
  if (h) {
    for (let k = 0; k < 65536; k++) {
      if (!h[k]) continue;
      const v = k - 32768;
      or |= v;
      and &= v;
      if (v & 1) ones += h[k];
    }
  } else {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      or |= v;
      and &= v;
      ones += v & 1;
    }
  }
  const varying = or ^ and;
  let live = 0;
  while (live < s.bits && (varying >> live) & 1) live++;
  if (live === 0 || live > 4) return null;
  let dead = 0;
  while (live + dead < s.bits && !((varying >> (live + dead)) & 1)) dead++;
  // the signal must live above the dead band, and the band must be wide enough not to be a coincidence
  if (live + dead >= s.bits - 1 || dead < 3) return null;
  return { live, dead, ones: ones / x.length };
}

/** Share of samples whose lowest bit is 1 (from the histogram for 8/16-bit audio, else over at most 4M samples). */
export function lowBitShare(s: AudioSignal): number {
  const x = s.ints;
  if (!x || !x.length) return 0;
  const h = histogram16(s);
  if (h) {
    let ones = 0;
    for (let k = 1; k < 65536; k += 2) ones += h[k];
    return ones / x.length;
  }
  const n = Math.min(x.length, 4_000_000);
  let ones = 0;
  for (let i = 0; i < n; i++) ones += x[i] & 1;
  return ones / n;
}

// ---- Digital silence -----------------------------------------------------------------------------------------------

export interface SilenceResult {
  /** Blocks (256 frames, per channel) whose values span exactly one LSB pair {2k, 2k+1}, both present. */
  locked: number;
  /** Blocks spanning the shifted pair {2k−1, 2k}, both present: what a tiny noise floor gives as often as `locked`. */
  shifted: number;
  /** Blocks that are exactly constant. */
  exact: number;
  /** Blocks constant but for isolated ±1 deviations (no |dev| ≥ 2, deviations not adjacent), 1–50 % of samples. */
  sparse: number;
  /** Mean share of deviating samples in the sparse blocks. */
  sparseDensity: number;
  /** Blocks of a constant level with ±1 deviations (never ±2) in 35–65 % of samples: ±1 embedding at a full rate. */
  dense: number;
  /** Block index of the first `sparse` block and of the last `exact` one (sequential embedding leaves silence exact after it). */
  firstSparse: number;
  lastExact: number;
  blocks: number;
}

export function silence(s: AudioSignal, block = 256): SilenceResult | null {
  if (!s.ints) return null;
  const x = s.ints;
  const C = s.channels;
  const nb = Math.floor(s.frames / block);
  const r: SilenceResult = { locked: 0, shifted: 0, exact: 0, sparse: 0, sparseDensity: 0, dense: 0, firstSparse: -1, lastExact: -1, blocks: nb * C };
  let densitySum = 0;
  const counts = new Int32Array(5);
  for (let c = 0; c < C; c++) {
    for (let b = 0; b < nb; b++) {
      const a = b * block;
      let lo = x[a * C + c];
      let hi = lo;
      for (let f = a + 1; f < a + block; f++) {
        const v = x[f * C + c];
        if (v < lo) lo = v;
        else if (v > hi) hi = v;
        if (hi - lo > 2) break;
      }
      const span = hi - lo;
      if (span === 0) {
        r.exact++;
        if (b > r.lastExact) r.lastExact = b;
        continue;
      }
      if (span > 2) continue;
      if (span === 1) {
        let nlo = 0;
        for (let f = a; f < a + block; f++) if (x[f * C + c] === lo) nlo++;
        const minority = Math.min(nlo, block - nlo);
        if (minority >= block * 0.05) {
          if ((lo & 1) === 0) r.locked++;
          else r.shifted++;
        }
        continue;
      }
      // span 2: a constant level with isolated excursions to both sides?
      counts.fill(0);
      const mid = lo + 1;
      let adjacent = 0;
      let prevDev = false;
      for (let f = a; f < a + block; f++) {
        const v = x[f * C + c];
        counts[v - lo]++;
        const dev = v !== mid;
        if (dev && prevDev) adjacent++;
        prevDev = dev;
      }
      const devs = counts[0] + counts[2];
      // both sides about equally (a level between two values would favour one), about half the samples
      if (devs >= block * 0.35 && devs <= block * 0.65 && Math.min(counts[0], counts[2]) >= devs * 0.3) r.dense++;
      if (counts[0] > 0 && counts[2] > 0 && devs >= block * 0.01 && devs <= block * 0.5 && adjacent <= Math.max(2, (devs * devs) / block * 3)) {
        r.sparse++;
        densitySum += devs / block;
        if (r.firstSparse < 0 || b < r.firstSparse) r.firstSparse = b;
      }
    }
  }
  r.sparseDensity = r.sparse ? densitySum / r.sparse : 0;
  return r;
}

// ---- Extraction ----------------------------------------------------------------------------------------------------

export interface LsbCandidate {
  /** How the bits were read, for people: "1 LSB, interleaved, MSB first, 32-bit big-endian length". */
  how: string;
  bits: number;
  /** -1 interleaved, -2 every byte's LSB, else the channel. */
  channel: number;
  msbFirst: boolean;
  prefix: 'none' | 'be32' | 'le32';
  bytes: Uint8Array;
}

/**
 * Read `nBytes` bytes of an LSB stream. Bits of one sample go high to low when msbFirst (low to high otherwise), and
 * are packed into bytes in the same order.
 */
export function extractLsb(s: AudioSignal, bits: number, channel: number, msbFirst: boolean, nBytes: number, skipBytes = 0): Uint8Array {
  const out = new Uint8Array(nBytes);
  const totalBits = (nBytes + skipBytes) * 8;
  let bitPos = 0;
  let o = 0;
  let acc = 0;
  let accBits = 0;
  const skipBits = skipBytes * 8;
  const push = (bit: number): boolean => {
    if (bitPos++ < skipBits) return true;
    acc = msbFirst ? (acc << 1) | bit : acc | (bit << accBits);
    accBits++;
    if (accBits === 8) {
      out[o++] = acc & 0xff;
      acc = 0;
      accBits = 0;
      if (o >= nBytes) return false;
    }
    return true;
  };
  if (channel === -2) {
    const raw = s.raw;
    if (!raw) return out.subarray(0, 0);
    const n = Math.min(raw.length, totalBits);
    for (let i = 0; i < n; i++) if (!push(raw[i] & 1)) break;
    return out.subarray(0, o);
  }
  const x = s.ints!;
  const C = s.channels;
  const start = channel < 0 ? 0 : channel;
  const step = channel < 0 ? 1 : C;
  const need = Math.ceil(totalBits / bits);
  const end = Math.min(x.length, start + need * step);
  outer: for (let i = start; i < end; i += step) {
    const v = x[i];
    if (msbFirst) {
      for (let j = bits - 1; j >= 0; j--) if (!push((v >> j) & 1)) break outer;
    } else {
      for (let j = 0; j < bits; j++) if (!push((v >> j) & 1)) break outer;
    }
  }
  return out.subarray(0, o);
}

/** Streams worth decoding: every plane layout, cheaply pre-checked on its first bytes by `promising`. */
export function lsbCandidates(s: AudioSignal, promising: (head: Uint8Array) => boolean, headBytes = 512): LsbCandidate[] {
  const out: LsbCandidate[] = [];
  if (!s.ints && !s.raw) return out;
  const layouts: Array<{ bits: number; channel: number }> = [];
  if (s.ints) {
    for (let bits = 1; bits <= 4; bits++) {
      layouts.push({ bits, channel: -1 });
      if (s.channels > 1) for (let c = 0; c < Math.min(s.channels, 2); c++) layouts.push({ bits, channel: c });
    }
  }
  if (s.raw && s.bytesPerSample > 1) layouts.push({ bits: 1, channel: -2 });
  for (const L of layouts) {
    for (const msbFirst of [true, false]) {
      const head = extractLsb(s, L.bits, L.channel, msbFirst, headBytes + 4);
      if (head.length < 16) continue;
      const where = L.channel === -2 ? 'the LSB of every byte' : `${L.bits} LSB${L.bits > 1 ? 's' : ''} per sample, ${L.channel === -1 ? 'channels interleaved' : `channel ${L.channel + 1}`}`;
      const order = msbFirst ? 'MSB first' : 'LSB first';
      if (promising(head.subarray(0, headBytes))) out.push({ how: `${where}, ${order}`, bits: L.bits, channel: L.channel, msbFirst, prefix: 'none', bytes: head });
      const be = ((head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]) >>> 0;
      const le = (head[0] | (head[1] << 8) | (head[2] << 16) | (head[3] << 24)) >>> 0;
      const capacity = capacityBytes(s, L.bits, L.channel);
      for (const [prefix, len] of [['be32', be], ['le32', le]] as const) {
        // a length in bytes, or in bits (some tools count bits)
        const asBytes = len >= 16 && len <= capacity ? len : len >= 128 && len % 8 === 0 && len / 8 <= capacity ? len / 8 : 0;
        if (asBytes && promising(head.subarray(4, 4 + Math.min(headBytes, asBytes)))) {
          out.push({ how: `${where}, ${order}, 32-bit ${prefix === 'be32' ? 'big' : 'little'}-endian length ${asBytes}`, bits: L.bits, channel: L.channel, msbFirst, prefix, bytes: head.subarray(4, 4 + Math.min(head.length - 4, asBytes)) });
        }
      }
    }
  }
  return out;
}

export function capacityBytes(s: AudioSignal, bits: number, channel: number): number {
  if (channel === -2) return s.raw ? Math.floor(s.raw.length / 8) : 0;
  const samples = channel < 0 ? s.frames * s.channels : s.frames;
  return Math.floor((samples * bits) / 8);
}

// ---- DeepSound -----------------------------------------------------------------------------------------------------

export interface DeepSoundHeader {
  /** Index of the first sample (interleaved) of the header. */
  sample: number;
  mode: number;
  encrypted: number;
}

/** DeepSound 2.x header: "DSCF" as the low nibbles of 8 consecutive 16-bit samples, then mode and encryption flag. */
export function findDeepSound(s: AudioSignal): DeepSoundHeader | null {
  if (!s.ints || s.bits !== 16) return null;
  const x = s.ints;
  const n = x.length - 52;
  for (let i = 0; i < n; i++) {
    // the header's nibbles are all 3..6: when the eighth sample's is not, no header starts at i .. i + 7
    const last = x[i + 7] & 15;
    if (last < 3 || last > 6) {
      i += 7;
      continue;
    }
    // "DS" first: two nibbles of 4 then 5, 3 (rare on any signal, so most positions stop at the first test)
    if ((x[i] & 15) !== 4 || (x[i + 1] & 15) !== 4 || (x[i + 2] & 15) !== 5 || (x[i + 3] & 15) !== 3) continue;
    if ((x[i + 4] & 15) !== 4 || (x[i + 5] & 15) !== 3 || (x[i + 6] & 15) !== 4 || (x[i + 7] & 15) !== 6) continue;
    const mode = ((x[i + 8] & 15) << 4) | (x[i + 9] & 15);
    const encrypted = ((x[i + 10] & 15) << 4) | (x[i + 11] & 15);
    if ((mode === 2 || mode === 4 || mode === 8) && (encrypted === 0 || encrypted === 1)) return { sample: i, mode, encrypted };
  }
  return null;
}

// ---- Weighted stego-signal analysis --------------------------------------------------------------------------------

/**
 * Weighted stego analysis (Fridrich & Goljan; Ker's refinements), written here because no library does it for audio.
 * With s̄ the sample with its lowest bit flipped and F a prediction of the sample from its neighbours,
 * p = 2·Σ w (s − s̄)(s − F) / Σ w estimates the share of samples whose lowest bit was replaced: in a clean signal the
 * residual s − F does not depend on the parity of s, while replacement moves even values up and odd ones down. F is a
 * least-squares predictor fitted per channel (see `predictor`); audio is oversampled and stereo channels correlate,
 * so it predicts within a few steps, and the weight 1 / (WS_C + local residual energy) leans on the stretches where
 * one step of the lowest bit stands out. Sums are kept per block, so start windows (sequential embedding fills
 * the start of the file) cost nothing more. Its standard error is about 2 × residual / sqrt(samples): loud material
 * with a broadband noise floor hides a low rate from this estimator as from any other.
 */
export const WS_BLOCKS = 64;

export interface WsBlocks {
  /** Per block: Σ w, Σ w·t, Σ w²·t² with t = (s − s̄)(s − F). */
  sw: Float64Array;
  swt: Float64Array;
  sw2t2: Float64Array;
  blocks: number;
}

/** Half-length of the symmetric interpolator fitted to each channel (taps at ±1 … ±WS_ORDER frames). */
export const WS_ORDER = 6;
/** Samples (all channels) the estimate reads at most. */
export const WS_MAX_SAMPLES = 1_000_000;
/** Variance of a block over its residual variance below which the block is left out (the predictor explains nothing). */
const WS_MIN_GAIN = 2;
/** Constant in the weight 1 / (WS_C + local residual energy). */
const WS_C = 2;

/**
 * Least-squares predictor of channel c: Σ c_j (x[i − j] + x[i + j]), j = 1..K, plus (stereo and wider) taps on the
 * other channel at the same frame and ±1 frame, fitted on at most ~128k frames sampled evenly (long files cost the
 * same). The centre sample has no tap, so its own lowest bit never enters its prediction. Dual-mono and correlated
 * stereo predict to within a few steps, where one step of the lowest bit stands out.
 */
export function predictor(x: Int16Array | Int32Array, C: number, c: number, F: number, K = WS_ORDER): Float64Array {
  const o = C > 1 ? (c === 0 ? 1 : 0) : -1;
  const M = K + (o >= 0 ? 2 : 0);
  const A = new Float64Array(M * M);
  const bv = new Float64Array(M);
  const fe = new Float64Array(M);
  const chunk = 2048;
  const want = 32 * 1024;
  const stride = F > want ? Math.floor(F / Math.ceil(want / chunk)) : chunk;
  let n = 0;
  for (let f0 = K; f0 < F - K; f0 += stride) {
    const f1 = Math.min(F - K - 1, f0 + chunk);
    for (let f = f0; f < f1; f++) {
      const i = f * C + c;
      for (let j = 1; j <= K; j++) fe[j - 1] = x[i - j * C] + x[i + j * C];
      if (o >= 0) {
        const io = f * C + o;
        fe[K] = x[io];
        fe[K + 1] = x[io - C] + x[io + C];
      }
      const y = x[i];
      for (let p = 0; p < M; p++) {
        const fp = fe[p];
        bv[p] += fp * y;
        for (let q = p; q < M; q++) A[p * M + q] += fp * fe[q];
      }
      n++;
    }
  }
  const coef = new Float64Array(M);
  const fallback = (): Float64Array => {
    coef.fill(0);
    coef[0] = 2 / 3;
    if (K >= 2) coef[1] = -1 / 6;
    return coef;
  };
  if (n < 4 * M) return fallback();
  for (let p = 0; p < M; p++) for (let q = 0; q < p; q++) A[p * M + q] = A[q * M + p];
  let tr = 0;
  for (let p = 0; p < M; p++) tr += A[p * M + p];
  for (let p = 0; p < M; p++) A[p * M + p] += (tr / M) * 1e-7 + 1e-9;
  // Gauss-Jordan with partial pivoting on [A | b]
  for (let col = 0; col < M; col++) {
    let piv = col;
    for (let r = col + 1; r < M; r++) if (Math.abs(A[r * M + col]) > Math.abs(A[piv * M + col])) piv = r;
    if (piv !== col) {
      for (let q = 0; q < M; q++) [A[col * M + q], A[piv * M + q]] = [A[piv * M + q], A[col * M + q]];
      [bv[col], bv[piv]] = [bv[piv], bv[col]];
    }
    const d = A[col * M + col];
    if (!(Math.abs(d) > 1e-300)) return fallback();
    for (let r = 0; r < M; r++) {
      if (r === col) continue;
      const m = A[r * M + col] / d;
      if (m === 0) continue;
      for (let q = col; q < M; q++) A[r * M + q] -= m * A[col * M + q];
      bv[r] -= m * bv[col];
    }
  }
  for (let p = 0; p < M; p++) {
    coef[p] = bv[p] / A[p * M + p];
    if (!Number.isFinite(coef[p])) return fallback();
  }
  return coef;
}

/** Half-length of the second, short predictor: see `ws`. */
export const WS_SHORT_ORDER = 2;
/** Whole-file estimates the short predictor checks: z from 4, rates under 15 % (the structure reads a few per cent). */
const WS_RECHECK_Z = 4;
const WS_RECHECK_RATE = 0.15;

/**
 * res[k] = x[i] − prediction of x[i], for frames from .. to − 1 (k = frame − from) of channel c: the taps of `predictor`
 * (other channel `o`, or −1). The usual orders are written out (the same sums in the same order as the general loop,
 * so the same values), which this per-sample loop, most of the estimate's time, needs.
 */
function residuals(x: Int16Array | Int32Array, C: number, c: number, o: number, co: Float64Array, K: number, from: number, to: number, res: Float64Array): void {
  if (K === 6) {
    const c0 = co[0], c1 = co[1], c2 = co[2], c3 = co[3], c4 = co[4], c5 = co[5];
    const C2 = 2 * C, C3 = 3 * C, C4 = 4 * C, C5 = 5 * C, C6 = 6 * C;
    for (let f = from, i = from * C + c; f < to; f++, i += C) {
      let pred = c0 * (x[i - C] + x[i + C]);
      pred += c1 * (x[i - C2] + x[i + C2]);
      pred += c2 * (x[i - C3] + x[i + C3]);
      pred += c3 * (x[i - C4] + x[i + C4]);
      pred += c4 * (x[i - C5] + x[i + C5]);
      pred += c5 * (x[i - C6] + x[i + C6]);
      if (o >= 0) {
        const io = f * C + o;
        pred += co[6] * x[io] + co[7] * (x[io - C] + x[io + C]);
      }
      res[f - from] = x[i] - pred;
    }
    return;
  }
  if (K === 2) {
    const c0 = co[0], c1 = co[1];
    const C2 = 2 * C;
    for (let f = from, i = from * C + c; f < to; f++, i += C) {
      let pred = c0 * (x[i - C] + x[i + C]);
      pred += c1 * (x[i - C2] + x[i + C2]);
      if (o >= 0) {
        const io = f * C + o;
        pred += co[2] * x[io] + co[3] * (x[io - C] + x[io + C]);
      }
      res[f - from] = x[i] - pred;
    }
    return;
  }
  for (let f = from; f < to; f++) {
    const i = f * C + c;
    let pred = 0;
    for (let j = 1; j <= K; j++) pred += co[j - 1] * (x[i - j * C] + x[i + j * C]);
    if (o >= 0) {
      const io = f * C + o;
      pred += co[K] * x[io] + co[K + 1] * (x[io - C] + x[io + C]);
    }
    res[f - from] = x[i] - pred;
  }
}

export function wsBlocks(s: AudioSignal, blocks = WS_BLOCKS, K = WS_ORDER): WsBlocks | null {
  const x = s.ints;
  if (!x || s.frames < 64 + 2 * K) return null;
  const C = s.channels;
  const F = s.frames;
  const sw = new Float64Array(blocks);
  const swt = new Float64Array(blocks);
  const sw2t2 = new Float64Array(blocks);
  const per = Math.max(1, Math.ceil(F / blocks));
  // long files: each block contributes its first `take` frames only (time stays flat; power is ample at that length)
  const take = Math.max(1, Math.min(per, Math.floor(WS_MAX_SAMPLES / C / blocks)));
  // local residual energy is read from frames NEAR..FAR away on either side: beyond the predictor's reach (K taps), so
  // the weight does not depend on this sample's lowest bit. Closer residuals contain the sample itself through the
  // predictor, and weighting by them biased the estimate low (0.72 instead of 1 at full embedding over noise of 16 steps)
  const NEAR = K + 1;
  const FAR = K + 4;
  const PAD = FAR;
  const res = new Float64Array(take + 2 * PAD);
  // prefix sums of squared residuals: the local energy of a frame is two differences of them
  const sq = new Float64Array(take + 2 * PAD + 1);
  for (let c = 0; c < C; c++) {
    const co = predictor(x, C, c, F, K);
    const o = C > 1 ? (c === 0 ? 1 : 0) : -1;
    for (let b = 0; b < blocks; b++) {
      const f0 = Math.max(K + 1 + PAD, b * per);
      const f1 = Math.min(F - K - 1 - PAD, (b + 1) * per, f0 + take);
      if (f1 <= f0) continue;
      // residuals of the block and PAD frames either side
      residuals(x, C, c, o, co, K, f0 - PAD, f1 + PAD, res);
      // a block the predictor cannot explain (white noise, e.g. uniform test noise) says nothing about the lowest bit:
      // its residual is the sample itself, and a flat histogram reads as full embedding. Keep blocks where the
      // prediction removes at least half of the variance.
      let sx = 0;
      let sxx = 0;
      let srr = 0;
      for (let f = f0; f < f1; f++) {
        const v = x[f * C + c];
        const r = res[f - f0 + PAD];
        sx += v;
        sxx += v * v;
        srr += r * r;
      }
      const n = f1 - f0;
      if (sxx - (sx * sx) / n < WS_MIN_GAIN * srr) continue;
      const len = f1 - f0 + 2 * PAD;
      for (let k = 0; k < len; k++) sq[k + 1] = sq[k] + res[k] * res[k];
      const norm = 1 / (2 * (FAR - NEAR + 1));
      let W = 0;
      let WT = 0;
      let W2T2 = 0;
      for (let f = f0; f < f1; f++) {
        const k = f - f0 + PAD;
        // Σ res² over k − FAR .. k − NEAR and k + NEAR .. k + FAR
        const e = (sq[k - NEAR + 1] - sq[k - FAR] + sq[k + FAR + 1] - sq[k + NEAR]) * norm;
        const w = 1 / (WS_C + e);
        const sv = x[f * C + c];
        // residuals far beyond the local scale (clicks, pulses) carry no information about one LSB: clip them
        const lim = 2 + 4 * Math.sqrt(e);
        const r = res[k];
        const t = (sv & 1 ? 1 : -1) * (r > lim ? lim : r < -lim ? -lim : r);
        W += w;
        WT += w * t;
        W2T2 += w * w * t * t;
      }
      sw[b] += W;
      swt[b] += WT;
      sw2t2[b] += W2T2;
    }
  }
  return { sw, swt, sw2t2, blocks };
}

export interface WsEstimate {
  rate: number;
  stderr: number;
  /** rate / stderr. */
  z: number;
}

export function wsRange(w: WsBlocks, from: number, to: number): WsEstimate {
  let W = 0;
  let WT = 0;
  let W2T2 = 0;
  for (let b = from; b < to; b++) {
    W += w.sw[b];
    WT += w.swt[b];
    W2T2 += w.sw2t2[b];
  }
  if (W <= 0) return { rate: 0, stderr: Infinity, z: 0 };
  const rate = (2 * WT) / W;
  // variance of a weighted mean of independent terms: 4 Σ w²t² / (Σ w)² (conservative: the mean is not removed)
  const stderr = (2 * Math.sqrt(W2T2)) / W;
  return { rate, stderr, z: stderr > 0 ? rate / stderr : 0 };
}

export interface WsResult {
  whole: WsEstimate;
  /** Best start window by z, with the estimate over the rest of the file (a step that sound does not make). */
  window: (WsEstimate & { where: 'start'; fraction: number; rest: WsEstimate }) | null;
  profile: number[];
}

/**
 * How much more the block estimates of [from, to) scatter around their mean than their standard errors say: the mean
 * squared normalised deviation, shrunk towards 1 by two pseudo-blocks, and at least 1. Random embedding in a noisy cover
 * scatters as predicted (about 1); the lowest bit of noise-free synthetic sound is structured, its blocks swing by
 * several standard errors both ways, and a z from the standard error alone overstates the evidence.
 */
function overdispersion(w: WsBlocks, blockRate: Float64Array, blockErr: Float64Array, from: number, to: number): number {
  const m = wsRange(w, from, to).rate;
  let sum = 0;
  let n = 0;
  for (let b = from; b < to; b++) {
    const se = blockErr[b];
    if (!Number.isFinite(se) || se <= 0) continue;
    const d = (blockRate[b] - m) / se;
    sum += d * d;
    n++;
  }
  return Math.max(1, (sum + 2) / (Math.max(0, n - 1) + 2));
}

const deflate = (e: WsEstimate, phi: number): WsEstimate => {
  const stderr = e.stderr * Math.sqrt(phi);
  return { rate: e.rate, stderr, z: stderr > 0 && Number.isFinite(stderr) ? e.rate / stderr : 0 };
};

/** Estimates of a block sum set with its overdispersion correction. */
function wsView(w: WsBlocks): { blockRate: Float64Array; est: (from: number, to: number) => WsEstimate } {
  const B = w.blocks;
  const blockRate = new Float64Array(B);
  const blockErr = new Float64Array(B);
  for (let b = 0; b < B; b++) {
    const e = wsRange(w, b, b + 1);
    blockRate[b] = e.rate;
    blockErr[b] = e.stderr;
  }
  return { blockRate, est: (from, to) => deflate(wsRange(w, from, to), overdispersion(w, blockRate, blockErr, from, to)) };
}

/**
 * Weighted stego analysis of the whole file and of every start window. A low whole-file estimate that stands out is
 * checked again with a short predictor (WS_SHORT_ORDER taps), keeping the smaller z: replaced bits move both estimates alike
 * (each is unbiased for them), while the structured lowest bit of noise-free synthetic sound, which reads a few per cent
 * at z 6-7 over seconds of undithered synthetic speech, depends on the predictor and rarely moves both. The second
 * pass runs only then, so clean files pay nothing for it.
 */
export function ws(s: AudioSignal): WsResult | null {
  const w = wsBlocks(s);
  if (!w) return null;
  const B = w.blocks;
  const view = wsView(w);
  let whole = view.est(0, B);
  if (whole.z >= WS_RECHECK_Z && whole.rate < WS_RECHECK_RATE) {
    const short = wsBlocks(s, B, WS_SHORT_ORDER);
    if (short) {
      const other = wsView(short).est(0, B);
      if (other.z < whole.z) whole = other;
    }
  }
  let window: WsResult['window'] = null;
  // start windows only: sequential tools write from the first sample, while the decaying tail of a sound effect (a
  // signal hovering inside one LSB pair) is the one place where clean files gave WS a local bias
  for (let n = 1; n < B; n++) {
    const est = view.est(0, n);
    if (!window || est.z > window.z) window = { ...est, where: 'start', fraction: n / B, rest: view.est(n, B) };
  }
  const profile: number[] = [];
  for (let b = 0; b < B; b++) profile.push(Math.round(view.blockRate[b] * 100) / 100);
  return { whole, window, profile };
}
