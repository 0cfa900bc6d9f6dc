/**
 * Worker threads: the same verdicts as a scan on one thread; large members analysed on other threads; an artifact
 * that runs out of time or heap, or crashes its thread, is reported incomplete with the reason and the scan goes on.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWheel } from '../helpers/archive.js';
import { tone, wav } from '../helpers/pcm.js';
import { fakePE, telnyx, wav as textWav } from '../helpers/payloads.js';
import { bundleWorker, fakeWorker } from '../helpers/worker-bundle.js';
import { defaultOptions } from '../../src/options.js';
import { exitCode, runScan } from '../../src/run.js';
import { createScanner } from '../../src/workers/pool.js';
import type { ArtifactReport } from '../../src/types.js';

let worker: { file: string; cleanup(): void };
let dir: string;

beforeAll(async () => {
  worker = await bundleWorker();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-workers-'));
  const sound = wav(tone(14, 44100), 44100); // 1.2 MB: above the hand-over size
  const code = 'import wave\n\ndef play(p):\n    return wave.open(p).getnframes()\n';
  fs.writeFileSync(path.join(dir, 'chimes-1.0-py3-none-any.whl'), buildWheel('chimes', '1.0', { 'chimes/__init__.py': code, 'chimes/a.wav': sound, 'chimes/b.wav': sound, 'chimes/c.wav': sound }));
  const loader = "import wave, base64\nw = wave.open(__file__.replace('__init__.py', 'ring.wav'))\nd = base64.b64decode(w.readframes(w.getnframes()))\nk, p = d[:8], d[8:]\nexec(bytes(b ^ k[i % 8] for i, b in enumerate(p)))\n";
  fs.writeFileSync(path.join(dir, 'ringer-2.0-py3-none-any.whl'), buildWheel('ringer', '2.0', { 'ringer/__init__.py': loader, 'ringer/ring.wav': textWav(telnyx(fakePE())), 'ringer/big.wav': sound }));
  for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(dir, `plain${i}-1.0-py3-none-any.whl`), buildWheel(`plain${i}`, '1.0', { [`plain${i}/__init__.py`]: `X = ${i}\n` }));
}, 60_000);

afterAll(() => {
  worker?.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What must not depend on threads: everything but timings. */
function verdict(r: ArtifactReport) {
  return { file: r.file, status: r.status, score: r.score, flagged: r.flagged, reasons: [...r.reasons].sort(), findings: r.findings.map((f) => `${f.rule} ${f.path} ${f.score} ${f.message}`).sort(), files: r.stats.files };
}

test('two worker threads give the same reports as one thread, in the same order, with large members handed over', async () => {
  const options = defaultOptions();
  const one = await runScan([dir], options);
  const two = await runScan([dir], options, { workers: { workerFile: worker.file, jobs: 2 } });
  expect(one.stats.threads).toBe(0);
  expect(two.stats.threads).toBe(2);
  expect(two.artifacts.map(verdict)).toEqual(one.artifacts.map(verdict));
  expect(two.artifacts.find((a) => a.package === 'ringer')?.flagged).toBe(true);
  expect(exitCode(two)).toBe(1);
  expect(two.stats.scanSeconds).toBeGreaterThan(0);

  // the members: a single artifact with three 1.2 MB sounds, two threads
  const scanner = createScanner({ workerFile: worker.file, jobs: 2 });
  try {
    const data = fs.readFileSync(path.join(dir, 'chimes-1.0-py3-none-any.whl'));
    const r = await scanner.scan({ file: 'chimes-1.0-py3-none-any.whl', path: 'x', data }, options);
    expect(r.status).toBe('scanned');
    expect(r.stats.files).toBe(4 + 3);
    expect(scanner.counts().members).toBeGreaterThanOrEqual(1);
    // the bytes moved to the worker: nothing was copied back into the caller's buffer
    expect(data.byteLength).toBe(0);
  } finally {
    await scanner.close();
  }
}, 120_000);

test('a scanner made by the caller serves several runs and stays open; the reports match a run that makes its own', async () => {
  const options = defaultOptions();
  const own = await runScan([dir], options, { workers: { workerFile: worker.file, jobs: 2 } });
  const scanner = createScanner({ workerFile: worker.file, jobs: 2 });
  try {
    const first = await runScan([dir], options, { scanner });
    const after = scanner.counts().artifacts;
    const second = await runScan([dir], options, { scanner });
    expect(after).toBe(own.artifacts.length);
    // still open after the first run: the second one scanned every artifact again on the same threads
    expect(scanner.counts().artifacts).toBe(2 * after);
    expect(first.stats.threads).toBe(2);
    expect(first.artifacts.map(verdict)).toEqual(own.artifacts.map(verdict));
    // without a verdict cache the scanning thread hashes the bytes: the report's hash is the file's
    for (const a of second.artifacts) expect(a.sha256).toBe(createHash('sha256').update(fs.readFileSync(a.path)).digest('hex'));
    expect(second.artifacts.map(verdict)).toEqual(own.artifacts.map(verdict));
  } finally {
    await scanner.close();
  }
}, 120_000);

/** A stand-in scan worker: behaviour chosen by the artifact's name. */
const FAKE = `
export default async function (t) {
  if (t.kind === 'member') throw new Error('no member scans here');
  if (t.file.startsWith('hang')) { if (!t.sha256) t.port?.postMessage({ sha256: 'a'.repeat(64) }); for (;;) {} }
  if (t.file.startsWith('memfail')) {
    // claim a slot for a member, ask the main thread to scan it, and fail before the reply
    Atomics.add(new Int32Array(t.slots), 0, 1);
    const b = new ArrayBuffer(8);
    t.port.postMessage({ id: 1, path: 'pkg/m.bin', depth: 1, buffer: b, byteOffset: 0, length: 8 }, [b]);
    (await import('node:fs')).writeFileSync(t.path, 'posted');
    throw new Error('failed right after asking for a member');
  }
  const slots = t.slots ? Atomics.load(new Int32Array(t.slots), 0) : -1;
  if (t.file.startsWith('sendfail')) {
    t.port.postMessage({ sha256: 'b'.repeat(64) });
    (await import('node:fs')).writeFileSync(t.path, 'posted');
    throw new Error('failed right after sending its hash');
  }
  if (t.file.startsWith('crash')) { setTimeout(() => { throw new Error('worker blew up'); }); await new Promise(() => {}); }
  if (t.file.startsWith('heap')) { const keep = []; for (;;) keep.push({ a: Math.random(), b: [1, 2, 3], c: 'x' + keep.length }); }
  return { file: t.file, path: t.path, sha256: '', size: t.length, package: null, version: null, kind: 'wheel', score: 0, flagged: false,
    status: 'scanned', reasons: [\`slots in use: \${slots}\`], findings: [], scoreBreakdown: { worstFile: null, worstFileScore: 0, categories: {}, corroboration: 0 },
    stats: { files: 1, bytes: t.length, seconds: 0 } };
}
`;

test('an artifact over its time budget, one that crashes its thread, one over its heap budget: each incomplete with its reason, the others scanned', async () => {
  const fake = fakeWorker(FAKE);
  const scanner = createScanner({ workerFile: fake.file, jobs: 2, timeoutSeconds: 5, heapMb: 64 });
  const options = defaultOptions();
  const input = (file: string) => ({ file, path: file, data: new Uint8Array(1000) });
  try {
    const t0 = performance.now();
    const roomy = createScanner({ workerFile: fake.file, jobs: 1, timeoutSeconds: 60, heapMb: 64 });
    const heap = roomy.scan(input('heap-1.0-py3-none-any.whl'), options).finally(() => roomy.close());
    const rs = await Promise.all([...['ok1-1.0-py3-none-any.whl', 'hang-1.0-py3-none-any.whl', 'crash-1.0-py3-none-any.whl', 'ok2-1.0-py3-none-any.whl'].map((f) => scanner.scan(input(f), options)), heap]);
    const by = Object.fromEntries(rs.map((r) => [r.file.split('-')[0], r]));
    expect(by.ok1.status).toBe('scanned');
    expect(by.ok2.status).toBe('scanned');
    expect(by.hang.status).toBe('incomplete');
    expect(by.hang.reasons[0]).toMatch(/time budget/);
    expect(by.hang.stopped).toBe('time');
    expect(by.crash.stopped).toBe('crash');
    expect(by.heap.stopped).toBe('memory');
    expect(by.ok1.stopped).toBeUndefined();
    expect(by.hang.package).toBe('hang');
    expect(by.hang.size).toBe(1000);
    expect(by.crash.status).toBe('incomplete');
    expect(by.crash.reasons[0]).toMatch(/worker thread failed.*worker blew up/);
    expect(by.heap.status).toBe('incomplete');
    expect(by.heap.reasons[0]).toMatch(/64 MB heap budget/);
    // the hash a thread sent before it stopped is kept; a thread that sent none leaves the file's on disk, or none
    // when there is no such file
    expect(by.hang.sha256).toBe('a'.repeat(64));
    expect(by.crash.sha256).toBe('');
    // the hung thread was stopped at its budget, not waited for
    expect((performance.now() - t0) / 1000).toBeLessThan(30);
    const report = { ...(await runScan([], options)), artifacts: rs };
    report.failOnIncomplete = true;
    expect(exitCode(report)).toBe(1);
  } finally {
    await scanner.close();
    fake.cleanup();
  }
}, 60_000);

test('a thread that fails right after posting its hash or a member request: what it posted is still read', async () => {
  const fake = fakeWorker(FAKE);
  const scanner = createScanner({ workerFile: fake.file, jobs: 2, timeoutSeconds: 30 });
  const options = defaultOptions();
  const input = (file: string, p = file) => ({ file, path: p, data: new Uint8Array(100) });
  const marker = path.join(os.tmpdir(), `pss-postfail-${process.pid}`);
  // The failure and what the thread posted before it reach this thread on two ports. Keep this thread busy until the
  // worker has posted and failed (it writes the marker in between), so that both wait at once: the pool's port, the
  // older, is served first, and the message is still queued on the artifact's port when the failure is handled. (When
  // this thread is idle, a message is served as soon as it is posted, and nothing is left to read.)
  const failWhileBusy = async (file: string, sha?: string) => {
    fs.rmSync(marker, { force: true });
    const pending = scanner.scan(input(file, marker), options, sha);
    await new Promise((res) => setImmediate(res));
    const until = Date.now() + 10_000;
    while (!fs.existsSync(marker) && Date.now() < until);
    const settle = Date.now() + 200;
    while (Date.now() < settle);
    return pending;
  };
  try {
    expect((await scanner.scan(input('ok-1.0-py3-none-any.whl'), options)).reasons).toEqual(['slots in use: 1']);
    // its hash: kept (not the hash of the file at its path, which the report falls back to when none came)
    const sent = await failWhileBusy('sendfail-1.0-py3-none-any.whl');
    expect(sent.status).toBe('incomplete');
    expect(sent.reasons[0]).toMatch(/failed right after sending its hash/);
    expect(sent.sha256).toBe('b'.repeat(64));
    // a member request, for which it claimed a slot (with the hash given, nothing is awaited between the failure and
    // the closing of the port): read then, its member scan is started (and fails, the artifact being over), and the slot
    // is released when it ends. A later artifact sees only its own slot; a leaked one would stay in use for the rest of
    // the run.
    const asked = await failWhileBusy('memfail-1.0-py3-none-any.whl', 'c'.repeat(64));
    expect(asked.status).toBe('incomplete');
    expect(asked.reasons[0]).toMatch(/failed right after asking for a member/);
    let seen = '';
    for (let i = 0; i < 50 && seen !== 'slots in use: 1'; i++) {
      seen = (await scanner.scan(input('ok-1.0-py3-none-any.whl'), options)).reasons[0];
      if (seen !== 'slots in use: 1') await new Promise((res) => setTimeout(res, 20));
    }
    expect(seen).toBe('slots in use: 1');
  } finally {
    fs.rmSync(marker, { force: true });
    await scanner.close();
    fake.cleanup();
  }
}, 60_000);

test('through runScan: a stopped artifact is reported in its place, fails the run, and its verdict is not cached', async () => {
  const fake = fakeWorker(FAKE);
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-stopped-'));
  try {
    for (const n of ['aaa', 'hang', 'zzz']) fs.writeFileSync(path.join(d, `${n}-1.0-py3-none-any.whl`), buildWheel(n, '1.0', { [`${n}/__init__.py`]: 'X = 1\n' }));
    const put: string[] = [];
    const verdicts = { get: async () => null, put: async (r: ArtifactReport) => void put.push(r.file) };
    const r = await runScan([d], defaultOptions(), { workers: { workerFile: fake.file, jobs: 2, timeoutSeconds: 5 }, verdicts });
    expect(r.artifacts.map((a) => [a.file, a.status])).toEqual([
      ['aaa-1.0-py3-none-any.whl', 'scanned'],
      ['hang-1.0-py3-none-any.whl', 'incomplete'],
      ['zzz-1.0-py3-none-any.whl', 'scanned'],
    ]);
    expect(put.sort()).toEqual(['aaa-1.0-py3-none-any.whl', 'zzz-1.0-py3-none-any.whl']);
    expect(exitCode(r)).toBe(1);
    expect(r.stats.incomplete).toBe(1);
    // hashed on the main thread for the verdict cache: the stopped artifact's report has the file's hash
    const fileSha = (f: string) => createHash('sha256').update(fs.readFileSync(path.join(d, f))).digest('hex');
    expect(r.artifacts[1].sha256).toBe(fileSha('hang-1.0-py3-none-any.whl'));

    // no verdict cache: the thread hashes; one that crashes before sending its hash leaves the file's on disk
    fs.renameSync(path.join(d, 'hang-1.0-py3-none-any.whl'), path.join(d, 'crash-1.0-py3-none-any.whl'));
    const r2 = await runScan([d], defaultOptions(), { workers: { workerFile: fake.file, jobs: 2, timeoutSeconds: 5 } });
    expect(r2.artifacts.map((a) => [a.file, a.status, a.stopped])).toEqual([
      ['aaa-1.0-py3-none-any.whl', 'scanned', undefined],
      ['crash-1.0-py3-none-any.whl', 'incomplete', 'crash'],
      ['zzz-1.0-py3-none-any.whl', 'scanned', undefined],
    ]);
    expect(r2.artifacts[1].sha256).toBe(fileSha('crash-1.0-py3-none-any.whl'));
  } finally {
    fs.rmSync(d, { recursive: true, force: true });
    fake.cleanup();
  }
}, 60_000);
