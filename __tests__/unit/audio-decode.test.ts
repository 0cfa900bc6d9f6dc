/**
 * Compressed audio through the WebAssembly decoders, and the end of a long file decoded besides its start.
 * Fixtures: __tests__/fixtures/audio/end-tone.{mp3,ogg,opus} (5 s: 4 s of quiet noise, then 1 s of a loud 3 kHz tone;
 * made by make.sh there with sox, lame, oggenc and opusenc); FLAC is written by the test's own encoder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { audioWork, decodeCompressed } from '../../src/audio/decode.js';
import { monoSlice, type AudioSignal } from '../../src/audio/types.js';
import { report } from '../../src/analyzers/audio-signal-common.js';
import type { AnalyzerContext, Hit } from '../../src/analyzers/types.js';
import type { RuleMeta } from '../../src/types.js';
import { toScanFile } from '../../src/analyzers/run.js';
import { flacFile, rng } from '../helpers/signal.js';
import { notAudioAnalyzer } from '../../src/analyzers/audio-notaudio.js';
import { runAnalyzer } from '../helpers/analyze.js';

const FIX = path.resolve('__tests__/fixtures/audio');
const fixture = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(FIX, name)));

function rms(s: AudioSignal, fromSec: number, toSec: number): number {
  const a = monoSlice(s.mono, Math.round(fromSec * s.sampleRate), Math.round(toSec * s.sampleRate));
  let e = 0;
  for (const v of a) e += v * v;
  return Math.sqrt(e / Math.max(1, a.length));
}

const cases: Array<[string, 'mp3' | 'vorbis' | 'opus']> = [
  ['end-tone.mp3', 'mp3'],
  ['end-tone.ogg', 'vorbis'],
  ['end-tone.opus', 'opus'],
];

describe.each(cases)('%s', (name, codec) => {
  test('decodes whole: quiet start, loud end', async () => {
    const out = await decodeCompressed(fixture(name), codec);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const s = out.signal;
    expect(s.frames / s.sampleRate).toBeGreaterThan(4.8);
    expect(s.frames / s.sampleRate).toBeLessThan(5.3);
    expect(s.sampled).toBeNull();
    expect(rms(s, 0.5, 3.5)).toBeLessThan(0.05);
    expect(rms(s, s.frames / s.sampleRate - 0.8, s.frames / s.sampleRate - 0.2)).toBeGreaterThan(0.2);
  });

  test('a file longer than the cap: its start and its end are decoded, the part between is not', async () => {
    const out = await decodeCompressed(fixture(name), codec, 2, 1);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const s = out.signal;
    const head = s.sampled!.headFrames / s.sampleRate;
    const tail = (s.frames - s.sampled!.headFrames) / s.sampleRate;
    expect(head).toBeCloseTo(2, 1);
    expect(tail).toBeGreaterThan(0.7);
    expect(tail).toBeLessThanOrEqual(1.01);
    // the tail sits near the end of the file (the position is estimated from the bytes per second of the start)
    expect(s.sampled!.tailStart / s.sampleRate).toBeGreaterThan(3.3);
    expect(s.sampled!.tailStart / s.sampleRate).toBeLessThan(4.6);
    // what was decoded: quiet noise, then the loud tone of the file's last second
    expect(rms(s, 0.2, 1.8)).toBeLessThan(0.05);
    expect(rms(s, head + tail - 0.6, head + tail - 0.1)).toBeGreaterThan(0.2);
    expect(s.notes.join(' ')).toMatch(/first 2 s and last 1 s of about [45] s decoded/);
  });
});

describe('FLAC', () => {
  // 5 s at 8 kHz: noise whose every sample is known, so the decoded end can be compared exactly
  const rate = 8000;
  const r = rng(77);
  const x = new Int16Array(rate * 5).map(() => Math.floor((r() - 0.5) * 2000));
  const data = flacFile(x, rate);

  test('the end of a long lossless file comes back sample for sample', async () => {
    const out = await decodeCompressed(data, 'flac', 2, 1);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const s = out.signal;
    const head = s.sampled!.headFrames;
    expect(head).toBe(2 * rate);
    const tail = s.ints!.subarray(head);
    expect(tail.length).toBeGreaterThan(0);
    // the tail is the file's last samples: find where it starts in the original
    const start = s.sampled!.tailStart;
    const at = x.length - tail.length;
    expect(Math.abs(start - at)).toBeLessThan(rate / 2);
    expect(Array.from(tail)).toEqual(Array.from(x.subarray(at)));
    expect(Array.from(s.ints!.subarray(0, head))).toEqual(Array.from(x.subarray(0, head)));
  });

  test('a sample count in STREAMINFO far from what the bytes hold does not move the end in time', async () => {
    const lying = data.slice();
    lying[21] = (lying[21] & 0xf0) | 0x08; // about 2^35 frames
    const out = await decodeCompressed(lying, 'flac', 2, 1);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.signal.sampled!.tailStart / rate).toBeGreaterThan(3.5);
    expect(out.signal.sampled!.tailStart / rate).toBeLessThan(4.5);
    expect(out.signal.totalFrames / rate).toBeLessThan(6);
  });

  test('a file decoded in part says which part in every signal finding', async () => {
    const file = await toScanFile('long.flac', data);
    const work = audioWork(file);
    await work.outcome;
    // the default caps are far above 5 s: nothing to say
    expect(work.span).toBeNull();
    const hits: Hit[] = [];
    const ctx = { report: (_r: RuleMeta, h: Hit) => hits.push(h) } as unknown as AnalyzerContext;
    const rule = { id: 'audio.test', category: 'lsb', weight: 1, description: '' } as RuleMeta;
    report(ctx, { ...work, span: 'first 150 s and last 30 s of about 342 s' }, rule, { message: 'm', evidence: { a: 1 } });
    report(ctx, work, rule, { message: 'm', evidence: { a: 1 } });
    expect(hits[0].evidence).toEqual({ a: 1, decodedSpan: 'first 150 s and last 30 s of about 342 s' });
    expect(hits[1].evidence).toEqual({ a: 1 });
  });
});

describe('findings in the decoded end of a long file', () => {
  test('random samples at the end of a 190 s FLAC are found, placed at their time in the file, with the span stated', async () => {
    const rate = 8000;
    const total = 190 * rate;
    const x = new Int16Array(total);
    const r = rng(5);
    for (let i = 0; i < total; i++) x[i] = Math.round(800 * Math.sin(i / 7) + (r() - r()) * 2);
    // the last 5 s: random 16-bit values (encrypted bytes stored as samples)
    for (let i = total - 5 * rate; i < total; i++) x[i] = Math.floor(r() * 65536) - 32768;
    const res = await runAnalyzer(notAudioAnalyzer, 'long.flac', flacFile(x, rate));
    const f = res.findings.find((g) => g.rule === 'audio.signal.random-frames');
    expect(f).toBeDefined();
    const ev = f!.evidence as { runs: Array<{ seconds: number }>; decodedSpan: string };
    expect(ev.decodedSpan).toBe('first 150 s and last 30 s of about 190 s');
    // the random part starts 185 s into the file: the decoded end begins at 160 s, right after the start's 150 s
    expect(ev.runs[0].seconds).toBeGreaterThan(184.5);
    expect(ev.runs[0].seconds).toBeLessThan(186);
    expect(f!.message).toMatch(/from 18[56]\.\d+ s/);
  });
});
