/**
 * Sharded requirements and lock files, with the real pip against a local index on 127.0.0.1: entries fetched one by
 * one (lock entries, hashed requirements) are split before anything is downloaded, so each shard downloads only its
 * part; requirements pip resolves are resolved whole by every shard and their artifacts split by project name; notes
 * and unscannable (VCS) requirements go with their requirement's name. In every case the shards partition the
 * unsharded result.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sha256, startIndex, wheelFile, type IndexFile, type LocalIndex } from '../helpers/pypi-index.js';
import { runScan } from '../../src/run.js';
import { defaultOptions } from '../../src/options.js';
import { projectKey, shardOf, type Shard } from '../../src/shard.js';
import type { ScanReport } from '../../src/types.js';

let dir: string;
let idx: LocalIndex;
/** pip runs several times per test: generous, for a loaded machine. */
const SLOW = 300_000;

// Nine locked projects; over 3 shards (sha256 of the project name): india | charlie foxtrot hotel | the rest.
const LOCKED = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india'];
const locked: Record<string, IndexFile> = Object.fromEntries(LOCKED.map((n) => [n, wheelFile(n, '1.0')]));
// Resolved by pip: toppkg (shard 1) pulls deppkg (shard 2) and leafpkg (shard 3); sidepkg is shard 1.
const resolved = {
  toppkg: wheelFile('toppkg', '1.0', { requires: ['deppkg>=1', 'leafpkg'] }),
  deppkg: wheelFile('deppkg', '1.2'),
  leafpkg: wheelFile('leafpkg', '0.5'),
  sidepkg: wheelFile('sidepkg', '1.0'),
  plainpkg: wheelFile('plainpkg', '3.0'),
};

const shards = (n: number): Shard[] => Array.from({ length: n }, (_, i) => ({ index: i + 1, count: n }));
const files = (r: ScanReport) => r.artifacts.map((a) => a.file).sort();

async function scan(file: string, shard?: Shard): Promise<{ report: ScanReport; downloads: string[] }> {
  const before = idx.requests.length;
  const report = await runScan([file], defaultOptions(), { fetch: { indexUrl: idx.url }, shard });
  return { report, downloads: idx.requests.slice(before).filter((p) => p.startsWith('/files/')).map((p) => p.slice('/files/'.length)).sort() };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-shard-fetch-'));
  idx = await startIndex({ ...Object.fromEntries(Object.entries(locked).map(([n, f]) => [n, [f]])), ...Object.fromEntries(Object.entries(resolved).map(([n, f]) => [n, [f]])) });
  // The test's premise: every shard of 3 has something of each kind.
  expect(new Set(LOCKED.map((n) => shardOf(projectKey(n), 3)))).toEqual(new Set([1, 2, 3]));
  expect(['toppkg', 'deppkg', 'leafpkg'].map((n) => shardOf(projectKey(n), 3))).toEqual([1, 2, 3]);
});

afterAll(async () => {
  await idx?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a lock file: each shard downloads only its own entries, and the shards partition the whole', async () => {
  const f = path.join(dir, 'uv', 'uv.lock');
  fs.mkdirSync(path.dirname(f));
  const entry = (w: IndexFile) => `{ url = "${idx.fileUrl(w.filename)}", hash = "sha256:${sha256(w.data)}", size = ${w.data.length} }`;
  fs.writeFileSync(f, 'version = 1\nrequires-python = ">=3.9"\n\n' + LOCKED.map((n) => `[[package]]\nname = "${n}"\nversion = "1.0"\nsource = { registry = "https://pypi.org/simple" }\nwheels = [\n    ${entry(locked[n])},\n]\n`).join('\n'));
  const whole = await scan(f);
  expect(whole.report.errors).toEqual([]);
  expect(files(whole.report)).toEqual(LOCKED.map((n) => locked[n].filename).sort());
  const seen: string[] = [];
  for (const shard of shards(3)) {
    const { report, downloads } = await scan(f, shard);
    expect(report.errors).toEqual([]);
    const mine = LOCKED.filter((n) => shardOf(projectKey(n), 3) === shard.index).map((n) => locked[n].filename).sort();
    expect(files(report)).toEqual(mine);
    // Only this shard's files were downloaded: the split happened before fetching.
    expect(downloads).toEqual(mine);
    // The same artifact reports (requiredBy, fetchedVia) as in the unsharded run.
    for (const a of report.artifacts) expect({ ...a, stats: null }).toEqual({ ...whole.report.artifacts.find((x) => x.file === a.file), stats: null });
    seen.push(...files(report));
  }
  expect(seen.sort()).toEqual(files(whole.report));
}, SLOW);

test('hashed requirements are split before fetching too', async () => {
  const f = path.join(dir, 'requirements-hashed.txt');
  fs.writeFileSync(f, LOCKED.map((n) => `${n}==1.0 --hash=sha256:${sha256(locked[n].data)}`).join('\n') + '\n');
  const seen: string[] = [];
  for (const shard of shards(3)) {
    const { report, downloads } = await scan(f, shard);
    expect(report.errors).toEqual([]);
    const mine = LOCKED.filter((n) => shardOf(projectKey(n), 3) === shard.index).map((n) => locked[n].filename).sort();
    expect(files(report)).toEqual(mine);
    expect(downloads).toEqual(mine);
    seen.push(...files(report));
  }
  expect(seen.sort()).toEqual(LOCKED.map((n) => locked[n].filename).sort());
}, SLOW);

test('requirements pip resolves: fetched whole by every shard, artifacts split by project; notes and VCS go with their name', async () => {
  const f = path.join(dir, 'requirements.txt');
  fs.writeFileSync(f, 'toppkg==1.0\nsidepkg==1.0\nplainpkg==3.0 ; sys_platform == "win32"\n-e git+https://example.invalid/repo.git@v1#egg=repo\n');
  const whole = await scan(f);
  expect(whole.report.errors).toEqual([]);
  const all = ['deppkg-1.2-py3-none-any.whl', 'leafpkg-0.5-py3-none-any.whl', 'sidepkg-1.0-py3-none-any.whl', 'toppkg-1.0-py3-none-any.whl'];
  expect(whole.report.artifacts.filter((a) => a.status === 'scanned').map((a) => a.file).sort()).toEqual(all);
  expect(whole.report.artifacts.filter((a) => a.status === 'incomplete')).toHaveLength(1);
  expect(whole.report.notes).toHaveLength(1);

  const parts: ScanReport[] = [];
  for (const shard of shards(3)) {
    const { report, downloads } = await scan(f, shard);
    expect(report.errors).toEqual([]);
    // The closure is resolved whole (a dependency can come from any line): every wheel was downloaded...
    expect(downloads).toEqual(expect.arrayContaining(all.slice(0, 2)));
    parts.push(report);
  }
  // ...and each artifact kept by the shard of its project, with the same requiredBy as unsharded.
  expect(parts.map((p) => p.artifacts.filter((a) => a.status === 'scanned').map((a) => a.file).sort())).toEqual([
    ['sidepkg-1.0-py3-none-any.whl', 'toppkg-1.0-py3-none-any.whl'],
    ['deppkg-1.2-py3-none-any.whl'],
    ['leafpkg-0.5-py3-none-any.whl'],
  ]);
  expect(parts[1].artifacts[0].requiredBy).toEqual(whole.report.artifacts.find((a) => a.file === 'deppkg-1.2-py3-none-any.whl')!.requiredBy);
  expect(parts[1].artifacts[0].requiredBy).toEqual([{ file: f, line: 1, requirement: 'toppkg==1.0 (dependency deppkg)' }]);
  // The VCS requirement (repo) and the note (plainpkg) are each in exactly one shard: theirs.
  const vcs = parts.map((p) => p.artifacts.filter((a) => a.status === 'incomplete').length);
  const notes = parts.map((p) => p.notes?.length ?? 0);
  expect(vcs).toEqual([1, 2, 3].map((i) => (shardOf(projectKey('repo'), 3) === i ? 1 : 0)));
  expect(notes).toEqual([1, 2, 3].map((i) => (shardOf(projectKey('plainpkg'), 3) === i ? 1 : 0)));
}, SLOW);
