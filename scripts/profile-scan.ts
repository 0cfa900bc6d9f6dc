/**
 * Where a scan spends its time, per analyzer and per stage, on three kinds of input:
 *   tone:   the benchmark's WAV (30 s, 44.1 kHz mono, a decaying 440 Hz tone with a little noise), as npm run bench;
 *   mix:    synthetic sound closer to real packages (music-like chords, speech-like formants, a quiet noise floor,
 *           30 s mono 44.1 kHz, and 3 minutes of stereo music);
 *   wheels: real wheels (members of every kind: Python source, shared objects, data files), by default the numpy and
 *           scipy wheels of the local package mirror when present; --wheel PATH (repeatable) names others.
 * Audio files are timed warm (after one unmeasured run) on a fresh copy of their bytes each run (the per-file
 * decode/spectrogram memo is keyed by the bytes), medians of --runs runs. Per analyzer: each analyzer in the
 * pipeline's order (shared work is charged to the first analyzer that asks for it). Per stage: the audio primitives
 * called one by one (decode, STFT, glyph search with and without its second pass, multi-tone, FSK, LSB statistics,
 * not-audio statistics). Wheels: unpack, type detection and each analyzer, summed over members, by member kind.
 * Times are CPU milliseconds of the process (--wall: wall-clock milliseconds).
 *   node scripts/run-ts.mjs scripts/profile-scan.ts [--runs 5] [--only tone,mix,wheels] [--wheel PATH]... [--wall]
 * For a flame graph, add node's --cpu-prof: node --cpu-prof scripts/run-ts.mjs scripts/profile-scan.ts --only tone
 */
import fs from 'node:fs';
import path from 'node:path';
import { tone, wav } from '../__tests__/helpers/pcm.js';
import { interleave, mix, music, noiseFloor, speech, toInt16, wavFile } from '../__tests__/helpers/signal.js';
import { ANALYZERS } from '../src/analyzers/index.js';
import { analyzeFile, newArtifactState, toScanFile } from '../src/analyzers/run.js';
import { containerOf, unpack } from '../src/archive/index.js';
import { audioWork } from '../src/audio/decode.js';
import { computeSpectrogram, MAX_STFT_FRAMES } from '../src/audio/stft.js';
import { findTextLines } from '../src/audio/glyphs.js';
import { findMultitoneIn } from '../src/audio/multitone.js';
import { findFsk } from '../src/audio/fsk.js';
import { deadPlanes, extractLsb, findDeepSound, lowBitShare, lsbCandidates, pairsOfValues, pairsWindows, silence, spa, ws } from '../src/audio/lsb.js';
import { byteEntropy, randomWindows, sampleStats, textRegions } from '../src/audio/stats.js';
import { looksLikeContent } from '../src/analyzers/audio-signal-common.js';
import { inspectBlob } from '../src/decode/index.js';
import { defaultOptions } from '../src/options.js';

const args = process.argv.slice(2);
const opt = (n: string, d: string): string => {
  const i = args.indexOf(`--${n}`);
  return i >= 0 ? args[i + 1] : d;
};
const RUNS = Math.max(1, Number(opt('runs', '5')));
const ONLY = args.includes('--only') ? new Set(opt('only', '').split(',')) : null;
const want = (s: string): boolean => ONLY === null || ONLY.has(s);
const wheelArgs: string[] = [];
for (let i = 0; i < args.length; i++) if (args[i] === '--wheel') wheelArgs.push(args[i + 1]);
const options = defaultOptions();

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
};
const ms = (x: number): string => x.toFixed(1).padStart(8);

/**
 * Time fn (sync or async) in ms: CPU time of the process (user + system) by default, which a machine shared with other
 * work disturbs far less than wall time; --wall for wall time.
 */
const WALL = args.includes('--wall');
async function timed<T>(fn: () => T | Promise<T>): Promise<[number, T]> {
  if (WALL) {
    const t0 = performance.now();
    const r = await fn();
    return [performance.now() - t0, r];
  }
  const c0 = process.cpuUsage();
  const r = await fn();
  const c = process.cpuUsage(c0);
  return [(c.user + c.system) / 1000, r];
}

class Table {
  rows = new Map<string, number[]>();
  add(k: string, v: number): void {
    let a = this.rows.get(k);
    if (!a) this.rows.set(k, (a = []));
    a.push(v);
  }
  print(title: string): void {
    console.log(`  ${title}`);
    for (const [k, v] of this.rows) console.log(`    ${k.padEnd(34)}${ms(median(v))} ms   (min ${v.length ? Math.min(...v).toFixed(1) : '-'})`);
  }
}

// ---- audio ---------------------------------------------------------------------------------------------------------

function audioInputs(): Array<{ name: string; data: Uint8Array }> {
  const out: Array<{ name: string; data: Uint8Array }> = [];
  if (want('tone')) out.push({ name: 'tone: bench wav 30 s 44.1 kHz mono', data: wav(tone(30, 44100), 44100) });
  if (want('mix')) {
    const R = 44100;
    out.push({ name: 'mix: music 30 s 44.1 kHz mono', data: wavFile(toInt16(music(30, R, 11), true), { rate: R }) });
    out.push({ name: 'mix: speech-like 30 s 44.1 kHz mono', data: wavFile(toInt16(speech(30, R, 12), true), { rate: R }) });
    out.push({ name: 'mix: noise floor 30 s 44.1 kHz mono', data: wavFile(toInt16(noiseFloor(30, R, 13, 0.003), true), { rate: R }) });
    out.push({ name: 'mix: music+speech 30 s 44.1 kHz mono', data: wavFile(toInt16(mix(music(30, R, 14), speech(30, R, 15)), true), { rate: R }) });
    const L = music(180, R, 16);
    const Rt = mix(music(180, R, 17, 0.2), noiseFloor(180, R, 18, 0.002));
    out.push({ name: 'mix: music 3 min 44.1 kHz stereo', data: wavFile(toInt16(interleave(L, Rt), true), { rate: R, channels: 2 }) });
  }
  return out;
}

async function perAnalyzer(name: string, data: Uint8Array, t: Table): Promise<void> {
  const d = data.slice();
  const [td, file] = await timed(() => toScanFile(name, d));
  t.add('type detection', td);
  const state = newArtifactState();
  let total = td;
  for (const a of ANALYZERS) {
    if (!a.applies(file)) continue;
    const [ta] = await timed(() => analyzeFile(file, [a], options, [name], state));
    t.add(a.name, ta);
    total += ta;
  }
  t.add('TOTAL', total);
}

async function perStage(name: string, data: Uint8Array, t: Table): Promise<void> {
  const d = data.slice();
  const file = await toScanFile(name, d);
  const work = audioWork(file);
  const [tdec, out] = await timed(() => work.outcome);
  t.add('decode', tdec);
  if (!out.ok) return;
  const s = out.signal;
  // not-audio
  if (s.raw) t.add('notaudio: textRegions', (await timed(() => textRegions(s.raw!)))[0]);
  const bytes = s.raw ?? null;
  if (bytes) t.add('notaudio: byteEntropy', (await timed(() => byteEntropy(bytes)))[0]);
  t.add('notaudio: randomWindows', (await timed(() => randomWindows(s)))[0]);
  t.add('notaudio: sampleStats', (await timed(() => sampleStats(s)))[0]);
  if (s.raw) t.add('notaudio: rawHead inspect 1 MiB', (await timed(() => inspectBlob(s.raw!.subarray(0, 1 << 20), { maxDepth: 4, maxOutput: 16 << 20 })))[0]);
  // lsb
  if (s.ints) {
    t.add('lsb: candidates', (await timed(() => lsbCandidates(s, looksLikeContent)))[0]);
    t.add('lsb: extract 256 KiB', (await timed(() => extractLsb(s, 1, -1, true, 256 * 1024)))[0]);
    t.add('lsb: deepSound', (await timed(() => findDeepSound(s)))[0]);
    t.add('lsb: deadPlanes+hist', (await timed(() => deadPlanes(s)))[0]);
    t.add('lsb: silence', (await timed(() => silence(s)))[0]);
    t.add('lsb: pairsOfValues', (await timed(() => pairsOfValues(s)))[0]);
    t.add('lsb: lowBitShare', (await timed(() => lowBitShare(s)))[0]);
    t.add('lsb: spa', (await timed(() => spa(s)))[0]);
    t.add('lsb: ws', (await timed(() => ws(s)))[0]);
    t.add('lsb: pairsWindows', (await timed(() => pairsWindows(s)))[0]);
  }
  // spectral
  const [tst, sp] = await timed(() => computeSpectrogram(s));
  t.add('stft', tst);
  if (!sp) return;
  const [tg, scan] = await timed(() => findTextLines(sp));
  t.add('glyphs: pass 1', tg);
  // as the spectrogram analyzer decides (see src/analyzers/audio-spectrogram.ts)
  if (!scan.lines.length && !scan.capped && scan.tall && sp.frames * 2 <= MAX_STFT_FRAMES) {
    const [tf, fine] = await timed(() => computeSpectrogram(s, sp.size, MAX_STFT_FRAMES, sp.size / 2, sp));
    t.add('glyphs: pass 2 stft', tf);
    if (fine) t.add('glyphs: pass 2 search', (await timed(() => findTextLines(fine)))[0]);
  }
  t.add('multitone', (await timed(() => findMultitoneIn(s.mono, s.sampleRate, sp)))[0]);
  t.add('fsk', (await timed(() => findFsk(s.mono, s.sampleRate, sp)))[0]);
}

async function profileAudio(): Promise<void> {
  for (const { name, data } of audioInputs()) {
    console.log(`\n${name} (${(data.length / 1e6).toFixed(2)} MB)`);
    const ta = new Table();
    const ts = new Table();
    await perAnalyzer(name, data, new Table()); // warm-up
    await perStage(name, data, new Table());
    for (let r = 0; r < RUNS; r++) {
      await perAnalyzer(name, data, ta);
      await perStage(name, data, ts);
    }
    ta.print(`per analyzer (median of ${RUNS})`);
    ts.print(`per stage (median of ${RUNS})`);
  }
}

// ---- wheels --------------------------------------------------------------------------------------------------------

function defaultWheels(): string[] {
  const dir = '/opt/pypi/files';
  if (!fs.existsSync(dir)) return [];
  const pick = [/^numpy-2\.2\.6-.*\.whl$/, /^scipy-1\.13\.1-.*\.whl$/, /^xarray-2026.*\.whl$/];
  const names = fs.readdirSync(dir);
  return pick.map((re) => names.find((n) => re.test(n))).filter((n): n is string => !!n).map((n) => path.join(dir, n));
}

function kindOf(p: string, type: string): string {
  if (p.endsWith('.py')) return 'python';
  if (/\.so(\.|$)/.test(p) || type === 'elf') return 'shared object';
  return 'other';
}

async function profileWheel(f: string): Promise<void> {
  const d = new Uint8Array(fs.readFileSync(f));
  const c = containerOf(d);
  const fmt = c === 'gzip' ? 'tar.gz' : (c ?? 'zip');
  // unpack alone (the floor's first half)
  const [tu] = await timed(() => unpack(d, fmt, { limits: options.limits, wheel: true }, () => {}));
  const byAnalyzer = new Map<string, number>();
  const byKind = new Map<string, { n: number; bytes: number; ms: number }>();
  const add = (m: Map<string, number>, k: string, v: number): void => void m.set(k, (m.get(k) ?? 0) + v);
  let detect = 0;
  let files = 0;
  let bytes = 0;
  const state = newArtifactState();
  const paths: string[] = [];
  const t0 = performance.now();
  await unpack(d, fmt, { limits: options.limits, wheel: true }, async (m) => {
    paths.push(m.path);
    files++;
    bytes += m.data.length;
    const [td, file] = await timed(() => toScanFile(m.path, m.data, m.depth));
    detect += td;
    let fileMs = td;
    for (const a of ANALYZERS) {
      if (!a.applies(file)) continue;
      const [ta] = await timed(() => analyzeFile(file, [a], options, paths, state));
      add(byAnalyzer, a.name, ta);
      fileMs += ta;
    }
    const k = kindOf(m.path, file.type.format);
    const e = byKind.get(k) ?? { n: 0, bytes: 0, ms: 0 };
    e.n++;
    e.bytes += m.data.length;
    e.ms += fileMs;
    byKind.set(k, e);
  });
  const total = performance.now() - t0;
  console.log(`\n${path.basename(f)}: ${files} members, ${(bytes / 1e6).toFixed(1)} MB unpacked; unpack alone ${tu.toFixed(0)} ms; unpack + analysis ${total.toFixed(0)} ms (${(bytes / 1e6 / (total / 1000)).toFixed(1)} MB/s)`);
  console.log(`    ${'type detection'.padEnd(34)}${ms(detect)} ms`);
  for (const [k, v] of [...byAnalyzer].sort((a, b) => b[1] - a[1])) console.log(`    ${k.padEnd(34)}${ms(v)} ms`);
  for (const [k, v] of byKind) console.log(`    kind ${k.padEnd(29)}${ms(v.ms)} ms  ${v.n} files, ${(v.bytes / 1e6).toFixed(1)} MB`);
}

if (want('tone') || want('mix')) await profileAudio();
if (want('wheels')) {
  const list = wheelArgs.length ? wheelArgs : defaultWheels();
  if (!list.length) console.log('\nwheels: none found (pass --wheel PATH)');
  for (const f of list) await profileWheel(f);
}
