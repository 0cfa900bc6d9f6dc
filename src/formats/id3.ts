/**
 * ID3v2 (2.2 / 2.3 / 2.4), ID3v1, APEv1/v2 and Lyrics3v2 tag parsers. Pure, bounded, never throwing: every size is
 * checked against the buffer, frame and item counts are capped, and compressed frames are inflated with a cap.
 */
import { inflateSync } from 'node:zlib';
import { isOutputLimitError } from '../archive/compress.js';

export interface Id3Anomaly {
  code:
    | 'bad-size' // a syncsafe size with the high bit set, or a tag running past the end
    | 'bad-frame-id' // garbage where a frame header should be: the rest of the tag is unparsed
    | 'frame-past-end' // a frame size that runs past the tag
    | 'padding-not-zero'
    | 'frame-limit'
    | 'bad-extended-header'
    | 'inflate-failed'
    | 'inflate-limit' // a compressed frame inflates past the per-frame or per-tag limit: its content is not all seen
    | 'item-past-end';
  message: string;
  offset: number;
  length?: number;
}

export interface Id3Picture {
  mime: string;
  pictureType: number;
  description: string;
  data: Uint8Array;
}

export interface Id3Frame {
  /** Frame id (3 chars for v2.2). */
  id: string;
  /** Offset of the frame header in the file (approximate when the whole tag was unsynchronised). */
  offset: number;
  /** Frame payload size as declared. */
  size: number;
  flags: number;
  /** Payload after removing unsynchronisation, the data-length indicator, and inflating compressed frames. */
  data: Uint8Array;
  compressed: boolean;
  encrypted: boolean;
  /** Text of text-like frames (T***, W***, COMM, USLT, TXXX, WXXX), description and value joined by ': '. */
  text?: string;
  /** APIC / PIC. */
  picture?: Id3Picture;
  /** PRIV / UFID owner, GEOB mime + filename + description. */
  owner?: string;
  /** Binary payload of PRIV / GEOB / UFID after the owner/description fields. */
  binary?: Uint8Array;
}

export interface Id3v2Tag {
  offset: number;
  /** Total bytes of the tag, header (and footer) included, clipped to the file. */
  length: number;
  major: number;
  revision: number;
  flags: number;
  unsynchronised: boolean;
  frames: Id3Frame[];
  /** Padding after the last frame (offset in the file, approximate when unsynchronised). */
  padding: { offset: number; length: number; zero: boolean; data: Uint8Array } | null;
  /** The extended header (v2.3/v2.4), when present. Real ones are 6-15 bytes. */
  extended: { offset: number; length: number; data: Uint8Array } | null;
  /** Bytes after a bad frame header that could not be parsed. */
  unparsed: { offset: number; length: number; data: Uint8Array } | null;
  anomalies: Id3Anomaly[];
  /** When the last frame runs past the declared tag size: the file offset where that frame's data ends. */
  frameOverrunEnd?: number;
}

export const MAX_ID3_FRAMES = 2048;
/** Bytes one compressed frame may inflate to, and all compressed frames of one tag together. */
const MAX_INFLATE = 16 * 1024 * 1024;
const MAX_INFLATE_TAG = 32 * 1024 * 1024;
/** Largest extended header the specifications allow (v2.3: 10, v2.4: 15 bytes); more is data. */
const MAX_EXTENDED_HEADER = 16;

const syncsafe = (d: Uint8Array, i: number): number => ((d[i] & 0x7f) << 21) | ((d[i + 1] & 0x7f) << 14) | ((d[i + 2] & 0x7f) << 7) | (d[i + 3] & 0x7f);
const u32be = (d: Uint8Array, i: number): number => ((d[i] << 24) | (d[i + 1] << 16) | (d[i + 2] << 8) | d[i + 3]) >>> 0;
const u24be = (d: Uint8Array, i: number): number => (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
const u32le = (d: Uint8Array, i: number): number => (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16) | (d[i + 3] << 24)) >>> 0;

function ascii(d: Uint8Array, off: number, s: string): boolean {
  if (off < 0 || off + s.length > d.length) return false;
  for (let i = 0; i < s.length; i++) if (d[off + i] !== s.charCodeAt(i)) return false;
  return true;
}

/** True when an ID3v2 header starts at `off` (magic, sane version, syncsafe size bytes). */
export function isId3v2At(d: Uint8Array, off: number): boolean {
  return (
    ascii(d, off, 'ID3') &&
    off + 10 <= d.length &&
    d[off + 3] >= 2 &&
    d[off + 3] <= 4 &&
    d[off + 4] !== 0xff &&
    (d[off + 6] | d[off + 7] | d[off + 8] | d[off + 9]) < 0x80
  );
}

/**
 * `s` without its trailing NUL characters. A loop, not `/\0+$/`: that pattern retries from every NUL of a long run
 * that is not at the end, which is quadratic on hostile text.
 */
export function trimTrailingNul(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 0) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** Remove ID3 unsynchronisation (every 0xFF 0x00 becomes 0xFF). One output allocation. */
export function deunsync(src: Uint8Array): Uint8Array {
  const out = new Uint8Array(src.length);
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const b = src[i];
    out[n++] = b;
    if (b === 0xff && i + 1 < src.length && src[i + 1] === 0) i++;
  }
  return out.subarray(0, n);
}

const LATIN1 = new TextDecoder('latin1');
const UTF8 = new TextDecoder('utf-8');
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');

/** Decode ID3 text in the given encoding (0 latin1, 1 UTF-16 with BOM, 2 UTF-16BE, 3 UTF-8), NULs become ' / '. */
export function decodeId3Text(b: Uint8Array, enc: number): string {
  let s: string;
  if (enc === 1 || enc === 2) {
    let be = enc === 2;
    let body = b;
    if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) { be = false; body = b.subarray(2); }
    else if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) { be = true; body = b.subarray(2); }
    body = body.subarray(0, body.length & ~1);
    s = (be ? UTF16BE : UTF16LE).decode(body);
    s = s.replace(/\ufeff/g, '');
  } else s = (enc === 3 ? UTF8 : LATIN1).decode(b);
  return trimTrailingNul(s).replace(/\0+/g, ' / ');
}

/** Length of a NUL-terminated string in `enc` starting at `i` (terminator not included); -1 if unterminated. */
function termLen(b: Uint8Array, i: number, enc: number): number {
  if (enc === 1 || enc === 2) {
    for (let k = i; k + 1 < b.length; k += 2) if (b[k] === 0 && b[k + 1] === 0) return k - i;
    return -1;
  }
  for (let k = i; k < b.length; k++) if (b[k] === 0) return k - i;
  return -1;
}

function splitTerm(b: Uint8Array, i: number, enc: number): { str: Uint8Array; next: number } {
  const n = termLen(b, i, enc);
  if (n < 0) return { str: b.subarray(i), next: b.length };
  return { str: b.subarray(i, i + n), next: i + n + (enc === 1 || enc === 2 ? 2 : 1) };
}

/** Fill the interpreted fields of a frame (text, picture, owner/binary). */
function interpret(f: Id3Frame, v22: boolean): void {
  const b = f.data;
  const id = f.id;
  if (b.length === 0 || f.encrypted) return;
  if (id === 'TXXX' || id === 'TXX' || id === 'WXXX' || id === 'WXX') {
    const enc = b[0];
    const desc = splitTerm(b, 1, enc);
    const valEnc = id[0] === 'W' ? 0 : enc;
    f.text = `${decodeId3Text(desc.str, enc)}: ${decodeId3Text(b.subarray(desc.next), valEnc)}`;
  } else if (id[0] === 'T') {
    f.text = decodeId3Text(b.subarray(1), b[0]);
  } else if (id[0] === 'W') {
    f.text = decodeId3Text(b, 0);
  } else if (id === 'COMM' || id === 'COM' || id === 'USLT' || id === 'ULT') {
    const enc = b[0];
    if (b.length < 4) return;
    const desc = splitTerm(b, 4, enc);
    const d = decodeId3Text(desc.str, enc);
    const t = decodeId3Text(b.subarray(desc.next), enc);
    f.text = d ? `${d}: ${t}` : t;
  } else if (id === 'APIC' || (v22 && id === 'PIC')) {
    const enc = b[0];
    let i = 1;
    let mime: string;
    if (v22) {
      mime = decodeId3Text(b.subarray(1, 4), 0);
      i = 4;
    } else {
      const m = splitTerm(b, 1, 0);
      mime = decodeId3Text(m.str, 0);
      i = m.next;
    }
    if (i >= b.length) return;
    const type = b[i];
    const desc = splitTerm(b, i + 1, enc);
    f.picture = { mime, pictureType: type, description: decodeId3Text(desc.str, enc), data: b.subarray(Math.min(desc.next, b.length)) };
  } else if (id === 'PRIV' || id === 'UFID' || id === 'UFI') {
    const o = splitTerm(b, 0, 0);
    f.owner = decodeId3Text(o.str, 0);
    f.binary = b.subarray(o.next);
  } else if (id === 'GEOB' || id === 'GEO') {
    const enc = b[0];
    const mime = splitTerm(b, 1, 0);
    const file = splitTerm(b, mime.next, enc);
    const desc = splitTerm(b, file.next, enc);
    f.owner = `${decodeId3Text(mime.str, 0)} ${decodeId3Text(file.str, enc)} ${decodeId3Text(desc.str, enc)}`.trim();
    f.binary = b.subarray(Math.min(desc.next, b.length));
  }
}

function validFrameId(b: Uint8Array, i: number, n: number): boolean {
  if (i + n > b.length) return false;
  for (let k = 0; k < n; k++) {
    const c = b[i + k];
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/**
 * Parse an ID3v2 tag at `off`. `null` when there is no ID3v2 header there. The returned length is what the tag
 * occupies in the file (declared size clipped to the buffer).
 */
export function parseId3v2(d: Uint8Array, off = 0): Id3v2Tag | null {
  if (!ascii(d, off, 'ID3') || off + 10 > d.length) return null;
  const major = d[off + 3];
  if (major < 2 || major > 4) return null;
  const flags = d[off + 5];
  const anomalies: Id3Anomaly[] = [];
  if ((d[off + 6] | d[off + 7] | d[off + 8] | d[off + 9]) & 0x80) {
    anomalies.push({ code: 'bad-size', message: 'ID3v2 size is not syncsafe', offset: off + 6 });
  }
  const size = syncsafe(d, off + 6);
  const footer = major === 4 && (flags & 0x10) !== 0 ? 10 : 0;
  let bodyEnd = off + 10 + size;
  if (bodyEnd > d.length) {
    anomalies.push({ code: 'bad-size', message: `ID3v2 tag declares ${size} bytes, ${d.length - off - 10} remain`, offset: off + 6 });
    bodyEnd = d.length;
  }
  const length = Math.min(d.length, bodyEnd + footer) - off;
  const unsync = (flags & 0x80) !== 0;
  const tag: Id3v2Tag = { offset: off, length, major, revision: d[off + 4], flags, unsynchronised: unsync, frames: [], padding: null, extended: null, unparsed: null, anomalies };

  // v2.2 and v2.3 unsynchronise the whole tag; v2.4 per frame (the tag flag then means every frame is).
  let body = d.subarray(off + 10, bodyEnd);
  const wholeUnsync = unsync && major < 4;
  if (wholeUnsync) body = deunsync(body);
  const base = off + 10; // file offset of body[0] (approximate after whole-tag deunsync)

  let i = 0;
  if (major >= 3 && flags & 0x40) {
    // extended header
    if (body.length < 4) {
      anomalies.push({ code: 'bad-extended-header', message: 'extended header truncated', offset: base });
      return tag;
    }
    const ext = major === 3 ? u32be(body, 0) + 4 : syncsafe(body, 0);
    if (ext < 6 || ext > body.length) {
      anomalies.push({ code: 'bad-extended-header', message: `extended header size ${ext} does not fit`, offset: base });
      tag.unparsed = { offset: base, length: body.length, data: body };
      return tag;
    }
    tag.extended = { offset: base, length: ext, data: body.subarray(0, ext) };
    if (ext > MAX_EXTENDED_HEADER) {
      anomalies.push({ code: 'bad-extended-header', message: `extended header of ${ext} bytes (at most ${MAX_EXTENDED_HEADER} are defined)`, offset: base, length: ext });
    }
    i = ext;
  }

  const v22 = major === 2;
  let inflateLeft = MAX_INFLATE_TAG;
  const hdr = v22 ? 6 : 10;
  const idLen = v22 ? 3 : 4;
  while (i + hdr <= body.length) {
    if (body[i] === 0) {
      // padding to the end of the tag
      let zero = true;
      for (let k = i; k < body.length; k++) if (body[k] !== 0) { zero = false; break; }
      tag.padding = { offset: base + i, length: body.length - i, zero, data: body.subarray(i) };
      if (!zero) anomalies.push({ code: 'padding-not-zero', message: 'ID3v2 padding holds non-zero bytes', offset: base + i, length: body.length - i });
      i = body.length;
      break;
    }
    if (tag.frames.length >= MAX_ID3_FRAMES) {
      anomalies.push({ code: 'frame-limit', message: `more than ${MAX_ID3_FRAMES} frames`, offset: base + i });
      break;
    }
    if (!validFrameId(body, i, idLen)) {
      anomalies.push({ code: 'bad-frame-id', message: 'invalid frame id: rest of the tag unparsed', offset: base + i, length: body.length - i });
      tag.unparsed = { offset: base + i, length: body.length - i, data: body.subarray(i) };
      i = body.length;
      break;
    }
    const id = String.fromCharCode(...body.subarray(i, i + idLen));
    let fsize: number;
    let fflags = 0;
    if (v22) fsize = u24be(body, i + 3);
    else {
      fsize = major === 4 ? syncsafe(body, i + 4) : u32be(body, i + 4);
      if (major === 4) {
        // iTunes wrote v2.4 tags with plain sizes; take the plain reading when only it lands on a frame or padding
        const plain = u32be(body, i + 4);
        if (plain !== fsize) {
          const nSafe = i + 10 + fsize;
          const nPlain = i + 10 + plain;
          const okAt = (p: number): boolean => p === body.length || (p + 10 <= body.length && (body[p] === 0 || validFrameId(body, p, 4)));
          if (!okAt(nSafe) && okAt(nPlain)) fsize = plain;
        }
      }
      fflags = (body[i + 8] << 8) | body[i + 9];
    }
    const start = i + hdr;
    let end = start + fsize;
    let data: Uint8Array;
    if (end > body.length) {
      anomalies.push({ code: 'frame-past-end', message: `frame ${id} declares ${fsize} bytes, ${body.length - start} remain`, offset: base + i });
      // writers that miscount the tag size: where the frame really ends in the file, if it fits. The frame's bytes
      // are then taken from the file, so the part past the tag is inspected with the frame (callers may start the
      // audio there).
      if (!wholeUnsync && base + end <= d.length) {
        tag.frameOverrunEnd = base + end;
        data = d.subarray(base + start, base + end);
      } else data = body.subarray(start);
      end = body.length;
    } else data = body.subarray(start, end);
    let compressed = false;
    let encrypted = false;
    if (major === 3) {
      compressed = (fflags & 0x0080) !== 0;
      encrypted = (fflags & 0x0040) !== 0;
      let skip = 0;
      if (compressed) skip += 4;
      if (encrypted) skip += 1;
      if (fflags & 0x0020) skip += 1;
      data = data.subarray(Math.min(skip, data.length));
    } else if (major === 4) {
      compressed = (fflags & 0x0008) !== 0;
      encrypted = (fflags & 0x0004) !== 0;
      let skip = 0;
      if (fflags & 0x0040) skip += 1;
      if (encrypted) skip += 1;
      if (fflags & 0x0001) skip += 4;
      data = data.subarray(Math.min(skip, data.length));
      if (fflags & 0x0002 || unsync) data = deunsync(data);
    }
    if (compressed && !encrypted) {
      const limit = Math.min(MAX_INFLATE, inflateLeft);
      let tooLarge = limit <= 0;
      if (!tooLarge) {
        try {
          const out = inflateSync(data, { maxOutputLength: limit });
          inflateLeft -= out.length;
          data = new Uint8Array(out.buffer, out.byteOffset, out.length);
        } catch (e) {
          tooLarge = isOutputLimitError(e);
          if (!tooLarge) anomalies.push({ code: 'inflate-failed', message: `compressed frame ${id} does not inflate`, offset: base + i });
        }
      }
      if (tooLarge) anomalies.push({ code: 'inflate-limit', message: `compressed frame ${id} inflates past the limit (${limit} bytes left)`, offset: base + i });
    }
    const frame: Id3Frame = { id, offset: base + i, size: fsize, flags: fflags, data, compressed, encrypted };
    interpret(frame, v22);
    tag.frames.push(frame);
    i = end;
  }
  if (i < body.length && !tag.padding && !tag.unparsed) {
    // fewer bytes than a frame header left over
    let zero = true;
    for (let k = i; k < body.length; k++) if (body[k] !== 0) zero = false;
    tag.padding = { offset: base + i, length: body.length - i, zero, data: body.subarray(i) };
  }
  return tag;
}

export interface Id3v1Tag {
  offset: number;
  length: number;
  /** Title, artist, album, year, comment (and the TAG+ extended fields when present). */
  fields: Record<string, string>;
}

/** Tags that sit at the end of an audio file: ID3v1 (and TAG+), APE, Lyrics3v2, an appended ID3v2 (footer). */
export interface TrailingTag {
  kind: 'id3v1' | 'id3v1-ext' | 'ape' | 'lyrics3' | 'id3v2';
  offset: number;
  length: number;
  /** Readable text items of the tag ("key: value"), for suspicious-text checks. */
  text: string[];
  /** Binary items (APE binary values, ID3v2 frames without text) for payload inspection. */
  binary: { name: string; offset: number; data: Uint8Array }[];
  id3v2?: Id3v2Tag;
}

const MAX_APE_ITEMS = 1024;

function latin1(b: Uint8Array): string {
  return trimTrailingNul(LATIN1.decode(b)).replace(/\0/g, ' ').trim();
}

/** ID3v1 at the very end of `d[..end)`. */
function id3v1At(d: Uint8Array, end: number): TrailingTag | null {
  const o = end - 128;
  if (o < 0 || !ascii(d, o, 'TAG')) return null;
  const text = [
    `title: ${latin1(d.subarray(o + 3, o + 33))}`,
    `artist: ${latin1(d.subarray(o + 33, o + 63))}`,
    `album: ${latin1(d.subarray(o + 63, o + 93))}`,
    `year: ${latin1(d.subarray(o + 93, o + 97))}`,
    `comment: ${latin1(d.subarray(o + 97, o + 125 + (d[o + 125] === 0 ? 0 : 2)))}`,
  ];
  return { kind: 'id3v1', offset: o, length: 128, text, binary: [] };
}

function apeAt(d: Uint8Array, end: number): TrailingTag | null {
  const f = end - 32;
  if (f < 0 || !ascii(d, f, 'APETAGEX')) return null;
  const size = u32le(d, f + 12); // items + footer
  const count = u32le(d, f + 16);
  const flags = u32le(d, f + 20);
  const hasHeader = (flags & 0x80000000) !== 0;
  const itemsStart = end - size;
  if (size < 32 || itemsStart < 0) return { kind: 'ape', offset: f, length: 32, text: [], binary: [] };
  const start = hasHeader && itemsStart - 32 >= 0 && ascii(d, itemsStart - 32, 'APETAGEX') ? itemsStart - 32 : itemsStart;
  const tag: TrailingTag = { kind: 'ape', offset: start, length: end - start, text: [], binary: [] };
  let p = itemsStart;
  for (let n = 0; n < Math.min(count, MAX_APE_ITEMS) && p + 8 < f; n++) {
    const vlen = u32le(d, p);
    const iflags = u32le(d, p + 4);
    let k = p + 8;
    while (k < f && d[k] !== 0) k++;
    const key = latin1(d.subarray(p + 8, k));
    const vs = k + 1;
    if (vs + vlen > f || vlen > f) break;
    const value = d.subarray(vs, vs + vlen);
    if (((iflags >> 1) & 3) === 1) tag.binary.push({ name: key, offset: vs, data: value });
    else tag.text.push(`${key}: ${UTF8.decode(value).replace(/\0/g, ' / ')}`);
    p = vs + vlen;
  }
  // bytes inside the declared tag that no item covers (a count or a size that lies) are handed over as a binary item:
  // the tag's extent is excluded from the audio, so they would otherwise be seen by no one
  if (p < f) tag.binary.push({ name: '(bytes no APE item covers)', offset: p, data: d.subarray(p, f) });
  return tag;
}

function lyrics3At(d: Uint8Array, end: number): TrailingTag | null {
  const s = end - 9;
  if (s < 6 || !ascii(d, s, 'LYRICS200')) return null;
  const sizeStr = latin1(d.subarray(s - 6, s));
  if (!/^\d{6}$/.test(sizeStr)) return null;
  const size = parseInt(sizeStr, 10);
  const start = s - 6 - size;
  if (start < 0 || !ascii(d, start, 'LYRICSBEGIN')) return null;
  return { kind: 'lyrics3', offset: start, length: end - start, text: [latin1(d.subarray(start + 11, s - 6))], binary: [] };
}

/** An ID3v2.4 tag appended at the end, found through its footer (`3DI`). */
function id3v2FooterAt(d: Uint8Array, end: number): TrailingTag | null {
  const f = end - 10;
  if (f < 0 || !ascii(d, f, '3DI') || d[f + 3] !== 4) return null;
  const size = syncsafe(d, f + 6);
  const start = f - size - 10;
  // the header must declare what the footer does: otherwise bytes between the header's end and the footer would be
  // counted as tag without being parsed
  if (start < 0 || !isId3v2At(d, start) || syncsafe(d, start + 6) !== size) return null;
  const t = parseId3v2(d, start);
  if (!t) return null;
  return id3TagAsTrailing(t, 'id3v2');
}

/** Text and binary items of an ID3v2 tag in the TrailingTag shape. */
export function id3TagAsTrailing(t: Id3v2Tag, kind: TrailingTag['kind'] = 'id3v2'): TrailingTag {
  const tt: TrailingTag = { kind, offset: t.offset, length: t.length, text: [], binary: [], id3v2: t };
  for (const fr of t.frames) {
    if (fr.text !== undefined) tt.text.push(`${fr.id}: ${fr.text}`);
    else tt.binary.push({ name: fr.id, offset: fr.offset, data: fr.data });
  }
  return tt;
}

/**
 * Peel the tags that may legitimately sit at the end of `d[..end)` (in any stacking order writers use: APE or
 * Lyrics3 before ID3v1, an appended ID3v2 last). Returns the tags found and where the audio ends without them.
 */
export function findTrailingTags(d: Uint8Array, end = d.length): { audioEnd: number; tags: TrailingTag[] } {
  const tags: TrailingTag[] = [];
  let e = end;
  for (let round = 0; round < 6; round++) {
    const t = id3v1At(d, e) ?? apeAt(d, e) ?? lyrics3At(d, e) ?? id3v2FooterAt(d, e);
    if (!t) break;
    tags.push(t);
    e = t.offset;
    if (t.kind === 'id3v1' && e - 227 >= 0 && ascii(d, e - 227, 'TAG+')) {
      tags.push({ kind: 'id3v1-ext', offset: e - 227, length: 227, text: [latin1(d.subarray(e - 223, e - 227 + 186))], binary: [] });
      e -= 227;
    }
  }
  return { audioEnd: e, tags };
}

/** Id3v1 parse exposed for callers that want the fields. */
export function parseId3v1(d: Uint8Array): Id3v1Tag | null {
  const t = id3v1At(d, d.length);
  if (!t) return null;
  const fields: Record<string, string> = {};
  for (const line of t.text) {
    const k = line.indexOf(': ');
    fields[line.slice(0, k)] = line.slice(k + 2);
  }
  return { offset: t.offset, length: 128, fields };
}
