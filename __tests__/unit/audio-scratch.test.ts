/**
 * Buffers kept from file to file on a thread must not carry anything over: a spectrogram computed into the shared
 * scratch grid equals a fresh one (and one kept with keepSpectrogram survives the next scratch call), the glyph search
 * gives the same answer on a file whatever it searched before, and the exact selection used on NaN-free ranges returns
 * what sorting returns.
 */
import { toScanFile } from '../../src/analyzers/run.js';
import { audioWork } from '../../src/audio/decode.js';
import { findTextLines } from '../../src/audio/glyphs.js';
import { computeSpectrogram, keepSpectrogram, MAX_STFT_FRAMES, selectK, selectNoNaN } from '../../src/audio/stft.js';
import type { AudioSignal } from '../../src/audio/types.js';
import { music, noiseFloor, rng, spectrogramText, toInt16, wavFile, mix } from '../helpers/signal.js';

async function signalOf(data: Uint8Array): Promise<AudioSignal> {
  const o = await audioWork(await toScanFile('x.wav', data)).outcome;
  if (!o.ok) throw new Error(o.reason);
  return o.signal;
}

/** Every cell of a power grid, as one string. */
const cells = (a: Float32Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

test('a scratch spectrogram equals a fresh one; a kept one survives the next scratch call, an unkept one does not', async () => {
  const a = await signalOf(wavFile(toInt16(music(6, 44100, 3), true), { rate: 44100 }));
  const b = await signalOf(wavFile(toInt16(noiseFloor(6, 44100, 4, 0.3), true), { rate: 44100 }));
  const fresh = computeSpectrogram(a, 1024, MAX_STFT_FRAMES, 512)!;
  const scratch = computeSpectrogram(a, 1024, MAX_STFT_FRAMES, 512, undefined, true)!;
  expect(scratch.frames).toBe(fresh.frames);
  expect([...scratch.power]).toEqual([...fresh.power]);
  expect([...scratch.mean]).toEqual([...fresh.mean]);
  const kept = keepSpectrogram(scratch);
  const before = cells(kept.power);
  computeSpectrogram(b, 1024, MAX_STFT_FRAMES, 512, undefined, true);
  expect(cells(kept.power)).toBe(before);
  // the contract: an unkept scratch spectrogram is only valid until the next scratch call
  expect(cells(scratch.power)).not.toBe(before);
  // a fresh spectrogram is never the scratch grid
  expect(keepSpectrogram(fresh)).toBe(fresh);
});

test('the glyph search answers the same on a file whatever it searched before', async () => {
  const text = await signalOf(wavFile(toInt16(mix(spectrogramText('HIDDEN', 2, { rate: 44100, fLow: 15000, fHigh: 19500 }), music(6, 44100, 5, 0.2)), true), { rate: 44100 }));
  const other = await signalOf(wavFile(toInt16(music(8, 44100, 6), true), { rate: 44100 }));
  const key = (s: AudioSignal) => JSON.stringify(findTextLines(computeSpectrogram(s)!));
  const first = key(text);
  expect(JSON.parse(first).lines.length).toBeGreaterThan(0);
  const between = key(other);
  expect(key(text)).toBe(first);
  expect(key(other)).toBe(between);
  expect(key(text)).toBe(first);
});

test('selectNoNaN returns what sorting returns, for every rank of short ranges and sampled ranks of long ones', () => {
  const r = rng(11);
  const patterns: Array<(n: number) => Float32Array> = [
    (n) => Float32Array.from({ length: n }, () => r()),
    (n) => Float32Array.from({ length: n }, () => Math.floor(r() * 4)),
    (n) => Float32Array.from({ length: n }, (_, i) => i),
    (n) => Float32Array.from({ length: n }, (_, i) => n - i),
    (n) => Float32Array.from({ length: n }, () => 5),
    (n) => Float32Array.from({ length: n }, () => (r() < 0.1 ? Infinity : r() < 0.1 ? -Infinity : r() * 1e-30)),
    (n) => Float32Array.from({ length: n }, () => 10 ** (r() * 60 - 30)),
  ];
  for (const p of patterns) {
    for (const n of [1, 2, 3, 9, 17, 40, 300, 5000, 70_000]) {
      const src = p(n);
      const sorted = Float32Array.from(src).sort();
      const ranks = n <= 40 ? Array.from({ length: n }, (_, k) => k) : [0, 1, n >> 3, n >> 1, n - 9, n - 8, n - 2, n - 1];
      for (const k of ranks) {
        // within a sub-range too: lo > 0
        const lo = n > 3 ? 1 : 0;
        if (k < lo) continue;
        const sub = Float32Array.from(src.subarray(lo)).sort();
        expect(selectNoNaN(Float32Array.from(src), lo, n - 1, k)).toBe(sub[k - lo]);
        expect(selectK(Float32Array.from(src), 0, n - 1, k)).toBe(sorted[k]);
      }
    }
  }
});
