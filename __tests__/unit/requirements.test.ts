/** requirements.txt the way pip reads it, PEP 508 lines, PEP 440 specifiers and markers. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { logicalLines, readRequirementsFile, shellWords } from '../../src/inputs/requirements.js';
import { parseRequirement } from '../../src/inputs/pep508.js';
import { bestVersion, compareVersions, parseSpecifierSet, parseVersion, satisfies } from '../../src/inputs/pep440.js';
import { evaluateMarker } from '../../src/inputs/markers.js';
import { parseArtifactFilename } from '../../src/inputs/names.js';
import { ManifestError } from '../../src/inputs/types.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-req-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
}

const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);

test('continuations, comments and line numbers follow pip', () => {
  const lines = logicalLines('# top comment\nrequests==2.31.0  # pinned\nfoo \\\n  >=1.0 \\\n  ,<2\n\n#x\\\nbar#not-a-comment\n  # indented comment\nbaz \\\n');
  expect(lines).toEqual([
    { line: 2, text: 'requests==2.31.0' },
    { line: 3, text: 'foo   >=1.0   ,<2' },
    { line: 8, text: 'bar#not-a-comment' },
    { line: 10, text: 'baz' },
  ]);
});

test('shell words: quotes and escapes', () => {
  expect(shellWords(`--hash=sha256:ab "--index-url" 'a b' c\\ d`)).toEqual(['--hash=sha256:ab', '--index-url', 'a b', 'c d']);
  expect(() => shellWords('"open')).toThrow(/unclosed/);
});

test('a realistic requirements file: includes, constraints, indexes, hashes, markers, extras, URLs, editables', async () => {
  write('sub/base.txt', 'six==1.16.0 \\\n    --hash=sha256:' + H1 + '\n');
  write('sub/constraints.txt', 'idna==3.6 --hash=sha256:' + H2 + '\n');
  const main = write(
    'requirements.txt',
    [
      '--index-url https://mirror.example/simple',
      '--extra-index-url=https://extra.example/simple',
      '-f ./wheels',
      '-r sub/base.txt',
      '-c sub/constraints.txt',
      'requests[security,socks] >= 2.8.1, == 2.8.* ; python_version < "3.13"',
      'pkg @ https://example.com/pkg-1.0-py3-none-any.whl#sha256=' + H1,
      'https://example.com/dl/other-2.0.tar.gz#egg=other',
      './vendor/local-3.1-py3-none-any.whl',
      '-e git+https://github.com/example/proj.git@v1#egg=proj',
      '-e .',
      'pywin32==306; sys_platform == "win32"',
      'token-pkg==1.0 --hash sha256:' + H2 + ' --hash=sha384:' + 'c'.repeat(96),
      '--pre',
      'url-with-var @ https://${PSS_TEST_HOST}/x-1.0.tar.gz',
    ].join('\n') + '\n',
  );
  const m = await readRequirementsFile(main, { env: { PSS_TEST_HOST: 'files.example' } });
  expect(m.kind).toBe('requirements');
  expect(m.indexUrls).toEqual(['https://mirror.example/simple']);
  expect(m.extraIndexUrls).toEqual(['https://extra.example/simple']);
  expect(m.findLinks).toEqual(['./wheels']);
  expect(m.included.map((p) => path.basename(p))).toEqual(['base.txt', 'constraints.txt']);
  expect(m.constraints!.map((c) => [c.name, c.version, c.hashes])).toEqual([['idna', '3.6', [`sha256:${H2}`]]]);
  const by = (n: string) => m.requirements.find((r) => r.name === n)!;
  expect(by('six')).toMatchObject({ version: '1.16.0', hashes: [`sha256:${H1}`], location: { line: 1 } });
  expect(by('six').location.file).toMatch(/sub[\\/]base\.txt$/);
  expect(by('requests')).toMatchObject({ extras: ['security', 'socks'], specifier: '>=2.8.1,==2.8.*', version: null, markers: 'python_version < "3.13"', location: { line: 6 } });
  expect(by('pkg')).toMatchObject({ url: `https://example.com/pkg-1.0-py3-none-any.whl#sha256=${H1}`, version: '1.0', location: { line: 7 } });
  expect(by('other')).toMatchObject({ url: 'https://example.com/dl/other-2.0.tar.gz#egg=other', location: { line: 8 } });
  expect(by('local')).toMatchObject({ url: './vendor/local-3.1-py3-none-any.whl', version: '3.1' });
  expect(by('proj')).toMatchObject({ editable: true, url: 'git+https://github.com/example/proj.git@v1#egg=proj', location: { line: 10 } });
  expect(m.requirements.find((r) => r.url === '.')).toMatchObject({ editable: true, name: null, location: { line: 11 } });
  expect(by('pywin32').markers).toBe('sys_platform == "win32"');
  expect(by('token-pkg').hashes).toEqual([`sha256:${H2}`, `sha384:${'c'.repeat(96)}`]);
  // ${VAR} is expanded for use, but the text kept for people is as written.
  expect(by('url-with-var')).toMatchObject({ url: 'https://files.example/x-1.0.tar.gz', text: 'url-with-var @ https://${PSS_TEST_HOST}/x-1.0.tar.gz' });
  expect(m.warnings!.map((w) => w.message)).toEqual(['--pre has no effect on what is scanned']);
});

test('include cycles, depth, unknown options and bad lines are errors with file and line', async () => {
  write('cyc/a.txt', 'x==1\n-r b.txt\n');
  write('cyc/b.txt', '-r a.txt\n');
  await expect(readRequirementsFile(path.join(dir, 'cyc/a.txt'))).rejects.toThrow(/include cycle: .*a\.txt -> .*b\.txt -> .*a\.txt/);
  for (let i = 0; i < 4; i++) write(`deep/${i}.txt`, `-r ${i + 1}.txt\n`);
  write('deep/4.txt', 'x\n');
  await expect(readRequirementsFile(path.join(dir, 'deep/0.txt'), { maxDepth: 3 })).rejects.toThrow(/nested more than 3 deep/);
  const bad = async (text: string) => {
    const p = write('bad.txt', text);
    try {
      await readRequirementsFile(p);
    } catch (e) {
      expect(e).toBeInstanceOf(ManifestError);
      return (e as Error).message;
    }
    return 'no error';
  };
  expect(await bad('ok==1\n--frobnicate\n')).toMatch(/bad\.txt:2: unknown option "--frobnicate"/);
  expect(await bad('x==1 --hash=sha256\n')).toMatch(/:1: bad --hash/);
  expect(await bad('x >= = 1\n')).toMatch(/:1: bad version specifier/);
  expect(await bad('-r https://example.com/r.txt\n')).toMatch(/remote requirement files are not read/);
  expect(await bad('-r missing.txt\n')).toMatch(/:1: cannot read .*missing\.txt: ENOENT/);
  expect(await bad('-e requests\n')).toMatch(/-e needs a path or URL/);
});

test('PEP 508 requirement lines', () => {
  expect(parseRequirement('Foo.Bar_baz [X , y]  (>=1.0,<2) ; os_name == "nt"')).toEqual({ name: 'foo-bar-baz', extras: ['x', 'y'], specifier: '>=1.0,<2', version: null, markers: 'os_name == "nt"', url: null });
  expect(parseRequirement('name @ file:///tmp/name-1.0.tar.gz ; python_version >= "3"')).toMatchObject({ name: 'name', url: 'file:///tmp/name-1.0.tar.gz', version: '1.0', markers: 'python_version >= "3"' });
  expect(parseRequirement('x===weird')).toMatchObject({ version: 'weird' });
  expect(parseRequirement('!!')).toEqual({ error: expect.stringMatching(/not a requirement/) });
  expect(parseArtifactFilename('python-dateutil-2.8.2.tar.gz')).toEqual({ name: 'python-dateutil', version: '2.8.2', kind: 'sdist', tags: [] });
  expect(parseArtifactFilename('numpy-2.2.3-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl')).toMatchObject({ name: 'numpy', version: '2.2.3', kind: 'wheel' });
  expect(parseArtifactFilename('README.md')).toBeNull();
});

test('PEP 440 ordering and specifiers', () => {
  const order = ['1.0.dev1', '1.0a1', '1.0a2.dev1', '1.0b1', '1.0rc1', '1.0', '1.0+local', '1.0.post1', '1.1', '2!0.5'];
  const parsed = order.map((v) => parseVersion(v)!);
  for (let i = 1; i < parsed.length; i++) expect(compareVersions(parsed[i - 1], parsed[i])).toBeLessThan(0);
  expect(compareVersions(parseVersion('1.0')!, parseVersion('1.0.0')!)).toBe(0);
  const s = (spec: string) => parseSpecifierSet(spec)!;
  expect(satisfies('2.8.5', s('>=2.8.1,==2.8.*'))).toBe(true);
  expect(satisfies('2.9.0', s('>=2.8.1,==2.8.*'))).toBe(false);
  expect(satisfies('1.4.5', s('~=1.4.2'))).toBe(true);
  expect(satisfies('1.5.0', s('~=1.4.2'))).toBe(false);
  expect(satisfies('2.0rc1', s('<2'))).toBe(false);
  expect(satisfies('1.0.post1', s('>1.0'))).toBe(false);
  expect(satisfies('1.0+abc', s('==1.0'))).toBe(true);
  expect(satisfies('2.0b1', s('>=1'))).toBe(false);
  expect(satisfies('2.0b1', s('>=2.0b1'))).toBe(true);
  expect(bestVersion(['1.0', '1.2', '2.0b1', '1.10'], s('>=1'))).toBe('1.10');
  expect(bestVersion(['2.0b1'], s('>=1'))).toBe('2.0b1');
  expect(bestVersion(['0.9'], s('>=1'))).toBeNull();
  expect(parseSpecifierSet('>= 1, nonsense')).toBeNull();
});

test('markers: versions compared as versions, extras by name, unknowns kept', () => {
  const env = { python_version: '3.11', python_full_version: '3.11.7', sys_platform: 'linux', platform_system: 'Linux', os_name: 'posix', implementation_name: 'cpython', platform_machine: 'x86_64', extra: [] };
  expect(evaluateMarker('python_version >= "3.8" and sys_platform == "linux"', env)).toEqual({ applies: true });
  expect(evaluateMarker('python_version < "3.10"', env)).toEqual({ applies: false });
  expect(evaluateMarker("python_version > '3.9'", env).applies).toBe(true);
  expect(evaluateMarker('sys_platform == "win32" or (os_name == "posix" and platform_machine in "x86_64 aarch64")', env).applies).toBe(true);
  expect(evaluateMarker('implementation_name == "pypy"', env).applies).toBe(false);
  expect(evaluateMarker('extra == "Socks"', { ...env, extra: ['socks'] }).applies).toBe(true);
  expect(evaluateMarker('extra == "socks"', env).applies).toBe(false);
  expect(evaluateMarker('python_full_version == "3.11.*"', env).applies).toBe(true);
  const open = evaluateMarker('sys_platform == "win32"', { python_version: '3.11' });
  expect(open).toEqual({ applies: true, note: expect.stringMatching(/depends on the target platform/) });
  expect(evaluateMarker('sys_platform == "win32" and python_version < "3"', { python_version: '3.11' }).applies).toBe(false);
  expect(evaluateMarker('bogus_var == "1"', env)).toEqual({ applies: true, note: expect.stringMatching(/not understood.*unknown marker variable/) });
  expect(evaluateMarker('(' .repeat(100) + 'os_name == "nt"' + ')'.repeat(100), env).note).toMatch(/nested too deep/);
});
