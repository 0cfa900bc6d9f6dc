/**
 * Measures the loader analysis: detection on labelled loaders, false alarms on benign fixtures and on real Python
 * code on this machine (Debian's pip/setuptools wheels, the installed Python's stdlib and site-packages), and speed.
 *   npm run eval:loader [-- --no-real] [--dir DIR...] [--wheels DIR [--sample N]]
 * --wheels runs the loader analyzer alone over the members of the wheels in DIR (a random sample of N, seeded):
 * a quick look at the mirror. The full-pipeline false-positive count on the wheel mirror is `npm run fp`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BENIGN, MALICIOUS, maxScore, rulesOf, runLoader, type Fixture } from '../__tests__/helpers/python.js';
import { buildSdist, buildWheel } from '../__tests__/helpers/archive.js';
import { scanArtifact } from '../src/scan.js';
import { defaultOptions } from '../src/options.js';
import { parsePython } from '../src/python/parse.js';
import { analyzePython } from '../src/python/interp.js';
import { hasAnchors, worthAnalysing } from '../src/python/anchors.js';
import { slicePython } from '../src/python/slice.js';
import { unpack } from '../src/archive/index.js';
import { loaderAnalyzer } from '../src/analyzers/loader.js';
import { analyzeFile, finalizeArtifact, newArtifactState, toScanFile } from '../src/analyzers/run.js';

const args = process.argv.slice(2);
const noReal = args.includes('--no-real');
const extraDirs: string[] = [];
const wheelDirs: string[] = [];
let sample = 0;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--dir' && args[i + 1]) extraDirs.push(args[++i]);
  else if (args[i] === '--wheels' && args[i + 1]) wheelDirs.push(args[++i]);
  else if (args[i] === '--sample' && args[i + 1]) sample = Number(args[++i]);
}
const THRESHOLD = defaultOptions().threshold;

/** A fixture as a real artifact (sdist when its paths start with name-version/, wheel otherwise). */
function artifactOf(fx: Fixture): { name: string; data: Uint8Array } {
  const paths = Object.keys(fx.files);
  const sd = paths.every((p) => /^[\w.]+-\d[\w.]*\//.test(p));
  if (sd) {
    const root = paths[0].split('/')[0];
    const [name, version] = [root.slice(0, root.lastIndexOf('-')), root.slice(root.lastIndexOf('-') + 1)];
    const files: Record<string, Uint8Array | string> = {};
    for (const [p, d] of Object.entries(fx.files)) if (!p.endsWith('PKG-INFO')) files[p.slice(root.length + 1)] = d;
    return { name: `${name}-${version}.tar.gz`, data: buildSdist(name, version, files) };
  }
  return { name: 'fixture-1.0-py3-none-any.whl', data: buildWheel('fixture', '1.0', fx.files) };
}

console.log('== labelled loaders');
let found = 0;
let flagged = 0;
for (const fx of MALICIOUS) {
  const r = await runLoader(fx.files);
  const hit = (fx.rules ?? []).some((id) => r.findings.some((f) => f.rule === id && f.score >= THRESHOLD));
  const a = artifactOf(fx);
  const rep = await scanArtifact({ file: a.name, path: a.name, data: a.data }, defaultOptions());
  if (hit) found++;
  if (rep.flagged) flagged++;
  const asset = fx.asset ? (r.findings.some((f) => f.rule === 'code.asset-loader' && f.path === fx.asset) ? ' asset linked' : ' ASSET NOT LINKED') : '';
  console.log(`${hit ? 'found ' : 'MISSED'} loader ${maxScore(r)} artifact ${rep.score}${rep.flagged ? ' flagged' : ''}${asset}  ${fx.name}  [${rulesOf(r).join(', ')}]`);
}
console.log(`detection: ${found}/${MALICIOUS.length} by the loader rules alone, ${flagged}/${MALICIOUS.length} artifacts flagged by the whole pipeline`);

console.log('\n== benign fixtures');
let fp = 0;
for (const fx of BENIGN) {
  const r = await runLoader(fx.files);
  const s = maxScore(r);
  if (s >= THRESHOLD) fp++;
  console.log(`${s >= THRESHOLD ? 'FALSE ALARM' : 'quiet'} ${s}  ${fx.name}${r.findings.length ? `  [${r.findings.map((f) => `${f.rule} ${f.score}`).join(', ')}]` : ''}`);
}
console.log(`false alarms: ${fp}/${BENIGN.length}`);

if (!noReal) {
  console.log('\n== real code on this machine');
  // Debian's wheels of pip and setuptools (apt-get install python3-pip-whl python3-setuptools-whl)
  const wheelDir = '/usr/share/python-wheels';
  if (fs.existsSync(wheelDir)) {
    for (const w of fs.readdirSync(wheelDir).filter((x) => x.endsWith('.whl'))) {
      const data = new Uint8Array(fs.readFileSync(path.join(wheelDir, w)));
      const rep = await scanArtifact({ file: w, path: w, data }, defaultOptions());
      const loader = rep.findings.filter((f) => f.rule.startsWith('code.'));
      console.log(`${rep.flagged ? 'FLAGGED' : 'ok'} ${w}: artifact ${rep.score}, loader findings ${loader.length} (max ${Math.max(0, ...loader.map((f) => f.score))})${loader.slice(0, 3).map((f) => `\n    ${f.rule} ${f.score} ${f.path}: ${f.message}`).join('')}`);
    }
  } else console.log(`${wheelDir} missing: apt-get install python3-pip-whl python3-setuptools-whl`);

  let dirs = extraDirs;
  if (!dirs.length) {
    try {
      const out = execFileSync('python3', ['-c', 'import sys, sysconfig; print("\\n".join([sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["purelib"]]))'], { encoding: 'utf8' });
      dirs = out.split('\n').filter((d) => d && fs.existsSync(d));
    } catch {
      dirs = [];
    }
  }
  const files: string[] = [];
  const walk = (d: string, depth: number): void => {
    if (depth > 12) return;
    let ents: fs.Dirent[] = [];
    try {
      ents = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of ents) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && !e.isSymbolicLink()) {
        // the stdlib's site-packages is walked as its own root
        if (e.name === 'site-packages' && depth === 0 && dirs.some((x) => x === p)) continue;
        walk(p, depth + 1);
      } else if (e.isFile() && (e.name.endsWith('.py') || e.name.endsWith('.pth'))) files.push(p);
    }
  };
  for (const d of dirs) walk(d, 0);
  let bytes = 0;
  let analysedFiles = 0;
  let analysedBytes = 0;
  let parsedChars = 0;
  let anchorMs = 0;
  let analysisMs = 0;
  let parseMs = 0;
  const alarms: string[] = [];
  const reasons: string[] = [];
  let withFindings = 0;
  let maxS = 0;
  for (const f of files) {
    const data = fs.readFileSync(f);
    bytes += data.length;
    if (f.endsWith('.py')) {
      const text = data.toString('utf8');
      const t0 = performance.now();
      const worth = worthAnalysing(text);
      const t1 = performance.now();
      anchorMs += t1 - t0;
      if (worth) {
        analysedFiles++;
        analysedBytes += data.length;
        analyzePython(text);
        const t2 = performance.now();
        analysisMs += t2 - t1;
        // lezer alone, on what the analysis parses
        const parsed = slicePython(text, hasAnchors)?.text ?? text;
        const t3 = performance.now();
        parsePython(parsed);
        parseMs += performance.now() - t3;
        parsedChars += parsed.length;
      }
    }
    const r = await runLoader({ [f.replace(/^\//, '')]: new Uint8Array(data) });
    for (const x of r.incomplete) reasons.push(x);
    const sc = maxScore(r);
    if (r.findings.length) withFindings++;
    maxS = Math.max(maxS, sc);
    if (sc >= THRESHOLD) alarms.push(`${sc} ${f}\n    ${r.findings.filter((x) => x.score >= THRESHOLD).slice(0, 2).map((x) => `${x.rule}: ${x.message}`).join('\n    ')}`);
  }
  console.log(`${files.length} files (${(bytes / 1e6).toFixed(1)} MB) in ${dirs.join(', ')}`);
  console.log(`files with loader findings: ${withFindings}, max score ${maxS}, at or over ${THRESHOLD}: ${alarms.length}, incomplete: ${reasons.length}`);
  for (const a of alarms.slice(0, 40)) console.log(`  ${a}`);
  for (const x of reasons.slice(0, 10)) console.log(`  incomplete: ${x}`);
  console.log('\n== speed');
  const mbs = (b: number, ms: number): string => (b / 1e6 / Math.max(ms / 1000, 1e-9)).toFixed(1);
  console.log(`anchor test: ${mbs(bytes, anchorMs)} MB/s over all source; ${analysedFiles} files (${(analysedBytes / 1e6).toFixed(1)} MB) worth analysing`);
  console.log(`parse (@lezer/python): ${mbs(parsedChars, parseMs)} MB/s of parsed source (${(parsedChars / 1e6).toFixed(1)} MB parsed after slicing)`);
  console.log(`analysis (slice + parse + interpret): ${mbs(analysedBytes, analysisMs)} MB/s of analysed files`);
  console.log(`overall: ${mbs(bytes, anchorMs + analysisMs)} MB/s of Python source`);
}

if (wheelDirs.length) {
  console.log('\n== loader analyzer alone over wheels');
  const wheels: string[] = [];
  const walkW = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walkW(p);
      else if (e.name.endsWith('.whl')) wheels.push(p);
    }
  };
  for (const d of wheelDirs) walkW(d);
  wheels.sort();
  let seed = 12345;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const chosen = sample > 0 && sample < wheels.length ? wheels.map((w) => [rnd(), w] as const).sort((a, b) => a[0] - b[0]).slice(0, sample).map((x) => x[1]) : wheels;
  const opts = defaultOptions();
  let pyBytes = 0;
  let ms = 0;
  let n = 0;
  let maxS = 0;
  const slow: Array<[number, string]> = [];
  const alarms: string[] = [];
  const incompletes: string[] = [];
  for (const w of chosen) {
    const data = new Uint8Array(fs.readFileSync(w));
    const state = newArtifactState();
    const paths: string[] = [];
    const findings: import('../src/types.js').Finding[] = [];
    await unpack(data, 'zip', { limits: opts.limits, wheel: true }, async (m) => {
      paths.push(m.path);
      if (!/\.(?:py|pth)$|entry_points\.txt$/.test(m.path)) return;
      if (m.path.endsWith('.py')) pyBytes += m.data.length;
      const file = await toScanFile(m.path, m.data, m.depth);
      const t0 = performance.now();
      const r = await analyzeFile(file, [loaderAnalyzer], opts, paths, state);
      const dt = performance.now() - t0;
      ms += dt;
      slow.push([dt, `${path.basename(w)}!${m.path}`]);
      findings.push(...r.findings);
      for (const x of r.incomplete) incompletes.push(`${path.basename(w)}: ${x}`);
    });
    const fin = await finalizeArtifact([loaderAnalyzer], opts, paths, findings, state);
    n++;
    for (const f of fin.findings) {
      maxS = Math.max(maxS, f.score);
      if (f.score >= 3) alarms.push(`${f.score} ${path.basename(w)} ${f.path}: ${f.rule} ${f.message.slice(0, 220)}`);
    }
  }
  slow.sort((a, b) => b[0] - a[0]);
  console.log(`${n} wheels, ${(pyBytes / 1e6).toFixed(1)} MB of Python, loader time ${(ms / 1000).toFixed(1)} s (${(pyBytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s), max loader score ${maxS}`);
  console.log(`findings scoring 3 or more: ${alarms.length}`);
  for (const a of alarms.sort((x, y) => Number(y.split(' ')[0]) - Number(x.split(' ')[0])).slice(0, 60)) console.log(`  ${a}`);
  console.log(`incomplete: ${incompletes.length}`);
  for (const x of incompletes.slice(0, 20)) console.log(`  ${x}`);
  console.log('slowest files:');
  for (const [dt, f] of slow.slice(0, 10)) console.log(`  ${dt.toFixed(0)} ms ${f}`);
}
