/** Hostile input for the signal analyzers: lying headers, absurd formats, decompression bombs, pathological content. */
import { ANALYZERS, allRules } from '../../src/analyzers/index.js';
import { analyzeFile, toScanFile } from '../../src/analyzers/run.js';
import { defaultOptions } from '../../src/options.js';
import { audioWork, MAX_COMPRESSED_SECONDS } from '../../src/audio/decode.js';
import { flacCrc16, flacCrc8 } from '../../src/formats/flac.js';
import { ruleIds } from '../helpers/analyze.js';
import { auFile, music, rng, toInt16, wavBytes, wavFile } from '../helpers/signal.js';

const SIGNAL = ANALYZERS.filter((a) => a.name.startsWith('audio-'));
const RULE_IDS = new Set(allRules().keys());

async function run(name: string, data: Uint8Array) {
  return analyzeFile(await toScanFile(name, data), SIGNAL, defaultOptions());
}

/** Patch a little-endian field of a WAV header. */
function patch(d: Uint8Array, off: number, value: number, bytes: 2 | 4): Uint8Array {
  const o = d.slice();
  const dv = new DataView(o.buffer);
  if (bytes === 2) dv.setUint16(off, value, true);
  else dv.setUint32(off, value >>> 0, true);
  return o;
}

const base = wavFile(toInt16(music(0.5, 8000, 1)), { rate: 8000 });

describe('signal analyzers on hostile containers never throw and never give up silently', () => {
  const cases: Array<[string, Uint8Array]> = [
    ['zero channels', patch(base, 22, 0, 2)],
    ['65535 channels', patch(base, 22, 65535, 2)],
    ['zero rate', patch(base, 24, 0, 4)],
    ['12-bit samples', patch(patch(base, 34, 12, 2), 32, 2, 2)],
    ['block align 0', patch(base, 32, 0, 2)],
    ['7-byte samples', patch(patch(base, 34, 56, 2), 32, 7, 2)],
    ['ADPCM tag', patch(base, 20, 2, 2)],
    ['data size past the end', patch(base, 40, 0x7fffffff, 4)],
    ['one byte of data', wavBytes(new Uint8Array([1]), { rate: 8000 })],
    ['three bytes of 24-bit data', wavBytes(new Uint8Array([1, 2, 3]), { rate: 8000, bits: 24 })],
    ['float NaN everywhere', wavBytes(new Uint8Array(40000).fill(0xff), { rate: 8000, float: true, bits: 32 })],
    ['64-bit float garbage', wavBytes(new Uint8Array(40000).map((_, i) => (i * 31) & 0xff), { rate: 8000, float: true, bits: 64 })],
    ['12 channels', wavFile(new Int16Array(12 * 4000).map((_, i) => (i * 7) % 2000), { rate: 8000, channels: 12 })],
    ['truncated header', base.subarray(0, 40)],
    ['AU offset past the end', (() => { const a = auFile(toInt16(music(0.2, 8000, 2))); new DataView(a.buffer).setUint32(4, 1 << 30); return a; })()],
    ['AU unknown encoding', (() => { const a = auFile(toInt16(music(0.2, 8000, 3))); new DataView(a.buffer).setUint32(12, 999); return a; })()],
    ['AU zero channels', (() => { const a = auFile(toInt16(music(0.2, 8000, 3))); new DataView(a.buffer).setUint32(20, 0); return a; })()],
    ['MP3 sync words and noise', (() => { const r = rng(5); const d = new Uint8Array(20000).map(() => Math.floor(r() * 256)); for (let i = 0; i < d.length; i += 417) { d[i] = 0xff; d[i + 1] = 0xfb; d[i + 2] = 0x90; } return d; })()],
    ['Ogg page with garbage', (() => { const d = new Uint8Array(5000).map((_, i) => (i * 13) & 0xff); d.set([0x4f, 0x67, 0x67, 0x53, 0, 2], 0); return d; })()],
    ['alternating text and binary windows', wavBytes(new Uint8Array(1 << 20).map((_, i) => ((i >> 10) & 1 ? 0x41 + (i % 26) : (i * 7) & 0xff)), { rate: 8000 })],
    ['checkerboard of noise bursts', wavFile(toInt16(checkerboard()), { rate: 16000 })],
  ];

  test.each(cases)('%s', async (_name, data) => {
    const r = await run('hostile.wav', data);
    expect(r.incomplete.filter((x) => /failed/.test(x))).toEqual([]);
    // whatever comes out is a well-formed finding of a registered rule, with a location inside the file
    for (const f of r.findings) {
      expect(RULE_IDS.has(f.rule)).toBe(true);
      expect(Number.isFinite(f.score) && f.score >= 0).toBe(true);
      if (f.offset !== undefined) expect(f.offset).toBeLessThanOrEqual(data.length);
    }
  });
});

/** Short bursts of band-limited noise on a grid: thousands of blobs for the glyph search. */
function checkerboard(): Float32Array {
  const r = rng(9);
  const x = new Float32Array(16000 * 4);
  for (let i = 0; i < x.length; i++) {
    const cell = Math.floor(i / 160);
    const on = (cell + Math.floor(i / 800)) & 1;
    x[i] = on ? 0.3 * Math.sin(i * (0.3 + (cell % 7) * 0.2)) * (r() * 2 - 1) : 0;
  }
  return x;
}

describe('members as the unpacker hands them', () => {
  test('a Node Buffer at an odd offset inside a larger buffer (a stored zip member) decodes to the same samples', async () => {
    const x = toInt16(music(0.3, 8000, 4));
    const w = wavFile(x, { rate: 8000 });
    const big = Buffer.alloc(w.length + 11);
    big.set(w, 3);
    const member = big.subarray(3, 3 + w.length);
    const out = await audioWork(await toScanFile('m.wav', member)).outcome;
    expect(out.ok).toBe(true);
    if (out.ok) expect(Array.from(out.signal.ints!)).toEqual(Array.from(x));
  });
});

describe('decoding is bounded', () => {
  test('a FLAC of constant subframes that would expand to hours stops at the cap', async () => {
    const rate = 8000;
    const si = new Uint8Array(34);
    si.set([0xff, 0xff, 0xff, 0xff], 0);
    si[10] = (rate >> 12) & 255;
    si[11] = (rate >> 4) & 255;
    si[12] = ((rate & 15) << 4) | (0 << 1);
    si[13] = 15 << 4;
    const frames: number[] = [];
    for (let n = 0; n < 4000; n++) {
      const num = n < 0x80 ? [n] : n < 0x800 ? [0xc0 | (n >> 6), 0x80 | (n & 63)] : [0xe0 | (n >> 12), 0x80 | ((n >> 6) & 63), 0x80 | (n & 63)];
      const h = [0xff, 0xf8, 0x74, 0x08, ...num, 0xff, 0xfe];
      const hdr = [...h, flacCrc8(new Uint8Array(h), 0, h.length)];
      const body = [...hdr, 0x00, 0x03, 0xe8];
      const c = flacCrc16(new Uint8Array(body), 0, body.length);
      frames.push(...body, c >> 8, c & 255);
    }
    const d = new Uint8Array([0x66, 0x4c, 0x61, 0x43, 0x80, 0, 0, 34, ...si, ...frames]);
    const out = await audioWork(await toScanFile('bomb.flac', d)).outcome;
    expect(out.ok).toBe(true);
    if (out.ok) {
      expect(out.signal.frames).toBeLessThanOrEqual(MAX_COMPRESSED_SECONDS * rate);
      expect(out.signal.frames).toBeGreaterThan(60 * rate);
      expect(out.signal.notes.join(' ')).toMatch(/decoded/);
    }
  });

  test('random bytes named .mp3 that sniff as MP3 are reported as undecodable or analysed, never crash', async () => {
    const r = rng(7);
    const d = new Uint8Array(30000).map(() => Math.floor(r() * 256));
    d.set([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0]);
    const res = await run('noise.mp3', d);
    expect(res.incomplete).toEqual([]);
    expect(ruleIds(res).every((x) => x.startsWith('audio.signal.'))).toBe(true);
  });
});
