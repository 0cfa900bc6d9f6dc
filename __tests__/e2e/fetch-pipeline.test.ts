/**
 * Scanning runs alongside the downloads: an artifact is scanned as soon as it is fetched, not after the last
 * download. The server below holds back the second artifact until the first one's scan has finished (seen through the
 * verdict cache, which is written when a scan ends); a run that scanned only after fetching everything would wait for
 * the server's fallback instead. pipBatches: how entries fetched one by one are split into pip processes.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { wheelFile } from '../helpers/pypi-index.js';
import { runScan, type VerdictCache } from '../../src/run.js';
import { defaultOptions } from '../../src/options.js';
import { pipBatches } from '../../src/fetch/index.js';
import type { ArtifactReport } from '../../src/types.js';
import { scanTiming } from '../../src/report/text.js';

const FALLBACK_MS = 20_000;

let dir: string;
let server: http.Server;
let base: string;
let release: (why: string) => void = () => undefined;
let released: Promise<string>;
const first = wheelFile('firstpkg', '1.0');
const second = wheelFile('secondpkg', '1.0');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-pipeline-'));
  released = new Promise<string>((resolve) => {
    release = resolve;
  });
  server = http.createServer((req, res) => {
    const send = (d: Uint8Array) => res.writeHead(200, { 'content-length': d.length }).end(d);
    if (req.url === `/files/${first.filename}`) return send(first.data);
    if (req.url === `/slow/${second.filename}`) return void setTimeout(() => send(second.data), 1500);
    if (req.url === `/files/${second.filename}`) {
      const timer = setTimeout(() => release('the fallback timer'), FALLBACK_MS);
      void released.then(() => {
        clearTimeout(timer);
        send(second.data);
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  release('the end of the tests');
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the first artifact is scanned while the second is still downloading', async () => {
  const req = path.join(dir, 'requirements.txt');
  // second first: the report's order is by file name, not by which download finished first
  fs.writeFileSync(req, `secondpkg @ ${base}/files/${second.filename}\nfirstpkg @ ${base}/files/${first.filename}\n`);
  const saved: string[] = [];
  const verdicts: VerdictCache = {
    get: async () => null,
    put: async (r: ArtifactReport) => {
      saved.push(r.file);
      if (r.file === first.filename) release('the scan of the first artifact');
    },
  };
  const t0 = performance.now();
  const calls: Array<[number, number, boolean]> = [];
  const progress = (done: number, total: number, current: string, fetching?: boolean) => {
    if (current) calls.push([done, total, !!fetching]);
  };
  const r = await runScan([req], defaultOptions(), { verdicts, progress });
  expect(await released).toBe('the scan of the first artifact');
  expect(performance.now() - t0).toBeLessThan(FALLBACK_MS);
  expect(saved).toEqual([first.filename, second.filename]);
  // the progress line knows more may come: 1 of 1 so far while the second downloads; the second is scanned as soon
  // as it arrives, before the fetch has returned
  expect(calls).toEqual([
    [0, 1, true],
    [1, 2, true],
  ]);
  expect(r.errors).toEqual([]);
  expect(r.artifacts.map((a) => [a.file, a.status, a.fetchedVia, a.requiredBy])).toEqual([
    [first.filename, 'scanned', 'http', [{ file: req, line: 2, requirement: `firstpkg @ ${base}/files/${first.filename}` }]],
    [second.filename, 'scanned', 'http', [{ file: req, line: 1, requirement: `secondpkg @ ${base}/files/${second.filename}` }]],
  ]);
  // the first scan ran before the fetch ended: only the second one is left after it
  const { fetchSeconds, scanSeconds, scanAfterFetchSeconds } = r.stats;
  expect(fetchSeconds).toBeGreaterThan(0);
  expect(scanAfterFetchSeconds).toBeDefined();
  expect(scanAfterFetchSeconds!).toBeLessThan(scanSeconds!);
  expect(scanTiming(r)).toMatch(/^scanning \d+\.\d s on the main thread, \d+\.\d s of it after the last download$/);
}, 60_000);

test('a scan lane that fails while downloads go on fails the run with its error (no hang, no pass)', async () => {
  const req = path.join(dir, 'requirements-throw.txt');
  fs.writeFileSync(req, `firstpkg @ ${base}/files/${first.filename}\nsecondpkg @ ${base}/slow/${second.filename}\n`);
  const progress = () => {
    throw new Error('progress display failed');
  };
  await expect(runScan([req], defaultOptions(), { progress })).rejects.toThrow('progress display failed');
}, 60_000);

test('artifacts given directly report no scan-after-fetch time (nothing was fetched)', async () => {
  const f = path.join(dir, first.filename);
  fs.writeFileSync(f, first.data);
  const calls: Array<[number, number, boolean]> = [];
  const r = await runScan([f], defaultOptions(), { progress: (done, total, current, fetching) => void (current && calls.push([done, total, !!fetching])) });
  expect(r.artifacts.map((a) => a.status)).toEqual(['scanned']);
  expect(calls).toEqual([[0, 1, false]]);
  expect(r.stats.fetchSeconds).toBeUndefined();
  expect(r.stats.scanAfterFetchSeconds).toBeUndefined();
  expect(r.stats.scanSeconds).toBeGreaterThan(0);
});

test('pipBatches: one pip process per job when there are enough entries, none over 32, every entry once', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => i);
  const sizes = (n: number, jobs: number) => pipBatches(items(n), jobs).map((b) => b.length);
  expect(sizes(5, 4)).toEqual([5]);
  expect(sizes(20, 4)).toEqual([7, 7, 6]);
  expect(sizes(64, 4)).toEqual([16, 16, 16, 16]);
  expect(sizes(200, 4)).toEqual([29, 29, 29, 29, 28, 28, 28]);
  expect(sizes(200, 1).every((s) => s <= 32)).toBe(true);
  for (const [n, jobs] of [[1, 1], [33, 2], [1000, 4], [257, 8]]) {
    const b = pipBatches(items(n), jobs);
    expect(b.flat().sort((x, y) => x - y)).toEqual(items(n));
    expect(Math.max(...b.map((x) => x.length))).toBeLessThanOrEqual(32);
  }
});
