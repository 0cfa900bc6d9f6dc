/**
 * No package code runs, whatever the artifact carries and however it reaches the scanner.
 *
 * Four hostile artifacts, each of which writes a marker file (at an absolute path in a folder of this test) if any
 * of its code ever runs:
 *   - an sdist whose setup.py writes a marker and would run a shell command (os.system),
 *   - an sdist whose pyproject.toml names an in-tree build backend (backend-path = ["."]) that writes a marker when
 *     imported — what pip does to read an sdist's metadata,
 *   - a wheel with a .pth file that writes a marker when a Python starts with it installed,
 *   - a wheel whose console_scripts / gui_scripts entry points (entry_points.txt) would write a marker.
 * They are scanned as local files through the command line, through a requirements file and a lock file fetched
 * with the real pip from a local index (127.0.0.1), including an sdist-only dependency that pip would normally build
 * for its metadata, and through the action's entry. No marker may appear; every artifact is still reported, with
 * the exit code the README promises. Controls show that the markers are live: pip without --only-binary imports the
 * backend, and a Python that reads the .pth runs it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { jest } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/main.js';
import { pipEnvironment } from '../../src/fetch/python.js';
import type { ArtifactReport, ScanReport } from '../../src/types.js';
import { bundleEntries, type Bundle } from '../helpers/bundle.js';
import { sdistFile, sha256, startIndex, wheelFile, type IndexFile, type LocalIndex } from '../helpers/pypi-index.js';
import { runInRunner, simulatedRunner, type SimulatedRunner } from '../helpers/runner.js';

let bundle: Bundle;
let idx: LocalIndex;
let dir: string;
let markers: string;
let art: Record<'setup' | 'backend' | 'dep' | 'pth' | 'ep' | 'top', IndexFile>;
const runners: SimulatedRunner[] = [];

const py = (s: string) => JSON.stringify(s);
const marker = (name: string) => path.join(markers, name);

/** setup.py that leaves a marker, and would run a shell command, when executed. */
function hostileSetupSdist(name: string): IndexFile {
  const setupPy = `import os\nopen(${py(marker(`${name}-setup.py`))}, "w").write("setup.py ran")\nos.system("touch " + ${py(marker(`${name}-os.system`))})\nfrom setuptools import setup\nsetup(name=${py(name)}, version="1.0")\n`;
  return sdistFile(name, '1.0', { 'setup.py': setupPy });
}

/** pyproject.toml naming an in-tree backend that leaves a marker when imported (requires = []: builds offline). */
function hostileBackendSdist(name: string, mark: string): IndexFile {
  const backend = [
    'import os',
    `open(${py(mark)}, "w").write("build backend imported")`,
    'def get_requires_for_build_wheel(config_settings=None):',
    '    return []',
    'def get_requires_for_build_sdist(config_settings=None):',
    '    return []',
    'def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):',
    `    os.system("touch " + ${py(mark + '.system')})`,
    '    raise RuntimeError("not a real backend")',
    'def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):',
    '    raise RuntimeError("not a real backend")',
    'def build_sdist(sdist_directory, config_settings=None):',
    '    raise RuntimeError("not a real backend")',
    '',
  ].join('\n');
  const pyproject = '[build-system]\nrequires = []\nbuild-backend = "evil_backend"\nbackend-path = ["."]\n';
  return sdistFile(name, '1.0', { 'pyproject.toml': pyproject, 'evil_backend.py': backend });
}

const PTH_LINE = (mark: string) => `import os; open(${py(mark)}, "w").write(".pth ran")\n`;

beforeAll(async () => {
  bundle = await bundleEntries();
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pss-noexec-')));
  markers = path.join(dir, 'markers');
  fs.mkdirSync(markers);
  art = {
    setup: hostileSetupSdist('evilsetup'),
    backend: hostileBackendSdist('evilbackend', marker('evilbackend-imported')),
    dep: hostileBackendSdist('evildep', marker('evildep-imported')),
    pth: wheelFile('evilpth', '1.0', { files: { 'evilpth.pth': PTH_LINE(marker('evilpth-pth')), 'evilpth/__init__.py': '' } }),
    ep: wheelFile('evilep', '1.0', {
      files: {
        'evilep/__init__.py': '',
        'evilep/cli.py': `def main():\n    open(${py(marker('evilep-entry-point'))}, "w").write("entry point ran")\n`,
        'evilep-1.0.dist-info/entry_points.txt': '[console_scripts]\nevilep = evilep.cli:main\n\n[gui_scripts]\nevilep-gui = evilep.cli:main\n',
      },
    }),
    // A wheel whose dependency exists only as an sdist with a hostile backend: pip, resolving, would build it for
    // its metadata.
    top: wheelFile('toppkg', '1.0', { requires: ['evildep>=1'] }),
  };
  idx = await startIndex({
    evilsetup: [art.setup],
    evilbackend: [art.backend],
    evildep: [art.dep],
    evilpth: [art.pth],
    evilep: [art.ep],
    toppkg: [art.top],
  });
  fs.mkdirSync(path.join(dir, 'artifacts'));
  for (const k of ['setup', 'backend', 'pth', 'ep'] as const) fs.writeFileSync(path.join(dir, 'artifacts', art[k].filename), art[k].data);
  fs.writeFileSync(path.join(dir, 'requirements.txt'), 'evilsetup==1.0\nevilbackend==1.0\nevilpth==1.0\nevilep==1.0\ntoppkg==1.0\n');
  const files = (f: IndexFile) => `files = [\n    {file = "${f.filename}", hash = "sha256:${sha256(f.data)}"},\n]`;
  const pkg = (name: string, f: IndexFile) => `[[package]]\nname = "${name}"\nversion = "1.0"\ndescription = ""\noptional = false\npython-versions = "*"\ngroups = ["main"]\n${files(f)}\n\n`;
  fs.mkdirSync(path.join(dir, 'locked'));
  fs.writeFileSync(
    path.join(dir, 'locked', 'poetry.lock'),
    pkg('evilsetup', art.setup) + pkg('evilbackend', art.backend) + pkg('evilpth', art.pth) + pkg('evilep', art.ep) + `[metadata]\nlock-version = "2.1"\npython-versions = ">=3.9"\ncontent-hash = "${'0'.repeat(64)}"\n`,
  );
}, 120_000);

afterAll(async () => {
  await idx?.close();
  runners.forEach((r) => r.cleanup());
  bundle?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const markersLeft = () => fs.readdirSync(markers);

/** The bundled CLI in a child process with its own TMPDIR (which must be empty again afterwards). */
function cli(args: string[], opts: { tmp?: string } = {}): Promise<{ code: number | null; out: string; err: string }> {
  const tmp = opts.tmp ?? fs.mkdtempSync(path.join(dir, 'tmp-'));
  return new Promise((resolve) => {
    const c = spawn(bundle.node, [bundle.cli, ...args], { cwd: dir, env: { ...process.env, NODE_OPTIONS: '', TMPDIR: tmp } });
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (err += d));
    c.on('close', (code) => {
      expect(fs.readdirSync(tmp)).toEqual([]);
      resolve({ code, out, err });
    });
  });
}

const byFile = (r: ScanReport, f: string): ArtifactReport => {
  const a = r.artifacts.find((x) => x.file === f);
  if (!a) throw new Error(`${f} is not in the report: ${r.artifacts.map((x) => x.file).join(', ')}`);
  return a;
};

/** Every hostile artifact is in the report, scanned (or incomplete with a reason), and the exit code follows the README. */
function expectReported(r: ScanReport, files: string[], code: number | null, allowIncomplete = false): void {
  for (const f of files) {
    const a = byFile(r, f);
    expect(['scanned', 'incomplete']).toContain(a.status);
    if (a.status !== 'scanned') expect(a.reasons.length).toBeGreaterThan(0);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
  }
  const flagged = r.artifacts.some((a) => a.flagged);
  const incomplete = r.artifacts.some((a) => a.status !== 'scanned');
  expect(code).toBe(r.errors.length ? 2 : flagged || (incomplete && !allowIncomplete) ? 1 : 0);
}

const LOCAL = () => [art.setup.filename, art.backend.filename, art.pth.filename, art.ep.filename];

test('controls: the markers are live (pip without --only-binary imports the backend; a Python reading the .pth runs it)', async () => {
  const ctl = path.join(dir, 'control');
  fs.mkdirSync(ctl);
  const mark = path.join(ctl, 'backend-imported');
  const sd = hostileBackendSdist('ctlbackend', mark);
  const links = path.join(ctl, 'links');
  fs.mkdirSync(links);
  fs.writeFileSync(path.join(links, sd.filename), sd.data);
  const r = spawnSync('python3', ['-I', '-m', 'pip', '--isolated', 'download', '--no-deps', '--no-cache-dir', '--disable-pip-version-check', '--no-index', '--find-links', links, '-d', path.join(ctl, 'out'), 'ctlbackend==1.0'], {
    env: pipEnvironment(),
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(r.status).not.toBe(0); // the backend refuses to build, after having been imported
  expect(fs.existsSync(mark)).toBe(true);
  const site = path.join(ctl, 'site');
  fs.mkdirSync(site);
  const pthMark = path.join(ctl, 'pth-ran');
  fs.writeFileSync(path.join(site, 'x.pth'), PTH_LINE(pthMark));
  spawnSync('python3', ['-I', '-c', `import site; site.addsitedir(${py(site)})`], { env: pipEnvironment() });
  expect(fs.existsSync(pthMark)).toBe(true);
}, 300_000);

test('as local files through the command line: reported, nothing runs', async () => {
  const r = await cli(['scan', '--format', 'json', 'artifacts']);
  expect(r.err).not.toMatch(/error/i);
  const j = JSON.parse(r.out) as ScanReport;
  expect(j.errors).toEqual([]);
  expect(j.artifacts.map((a) => a.file).sort()).toEqual(LOCAL().sort());
  expectReported(j, LOCAL(), r.code);
  for (const a of j.artifacts) {
    expect(a.status).toBe('scanned');
    expect(a.fetchedVia).toBeUndefined();
  }
  // The scanner read what it did not run: the .pth line that would execute at interpreter start is a finding.
  expect(byFile(j, art.pth.filename).findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'code.pth-exec', path: 'evilpth.pth' })]));
  expect(markersLeft()).toEqual([]);
}, 300_000);

test('through a requirements file and the real pip: sdists fetched directly, the sdist-only dependency too, nothing built', async () => {
  const before = idx.requests.length;
  const r = await cli(['scan', '--format', 'json', '--index-url', idx.url, 'requirements.txt']);
  const j = JSON.parse(r.out) as ScanReport;
  expect(j.errors).toEqual([]);
  expect(j.pip).toMatch(/^pip \d+/);
  const files = [...LOCAL(), art.dep.filename, art.top.filename];
  expect(j.artifacts.map((a) => a.file).sort()).toEqual(files.sort());
  expectReported(j, files, r.code);
  for (const k of ['setup', 'backend', 'dep'] as const) expect(byFile(j, art[k].filename)).toMatchObject({ fetchedVia: 'http', sha256: sha256(art[k].data) });
  for (const k of ['pth', 'ep', 'top'] as const) expect(byFile(j, art[k].filename)).toMatchObject({ fetchedVia: 'pip', sha256: sha256(art[k].data) });
  expect(byFile(j, art.dep.filename).requiredBy).toEqual([{ file: 'requirements.txt', line: 5, requirement: 'toppkg==1.0 (dependency evildep)' }]);
  // The sdists were downloaded (so pip saw them and left them alone, or they were fetched directly), never built.
  expect(idx.requests.slice(before)).toEqual(expect.arrayContaining([`/files/${art.backend.filename}`, `/files/${art.dep.filename}`, `/files/${art.setup.filename}`]));
  expect(markersLeft()).toEqual([]);
}, 300_000);

test('through a lock file (hashes, pip with --no-deps for wheels, sdists directly): nothing runs', async () => {
  const r = await cli(['scan', '--format', 'json', '--index-url', idx.url, 'locked/poetry.lock']);
  const j = JSON.parse(r.out) as ScanReport;
  expect(j.errors).toEqual([]);
  expect(j.artifacts.map((a) => a.file).sort()).toEqual(LOCAL().sort());
  expectReported(j, LOCAL(), r.code);
  expect(markersLeft()).toEqual([]);
}, 300_000);

test('through the action entry: requirements, lock file and artifacts, nothing runs, no temporary file left', async () => {
  const runner = simulatedRunner({ files: 'requirements.txt\nlocked/poetry.lock\nartifacts', 'index-url': idx.url });
  runners.push(runner);
  fs.cpSync(path.join(dir, 'requirements.txt'), path.join(runner.workspace, 'requirements.txt'));
  fs.cpSync(path.join(dir, 'locked'), path.join(runner.workspace, 'locked'), { recursive: true });
  fs.cpSync(path.join(dir, 'artifacts'), path.join(runner.workspace, 'artifacts'), { recursive: true });
  const tmp = fs.mkdtempSync(path.join(dir, 'tmp-action-'));
  // In this process the system temporary folder is `tmp` (Jest's process.env is a copy os.tmpdir() does not read).
  const spy = jest.spyOn(os, 'tmpdir').mockReturnValue(tmp);
  let exitCode: number;
  try {
    ({ exitCode } = await runInRunner(runner, () => run()));
  } finally {
    spy.mockRestore();
  }
  const outputs = runner.outputs();
  const j = JSON.parse(fs.readFileSync(outputs['report-json'], 'utf8')) as ScanReport;
  expect(j.errors).toEqual([]);
  const files = [...LOCAL(), art.dep.filename, art.top.filename];
  expect([...new Set(j.artifacts.map((a) => a.file))].sort()).toEqual(files.sort());
  expectReported(j, files, exitCode);
  expect(Number(outputs['flagged-count'])).toBe(j.stats.flagged);
  expect(Number(outputs['incomplete-count'])).toBe(j.stats.incomplete);
  expect(fs.readdirSync(tmp)).toEqual([]);
  expect(markersLeft()).toEqual([]);
}, 300_000);
