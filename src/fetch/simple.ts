/**
 * The simple repository API of a package index: PEP 691 JSON when the index offers it, PEP 503 HTML otherwise,
 * parsed without trusting anything in it (bounded size and count, URLs resolved against the page, only http(s) and
 * file kept). Hand-written: the HTML is a flat list of anchors, a full HTML parser would add nothing.
 */
import { getBytes, redact, FetchError } from './http.js';
import { normalizeName, unescapeUrlPart } from '../inputs/names.js';

export interface IndexEntry {
  filename: string;
  url: string;
  /** algo → hex, from the JSON `hashes` or the URL fragment. */
  hashes: Record<string, string>;
  yanked: boolean;
  requiresPython: string | null;
}

const ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';
const MAX_PAGE_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 200_000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const unescapeHtml = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });


function fragmentHashes(url: URL): Record<string, string> {
  const m = /^#(md5|sha1|sha224|sha256|sha384|sha512)=([0-9a-f]+)$/i.exec(url.hash);
  return m ? { [m[1].toLowerCase()]: m[2].toLowerCase() } : {};
}

function keep(u: URL): boolean {
  return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:';
}

export function parseSimpleHtml(html: string, base: string): IndexEntry[] {
  const out: IndexEntry[] = [];
  const re = /<a\s([^>]*)>([^<]*)<\/a\s*>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) && out.length < MAX_ENTRIES) {
    const attrs = new Map<string, string>();
    for (const a of m[1].matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) attrs.set(a[1].toLowerCase(), unescapeHtml(a[2] ?? a[3] ?? a[4] ?? ''));
    const href = attrs.get('href');
    if (!href) continue;
    let u: URL;
    try {
      u = new URL(href, base);
    } catch {
      continue;
    }
    if (!keep(u)) continue;
    const filename = unescapeUrlPart(u.pathname.slice(u.pathname.lastIndexOf('/') + 1)) || unescapeHtml(m[2]).trim();
    out.push({ filename, url: u.toString(), hashes: fragmentHashes(u), yanked: attrs.has('data-yanked'), requiresPython: attrs.get('data-requires-python') ?? null });
  }
  return out;
}

export function parseSimpleJson(text: string, base: string): IndexEntry[] {
  const data = JSON.parse(text) as { files?: unknown };
  if (!Array.isArray(data.files)) throw new FetchError('index JSON without a files list');
  const out: IndexEntry[] = [];
  for (const f of data.files.slice(0, MAX_ENTRIES)) {
    if (typeof f !== 'object' || f === null) continue;
    const o = f as Record<string, unknown>;
    if (typeof o.filename !== 'string' || typeof o.url !== 'string') continue;
    let u: URL;
    try {
      u = new URL(o.url, base);
    } catch {
      continue;
    }
    if (!keep(u)) continue;
    const hashes: Record<string, string> = { ...fragmentHashes(u) };
    if (typeof o.hashes === 'object' && o.hashes !== null) for (const [k, v] of Object.entries(o.hashes)) if (typeof v === 'string' && /^[0-9a-f]+$/i.test(v)) hashes[k.toLowerCase()] = v.toLowerCase();
    out.push({ filename: o.filename, url: u.toString(), hashes, yanked: !!o.yanked, requiresPython: typeof o['requires-python'] === 'string' ? o['requires-python'] : null });
  }
  return out;
}

/** Every file an index lists for a project; [] when the index does not know it (404). */
export async function listProjectFiles(indexUrl: string, name: string, timeoutMs: number): Promise<IndexEntry[]> {
  const base = indexUrl.endsWith('/') ? indexUrl : indexUrl + '/';
  const pageUrl = new URL(`${normalizeName(name)}/`, base).toString();
  let page;
  try {
    page = await getBytes(pageUrl, { maxBytes: MAX_PAGE_BYTES, timeoutMs, accept: ACCEPT });
  } catch (e) {
    if (e instanceof FetchError && /^HTTP 404|^not found/.test(e.message)) return [];
    throw e;
  }
  const text = Buffer.from(page.data).toString('utf8');
  try {
    if (/application\/vnd\.pypi\.simple\.v1\+json/i.test(page.contentType)) return parseSimpleJson(text, page.finalUrl);
    return parseSimpleHtml(text, page.finalUrl);
  } catch (e) {
    throw new FetchError(`cannot read the index page ${redact(pageUrl)}: ${(e as Error).message}`);
  }
}
