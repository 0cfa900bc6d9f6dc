/**
 * The WebAssembly kernels return exactly what the JavaScript loops they stand in for return: the same integer counts,
 * the same floating-point values (the same operations in the same order), on random samples, on crafted extremes
 * (full scale, where u − v overflows 16 bits; constant runs; alternating LSBs) and on every channel count and range
 * shape the callers pass (empty blocks, blocks shorter than a SIMD step, the lag-1-only tail). The FFT is the exception:
 * a different algorithm from fft.js's, its powers agree to rounding (checked cell by cell).
 */
import fc from 'fast-check';
import { kernels } from '../../src/audio/kernels.js';
import { predictor, spaCounts, wsBlocks } from '../../src/audio/lsb.js';
import { computeSpectrogram, fftSizeFor, type Spectrogram } from '../../src/audio/stft.js';
import { monoFromArray, monoFromInts, type AudioSignal } from '../../src/audio/types.js';
import { gauss, rng } from '../helpers/signal.js';

const k = kernels();

function signal(x: Int16Array, channels: number): AudioSignal {
  const frames = Math.floor(x.length / channels);
  return {
    container: 'wav', codec: 'pcm', sampleRate: 44100, channels, frames, totalFrames: frames, bits: 16, ints: x,
    mono: monoFromInts(x, channels, 16), lossy: false, raw: new Uint8Array(x.buffer, x.byteOffset, x.byteLength),
    rawOffset: 0, bytesPerSample: 2, rawChannels: channels, bigEndian: false, sampled: null, notes: [],
  };
}

function samples(n: number, seed: number, kind: 'noise' | 'full' | 'steps' | 'flat'): Int16Array {
  const r = rng(seed);
  const x = new Int16Array(n);
  let v = 0;
  for (let i = 0; i < n; i++) {
    if (kind === 'full') x[i] = r() < 0.5 ? 32767 - Math.floor(r() * 3) : -32768 + Math.floor(r() * 3);
    else if (kind === 'flat') x[i] = i % 97 < 60 ? 5 : (5 ^ (i & 1));
    else if (kind === 'steps') x[i] = v = Math.max(-32768, Math.min(32767, v + Math.floor(r() * 7) - 3));
    else x[i] = Math.floor(r() * 65536) - 32768;
  }
  return x;
}

test('the kernels load in this thread (Node has WebAssembly SIMD); PSS_NO_WASM=1 switches them off', () => {
  expect(k).not.toBeNull();
  const before = process.env.PSS_NO_WASM;
  try {
    process.env.PSS_NO_WASM = '1';
    expect(kernels()).toBeNull();
    process.env.PSS_NO_WASM = '0';
    expect(kernels()).toBe(k);
  } finally {
    if (before === undefined) delete process.env.PSS_NO_WASM;
    else process.env.PSS_NO_WASM = before;
  }
});

describe('SPA counts', () => {
  test.each([
    ['noise', 1], ['noise', 2], ['noise', 5], ['full', 2], ['steps', 1], ['steps', 2], ['flat', 2], ['flat', 3],
  ] as const)('%s, %i channel(s): the same counts as the JavaScript loop, for many block counts', (kind, C) => {
    const s = signal(samples(C * 40_000 + 3, C * 7 + kind.length, kind), C);
    for (const blocks of [1, 7, 64, 4999]) {
      const [a1, a2] = spaCounts(s, blocks, null);
      const [b1, b2] = spaCounts(s, blocks, k);
      expect(Array.from(b1)).toEqual(Array.from(a1));
      expect(Array.from(b2)).toEqual(Array.from(a2));
    }
  });

  test('any samples, channels and range: the kernel counts what the loop counts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -32768, max: 32767 }), { minLength: 3, maxLength: 400 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 30 }), (vals, C, blocks) => {
        const x = Int16Array.from(vals);
        if (x.length < 3 * C) return;
        const s = signal(x, C);
        const [a1, a2] = spaCounts(s, blocks, null);
        const [b1, b2] = spaCounts(s, blocks, k);
        expect(Array.from(b1)).toEqual(Array.from(a1));
        expect(Array.from(b2)).toEqual(Array.from(a2));
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Music-like channels (a few partials and noise, the second channel a scaled copy of the first plus noise), with
 * stretches of white noise (blocks the predictor cannot explain: the piecewise gain test), clicks (clipped residuals)
 * and LSB replacement at `rate`.
 */
function stereoish(frames: number, C: number, seed: number, rate: number): Int16Array {
  const r = rng(seed);
  const x = new Int16Array(frames * C);
  for (let f = 0; f < frames; f++) {
    const t = f / 44100;
    const noisy = Math.floor(f / 7000) % 3 === 2;
    const base = 3000 * Math.sin(2 * Math.PI * 220 * t) + 800 * Math.sin(2 * Math.PI * 660 * t + 1) + 4 * gauss(r);
    for (let c = 0; c < C; c++) {
      const own = noisy ? (r() - 0.5) * 600 : base * (1 - 0.1 * c);
      let v = Math.round(own + 2 * gauss(r) + (f % 5003 === 17 ? 15000 : 0));
      if (r() < rate) v = (v & ~1) | (r() < 0.5 ? 1 : 0);
      x[f * C + c] = Math.max(-32768, Math.min(32767, v));
    }
  }
  return x;
}

describe('weighted stego analysis', () => {
  test.each([
    [1, 0], [2, 0], [2, 0.5], [3, 0.1], [2, 1],
  ])('%i channel(s), LSB rate %f: the same block sums as the JavaScript loops', (C, rate) => {
    const s = signal(stereoish(90_001, C, 11 + C, rate), C);
    for (const blocks of [1, 16, 64, 333]) {
      const a = wsBlocks(s, blocks, 6, null)!;
      const b = wsBlocks(s, blocks, 6, k)!;
      expect(Array.from(b.sw)).toEqual(Array.from(a.sw));
      expect(Array.from(b.swt)).toEqual(Array.from(a.swt));
      expect(Array.from(b.sw2t2)).toEqual(Array.from(a.sw2t2));
      // blocks were kept and left out (the test covers both paths), and the sums are not all zero
      expect(a.sw.some((v) => v > 0)).toBe(true);
    }
    const some = wsBlocks(s, 64, 6, null)!;
    expect(some.sw.filter((v) => v === 0).length).toBeGreaterThan(0);
  });

  test.each([1, 2, 3])('%i channel(s): the predictor fitted with the kernel is the same, also on full-scale samples', (C) => {
    for (const [frames, seed] of [[90_001, 3], [5_000, 4], [300_001, 5]]) {
      const s = signal(stereoish(frames, C, seed, 0.2), C);
      const x = s.ints as Int16Array;
      for (let c = 0; c < C; c++) expect(Array.from(predictor(x, C, c, s.frames, 6, k))).toEqual(Array.from(predictor(x, C, c, s.frames, 6, null)));
    }
    const r = rng(C);
    const loud = Int16Array.from({ length: 40_001 * C }, () => (r() < 0.5 ? 32767 : -32768));
    for (let c = 0; c < C; c++) expect(Array.from(predictor(loud, C, c, 40_001, 6, k))).toEqual(Array.from(predictor(loud, C, c, 40_001, 6, null)));
  });

  test('full-scale samples, odd lengths, any channel count: identical', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 90, max: 3000 }), fc.integer({ min: 1, max: 1 << 30 }), fc.integer({ min: 1, max: 20 }), (C, frames, seed, blocks) => {
        const r = rng(seed);
        const amp = r() < 0.3 ? 32768 : r() < 0.5 ? 40 : 3;
        const x = new Int16Array(frames * C);
        let v = 0;
        for (let i = 0; i < x.length; i++) {
          v = r() < 0.8 ? v + Math.round((r() - 0.5) * amp) : Math.round((r() - 0.5) * 2 * amp);
          x[i] = Math.max(-32768, Math.min(32767, v));
        }
        const s = signal(x, C);
        const a = wsBlocks(s, blocks, 6, null);
        const b = wsBlocks(s, blocks, 6, k);
        expect(b === null).toBe(a === null);
        if (!a || !b) return;
        expect([...b.sw, ...b.swt, ...b.sw2t2]).toEqual([...a.sw, ...a.swt, ...a.sw2t2]);
      }),
      { numRuns: 200 },
    );
  });
});

/** Largest difference between two grids' cells, relative to the larger of the two, the share of cells not bit-identical. */
function compare(a: Spectrogram, b: Spectrogram): { rel: number; differ: number; meanRel: number } {
  let rel = 0;
  let differ = 0;
  for (let i = 0; i < a.power.length; i++) {
    const p = a.power[i];
    const q = b.power[i];
    if (p !== q) {
      differ++;
      rel = Math.max(rel, Math.abs(p - q) / Math.max(Math.abs(p), Math.abs(q)));
    }
  }
  // the means' differences against the largest mean (a bin far below it carries the rounding of the loud ones)
  let meanRel = 0;
  const top = Math.max(...a.mean);
  for (let f = 0; f < a.bins; f++) meanRel = Math.max(meanRel, Math.abs(a.mean[f] - b.mean[f]) / top);
  return { rel, differ: differ / a.power.length, meanRel };
}

describe('spectrogram', () => {
  test.each([
    [8000, 1], [22050, 2], [44100, 2], [48000, 1], [96000, 2], [44100, 3],
  ])('%i Hz, %i channel(s): the kernel gives fft.js\'s powers to rounding, on frames side by side and half-overlapping', (rate, C) => {
    // a chord with a little noise, some silence, an odd number of frames (the last one transformed alone)
    const frames = fftSizeFor(rate) * 61 + 5;
    const r = rng(rate + C);
    const x = new Int16Array(frames * C);
    for (let f = 0; f < frames; f++) {
      const t = f / rate;
      const v = f > frames * 0.6 && f < frames * 0.7 ? 0 : 6000 * Math.sin(2 * Math.PI * 440 * t) + 2000 * Math.sin(2 * Math.PI * 1234.5 * t) + 30 * gauss(r);
      for (let c = 0; c < C; c++) x[f * C + c] = Math.round(v * (1 - 0.2 * c));
    }
    const s = signal(x, C);
    s.sampleRate = rate;
    const a = computeSpectrogram(s, undefined, undefined, undefined, undefined, false, null)!;
    const b = computeSpectrogram(s, undefined, undefined, undefined, undefined, false, k)!;
    expect([b.frames, b.bins, b.hop]).toEqual([a.frames, a.bins, a.hop]);
    expect(a.frames % 2).toBe(1);
    const d = compare(a, b);
    expect(d.rel).toBeLessThan(1e-6);
    expect(d.differ).toBeLessThan(0.01);
    expect(d.meanRel).toBeLessThan(1e-12);
    expect(Math.abs(a.flatness - b.flatness)).toBeLessThan(1e-12);
    // half-overlapping frames reusing the coarse ones (the glyph search's second pass)
    const fa = computeSpectrogram(s, a.size, undefined, a.size / 2, a, false, null)!;
    const fb = computeSpectrogram(s, b.size, undefined, b.size / 2, b, false, k)!;
    expect(fb.frames).toBe(fa.frames);
    const fd = compare(fa, fb);
    expect(fd.rel).toBeLessThan(1e-6);
    expect(fd.differ).toBeLessThan(0.01);
  });

  test.each([1, 2, 3, 8])('%i channel(s): the kernel reads the frames of a 16-bit mix exactly as readWindowed does', (C) => {
    // the same samples through the kernel's own read (integer mix) and through readWindowed into its frames (a mono
    // source that hides the integers): bit-identical grids and means, also past the end (zero padding)
    const r = rng(C);
    const x = new Int16Array((512 * 7 + 300) * C).map(() => Math.floor(r() * 65536) - 32768);
    const s = signal(x, C);
    const direct = computeSpectrogram(s, 512, undefined, 384, undefined, false, k)!;
    const m = s.mono;
    const hidden = { ...s, mono: { length: m.length, read: m.read, readWindowed: m.readWindowed } };
    const viaRead = computeSpectrogram(hidden, 512, undefined, 384, undefined, false, k)!;
    expect(direct.frames).toBeGreaterThan(8);
    expect(Array.from(direct.power)).toEqual(Array.from(viaRead.power));
    expect(Array.from(direct.mean)).toEqual(Array.from(viaRead.mean));
  });

  test('a float mix (decoded MP3, float WAV): the kernel gives fft.js\'s powers to rounding', () => {
    const r = rng(9);
    const a = new Float32Array(1024 * 13 + 77).map((_, i) => Math.sin(i * 0.05) * 0.5 + (r() - 0.5) * 1e-3);
    const s = { ...signal(new Int16Array(4), 1), mono: monoFromArray(a), ints: null, frames: a.length };
    const p = computeSpectrogram(s, 1024, undefined, undefined, undefined, false, null)!;
    const q = computeSpectrogram(s, 1024, undefined, undefined, undefined, false, k)!;
    const d = compare(p, q);
    expect(d.rel).toBeLessThan(1e-6);
    expect(d.meanRel).toBeLessThan(1e-12);
  });

  test('every FFT size the scanner uses, on white noise: the same bins as fft.js to rounding', () => {
    const r = rng(5);
    for (const size of [256, 512, 1024, 2048]) {
      const x = new Int16Array(size * 9 + 17).map(() => Math.floor(r() * 65536) - 32768);
      const s = signal(x, 1);
      const a = computeSpectrogram(s, size, undefined, undefined, undefined, false, null)!;
      const b = computeSpectrogram(s, size, undefined, undefined, undefined, false, k)!;
      const d = compare(a, b);
      expect(d.rel).toBeLessThan(1e-6);
      expect(d.meanRel).toBeLessThan(1e-12);
    }
  });
});
