/**
 * The entry points bundled from the current sources (as scripts/build.mjs bundles dist/, but into a folder of the
 * test's own), so that tests that need a real process (signals, exit codes, its own TMPDIR) run today's code even
 * when dist/ has not been rebuilt yet.
 *
 *   bundleEntries(): Promise<Bundle>
 *   Bundle { cli: string (path of the bundled src/cli.ts), action: string (src/index.ts), node: string, cleanup() }
 *
 * Layout: <tmp>/bin/{cli,index,worker,piscina-worker}.js and <tmp>/docs -> the repository's docs/, so that `../docs/rules.md` resolves
 * from the bundle as it does from dist/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error: the build script is plain JavaScript
import { bundle } from '../../scripts/build.mjs';

export interface Bundle {
  cli: string;
  action: string;
  /** The Node that runs the bundles (PSS_NODE, as in the other end-to-end tests). */
  node: string;
  cleanup(): void;
}

export async function bundleEntries(): Promise<Bundle> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-bundle-'));
  const outdir = path.join(base, 'bin');
  await bundle(outdir, { logLevel: 'error' });
  fs.symlinkSync(path.resolve('docs'), path.join(base, 'docs'));
  return {
    cli: path.join(outdir, 'cli.js'),
    action: path.join(outdir, 'index.js'),
    node: process.env.PSS_NODE || process.execPath,
    cleanup: () => fs.rmSync(base, { recursive: true, force: true }),
  };
}
