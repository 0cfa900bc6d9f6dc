/**
 * Binary FSK demodulation with asynchronous 8N1 framing, as minimodem and classic modems send it: Bell 103 (300 bps,
 * 1270/1070 Hz), Bell 202 (1200 bps, 1200/2200 Hz), V.21, V.23, and minimodem's "Bell 202 style" tones for other
 * rates (mark = rate/2 + 600, space = mark + 5/6 rate above 400 bps; 1270/1070 Hz from 100 bps; 1585/1415 Hz below).
 *
 * A profile is demodulated only when the long-term spectrum says its two tones carry most of the energy of some
 * stretch of the file (cheap pre-screen on the spectrogram), and then on at most MAX_DEMOD_SECONDS. Tone energy is
 * measured by sliding one-bit correlators (running complex sums, O(1) per sample); bits are read at the centre of
 * each bit after a mark-to-space start edge; a frame counts when its stop bit is mark. Random sound gives framing
 * errors half of the time and little mark/space contrast; real FSK gives neither.
 */
import type { Spectrogram } from './stft.js';
import { monoSlice, type MonoSource } from './types.js';

export interface FskProfile {
  name: string;
  mark: number;
  space: number;
  baud: number;
}

function minimodemStyle(baud: number): FskProfile {
  if (baud >= 400) {
    const mark = baud / 2 + 600;
    return { name: `Bell 202 style ${baud} bps`, mark, space: mark + (baud * 5) / 6, baud };
  }
  if (baud >= 100) return { name: baud === 300 ? 'Bell 103' : `Bell 103 style ${baud} bps`, mark: 1270, space: 1070, baud };
  return { name: `${baud} bps FSK`, mark: 1585, space: 1415, baud };
}

export const PROFILES: FskProfile[] = [
  { name: 'Bell 202', mark: 1200, space: 2200, baud: 1200 },
  minimodemStyle(300),
  { name: 'Bell 103 answer', mark: 2225, space: 2025, baud: 300 },
  { name: 'V.21 originate', mark: 980, space: 1180, baud: 300 },
  { name: 'V.21 answer', mark: 1650, space: 1850, baud: 300 },
  { name: 'V.23', mark: 1300, space: 2100, baud: 1200 },
  minimodemStyle(600),
  minimodemStyle(2400),
  minimodemStyle(4800),
  minimodemStyle(150),
  minimodemStyle(110),
  minimodemStyle(100),
  minimodemStyle(50),
  minimodemStyle(45.45),
];

export const MAX_DEMOD_SECONDS = 30;
/** Decoded bytes kept at most. */
const MAX_BYTES = 64 * 1024;

export interface FskResult {
  profile: FskProfile;
  bytes: Uint8Array;
  frames: number;
  framingErrors: number;
  /** Mean |mark − space| / (mark + space) at the bit centres of good frames (1 = clean tones). */
  contrast: number;
  /** First sample of the first good frame (in the demodulated signal). */
  firstSample: number;
  /** Longest run of frames that follow each other without a gap (a modem sends bytes back to back). */
  longestRun: number;
  /** Share of the pre-screened stretch's power in the profile's band. */
  bandShare: number;
}

/** Per-frame power in 64 coarse bands and in total, computed once for every profile's screen. */
interface Coarse {
  bands: number;
  width: number;
  power: Float64Array;
  total: Float64Array;
}

/**
 * The coarse grid's memory, kept from call to call: findFsk is synchronous and drops the grid before it returns, so
 * one buffer serves every call in the thread (a fresh one per file was half a megabyte of garbage). Every cell read is
 * written first.
 */
let coarseMemory = new Float64Array(0);

function coarse(sp: Spectrogram): Coarse {
  const bands = 64;
  const width = Math.max(1, Math.ceil(sp.bins / bands));
  const cells = sp.frames * bands + sp.frames;
  if (coarseMemory.length < cells) coarseMemory = new Float64Array(cells);
  const power = coarseMemory.subarray(0, sp.frames * bands).fill(0);
  const total = coarseMemory.subarray(sp.frames * bands, cells);
  const { bins } = sp;
  for (let t = 0; t < sp.frames; t++) {
    const row = t * bins;
    let tot = 0;
    // band by band over its bins (bin 0 left out), in the order of the bins: the same sums as bin by bin
    for (let b = 0, f = 1; b < bands && f < bins; b++) {
      const end = Math.min(bins, (b + 1) * width);
      let acc = 0;
      for (; f < end; f++) {
        const v = sp.power[row + f];
        tot += v;
        acc += v;
      }
      power[t * bands + b] = acc;
    }
    total[t] = tot;
  }
  return { bands, width, power, total };
}

/**
 * Frames (spectrogram frames) where the two tones of the profile hold most of the power. Returns the frame range
 * [first, last] of such frames and their share of power, or null.
 */
function screen(sp: Spectrogram, cs: Coarse, p: FskProfile): { first: number; last: number; share: number; count: number } | null {
  const lo = Math.min(p.mark, p.space);
  const hi = Math.max(p.mark, p.space);
  const nyq = sp.sampleRate / 2;
  if (hi + p.baud / 4 >= nyq * 0.95) return null;
  const margin = Math.max(60, p.baud * 0.6);
  // coarse bands that overlap the profile's band (a little wider than the exact band: it is a screen)
  const b0 = Math.max(0, Math.floor(Math.max(1, (lo - margin) / sp.binHz) / cs.width));
  const b1 = Math.min(cs.bands - 1, Math.floor(Math.min(sp.bins - 1, (hi + margin) / sp.binHz) / cs.width));
  const mk = Math.round(p.mark / sp.binHz);
  const sk = Math.round(p.space / sp.binHz);
  // the longest run of passing frames (a transmission is contiguous; one failing frame inside it is tolerated)
  let best = { first: -1, last: -1, count: 0, shareSum: 0 };
  let cur = { first: -1, last: -1, count: 0, shareSum: 0 };
  let misses = 0;
  for (let t = 0; t < sp.frames; t++) {
    const total = cs.total[t];
    let pass = false;
    let share = 0;
    if (total > 1e-10) {
      let band = 0;
      for (let b = b0; b <= b1; b++) band += cs.power[t * cs.bands + b];
      share = band / total;
      if (share >= 0.6) {
        // the tones themselves must stand out within the band (not a broadband sound that happens to cover it)
        const row = t * sp.bins;
        let tones = 0;
        const w = Math.max(1, Math.round(p.baud / 4 / sp.binHz));
        for (const k of [mk, sk]) for (let f = Math.max(1, k - w); f <= Math.min(sp.bins - 1, k + w); f++) tones += sp.power[row + f];
        pass = tones >= band * 0.2;
      }
    }
    if (pass) {
      if (cur.count === 0) cur.first = t;
      cur.last = t;
      cur.count++;
      cur.shareSum += share;
      misses = 0;
    } else if (cur.count > 0 && ++misses > 1) {
      if (cur.count > best.count) best = cur;
      cur = { first: -1, last: -1, count: 0, shareSum: 0 };
      misses = 0;
    }
  }
  if (cur.count > best.count) best = cur;
  if (best.count < 3) return null;
  return { first: best.first, last: best.last, share: best.shareSum / best.count, count: best.count };
}

/** Sliding one-bit correlator power of tone `freq` over x, ending at each sample. */
function tonePower(x: Float32Array, rate: number, freq: number, L: number, out: Float32Array): void {
  const w = (2 * Math.PI * freq) / rate;
  const n = x.length;
  let re = 0;
  let im = 0;
  // rotate with a recurrence, renormalised every block, instead of cos/sin per sample
  let c = 1;
  let s = 0;
  const cw = Math.cos(w);
  const sw = Math.sin(w);
  const cosT = new Float32Array(n);
  const sinT = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    cosT[i] = c;
    sinT[i] = s;
    const c2 = c * cw - s * sw;
    s = s * cw + c * sw;
    c = c2;
    if ((i & 1023) === 1023) {
      const m = 1 / Math.sqrt(c * c + s * s);
      c *= m;
      s *= m;
    }
  }
  for (let i = 0; i < n; i++) {
    re += x[i] * cosT[i];
    im -= x[i] * sinT[i];
    if (i >= L) {
      re -= x[i - L] * cosT[i - L];
      im += x[i - L] * sinT[i - L];
    }
    out[i] = re * re + im * im;
  }
}

/** Demodulate one profile over x (already cut to the stretch to read). */
export function demodulate(x: Float32Array, rate: number, p: FskProfile): Omit<FskResult, 'bandShare'> {
  const Lf = rate / p.baud;
  const L = Math.max(2, Math.round(Lf));
  const n = x.length;
  const m = new Float32Array(n);
  const sp = new Float32Array(n);
  tonePower(x, rate, p.mark, L, m);
  tonePower(x, rate, p.space, L, sp);
  // decision: >0 mark, <0 space
  const dec = (i: number): number => {
    const a = m[i];
    const b = sp[i];
    const t = a + b;
    return t > 0 ? (a - b) / t : 0;
  };
  // ignore silence: a level threshold from the loudest correlator output
  let peak = 0;
  for (let i = 0; i < n; i += 7) peak = Math.max(peak, m[i], sp[i]);
  const quiet = peak * 1e-3;
  const bytes = new Uint8Array(MAX_BYTES);
  let nb = 0;
  let frames = 0;
  let errors = 0;
  let contrastSum = 0;
  let contrastN = 0;
  let firstSample = -1;
  let run = 0;
  let longestRun = 0;
  let lastEnd = -Infinity;
  let i = L;
  let prevMark = true;
  while (i < n - 10 * L && nb < MAX_BYTES) {
    const level = m[i] + sp[i];
    const d = level > quiet ? dec(i) : 1;
    const isMark = d >= 0;
    if (prevMark && !isMark) {
      // the correlator is half into the start bit: the bit began L/2 ago
      const start = i - (L >> 1);
      const at = (j: number): number => Math.min(n - 1, start + Math.round((j + 1) * Lf) - 1);
      const b0 = dec(at(0));
      const stop = dec(at(9));
      if (b0 < 0 && stop > 0 && m[at(9)] + sp[at(9)] > quiet) {
        let byte = 0;
        let c = Math.abs(b0) + Math.abs(stop);
        for (let j = 0; j < 8; j++) {
          const v = dec(at(j + 1));
          if (v > 0) byte |= 1 << j;
          c += Math.abs(v);
        }
        bytes[nb++] = byte;
        frames++;
        contrastSum += c / 10;
        contrastN++;
        if (firstSample < 0) firstSample = start;
        run = start - lastEnd <= 1.5 * L ? run + 1 : 1;
        if (run > longestRun) longestRun = run;
        lastEnd = start + 10 * Lf;
        // the next start bit can follow the stop bit at once
        i = start + Math.round(10 * Lf) - (L >> 1);
        prevMark = true;
        continue;
      }
      if (b0 < 0) errors++;
      i = start + L;
      prevMark = false;
      continue;
    }
    prevMark = isMark;
    i++;
  }
  return { profile: p, bytes: bytes.slice(0, nb), frames, framingErrors: errors, contrast: contrastN ? contrastSum / contrastN : 0, firstSample, longestRun };
}

/** Decimate by an integer factor with a boxcar (the tones are far below the new Nyquist frequency). */
function decimate(x: Float32Array, factor: number): Float32Array {
  if (factor <= 1) return x;
  const n = Math.floor(x.length / factor);
  const out = new Float32Array(n);
  const inv = 1 / factor;
  for (let i = 0; i < n; i++) {
    let s = 0;
    const a = i * factor;
    for (let k = 0; k < factor; k++) s += x[a + k];
    out[i] = s * inv;
  }
  return out;
}

/**
 * Find and demodulate FSK. Returns the best profile's result when it frames cleanly (enough frames, few framing
 * errors, strong contrast), else null. `mono` is the channel mix the spectrogram was computed from.
 */
export function findFsk(mono: MonoSource, rate: number, sp: Spectrogram): FskResult | null {
  let best: FskResult | null = null;
  const cs = coarse(sp);
  for (const p of PROFILES) {
    const sc = screen(sp, cs, p);
    if (!sc) continue;
    const a = sc.first * sp.hop;
    const e = Math.min(mono.length, (sc.last + 1) * sp.hop + sp.size);
    const maxLen = Math.round(MAX_DEMOD_SECONDS * rate);
    const segStart = Math.max(0, a - Math.round(rate / p.baud) * 2);
    const seg = monoSlice(mono, segStart, Math.min(e, a + maxLen));
    const hi = Math.max(p.mark, p.space);
    const factor = Math.max(1, Math.floor(rate / Math.max(16000, hi * 4)));
    const r = demodulate(decimate(seg, factor), rate / factor, p);
    const total = r.frames + r.framingErrors;
    if (r.frames < 12 || r.framingErrors > total * 0.1 || r.contrast < 0.65 || r.longestRun < Math.max(8, r.frames * 0.5)) continue;
    const res: FskResult = { ...r, bandShare: sc.share, firstSample: segStart + r.firstSample * factor };
    if (!best || res.frames * res.contrast > best.frames * best.contrast) best = res;
  }
  return best;
}
