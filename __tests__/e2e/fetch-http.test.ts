/** Direct downloads: bounded size, redirects and schemes; credentials kept out of messages; simple API pages. */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { download, getBytes, redact } from '../../src/fetch/http.js';
import { listProjectFiles, parseSimpleHtml } from '../../src/fetch/simple.js';
import { sdistFile, startIndex, wheelFile } from '../helpers/pypi-index.js';

let server: http.Server;
let base: string;
let dir: string;
const seen: Array<{ url: string; auth?: string }> = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pss-http-'));
  server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', auth: req.headers.authorization });
    const n = Number((/^\/loop\/(\d+)/.exec(req.url ?? '') ?? [])[1]);
    if (req.url?.startsWith('/loop/')) return res.writeHead(302, { location: `/loop/${n + 1}` }).end();
    if (req.url === '/to-ftp') return res.writeHead(302, { location: 'ftp://example.invalid/x.whl' }).end();
    if (req.url === '/big') {
      res.writeHead(200); // chunked: no declared length to trust
      res.write(Buffer.alloc(4096));
      return res.end(Buffer.alloc(4096));
    }
    res.writeHead(200).end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  fs.rmSync(dir, { recursive: true, force: true });
});

const opts = { maxBytes: 1000, timeoutMs: 10_000 };

test('size caps hold while streaming, and the partial file is removed', async () => {
  // Many rounds: the removal once raced a write stream's lazy open, which created the file again afterwards.
  for (let i = 0; i < 30; i++) {
    const dest = path.join(dir, `big-${i}.whl`);
    await expect(download(`${base}/big`, dest, opts)).rejects.toThrow(/larger than the 1000-byte artifact limit/);
    await new Promise((r) => setTimeout(r, 5));
    expect(fs.existsSync(dest)).toBe(false);
  }
});

test('an existing file at the destination is neither overwritten nor removed', async () => {
  const dest = path.join(dir, 'taken.whl');
  fs.writeFileSync(dest, 'mine');
  await expect(download(`${base}/ok`, dest, opts)).rejects.toThrow(/EEXIST/);
  expect(fs.readFileSync(dest, 'utf8')).toBe('mine');
});

test('a download within the cap is written whole, with its sha256', async () => {
  const dest = path.join(dir, 'ok.whl');
  const got = await download(`${base}/ok`, dest, opts);
  expect(fs.readFileSync(dest, 'utf8')).toBe('ok');
  expect(got).toMatchObject({ path: dest, size: 2, sha256: '2689367b205c16ce32ed4200942b8b8b1e262dfc70d9bc9fbc77c49699a4f1df' });
});

test('redirects are bounded and every hop must be http(s) or file', async () => {
  await expect(getBytes(`${base}/loop/0`, opts)).rejects.toThrow(/more than 5 redirects/);
  await expect(getBytes(`${base}/to-ftp`, opts)).rejects.toThrow(/refused URL scheme ftp:/);
  await expect(getBytes('gopher://example.invalid/', opts)).rejects.toThrow(/refused URL scheme gopher:/);
});

test('credentials in a URL become an Authorization header and never appear in messages', async () => {
  await getBytes(`http://user:s3cret@127.0.0.1:${new URL(base).port}/ok`, opts);
  expect(seen[seen.length - 1].auth).toBe('Basic ' + Buffer.from('user:s3cret').toString('base64'));
  await expect(getBytes(`http://user:s3cret@127.0.0.1:${new URL(base).port}/loop/0`, opts)).rejects.toThrow(/^(?!.*s3cret)/);
  expect(redact('https://u:tok@host/simple/?key=1')).toBe('https://host/simple/?…');
});

test('simple API: PEP 691 JSON and PEP 503 HTML give the same files; hostile anchors are dropped', async () => {
  const idx = await startIndex({ demo: [wheelFile('demo', '1.0'), sdistFile('demo', '1.0')] });
  const html = await startIndex({ demo: [wheelFile('demo', '1.0'), sdistFile('demo', '1.0')] }, { json: false });
  try {
    const a = await listProjectFiles(idx.url, 'Demo', 10_000);
    const b = await listProjectFiles(html.url, 'demo', 10_000);
    expect(a.map((f) => [f.filename, f.hashes.sha256])).toEqual(b.map((f) => [f.filename, f.hashes.sha256]));
    expect(a[0].url).toBe(idx.fileUrl('demo-1.0-py3-none-any.whl'));
    expect(await listProjectFiles(idx.url, 'missing', 10_000)).toEqual([]);
  } finally {
    await idx.close();
    await html.close();
  }
  const parsed = parseSimpleHtml('<a href="javascript:alert(1)">x.whl</a><a data-yanked="" href="../f/a-1.0.tar.gz#sha256=AB">a</a><a href="ftp://h/b.whl">b</a>', 'https://i.example/simple/a/');
  expect(parsed).toEqual([{ filename: 'a-1.0.tar.gz', url: 'https://i.example/simple/f/a-1.0.tar.gz#sha256=AB', hashes: { sha256: 'ab' }, yanked: true, requiresPython: null }]);
});

test('a direct URL requirement with a stray % in its file name is fetched (and reported when missing), never a crash', async () => {
  const { runScan } = await import('../../src/run.js');
  const { defaultOptions } = await import('../../src/options.js');
  const req = path.join(dir, 'requirements-pct.txt');
  fs.writeFileSync(req, `${base}/nothing-here/odd%zz-1.0-py3-none-any.whl\n`);
  const r = await runScan([req], defaultOptions(), { fetch: { indexUrl: `${base}/simple` } });
  const text = JSON.stringify([r.errors, r.artifacts.map((a) => a.reasons)]);
  expect(text).not.toMatch(/URIError|URI malformed/);
  expect(text).toMatch(/odd.zz-1\.0-py3-none-any\.whl/);
}, 60_000);
