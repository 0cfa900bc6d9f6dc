/**
 * Bounded downloads over http(s), and file: URLs read from disk: only those schemes, a few redirects (each hop
 * checked again), a timeout per request, a size cap enforced while streaming (a declared length is never trusted),
 * the sha256 computed on the way. Credentials written in a URL (`https://user:token@host/`) become a Basic
 * Authorization header sent to that origin only, and never appear in messages (see redact()).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { unescapeUrlPart } from '../inputs/names.js';

export const MAX_REDIRECTS = 5;

export class FetchError extends Error {}

/** A URL fit for messages: user, password and query dropped. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    const query = u.search ? '?…' : '';
    u.search = '';
    u.hash = '';
    return u.toString() + query;
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//').slice(0, 300);
  }
}

export interface HttpOptions {
  maxBytes: number;
  timeoutMs: number;
  accept?: string;
}

export interface Fetched {
  data: Uint8Array;
  finalUrl: string;
  contentType: string;
}

export interface Downloaded {
  path: string;
  size: number;
  sha256: string;
  finalUrl: string;
}

function checkScheme(u: URL): void {
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') throw new FetchError(`refused URL scheme ${u.protocol} (${redact(u.toString())}): only http, https and file`);
}

function authFor(u: URL): { url: string; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  if (u.username || u.password) {
    headers.authorization = 'Basic ' + Buffer.from(`${unescapeUrlPart(u.username)}:${unescapeUrlPart(u.password)}`).toString('base64');
    const clean = new URL(u.toString());
    clean.username = '';
    clean.password = '';
    return { url: clean.toString(), headers };
  }
  return { url: u.toString(), headers };
}

/** Open a response for `url`, following at most MAX_REDIRECTS redirects; file: URLs answer with the file. */
async function open(url: string, opts: HttpOptions, signal: AbortSignal): Promise<{ body: AsyncIterable<Uint8Array>; finalUrl: string; contentType: string }> {
  let u = new URL(url);
  const origin = u.origin;
  const { headers: auth } = authFor(u);
  for (let hop = 0; ; hop++) {
    checkScheme(u);
    if (u.protocol === 'file:') {
      let p = fileURLToPath(u);
      const st = await fsp.stat(p).catch(() => null);
      if (st?.isDirectory()) p = `${p.replace(/\/$/, '')}/index.html`;
      const st2 = await fsp.stat(p).catch(() => null);
      if (!st2?.isFile()) throw new FetchError(`not found: ${redact(u.toString())}`);
      return { body: fs.createReadStream(p), finalUrl: u.toString(), contentType: /\.html?$/.test(p) ? 'text/html' : 'application/octet-stream' };
    }
    const { url: clean, headers } = authFor(u);
    const sendAuth = u.origin === origin ? { ...auth, ...headers } : headers;
    const res = await fetch(clean, { redirect: 'manual', signal, headers: { ...sendAuth, ...(opts.accept ? { accept: opts.accept } : {}), 'user-agent': 'pypi-stego-scan' } });
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      await res.body?.cancel();
      if (hop >= MAX_REDIRECTS) throw new FetchError(`more than ${MAX_REDIRECTS} redirects from ${redact(url)}`);
      u = new URL(res.headers.get('location')!, u);
      continue;
    }
    if (!res.ok || !res.body) {
      await res.body?.cancel();
      throw new FetchError(`HTTP ${res.status} for ${redact(u.toString())}`);
    }
    return { body: res.body as unknown as AsyncIterable<Uint8Array>, finalUrl: u.toString(), contentType: res.headers.get('content-type') ?? '' };
  }
}

function timeoutSignal(ms: number): AbortSignal {
  return AbortSignal.timeout(ms);
}

/** A whole (small) resource in memory: index pages. */
export async function getBytes(url: string, opts: HttpOptions): Promise<Fetched> {
  const signal = timeoutSignal(opts.timeoutMs);
  try {
    const r = await open(url, opts, signal);
    const chunks: Uint8Array[] = [];
    let n = 0;
    for await (const c of r.body) {
      n += c.length;
      if (n > opts.maxBytes) throw new FetchError(`${redact(url)} is larger than ${opts.maxBytes} bytes`);
      chunks.push(c);
    }
    return { data: new Uint8Array(Buffer.concat(chunks)), finalUrl: r.finalUrl, contentType: r.contentType };
  } catch (e) {
    throw wrap(e, url, opts);
  }
}

/**
 * Stream a resource to `dest`, hashing it; the partial file is removed on failure. The file is opened (and closed)
 * by awaited calls, so no open is still pending when the partial file is removed: a write stream's lazy open could
 * otherwise create the file again after the removal.
 */
export async function download(url: string, dest: string, opts: HttpOptions): Promise<Downloaded> {
  const signal = timeoutSignal(opts.timeoutMs);
  const hash = createHash('sha256');
  let size = 0;
  let out: fsp.FileHandle | null = null;
  let created = false;
  try {
    const r = await open(url, opts, signal);
    out = await fsp.open(dest, 'wx'); // never an existing file: that one is not ours to overwrite or remove
    created = true;
    for await (const c of r.body) {
      size += c.length;
      if (size > opts.maxBytes) throw new FetchError(`${redact(url)} is larger than the ${opts.maxBytes}-byte artifact limit: not downloaded`);
      hash.update(c);
      await out.write(c);
    }
    const done = out;
    out = null;
    await done.close();
    return { path: dest, size, sha256: hash.digest('hex'), finalUrl: r.finalUrl };
  } catch (e) {
    await out?.close().catch(() => undefined);
    if (created) await fsp.rm(dest, { force: true });
    throw wrap(e, url, opts);
  }
}

function wrap(e: unknown, url: string, opts: HttpOptions): FetchError {
  if (e instanceof FetchError) return e;
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return new FetchError(`timed out after ${opts.timeoutMs / 1000} s: ${redact(url)}`);
  const why = err.cause?.code ?? err.cause?.message ?? err.message;
  return new FetchError(`cannot download ${redact(url)}: ${why}`);
}

/** Hash a local file with the given algorithms (hex). */
export async function hashFile(p: string, algos: string[]): Promise<Record<string, string>> {
  const hs = [...new Set(algos)].map((a) => [a, createHash(a)] as const);
  for await (const c of fs.createReadStream(p)) for (const [, h] of hs) h.update(c as Buffer);
  return Object.fromEntries(hs.map(([a, h]) => [a, h.digest('hex')]));
}
