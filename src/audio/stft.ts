/**
 * Short-time Fourier transform of the channel mix (fft.js), bounded: at most MAX_STFT_FRAMES frames, spread over
 * the whole decoded signal (the hop grows for long files, so the end of a file is always seen). Power is kept
 * linear (no per-cell logarithm): detectors compare ratios, the picture takes logarithms of a downsampled grid.
 */
import FFT from 'fft.js';
import type { AudioSignal } from './types.js';

export const MAX_STFT_FRAMES = 8192;

export interface Spectrogram {
  /** FFT size; bins = size / 2 (DC .. just below Nyquist). */
  size: number;
  bins: number;
  frames: number;
  /** Samples between frame starts. */
  hop: number;
  sampleRate: number;
  /** Linear power, frame-major: power[t * bins + f]. */
  power: Float32Array;
  /** Mean power per bin over all frames. */
  mean: Float64Array;
  /** Spectral flatness of the mean spectrum (geometric / arithmetic mean; 1 for white noise), DC excluded. */
  flatness: number;
  /** Hz per bin. */
  binHz: number;
}

/** FFT size for a sample rate: about 23 ms, a power of two between 256 and 2048. */
export function fftSizeFor(rate: number): number {
  let n = 256;
  while (n < 2048 && n / rate < 0.0215) n *= 2;
  return n;
}

const HANN = new Map<number, Float32Array>();
function hann(n: number): Float32Array {
  let w = HANN.get(n);
  if (!w) {
    w = new Float32Array(n);
    for (let i = 0; i < n; i++) w[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n);
    HANN.set(n, w);
  }
  return w;
}

/** One FFT object and its buffers per size, reused by every spectrogram (building fft.js's tables is not free). */
const TRANSFORMS = new Map<number, { fft: FFT; input: Float64Array; out: number[] }>();
function transformFor(size: number): { fft: FFT; input: Float64Array; out: number[] } {
  let t = TRANSFORMS.get(size);
  if (!t) {
    const fft = new FFT(size);
    t = { fft, input: new Float64Array(size), out: fft.createComplexArray() as number[] };
    TRANSFORMS.set(size, t);
  }
  return t;
}

/**
 * `minHop` (default: the FFT size, frames side by side) lets a caller ask for overlapping frames, e.g. size / 2 for
 * twice the time resolution; the frame cap still holds, so a long file gets a larger hop.
 * `coarser`: a spectrogram of the same signal and FFT size whose hop is exactly twice this one's; its frames are this
 * one's even frames, copied instead of computed again (their power is identical; the mean over bins, which no caller
 * of such a finer spectrogram reads, then sums the stored single-precision values on those rows).
 */
export function computeSpectrogram(s: AudioSignal, size = fftSizeFor(s.sampleRate), maxFrames = MAX_STFT_FRAMES, minHop = size, coarser?: Spectrogram): Spectrogram | null {
  const x = s.mono;
  if (x.length < size) return null;
  const step = Math.max(1, Math.min(size, Math.floor(minHop)));
  const possible = Math.floor((x.length - size) / step) + 1;
  const frames = Math.min(possible, maxFrames);
  const hop = frames > 1 ? Math.max(step, Math.floor((x.length - size) / (frames - 1))) : step;
  const bins = size / 2;
  const { fft, input, out } = transformFor(size);
  const w = hann(size);
  const power = new Float32Array(frames * bins);
  const mean = new Float64Array(bins);
  // amplitude normalisation: a full-scale sine gives power ~1 in its bin
  const norm = 4 / (size * size);
  const reuse = coarser && coarser.size === size && coarser.bins === bins && coarser.hop === 2 * hop && coarser.power.length >= Math.ceil(frames / 2) * bins ? coarser.power : null;
  for (let t = 0; t < frames; t++) {
    if (reuse && (t & 1) === 0) {
      const row = t * bins;
      const from = (t >> 1) * bins;
      for (let f = 0; f < bins; f++) {
        const p = reuse[from + f];
        power[row + f] = p;
        mean[f] += p;
      }
      continue;
    }
    x.readWindowed(input, t * hop, w);
    fft.realTransform(out, input);
    const row = t * bins;
    for (let f = 0; f < bins; f++) {
      const re = out[2 * f];
      const im = out[2 * f + 1];
      const p = (re * re + im * im) * norm;
      power[row + f] = p;
      mean[f] += p;
    }
  }
  let logSum = 0;
  let sum = 0;
  for (let f = 1; f < bins; f++) {
    mean[f] /= frames;
    logSum += Math.log(mean[f] + 1e-30);
    sum += mean[f];
  }
  mean[0] /= frames;
  const m = bins - 1;
  const flatness = sum > 0 ? Math.exp(logSum / m) / (sum / m) : 0;
  return { size, bins, frames, hop, sampleRate: s.sampleRate, power, mean, flatness, binHz: s.sampleRate / size };
}

/**
 * The k-th smallest of a[lo..hi] (inclusive), k in lo..hi: quickselect with a Hoare partition (reorders that range;
 * afterwards nothing before k is larger and nothing after it smaller, so a larger k can be selected next in [k, hi]).
 * The same value a full sort would put at k. A range that keeps partitioning badly (crafted values) is sorted instead,
 * so the worst case stays O(n log n).
 */
export function selectK(a: Float32Array, lo: number, hi: number, k: number): number {
  let rounds = 0;
  while (lo < hi) {
    if (++rounds > 48) {
      a.subarray(lo, hi + 1).sort();
      return a[k];
    }
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const x = a[i];
        a[i] = a[j];
        a[j] = x;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k];
}

/**
 * Per-bin quantiles of the power over (a sample of) the frames, several from one pass over each bin's column (e.g. a
 * noise floor and a top level): one array per entry of `qs`, each q in 0..1. The sampled frames are gathered row by row
 * into one column-major block (the frame-major grid read a column at a time misses the cache on every cell), and each
 * column is selected, not sorted.
 */
export function binQuantiles(sp: Spectrogram, qs: readonly number[], sample = 256): Float32Array[] {
  const { bins, frames, power } = sp;
  const n = Math.min(frames, sample);
  const step = frames / n;
  const cols = new Float32Array(bins * n);
  for (let k = 0; k < n; k++) {
    const row = Math.floor(k * step) * bins;
    for (let f = 0, c = k; f < bins; f++, c += n) cols[c] = power[row + f];
  }
  const outs = qs.map(() => new Float32Array(bins));
  const at = qs.map((q) => Math.min(n - 1, Math.floor(q * n)));
  // ranks in ascending order, so each selection narrows the next one's range
  const order = at.map((_, j) => j).sort((x, y) => at[x] - at[y]);
  for (let f = 0; f < bins; f++) {
    const col = cols.subarray(f * n, f * n + n);
    let lo = 0;
    for (const j of order) {
      outs[j][f] = selectK(col, lo, n - 1, at[j]);
      lo = at[j];
    }
  }
  return outs;
}

/** powerQuantile results per spectrogram (the glyph search and the picture both ask for the 99.9th percentile). */
const QUANTILES = new WeakMap<Spectrogram, Map<string, number>>();

/** The value at quantile q (0..1) of the power grid, estimated on at most `sample` cells. */
export function powerQuantile(sp: Spectrogram, q: number, sample = 65536): number {
  let memo = QUANTILES.get(sp);
  if (!memo) QUANTILES.set(sp, (memo = new Map()));
  const key = `${q}/${sample}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const N = sp.power.length;
  const n = Math.min(N, sample);
  const a = new Float32Array(n);
  const step = N / n;
  for (let k = 0; k < n; k++) a[k] = sp.power[Math.floor(k * step)];
  const v = selectK(a, 0, n - 1, Math.min(n - 1, Math.floor(q * n)));
  memo.set(key, v);
  return v;
}
