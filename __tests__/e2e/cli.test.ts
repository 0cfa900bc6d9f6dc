/** The command line as users run it: the bundled dist/cli.js, real files, exit codes and report formats. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWheel, buildZip } from '../helpers/archive.js';
import { tone, wav } from '../helpers/pcm.js';
import { fakeELF as elf } from '../helpers/payloads.js';

/** The Node that runs the bundled entry points: PSS_NODE lets CI run them on the action's runtime (Node 24). */
const NODE = process.env.PSS_NODE || process.execPath;

const CLI = path.resolve('dist/cli.js');
let dir: string;

function cli(...args: string[]) {
  const r = spawnSync(NODE, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}


beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-cli-'));
  fs.mkdirSync(path.join(dir, 'clean'));
  fs.mkdirSync(path.join(dir, 'bad'));
  fs.mkdirSync(path.join(dir, 'empty'));
  fs.writeFileSync(path.join(dir, 'clean/tonekit-1.2.0-py3-none-any.whl'), buildWheel('tonekit', '1.2.0', { 'tonekit/__init__.py': 'import wave\n', 'tonekit/data/chime.wav': wav(tone(0.5)) }));
  fs.writeFileSync(path.join(dir, 'bad/tonekit-1.2.1-py3-none-any.whl'), buildWheel('tonekit', '1.2.1', { 'tonekit/__init__.py': 'import wave\n', 'tonekit/data/ring.wav': elf() }));
  fs.writeFileSync(path.join(dir, 'bad/enc-1.0.zip'), buildZip([{ name: 'enc-1.0/secret.wav', data: 'x', method: 0, flags: 1 }]));
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'tonekit==1.2.1\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a clean artifact: exit 0 and an OK verdict', () => {
  const r = cli('scan', path.join(dir, 'clean'));
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^OK: 1 artifact\(s\) scanned/);
  expect(r.out).toMatch(/tonekit\s+1\.2\.0/);
});

test('a flagged artifact: exit 1, and the JSON report keeps its contract', () => {
  const r = cli('scan', '--format', 'json', path.join(dir, 'bad/tonekit-1.2.1-py3-none-any.whl'));
  expect(r.code).toBe(1);
  const j = JSON.parse(r.out);
  expect(j.tool).toEqual({ name: 'pypi-stego-scan', version: expect.any(String), rulesVersion: expect.stringMatching(/^[0-9a-f]{16}$/) });
  expect(j.threshold).toBe(7);
  expect(Object.keys(j.stats)).toEqual(expect.arrayContaining(['artifacts', 'files', 'bytes', 'seconds']));
  expect(j.errors).toEqual([]);
  const a = j.artifacts[0];
  expect(a).toMatchObject({ file: 'tonekit-1.2.1-py3-none-any.whl', package: 'tonekit', version: '1.2.1', status: 'scanned', flagged: true });
  expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(a.score).toBeGreaterThanOrEqual(7);
  expect(a.findings[0]).toMatchObject({ rule: 'type.disguised-executable', path: 'tonekit/data/ring.wav', score: expect.any(Number), message: expect.any(String) });
});

test('--threshold moves the line; an artifact not fully scanned fails closed unless --allow-incomplete', () => {
  expect(cli('scan', '--threshold', '10', path.join(dir, 'bad/tonekit-1.2.1-py3-none-any.whl')).code).toBe(0);
  const inc = cli('scan', path.join(dir, 'bad/enc-1.0.zip'));
  expect(inc.code).toBe(1);
  expect(inc.out).toMatch(/INCOMPLETE/);
  expect(inc.out).toMatch(/not fully scanned: .*encrypted/);
  expect(cli('scan', '--allow-incomplete', path.join(dir, 'bad/enc-1.0.zip')).code).toBe(0);
});

test('markdown to a file, with the incomplete artifact visible', () => {
  const out = path.join(dir, 'report.md');
  const r = cli('scan', '--format', 'markdown', '--output', out, path.join(dir, 'bad'));
  expect(r.code).toBe(1);
  expect(r.out).toBe('');
  const md = fs.readFileSync(out, 'utf8');
  expect(md).toMatch(/1 flagged, 1 not fully scanned, 2 artifact/);
  expect(md).toMatch(/\| INCOMPLETE \|/);
  expect(md).toMatch(/<details>/);
});

test('usage and runtime errors exit 2 with a clear message; the report still covers what was scanned', () => {
  const req = cli('scan', '--format', 'json', path.join(dir, 'notes.txt'), path.join(dir, 'clean'));
  expect(req.code).toBe(2);
  const j = JSON.parse(req.out);
  expect(j.errors[0].message).toMatch(/not a Python artifact .* nor a requirements or lock file/);
  expect(j.artifacts).toHaveLength(1);
  expect(cli('scan', path.join(dir, 'empty')).code).toBe(2);
  expect(cli('scan', path.join(dir, 'nope')).out).toMatch(/no such file or directory/);
  const bad = cli('scan', '--threshold', 'high', dir);
  expect(bad.code).toBe(2);
  expect(bad.err).toMatch(/--threshold must be a number/);
  // thread and process counts are whole numbers, bounded as the action's jobs input
  for (const [opt, value] of [['--jobs', '1.5'], ['--jobs', '1e6'], ['--jobs', '0'], ['--fetch-jobs', '2.5'], ['--fetch-jobs', '257']]) {
    const r = cli('scan', opt, value, path.join(dir, 'clean'));
    expect([opt, value, r.code, r.err.split('\n')[0]]).toEqual([opt, value, 2, `error: ${opt} must be a whole number from 1 to 256, got "${value}"`]);
  }
  expect(cli('scan', '--jobs', '256', '--fetch-jobs', '1', path.join(dir, 'clean')).code).toBe(0);
  expect(cli('scan').code).toBe(2);
  expect(cli('frobnicate', dir).err).toMatch(/unknown command/);
  expect(cli('--help').code).toBe(0);
});

test('member names cannot inject terminal escapes into the text report', () => {
  const f = path.join(dir, 'esc-1.0.zip');
  fs.writeFileSync(f, buildZip([{ name: '../\x1b[2Jx.py', data: 'x' }]));
  const r = cli('scan', '--threshold', '5', f);
  expect(r.out).toMatch(/\\u001b\[2Jx\.py/);
  expect(r.out).not.toContain('\x1b');
  expect(r.out).toMatch(/archive\.path-traversal/);
  fs.rmSync(f);
});

test('a bzip2 sdist scans without Node\'s deprecation warning; the bundle holds no deprecated Buffer constructor', () => {
  // seek-bzip and tunnel call `new Buffer(...)`, which Node reports (DEP0005) for code outside node_modules, as a
  // bundle is; scripts/build.mjs rewrites the calls
  const files = ['dist', 'dist/chunks'].flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.js')).map((f) => path.join(d, f)));
  expect(files.filter((f) => /\bnew Buffer\(/.test(fs.readFileSync(f, 'utf8')))).toEqual([]);
  const tar = spawnSync('python3', ['-c', [
    'import bz2, io, sys, tarfile',
    'b = io.BytesIO()',
    "t = tarfile.open(fileobj=b, mode='w')",
    "for n, d in [('bzkit-1.0/PKG-INFO', b'Metadata-Version: 2.1\\nName: bzkit\\nVersion: 1.0\\n'), ('bzkit-1.0/bzkit/__init__.py', b'X = 1\\n')]:",
    '    i = tarfile.TarInfo(n); i.size = len(d); t.addfile(i, io.BytesIO(d))',
    't.close()',
    'sys.stdout.buffer.write(bz2.compress(b.getvalue()))',
  ].join('\n')]);
  expect(tar.status).toBe(0);
  const f = path.join(dir, 'bzkit-1.0.tar.bz2');
  fs.writeFileSync(f, tar.stdout);
  const r = cli('scan', f);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/bzkit\s+1\.0/);
  expect(r.err).not.toMatch(/DEP0005|deprecated/i);
  fs.rmSync(f);
});
