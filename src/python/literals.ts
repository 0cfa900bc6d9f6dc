/**
 * Python literals and the decoders Python code applies to them, re-implemented so that constant expressions can be
 * folded: `base64.b64decode('aW1wb3J0IG9z')`, `bytes.fromhex(...)`, `codecs.decode(s, 'rot13')`, `zlib.decompress`.
 *
 * Values are JavaScript strings: text for Python `str`, one char per byte (latin1) for Python `bytes`. Every decoder is
 * bounded by its output and returns undefined (never throws) when Python would raise.
 */
import zlib from 'node:zlib';
import { decodeBase32 } from '../decode/index.js';
import { decompress } from '../decode/layers.js';
import { unxz } from '../archive/compress.js';

/** Placeholder for a part of a folded string whose value is not known (a variable, a call we do not model). */
export const UNK = '\uffff';

/** Largest folded value kept (characters); bigger results are treated as unknown. */
export const MAX_FOLD = 4 * 1024 * 1024;

export interface PyLiteral {
  value: string;
  bytes: boolean;
  raw: boolean;
}

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** Split a literal's source text into prefix, quote and body. Returns null when it is not a literal. */
export function splitLiteral(text: string): { prefix: string; quote: string; body: string } | null {
  let i = 0;
  while (i < text.length && i < 3 && /[rRbBuUfF]/.test(text[i])) i++;
  const prefix = text.slice(0, i).toLowerCase();
  const q = text[i];
  if (q !== "'" && q !== '"') return null;
  const triple = text.startsWith(q.repeat(3), i);
  const quote = triple ? q.repeat(3) : q;
  const start = i + quote.length;
  // an unterminated literal (error recovery) runs to the end of the node
  const end = text.length - quote.length >= start && text.endsWith(quote) ? text.length - quote.length : text.length;
  return { prefix, quote, body: text.slice(start, end) };
}

/** Process the escapes of a non-raw literal body (str or bytes rules). */
export function unescape(body: string, bytes: boolean): string {
  if (!body.includes('\\')) return body;
  let out = '';
  let i = 0;
  const n = body.length;
  while (i < n) {
    const j = body.indexOf('\\', i);
    if (j < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, j);
    const c = body[j + 1];
    if (c === undefined) {
      out += '\\';
      break;
    }
    if (c === '\n') {
      i = j + 2;
      continue;
    }
    if (c === '\r') {
      i = body[j + 2] === '\n' ? j + 3 : j + 2;
      continue;
    }
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out += simple;
      i = j + 2;
      continue;
    }
    if (c >= '0' && c <= '7') {
      let k = j + 1;
      while (k < n && k < j + 4 && body[k] >= '0' && body[k] <= '7') k++;
      out += String.fromCharCode(parseInt(body.slice(j + 1, k), 8) & (bytes ? 0xff : 0xffff));
      i = k;
      continue;
    }
    if (c === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(j + 2, j + 4))) {
      out += String.fromCharCode(parseInt(body.slice(j + 2, j + 4), 16));
      i = j + 4;
      continue;
    }
    if (!bytes && c === 'u' && /^[0-9a-fA-F]{4}$/.test(body.slice(j + 2, j + 6))) {
      out += String.fromCharCode(parseInt(body.slice(j + 2, j + 6), 16));
      i = j + 6;
      continue;
    }
    if (!bytes && c === 'U' && /^[0-9a-fA-F]{8}$/.test(body.slice(j + 2, j + 10))) {
      const cp = parseInt(body.slice(j + 2, j + 10), 16);
      out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '?';
      i = j + 10;
      continue;
    }
    if (!bytes && c === 'N' && body[j + 2] === '{') {
      const close = body.indexOf('}', j + 3);
      if (close > 0 && close - j < 100) {
        // no Unicode name table here: the character is unknown
        out += UNK;
        i = close + 1;
        continue;
      }
    }
    // an unknown escape keeps its backslash
    out += '\\' + c;
    i = j + 2;
  }
  return out;
}

/** Value of a plain (non-f) string literal's source text, e.g. `b'\x41'` → {value: 'A', bytes: true}. */
export function parseLiteral(text: string): PyLiteral | null {
  const sp = splitLiteral(text);
  if (!sp) return null;
  const raw = sp.prefix.includes('r');
  const bytes = sp.prefix.includes('b');
  let value = raw ? sp.body : unescape(sp.body, bytes);
  // bytes literals hold ASCII only; anything else is a syntax error in Python, keep the low byte
  if (bytes && /[^\x00-\xff]/.test(value)) value = value.replace(/[^\x00-\xff]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) & 0xff));
  return { value, bytes, raw };
}

// ---------------------------------------------------------------------------------------------------------------
// Conversions between Python str and bytes

export function toBytes(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'latin1'));
}

export function fromBytes(d: Uint8Array): string {
  return Buffer.from(d.buffer, d.byteOffset, d.length).toString('latin1');
}

/** str.encode('utf-8') → bytes (latin1 string). */
export function utf8Encode(s: string): string {
  return Buffer.from(s, 'utf8').toString('latin1');
}

/** bytes.decode('utf-8', errors='replace') → str. */
export function utf8Decode(b: string): string {
  return Buffer.from(b, 'latin1').toString('utf8');
}

// ---------------------------------------------------------------------------------------------------------------
// Decoders (Python semantics, lenient where Python is lenient)

const B64_ALPHABET = /[^A-Za-z0-9+/]/g;

/**
 * base64.b64decode(s, altchars) without validate: Python's binascii drops every character outside the alphabet, and
 * decoding stops at the first complete padding.
 */
export function b64decode(s: string, altchars?: string, urlsafe = false): string | undefined {
  let t = s;
  if (urlsafe) t = t.replace(/-/g, '+').replace(/_/g, '/');
  else if (altchars && altchars.length >= 2) t = t.split(altchars[0]).join('+').split(altchars[1]).join('/');
  const pad = t.indexOf('=');
  const data = (pad >= 0 ? t.slice(0, pad) : t).replace(B64_ALPHABET, '');
  if (data.length % 4 === 1) return undefined;
  return Buffer.from(data, 'base64').toString('latin1');
}

export function b32decode(s: string): string | undefined {
  const t = s.replace(/=+$/, '').toUpperCase();
  if (/[^A-Z2-7]/.test(t)) return undefined;
  return fromBytes(decodeBase32(new Uint8Array(Buffer.from(t, 'latin1'))));
}

/** bytes.fromhex / binascii.unhexlify: hex pairs (fromhex allows whitespace between them). */
export function hexdecode(s: string, allowSpaces: boolean): string | undefined {
  const t = allowSpaces ? s.replace(/\s+/g, '') : s;
  if (t.length % 2 !== 0 || /[^0-9a-fA-F]/.test(t)) return undefined;
  return Buffer.from(t, 'hex').toString('latin1');
}

const B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';
const B85_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B85.length; i++) B85_INDEX[B85.charCodeAt(i)] = i;

/** base64.b85decode (the alphabet of git and Mercurial binary diffs). */
export function b85decode(s: string): string | undefined {
  const t = s.replace(/\s+/g, '');
  const padding = (5 - (t.length % 5)) % 5;
  const full = t + '~'.repeat(padding);
  const out: number[] = [];
  for (let i = 0; i < full.length; i += 5) {
    let acc = 0;
    for (let k = 0; k < 5; k++) {
      const c = full.charCodeAt(i + k);
      const v = c < 128 ? B85_INDEX[c] : -1;
      if (v < 0) return undefined;
      acc = acc * 85 + v;
    }
    if (acc > 0xffffffff) return undefined;
    out.push((acc >>> 24) & 0xff, (acc >>> 16) & 0xff, (acc >>> 8) & 0xff, acc & 0xff);
    if (out.length > MAX_FOLD) return undefined;
  }
  if (padding) out.length -= padding;
  return chunked(out);
}

/** base64.a85decode (Ascii85, optionally with <~ ~> framing). */
export function a85decode(s: string): string | undefined {
  let t = s.replace(/\s+/g, '');
  if (t.startsWith('<~')) t = t.slice(2);
  if (t.endsWith('~>')) t = t.slice(0, -2);
  const out: number[] = [];
  let group: number[] = [];
  const flush = (g: number[], final: boolean): boolean => {
    const n = g.length;
    if (n === 0) return true;
    if (final && n === 1) return false;
    while (g.length < 5) g.push(84);
    let acc = 0;
    for (const v of g) acc = acc * 85 + v;
    if (acc > 0xffffffff) return false;
    const bytes = [(acc >>> 24) & 0xff, (acc >>> 16) & 0xff, (acc >>> 8) & 0xff, acc & 0xff];
    out.push(...bytes.slice(0, final ? n - 1 : 4));
    return true;
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    if (c < 33 || c > 117) return undefined;
    group.push(c - 33);
    if (group.length === 5) {
      if (!flush(group, false)) return undefined;
      group = [];
    }
    if (out.length > MAX_FOLD) return undefined;
  }
  if (!flush(group, true)) return undefined;
  return chunked(out);
}

function chunked(a: number[]): string {
  let s = '';
  for (let i = 0; i < a.length; i += 32768) s += String.fromCharCode(...a.slice(i, i + 32768));
  return s;
}

export function rot13(s: string): string {
  return s.replace(/[A-Za-z]/g, (c) => {
    const b = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
  });
}

/** zlib.decompress(data, wbits): zlib header, raw deflate (wbits < 0), gzip (wbits 16+) or automatic (wbits 32+). */
export function zlibDecompress(b: string, wbits?: number): string | undefined {
  const d = toBytes(b);
  try {
    if (wbits !== undefined && wbits < 0) {
      const out = zlib.inflateRawSync(d, { maxOutputLength: MAX_FOLD });
      return fromBytes(new Uint8Array(out));
    }
  } catch {
    return undefined;
  }
  const p = decompress(d, MAX_FOLD);
  return p && !p.layer.includes('truncated') ? fromBytes(p.out) : undefined;
}

export function bz2Decompress(b: string): string | undefined {
  const p = decompress(toBytes(b), MAX_FOLD);
  return p && p.layer === 'bz2' ? fromBytes(p.out) : undefined;
}

export function gzipDecompress(b: string): string | undefined {
  const p = decompress(toBytes(b), MAX_FOLD);
  return p && p.layer === 'gzip' ? fromBytes(p.out) : undefined;
}

/** lzma.decompress with the default FORMAT_AUTO: .xz streams or a legacy .lzma one (the archive reader's decoder). */
export function lzmaDecompress(b: string): string | undefined {
  const r = unxz(toBytes(b), MAX_FOLD);
  return r.ok ? fromBytes(r.data) : undefined;
}

/** The Python text codecs that `codecs.decode`, py2 `str.decode` and `str.encode` accept for the data shapes above. */
export function codec(name: string): string | null {
  const n = name.toLowerCase().replace(/[-\s]/g, '_');
  if (n === 'rot13' || n === 'rot_13') return 'rot13';
  if (n === 'base64' || n === 'base_64' || n === 'base64_codec') return 'base64';
  if (n === 'hex' || n === 'hex_codec') return 'hex';
  if (n === 'zlib' || n === 'zip' || n === 'zlib_codec') return 'zlib';
  if (n === 'bz2' || n === 'bz2_codec') return 'bz2';
  if (n === 'uu' || n === 'uu_codec') return 'uu';
  if (n === 'unicode_escape' || n === 'string_escape' || n === 'raw_unicode_escape') return 'escape';
  if (n === 'utf8' || n === 'utf_8' || n === 'u8' || n === 'utf' || n === 'ascii' || n === 'latin1' || n === 'latin_1' || n === 'iso_8859_1' || n === 'utf_8_sig') return n.startsWith('l') || n.startsWith('iso') ? 'latin1' : 'utf8';
  return null;
}

/** Decode with one of the codecs above (what `codecs.decode(data, name)` returns). */
export function decodeWith(kind: string, s: string): string | undefined {
  switch (kind) {
    case 'rot13':
      return rot13(s);
    case 'base64':
      return b64decode(s);
    case 'hex':
      return hexdecode(s, false);
    case 'zlib':
      return zlibDecompress(s);
    case 'bz2':
      return bz2Decompress(s);
    case 'escape':
      return unescape(s, false);
    case 'utf8':
      return utf8Decode(s);
    case 'latin1':
      return s;
    default:
      return undefined;
  }
}

/** Python's str.translate with a table from str.maketrans(x, y[, z]). */
export function translate(s: string, from: string, to: string, del = ''): string {
  const m = new Map<string, string>();
  for (let i = 0; i < from.length && i < to.length; i++) m.set(from[i], to[i]);
  for (const c of del) m.set(c, '');
  let out = '';
  for (const c of s) out += m.get(c) ?? c;
  return out;
}

/** A URL, or a public IPv4 address, or an `ip:port` pair: what a decoded literal must look like to count as a location. */
export function looksLikeLocation(s: string): string | null {
  const t = s.trim();
  if (t.length > 2048 || t.includes(UNK)) return null;
  const url = /^(?:https?|ftp|wss?):\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][^\s]*)?$/i.exec(t);
  if (url) return url[0];
  const ip = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?::\d{1,5})?$/.exec(t);
  if (ip && ip.slice(1, 5).every((x) => Number(x) <= 255) && !['0', '10', '127'].includes(ip[1]) && Number(ip[1]) < 224) return ip[0];
  return null;
}
