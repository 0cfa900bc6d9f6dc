/**
 * Byte entropy judged against what is normal for the format. Compressed media (MP3, Ogg, FLAC, PNG, JPEG) and
 * archives are dense by nature and are not judged here. PCM audio and uncompressed images are not: their bytes carry
 * structure (the high byte of a 16-bit sample clusters near zero), so a whole file, or a stretch of it, that is as flat
 * as encrypted data is not a recording.
 */
import type { ScanFile } from '../types.js';
import type { Analyzer } from './types.js';
import { defineRules } from './types.js';
import { countBytes, rememberCounts } from '../audio/stats.js';

export const ENTROPY_RULES = defineRules({
  high: {
    id: 'entropy.high',
    category: 'entropy',
    weight: 3,
    description: 'A file of a format that is not compressed (PCM WAV, BMP) whose bytes are as uniform as encrypted or compressed data.',
  },
  window: {
    id: 'entropy.window',
    category: 'entropy',
    weight: 2,
    description: 'A stretch of a PCM WAV or BMP whose entropy jumps to that of encrypted data while the rest of the file is ordinary.',
  },
  blob: {
    id: 'entropy.opaque-blob',
    category: 'entropy',
    weight: 1,
    description: 'A file of no recognisable format that is indistinguishable from random bytes (encrypted or compressed with an unknown method).',
  },
});

const LOG2 = new Float64Array(65537);
for (let i = 1; i < LOG2.length; i++) LOG2[i] = Math.log2(i);

/** Entropy in bits per byte of a histogram holding n bytes. */
function entropyOf(hist: Uint32Array, n: number): number {
  if (n <= 0) return 0;
  let sum = 0;
  for (let b = 0; b < 256; b++) {
    const c = hist[b];
    if (c) sum += c * (c < LOG2.length ? LOG2[c] : Math.log2(c));
  }
  return Math.max(0, Math.log2(n) - sum / n);
}

/** Shannon entropy in bits per byte of d[start, end). One pass, no allocation beyond the histogram. */
export function entropy(d: Uint8Array, start = 0, end = d.length, hist = new Uint32Array(256)): number {
  countBytes(d, start, end, hist);
  return entropyOf(hist, end - start);
}

const WINDOW = 4096;
/** Windows examined at most per file, spread over its whole length (a payload can sit at the end). */
const MAX_WINDOWS = 2048;
/** Uniform random data measures about 7.95 bits in a 4 KiB window (small-sample bias); real PCM stays well below. */
const RANDOM_WINDOW = 7.9;
const RANDOM_FILE = 7.97;

/**
 * Entropy of sampled 4 KiB windows and of the whole file. When every window is examined, the whole-file histogram is
 * the sum of the window histograms (one pass over the bytes instead of two).
 */
function measure(d: Uint8Array): { whole: number; wins: Float64Array; step: number } {
  const count = Math.floor(d.length / WINDOW);
  const step = count > MAX_WINDOWS ? count / MAX_WINDOWS : 1;
  const n = Math.min(count, MAX_WINDOWS);
  const wins = new Float64Array(n);
  const hist = new Uint32Array(256);
  const total = new Uint32Array(256);
  for (let k = 0; k < n; k++) {
    const start = Math.floor(k * step) * WINDOW;
    wins[k] = entropy(d, start, start + WINDOW, hist);
    if (step === 1) for (let b = 0; b < 256; b++) total[b] += hist[b];
  }
  if (step !== 1) return { whole: entropy(d), wins, step };
  for (let i = n * WINDOW; i < d.length; i++) total[d[i]]++;
  rememberCounts(d, total);
  return { whole: entropyOf(total, d.length), wins, step };
}

function median(a: Float64Array): number {
  const s = Float64Array.from(a).sort();
  return s.length ? s[s.length >> 1] : 0;
}

/** Formats whose bytes are not compressed, so that flat entropy means something. */
const STRUCTURED = new Set(['wav', 'aiff', 'au', 'bmp']);

function analyze(file: ScanFile, ctx: Parameters<Analyzer['analyze']>[1]): void {
  const d = file.data;
  if (STRUCTURED.has(file.type.format)) {
    if (d.length < 2 * WINDOW) return;
    const { whole, wins, step } = measure(d);
    const med = median(wins);
    if (whole >= RANDOM_FILE || med >= RANDOM_WINDOW) {
      ctx.report(ENTROPY_RULES.high, {
        message: `${file.type.format} file with ${whole.toFixed(3)} bits/byte: as flat as encrypted or compressed data`,
        strength: whole >= 7.99 ? 1 : 0.7,
        evidence: { entropy: round(whole), medianWindow: round(med), windows: wins.length },
      });
      return;
    }
    // A stretch of random bytes inside otherwise ordinary audio or pixels.
    let hot = 0;
    let first = -1;
    for (let k = 0; k < wins.length; k++) {
      if (wins[k] >= RANDOM_WINDOW) {
        hot++;
        if (first < 0) first = k;
      }
    }
    if (hot > 0 && med < 7.0) {
      ctx.report(ENTROPY_RULES.window, {
        message: `${hot} of ${wins.length} windows look random (≥ ${RANDOM_WINDOW} bits/byte) while the median window has ${med.toFixed(2)}`,
        strength: hot >= 2 ? 1 : 0.5,
        offset: Math.floor(first * step) * WINDOW,
        evidence: { hotWindows: hot, windows: wins.length, medianWindow: round(med), windowSize: WINDOW },
      });
    }
    return;
  }
  if ((file.type.kind === 'unknown' || file.type.kind === 'data') && d.length >= 64 * 1024) {
    const whole = entropy(d);
    if (whole >= 7.995) {
      ctx.report(ENTROPY_RULES.blob, {
        message: `${d.length} bytes of no known format at ${whole.toFixed(4)} bits/byte (random-looking)`,
        evidence: { entropy: round(whole) },
      });
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export const entropyAnalyzer: Analyzer = {
  name: 'entropy',
  description: 'Byte entropy of uncompressed media and unknown blobs, against per-format baselines.',
  rules: Object.values(ENTROPY_RULES),
  applies: (f) => f.data.length > 0 && (STRUCTURED.has(f.type.format) || f.type.kind === 'unknown' || f.type.kind === 'data'),
  analyze,
};
