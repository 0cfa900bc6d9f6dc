import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import { scanArtifact } from '../../src/scan.js';
import { unpack } from '../../src/archive/index.js';
import { defaultOptions, type Limits } from '../../src/options.js';
import type { ArtifactReport } from '../../src/types.js';
import { buildSdist, buildTar, buildWheel, buildZip, gzip } from '../helpers/archive.js';

async function scan(file: string, data: Uint8Array, limits: Partial<Limits> = {}): Promise<ArtifactReport> {
  return scanArtifact({ file, path: file, data }, defaultOptions({ limits }));
}
const rules = (r: ArtifactReport) => [...new Set(r.findings.map((f) => f.rule))].sort();
const finding = (r: ArtifactReport, rule: string) => r.findings.find((f) => f.rule === rule);

const PY = 'def hello():\n    return "hi"\n';

describe('wheels', () => {
  test('an ordinary wheel scans clean, with name and version from the file name', async () => {
    const r = await scan('tonekit-1.2.0-py3-none-any.whl', buildWheel('tonekit', '1.2.0', { 'tonekit/__init__.py': PY }));
    expect(r.status).toBe('scanned');
    expect(r.findings).toEqual([]);
    expect(r).toMatchObject({ package: 'tonekit', version: '1.2.0', kind: 'wheel', score: 0, flagged: false });
    expect(r.stats.files).toBe(4);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('RECORD: a member added after the build, a changed member, a missing one, no RECORD at all', async () => {
    const added = await scan('a-1-py3-none-any.whl', buildWheel('a', '1', { 'a/__init__.py': PY }, { extra: [{ name: 'a/sneaky.wav', data: 'RIFF' }] }));
    expect(finding(added, 'wheel.record-unlisted')?.path).toBe('a/sneaky.wav');

    const changed = await scan('a-1-py3-none-any.whl', buildWheel('a', '1', { 'a/__init__.py': PY }, { record: (rows) => rows.map((r) => (r[0] === 'a/__init__.py' ? [r[0], 'sha256=AAAA', r[2]] : r)) }));
    expect(finding(changed, 'wheel.record-mismatch')?.path).toBe('a/__init__.py');

    const missing = await scan('a-1-py3-none-any.whl', buildWheel('a', '1', { 'a/__init__.py': PY }, { record: (rows) => [...rows, ['a/gone.py', 'sha256=x', '1']] }));
    expect(finding(missing, 'wheel.record-missing-member')?.path).toBe('a/gone.py');

    const none = await scan('a-1-py3-none-any.whl', buildWheel('a', '1', { 'a/__init__.py': PY }, { record: 'omit' }));
    expect(rules(none)).toContain('wheel.record-absent');
  });

  test('RECORD hashes written in hex (some build tools do) are accepted', async () => {
    const w = buildWheel('a', '1', { 'a/__init__.py': PY }, {
      record: (rows) => rows.map((r) => (r[0] === 'a/__init__.py' ? [r[0], 'sha256=' + Buffer.from(r[1].slice(7), 'base64url').toString('hex'), r[2]] : r)),
    });
    expect(rules(await scan('a-1-py3-none-any.whl', w))).toEqual([]);
  });

  test('nested archives are opened and their members named outer!/inner', async () => {
    const inner = buildZip([{ name: 'deep/x.py', data: PY }]);
    const r = await scan('n-1-py3-none-any.whl', buildWheel('n', '1', { 'n/data.zip': inner, 'n/t.tar.gz': gzip(buildTar([{ name: 'y.txt', data: 'hello' }])) }));
    expect(r.status).toBe('scanned');
    expect(r.stats.files).toBe(3 + 2 + 2);
  });

  test('nesting deeper than the limit is reported and marks the scan incomplete', async () => {
    let z = buildZip([{ name: 'core.txt', data: 'x' }]);
    for (let i = 0; i < 4; i++) z = buildZip([{ name: `level${i}.zip`, data: z }]);
    const r = await scan('d-1-py3-none-any.whl', buildWheel('d', '1', { 'd/x.zip': z }), { maxDepth: 2 });
    expect(rules(r)).toContain('archive.nesting-too-deep');
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join()).toMatch(/depth limit 2/);
  });
});

describe('hostile packing', () => {
  test('climbing and absolute member names', async () => {
    const z = buildZip([{ name: '../../etc/cron.d/x', data: 'x' }, { name: '/abs/path.txt', data: 'y' }, { name: 'C:\\win.ini', data: 'z' }]);
    const r = await scan('evil-1.0.zip', z);
    expect(finding(r, 'archive.path-traversal')?.path).toBe('../../etc/cron.d/x');
    expect(r.findings.filter((f) => f.rule === 'archive.absolute-path').map((f) => f.path).sort()).toEqual(['/abs/path.txt', 'C:\\win.ini']);
  });

  test('symlinks leaving the tree, in zip and tar; links inside the tree are fine', async () => {
    const z = buildZip([{ name: 'pkg/out', data: '../../../etc/passwd', unixMode: 0o120777 }, { name: 'pkg/in', data: 'other', unixMode: 0o120777 }]);
    const rz = await scan('l-1.0.zip', z);
    expect(rz.findings.filter((f) => f.rule === 'archive.link-outside').map((f) => f.path)).toEqual(['pkg/out']);
    const t = gzip(buildTar([
      { name: 'l-1.0/PKG-INFO', data: 'Name: l\n' },
      { name: 'l-1.0/up', type: '2', linkname: '../../x' },
      { name: 'l-1.0/hard', type: '1', linkname: '/etc/shadow' },
      { name: 'l-1.0/ok', type: '2', linkname: 'PKG-INFO' },
      { name: 'l-1.0/dev', type: '3' },
      { name: 'l-1.0/fifo', type: '6' },
    ]));
    const rt = await scan('l-1.0.tar.gz', t);
    expect(rt.findings.filter((f) => f.rule === 'archive.link-outside').map((f) => f.path).sort()).toEqual(['l-1.0/hard', 'l-1.0/up']);
    expect(rt.findings.filter((f) => f.rule === 'archive.device-entry').length).toBe(2);
  });

  test('duplicated names: different content scores more than the same content', async () => {
    const z = buildZip([{ name: 'p/a.py', data: PY }, { name: 'p/a.py', data: 'import os; os.system("id")' }, { name: 'p/b.py', data: PY }, { name: 'p/b.py', data: PY }]);
    const r = await scan('dup-1.0.zip', z);
    const dups = r.findings.filter((f) => f.rule === 'archive.duplicate-name');
    expect(dups.map((f) => [f.path, f.score]).sort()).toEqual([['p/a.py', 4], ['p/b.py', 1]]);
    expect(r.stats.files).toBe(4); // both copies are scanned
  });

  test('local header disagreeing with the central directory, and data smuggled between members', async () => {
    const z = buildZip([{ name: 'p/a.txt', data: 'aaa', localName: 'p/b.txt' }, { name: 'p/c.txt', data: 'ccc', before: 'SMUGGLED-BYTES' }]);
    const r = await scan('m-1.0.zip', z);
    expect(finding(r, 'archive.header-mismatch')?.message).toMatch(/p\/b\.txt/);
    expect(finding(r, 'archive.prepended-data')?.message).toMatch(/14 bytes between zip members/);
  });

  test('data before the first member (a zip appended to something else)', async () => {
    const r = await scan('p-1.0.zip', buildZip([{ name: 'p/a.txt', data: 'x' }], { prefix: 'MZ-self-extractor-stub' }));
    expect(r.status).toBe('scanned');
    expect(rules(r)).toContain('archive.prepended-data');
  });

  test('encrypted members and unknown compression methods are incomplete, not skipped', async () => {
    const r = await scan('e-1.0.zip', buildZip([{ name: 'p/secret.bin', data: 'x', method: 0, flags: 1 }, { name: 'p/lzma.bin', data: 'y', method: 14 }]));
    expect(r.findings.filter((f) => f.rule === 'archive.unsupported-member').length).toBe(2);
    expect(r.status).toBe('incomplete');
  });

  test('a lying declared size is caught and the real content still scanned', async () => {
    const r = await scan('s-1.0.zip', buildZip([{ name: 'p/a.txt', data: 'hello world', declaredSize: 3 }]));
    expect(finding(r, 'archive.header-mismatch')?.message).toMatch(/declared 3 bytes, inflated to 11/);
    expect(r.stats.bytes).toBe(11);
  });
});

describe('limits', () => {
  const big = Buffer.alloc(5 * 1024 * 1024); // zeros: compresses ~1000:1

  test('a member over the per-member limit: archive.bomb, incomplete, and the rest still scanned', async () => {
    const r = await scan('b-1.0.zip', buildZip([{ name: 'p/huge.bin', data: big }, { name: 'p/after.txt', data: 'x' }]), { maxMemberBytes: 1024 * 1024 });
    expect(finding(r, 'archive.bomb')?.path).toBe('p/huge.bin');
    expect(r.status).toBe('incomplete');
    expect(r.stats.files).toBe(1);
  });

  test('the total-size limit stops the walk', async () => {
    const z = buildZip(Array.from({ length: 5 }, (_, i) => ({ name: `p/f${i}.bin`, data: Buffer.alloc(400 * 1024, i) })));
    const r = await scan('t-1.0.zip', z, { maxTotalBytes: 1024 * 1024 });
    expect(finding(r, 'archive.bomb')?.message).toMatch(/total-size limit/);
    expect(r.status).toBe('incomplete');
    expect(r.stats.files).toBe(2);
  });

  test('the member-count limit stops the walk, for zip and tar', async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ name: `p/f${i}.txt`, data: 'x' }));
    const rz = await scan('c-1.0.zip', buildZip(many), { maxMembers: 10 });
    expect(rz.status).toBe('incomplete');
    expect(rules(rz)).toContain('archive.bomb');
    const rt = await scan('c-1.0.tar.gz', gzip(buildTar(many)), { maxMembers: 10 });
    expect(rt.status).toBe('incomplete');
    expect(rt.stats.files).toBe(10);
  });

  test('a gzip bomb as an sdist is stopped at the limit', async () => {
    const bomb = new Uint8Array(zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024)));
    const r = await scan('g-1.0.tar.gz', bomb, { maxTotalBytes: 8 * 1024 * 1024 });
    expect(r.status).toBe('incomplete');
    expect(rules(r)).toContain('archive.bomb');
  });
});

describe('sdists and odd artifacts', () => {
  test('tar.gz and tar.bz2 sdists: name/version from the file name, members scanned', async () => {
    const r = await scan('tonekit-1.2.0.tar.gz', buildSdist('tonekit', '1.2.0', { 'setup.py': 'from setuptools import setup\nsetup()\n', 'tonekit/__init__.py': PY }));
    expect(r).toMatchObject({ status: 'scanned', package: 'tonekit', version: '1.2.0', kind: 'sdist' });
    expect(r.stats.files).toBe(3);
    const tar = buildTar([{ name: 'tonekit-1.2.0/PKG-INFO', data: 'Name: tonekit\n' }, { name: 'tonekit-1.2.0/a.py', data: PY }]);
    const bz = new Uint8Array(execFileSync('python3', ['-c', 'import bz2,sys; sys.stdout.buffer.write(bz2.compress(sys.stdin.buffer.read()))'], { input: tar }));
    const rb = await scan('tonekit-1.2.0.tar.bz2', bz);
    expect(rb).toMatchObject({ status: 'scanned', package: 'tonekit', kind: 'sdist' });
    expect(rb.stats.files).toBe(2);
  });

  test('a truncated archive ends in a report, not an exception', async () => {
    const w = buildWheel('t', '1', { 't/__init__.py': PY.repeat(200) });
    const r = await scan('t-1-py3-none-any.whl', w.subarray(0, Math.floor(w.length / 2)));
    expect(['error', 'incomplete']).toContain(r.status);
    expect(r.reasons.length).toBeGreaterThan(0);
    const t = buildSdist('t', '1', { 'big.py': PY.repeat(2000) });
    const rt = await scan('t-1.tar.gz', t.subarray(0, t.length - 200));
    expect(rt.status).toBe('incomplete');
  });

  test('something that is not an archive is an error with a reason', async () => {
    const r = await scan('x-1-py3-none-any.whl', new TextEncoder().encode('not a zip at all'));
    expect(r.status).toBe('error');
    expect(r.reasons[0]).toMatch(/not an archive the scanner reads/);
  });
});

describe('report size', () => {
  test('findings are capped per rule, the rest counted; the score still sees them all', async () => {
    const z = buildZip(Array.from({ length: 80 }, (_, i) => ({ name: `../x${i}.txt`, data: 'x' })));
    const r = await scan('many-1.0.zip', z);
    expect(r.findings.filter((f) => f.rule === 'archive.path-traversal')).toHaveLength(50);
    expect(r.omittedFindings).toEqual({ 'archive.path-traversal': 30 });
    expect(r.score).toBe(6);
  });
});

describe('overlapping entries', () => {
  test('central entries that point at one shared local entry are a bomb construction; each is still read', async () => {
    const z = Buffer.from(buildZip([{ name: 'p/a.txt', data: 'x'.repeat(1000) }, { name: 'p/b.txt', data: 'y'.repeat(1000) }]));
    // point the second central entry at the first local header (names then disagree too)
    const cd = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 4);
    z.writeUInt32LE(0, cd + 42);
    const r = await scan('o-1.0.zip', new Uint8Array(z));
    expect(r.findings.find((f) => f.rule === 'archive.bomb')?.message).toMatch(/overlap/);
    expect(r.stats.files).toBe(2);
  });
});

describe('member memory', () => {
  // ArrayBuffer.prototype.transfer frees a buffer at once (Node 21+); on Node 20 the collector frees it later
  const canFree = typeof (ArrayBuffer.prototype as { transfer?: unknown }).transfer === 'function';
  // larger than Node's Buffer pool (64 KiB on Node 24): never a slice of shared memory
  const big = (seed: number) => Uint8Array.from({ length: 200 * 1024 }, (_, i) => (i * 31 + seed) & 0xff);

  test('an inflated member is the caller\'s until its callback has settled, then its memory is freed; stored members and archives inside are read whole first', async () => {
    const inner = buildZip([{ name: 'inner/deep.bin', data: big(3), method: 0 }]);
    const zip = buildZip([
      { name: 'pkg/a.bin', data: big(1) },
      { name: 'pkg/stored.bin', data: big(2), method: 0 },
      { name: 'pkg/nested.zip', data: inner },
    ]);
    const seen = new Map<string, { data: Uint8Array; sum: number }>();
    const sum = (d: Uint8Array) => d.reduce((a, b) => (a + b) % 65521, 0);
    await unpack(zip, 'zip', { limits: defaultOptions().limits }, async (m) => {
      await new Promise((r) => setTimeout(r, 1)); // a callback that yields still reads the whole member
      seen.set(m.path, { data: m.data, sum: sum(m.data) });
    });
    expect([...seen.keys()].sort()).toEqual(['pkg/a.bin', 'pkg/nested.zip', 'pkg/nested.zip!/inner/deep.bin', 'pkg/stored.bin'].sort());
    expect(seen.get('pkg/a.bin')!.sum).toBe(sum(big(1)));
    expect(seen.get('pkg/nested.zip!/inner/deep.bin')!.sum).toBe(sum(big(3)));
    // kept past its callback: an inflated member is empty where `transfer` exists; a stored one is a view of the archive
    expect(seen.get('pkg/a.bin')!.data.length).toBe(canFree ? 0 : big(1).length);
    expect(seen.get('pkg/nested.zip')!.data.length).toBe(canFree ? 0 : inner.length);
    expect(sum(seen.get('pkg/stored.bin')!.data)).toBe(sum(big(2)));
  });

  test('a decompressed tar is freed once walked, a lone decompressed file once its callback has settled; each is read whole first', async () => {
    const sdist = buildSdist('bz', '1.0', { 'bz/a.bin': big(6), 'bz/b.bin': big(7) });
    const seen = new Map<string, { data: Uint8Array; sum: number }>();
    const keep = async (m: { path: string; data: Uint8Array }) => {
      await new Promise((r) => setTimeout(r, 1));
      seen.set(m.path, { data: m.data, sum: sum16(m.data) });
    };
    await unpack(sdist, 'tar.gz', { limits: defaultOptions().limits }, keep);
    expect(seen.get('bz-1.0/bz/a.bin')!.sum).toBe(sum16(big(6)));
    expect(seen.get('bz-1.0/bz/b.bin')!.sum).toBe(sum16(big(7)));
    // kept past the walk: views of the freed tar are empty where `transfer` exists
    expect(seen.get('bz-1.0/bz/a.bin')!.data.length).toBe(canFree ? 0 : big(6).length);
    seen.clear();
    const zip = buildZip([{ name: 'pkg/data.bin.gz', data: gzip(big(8)), method: 0 }]);
    await unpack(zip, 'zip', { limits: defaultOptions().limits }, keep);
    expect(seen.get('pkg/data.bin.gz!/data.bin')!.sum).toBe(sum16(big(8)));
    expect(seen.get('pkg/data.bin.gz!/data.bin')!.data.length).toBe(canFree ? 0 : big(8).length);
    // the stored .gz member itself is a view of the archive: left alone
    expect(sum16(seen.get('pkg/data.bin.gz')!.data)).toBe(sum16(gzip(big(8))));
  });

  test('a member moved to another thread during its callback is left alone', async () => {
    const zip = buildZip([{ name: 'pkg/a.bin', data: big(5) }]);
    let moved: Uint8Array | null = null;
    await unpack(zip, 'zip', { limits: defaultOptions().limits }, async (m) => {
      moved = structuredClone(m.data, { transfer: [m.data.buffer as ArrayBuffer] });
    });
    expect(sum16(moved!)).toBe(sum16(big(5)));
  });
});

function sum16(d: Uint8Array): number {
  return d.reduce((a, b) => (a + b) % 65521, 0);
}
