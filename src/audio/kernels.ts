/**
 * The WebAssembly kernels (wasm/kernels.ts, built into kernels-wasm.ts): one instance per thread, made on first use.
 * Each wrapper copies the samples it needs into the instance's memory (a bounded window: callers pass ranges of at
 * most a few hundred thousand samples) and returns what the JavaScript loop it stands in for returns. Where
 * WebAssembly is not available (e.g. node --jitless), or PSS_NO_WASM=1 is set (the same results, slower: a switch for
 * comparing the two and for platforms whose WebAssembly misbehaves), `kernels()` is null and the callers keep their
 * JavaScript loops.
 */
import { KERNELS_WASM } from './kernels-wasm.js';

interface Exports {
  memory: WebAssembly.Memory;
  heapBase(): number;
  spa16(x: number, a: number, e1: number, e2: number, C: number, out: number): void;
  wsChannels(xp: number, n: number, C: number, c: number, o: number, xc: number, xo: number): void;
  gram6(xc: number, xo: number, useO: number, from: number, to: number, A: number, bv: number): void;
  wsResiduals6(xc: number, xo: number, useO: number, co: number, from: number, to: number, res: number, sq: number, k0: number, srr: number, out: number): number;
  wsWeights(res: number, sq: number, lsb: number, step: number, pad: number, n: number, near: number, far: number, norm: number, out: number): void;
  fftPlan(n: number, plan: number): number;
  powerSpectra(n: number, plan: number, xa: number, xb: number, two: number, norm: number, out: number, mean: number, work: number): void;
  powerSpectraInts(n: number, plan: number, xa: number, xb: number, C: number, scale: number, win: number, two: number, norm: number, out: number, mean: number, work: number): void;
}

/** Power spectra of real frames of one size, two at a time (see computeSpectrogram). */
export interface Spectra {
  /** The frames to transform: fill them, then call run. */
  readonly xa: Float64Array;
  readonly xb: Float64Array;
  /** |X[k]|² · norm, k < size / 2, of xa into rowA and (when `two`) of xb into rowB; each also counted in addMean. */
  run(two: boolean, norm: number): void;
  /**
   * The same for the frames of the 16-bit mix given to `spectra` that start at frames a and b (b < 0: a alone), each
   * sample read as MonoSource.readWindowed reads it with the window given there (zeros past the end).
   */
  runInts(a: number, b: number, norm: number): void;
  readonly rowA: Float32Array;
  readonly rowB: Float32Array;
  /** Adds to to[k] the sum over the frames run so far of bin k's power (f64, before rounding to the rows' f32). */
  addMean(to: Float64Array): void;
}

/** Frames lo .. hi − 1 of one channel (and its partner) loaded for weighted stego analysis with K = 6 (see wsBlocks). */
export interface WsFrames {
  /** `residuals` (lsb.ts) of frames from .. to − 1; Σ x and Σ x² of them are left in `sums`. */
  residuals(from: number, to: number, k0: number, srr: number): number;
  /** [Σ x, Σ x²] of the frames `residuals` last went over. */
  readonly sums: Float64Array;
  /** wsBlocks' weighting loop over frames f0 .. f0 + n − 1 (res[pad ..]): [Σ w, Σ w·t, Σ w²·t²]. */
  weights(f0: number, n: number, pad: number, near: number, far: number, norm: number): Float64Array;
}

export interface Kernels {
  /**
   * SPA counts of x[a .. e1) at lag C and x[a .. e2) at lag 2C (see spaCounts): [pairs u != v at lag 1, at lag 2,
   * pairs with u >> 1 == v >> 1 at lag 1, at lag 2, X at lag 1, at lag 2]. Reads x[a .. max(e1 + C, e2 + 2C)).
   */
  spa16(x: Int16Array, a: number, e1: number, e2: number, C: number): Int32Array;
  /**
   * Frames lo .. hi − 1 of x (C channels) for the residuals of channel c with predictor coefficients `co` (K = 6;
   * the partner channel o, or −1): valid until the next call of wsFrames.
   */
  wsFrames(x: Int16Array, C: number, c: number, o: number, co: Float64Array, lo: number, hi: number): WsFrames;
  /**
   * `gram6` (lsb.ts) of 16-bit samples: adds to A (M × M, M = 6, or 8 with the partner channel o >= 0) and bv the
   * sums of the predictor's products over frames f0 .. f1 − 1 of channel c (exact integers, as there).
   */
  gram6(x: Int16Array, C: number, c: number, o: number, f0: number, f1: number, A: Float64Array, bv: Float64Array): void;
  /**
   * Power spectra of real frames of `size` samples (a power of two, 4 .. 65536), of frames written to xa / xb or, with
   * `mix` (16-bit samples) and the window `w`, of the mix's own frames: valid until the next call here.
   */
  spectra(size: number, mix?: { x: Int16Array; channels: number; scale: number }, w?: Float32Array): Spectra;
}

let made: Kernels | null | undefined;

/** This thread's kernels, or null without WebAssembly. */
export function kernels(): Kernels | null {
  // read on every call (a few per file): a comparison can switch the kernels off and on in one process
  if (process.env.PSS_NO_WASM === '1') return null;
  if (made === undefined) made = instantiate();
  return made;
}

function instantiate(): Kernels | null {
  if (typeof WebAssembly !== 'object') return null;
  let ex: Exports;
  try {
    const module = new WebAssembly.Module(Buffer.from(KERNELS_WASM, 'base64'));
    ex = new WebAssembly.Instance(module, {}).exports as unknown as Exports;
  } catch {
    return null;
  }
  const base = ex.heapBase();
  // 64 bytes of results, then the input
  const OUT = base;
  const IN = base + 64;
  const al = (b: number): number => (b + 15) & ~15;
  const ensure = (bytes: number): void => {
    const need = IN + bytes;
    const have = ex.memory.buffer.byteLength;
    if (need > have) ex.memory.grow(Math.ceil((need - have) / 65536));
  };
  /**
   * Frames lo .. hi − 1 of x (C channels) copied to `at`, then channel c (and o, when o >= 0) as f64 after them (the
   * kernels' two-frames-per-vector layout), with `extra` bytes of room past them: where each is, and that room's start.
   */
  const loadChannels = (x: Int16Array, C: number, c: number, o: number, lo: number, hi: number, at: number, extra: number) => {
    const n = hi - lo;
    const XC = at + al(n * C * 2);
    const XO = XC + al(n * 8);
    const end = XO + al(n * 8);
    ensure(end + extra - IN);
    new Int16Array(ex.memory.buffer, at, n * C).set(x.subarray(lo * C, hi * C));
    ex.wsChannels(at, n, C, c, o, XC, XO);
    return { XC, XO, end };
  };
  return {
    spa16(x, a, e1, e2, C) {
      const hi = Math.max(a, e1 + C, e2 + 2 * C);
      ensure((hi - a) * 2);
      new Int16Array(ex.memory.buffer, IN, hi - a).set(x.subarray(a, hi));
      ex.spa16(IN, 0, e1 - a, e2 - a, C, OUT);
      return new Int32Array(ex.memory.buffer, OUT, 6).slice();
    },
    wsFrames(x, C, c, o, co, lo, hi) {
      const n = hi - lo;
      // coefficients, the samples and channels, residuals, their prefix sums
      const CO = IN;
      const XP = CO + 64;
      const { XC, XO, end: RES } = loadChannels(x, C, c, o, lo, hi, XP, al(n * 8) + al((n + 1) * 8));
      const SQ = RES + al(n * 8);
      const buf = ex.memory.buffer;
      new Float64Array(buf, CO, 8).set(co.subarray(0, 8));
      new Float64Array(buf, SQ, 1)[0] = 0;
      const out = new Float64Array(buf, OUT, 3);
      const sums = new Float64Array(2);
      return {
        sums,
        residuals(from, to, k0, srr) {
          const r = ex.wsResiduals6(XC, XO, o >= 0 ? 1 : 0, CO, from - lo, to - lo, RES, SQ, k0, srr, OUT);
          sums[0] = out[0];
          sums[1] = out[1];
          return r;
        },
        weights(f0, count, pad, near, far, norm) {
          ex.wsWeights(RES, SQ, XP + ((f0 - lo) * C + c) * 2, C * 2, pad, count, near, far, norm, OUT);
          return out.slice(0, 3);
        },
      };
    },
    gram6(x, C, c, o, f0, f1, A, bv) {
      const M = o >= 0 ? 8 : 6;
      const lo = f0 - 6;
      // A's 64 entries (M × M of them used), then bv's 8, then the samples and channels
      const AS = IN;
      const BV = AS + 8 * 64;
      const { XC, XO } = loadChannels(x, C, c, o, lo, f1 + 6, BV + 64, 0);
      const buf = ex.memory.buffer;
      const sums = new Float64Array(buf, AS, 72);
      sums.fill(0);
      ex.gram6(XC, XO, o >= 0 ? 1 : 0, f0 - lo, f1 - lo, AS, BV);
      for (let i = 0; i < M * M; i++) A[i] += sums[i];
      const b = new Float64Array(buf, BV, M);
      for (let i = 0; i < M; i++) bv[i] += b[i];
    },
    spectra(size, mix, w) {
      const m = size >> 1;
      const C = mix ? mix.channels : 1;
      const PLAN = IN;
      // a frame as f64 (xa, xb), or as the samples of every channel (16-bit, C of them per frame)
      const frameBytes = Math.max(8 * size, al(2 * C * size));
      const XA = PLAN + al(4 * m) + 32 * (m >> 1) + 32 * m;
      const XB = XA + frameBytes;
      const WIN = XB + frameBytes;
      const ROWS = WIN + al(4 * size);
      const MEAN = ROWS + al(8 * m);
      const WORK = MEAN + 16 * m;
      ensure(WORK + 32 * m - IN);
      ex.fftPlan(size, PLAN);
      const buf = ex.memory.buffer;
      // per bin, the sums of the frames transformed in lane a and in lane b
      const mean = new Float64Array(buf, MEAN, 2 * m);
      mean.fill(0);
      if (w) new Float32Array(buf, WIN, size).set(w.subarray(0, size));
      const ia = new Int16Array(buf, XA, size * C);
      const ib = new Int16Array(buf, XB, size * C);
      const frames = mix ? Math.floor(mix.x.length / C) : 0;
      const load = (to: Int16Array, start: number): void => {
        const n = Math.max(0, Math.min(size, frames - start));
        to.set(mix!.x.subarray(start * C, (start + n) * C));
        if (n < size) to.fill(0, n * C);
      };
      return {
        runInts(a, b, norm) {
          load(ia, a);
          if (b >= 0) load(ib, b);
          ex.powerSpectraInts(size, PLAN, XA, XB, C, mix!.scale, WIN, b >= 0 ? 1 : 0, norm, ROWS, MEAN, WORK);
        },
        xa: new Float64Array(buf, XA, size),
        xb: new Float64Array(buf, XB, size),
        rowA: new Float32Array(buf, ROWS, m),
        rowB: new Float32Array(buf, ROWS + 4 * m, m),
        addMean(to) {
          for (let f = 0; f < m; f++) to[f] += mean[2 * f] + mean[2 * f + 1];
        },
        run(two, norm) {
          ex.powerSpectra(size, PLAN, XA, XB, two ? 1 : 0, norm, ROWS, MEAN, WORK);
        },
      };
    },
  };
}
