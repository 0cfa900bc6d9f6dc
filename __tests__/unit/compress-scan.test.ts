import zlib from 'node:zlib';
/**
 * Members compressed with xz, .lzma or Unix compress are opened like gzip ones (`member!/inner`, a tar inside is
 * walked), .tar.xz sdists are artifacts, and compressed data the scanner cannot open is reported, never passed.
 */
import { scanArtifact } from '../../src/scan.js';
import { defaultOptions, type Limits } from '../../src/options.js';
import { ARTIFACT_RE } from '../../src/targets.js';
import { detectMagic } from '../../src/formats/magic.js';
import { isLzmaAloneHeader } from '../../src/archive/lzma.js';
import type { ArtifactReport } from '../../src/types.js';
import { buildTar, buildWheel } from '../helpers/archive.js';
import { lzwCompress, pyLzmaAll, zstdRawFrame } from '../helpers/compress.js';
import { b64, bytes, concat, fakePE, prng, utf8, wrap } from '../helpers/payloads.js';

async function scan(file: string, data: Uint8Array, limits: Partial<Limits> = {}): Promise<ArtifactReport> {
  return scanArtifact({ file, path: file, data }, defaultOptions({ limits }));
}
const rules = (r: ArtifactReport) => [...new Set(r.findings.map((f) => f.rule))].sort();
const paths = (r: ArtifactReport, rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => f.path);

const PY = 'def hello():\n    return "hi"\n';
const PAYLOAD = bytes(wrap(b64(fakePE(3000))));
const NUMBERS = utf8(Array.from({ length: 2000 }, (_, i) => `${(i * 0.37).toFixed(4)} ${(i % 17) * 1.5}`).join('\n'));
const SDIST_TAR = buildTar([
  { name: 'tonekit-1.2.0/PKG-INFO', data: 'Metadata-Version: 2.1\nName: tonekit\nVersion: 1.2.0\n' },
  { name: 'tonekit-1.2.0/tonekit/__init__.py', data: PY },
]);

let fx: Record<string, Uint8Array> = {};
beforeAll(() => {
  fx = pyLzmaAll({
    payloadXz: [PAYLOAD, ''],
    payloadLzma: [PAYLOAD, 'format=lzma.FORMAT_ALONE'],
    numbersXz: [NUMBERS, ''],
    numbersLzma: [NUMBERS, 'format=lzma.FORMAT_ALONE'],
    sdistXz: [SDIST_TAR, ''],
    sdistLzma: [SDIST_TAR, 'format=lzma.FORMAT_ALONE'],
    bomb: [new Uint8Array(16 * 1024 * 1024), 'preset=1'],
    arm: [NUMBERS, 'filters=[{"id": lzma.FILTER_ARM}, {"id": lzma.FILTER_LZMA2}]'],
  });
});

describe('compressed members are opened', () => {
  test('a payload inside .xz, .lzma and .Z members is found, under the member!/inner path', async () => {
    const cases: Array<[string, Uint8Array]> = [
      ['p/data/blob.txt.xz', fx.payloadXz],
      ['p/data/blob.txt.lzma', fx.payloadLzma],
      ['p/data/blob.txt.Z', lzwCompress(PAYLOAD)],
    ];
    for (const [name, data] of cases) {
      const r = await scan('p-1-py3-none-any.whl', buildWheel('p', '1', { 'p/__init__.py': PY, [name]: data }));
      expect(r.status).toBe('scanned');
      expect(paths(r, 'payload.encoded-executable')).toContain(`${name}!/blob.txt`);
      expect(r.flagged).toBe(true);
    }
  });

  test('ordinary compressed data files scan clean and complete', async () => {
    const r = await scan('moo-1-py3-none-any.whl', buildWheel('moo', '1', {
      'moo/__init__.py': PY,
      'moo/data/points.txt.xz': fx.numbersXz,
      'moo/data/points.pkl.lzma': fx.numbersLzma,
      'moo/data/points.dat.Z': lzwCompress(NUMBERS),
    }));
    expect(r.status).toBe('scanned');
    expect(r.findings).toEqual([]);
    expect(r.stats.files).toBe(4 + 3 + 3);
  });

  test('a tar inside an xz member is walked', async () => {
    const r = await scan('n-1-py3-none-any.whl', buildWheel('n', '1', { 'n/vendor.tar.xz': fx.sdistXz, 'n/old.tar.Z': lzwCompress(SDIST_TAR) }));
    expect(r.status).toBe('scanned');
    expect(r.stats.files).toBe(3 + 2 + 2 + 2);
  });

  test('.tar.xz (and .tlz, read by pip as lzma too) sdists are artifacts', async () => {
    expect(ARTIFACT_RE.test('tonekit-1.2.0.tar.xz')).toBe(true);
    expect(ARTIFACT_RE.test('tonekit-1.2.0.txz')).toBe(true);
    expect(ARTIFACT_RE.test('tonekit-1.2.0.tlz')).toBe(true);
    const r = await scan('tonekit-1.2.0.tar.xz', fx.sdistXz);
    expect(r).toMatchObject({ status: 'scanned', package: 'tonekit', version: '1.2.0', kind: 'sdist' });
    expect(r.stats.files).toBe(2);
    const rl = await scan('tonekit-1.2.0.tlz', fx.sdistLzma);
    expect(rl).toMatchObject({ status: 'scanned', kind: 'sdist' });
    expect(rl.stats.files).toBe(2);
  });
});

describe('compressed members that cannot be read end incomplete', () => {
  test('corrupt and truncated xz, .lzma and .Z members', async () => {
    const bad = new Uint8Array(fx.payloadXz);
    bad[bad.length >> 1] ^= 0x55;
    const files = {
      'p/a.txt.xz': bad,
      'p/b.txt.xz': fx.payloadXz.subarray(0, fx.payloadXz.length - 40),
      'p/c.pkl.lzma': fx.payloadLzma.subarray(0, fx.payloadLzma.length - 40),
      'p/d.dat.Z': concat(lzwCompress(PAYLOAD).subarray(0, 40), new Uint8Array([0xff, 0xff, 0xff, 0xff])),
    };
    const r = await scan('p-1-py3-none-any.whl', buildWheel('p', '1', files));
    expect(r.status).toBe('incomplete');
    expect(paths(r, 'archive.corrupt').sort()).toEqual(Object.keys(files).sort());
  });

  test('bytes after the compressed data, which lzma readers ignore, are reported and scanned', async () => {
    // the member itself is a compressed file, which the text analyses skip: the tail must be looked at on its own
    const tail = bytes(`\n${wrap(b64(fakePE(3000)))}\n`);
    for (const [name, data] of [['p/a.txt.xz', fx.numbersXz], ['p/b.pkl.lzma', fx.numbersLzma]] as const) {
      const r = await scan('p-1-py3-none-any.whl', buildWheel('p', '1', { [name]: concat(data, tail) }));
      expect(paths(r, 'archive.prepended-data')).toEqual([name]);
      expect(paths(r, 'payload.encoded-executable')).toEqual([`${name}!/(trailing data)`]);
    }
  });

  test('binary tables that pass the .lzma header check by chance are not taken for .lzma', async () => {
    // a MATLAB v4 file (as in scipy's tests): int32 type, rows, columns, imaginary flag, name length, then doubles
    const mat = new Uint8Array(38);
    const v = new DataView(mat.buffer);
    [0, 1, 2, 0, 2].forEach((n, i) => v.setInt32(i * 4, n, true));
    mat.set(utf8('a\0'), 20);
    v.setFloat64(22, 0.1, true);
    v.setFloat64(30, 1.2, true);
    expect(isLzmaAloneHeader(mat)).toBe(true);
    expect(detectMagic(mat)?.format).not.toBe('lzma');
    const r = await scan('m-1-py3-none-any.whl', buildWheel('m', '1', { 'm/__init__.py': PY, 'm/data/floats.mat': mat }));
    expect(r.status).toBe('scanned');
    expect(r.findings).toEqual([]);
  });

  test('an xz bomb member stops the scan at the limit', async () => {
    const r = await scan('b-1-py3-none-any.whl', buildWheel('b', '1', { 'b/zeros.bin.xz': fx.bomb }), { maxMemberBytes: 1024 * 1024 });
    expect(r.status).toBe('incomplete');
    expect(rules(r)).toContain('archive.bomb');
  });

  test('an xz filter the scanner does not implement is unsupported', async () => {
    const r = await scan('a-1-py3-none-any.whl', buildWheel('a', '1', { 'a/fw.bin.xz': fx.arm }));
    expect(r.status).toBe('incomplete');
    expect(paths(r, 'archive.unsupported-member')).toEqual(['a/fw.bin.xz']);
  });

  test('lz4, lzip, 7z and rar members are reported, whatever their names', async () => {
    const files: Record<string, Uint8Array> = {
      'z/b.dat': concat(new Uint8Array([0x04, 0x22, 0x4d, 0x18]), prng(200, 2)),
      'z/c.bin': concat(bytes('LZIP\x01\x0c'), prng(200, 3)),
      'z/d.txt': concat(bytes('7z\xbc\xaf\x27\x1c'), prng(200, 4)),
      'z/e.png': concat(bytes('Rar!\x1a\x07\x01\x00'), prng(200, 5)),
    };
    const r = await scan('z-1-py3-none-any.whl', buildWheel('z', '1', { 'z/__init__.py': PY, ...files }));
    expect(r.status).toBe('incomplete');
    expect(paths(r, 'archive.unsupported-member').sort()).toEqual(Object.keys(files).sort());
    expect(r.reasons.join('\n')).toMatch(/lz4 data not scanned/);
  });

  test('zstd members are opened where Node has a zstd decoder, and reported unsupported where it has not', async () => {
    const payload = utf8(wrap(b64(fakePE())));
    const r = await scan('z-1-py3-none-any.whl', buildWheel('z', '1', { 'z/__init__.py': PY, 'z/data/chunk.bin': zstdRawFrame(payload) }));
    if (typeof (zlib as { zstdDecompressSync?: unknown }).zstdDecompressSync === 'function') {
      expect(r.status).toBe('scanned');
      expect(r.flagged).toBe(true);
      expect(r.findings.find((f) => f.rule === 'payload.encoded-executable')?.path).toBe('z/data/chunk.bin!/chunk.bin');
    } else {
      expect(r.status).toBe('incomplete');
      expect(paths(r, 'archive.unsupported-member')).toEqual(['z/data/chunk.bin']);
      expect(r.reasons.join('\n')).toMatch(/has no zstd decoder/);
    }
  });
});
