/**
 * The scanner's temporary folder: everything it writes for itself goes under one folder in TMPDIR, which is gone
 * afterwards — after a normal run, after an error thrown mid-way, and after SIGTERM or SIGINT in the middle of a
 * fetch (pip waiting on a slow index; a download stalled half-way). Each child process gets a fresh TMPDIR, which
 * must end empty. Signal handlers are installed by the entry files only, never on import of library code.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { jest } from '@jest/globals';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { bundleEntries, type Bundle } from '../helpers/bundle.js';
import { sdistFile, startIndex, wheelFile, type LocalIndex } from '../helpers/pypi-index.js';
import { runInRunner, simulatedRunner } from '../helpers/runner.js';

let bundle: Bundle;
let dir: string;
let idx: LocalIndex;

/** A server that accepts requests and never finishes answering them: a stalled index and a stalled download. */
interface SlowServer {
  url: string;
  /** Resolves when a request whose path starts with `prefix` arrives. */
  waitFor(prefix: string): Promise<void>;
  /** Resolves when every connection that was held open has been closed by the client. */
  allClosed(): Promise<void>;
  close(): Promise<void>;
}

async function slowServer(): Promise<SlowServer> {
  const waiters: Array<{ prefix: string; resolve: () => void }> = [];
  const seen: string[] = [];
  let open = 0;
  let onIdle: (() => void) | null = null;
  const server = http.createServer((req, res) => {
    const p = req.url ?? '/';
    seen.push(p);
    open++;
    req.socket.once('close', () => {
      open--;
      if (open === 0 && onIdle) onIdle();
    });
    if (p.startsWith('/files/')) {
      // Headers and the first bytes of a large file, then nothing.
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(50_000_000) });
      res.write(Buffer.alloc(65_536, 0x1f));
    }
    // /simple/...: no answer at all.
    for (const w of waiters.filter((x) => p.startsWith(x.prefix))) w.resolve();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/simple/`,
    waitFor: (prefix) => (seen.some((p) => p.startsWith(prefix)) ? Promise.resolve() : new Promise((resolve) => waiters.push({ prefix, resolve }))),
    allClosed: () => (open === 0 ? Promise.resolve() : new Promise((resolve) => (onIdle = resolve))),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

beforeAll(async () => {
  bundle = await bundleEntries();
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pss-tempclean-')));
  idx = await startIndex({ plainpkg: [wheelFile('plainpkg', '1.0')], sdonly: [sdistFile('sdonly', '1.0', { 'setup.py': 'raise SystemExit(1)\n' })] });
}, 120_000);

afterAll(async () => {
  await idx?.close();
  bundle?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const freshTmp = () => fs.mkdtempSync(path.join(dir, 'tmp-'));

/**
 * In this process, the system temporary folder is `tmp` while `fn` runs (Jest gives tests a copy of process.env,
 * which os.tmpdir() does not read, so TMPDIR cannot be set here as it is for a child process).
 */
async function withTmpdir<T>(tmp: string, fn: () => Promise<T>): Promise<T> {
  const spy = jest.spyOn(os, 'tmpdir').mockReturnValue(tmp);
  try {
    return await fn();
  } finally {
    spy.mockRestore();
  }
}

/** Every file and folder under `root`, relative. */
function tree(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      out.push(path.relative(root, p));
      if (e.isDirectory()) walk(p);
    }
  };
  walk(root);
  return out;
}

function startCli(args: string[], tmp: string): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }> } {
  const child = spawn(bundle.node, [bundle.cli, ...args], { cwd: dir, env: { ...process.env, NODE_OPTIONS: '', TMPDIR: tmp } });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, out, err })));
  return { child, done };
}

/** Poll (the child is another process) until `pred` holds; fails after `ms`. */
async function until(pred: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('a normal run with fetching leaves TMPDIR empty', async () => {
  fs.writeFileSync(path.join(dir, 'requirements-ok.txt'), 'plainpkg==1.0\nsdonly==1.0\n');
  const tmp = freshTmp();
  const { done } = startCli(['scan', '--format', 'json', '--index-url', idx.url, 'requirements-ok.txt'], tmp);
  const r = await done;
  const j = JSON.parse(r.out);
  expect(j.errors).toEqual([]);
  expect(j.artifacts.map((a: { file: string }) => a.file).sort()).toEqual(['plainpkg-1.0-py3-none-any.whl', 'sdonly-1.0.tar.gz']);
  expect(r.code).toBe(0);
  expect(tree(tmp)).toEqual([]);
}, 300_000);

test('an error thrown after the fetch (the report cannot be written) leaves TMPDIR empty, exit 2', async () => {
  fs.writeFileSync(path.join(dir, 'requirements-err.txt'), 'plainpkg==1.0\n');
  const tmp = freshTmp();
  const { done } = startCli(['scan', '--index-url', idx.url, '--output', path.join(dir, 'no-such-folder', 'report.txt'), 'requirements-err.txt'], tmp);
  const r = await done;
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/error: .*no-such-folder/);
  expect(tree(tmp)).toEqual([]);
}, 300_000);

test.each([
  ['SIGTERM', 'pip waits on an index that never answers', 143, 'slowpkg==1.0\n', '/simple/'],
  ['SIGINT', 'a direct download stalls half-way', 130, 'slowfile @ {BASE}/files/slowfile-1.0.tar.gz\n', '/files/'],
] as const)('%s while %s: child processes stopped, TMPDIR left empty, the process ends by the signal', async (sig, _what, shellCode, reqText, waitPath) => {
  const slow = await slowServer();
  try {
    const base = slow.url.replace(/\/simple\/$/, '');
    const req = path.join(dir, `requirements-${sig}.txt`);
    fs.writeFileSync(req, reqText.replace('{BASE}', base));
    const tmp = freshTmp();
    const { child, done } = startCli(['scan', '--index-url', slow.url, req], tmp);
    await Promise.race([slow.waitFor(waitPath), done.then((r) => Promise.reject(new Error(`the scan ended early: ${r.code} ${r.err} ${r.out}`)))]);
    // The run's folder is in TMPDIR, with what the fetch wrote so far (pip's requirement file, or the partial download).
    await until(() => tree(tmp).some((p) => (waitPath === '/files/' ? /slowfile-1\.0\.tar\.gz$/.test(p) && fs.statSync(path.join(tmp, p)).size > 0 : /requirements-0\.txt$/.test(p))), 30_000, 'the fetch to write into TMPDIR');
    const written = tree(tmp);
    expect(written[0]).toMatch(/^pypi-stego-scan-tmp-/);
    expect(written.every((p) => p.startsWith(written[0]))).toBe(true);
    child.kill(sig);
    const r = await done;
    // Ended by the signal itself (a shell reports 128 + its number), or, where that is impossible, with that code.
    expect(r.signal === sig || r.code === shellCode).toBe(true);
    expect(tree(tmp)).toEqual([]);
    // pip (or the download) is gone too: the server sees every connection closed, and nothing reappears.
    await Promise.race([slow.allClosed(), new Promise((_, rej) => setTimeout(() => rej(new Error('a connection of the interrupted fetch is still open: pip was not stopped')), 30_000))]);
    await new Promise((res) => setTimeout(res, 300));
    expect(tree(tmp)).toEqual([]);
  } finally {
    await slow.close();
  }
}, 300_000);

test('the action entry in its own process: SIGTERM while pip waits (a cancelled workflow) leaves TMPDIR empty', async () => {
  const slow = await slowServer();
  const runner = simulatedRunner({ files: 'requirements.txt', 'index-url': slow.url });
  try {
    fs.writeFileSync(path.join(runner.workspace, 'requirements.txt'), 'slowpkg==1.0\n');
    const tmp = freshTmp();
    const child = spawn(bundle.node, [bundle.action], { cwd: runner.workspace, env: { ...process.env, ...runner.env, NODE_OPTIONS: '', TMPDIR: tmp } });
    const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    await Promise.race([slow.waitFor('/simple/'), done.then((r) => Promise.reject(new Error(`the action ended early: ${r.code}`)))]);
    await until(() => tree(tmp).some((p) => /requirements-0\.txt$/.test(p)), 30_000, 'the fetch to write into TMPDIR');
    child.kill('SIGTERM');
    const r = await done;
    expect(r.signal === 'SIGTERM' || r.code === 143).toBe(true);
    expect(tree(tmp)).toEqual([]);
    await Promise.race([slow.allClosed(), new Promise((_, rej) => setTimeout(() => rej(new Error('a connection of the interrupted fetch is still open: pip was not stopped')), 30_000))]);
    expect(tree(tmp)).toEqual([]);
  } finally {
    await slow.close();
    runner.cleanup();
  }
}, 300_000);

test('the action entry: a run that throws after the scan (SARIF cannot be written) leaves TMPDIR empty', async () => {
  const runner = simulatedRunner({ files: 'requirements.txt', 'index-url': idx.url, 'sarif-file': 'not-a-folder/results.sarif' });
  try {
    fs.writeFileSync(path.join(runner.workspace, 'requirements.txt'), 'plainpkg==1.0\nsdonly==1.0\n');
    fs.writeFileSync(path.join(runner.workspace, 'not-a-folder'), 'a file');
    const tmp = freshTmp();
    const { run } = await import('../../src/main.js');
    const { stdout, exitCode } = await withTmpdir(tmp, () => runInRunner(runner, () => run()));
    expect(exitCode).toBe(1);
    expect(stdout).toMatch(/::error::.*not-a-folder/);
    expect(tree(tmp)).toEqual([]);
  } finally {
    runner.cleanup();
  }
}, 300_000);

test('a scan that throws mid-way (in-process, inside withRunTemp) leaves TMPDIR empty; outside a run, fetch cleans up after itself', async () => {
  const { withRunTemp, runTempRoot } = await import('../../src/tempdir.js');
  const { runScan } = await import('../../src/run.js');
  const { defaultOptions } = await import('../../src/options.js');
  fs.writeFileSync(path.join(dir, 'requirements-throw.txt'), 'plainpkg==1.0\nsdonly==1.0\n');
  const tmp = freshTmp();
  await withTmpdir(tmp, async () => {
    let seenRoot: string | null = null;
    const boom = () => {
      seenRoot = runTempRoot();
      throw new Error('boom');
    };
    await expect(withRunTemp(() => runScan([path.join(dir, 'requirements-throw.txt')], defaultOptions(), { fetch: { indexUrl: idx.url }, progress: boom }))).rejects.toThrow('boom');
    expect(path.dirname(seenRoot ?? '')).toBe(tmp);
    expect(path.basename(seenRoot ?? '')).toMatch(/^pypi-stego-scan-tmp-/);
    expect(tree(tmp)).toEqual([]);
    expect(runTempRoot()).toBeNull();
    // Library use without an entry point: no run folder, the fetch's own folder is removed.
    const r = await runScan([path.join(dir, 'requirements-throw.txt')], defaultOptions(), { fetch: { indexUrl: idx.url } });
    expect(r.errors).toEqual([]);
    expect(r.artifacts).toHaveLength(2);
    expect(tree(tmp)).toEqual([]);
  });
}, 300_000);

test('importing the library installs no signal handler; only the entry files do', async () => {
  const before = ['SIGINT', 'SIGTERM', 'SIGHUP'].map((s) => process.listenerCount(s));
  await import('../../src/run.js');
  await import('../../src/main.js');
  await import('../../src/fetch/index.js');
  await import('../../src/tempdir.js');
  expect(['SIGINT', 'SIGTERM', 'SIGHUP'].map((s) => process.listenerCount(s))).toEqual(before);
  for (const entry of ['src/cli.ts', 'src/index.ts']) expect(fs.readFileSync(entry, 'utf8')).toMatch(/^installSignalCleanup\(\);$/m);
});

test('withRunTemp: one folder for nested users, removed when the last closes, also when the work throws', async () => {
  const t = await import('../../src/tempdir.js');
  const tmp = freshTmp();
  await withTmpdir(tmp, async () => {
    const outside = await t.makeTempDir('lib');
    expect(path.dirname(outside)).toBe(tmp);
    fs.rmSync(outside, { recursive: true });
    await t.withRunTemp(async () => {
      expect(t.runTempRoot()).toBeNull(); // made on first use only
      const a = await t.makeTempDir('a');
      await expect(
        t.withRunTemp(async () => {
          const b = await t.makeTempDir('b');
          expect(path.dirname(b)).toBe(path.dirname(a));
          throw new Error('inner');
        }),
      ).rejects.toThrow('inner');
      expect(fs.existsSync(a)).toBe(true); // the outer user still has it
      expect(path.dirname(a)).toBe(t.runTempRoot());
      expect(path.dirname(path.dirname(a))).toBe(tmp);
      fs.writeFileSync(path.join(a, 'x'), 'x');
    });
    expect(tree(tmp)).toEqual([]);
    await expect(
      t.withRunTemp(async () => {
        await t.makeTempDir('c');
        throw new Error('outer');
      }),
    ).rejects.toThrow('outer');
    expect(tree(tmp)).toEqual([]);
  });
});
