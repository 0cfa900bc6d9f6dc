/**
 * The scan worker bundled from the sources with dist/'s configuration (scripts/build.mjs): tests of the worker pool,
 * the benchmark and the false-positive scan run the code under test, not the committed build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error: the build script is plain JavaScript
import { bundle } from '../../scripts/build.mjs';

export async function bundleWorker(): Promise<{ file: string; cleanup(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-worker-'));
  await bundle(path.join(dir, 'bin'), { logLevel: 'error' });
  return { file: path.join(dir, 'bin', 'worker.js'), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A stand-in worker (plain ESM) whose behaviour the test chooses by artifact name. */
export function fakeWorker(source: string): { file: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-fake-worker-'));
  const file = path.join(dir, 'worker.mjs');
  fs.writeFileSync(file, source);
  return { file, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
