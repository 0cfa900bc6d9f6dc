/**
 * Bytes full of executable magics ("MZ" over and over) in front of a real executable: the search is bounded, and a
 * search the bound stopped makes the file incomplete instead of passing it.
 */
import { filetypeAnalyzer } from '../../src/analyzers/filetype.js';
import { MAX_EXE_CANDIDATES } from '../../src/formats/magic.js';
import { runAnalyzer, ruleIds } from '../helpers/analyze.js';
import { concat, fakePE } from '../helpers/payloads.js';

const flood = (candidates: number) => new Uint8Array(candidates * 2).fill(0x4d).map((v, i) => (i % 2 ? 0x5a : v));

test('an executable after fewer fake "MZ" than the bound is found', async () => {
  const data = concat(flood(MAX_EXE_CANDIDATES / 2), fakePE());
  const r = await runAnalyzer(filetypeAnalyzer, 'pkg/data.bin', data);
  expect(ruleIds(r)).toContain('type.embedded-executable');
  expect(r.incomplete).toEqual([]);
});

test('an executable after more fake "MZ" than the bound: the file is incomplete, with the reason', async () => {
  const data = concat(flood(MAX_EXE_CANDIDATES + 10), fakePE());
  const t0 = performance.now();
  const r = await runAnalyzer(filetypeAnalyzer, 'pkg/data.bin', data);
  expect(performance.now() - t0).toBeLessThan(20_000);
  expect(r.incomplete).toEqual([expect.stringMatching(/pkg\/data\.bin: filetype: more than 1000000 candidate executable headers .* stopped before the end of the file/)]);
});
