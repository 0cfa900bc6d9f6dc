/**
 * Requirements and lock files end to end, with the real pip (python3 -m pip) against a local index on 127.0.0.1:
 * wheels through pip, sdists fetched directly and never built, hashes verified on every path, lock URLs, and none of
 * this machine's pip configuration leaking in.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sdistFile, sha256, startIndex, wheelFile, type LocalIndex } from '../helpers/pypi-index.js';
import { exitCode, runScan } from '../../src/run.js';
import { defaultOptions } from '../../src/options.js';
import { pipEnvironment } from '../../src/fetch/python.js';
import type { ScanReport } from '../../src/types.js';
import { prng } from '../helpers/payloads.js';

const NODE = process.env.PSS_NODE || process.execPath;
const CLI = path.resolve('dist/cli.js');

let dir: string;
let idx: LocalIndex;
let canary: string;

const wheels = {
  toppkg: wheelFile('toppkg', '1.0', { requires: ['deppkg>=1', 'sdonly'] }),
  dep12: wheelFile('deppkg', '1.2'),
  dep09: wheelFile('deppkg', '0.9'),
  plain: wheelFile('plainpkg', '3.0'),
  winonly: wheelFile('nativepkg', '1.0', { tag: 'cp311-cp311-win_amd64' }),
  // random bytes do not compress: a wheel of about 600 KB
  big: wheelFile('bigpkg', '1.0', { files: { 'bigpkg/blob.bin': prng(600_000, 5) } }),
};
let sdists: Record<string, ReturnType<typeof sdistFile>>;

/** dist/cli.js, asynchronously: the index answers from this very process. */
function cli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const c = spawn(NODE, [CLI, ...args], { cwd: opts.cwd ?? dir, env: { ...(opts.env ?? process.env), NODE_OPTIONS: '' } });
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (err += d));
    c.on('close', (code) => resolve({ code, out, err }));
  });
}

function scan(file: string, fetch: Parameters<typeof runScan>[2] extends infer R ? (R extends { fetch?: infer F } ? F : never) : never = {}): Promise<ScanReport> {
  return runScan([file], defaultOptions(), { fetch: { indexUrl: idx.url, ...fetch } });
}

const byFile = (r: ScanReport, f: string) => r.artifacts.find((a) => a.file === f);

beforeAll(async () => {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-fetch-'));
  canary = path.join(dir, 'CANARY');
  const setupPy = `open(${JSON.stringify(canary)}, "w").write("package code ran")\nfrom setuptools import setup\nsetup(name="canarypkg", version="1.0")\n`;
  sdists = {
    canary: sdistFile('canarypkg', '1.0', { 'setup.py': setupPy, 'pyproject.toml': '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n' }),
    sdonly: sdistFile('sdonly', '2.0', { 'setup.py': setupPy }, { requires: ['deppkg'] }),
    native: sdistFile('nativepkg', '1.0', { 'setup.py': setupPy }),
  };
  idx = await startIndex({
    toppkg: [wheels.toppkg],
    deppkg: [wheels.dep12, wheels.dep09],
    plainpkg: [wheels.plain],
    bigpkg: [wheels.big],
    nativepkg: [wheels.winonly, sdists.native],
    canarypkg: [sdists.canary],
    sdonly: [sdists.sdonly],
  });
});

afterAll(async () => {
  await idx?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the promise: an sdist whose setup.py writes a canary is scanned, never built (CLI, end to end)', async () => {
  fs.writeFileSync(path.join(dir, 'requirements.txt'), `# app\nplainpkg==3.0\ncanarypkg==1.0\ncanary-url @ ${idx.fileUrl(sdists.canary.filename)}\n`);
  const r = await cli(['scan', '--format', 'json', '--index-url', idx.url, 'requirements.txt']);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(fs.existsSync(canary)).toBe(false);
  const j = JSON.parse(r.out) as ScanReport;
  expect(j.errors).toEqual([]);
  expect(j.pip).toMatch(/^pip \d+\.\d+/);
  expect(j.stats.fetchSeconds).toBeGreaterThan(0);
  const sd = byFile(j, 'canarypkg-1.0.tar.gz')!;
  expect(sd).toMatchObject({ status: 'scanned', kind: 'sdist', fetchedVia: 'http', sha256: sha256(sdists.canary.data) });
  // The same bytes were asked for twice (by name on line 3, by URL on line 4): one report, both lines.
  expect(sd.requiredBy).toEqual([
    { file: 'requirements.txt', line: 3, requirement: 'canarypkg==1.0' },
    { file: 'requirements.txt', line: 4, requirement: `canary-url @ ${idx.fileUrl(sdists.canary.filename)}` },
  ]);
  expect(byFile(j, 'plainpkg-3.0-py3-none-any.whl')).toMatchObject({ fetchedVia: 'pip', requiredBy: [{ file: 'requirements.txt', line: 2, requirement: 'plainpkg==3.0' }] });
  expect(j.artifacts).toHaveLength(2);
});

test('pip resolves dependencies; an sdist-only dependency is fetched directly and resolution goes on', async () => {
  const f = path.join(dir, 'requirements-deps.txt');
  fs.writeFileSync(f, 'toppkg==1.0\n');
  const r = await scan(f);
  expect(r.errors).toEqual([]);
  expect(r.artifacts.map((a) => a.file).sort()).toEqual(['deppkg-1.2-py3-none-any.whl', 'sdonly-2.0.tar.gz', 'toppkg-1.0-py3-none-any.whl']);
  expect(byFile(r, 'deppkg-1.2-py3-none-any.whl')!.requiredBy).toEqual([{ file: f, line: 1, requirement: 'toppkg==1.0 (dependency deppkg)' }]);
  expect(byFile(r, 'sdonly-2.0.tar.gz')).toMatchObject({ fetchedVia: 'http', requiredBy: [{ line: 1, requirement: 'toppkg==1.0 (dependency sdonly)' }] });
  expect(fs.existsSync(canary)).toBe(false);
});

test('--hash is verified on the pip path and on the direct path; a mismatch fails the run', async () => {
  const good = path.join(dir, 'requirements-hashed.txt');
  fs.writeFileSync(good, `plainpkg==3.0 --hash=sha256:${sha256(wheels.plain.data)}\ncanarypkg==1.0 \\\n  --hash=sha256:${sha256(sdists.canary.data)}\n`);
  const ok = await scan(good);
  expect(ok.errors).toEqual([]);
  expect(ok.artifacts.map((a) => [a.file, a.fetchedVia])).toEqual([
    ['canarypkg-1.0.tar.gz', 'http'],
    ['plainpkg-3.0-py3-none-any.whl', 'pip'],
  ]);
  const bad = path.join(dir, 'requirements-badhash.txt');
  fs.writeFileSync(bad, `plainpkg==3.0 --hash=sha256:${'0'.repeat(64)}\ncanarypkg==1.0 --hash=sha256:${'1'.repeat(64)}\n`);
  const r = await scan(bad);
  expect(exitCode(r)).toBe(2);
  expect(r.artifacts).toEqual([]);
  const msgs = r.errors.map((e) => `${e.target}: ${e.message}`).join('\n');
  expect(msgs).toMatch(/:1 \(plainpkg==3\.0 --hash=sha256:0+\): hash mismatch reported by pip/);
  expect(msgs).toMatch(/:2 \(canarypkg==1\.0 --hash=sha256:1+\): hash mismatch for canarypkg-1\.0\.tar\.gz: expected sha256:1+, got sha256:[0-9a-f]{64}/);
  expect(fs.existsSync(canary)).toBe(false);
});

test('markers that exclude this environment are noted; VCS requirements are reported as not scanned', async () => {
  const f = path.join(dir, 'requirements-misc.txt');
  fs.writeFileSync(f, 'plainpkg==3.0 ; sys_platform == "win32" and python_version >= "3"\n-e git+https://example.invalid/repo.git@v1#egg=repo\n');
  const r = await scan(f);
  expect(r.errors).toEqual([]);
  expect(r.notes).toEqual([{ file: expect.stringMatching(/requirements-misc\.txt$/), line: 1, requirement: expect.stringMatching(/^plainpkg==3\.0/), message: expect.stringMatching(/not for this environment/) }]);
  expect(r.artifacts).toHaveLength(1);
  expect(r.artifacts[0]).toMatchObject({ status: 'incomplete', reasons: [expect.stringMatching(/VCS requirement .*cannot be scanned/)], requiredBy: [{ line: 2 }] });
  expect(exitCode(r)).toBe(1);
});

function uvLock(files: { pkg: string; version: string; sdist?: { filename: string; data: Uint8Array }; wheels: Array<{ filename: string; data: Uint8Array }>; badHash?: boolean }[]): string {
  const entry = (f: { filename: string; data: Uint8Array }, bad = false) => `{ url = "${idx.fileUrl(f.filename)}", hash = "sha256:${bad ? 'f'.repeat(64) : sha256(f.data)}", size = ${f.data.length} }`;
  return (
    'version = 1\nrequires-python = ">=3.9"\n\n' +
    files
      .map((p) => [
        '[[package]]',
        `name = "${p.pkg}"`,
        `version = "${p.version}"`,
        `source = { registry = "https://pypi.org/simple" }`,
        ...(p.sdist ? [`sdist = ${entry(p.sdist, p.badHash)}`] : []),
        ...(p.wheels.length ? ['wheels = [', ...p.wheels.map((w) => `    ${entry(w, p.badHash)},`), ']'] : []),
        '',
      ].join('\n'))
      .join('\n')
  );
}

test('uv.lock with URLs: pip picks the wheel for this machine from the locked URLs, sdist-only entries come directly', async () => {
  const lockDir = path.join(dir, 'uvproj');
  fs.mkdirSync(lockDir);
  const f = path.join(lockDir, 'uv.lock');
  const text = uvLock([
    { pkg: 'nativepkg', version: '1.0', sdist: sdists.native, wheels: [wheels.winonly] },
    { pkg: 'plainpkg', version: '3.0', wheels: [wheels.plain] },
    { pkg: 'canarypkg', version: '1.0', sdist: sdists.canary, wheels: [] },
  ]);
  fs.writeFileSync(f, text);
  const plainLine = text.split('\n').indexOf('name = "plainpkg"'); // the [[package]] header is the line before (1-based: this index)
  const before = idx.requests.length;
  const r = await scan(f);
  expect(r.errors).toEqual([]);
  // Not for this Linux machine: the win_amd64 wheel; so the locked sdist of nativepkg is scanned instead.
  expect(r.artifacts.map((a) => [a.file, a.fetchedVia]).sort()).toEqual([
    ['canarypkg-1.0.tar.gz', 'http'],
    ['nativepkg-1.0.tar.gz', 'http'],
    ['plainpkg-3.0-py3-none-any.whl', 'pip'],
  ]);
  expect(byFile(r, 'plainpkg-3.0-py3-none-any.whl')!.requiredBy).toEqual([{ file: expect.stringMatching(/uv\.lock$/), line: plainLine, requirement: 'plainpkg==3.0' }]);
  // Locked URLs only: the index's project pages were never asked for.
  expect(idx.requests.slice(before).filter((p) => p.startsWith('/simple/'))).toEqual([]);
  const all = await scan(f, { platforms: 'all' });
  expect(all.errors).toEqual([]);
  expect(all.artifacts.map((a) => a.file).sort()).toEqual(['canarypkg-1.0.tar.gz', 'nativepkg-1.0-cp311-cp311-win_amd64.whl', 'nativepkg-1.0.tar.gz', 'plainpkg-3.0-py3-none-any.whl']);
  expect(all.artifacts.every((a) => a.fetchedVia === 'http')).toBe(true);
  fs.writeFileSync(f, uvLock([{ pkg: 'plainpkg', version: '3.0', wheels: [wheels.plain], badHash: true }]));
  for (const platforms of ['all', undefined] as const) {
    const bad = await scan(f, { platforms });
    expect(exitCode(bad)).toBe(2);
    expect(bad.errors[0].message).toMatch(/hash mismatch/);
    expect(bad.artifacts).toEqual([]);
  }
  expect(fs.existsSync(canary)).toBe(false);
});

test('poetry.lock and Pipfile.lock without URLs: pip with the locked hashes, sdists found on the index by file name or hash', async () => {
  const p = path.join(dir, 'poetry', 'poetry.lock');
  fs.mkdirSync(path.dirname(p));
  const files = (xs: Array<{ filename: string; data: Uint8Array }>) => `files = [\n${xs.map((x) => `    {file = "${x.filename}", hash = "sha256:${sha256(x.data)}"},`).join('\n')}\n]`;
  fs.writeFileSync(
    p,
    `[[package]]\nname = "plainpkg"\nversion = "3.0"\ndescription = ""\noptional = false\npython-versions = "*"\ngroups = ["main"]\n${files([wheels.plain])}\n\n` +
      `[[package]]\nname = "canarypkg"\nversion = "1.0"\ndescription = ""\noptional = false\npython-versions = "*"\ngroups = ["main"]\n${files([sdists.canary])}\n\n` +
      `[metadata]\nlock-version = "2.1"\npython-versions = ">=3.9"\ncontent-hash = "${'0'.repeat(64)}"\n`,
  );
  const r = await scan(p);
  expect(r.errors).toEqual([]);
  expect(r.artifacts.map((a) => [a.file, a.fetchedVia, a.requiredBy![0].line])).toEqual([
    ['canarypkg-1.0.tar.gz', 'http', 12],
    ['plainpkg-3.0-py3-none-any.whl', 'pip', 1],
  ]);
  const pf = path.join(dir, 'pipenv', 'Pipfile.lock');
  fs.mkdirSync(path.dirname(pf));
  const entry = (v: string, d: Uint8Array) => ({ hashes: [`sha256:${sha256(d)}`], index: 'pypi', version: `==${v}` });
  const json = JSON.stringify({ _meta: { 'pipfile-spec': 6, sources: [{ name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true }] }, default: { plainpkg: entry('3.0', wheels.plain.data), nativepkg: entry('1.0', sdists.native.data) }, develop: {} }, null, 4);
  fs.writeFileSync(pf, json);
  const keyLine = (k: string) => json.split('\n').findIndex((l) => l.includes(`"${k}": {`)) + 1;
  const r2 = await scan(pf);
  expect(r2.errors).toEqual([]);
  expect(r2.artifacts.map((a) => [a.file, a.fetchedVia, a.requiredBy![0].line])).toEqual([
    ['nativepkg-1.0.tar.gz', 'http', keyLine('nativepkg')],
    ['plainpkg-3.0-py3-none-any.whl', 'pip', keyLine('plainpkg')],
  ]);
});

test('none of the machine\'s or the user\'s pip configuration leaks into pip, and no token reaches it', async () => {
  const secret = await startIndex({ onlysecret: [wheelFile('onlysecret', '1.0')] });
  try {
    const home = path.join(dir, 'home');
    const links = path.join(dir, 'links');
    fs.mkdirSync(path.join(home, '.config', 'pip'), { recursive: true });
    fs.mkdirSync(links, { recursive: true });
    fs.writeFileSync(path.join(links, wheelFile('onlysecret', '1.0').filename), wheelFile('onlysecret', '1.0').data);
    const conf = `[global]\nextra-index-url = ${secret.url}\nfind-links = ${links}\n`;
    fs.writeFileSync(path.join(home, '.config', 'pip', 'pip.conf'), conf);
    fs.writeFileSync(path.join(dir, 'pip-env.conf'), conf);
    // A package that only this machine's local mirror (its global pip configuration) has, when there is one.
    const mirrorOnly = fs.existsSync('/opt/pypi/simple') ? fs.readdirSync('/opt/pypi/simple').find((n) => !/\./.test(n)) : undefined;
    const f = path.join(dir, 'requirements-leak.txt');
    fs.writeFileSync(f, `onlysecret==1.0\n${mirrorOnly ? `${mirrorOnly}\n` : ''}`);
    const env = { ...process.env, HOME: home, PIP_CONFIG_FILE: path.join(dir, 'pip-env.conf'), PIP_FIND_LINKS: links, PIP_EXTRA_INDEX_URL: secret.url, PIP_NO_INDEX: '0', GITHUB_TOKEN: 'ghs_secret' };
    const r = await cli(['scan', '--format', 'json', '--index-url', idx.url, f], { env });
    expect(r.code).toBe(2);
    const j = JSON.parse(r.out) as ScanReport;
    expect(j.artifacts).toEqual([]);
    expect(j.errors.map((e) => e.message).join('\n')).toMatch(/onlysecret==1\.0: no wheel and no sdist on the index|pip could not download it/);
    if (mirrorOnly) expect(j.errors.map((e) => e.target).join('\n')).toContain(mirrorOnly);
    expect(secret.requests).toEqual([]);
    expect(idx.headers.every((h) => !JSON.stringify(h).includes('ghs_secret'))).toBe(true);
  } finally {
    await secret.close();
  }
  const penv = pipEnvironment({ PATH: '/bin', HOME: '/h', GITHUB_TOKEN: 't', ACTIONS_RUNTIME_TOKEN: 't', PIP_INDEX_URL: 'x', PIP_CONSTRAINT: 'c', PYTHONPATH: '/evil', HTTPS_PROXY: 'http://proxy:3128' });
  expect(penv).toEqual({ PATH: '/bin', HOME: '/h', HTTPS_PROXY: 'http://proxy:3128', PIP_CONFIG_FILE: os.devNull, PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' });
});

test('PIP_INDEX_URL from the user\'s environment is the index when no --index-url is given', async () => {
  const f = path.join(dir, 'requirements-envindex.txt');
  fs.writeFileSync(f, '--index-url https://pypi.invalid/simple\nplainpkg==3.0\n');
  const r = await cli(['scan', '--format', 'json', f], { env: { ...process.env, PIP_INDEX_URL: idx.url } });
  const j = JSON.parse(r.out) as ScanReport;
  expect(j.errors).toEqual([]);
  expect(j.artifacts.map((a) => a.file)).toEqual(['plainpkg-3.0-py3-none-any.whl']);
  expect(r.code).toBe(0);
});

test('no Python with pip: a clear error, not a silent pass', async () => {
  const f = path.join(dir, 'requirements-nopy.txt');
  fs.writeFileSync(f, 'plainpkg==3.0\n');
  const r = await scan(f, { python: path.join(dir, 'no-such-python') });
  expect(exitCode(r)).toBe(2);
  expect(r.errors[0].message).toMatch(/no Python with pip found .*--python PATH/);
});

test('pip cannot write a download past the artifact limit: the file is cut off by the process limit and reported, not scanned', async () => {
  fs.writeFileSync(path.join(dir, 'requirements-big.txt'), 'bigpkg==1.0\nplainpkg==3.0\n');
  expect(wheels.big.data.length).toBeGreaterThan(500_000);
  const r = await runScan([path.join(dir, 'requirements-big.txt')], defaultOptions({ limits: { maxArtifactBytes: 200_000 } }), { fetch: { indexUrl: idx.url } });
  const msg = r.errors.map((e) => `${e.target}: ${e.message}`).join('\n');
  expect(msg).toMatch(/requirements-big\.txt:1 \(bigpkg==1\.0\): pip stopped: a file it downloaded grew past the 200000-byte artifact limit/);
  expect(exitCode(r)).toBe(2);
  expect(r.artifacts.find((a) => a.package === 'bigpkg')).toBeUndefined();
  // without the limit the same requirement downloads and scans
  const ok = await runScan([path.join(dir, 'requirements-big.txt')], defaultOptions(), { fetch: { indexUrl: idx.url } });
  expect(ok.errors).toEqual([]);
  expect(ok.artifacts.map((a) => a.package).sort()).toEqual(['bigpkg', 'plainpkg']);
}, 120_000);
