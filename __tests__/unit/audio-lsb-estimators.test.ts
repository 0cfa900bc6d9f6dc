/**
 * The LSB estimators on their own (src/audio/lsb.ts): weighted stego analysis must be unbiased over a noisy cover, its
 * z must account for covers whose blocks scatter more than their standard errors say, SPA reads a bounded number of
 * samples on long files, the pairs test sees sequential embedding in start windows, and the DeepSound search finds
 * its header wherever it starts.
 */
import { findDeepSound, pairsWindows, spa, SPA_MAX_SAMPLES, ws } from '../../src/audio/lsb.js';
import { lsbAnalyzer } from '../../src/analyzers/audio-lsb.js';
import { runAnalyzer } from '../helpers/analyze.js';
import type { AudioSignal } from '../../src/audio/types.js';
import { beeps, gauss, lsbMatch, lsbReplace, music, rng, speech, toInt16, wavFile } from '../helpers/signal.js';

function signal(ints: Int16Array | Int32Array, channels = 1, sampleRate = 44100): AudioSignal {
  return { container: 'wav', codec: 'pcm', sampleRate, channels, frames: ints.length / channels, totalFrames: ints.length / channels, bits: 16, ints } as unknown as AudioSignal;
}

/** A slow sine under Gaussian noise of `sigma` steps: a cover whose LSB plane is random. */
function noisySine(sigma: number, n = 200_000, seed = 5): Int16Array {
  const r = rng(seed);
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = (3000 * Math.sin(i * 0.01) + sigma * gauss(r)) / 32767;
  return toInt16(x);
}

describe('weighted stego analysis', () => {
  test.each([8, 16])('full replacement over noise of %i steps reads close to 100 %% (weights do not depend on the sample)', (sigma) => {
    const est = ws(signal(lsbReplace(noisySine(sigma), 1, 'random', 3)))!;
    // weighting by residuals next to the sample (which contain it through the predictor) read 0.72 at 16 steps
    expect(est.whole.rate).toBeGreaterThan(0.88);
    expect(est.whole.rate).toBeLessThan(1.12);
    expect(est.whole.z).toBeGreaterThan(7);
  });

  test('the clean cover reads close to 0', () => {
    const est = ws(signal(noisySine(16)))!;
    expect(Math.abs(est.whole.z)).toBeLessThan(3);
  });

  test('a window whose blocks swing both ways is not taken at face value', () => {
    // undithered synthetic speech: its lowest bit is structured, blocks near the start read -0.2 .. 1.0
    const x = toInt16(speech(3, 16000, 103), false);
    const est = ws(signal(x, 1, 16000))!;
    expect(est.window!.z).toBeLessThan(4.5);
  });

  test('sequential replacement of the first quarter of 3 s of noisy stereo music is a clear step', () => {
    const m = music(3, 44100, 901);
    const m2 = music(3, 44100, 951);
    const st = new Float32Array(m.length * 2);
    for (let i = 0; i < m.length; i++) {
      st[2 * i] = m[i];
      st[2 * i + 1] = m2[i];
    }
    const est = ws(signal(lsbReplace(toInt16(st, true), 0.25, 'sequential', 41), 2))!;
    expect(est.window!.fraction).toBeGreaterThan(0.2);
    expect(est.window!.fraction).toBeLessThan(0.35);
    expect(est.window!.rate).toBeGreaterThan(0.7);
    expect(est.window!.z).toBeGreaterThan(4.5);
    expect(Math.abs(est.window!.rest.z)).toBeLessThan(3);
  });
});

describe('sample pair analysis on long files', () => {
  test(`reads at most ${SPA_MAX_SAMPLES} samples and still tells 50 % embedding from none`, () => {
    // 30 s of stereo: 2.6 M samples, of which SPA reads the start of each of its 64 blocks
    const x = noisySine(4, 44100 * 30 * 2, 33);
    const clean = spa(signal(x, 2))!;
    const est = spa(signal(lsbReplace(x, 0.5, 'random', 8), 2))!;
    expect(est.whole.pairs).toBeLessThanOrEqual(SPA_MAX_SAMPLES);
    expect(est.whole.pairs).toBeGreaterThan(SPA_MAX_SAMPLES * 0.9);
    expect(Math.abs(clean.whole.rate)).toBeLessThan(0.1);
    expect(est.whole.rate).toBeGreaterThan(clean.whole.rate + 0.15);
  });
});

describe('DeepSound header search', () => {
  test.each([0, 1, 5, 7, 8, 9, 15, 1000, 4097])('finds the header starting at sample %i', (at) => {
    const x = toInt16(music(0.5, 44100, 8), true);
    const hdr = [0x44, 0x53, 0x43, 0x46, 4, 1];
    for (let k = 0; k < hdr.length; k++) {
      x[at + 2 * k] = (x[at + 2 * k] & ~15) | (hdr[k] >> 4);
      x[at + 2 * k + 1] = (x[at + 2 * k + 1] & ~15) | (hdr[k] & 15);
    }
    expect(findDeepSound(signal(x))).toEqual({ sample: at, mode: 4, encrypted: 1 });
  });
});

describe('pairs of values on start windows', () => {
  // beeps with digital silence between them: a histogram with structure at the LSB scale
  const cover = toInt16(beeps(3, 44100, 1101));

  test('sequential replacement equalises the pairs of its prefix only', () => {
    const clean = pairsWindows(signal(cover));
    expect(clean.length).toBeGreaterThan(0);
    for (const w of clean) expect(w.window.rate ?? 0).toBeLessThan(0.3);
    const wins = pairsWindows(signal(lsbReplace(cover, 0.25, 'sequential', 5)));
    const quarter = wins.find((w) => w.fraction === 0.25)!;
    expect(quarter.window.rate).toBeGreaterThan(0.8);
    expect(quarter.rest!.rate).toBeLessThan(0.3);
  });

  test('the analyzer reports it with the window', async () => {
    const r = await runAnalyzer(lsbAnalyzer, 'q.wav', wavFile(lsbReplace(cover, 0.25, 'sequential', 5), { rate: 44100 }));
    const f = r.findings.find((x) => x.rule === 'audio.lsb.statistics');
    expect(f?.message).toMatch(/equally often in the first 25 % of the file/);
    expect((f!.evidence as { pairsWindow: { fraction: number } }).pairsWindow.fraction).toBe(0.25);
  });
});

describe('±1 embedding at a full rate in digital silence', () => {
  test('constant stretches deviating by ±1 in half their samples are reported; dithered silence is not', async () => {
    const cover = toInt16(beeps(3, 44100, 1102));
    const r = await runAnalyzer(lsbAnalyzer, 'pm1.wav', wavFile(lsbMatch(cover, 1, 7), { rate: 44100 }));
    const f = r.findings.find((x) => x.rule === 'audio.lsb.statistics');
    expect(f?.message).toMatch(/deviate by exactly ±1 in about half their samples/);
    // TPDF dither over the same silences: deviations in a quarter of the samples
    const dithered = toInt16(beeps(3, 44100, 1102), true);
    const q = await runAnalyzer(lsbAnalyzer, 'dither.wav', wavFile(dithered, { rate: 44100 }));
    expect(q.findings.filter((x) => x.rule === 'audio.lsb.statistics')).toEqual([]);
  });
});
