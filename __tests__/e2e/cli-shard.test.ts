/**
 * Scaling out from the command line, with the bundled dist/cli.js: `scan --shard i/n` splits a folder of artifacts
 * into a partition, and `merge` of the shard reports gives back the unsharded scan's artifacts, verdict and exit
 * status; a missing or repeated shard, or a file that is not a report, is exit 2 with a message.
 * (PSS_DIST runs another build of the entry points than dist/.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWheel, buildZip } from '../helpers/archive.js';
import { tone, wav } from '../helpers/pcm.js';
import { fakeELF as elf } from '../helpers/payloads.js';
import { validateSarif } from '../helpers/sarif-schema.js';
import type { ArtifactReport, ScanReport } from '../../src/types.js';

const NODE = process.env.PSS_NODE || process.execPath;
const CLI = path.resolve(process.env.PSS_DIST || 'dist', 'cli.js');
let dir: string;
let wheels: string;
/** Several CLI runs per test: generous, for a loaded machine. */
const SLOW = 240_000;

function cli(...args: string[]) {
  const r = spawnSync(NODE, [CLI, ...args], { encoding: 'utf8', cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const readJson = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as ScanReport;
/** An artifact report without its timing (the one thing two scans of the same bytes do not share). */
const timeless = (a: ArtifactReport) => ({ ...a, stats: { ...a.stats, seconds: 0 } });
const byFile = (xs: ArtifactReport[]) => [...xs].sort((a, b) => a.file.localeCompare(b.file)).map(timeless);

beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-shard-cli-'));
  wheels = path.join(dir, 'wheels');
  fs.mkdirSync(wheels);
  // Twelve projects: clean ones, two with an executable disguised as audio (flagged), one that cannot be fully read.
  for (let i = 0; i < 10; i++) {
    const name = `proj${i}`;
    const bad = i === 3 || i === 7;
    fs.writeFileSync(path.join(wheels, `${name}-1.0-py3-none-any.whl`), buildWheel(name, '1.0', { [`${name}/__init__.py`]: `X = ${i}\n`, [`${name}/data/sound.wav`]: bad ? elf(2048, i) : wav(tone(0.2)) }));
  }
  fs.writeFileSync(path.join(wheels, 'sealed-1.0.zip'), buildZip([{ name: 'sealed-1.0/secret.wav', data: 'x', method: 0, flags: 1 }]));
  fs.writeFileSync(path.join(wheels, 'other-2.0-py3-none-any.whl'), buildWheel('other', '2.0', { 'other/__init__.py': '' }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('--shard 1/3, 2/3, 3/3 partition the artifacts; merge gives back the whole scan: artifacts, verdict, exit status', () => {
  const whole = cli('scan', '--format', 'json', '--output', 'whole.json', 'wheels');
  expect(whole.err).toBe('');
  expect(whole.code).toBe(1);
  const full = readJson('whole.json');
  expect(full.artifacts).toHaveLength(12);
  expect(full.stats).toMatchObject({ flagged: 2, incomplete: 1 });
  expect(full.shard).toBeUndefined();

  const parts: ScanReport[] = [];
  for (const i of [1, 2, 3]) {
    const r = cli('scan', '--shard', `${i}/3`, '--format', 'json', '--output', `shard-${i}.json`, 'wheels');
    expect([0, 1]).toContain(r.code);
    const j = readJson(`shard-${i}.json`);
    expect(j.shard).toEqual({ index: i, count: 3 });
    expect(r.code).toBe(j.stats.flagged || j.stats.incomplete ? 1 : 0);
    parts.push(j);
  }
  // A partition: every artifact of the whole scan in exactly one shard, and no shard holding all of them.
  const files = parts.map((p) => p.artifacts.map((a) => a.file));
  expect(files.flat().sort()).toEqual(full.artifacts.map((a) => a.file).sort());
  expect(new Set(files.flat()).size).toBe(12);
  expect(files.filter((f) => f.length > 0).length).toBeGreaterThanOrEqual(2);

  // Shard reports given in any order.
  const merged = cli('merge', '--format', 'json', '--output', 'merged.json', 'shard-3.json', 'shard-1.json', 'shard-2.json');
  expect(merged.err).toBe('');
  expect(merged.code).toBe(whole.code);
  const m = readJson('merged.json');
  expect(byFile(m.artifacts)).toEqual(byFile(full.artifacts));
  expect(m.errors).toEqual(full.errors);
  const counts = (r: ScanReport) => [r.stats.artifacts, r.stats.files, r.stats.bytes, r.stats.flagged, r.stats.incomplete];
  expect(counts(m)).toEqual(counts(full));
  // Times are the shards' added up (runner time).
  expect(m.stats.seconds).toBeCloseTo(parts.reduce((s, p) => s + p.stats.seconds, 0), 2);
  expect([m.threshold, m.failOnIncomplete, m.tool]).toEqual([full.threshold, full.failOnIncomplete, full.tool]);
  expect(m.merged).toEqual({ reports: 3, shards: 3 });

  // The same outputs as a scan: text with the verdict, SARIF with one run that validates.
  const text = cli('merge', '--sarif', 'merged.sarif', 'shard-1.json', 'shard-2.json', 'shard-3.json');
  expect(text.code).toBe(1);
  expect(text.out).toMatch(/^FLAGGED: 2 of 12 artifact\(s\) scored 7 or more/);
  expect(text.out).toMatch(/merged from the reports of all 3 shard\(s\)/);
  const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'merged.sarif'), 'utf8'));
  expect(validateSarif(sarif)).toEqual([]);
  expect(sarif.runs).toHaveLength(1);
  const flaggedFiles = full.artifacts.filter((a) => a.flagged).map((a) => a.file);
  for (const f of flaggedFiles) expect(JSON.stringify(sarif.runs[0].results)).toContain(f);

  // A shard's own text report says which part it is.
  const one = cli('scan', '--shard', '2/3', 'wheels');
  expect(one.out).toMatch(/^shard 2 of 3: only this shard's part of the artifacts/m);
  // --allow-incomplete on merge: the incomplete artifact no longer fails the merged verdict (the flagged ones do).
  expect(cli('merge', '--allow-incomplete', '--format', 'json', 'shard-1.json', 'shard-2.json', 'shard-3.json').out).toMatch(/"failOnIncomplete": false/);
}, SLOW);

test('a merge with a shard missing, or given twice, is exit 2 with a message, not a partial verdict', () => {
  for (const i of [1, 2, 3]) if (!fs.existsSync(path.join(dir, `shard-${i}.json`))) cli('scan', '--shard', `${i}/3`, '--format', 'json', '--output', `shard-${i}.json`, 'wheels');
  const missing = cli('merge', 'shard-1.json', 'shard-3.json');
  expect(missing.code).toBe(2);
  expect(missing.out).toBe('');
  expect(missing.err).toMatch(/^error: missing shard report\(s\): 2\/3/);
  const twice = cli('merge', 'shard-1.json', 'shard-2.json', 'shard-2.json', 'shard-3.json');
  expect(twice.code).toBe(2);
  expect(twice.err).toMatch(/shard 2\/3 is given 2 times \(shard-2\.json, shard-2\.json\)/);
}, SLOW);

test('merge refuses what is not a JSON report of this tool, and scan options; --shard is validated', () => {
  fs.writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ version: '2.1.0', runs: [] }));
  const sarif = cli('merge', 'other.json');
  expect(sarif.code).toBe(2);
  expect(sarif.err).toMatch(/other\.json: a SARIF log, not a JSON report/);
  const gone = cli('merge', 'nope.json');
  expect(gone.code).toBe(2);
  expect(gone.err).toMatch(/nope\.json: no such file/);
  const opt = cli('merge', '--threshold', '3', 'other.json');
  expect(opt.code).toBe(2);
  expect(opt.err).toMatch(/--threshold: not an option of merge/);
  for (const bad of ['0/3', '4/3', '3', 'x/y']) {
    const r = cli('scan', '--shard', bad, 'wheels');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: --shard/);
  }
}, SLOW);
