import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readManifest, ManifestError } from '../../src/inputs/index.js';
import { fuzzSuite } from './suite.js';
import { inputTargets } from './targets/inputs.js';

fuzzSuite('requirements and lock files', inputTargets);

describe('manifests that are not regular files', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-special-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  // each read of /dev/zero or a FIFO would never end: the guard is the test's timeout
  test('a lock file linked to /dev/zero is an error, not an endless read', async () => {
    fs.symlinkSync('/dev/zero', path.join(dir, 'poetry.lock'));
    await expect(readManifest(path.join(dir, 'poetry.lock'))).rejects.toThrow(/not a regular file/);
  }, 20_000);

  test('a requirements file including a FIFO or /dev/zero is an error, not a hang', async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'six==1.16.0\n-r pipe.txt\n');
    await expect(readManifest(path.join(dir, 'requirements.txt'))).rejects.toThrow(ManifestError);
    await expect(readManifest(path.join(dir, 'requirements.txt'))).rejects.toThrow(/pipe\.txt is not a regular file/);
    fs.writeFileSync(path.join(dir, 'requirements-zero.txt'), '-r /dev/zero\n');
    await expect(readManifest(path.join(dir, 'requirements-zero.txt'))).rejects.toThrow(/not a regular file/);
  }, 20_000);
});
