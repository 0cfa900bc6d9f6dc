/** The fuzz harness itself: the mutations do what they say, and a failing or slow parser is caught. */
import fc from 'fast-check';
import { inputArb, mutate, runOne, targetProperty, PropertyError, type FuzzTarget } from './harness.js';

const d = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);

test('mutations: integers written over fields, insert, delete, truncate, duplicate, tokens', () => {
  expect([...mutate(d, { op: 'int', at: 2, width: 4, le: true, v: 0xffffffff })]).toEqual([1, 2, 255, 255, 255, 255, 7, 8]);
  expect([...mutate(d, { op: 'int', at: 0, width: 4, le: false, v: 0x7fffffff })]).toEqual([0x7f, 255, 255, 255, 5, 6, 7, 8]);
  expect([...mutate(d, { op: 'int', at: 1, width: 2, le: true, v: 1 })]).toEqual([1, 1, 0, 4, 5, 6, 7, 8]);
  expect([...mutate(d, { op: 'insert', at: 8, bytes: new Uint8Array([9]) })]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect([...mutate(d, { op: 'delete', at: 6, n: 100 })]).toEqual([1, 2, 3, 4, 5, 6]);
  expect([...mutate(d, { op: 'truncate', at: 3 })]).toEqual([1, 2, 3]);
  expect([...mutate(d, { op: 'dup', from: 0, n: 2, at: 8 })]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 1, 2]);
  expect([...mutate(d, { op: 'flip', at: 9, bit: 7 })]).toEqual([1, 130, 3, 4, 5, 6, 7, 8]);
  expect([...mutate(d, { op: 'token', at: 0, token: 1 }, [new Uint8Array([0]), new Uint8Array([42])])]).toEqual([42, 1, 2, 3, 4, 5, 6, 7, 8]);
  expect(mutate(new Uint8Array(0), { op: 'set', at: 5, v: 1 }).length).toBe(0);
  // near the second occurrence of a signature: its length field after it
  const sig = new Uint8Array([0x50, 0x4b]);
  const z = new Uint8Array([0x50, 0x4b, 0, 0, 0, 0, 0x50, 0x4b, 0, 0, 0, 0]);
  expect([...mutate(z, { op: 'near', token: 0, nth: 1, delta: 2, width: 4, le: true, v: 0xffffffff }, [sig])]).toEqual([0x50, 0x4b, 0, 0, 0, 0, 0x50, 0x4b, 255, 255, 255, 255]);
  expect([...mutate(z, { op: 'near', token: 0, nth: 0, delta: -1, width: 4, le: true, v: 1 }, [sig])]).toEqual([...z]);
});

test('a parser that fails on a length field of 0xffffffff is found from a valid sample, and the input shrinks', async () => {
  const seed = new Uint8Array([0x52, 0x49, 0x46, 0x46, 16, 0, 0, 0, 0x57, 0x41, 0x56, 0x45]);
  const t: FuzzTarget = {
    name: 'probe',
    seeds: () => [seed],
    check: (x) => {
      if (x.length >= 8 && x[4] === 255 && x[5] === 255 && x[6] === 255 && x[7] === 255) throw new PropertyError('size field 0xffffffff');
    },
  };
  const r = await fc.check(await targetProperty(t), { numRuns: 5000, seed: 1 });
  expect(r.failed).toBe(true);
  const found = r.counterexample![0] as Uint8Array;
  expect([...found.subarray(4, 8)]).toEqual([255, 255, 255, 255]);
  expect(found.length).toBeLessThanOrEqual(seed.length);
});

test('a call over the time guard fails the property', async () => {
  const t: FuzzTarget = { name: 'slow', seeds: () => [d], budgetMs: 1, check: () => new Promise((r) => setTimeout(r, 50)) };
  await expect(runOne(t, d)).rejects.toThrow(/guard 1 ms/);
});

test('inputs: mutated samples, random bytes after a sample header, and plain random bytes all occur', () => {
  const seed = new Uint8Array(64).fill(7);
  const xs = fc.sample(inputArb([seed]), { numRuns: 300, seed: 3 });
  expect(xs.some((x) => x.length !== 64 || x.some((b) => b !== 7))).toBe(true);
  expect(xs.some((x) => x.length > 0 && x[0] === 7 && x.length !== 64)).toBe(true);
  expect(xs.some((x) => x.length > 0 && x[0] !== 7)).toBe(true);
});
