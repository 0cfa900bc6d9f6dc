/**
 * Archives and compressed streams: zip, tar and the compressors (gzip, bzip2, xz, .lzma, Unix compress), each through
 * its own reader (bounded output, no throw) and through scanArtifact (a report within the limits).
 */
import { execFileSync } from 'node:child_process';
import { readZipDirectory, extractZipEntry, ZipFormatError } from '../../../src/archive/zip.js';
import { readTar } from '../../../src/archive/tar.js';
import { bunzip2, gunzip, uncompressZ, unxz, type Decompressed } from '../../../src/archive/compress.js';
import { buildTar, buildWheel, buildZip, gzip } from '../../helpers/archive.js';
import { lzwCompress } from '../../helpers/compress.js';
import { checkScan, noThrow, rangesWithin, reportGist } from '../checks.js';
import { ensure, fail, type FuzzTarget } from '../harness.js';

const u8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const DIR_CAP = 50;
const MEMBER_CAP = 256 * 1024;
const STREAM_CAP = 64 * 1024;

function smallTar(): Uint8Array {
  return buildTar([
    { name: 'pkg-1.0/PKG-INFO', data: 'Metadata-Version: 2.1\nName: pkg\nVersion: 1.0\n\n' },
    { name: 'pkg-1.0/pkg/__init__.py', data: 'import os\nprint(os.getcwd())\n' },
    { name: 'pkg-1.0/pkg', type: '5' },
    { name: 'pkg-1.0/link', type: '2', linkname: '../../etc/passwd' },
    { name: `pkg-1.0/${'long/'.repeat(24)}name.txt`, data: 'pax path' },
  ]);
}

function zipSeeds(): Uint8Array[] {
  const inner = buildZip([{ name: 'inner.txt', data: 'inner zip member' }]);
  return [
    buildWheel('pkg', '1.0', { 'pkg/__init__.py': 'import base64\nexec(base64.b64decode("cHJpbnQoMSk="))\n', 'pkg/data.txt': 'x'.repeat(300) }),
    buildZip([
      { name: 'a.txt', data: 'stored member', method: 0 },
      { name: 'b.txt', data: 'deflated member '.repeat(20) },
      { name: 'nested.zip', data: inner, method: 0 },
      { name: 'nested.tar.gz', data: gzip(smallTar()), method: 0 },
      { name: 'link', data: '../../outside', unixMode: 0o120777 },
      { name: 'dir/', data: '', method: 0 },
    ]),
    buildZip([{ name: 'x.py', data: 'print(1)\n' }], { prefix: '#!/usr/bin/env python3\n', comment: 'a comment' }),
  ];
}

function zipCheck(d: Uint8Array): void {
  let dir;
  try {
    dir = readZipDirectory(d, DIR_CAP);
  } catch (e) {
    if (e instanceof ZipFormatError) return;
    fail(`readZipDirectory threw ${e instanceof Error ? e.stack : String(e)}`);
  }
  ensure(dir.entries.length <= DIR_CAP, `${dir.entries.length} zip entries read (cap ${DIR_CAP})`);
  rangesWithin(dir.gaps, d.length, 'zip gaps');
  for (const e of dir.entries) {
    const r = noThrow('extractZipEntry', () => extractZipEntry(d, e, MEMBER_CAP));
    if (r.ok) ensure(r.data.length <= MEMBER_CAP, `zip entry inflated to ${r.data.length} bytes (cap ${MEMBER_CAP})`);
  }
}

function streamCheck(what: string, f: (d: Uint8Array, max: number) => Decompressed, d: Uint8Array): void {
  const r = noThrow(what, () => f(d, STREAM_CAP));
  if (r.ok) {
    ensure(r.data.length <= STREAM_CAP, `${what} produced ${r.data.length} bytes (cap ${STREAM_CAP})`);
    ensure(r.trailing === undefined || (r.trailing >= 0 && r.trailing <= d.length), `${what}: ${r.trailing} trailing bytes of ${d.length}`);
  } else ensure(typeof r.reason === 'string' && r.reason.length > 0, `${what}: failure without a reason`);
}

let pySeeds: Record<string, Uint8Array[]> | null = null;
/** bzip2 and xz/.lzma samples come from Python's bz2 and lzma modules (one process for all). */
function pythonSeeds(): Record<string, Uint8Array[]> {
  if (pySeeds) return pySeeds;
  const tar = Buffer.from(smallTar()).toString('base64');
  const script = [
    'import base64, bz2, lzma, sys, json',
    `t = base64.b64decode("${tar}")`,
    'e = lambda b: base64.b64encode(b).decode()',
    'out = {',
    ' "bzip2": [e(bz2.compress(t)), e(bz2.compress(b"hello " * 50, 1)), e(bz2.compress(t) + bz2.compress(b"second stream"))],',
    ' "xz": [e(lzma.compress(t)), e(lzma.compress(b"x" * 100, check=lzma.CHECK_SHA256)), e(lzma.compress(b"a", check=lzma.CHECK_NONE) + lzma.compress(b"b") + b"\\0" * 4),',
    '        e(lzma.compress(t, filters=[{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2}]))],',
    ' "lzma": [e(lzma.compress(t, format=lzma.FORMAT_ALONE)), e(lzma.compress(b"y" * 200, format=lzma.FORMAT_ALONE))],',
    '}',
    'print(json.dumps(out))',
  ].join('\n');
  const out = JSON.parse(execFileSync('python3', ['-c', script]).toString()) as Record<string, string[]>;
  pySeeds = Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.map((s) => new Uint8Array(Buffer.from(s, 'base64')))]));
  return pySeeds;
}

export const archiveTargets: FuzzTarget[] = [
  {
    name: 'zip',
    dict: ['PK\x03\x04', 'PK\x01\x02', 'PK\x05\x06', 'PK\x06\x06', 'PK\x06\x07', 'PK\x07\x08', '.dist-info/RECORD', 'sha256='],
    seeds: zipSeeds,
    check: async (d) => {
      zipCheck(d);
      const a = await checkScan('pkg-1.0-py3-none-any.whl', d);
      // state kept between scans (in an analyzer, a parser's scratch space) would show as a different second report
      const b = await checkScan('pkg-1.0-py3-none-any.whl', d);
      ensure(reportGist(a) === reportGist(b), 'two scans of the same bytes differ');
    },
  },
  {
    name: 'tar',
    dict: ['ustar', 'ustar\x0000', 'ustar  \0', 'PaxHeader', ' path=', ' size=', '././@LongLink'],
    seeds: () => [smallTar(), buildTar([{ name: 'a', data: 'b' }, { name: 'h', type: '1', linkname: 'a' }, { name: 'dev', type: '3' }])],
    check: async (d) => {
      const l = noThrow('readTar', () => readTar(d, DIR_CAP, MEMBER_CAP));
      ensure(l.entries.length <= 2 * DIR_CAP, `${l.entries.length} tar entries (cap ${DIR_CAP} per reader)`);
      for (const e of l.entries) ensure(e.data.length <= MEMBER_CAP, `tar entry of ${e.data.length} bytes (cap ${MEMBER_CAP})`);
      await checkScan('pkg-1.0.tar', d);
    },
  },
  {
    name: 'gzip',
    dict: ['\x1f\x8b\x08', 'ustar'],
    seeds: () => [gzip(smallTar()), gzip(u8('plain text '.repeat(40))), new Uint8Array([...gzip(u8('one')), ...gzip(u8('two'))])],
    check: async (d) => {
      streamCheck('gunzip', gunzip, d);
      await checkScan('pkg-1.0.tar.gz', d);
    },
  },
  {
    name: 'bzip2',
    dict: ['BZh', '1AY&SY', '\x17rE8P\x90'],
    seeds: () => pythonSeeds().bzip2,
    check: async (d) => {
      streamCheck('bunzip2', bunzip2, d);
      await checkScan('pkg-1.0.tar.bz2', d);
    },
  },
  {
    name: 'xz',
    dict: ['\xfd7zXZ\0', 'YZ', '\0\0\x01'],
    seeds: () => pythonSeeds().xz,
    check: async (d) => {
      streamCheck('unxz', unxz, d);
      await checkScan('pkg-1.0.tar.xz', d);
    },
  },
  {
    name: 'lzma',
    dict: ['\x5d\0\0'],
    seeds: () => pythonSeeds().lzma,
    check: async (d) => {
      streamCheck('unxz (.lzma)', unxz, d);
      await checkScan('pkg-1.0.tar.lzma', d);
    },
  },
  {
    name: 'compress',
    dict: ['\x1f\x9d'],
    seeds: () => [lzwCompress(smallTar()), lzwCompress(u8('abcabcabc'.repeat(60)), { maxBits: 9, clearEvery: 50 }), lzwCompress(u8('z'.repeat(500)), { maxBits: 12, blockMode: false })],
    check: async (d) => {
      streamCheck('uncompressZ', uncompressZ, d);
      await checkScan('pkg-1.0.tar.Z', d);
    },
  },
];
