// Run a TypeScript script (examples, benchmark) by bundling it with esbuild first: Node 20 cannot run .ts itself,
// and the scripts reuse the test fixture builders and the scanner's sources.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [ARGS...]');
  process.exit(2);
}
const outdir = path.resolve('.tmp');
fs.mkdirSync(outdir, { recursive: true });
const outfile = path.join(outdir, path.basename(entry).replace(/\.ts$/, '.mjs'));
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // loaded from node_modules as they are: esbuild (a script may bundle the scan worker) and piscina (it starts threads
  // on a bootstrap file beside its own module)
  external: ['esbuild', 'piscina'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
