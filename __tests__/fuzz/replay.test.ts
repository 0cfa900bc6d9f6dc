/**
 * Regression inputs found by fuzzing: every file under __tests__/fixtures/fuzz/<target>/ goes through that target's
 * checks again (no throw, bounds, time guard). `npm run fuzz` writes them; an empty folder is fine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runOne } from './harness.js';
import { ALL_TARGETS, targetNamed } from './targets/index.js';

const DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/fuzz');

function fixtures(): Array<[string, string]> {
  if (!fs.existsSync(DIR)) return [];
  const out: Array<[string, string]> = [];
  for (const t of fs.readdirSync(DIR, { withFileTypes: true })) {
    if (!t.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(DIR, t.name)).sort()) if (f.endsWith('.bin')) out.push([t.name, f]);
  }
  return out;
}

const FIXTURES = fixtures();

test('every fixture folder names a fuzz target', () => {
  const known = new Set(ALL_TARGETS.map((t) => t.name));
  const folders = fs.existsSync(DIR) ? fs.readdirSync(DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
  expect(folders.filter((f) => !known.has(f))).toEqual([]);
});

const replay = FIXTURES.length ? test.each(FIXTURES) : test.skip.each([['none', 'none']]);
replay('%s/%s still passes its target', async (target, file) => {
  const t = targetNamed(target)!;
  await runOne(t, new Uint8Array(fs.readFileSync(path.join(DIR, target, file))));
});
