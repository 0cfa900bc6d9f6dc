/** changed-only: the packages a pull request adds or changes, from both versions of each manifest. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { changedPackages, changedSince, changedUnnamed, gitReader, type GitReader } from '../../src/action/changed.js';
import type { Manifest, Requirement } from '../../src/inputs/types.js';

function req(name: string | null, o: Partial<Requirement> = {}): Requirement {
  return { name, specifier: '', version: null, extras: [], markers: null, url: null, editable: false, hashes: [], files: [], index: null, location: { file: 'r.txt', line: 1 }, text: name ?? o.url ?? '', ...o };
}
function manifest(requirements: Requirement[], constraints: Requirement[] = []): Manifest {
  return { file: 'r.txt', kind: 'requirements', requirements, indexUrls: [], extraIndexUrls: [], findLinks: [], included: [], constraints };
}

describe('the diff on the model', () => {
  const base = manifest([
    req('numpy', { specifier: '==1.26.4', version: '1.26.4', hashes: ['sha256:aa'] }),
    req('requests', { specifier: '>=2' }),
    req('pillow', { specifier: '==10.0.0', version: '10.0.0', location: { file: 'r.txt', line: 9 } }),
    req('tonekit', { version: '1.2.0', files: [{ filename: 'tonekit-1.2.0-py3-none-any.whl', url: null, hashes: ['sha256:01'] }] }),
  ]);

  test('added, re-pinned, re-hashed, new extras or markers and new locked files are changes; moved lines are not', () => {
    const head = manifest([
      req('numpy', { specifier: '==1.26.4', version: '1.26.4', hashes: ['sha256:bb'] }), // same version, other bytes
      req('requests', { specifier: '>= 2', location: { file: 'r.txt', line: 40 } }), // reformatted, moved
      req('pillow', { specifier: '==10.0.0', version: '10.0.0', extras: ['avif'] }),
      req('tonekit', { version: '1.2.0', files: [{ filename: 'tonekit-1.2.0-py3-none-any.whl', url: null, hashes: ['sha256:01'] }, { filename: 'tonekit-1.2.0.tar.gz', url: null, hashes: ['sha256:02'] }] }),
      req('six'),
    ]);
    expect([...changedPackages([base], [head])].sort()).toEqual(['numpy', 'pillow', 'six', 'tonekit']);
  });

  test('nothing changed, or only removals: nothing to scan', () => {
    expect(changedPackages([base], [base]).size).toBe(0);
    expect(changedPackages([base], [manifest(base.requirements.slice(1))]).size).toBe(0);
  });

  test('a package required twice counts as changed when either requirement is new; constraints count', () => {
    const head = manifest([...base.requirements, req('numpy', { specifier: '<2', markers: 'python_version < "3.9"' })]);
    expect([...changedPackages([base], [head])]).toEqual(['numpy']);
    const constrained = manifest(base.requirements, [req('requests', { specifier: '==2.32.0', version: '2.32.0' })]);
    expect([...changedPackages([base], [constrained])]).toEqual(['requests']);
  });

  test('requirements without a name are listed by their text', () => {
    const head = manifest([...base.requirements, req(null, { url: 'https://example.invalid/x-1.0.whl', text: 'https://example.invalid/x-1.0.whl' })]);
    expect(changedUnnamed([base], [head])).toEqual(['https://example.invalid/x-1.0.whl']);
  });
});

describe('against a git base commit', () => {
  let dir: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir } }).trim();
  const write = (f: string, s: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), s);
  };
  const pipfile = (pkgs: Record<string, string>) =>
    JSON.stringify({ _meta: { 'pipfile-spec': 6, sources: [{ name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true }] }, default: Object.fromEntries(Object.entries(pkgs).map(([n, v]) => [n, { version: `==${v}`, hashes: [] }])), develop: {} }, null, 4);
  let base: string;
  const cwd = process.cwd();

  beforeAll(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pss-changed-')));
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 't@example.invalid');
    git('config', 'user.name', 't');
    write('requirements.txt', 'numpy==1.26.4\n-r dev/requirements-dev.txt\nrequests>=2\n');
    write('dev/requirements-dev.txt', 'pytest==8.0.0\n');
    write('Pipfile.lock', pipfile({ flask: '3.0.0', click: '8.1.7' }));
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    base = git('rev-parse', 'HEAD');
    write('requirements.txt', 'numpy==2.0.0\n-r dev/requirements-dev.txt\nrequests>=2\n');
    write('dev/requirements-dev.txt', 'pytest==8.0.0\nhypothesis==6.0.0\n');
    write('Pipfile.lock', pipfile({ flask: '3.0.0', click: '8.1.8' }));
    write('sub/requirements.txt', 'tonekit==1.2.1\n');
    process.chdir(dir); // manifests are read relative to the working directory, as in the action
  });
  afterAll(() => {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('changed packages across requirements files (with includes), lock files and new files', async () => {
    const r = await changedSince(['requirements.txt', 'Pipfile.lock', 'sub/requirements.txt', 'dist/pkg-1.0-py3-none-any.whl'], base, { cwd: dir });
    expect([...r.only!].sort()).toEqual(['click', 'hypothesis', 'numpy', 'tonekit']);
    expect(r.notices[0]).toBe(`changed-only: 4 package(s) added or changed since ${base.slice(0, 12)}: click, hypothesis, numpy, tonekit`);
    expect(r.notices).toContain('changed-only: sub/requirements.txt is new in this pull request: all 1 of its packages are scanned');
  });

  test('the base version of a requirements file reads its includes as they were', async () => {
    const r = await changedSince(['dev/requirements-dev.txt'], base, { cwd: dir });
    expect([...r.only!]).toEqual(['hypothesis']);
    const reader = gitReader(dir);
    expect(await reader.show(base, 'dev/requirements-dev.txt')).toBe('pytest==8.0.0\n');
    expect(await reader.show(base, 'sub/requirements.txt')).toBeNull();
  });

  test('a base commit that is missing and cannot be fetched: everything is scanned, with a notice', async () => {
    const missing = 'f'.repeat(40);
    const r = await changedSince(['requirements.txt'], missing, { cwd: dir });
    expect(r.only).toBeNull();
    expect(r.notices[0]).toMatch(/^changed-only: the base commit ffffffffffff is not in this clone and could not be fetched \(use actions\/checkout with fetch-depth: 0\); scanning everything$/);
    expect((await changedSince(['requirements.txt'], 'HEAD~1; rm -rf /', { cwd: dir })).only).toBeNull();
  });

  test('a shallow clone fetches the base commit once, then diffs', async () => {
    const calls: string[] = [];
    const real = gitReader(dir);
    let fetched = false;
    const shallow: GitReader = {
      hasCommit: async (rev) => (calls.push(`has ${rev.slice(0, 4)}`), fetched),
      fetchCommit: async (rev) => (calls.push(`fetch ${rev.slice(0, 4)}`), (fetched = true)),
      show: (rev, f) => real.show(rev, f),
    };
    const r = await changedSince(['Pipfile.lock'], base, { cwd: dir, git: shallow });
    expect(calls).toEqual([`has ${base.slice(0, 4)}`, `fetch ${base.slice(0, 4)}`]);
    expect([...r.only!]).toEqual(['click']);
  });

  test('a base version that no longer parses makes its whole manifest count as changed', async () => {
    const broken: GitReader = { hasCommit: async () => true, fetchCommit: async () => true, show: async () => '{ not json' };
    const r = await changedSince(['Pipfile.lock'], base, { cwd: dir, git: broken });
    expect([...r.only!].sort()).toEqual(['click', 'flask']);
    expect(r.notices.some((n) => /Pipfile\.lock at [0-9a-f]{12} could not be read/.test(n))).toBe(true);
  });
});
