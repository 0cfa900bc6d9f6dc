/**
 * Fail closed, end to end through the command line: every way an artifact can end up not fully scanned (an encrypted
 * member, a member over the size limit, nesting past the depth limit, an archive that cannot be opened, an artifact
 * over the artifact limit, a requirement that cannot be fetched as an artifact) is reported as not fully scanned,
 * with its reason in every report format (text, JSON, Markdown, SARIF), fails the run with exit 1 by default, and
 * passes (exit 0) with --allow-incomplete only when nothing is flagged.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ScanReport } from '../../src/types.js';
import { buildWheel, buildZip } from '../helpers/archive.js';
import { bundleEntries, type Bundle } from '../helpers/bundle.js';
import { fakeELF } from '../helpers/payloads.js';

let bundle: Bundle;
let dir: string;

beforeAll(async () => {
  bundle = await bundleEntries();
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pss-failclosed-')));
  const put = (rel: string, data: Uint8Array | string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), data);
  };
  put('encrypted/enc-1.0.zip', buildZip([{ name: 'enc-1.0/secret.wav', data: 'x', method: 0, flags: 1 }]));
  put('big-member/bigm-1.0-py3-none-any.whl', buildWheel('bigm', '1.0', { 'bigm/data.bin': Buffer.alloc(200_000, 7) }));
  const inner = buildZip([{ name: 'inner/x.zip', data: buildZip([{ name: 'deep.txt', data: 'deep' }]), method: 0 }]);
  put('deep/nest-1.0-py3-none-any.whl', buildWheel('nest', '1.0', { 'nest/outer.zip': inner }));
  put('corrupt/broken-1.0-py3-none-any.whl', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 0xee)]));
  put('large/large-1.0-py3-none-any.whl', buildWheel('large', '1.0', { 'large/a.txt': 'x'.repeat(5000) }));
  put('vcs/requirements.txt', 'tool @ git+https://example.invalid/tool.git@v1\n');
  put('flagged/tonekit-1.2.1-py3-none-any.whl', buildWheel('tonekit', '1.2.1', { 'tonekit/__init__.py': 'import wave\n', 'tonekit/data/ring.wav': fakeELF() }));
  put('flagged/enc-1.0.zip', buildZip([{ name: 'enc-1.0/secret.wav', data: 'x', method: 0, flags: 1 }]));
}, 120_000);

afterAll(() => {
  bundle?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const c = spawn(bundle.node, [bundle.cli, ...args], { cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (err += d));
    c.on('close', (code) => resolve({ code, out, err }));
  });
}

/** Markdown and text neutralise some characters; compare on letters, digits and spaces only. */
const plain = (s: string) => s.replace(/\\/g, '').replace(/[^A-Za-z0-9 ]+/g, ' ').replace(/\s+/g, ' ');

const CASES: Array<[string, string, string[], RegExp]> = [
  ['an encrypted member', 'encrypted', [], /encrypt/i],
  ['a member over --max-member-bytes', 'big-member', ['--max-member-bytes', '1000'], /limit|bytes/i],
  ['nesting past --max-depth', 'deep', ['--max-depth', '1'], /depth/i],
  ['an archive that cannot be opened', 'corrupt', [], /./],
  ['an artifact over --max-artifact-bytes', 'large', ['--max-artifact-bytes', '300'], /limit/i],
  ['a VCS requirement (no artifact to fetch)', 'vcs/requirements.txt', [], /VCS requirement/],
];

test.each(CASES)('%s: not fully scanned, the reason in text, JSON, Markdown and SARIF; exit 1, or 0 with --allow-incomplete', async (_what, target, extra, reasonRe) => {
  const sarif = path.join(dir, `${target.replace(/\W/g, '_')}.sarif`);
  const json = await cli(['scan', ...extra, '--format', 'json', '--sarif', sarif, target]);
  expect(json.code).toBe(1);
  const j = JSON.parse(json.out) as ScanReport;
  expect(j.errors).toEqual([]);
  expect(j.artifacts).toHaveLength(1);
  const a = j.artifacts[0];
  expect(a.flagged).toBe(false);
  expect(a.status).not.toBe('scanned');
  expect(j.stats.incomplete).toBe(1);
  const reason = a.reasons.join(' ');
  expect(reason).toMatch(reasonRe);
  const key = plain(a.reasons[0]).trim().slice(0, 60);
  expect(key.length).toBeGreaterThan(10);

  const text = await cli(['scan', ...extra, target]);
  expect(text.code).toBe(1);
  expect(text.out).toMatch(/^INCOMPLETE: 1 of 1 artifact\(s\) could not be fully scanned \(this fails the run\)/);
  expect(plain(text.out)).toContain(key);

  const md = await cli(['scan', ...extra, '--format', 'markdown', target]);
  expect(md.code).toBe(1);
  expect(md.out).toMatch(/^## ❌ pypi-stego-scan: 0 flagged, 1 not fully scanned/);
  expect(plain(md.out)).toContain(key);

  const s = JSON.parse(fs.readFileSync(sarif, 'utf8'));
  const results = s.runs[0].results as Array<{ ruleId: string; level: string; message: { text: string } }>;
  expect(results.map((r) => [r.ruleId, r.level])).toEqual([['scan.incomplete', 'error']]);
  expect(plain(results[0].message.text)).toContain(key);

  const allowed = await cli(['scan', ...extra, '--allow-incomplete', '--format', 'json', '--sarif', sarif, target]);
  expect(allowed.code).toBe(0);
  const ja = JSON.parse(allowed.out) as ScanReport;
  expect(ja.failOnIncomplete).toBe(false);
  expect(ja.artifacts[0].reasons).toEqual(a.reasons);
  // Still reported, as a warning.
  expect(JSON.parse(fs.readFileSync(sarif, 'utf8')).runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([['scan.incomplete', 'warning']]);
}, 180_000);

test('--allow-incomplete does not excuse a flagged artifact next to an incomplete one: exit 1', async () => {
  const r = await cli(['scan', '--allow-incomplete', '--format', 'json', 'flagged']);
  expect(r.code).toBe(1);
  const j = JSON.parse(r.out) as ScanReport;
  expect(j.artifacts.map((a) => [a.file, a.flagged, a.status]).sort()).toEqual([
    ['enc-1.0.zip', false, 'incomplete'],
    ['tonekit-1.2.1-py3-none-any.whl', true, 'scanned'],
  ]);
}, 180_000);
