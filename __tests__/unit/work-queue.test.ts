/** The scan lanes take the largest waiting artifact first; reports keep the order of the targets. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWheel } from '../helpers/archive.js';
import { defaultOptions } from '../../src/options.js';
import { runScan } from '../../src/run.js';
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

test('runScan scans the largest artifact first and reports in the order of the targets', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-order-'));
  try {
    // sizes: b > c > a (bytes that do not compress, so the size is the content's)
    const files = (
      [
        ['a', 100],
        ['b', 300_000],
        ['c', 40_000],
      ] as const
    ).map(([name, n]) => {
      const f = path.join(dir, `${name}-1.0-py3-none-any.whl`);
      const noise = new Uint8Array(n);
      let s = n;
      for (let i = 0; i < n; i++) noise[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
      fs.writeFileSync(f, buildWheel(name, '1.0', { [`${name}/__init__.py`]: 'X = 1\n', [`${name}/data.bin`]: noise }));
      return f;
    });
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
