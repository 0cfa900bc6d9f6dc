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

/**
 * `minHop` (default: the FFT size, frames side by side) lets a caller ask for overlapping frames, e.g. size / 2 for
 * twice the time resolution; the frame cap still holds, so a long file gets a larger hop.
 */
export function computeSpectrogram(s: AudioSignal, size = fftSizeFor(s.sampleRate), maxFrames = MAX_STFT_FRAMES, minHop = size): Spectrogram | null {
  const x = s.mono;
  if (x.length < size) return null;
  const step = Math.max(1, Math.min(size, Math.floor(minHop)));
  const piece = new Float32Array(size);
  const possible = Math.floor((x.length - size) / step) + 1;
  const frames = Math.min(possible, maxFrames);
  const hop = frames > 1 ? Math.max(step, Math.floor((x.length - size) / (frames - 1))) : step;
  const bins = size / 2;
  const fft = new FFT(size);
  const input = new Float64Array(size);
  const out = fft.createComplexArray() as number[];
  const w = hann(size);
  const power = new Float32Array(frames * bins);
  const mean = new Float64Array(bins);
  // amplitude normalisation: a full-scale sine gives power ~1 in its bin
  const norm = 4 / (size * size);
  for (let t = 0; t < frames; t++) {
    x.read(piece, t * hop);
    for (let i = 0; i < size; i++) input[i] = piece[i] * w[i];
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
 * Per-bin quantiles of the power over (a sample of) the frames, several from one sort of each bin's column (e.g. a
 * noise floor and a top level): one array per entry of `qs`, each q in 0..1.
 */
export function binQuantiles(sp: Spectrogram, qs: readonly number[], sample = 256): Float32Array[] {
  const { bins, frames, power } = sp;
  const n = Math.min(frames, sample);
  const step = frames / n;
  const col = new Float32Array(n);
  const outs = qs.map(() => new Float32Array(bins));
  const at = qs.map((q) => Math.min(n - 1, Math.floor(q * n)));
  for (let f = 0; f < bins; f++) {
    for (let k = 0; k < n; k++) col[k] = power[Math.floor(k * step) * bins + f];
    col.sort();
    for (let j = 0; j < outs.length; j++) outs[j][f] = col[at[j]];
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
  a.sort();
  const v = a[Math.min(n - 1, Math.floor(q * n))];
  memo.set(key, v);
  return v;
}
