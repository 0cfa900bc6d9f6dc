/**
 * Counting once and deriving: the byte histogram of a WAV file's sample data taken from the file's own count (the
 * entropy pass), and the XOR key search's column histograms of short key lengths summed from those of their multiples,
 * must equal what a plain count gives, whatever the view.
 */
import { ColumnHistograms } from '../../src/decode/layers.js';
import { byteEntropy, countAll, countBytes, rememberCounts } from '../../src/audio/stats.js';
import { rng } from '../helpers/signal.js';

const plain = (d: Uint8Array): Uint32Array => {
  const h = new Uint32Array(256);
  for (const b of d) h[b]++;
  return h;
};

function bytes(n: number, seed: number, skew = false): Uint8Array {
  const r = rng(seed);
  const d = new Uint8Array(n);
  for (let i = 0; i < n; i++) d[i] = skew ? Math.floor(r() * r() * 256) : Math.floor(r() * 256);
  return d;
}

test('a view inside a counted file is counted by subtraction; other views are counted directly, all equal to a plain count', () => {
  const file = bytes(300_000, 1, true);
  const whole = new Uint32Array(256);
  countBytes(file, 0, file.length, whole);
  rememberCounts(file, whole);
  const views = [
    file.subarray(44, file.length), // a WAV's data chunk: the header outside
    file.subarray(44, file.length - 1000), // trailing chunks outside too
    file.subarray(0, file.length),
    file.subarray(200_000, 300_000), // mostly outside: counted directly
    new Uint8Array(file.buffer, 10, 20),
    bytes(5000, 2), // another buffer
  ];
  for (const v of views) {
    const h = new Uint32Array(256).fill(7);
    countAll(v, h);
    expect([...h]).toEqual([...plain(v)]);
  }
  // a remembered view that does not contain the asked one (a neighbour in the same buffer) is not used
  const left = file.subarray(0, 1000);
  const lh = new Uint32Array(256);
  countBytes(left, 0, left.length, lh);
  rememberCounts(left, lh);
  const right = file.subarray(900, 5000);
  const h = new Uint32Array(256);
  countAll(right, h);
  expect([...h]).toEqual([...plain(right)]);
});

test('byteEntropy is the same number with and without remembered counts', () => {
  const file = bytes(1 << 20, 3, true);
  const data = file.subarray(44);
  const direct = byteEntropy(data.slice());
  const whole = new Uint32Array(256);
  countBytes(file, 0, file.length, whole);
  rememberCounts(file, whole);
  expect(byteEntropy(data)).toBe(direct);
});

test('column histograms for key lengths 1..16 equal a count per length', () => {
  for (const n of [31, 48, 767, 4099, 65536]) {
    const d = bytes(n, n, true);
    const cols = new ColumnHistograms(d);
    for (let L = 1; L <= 16; L++) {
      const want = new Uint32Array(256 * 16);
      for (let i = 0; i < n; i++) want[(i % L) * 256 + d[i]]++;
      expect([...cols.of(L).subarray(0, 256 * L)]).toEqual([...want.subarray(0, 256 * L)]);
    }
  }
});

test('column histograms share one set of tables per thread: a later instance takes them, and the earlier one refuses to read', () => {
  const a = new ColumnHistograms(bytes(4099, 1, true));
  const first = [...a.of(5).subarray(0, 256 * 5)];
  const b = new ColumnHistograms(bytes(4099, 2, true));
  expect([...b.of(5).subarray(0, 256 * 5)]).not.toEqual(first);
  expect(() => a.of(5)).toThrow(/later instance/);
});

test('countBytes reads aligned words four bytes at a time: the same counts at every alignment and length', () => {
  const file = bytes(20_000, 4, true);
  const r = rng(9);
  for (let t = 0; t < 300; t++) {
    const v = file.subarray(Math.floor(r() * 8));
    const start = Math.floor(r() * 100);
    const end = Math.min(v.length, start + Math.floor(r() * 9000));
    const h = new Uint32Array(256);
    countBytes(v, start, end, h);
    expect([...h]).toEqual([...plain(v.subarray(start, end))]);
  }
});
