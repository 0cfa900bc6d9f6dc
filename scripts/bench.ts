/**
 * Benchmark: generate a corpus of wheels whose bytes are mostly audio, then measure in one run
 *  - the floor: reading every member of every archive and hashing it (sha256), nothing else;
 *  - the scan: the full pipeline (runScan), single thread for now;
 * and print MB/s of both, their ratio, and peak RSS. Numbers, not pass/fail: targets are tracked in the notes.
 *   node scripts/run-ts.mjs scripts/bench.ts [--mb 300] [--dir bench-out]
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { buildWheel, buildSdist } from '../__tests__/helpers/archive.js';
import { tone, wav } from '../__tests__/helpers/pcm.js';
import { unpack, containerOf } from '../src/archive/index.js';
import { defaultOptions } from '../src/options.js';
import { runScan } from '../src/run.js';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const targetMB = Number(arg('mb', '300'));
const dir = path.resolve(arg('dir', 'bench-out'));

function corpus(): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const sound = wav(tone(30, 44100), 44100); // ~2.6 MB
  const code = 'import wave\n\ndef play(p):\n    return wave.open(p).getnframes()\n'.repeat(50);
  let total = 0;
  for (let i = 0; total < targetMB * 1e6; i++) {
    const name = `benchpkg${i}`;
    const isSdist = i % 5 === 4;
    const f = path.join(dir, isSdist ? `${name}-1.0.tar.gz` : `${name}-1.0-py3-none-any.whl`);
    if (!fs.existsSync(f)) {
      const members: Record<string, Uint8Array | string> = { [`${name}/__init__.py`]: code };
      for (let k = 0; k < 4; k++) members[`${name}/sounds/s${k}.wav`] = sound;
      fs.writeFileSync(f, isSdist ? buildSdist(name, '1.0', members) : buildWheel(name, '1.0', members));
    }
    files.push(f);
    total += sound.length * 4;
  }
  return files;
}

async function floor(files: string[]): Promise<{ bytes: number; seconds: number }> {
  const t0 = performance.now();
  let bytes = 0;
  const opts = defaultOptions();
  for (const f of files) {
    const d = fs.readFileSync(f);
    const c = containerOf(d);
    await unpack(d, c === 'gzip' ? 'tar.gz' : (c ?? 'zip'), { limits: opts.limits }, (m) => {
      bytes += m.data.length;
      createHash('sha256').update(m.data).digest();
    });
  }
  return { bytes, seconds: (performance.now() - t0) / 1000 };
}

let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const files = corpus();
const compressed = files.reduce((a, f) => a + fs.statSync(f).size, 0);
const fl = await floor(files);
const t0 = performance.now();
const report = await runScan([dir], defaultOptions());
const scanSeconds = (performance.now() - t0) / 1000;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
const mb = (b: number) => (b / 1e6).toFixed(1);
console.log(`corpus:        ${files.length} artifacts, ${mb(compressed)} MB on disk, ${mb(fl.bytes)} MB unpacked, ${report.stats.files} files`);
console.log(`floor:         ${(fl.bytes / 1e6 / fl.seconds).toFixed(1)} MB/s (unpack + sha256 of every member, ${fl.seconds.toFixed(2)} s)`);
console.log(`scan, 1 thread: ${(report.stats.bytes / 1e6 / scanSeconds).toFixed(1)} MB/s (${scanSeconds.toFixed(2)} s, ${report.stats.flagged} flagged, ${report.stats.incomplete} incomplete)`);
console.log(`scan / floor:  ${((report.stats.bytes / scanSeconds) / (fl.bytes / fl.seconds)).toFixed(2)}`);
console.log(`peak RSS:      ${mb(peak)} MB`);
