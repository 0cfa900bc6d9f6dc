// Bundle src/ into dist/: dist/cli.js (command line), dist/index.js (GitHub Action entry) and dist/worker.js (the
// scan worker thread both start), self-contained ESM.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// piscina starts each thread on its own bootstrap file, found next to its module (`__dirname/worker.js`): in a bundle
// there is neither. The bootstrap is bundled as dist/piscina-worker.js and the pool tells piscina where it is
// (src/workers/pool.ts). A piscina whose source no longer has that line fails the build here, not at run time.
const PISCINA_LINE = "(0, node_path_1.resolve)(__dirname, 'worker.js')";
const piscinaBootstrap = {
  name: 'piscina-bootstrap',
  setup(b) {
    b.onLoad({ filter: /[\\/]piscina[\\/]dist[\\/]index\.js$/ }, async (args) => {
      const src = await fs.promises.readFile(args.path, 'utf8');
      if (!src.includes(PISCINA_LINE)) throw new Error(`piscina: "${PISCINA_LINE}" not found in ${args.path}: update scripts/build.mjs`);
      const to = "(globalThis.__pssPiscinaBootstrap ?? (() => { throw new Error('piscina bootstrap (piscina-worker.js) not found beside the scan worker'); })())";
      return { contents: src.replace(PISCINA_LINE, to), loader: 'js' };
    });
  },
};

// seek-bzip (bzip2 members) and tunnel (@actions/http-client's proxy, with proxy credentials) allocate with the
// deprecated `new Buffer(...)`. Node warns about it (DEP0005) for code outside node_modules, which a bundle is: on
// Node 24 every process that decoded bzip2 printed the warning into the action's log. Each call becomes Buffer.alloc
// for a size (what `new Buffer(size)` returns: zeroed memory) or Buffer.from otherwise (a copy of a buffer, or a
// string's bytes, as `new Buffer(x)` makes). A version of them without such calls fails the build, so an update is
// looked at here (and the check that dist/ holds no `new Buffer(`, __tests__/e2e/cli.test.ts, catches new ones).
const NEW_BUFFER_FILES = /[\\/]node_modules[\\/](seek-bzip[\\/]lib[\\/](index|bitreader)|tunnel[\\/]lib[\\/]tunnel)\.js$/;
const newBufferCalls = {
  name: 'new-buffer-calls',
  setup(b) {
    b.onLoad({ filter: NEW_BUFFER_FILES }, async (args) => {
      const src = await fs.promises.readFile(args.path, 'utf8');
      if (!src.includes('new Buffer(')) throw new Error(`no "new Buffer(" left in ${args.path}: update scripts/build.mjs`);
      const helper = "const __pssBuffer = (x) => (typeof x === 'number' ? Buffer.alloc(x) : Buffer.from(x));\n";
      return { contents: helper + src.replaceAll('new Buffer(', '__pssBuffer('), loader: 'js' };
    });
  },
};

/**
 * Bundle the entry points into `outdir` (dist/ for users; tests bundle today's sources into a folder of their own
 * with the same configuration, __tests__/helpers/bundle.ts).
 */
export async function bundle(outdir, { logLevel = 'warning' } = {}) {
  fs.rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', worker: 'src/workers/worker.ts', 'piscina-worker': 'node_modules/piscina/dist/worker.js' },
    absWorkingDir: root,
    plugins: [piscinaBootstrap, newBufferCalls],
    // piscina's optional process priority (niceIncrement, unused here): a native addon, not bundled
    external: ['@napi-rs/nice'],
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    logLevel,
    // CommonJS dependencies call require() for Node built-ins: give the ESM bundle one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
}

// run as a script (npm run build), not imported, nor bundled into a script that imports it (npm run bench): there
// import.meta.url is the bundle's own, which is also argv[1]
if (process.argv[1] && path.basename(process.argv[1]) === 'build.mjs' && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await bundle(path.join(root, 'dist'));
