/** The fuzz targets as jest tests: each target's valid samples, then FUZZ_RUNS mutated or random inputs. */
import fc from 'fast-check';
import { fuzzRuns, fuzzSeed, runOne, seedsOf, targetProperty, type FuzzTarget } from './harness.js';

export function fuzzSuite(family: string, targets: readonly FuzzTarget[]): void {
  describe(`fuzz: ${family}`, () => {
    for (const t of targets) {
      const runs = fuzzRuns(t.ciRuns);
      test(
        `${t.name}: valid samples and ${runs} mutated or random inputs: no throw, bounded, ends`,
        async () => {
          for (const s of await seedsOf(t)) await runOne(t, s);
          await fc.assert(await targetProperty(t), { numRuns: runs, seed: fuzzSeed() });
        },
        // the per-call guard is what catches a loop; this only has to outlast a slow machine
        Math.max(120_000, runs * 2_000),
      );
    }
  });
}
