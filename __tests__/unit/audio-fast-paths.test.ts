/**
 * The signal analyzers' shortcuts must not change what they find:
 *  - the glyph search's second pass (half-overlapping frames) is skipped when the first pass saw no piece 3+ bins
 *    tall made of more than one partial: such files give the second pass nothing, and narrow-column text that only
 *    the second pass finds always shows such pieces;
 *  - the finer spectrogram copies the frames it shares with the coarse one instead of computing them again;
 *  - selection instead of sorting for quantiles, the windowed read of the channel mix, split histograms.
 */
import { spectrogramAnalyzer } from '../../src/analyzers/audio-spectrogram.js';
import { toScanFile } from '../../src/analyzers/run.js';
import { audioWork } from '../../src/audio/decode.js';
import { findTextLines } from '../../src/audio/glyphs.js';
import { histogram16 } from '../../src/audio/lsb.js';
import { countBytes } from '../../src/audio/stats.js';
import { binQuantiles, computeSpectrogram, MAX_STFT_FRAMES, selectK, type Spectrogram } from '../../src/audio/stft.js';
import { monoFromArray, monoFromInts, type AudioSignal } from '../../src/audio/types.js';
import { tone, wav } from '../helpers/pcm.js';
import { runAnalyzer, ruleIds } from '../helpers/analyze.js';
import { noiseFloor, pureTone, rng, spectrogramText, toInt16, wavFile } from '../helpers/signal.js';

async function signalOf(name: string, data: Uint8Array): Promise<AudioSignal> {
  const o = await audioWork(await toScanFile(name, data)).outcome;
  if (!o.ok) throw new Error(o.reason);
  return o.signal;
}

const fine = (s: AudioSignal, sp: Spectrogram, coarser?: Spectrogram): Spectrogram => computeSpectrogram(s, sp.size, MAX_STFT_FRAMES, sp.size / 2, coarser)!;

describe('glyph search: when the second pass runs', () => {
  test('text in 30 ms columns at 32 kHz: missed on side-by-side frames, the first pass flags it, the second finds it', async () => {
    const x = spectrogramText('TELNYX', 2, { rate: 32000, fLow: 10000, fHigh: 15500, column: 0.03, subRows: 2 });
    const data = wavFile(toInt16(x, true), { rate: 32000 });
    const s = await signalOf('t.wav', data);
    const sp = computeSpectrogram(s)!;
    const first = findTextLines(sp);
    expect(first.lines).toHaveLength(0);
    expect(first.tall).toBe(true);
    expect(findTextLines(fine(s, sp)).lines.length).toBeGreaterThan(0);
    const r = await runAnalyzer(spectrogramAnalyzer, 'text.wav', data);
    expect(ruleIds(r)).toEqual(['audio.spectrogram.text']);
  });

  test.each([
    ['a decaying tone over noise (the benchmark sound)', (): Uint8Array => wav(tone(6, 44100), 44100)],
    ['a steady pure tone', (): Uint8Array => wavFile(toInt16(pureTone(4, 44100, 1000, 0.3), true), { rate: 44100 })],
    ['a quiet noise floor', (): Uint8Array => wavFile(toInt16(noiseFloor(4, 44100, 3, 0.002), true), { rate: 44100 })],
  ])('%s: nothing for the second pass, which indeed finds nothing', async (_name, make) => {
    const s = await signalOf('a.wav', make());
    const sp = computeSpectrogram(s)!;
    const first = findTextLines(sp);
    expect(first.lines).toHaveLength(0);
    expect(first.tall).toBe(false);
    expect(findTextLines(fine(s, sp)).lines).toHaveLength(0);
  });
});

describe('spectrogram: the finer frames reuse the coarse ones', () => {
  test('identical power with and without the coarse spectrogram, and the hops line up as required', async () => {
    // 13 s at 22.05 kHz: side-by-side frames of 512 samples, hop exactly 512, finer hop exactly 256
    const s = await signalOf('m.wav', wavFile(toInt16(noiseFloor(13, 22050, 9, 0.05), true), { rate: 22050 }));
    const sp = computeSpectrogram(s)!;
    const a = fine(s, sp);
    const b = fine(s, sp, sp);
    expect(sp.hop).toBe(2 * a.hop);
    expect(b.frames).toBe(a.frames);
    expect(Buffer.from(b.power.buffer).equals(Buffer.from(a.power.buffer))).toBe(true);
  });

  test('a coarse spectrogram whose hop is not twice the finer one is not used', async () => {
    // 3 s at 44.1 kHz: the side-by-side hop is 1025, not 2 x 512
    const s = await signalOf('m.wav', wavFile(toInt16(noiseFloor(3, 44100, 9, 0.05), true), { rate: 44100 }));
    const sp = computeSpectrogram(s)!;
    expect(sp.hop).not.toBe(2 * fine(s, sp).hop);
    const wrong = { ...sp, power: new Float32Array(sp.power.length).fill(1) };
    expect(Buffer.from(fine(s, sp, wrong).power.buffer).equals(Buffer.from(fine(s, sp).power.buffer))).toBe(true);
  });
});

describe('selection and counting give what sorting and plain counting give', () => {
  const r = rng(17);
  const arrays: Array<[string, Float32Array]> = [
    ['random', Float32Array.from({ length: 1001 }, () => r())],
    ['few values', Float32Array.from({ length: 777 }, () => Math.floor(r() * 3))],
    ['ascending', Float32Array.from({ length: 500 }, (_, i) => i)],
    ['descending', Float32Array.from({ length: 500 }, (_, i) => 500 - i)],
    ['organ pipe', Float32Array.from({ length: 600 }, (_, i) => Math.min(i, 600 - i))],
    ['constant', new Float32Array(300).fill(2)],
  ];
  test.each(arrays)('selectK on %s', (_name, a) => {
    const sorted = Float32Array.from(a).sort();
    for (const k of [0, 1, a.length >> 2, a.length >> 1, a.length - 2, a.length - 1]) expect(selectK(Float32Array.from(a), 0, a.length - 1, k)).toBe(sorted[k]);
    // successive selections on one array, each in the range the previous one left
    const b = Float32Array.from(a);
    const k1 = Math.floor(a.length * 0.3);
    const k2 = Math.floor(a.length * 0.99);
    expect(selectK(b, 0, b.length - 1, k1)).toBe(sorted[k1]);
    expect(selectK(b, k1, b.length - 1, k2)).toBe(sorted[k2]);
  });

  test('binQuantiles equals per-bin sorting', () => {
    const bins = 64;
    const frames = 700;
    const power = Float32Array.from({ length: bins * frames }, () => r() ** 3);
    const sp = { size: 128, bins, frames, hop: 128, sampleRate: 8000, power, mean: new Float64Array(bins), flatness: 0, binHz: 62.5 } as Spectrogram;
    const [lo, hi] = binQuantiles(sp, [0.3, 0.99]);
    const n = 256;
    const step = frames / n;
    for (let f = 0; f < bins; f++) {
      const col = new Float32Array(n);
      for (let k = 0; k < n; k++) col[k] = power[Math.floor(k * step) * bins + f];
      col.sort();
      expect(lo[f]).toBe(col[Math.floor(0.3 * n)]);
      expect(hi[f]).toBe(col[Math.floor(0.99 * n)]);
    }
  });

  test('readWindowed equals read into a Float32Array times the window, for 1, 2 and 3 channels and float arrays', () => {
    const w = Float32Array.from({ length: 256 }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / 256));
    for (const C of [1, 2, 3]) {
      const x = Int16Array.from({ length: 1000 * C }, () => Math.round((r() - 0.5) * 60000));
      const m = monoFromInts(x, C, 16);
      for (const start of [0, 17, 900]) {
        const piece = new Float32Array(256);
        m.read(piece, start);
        const out = new Float64Array(256);
        m.readWindowed(out, start, w);
        for (let i = 0; i < 256; i++) expect(out[i]).toBe(piece[i] * w[i]);
      }
    }
    const f = monoFromArray(Float32Array.from({ length: 300 }, () => r() - 0.5));
    const piece = new Float32Array(256);
    f.read(piece, 100);
    const out = new Float64Array(256);
    f.readWindowed(out, 100, w);
    for (let i = 0; i < 256; i++) expect(out[i]).toBe(piece[i] * w[i]);
  });

  test('countBytes and histogram16 count as a plain loop does', () => {
    const d = Uint8Array.from({ length: 10007 }, (_, i) => (i % 7 === 0 ? 0 : Math.floor(r() * 256)));
    for (const [a, b] of [[0, d.length], [3, 4099], [5, 6], [0, 3]]) {
      const h = new Uint32Array(256);
      countBytes(d, a, b, h);
      const ref = new Uint32Array(256);
      for (let i = a; i < b; i++) ref[d[i]]++;
      expect(Array.from(h)).toEqual(Array.from(ref));
    }
    const x = Int16Array.from({ length: 4001 }, (_, i) => (i % 3 ? Math.round((r() - 0.5) * 65535) : -32768));
    const s = { ints: x, bits: 16 } as unknown as AudioSignal;
    const h = histogram16(s)!;
    const ref = new Float64Array(65536);
    for (let i = 0; i < x.length; i++) ref[(x[i] + 32768) & 0xffff]++;
    expect(Array.from(h)).toEqual(Array.from(ref));
  });
});
