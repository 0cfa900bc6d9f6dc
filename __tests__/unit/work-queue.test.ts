/**
 * The scan lanes take the largest waiting artifact first and read the next one while theirs is scanned; reports keep
 * the order of the targets.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildWheel } from '../helpers/archive.js';
import { collectGarbage } from '../helpers/gc.js';
import { defaultOptions } from '../../src/options.js';
import { READ_AHEAD_MAX_BYTES, runScan } from '../../src/run.js';
import { blankReport, type ArtifactInput } from '../../src/scan.js';
import type { ArtifactScanner } from '../../src/workers/pool.js';
import { WorkQueue } from '../../src/workers/queue.js';

const drain = async <T extends { size: number }>(q: WorkQueue<T>): Promise<T[]> => {
  q.close();
  const out: T[] = [];
  for (let w = await q.take(); w; w = await q.take()) out.push(w);
  return out;
};

test('largest first, equal sizes in the order queued, whatever order they were queued in', async () => {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let t = 0; t < 50; t++) {
    const q = new WorkQueue<{ size: number; id: number }>();
    const items = Array.from({ length: 1 + Math.floor(rnd() * 40) }, (_, id) => ({ size: Math.floor(rnd() * 6), id }));
    for (const w of items) q.push(w);
    expect(q.total).toBe(items.length);
    // a stable sort by size, largest first
    const want = [...items].sort((a, b) => b.size - a.size).map((w) => w.id);
    expect((await drain(q)).map((w) => w.id)).toEqual(want);
  }
});

test('a lane waiting for work gets what is queued next; close ends the waiting lanes', async () => {
  const q = new WorkQueue<{ size: number; id: string }>();
  const first = q.take();
  const second = q.take();
  q.push({ size: 1, id: 'a' });
  expect(await first).toEqual({ size: 1, id: 'a' });
  // taken while waiting: the next push goes to the second lane even when smaller
  q.push({ size: 0, id: 'b' });
  expect(await second).toEqual({ size: 0, id: 'b' });
  // between takes, a larger item queued later overtakes
  q.push({ size: 1, id: 'c' });
  q.push({ size: 9, id: 'd' });
  expect((await q.take())?.id).toBe('d');
  const third = q.take();
  const fourth = q.take();
  expect((await third)?.id).toBe('c');
  q.close();
  expect(await fourth).toBeNull();
  expect(q.total).toBe(4);
});

/** Wheels of about the given sizes (bytes that do not compress, so the size is the content's). */
function wheels(dir: string, spec: ReadonlyArray<readonly [string, number]>): string[] {
  return spec.map(([name, n]) => {
    const f = path.join(dir, `${name}-1.0-py3-none-any.whl`);
    const noise = new Uint8Array(n);
    let s = n;
    for (let i = 0; i < n; i++) noise[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
    fs.writeFileSync(f, buildWheel(name, '1.0', { [`${name}/__init__.py`]: 'X = 1\n', [`${name}/data.bin`]: noise }));
    return f;
  });
}

test('runScan scans the largest artifact first and reports in the order of the targets', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-order-'));
  try {
    // sizes: b > c > a
    const files = wheels(dir, [
      ['a', 100],
      ['b', 300_000],
      ['c', 40_000],
    ]);
    const sizes = files.map((f) => fs.statSync(f).size);
    expect(sizes[1]).toBeGreaterThan(sizes[2]);
    expect(sizes[2]).toBeGreaterThan(sizes[0]);
    const order: string[] = [];
    const r = await runScan(files, defaultOptions(), { progress: (_d, _t, current) => void (current && order.push(path.basename(current))) });
    expect(order).toEqual(['b-1.0-py3-none-any.whl', 'c-1.0-py3-none-any.whl', 'a-1.0-py3-none-any.whl']);
    expect(r.artifacts.map((a) => a.file)).toEqual(['a-1.0-py3-none-any.whl', 'b-1.0-py3-none-any.whl', 'c-1.0-py3-none-any.whl']);
    expect(r.artifacts.map((a) => a.status)).toEqual(['scanned', 'scanned', 'scanned']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A scanner on the calling thread that only records what it was given. */
function recorder(onScan: (input: ArtifactInput) => void): ArtifactScanner {
  return {
    jobs: 1,
    threaded: false,
    scan: async (input) => {
      onScan(input);
      return blankReport({ file: input.file, path: input.path, sha256: '', size: input.data.length, package: null, version: null, kind: 'wheel' }, 'scanned');
    },
    counts: () => ({ artifacts: 0, members: 0 }),
    close: async () => undefined,
  };
}

describe('read-ahead', () => {
  let dir: string;
  const readFile = fsp.readFile;
  const read: string[] = [];
  let failOn: string | null = null;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-ahead-'));
    read.length = 0;
    failOn = null;
    (fsp as { readFile: unknown }).readFile = (...a: Parameters<typeof readFile>) => {
      const p = String(a[0]);
      read.push(path.basename(p));
      if (p === failOn) return Promise.reject(Object.assign(new Error(`EIO: i/o error, read '${p}'`), { code: 'EIO' }));
      return readFile(...a);
    };
  });
  afterEach(() => {
    (fsp as { readFile: unknown }).readFile = readFile;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the next artifact is read while one is scanned, and its bytes are the ones scanned', async () => {
    const files = wheels(dir, [
      ['a', 200_000],
      ['b', 100_000],
      ['c', 50_000],
    ]);
    const seen: Array<[string, string[], boolean]> = [];
    const r = await runScan(files, defaultOptions(), {
      scanner: recorder((input) => seen.push([input.file, [...read].sort(), Buffer.from(input.data).equals(fs.readFileSync(input.path))])),
    });
    // when a's scan begins, b is already being read (its read even starts first: a's waits for its size); when b's begins, c
    expect(seen).toEqual([
      ['a-1.0-py3-none-any.whl', ['a-1.0-py3-none-any.whl', 'b-1.0-py3-none-any.whl'], true],
      ['b-1.0-py3-none-any.whl', ['a-1.0-py3-none-any.whl', 'b-1.0-py3-none-any.whl', 'c-1.0-py3-none-any.whl'], true],
      ['c-1.0-py3-none-any.whl', ['a-1.0-py3-none-any.whl', 'b-1.0-py3-none-any.whl', 'c-1.0-py3-none-any.whl'], true],
    ]);
    // each file read once
    expect(read).toHaveLength(3);
    expect(r.artifacts.map((a) => a.status)).toEqual(['scanned', 'scanned', 'scanned']);
  });

  test('a read ahead that fails is reported on its artifact (not scanned, not lost)', async () => {
    const files = wheels(dir, [
      ['a', 200_000],
      ['b', 100_000],
    ]);
    failOn = files[1];
    const scanned: string[] = [];
    const r = await runScan(files, defaultOptions(), { scanner: recorder((input) => scanned.push(input.file)) });
    expect(scanned).toEqual(['a-1.0-py3-none-any.whl']);
    expect(r.artifacts.map((a) => [a.file, a.status])).toEqual([
      ['a-1.0-py3-none-any.whl', 'scanned'],
      ['b-1.0-py3-none-any.whl', 'error'],
    ]);
    expect(r.artifacts[1].reasons).toEqual([`cannot read: EIO: i/o error, read '${files[1]}'`]);
  });

  test('an artifact larger than the read-ahead bound is read when its lane takes it, one at the bound ahead', async () => {
    // sparse files: the scanner here only records, so the bytes need not be a wheel
    const sparse = (name: string, size: number): string => {
      const f = path.join(dir, `${name}-1.0-py3-none-any.whl`);
      fs.closeSync(fs.openSync(f, 'w'));
      fs.truncateSync(f, size);
      return f;
    };
    const files = [sparse('a', READ_AHEAD_MAX_BYTES + 2), sparse('b', READ_AHEAD_MAX_BYTES + 1), sparse('c', READ_AHEAD_MAX_BYTES), sparse('d', 1000)];
    const seen: Array<[string, number, string[]]> = [];
    const r = await runScan(files, defaultOptions(), { scanner: recorder((input) => seen.push([input.file, input.data.length, [...read].sort()])) });
    expect(seen).toEqual([
      // b, one byte over the bound, is not read while a is scanned
      ['a-1.0-py3-none-any.whl', READ_AHEAD_MAX_BYTES + 2, ['a-1.0-py3-none-any.whl']],
      // c, at the bound, is read while b is scanned
      ['b-1.0-py3-none-any.whl', READ_AHEAD_MAX_BYTES + 1, ['a-1.0-py3-none-any.whl', 'b-1.0-py3-none-any.whl', 'c-1.0-py3-none-any.whl']],
      ['c-1.0-py3-none-any.whl', READ_AHEAD_MAX_BYTES, ['a-1.0-py3-none-any.whl', 'b-1.0-py3-none-any.whl', 'c-1.0-py3-none-any.whl', 'd-1.0-py3-none-any.whl']],
      ['d-1.0-py3-none-any.whl', 1000, ['a-1.0-py3-none-any.whl', 'b-1.0-py3-none-any.whl', 'c-1.0-py3-none-any.whl', 'd-1.0-py3-none-any.whl']],
    ]);
    expect(read).toHaveLength(4);
    expect(r.artifacts.map((a) => a.status)).toEqual(['scanned', 'scanned', 'scanned', 'scanned']);
  });

  test('bytes read ahead are not kept once their artifact is scanned', async () => {
    // the in-process scanner keeps no reference to what it scanned; the run keeps each work item until the end (for the
    // reports' order), so an item that still held its read-ahead would keep every artifact's bytes in memory
    const files = wheels(dir, [
      ['a', 300_000],
      ['b', 200_000],
      ['c', 100_000],
      ['d', 50_000],
    ]);
    const refs = new Map<string, WeakRef<ArrayBufferLike>>();
    const alive: Array<[string, string[]]> = [];
    await runScan(files, defaultOptions(), {
      scanner: recorder((input) => {
        if (input.file.startsWith('d')) {
          collectGarbage();
          alive.push([input.file, [...refs].filter(([, r]) => r.deref()).map(([f]) => f)]);
        }
        refs.set(input.file, new WeakRef(input.data.buffer));
      }),
    });
    // b and c were read ahead (a was read when taken); when d is scanned, none of them is held any more
    expect(read).toHaveLength(4);
    expect(alive).toEqual([['d-1.0-py3-none-any.whl', []]]);
  });

  test('an artifact over the size limit is never read, not even ahead', async () => {
    const files = wheels(dir, [
      ['a', 200_000],
      ['b', 100_000],
      ['c', 60_000],
    ]);
    // b is over the artifact size limit: never read, reported as such
    const options = defaultOptions();
    options.limits.maxArtifactBytes = fs.statSync(files[1]).size - 1;
    const seen: Array<[string, string[]]> = [];
    const r = await runScan(files.slice(1), options, { scanner: recorder((input) => seen.push([input.file, [...read]])) });
    expect(r.artifacts.map((a) => [a.file, a.status])).toEqual([
      ['b-1.0-py3-none-any.whl', 'error'],
      ['c-1.0-py3-none-any.whl', 'scanned'],
    ]);
    expect(r.artifacts[0].reasons[0]).toMatch(/over the \d+-byte limit: not scanned/);
    expect(read).toEqual(['c-1.0-py3-none-any.whl']);
  });
});
