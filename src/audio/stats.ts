/**
 * "This is not audio": statistics that tell sample data made of text or of encrypted/compressed bytes from any
 * recording. Recordings are correlated from one sample to the next, their byte histogram is far from flat (the high
 * byte of a sample clusters near zero), their amplitude distribution is peaked (kurtosis 3 or more), and their
 * spectrum is far from flat. Random bytes are none of these; printable text is a narrow band of byte values.
 *
 * Every function is one pass over typed arrays, allocation-free in its loops.
 */
import type { AudioSignal } from './types.js';

/** Bytes per window of the text scan. */
export const TEXT_WINDOW = 1024;

function isTextByte(c: number): boolean {
  return (c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09;
}

export interface ByteRegion {
  offset: number;
  length: number;
}

/**
 * Runs of whole windows of printable ASCII in `raw` (the interleaved sample bytes), at most `max` regions. A window
 * is text when every byte is printable: PCM of any loudness has non-printable bytes in every kilobyte.
 */
export function textRegions(raw: Uint8Array, max = 64): ByteRegion[] {
  const out: ByteRegion[] = [];
  const n = Math.floor(raw.length / TEXT_WINDOW);
  let start = -1;
  for (let w = 0; w <= n; w++) {
    let text = false;
    if (w < n) {
      text = true;
      const a = w * TEXT_WINDOW;
      const b = a + TEXT_WINDOW;
      for (let i = a; i < b; i++) {
        if (!isTextByte(raw[i])) {
          text = false;
          break;
        }
      }
    }
    if (text && start < 0) start = w;
    if (!text && start >= 0) {
      // extend the run over the text bytes around it (a run rarely starts on a window boundary)
      let a = start * TEXT_WINDOW;
      let b = w * TEXT_WINDOW;
      while (a > 0 && isTextByte(raw[a - 1])) a--;
      while (b < raw.length && isTextByte(raw[b])) b++;
      out.push({ offset: a, length: b - a });
      start = -1;
      if (out.length >= max) break;
    }
  }
  return out;
}

/**
 * Whether one channel of interleaved samples holds `window` consecutive printable bytes on a window boundary (any
 * printable run of twice that length does), read in place: the sound of the other channels makes nearly every window
 * fail on its first bytes, so a channel without text costs a few reads per window instead of a copy.
 */
export function channelHasText(raw: Uint8Array, bytesPerSample: number, channels: number, channel: number, maxBytes: number, window: number): boolean {
  const stride = bytesPerSample * channels;
  const frames = Math.min(Math.floor(raw.length / stride), Math.floor(maxBytes / bytesPerSample));
  const total = frames * bytesPerSample;
  for (let a = 0; a + window <= total; a += window) {
    let text = true;
    for (let k = a; k < a + window; k++) {
      const f = Math.floor(k / bytesPerSample);
      if (!isTextByte(raw[f * stride + channel * bytesPerSample + (k - f * bytesPerSample)])) {
        text = false;
        break;
      }
    }
    if (text) return true;
  }
  return false;
}

/**
 * The bytes of one channel of interleaved samples (every byte of each of its samples), for text hidden in one
 * channel while the others play sound. At most `maxBytes`.
 */
export function channelBytes(raw: Uint8Array, bytesPerSample: number, channels: number, channel: number, maxBytes: number): Uint8Array {
  const stride = bytesPerSample * channels;
  const frames = Math.min(Math.floor(raw.length / stride), Math.floor(maxBytes / bytesPerSample));
  const out = new Uint8Array(frames * bytesPerSample);
  let o = 0;
  for (let f = 0; f < frames; f++) {
    const p = f * stride + channel * bytesPerSample;
    for (let k = 0; k < bytesPerSample; k++) out[o++] = raw[p + k];
  }
  return out;
}

/** Four interleaved histograms, folded into one afterwards (scratch for `countBytes`). */
const QUAD = new Uint32Array(1024);

/**
 * Byte histogram of d[start, end) into `hist` (cleared first). Counted into four histograms in turn: runs of one byte
 * value (the high bytes of quiet PCM) would otherwise make every increment wait for the previous one to the same cell.
 * Aligned bytes are read four at a time, one 32-bit load for four counts (which byte of the word lands in which of the
 * four tables does not matter: they are summed).
 */
export function countBytes(d: Uint8Array, start: number, end: number, hist: Uint32Array): void {
  QUAD.fill(0);
  let i = start;
  const base = d.byteOffset;
  while (i < end && (base + i) & 3) QUAD[d[i++]]++;
  const n = (end - i) >> 2;
  if (n > 0) {
    const w = new Uint32Array(d.buffer, base + i, n);
    for (let k = 0; k < n; k++) {
      const v = w[k];
      QUAD[v & 255]++;
      QUAD[256 + ((v >>> 8) & 255)]++;
      QUAD[512 + ((v >>> 16) & 255)]++;
      QUAD[768 + (v >>> 24)]++;
    }
    i += n * 4;
  }
  for (; i < end; i++) QUAD[d[i]]++;
  for (let b = 0; b < 256; b++) hist[b] = QUAD[b] + QUAD[256 + b] + QUAD[512 + b] + QUAD[768 + b];
}

/**
 * The byte histogram of one view counted by a pass over a whole file, remembered by its buffer (one per buffer, per
 * thread; dropped with the file's bytes): a later histogram of a part of that view (the sample data of a WAV file,
 * whose bytes the file's entropy pass has just counted) is the remembered one minus the few bytes outside the part.
 */
const COUNTED = new WeakMap<ArrayBufferLike, { offset: number; length: number; hist: Uint32Array }>();

export function rememberCounts(d: Uint8Array, hist: Uint32Array): void {
  COUNTED.set(d.buffer, { offset: d.byteOffset, length: d.length, hist: hist.slice() });
}

/** Byte histogram of all of d into `hist`: from remembered counts when they cover d and little else, else counted. */
export function countAll(d: Uint8Array, hist: Uint32Array): void {
  const c = COUNTED.get(d.buffer);
  const before = c ? d.byteOffset - c.offset : -1;
  const after = c ? c.offset + c.length - (d.byteOffset + d.length) : -1;
  if (!c || before < 0 || after < 0 || before + after > d.length) {
    countBytes(d, 0, d.length, hist);
    return;
  }
  const whole = new Uint8Array(d.buffer, c.offset, c.length);
  const out = new Uint32Array(256);
  countBytes(whole, 0, before, out);
  for (let b = 0; b < 256; b++) hist[b] = c.hist[b] - out[b];
  countBytes(whole, c.length - after, c.length, out);
  for (let b = 0; b < 256; b++) hist[b] -= out[b];
}

/** Shannon entropy (bits/byte) of bytes sampled over the whole buffer: up to `budget` bytes in 64 KiB pieces. */
export function byteEntropy(d: Uint8Array, budget = 4 * 1024 * 1024): number {
  const hist = new Uint32Array(256);
  const part = new Uint32Array(256);
  let n = 0;
  const piece = 65536;
  if (d.length <= budget) {
    countAll(d, hist);
    n = d.length;
  } else {
    const pieces = Math.floor(budget / piece);
    const step = (d.length - piece) / Math.max(1, pieces - 1);
    for (let k = 0; k < pieces; k++) {
      const a = Math.floor(k * step);
      countBytes(d, a, a + piece, part);
      for (let b = 0; b < 256; b++) hist[b] += part[b];
      n += piece;
    }
  }
  let e = 0;
  for (let b = 0; b < 256; b++) if (hist[b]) e -= (hist[b] / n) * Math.log2(hist[b] / n);
  return e;
}

export interface SampleStats {
  /** Samples measured (all channels). */
  count: number;
  /** Largest |autocorrelation| at lags 1..4 (per channel, the worst channel): ~0 for white noise, high for sound. */
  maxAbsCorr: number;
  lag1: number;
  /** Fourth standardised moment: 1.8 for a uniform distribution, 3 for Gaussian noise, more for music and speech. */
  kurtosis: number;
  /** Mean / standard deviation of the samples (DC offset relative to the spread). */
  dcRatio: number;
  /** Fraction of samples above half of full scale in magnitude (0.5 for uniform full-scale values). */
  loudFraction: number;
  /** Distinct sample values seen (capped at 65536). */
  distinct: number;
}

/** Moments and short-lag correlation of integer samples (channel by channel, pooled), over at most `maxFrames`. */
export function sampleStats(s: AudioSignal, maxFrames = 1_000_000): SampleStats | null {
  const x = s.ints;
  if (!x) return null;
  const C = s.channels;
  const F = Math.min(s.frames, maxFrames);
  if (F < 64) return null;
  const full = 2 ** (s.bits - 1);
  let worst = 0;
  let lag1Worst = 0;
  let m2t = 0;
  let m4t = 0;
  let mt = 0;
  let loud = 0;
  const seen = new Uint8Array(65536);
  let distinct = 0;
  const shift = Math.max(0, s.bits - 16);
  for (let c = 0; c < C; c++) {
    let sum = 0;
    for (let f = 0; f < F; f++) sum += x[f * C + c];
    const mean = sum / F;
    let m2 = 0;
    let m4 = 0;
    const r = [0, 0, 0, 0];
    for (let f = 0; f < F; f++) {
      const v = x[f * C + c];
      const dv = v - mean;
      const d2 = dv * dv;
      m2 += d2;
      m4 += d2 * d2;
      if (f >= 1) r[0] += dv * (x[(f - 1) * C + c] - mean);
      if (f >= 2) r[1] += dv * (x[(f - 2) * C + c] - mean);
      if (f >= 3) r[2] += dv * (x[(f - 3) * C + c] - mean);
      if (f >= 4) r[3] += dv * (x[(f - 4) * C + c] - mean);
      if (v > full / 2 || v < -full / 2) loud++;
      const key = ((v >> shift) + 32768) & 0xffff;
      if (!seen[key]) {
        seen[key] = 1;
        distinct++;
      }
    }
    if (m2 > 0) {
      for (let k = 0; k < 4; k++) worst = Math.max(worst, Math.abs(r[k] / m2));
      if (Math.abs(r[0] / m2) >= Math.abs(lag1Worst)) lag1Worst = r[0] / m2;
    } else worst = Math.max(worst, 1); // constant: as correlated as it gets
    m2t += m2 / F;
    m4t += m4 / F;
    mt += Math.abs(mean);
  }
  const m2 = m2t / C;
  const m4 = m4t / C;
  return {
    count: F * C,
    maxAbsCorr: worst,
    lag1: lag1Worst,
    kurtosis: m2 > 0 ? m4 / (m2 * m2) : 0,
    dcRatio: m2 > 0 ? mt / C / Math.sqrt(m2) : 0,
    loudFraction: loud / (F * C),
    distinct,
  };
}

/** Float samples that no recording produces: NaN, infinities, magnitudes beyond 8 (random bytes read as floats). */
export function floatGarbage(raw: Uint8Array, bytesPerSample: number, bigEndian: boolean, maxSamples = 4_000_000): { bad: number; count: number } {
  const n = Math.min(Math.floor(raw.length / bytesPerSample), maxSamples);
  const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const v = bytesPerSample === 8 ? dv.getFloat64(i * 8, !bigEndian) : dv.getFloat32(i * 4, !bigEndian);
    if (!(v >= -8 && v <= 8)) bad++;
  }
  return { bad, count: n };
}

export interface RandomWindow {
  /** First frame of the run of random-looking windows, and its length in frames. */
  frame: number;
  frames: number;
}

/**
 * Runs of windows (8192 frames, first channel) whose samples look like random bytes: no lag-1 correlation, a flat
 * distribution (kurtosis near 1.8) spread over most of full scale. At most 16 runs; each must span 4+ windows.
 */
export function randomWindows(s: AudioSignal, win = 8192): { runs: RandomWindow[]; windows: number; random: number } {
  const x = s.ints;
  const runs: RandomWindow[] = [];
  if (!x) return { runs, windows: 0, random: 0 };
  const C = s.channels;
  const W = Math.floor(s.frames / win);
  const full = 2 ** (s.bits - 1);
  let start = -1;
  let random = 0;
  for (let w = 0; w <= W; w++) {
    let isRandom = false;
    if (w < W) {
      const a = w * win;
      // random bytes put over a third of the samples beyond half of full scale from the mean; sound rarely puts any
      // there. A sixteenth of the window tells (a third of them would have to hide from 512 draws), and spares the
      // full pass
      let m = 0;
      for (let f = a; f < a + win; f += 16) m += x[f * C];
      m /= win / 16;
      let loudSeen = 0;
      for (let f = a; f < a + win; f += 16) if (Math.abs(x[f * C] - m) > full / 2) loudSeen++;
      if (loudSeen < (win / 16) * 0.2) {
        if (start >= 0) {
          if (w - start >= 4 && runs.length < 16) runs.push({ frame: start * win, frames: (w - start) * win });
          start = -1;
        }
        continue;
      }
      let sum = 0;
      for (let f = a; f < a + win; f++) sum += x[f * C];
      const mean = sum / win;
      let m2 = 0;
      let m4 = 0;
      let r1 = 0;
      let prev = x[a * C] - mean;
      let loud = 0;
      for (let f = a; f < a + win; f++) {
        const dv = x[f * C] - mean;
        const d2 = dv * dv;
        m2 += d2;
        m4 += d2 * d2;
        r1 += dv * prev;
        prev = dv;
        if (dv > full / 2 || dv < -full / 2) loud++;
      }
      r1 -= (x[a * C] - mean) ** 2; // the first term paired the sample with itself
      if (m2 > 0) {
        const k = (m4 / win) / (m2 / win) ** 2;
        isRandom = Math.abs(r1 / m2) < 0.06 && k > 1.6 && k < 2.05 && loud / win > 0.35;
      }
    }
    if (isRandom) {
      random++;
      if (start < 0) start = w;
    } else if (start >= 0) {
      if (w - start >= 4 && runs.length < 16) runs.push({ frame: start * win, frames: (w - start) * win });
      start = -1;
    }
  }
  return { runs, windows: W, random };
}
