/**
 * The honest false-positive test: scan a folder of real packages (by default the local wheel mirror that pip's
 * configuration on this kind of machine points at) and print how many are flagged, by which rules, and why.
 *   npm run fp [-- DIR...] [--json FILE] [--jobs N]
 * Scans on worker threads (one per core by default), with the same time and memory budgets as the CLI.
 * Nothing is allowlisted: every flagged real package is a rule to make smarter.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { defaultOptions } from '../src/options.js';
import { runScan } from '../src/run.js';
import { bundleWorker } from '../__tests__/helpers/worker-bundle.js';
import { defaultJobs } from '../src/workers/pool.js';

function mirrorDirs(): string[] {
  let out = '';
  try {
    out = execFileSync('python3', ['-m', 'pip', 'config', 'list'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return [];
  }
  const dirs = new Set<string>();
  for (const line of out.split('\n')) {
    const m = /^[^=]*\.(extra-index-url|index-url|find-links)='(.*)'$/.exec(line.trim());
    if (!m) continue;
    for (const u of m[2].split(/\s+/)) {
      const p = u.startsWith('file://') ? u.slice(7) : u.startsWith('/') ? u : null;
      // a file:// simple index lists files kept beside it: scan its parent
      if (p) dirs.add(path.basename(p) === 'simple' ? path.dirname(p) : p);
    }
  }
  return [...dirs].filter((d) => fs.existsSync(d));
}

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : null;
const jobsAt = args.indexOf('--jobs');
const jobs = jobsAt >= 0 ? Number(args.splice(jobsAt, 2)[1]) : defaultJobs();
const dirs = args.length ? args : mirrorDirs();
if (!dirs.length) {
  console.error('no folders given and no local mirror found in pip config');
  process.exit(2);
}
console.error(`scanning ${dirs.join(', ')} on ${jobs} worker thread(s)`);
const worker = await bundleWorker();
const report = await runScan(dirs, defaultOptions(), {
  workers: { workerFile: worker.file, jobs },
  progress: (done, total) => {
    if (done % 50 === 0 || done === total) process.stderr.write(`\r${done}/${total}`);
  },
}).finally(() => worker.cleanup());
process.stderr.write('\n');
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(report));

const { artifacts, stats } = report;
const byRule = new Map<string, { artifacts: number; findings: number; max: number }>();
for (const a of artifacts) {
  const seen = new Set<string>();
  for (const f of a.findings) {
    const e = byRule.get(f.rule) ?? { artifacts: 0, findings: 0, max: 0 };
    e.findings++;
    e.max = Math.max(e.max, f.score);
    if (!seen.has(f.rule)) e.artifacts++;
    seen.add(f.rule);
    byRule.set(f.rule, e);
  }
}
const hist = new Map<number, number>();
for (const a of artifacts) hist.set(Math.floor(a.score), (hist.get(Math.floor(a.score)) ?? 0) + 1);
console.log(`artifacts: ${stats.artifacts}, files: ${stats.files}, ${(stats.bytes / 1e9).toFixed(1)} GB unpacked in ${stats.seconds.toFixed(0)} s (${(stats.bytes / 1e6 / stats.seconds).toFixed(0)} MB/s)`);
console.log(`flagged: ${stats.flagged} (${((100 * stats.flagged) / Math.max(1, stats.artifacts)).toFixed(2)} %), not fully scanned: ${stats.incomplete}, errors: ${report.errors.length}`);
console.log(`score histogram: ${[...hist.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}: ${n}`).join(', ')}`);
console.log('by rule (artifacts, findings, max score):');
for (const [rule, e] of [...byRule.entries()].sort((a, b) => b[1].artifacts - a[1].artifacts)) console.log(`  ${rule}: ${e.artifacts}, ${e.findings}, ${e.max}`);
for (const a of artifacts.filter((x) => x.flagged || x.status !== 'scanned')) {
  console.log(`${a.flagged ? 'FLAGGED' : a.status.toUpperCase()} ${a.file} score ${a.score}: ${a.findings.slice(0, 3).map((f) => `${f.rule} ${f.path}`).join('; ')} ${a.reasons.slice(0, 2).join('; ')}`);
}
