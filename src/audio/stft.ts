/**
 * Short-time Fourier transform of the channel mix (fft.js), bounded: at most MAX_STFT_FRAMES frames, spread over
 * the whole decoded signal (the hop grows for long files, so the end of a file is always seen). Power is kept
 * linear (no per-cell logarithm): detectors compare ratios, the picture takes logarithms of a downsampled grid.
 */
import FFT from 'fft.js';
import { kernels, type Kernels } from './kernels.js';
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
 * Largest power grid (cells) kept from call to call for scratch spectrograms: 8192 frames of 512 bins (44.1 kHz and
 * below), 4096 of 1024 (above); a larger one is allocated for the call.
 */
const SCRATCH_CELLS = 1 << 22;
let powerScratch = new Float32Array(0);

/**
 * Power grids lent to the per-file spectrograms (spectrogramOf) and handed back when the file's analysis has ended
 * (endAudioWork): the next file's grid reuses one instead of new memory. Megabytes of fresh ArrayBuffer per file count
 * towards V8's heap limits and were what set off most of a scan thread's full garbage collections. A grid is lent to
 * one borrower at a time (it is not the spare while lent) and every cell is written by computeSpectrogram, so a reused
 * grid holds the same values as a fresh one. A thread analyses one member at a time, so one spare grid (the largest
 * handed back, of at most SCRATCH_CELLS cells: 16 MB) is enough; files analysed at the same time on one thread get
 * fresh memory for the others.
 */
let spareGrid: ArrayBuffer | null = null;

/** A grid of `cells` power values: the spare one when it is large enough, else new memory. */
export function borrowGrid(cells: number): Float32Array {
  const buf = spareGrid;
  if (!buf || buf.byteLength < cells * 4) return new Float32Array(cells);
  spareGrid = null;
  return new Float32Array(buf, 0, cells);
}

/** Hand back a grid from borrowGrid: its borrower must not read it any more. The larger of it and the spare stays. */
export function returnGrid(grid: Float32Array): void {
  const buf = grid.buffer as ArrayBuffer;
  if (buf.byteLength > SCRATCH_CELLS * 4 || buf === powerScratch.buffer || buf === spareGrid) return;
  if (!spareGrid || buf.byteLength > spareGrid.byteLength) spareGrid = buf;
}

/** Spare grids held now (for tests). */
export function spareGridCount(): number {
  return spareGrid ? 1 : 0;
}

/**
 * `minHop` (default: the FFT size, frames side by side) lets a caller ask for overlapping frames, e.g. size / 2 for
 * twice the time resolution; the frame cap still holds, so a long file gets a larger hop.
 * `coarser`: a spectrogram of the same signal and FFT size whose hop is exactly twice this one's; its frames are this
 * one's even frames, copied instead of computed again (their power is identical; the mean over bins, which no caller
 * of such a finer spectrogram reads, then sums the stored single-precision values on those rows).
 * `scratch`: for a spectrogram searched and then dropped, its power grid is a buffer shared by every scratch
 * spectrogram, overwritten by the next one (keepSpectrogram copies it out). Every cell of the grid is written, so the
 * values are those of a fresh grid; what it saves is the fresh memory (megabytes of page faults and garbage collection
 * per call).
 * `grid`: where the power grid comes from when it is neither scratch nor fresh memory (spectrogramOf lends one with
 * borrowGrid, handed back when the file's analysis ends).
 * `k`: the frames are transformed by the WebAssembly kernel, two at a time (about twice as fast as fft.js), unless it
 * is null (then fft.js). The two are different FFT algorithms: their powers agree to within a few units in the last
 * place of a double, so the stored single-precision grid is the same but for a rare rounding.
 */
export function computeSpectrogram(
  s: AudioSignal,
  size = fftSizeFor(s.sampleRate),
  maxFrames = MAX_STFT_FRAMES,
  minHop = size,
  coarser?: Spectrogram,
  scratch = false,
  k: Kernels | null = kernels(),
  grid?: (cells: number) => Float32Array,
): Spectrogram | null {
  const x = s.mono;
  if (x.length < size) return null;
  const step = Math.max(1, Math.min(size, Math.floor(minHop)));
  const possible = Math.floor((x.length - size) / step) + 1;
  const frames = Math.min(possible, maxFrames);
  const hop = frames > 1 ? Math.max(step, Math.floor((x.length - size) / (frames - 1))) : step;
  const bins = size / 2;
  const { fft, input, out } = transformFor(size);
  const w = hann(size);
  const cellCount = frames * bins;
  // a coarser spectrogram held in the scratch buffer is read while this one is written: a fresh grid then
  const shared = scratch && cellCount <= SCRATCH_CELLS && !(coarser && coarser.power.buffer === powerScratch.buffer);
  if (shared && powerScratch.length < cellCount) powerScratch = new Float32Array(cellCount);
  const power = shared ? powerScratch.subarray(0, cellCount) : grid ? grid(cellCount) : new Float32Array(cellCount);
  const mean = new Float64Array(bins);
  // amplitude normalisation: a full-scale sine gives power ~1 in its bin
  const norm = 4 / (size * size);
  const reuse = coarser && coarser.size === size && coarser.bins === bins && coarser.hop === 2 * hop && coarser.power.length >= Math.ceil(frames / 2) * bins ? coarser.power : null;
  // the kernel transforms two frames at a time: a frame read and waiting for its partner (−1: none). A mix of 16-bit
  // samples is read by the kernel itself, from the frames' samples
  const mix = x.ints?.x instanceof Int16Array ? (x.ints as { x: Int16Array; channels: number; scale: number }) : undefined;
  const ks = k && size >= 4 && size <= 65536 && (size & (size - 1)) === 0 ? k.spectra(size, mix, w) : null;
  let waiting = -1;
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
    if (ks) {
      if (waiting < 0) {
        if (!mix) x.readWindowed(ks.xa, t * hop, w);
        waiting = t;
        continue;
      }
      if (mix) ks.runInts(waiting * hop, t * hop, norm);
      else {
        x.readWindowed(ks.xb, t * hop, w);
        ks.run(true, norm);
      }
      power.set(ks.rowA, waiting * bins);
      power.set(ks.rowB, t * bins);
      waiting = -1;
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
  if (ks) {
    if (waiting >= 0) {
      if (mix) ks.runInts(waiting * hop, -1, norm);
      else ks.run(false, norm);
      power.set(ks.rowA, waiting * bins);
    }
    ks.addMean(mean);
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

/** A spectrogram to keep from one computed with `scratch` (its own copy of the power grid). */
export function keepSpectrogram(sp: Spectrogram): Spectrogram {
  return sp.power.buffer === powerScratch.buffer ? { ...sp, power: sp.power.slice() } : sp;
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

/** Longest range selectNoNaN partitions itself (its four buffers grow to it); a longer one goes to selectK. */
const NO_NAN_MAX = 1 << 17;
let belowA = new Float32Array(256);
let aboveA = new Float32Array(256);
let belowB = new Float32Array(256);
let aboveB = new Float32Array(256);

/**
 * selectK's value (the k-th smallest of a[lo..hi]) for a range that holds no NaN, which the caller checks: with a NaN,
 * the value a selection returns depends on how it moves the values, and selectK's is the one the results rest on.
 * Without one, the k-th smallest is one value, whatever the method (values compared as numbers: -0 and 0 alike, and
 * power, a sum of squares, holds no -0). About twice as fast as selectK on spectrogram values, whose comparisons with
 * the pivot a branch predictor guesses wrong about every other time: each round copies the range into the values
 * below and above a pivot, counting (not branching) which copy to keep, and goes on in the part that holds rank k.
 * Every round drops the pivot at least, and after 48 rounds (crafted values) selectK finishes, so the worst case stays
 * O(n log n). A rank among the few largest (a 99th percentile of a few hundred values) takes one pass instead (see
 * selectTop). May reorder a[lo..hi] (when it is short).
 */
export function selectNoNaN(a: Float32Array, lo: number, hi: number, k: number): number {
  let n = hi - lo + 1;
  if (hi - k < TOP.length) return selectTop(a, lo, hi, k);
  if (n > NO_NAN_MAX) return selectK(a, lo, hi, k);
  if (belowA.length < n) {
    belowA = new Float32Array(n);
    aboveA = new Float32Array(n);
    belowB = new Float32Array(n);
    aboveB = new Float32Array(n);
  }
  let src = a;
  let from = lo;
  let r = k - lo;
  let below = belowA;
  let above = aboveA;
  for (let round = 0; n > 16 && round < 48; round++) {
    const pivot = src[from + (n >> 1)];
    let nb = 0;
    let na = 0;
    for (let i = from, end = from + n; i < end; i++) {
      const v = src[i];
      below[nb] = v;
      nb += +(v < pivot);
      above[na] = v;
      na += +(v > pivot);
    }
    if (r < nb) {
      src = below;
      n = nb;
    } else if (r >= n - na) {
      src = above;
      r -= n - na;
      n = na;
    } else return pivot; // ranks nb .. n - na - 1 all hold the pivot's value
    from = 0;
    // the next round writes into the other pair of buffers
    const inA = src === belowA || src === aboveA;
    below = inA ? belowB : belowA;
    above = inA ? aboveB : aboveA;
  }
  return selectK(src, from, from + n - 1, from + r);
}

/** The largest values seen so far by selectTop, ascending. */
const TOP = new Float64Array(8);

/**
 * The k-th smallest of a[lo..hi] (no NaN) for k within TOP.length of hi: the (hi - k + 1)-th largest, from one pass
 * that keeps the largest values seen so far (a new one is rarely among them, so the branch is predictable; values
 * in ascending order, the worst case, cost TOP.length steps each).
 */
function selectTop(a: Float32Array, lo: number, hi: number, k: number): number {
  const m = hi - k + 1;
  for (let j = 0; j < m; j++) TOP[j] = -Infinity;
  for (let i = lo; i <= hi; i++) {
    const v = a[i];
    if (!(v > TOP[0])) continue;
    // drop the smallest kept value and insert v in order
    let j = 1;
    while (j < m && TOP[j] < v) {
      TOP[j - 1] = TOP[j];
      j++;
    }
    TOP[j - 1] = v;
  }
  return TOP[0];
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
  const cols = scratchF32(bins * n);
  let nan = false;
  // the transpose in tiles of 16 sampled frames: each column gets 16 neighbouring cells at a time (one cache line)
  // instead of one cell per pass over all the columns
  const rows = new Int32Array(16);
  for (let k0 = 0; k0 < n; k0 += 16) {
    const m = Math.min(16, n - k0);
    for (let j = 0; j < m; j++) rows[j] = Math.floor((k0 + j) * step) * bins;
    for (let f = 0, c = k0; f < bins; f++, c += n) {
      for (let j = 0; j < m; j++) {
        const v = power[rows[j] + f];
        cols[c + j] = v;
        if (v !== v) nan = true;
      }
    }
  }
  const outs = qs.map(() => new Float32Array(bins));
  const at = qs.map((q) => Math.min(n - 1, Math.floor(q * n)));
  // ranks in ascending order, so each selectK narrows the next one's range (selectNoNaN leaves the column as it was:
  // each of its selections is over the whole column)
  const order = at.map((_, j) => j).sort((x, y) => at[x] - at[y]);
  for (let f = 0; f < bins; f++) {
    // column f is cols[base .. base + n - 1]
    const base = f * n;
    if (!nan) {
      for (const j of order) outs[j][f] = selectNoNaN(cols, base, base + n - 1, base + at[j]);
      continue;
    }
    let lo = 0;
    for (const j of order) {
      outs[j][f] = selectK(cols, base + lo, base + n - 1, base + at[j]);
      lo = at[j];
    }
  }
  return outs;
}

/**
 * Working space of binQuantiles and powerQuantile (at most 1024 bins x 256 frames, or 65536 cells by default), reused:
 * nothing in it outlives the call.
 */
let f32Scratch = new Float32Array(0);
function scratchF32(n: number): Float32Array {
  if (n > 1 << 20) return new Float32Array(n);
  if (f32Scratch.length < n) f32Scratch = new Float32Array(n);
  return f32Scratch;
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
  const a = scratchF32(n);
  const step = N / n;
  let nan = false;
  for (let k = 0; k < n; k++) {
    const x = sp.power[Math.floor(k * step)];
    a[k] = x;
    if (x !== x) nan = true;
  }
  const v = (nan ? selectK : selectNoNaN)(a, 0, n - 1, Math.min(n - 1, Math.floor(q * n)));
  memo.set(key, v);
  return v;
}
