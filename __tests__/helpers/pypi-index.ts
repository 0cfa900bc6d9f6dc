/**
 * A local Python package index for tests, served on 127.0.0.1 (never any other address).
 *
 *   startIndex(projects: IndexProjects, options?: IndexOptions): Promise<LocalIndex>
 *
 *   projects   { [project name]: IndexFile[] }, IndexFile = { filename, data, yanked?, requiresPython?, sha256? }
 *              (`sha256` overrides the hash the index advertises, to test mismatches; names are PEP 503-normalized)
 *   options    { json?: boolean }  json (default true): answer PEP 691 JSON when the Accept header asks for it,
 *              PEP 503 HTML otherwise
 *   LocalIndex { url: 'http://127.0.0.1:PORT/simple/', fileUrl(filename): string, requests: string[] (paths asked),
 *                headers: Record<string, string | string[] | undefined>[] (request headers), close(): Promise<void> }
 *
 * Routes: GET /simple/ (project list), GET /simple/<name>/ (files, with #sha256= fragments; a non-normalized name
 * redirects to the normalized one, as PyPI does), GET /files/<filename> (the bytes). Anything else is a 404.
 *
 * Builders for what it serves: wheelFile(name, version, opts) (a wheel whose METADATA lists `requires` as
 * Requires-Dist) and sdistFile(name, version, files, opts) (a gzipped sdist with PKG-INFO), both returning IndexFile.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildTar, buildZip, gzip, type Bytes, type TarSpec, type ZipSpec } from './archive.js';

export interface IndexFile {
  filename: string;
  data: Uint8Array;
  /** true or a reason: listed as yanked (PEP 592). */
  yanked?: boolean | string;
  requiresPython?: string;
  /** Advertise this sha256 instead of the real one. */
  sha256?: string;
}

export type IndexProjects = Record<string, IndexFile[]>;

export interface IndexOptions {
  json?: boolean;
}

export interface LocalIndex {
  /** The simple API root, with a trailing slash. */
  url: string;
  fileUrl(filename: string): string;
  requests: string[];
  headers: Array<Record<string, string | string[] | undefined>>;
  close(): Promise<void>;
}

export const normalize = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');
export const sha256 = (d: Uint8Array): string => createHash('sha256').update(d).digest('hex');

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function startIndex(projects: IndexProjects, options: IndexOptions = {}): Promise<LocalIndex> {
  const byName = new Map<string, IndexFile[]>();
  const files = new Map<string, IndexFile>();
  for (const [name, list] of Object.entries(projects)) {
    byName.set(normalize(name), [...(byName.get(normalize(name)) ?? []), ...list]);
    for (const f of list) files.set(f.filename, f);
  }
  const requests: string[] = [];
  const headers: LocalIndex['headers'] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const p = decodeURIComponent(url.pathname);
    requests.push(p);
    headers.push({ ...req.headers });
    const send = (code: number, type: string, body: string | Uint8Array) => {
      res.writeHead(code, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    const wantsJson = options.json !== false && /application\/vnd\.pypi\.simple\.v1\+json/.test(String(req.headers.accept ?? ''));
    if (p === '/simple/' || p === '/simple') {
      if (wantsJson) return send(200, 'application/vnd.pypi.simple.v1+json', JSON.stringify({ meta: { 'api-version': '1.0' }, projects: [...byName.keys()].map((name) => ({ name })) }));
      return send(200, 'text/html', `<!DOCTYPE html><html><body>${[...byName.keys()].map((n) => `<a href="/simple/${n}/">${n}</a>`).join('\n')}</body></html>`);
    }
    const m = /^\/simple\/([^/]+)\/?$/.exec(p);
    if (m) {
      const norm = normalize(m[1]);
      if (norm !== m[1]) {
        res.writeHead(301, { location: `/simple/${norm}/` });
        return res.end();
      }
      const list = byName.get(norm);
      if (!list) return send(404, 'text/plain', 'not found');
      if (wantsJson) {
        const body = {
          meta: { 'api-version': '1.0' },
          name: norm,
          files: list.map((f) => ({
            filename: f.filename,
            url: `../../files/${encodeURIComponent(f.filename)}`,
            hashes: { sha256: f.sha256 ?? sha256(f.data) },
            ...(f.requiresPython ? { 'requires-python': f.requiresPython } : {}),
            ...(f.yanked ? { yanked: f.yanked } : {}),
          })),
        };
        return send(200, 'application/vnd.pypi.simple.v1+json', JSON.stringify(body));
      }
      const links = list.map((f) => {
        const attrs = [`href="../../files/${encodeURIComponent(f.filename)}#sha256=${f.sha256 ?? sha256(f.data)}"`];
        if (f.requiresPython) attrs.push(`data-requires-python="${esc(f.requiresPython)}"`);
        if (f.yanked) attrs.push(`data-yanked="${typeof f.yanked === 'string' ? esc(f.yanked) : ''}"`);
        return `<a ${attrs.join(' ')}>${esc(f.filename)}</a><br/>`;
      });
      return send(200, 'text/html', `<!DOCTYPE html><html><head><meta name="pypi:repository-version" content="1.0"></head><body><h1>Links for ${norm}</h1>\n${links.join('\n')}\n</body></html>`);
    }
    const fm = /^\/files\/([^/]+)$/.exec(p);
    if (fm && files.has(fm[1])) return send(200, 'application/octet-stream', files.get(fm[1])!.data);
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/simple/`,
    fileUrl: (filename) => `${base}/files/${encodeURIComponent(filename)}`,
    requests,
    headers,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const wheelStem = (name: string): string => name.replace(/[-_.]+/g, '_');

function recordHash(d: Uint8Array): string {
  return 'sha256=' + createHash('sha256').update(d).digest('base64url');
}

/** A pure-Python wheel (or one with `tag`), with `requires` as Requires-Dist lines in its METADATA. */
export function wheelFile(name: string, version: string, opts: { requires?: string[]; files?: Record<string, Bytes>; tag?: string } = {}): IndexFile {
  const tag = opts.tag ?? 'py3-none-any';
  const di = `${wheelStem(name)}-${version}.dist-info`;
  const entries: Record<string, Buffer> = {};
  for (const [k, v] of Object.entries(opts.files ?? { [`${wheelStem(name)}/__init__.py`]: `__version__ = "${version}"\n` })) entries[k] = Buffer.from(v);
  const requires = (opts.requires ?? []).map((r) => `Requires-Dist: ${r}\n`).join('');
  entries[`${di}/METADATA`] = Buffer.from(`Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n${requires}\n`);
  entries[`${di}/WHEEL`] = Buffer.from(`Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: ${tag}\n`);
  const rows = Object.entries(entries).map(([n, d]) => `${n},${recordHash(d)},${d.length}`);
  rows.push(`${di}/RECORD,,`);
  const zip: ZipSpec[] = Object.entries(entries).map(([n, d]) => ({ name: n, data: d }));
  zip.push({ name: `${di}/RECORD`, data: rows.join('\n') + '\n' });
  return { filename: `${wheelStem(name)}-${version}-${tag}.whl`, data: buildZip(zip) };
}

/**
 * An sdist `name-version.tar.gz` with PKG-INFO. `requires` go into PKG-INFO (Metadata-Version 2.2, static) so that a
 * reader can follow its dependencies without building it.
 */
export function sdistFile(name: string, version: string, files: Record<string, Bytes> = {}, opts: { requires?: string[] } = {}): IndexFile {
  const requires = (opts.requires ?? []).map((r) => `Requires-Dist: ${r}\n`).join('');
  const root = `${name}-${version}`;
  const entries: TarSpec[] = [{ name: `${root}/PKG-INFO`, data: `Metadata-Version: 2.2\nName: ${name}\nVersion: ${version}\n${requires}\n` }];
  for (const [k, v] of Object.entries(files)) entries.push({ name: `${root}/${k}`, data: v });
  return { filename: `${root}.tar.gz`, data: gzip(buildTar(entries)) };
}
