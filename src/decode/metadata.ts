/**
 * Where a media file keeps its metadata: XMP packets, ICC profiles, ID3 tags, PNG text chunks, JPEG APP/COM segments,
 * RIFF INFO/bext/iXML chunks, AIFF text chunks, FLAC metadata blocks, Ogg comment headers, GIF comment/application
 * extensions and TIFF tag values. URLs and notices are normal there.
 *
 * Found by walking the container's own structure, never by searching for markers: a marker (`<?xpacket begin`,
 * `ID3`, `APETAGEX`, `acsp`, `OpusTags`) can be written anywhere by anyone, and a region that is called metadata is
 * judged more leniently, so a payload wrapped in fake markers inside sample or pixel data must stay sample or pixel
 * data. Only formats without a walker fall back to complete XMP packets found by marker, and those are `weak`: they
 * excuse ordinary links and numbers, nothing that is dangerous. Never by names of vendors or packages either.
 *
 * The containers that have a parser in src/formats (PNG, JPEG, GIF, BMP, RIFF/AIFF, FLAC, Ogg, MP3/ID3) are walked by
 * that parser, the one their analyzer uses, so that the two never disagree on hostile input about what is metadata
 * and what is sample or pixel data. MIDI, TIFF and PSD are walked here. Every walk is bounded by the real buffer and a
 * step count; nothing here reads the whole file unless the format has no walker.
 */

import { parseBmp } from '../formats/bmp.js';
import { parseFlac } from '../formats/flac.js';
import { parseGif } from '../formats/gif.js';
import { findTrailingTags, isId3v2At, parseId3v2, type TrailingTag } from '../formats/id3.js';
import { parseJpeg } from '../formats/jpeg.js';
import { parseMp3 } from '../formats/mp3.js';
import { parseOgg } from '../formats/ogg.js';
import { parsePng } from '../formats/png.js';
import { parseRiff } from '../formats/riff.js';

export interface Span {
  start: number;
  end: number;
  /** What the region is, in words: "XMP metadata", "ICC profile", ... */
  what: string;
  /** Found by a marker search rather than by the container's structure: excuses only harmless content. */
  weak?: boolean;
}

const MAX_SPANS = 256;
/** An XMP packet found by its markers in a format without a walker is at most this long. */
const MAX_XMP_PACKET = 4 * 1024 * 1024;

function ascii(d: Uint8Array, off: number, s: string): boolean {
  if (off < 0 || off + s.length > d.length) return false;
  for (let i = 0; i < s.length; i++) if (d[off + i] !== s.charCodeAt(i)) return false;
  return true;
}

const be16 = (d: Uint8Array, i: number): number => (i + 2 <= d.length ? (d[i] << 8) | d[i + 1] : 0);
const le16 = (d: Uint8Array, i: number): number => (i + 2 <= d.length ? d[i] | (d[i + 1] << 8) : 0);
const be32 = (d: Uint8Array, i: number): number => (i + 4 <= d.length ? ((d[i] << 24) | (d[i + 1] << 16) | (d[i + 2] << 8) | d[i + 3]) >>> 0 : 0);
const le32 = (d: Uint8Array, i: number): number => (i + 4 <= d.length ? (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16) | (d[i + 3] << 24)) >>> 0 : 0);

type Add = (start: number, end: number, what: string, weak?: boolean) => void;

/** Metadata regions of `d`, by structure. `format` is the detected format (png, jpeg, wav, ...). */
export function metadataSpans(d: Uint8Array, format: string): Span[] {
  const spans: Span[] = [];
  const add: Add = (start, end, what, weak) => {
    start = Math.max(0, start);
    end = Math.min(d.length, end);
    if (spans.length < MAX_SPANS && end > start) spans.push(weak ? { start, end, what, weak } : { start, end, what });
  };
  try {
    switch (format) {
      case 'png':
        pngSpans(d, add);
        break;
      case 'jpeg':
        jpegSpans(d, add);
        break;
      case 'wav':
      case 'avi':
      case 'webp':
      case 'aiff':
        riffSpans(d, add);
        break;
      case 'flac':
        flacSpans(d, add);
        break;
      case 'mp3':
        mp3Spans(d, add);
        break;
      case 'ogg':
        oggSpans(d, add);
        break;
      case 'gif':
        gifSpans(d, add);
        break;
      case 'mid':
      case 'midi':
        midiSpans(d, add);
        break;
      case 'tif':
      case 'tiff':
        tiffSpans(d, add);
        break;
      case 'psd':
        psdSpans(d, add);
        break;
      case 'bmp':
        bmpSpans(d, add);
        xmpPackets(d, add);
        break;
      default:
        xmpPackets(d, add);
    }
  } catch {
    // a span finder must never break the analysis; missing spans only make reports more cautious
  }
  return spans;
}

/** Complete XMP packets (`<?xpacket begin` ... `<?xpacket end`), found by marker: weak spans. */
function xmpPackets(d: Uint8Array, add: Add): void {
  const buf = Buffer.from(d.buffer, d.byteOffset, d.length);
  let s = buf.indexOf('<?xpacket begin', 0, 'latin1');
  for (let k = 0; k < 64 && s >= 0; k++) {
    const e = buf.indexOf('<?xpacket end', s, 'latin1');
    if (e < 0) return;
    const close = buf.indexOf('?>', e, 'latin1');
    const end = close < 0 ? e + 13 : close + 2;
    if (end - s <= MAX_XMP_PACKET) add(s, end, 'XMP metadata', true);
    s = buf.indexOf('<?xpacket begin', end, 'latin1');
  }
}

const PNG_META = new Set(['tEXt', 'zTXt', 'iTXt', 'iCCP', 'eXIf', 'tIME', 'pHYs', 'sRGB', 'gAMA', 'cHRM', 'sBIT', 'bKGD']);

function pngSpans(d: Uint8Array, add: Add): void {
  for (const c of parsePng(d).chunks) if (PNG_META.has(c.type)) add(c.offset, c.end, `PNG ${c.type} chunk`);
}

/** APPn and COM segments of the main image and of the complete images appended to it (thumbnails, MPF frames). */
function jpegSpans(d: Uint8Array, add: Add): void {
  const s = parseJpeg(d);
  for (const img of [s.main, ...s.appended]) {
    for (const g of img.segments) {
      const m = g.marker;
      if ((m >= 0xe0 && m <= 0xef) || m === 0xfe) add(g.offset, g.dataOffset + g.dataLength, m === 0xfe ? 'JPEG comment' : `JPEG APP${m - 0xe0} segment`);
    }
  }
}

const RIFF_META = new Set(['LIST', 'bext', 'iXML', '_PMX', 'id3 ', 'ID3 ', 'cue ', 'smpl', 'acid', 'DISP', 'inst', 'XMP ', 'EXIF', 'ICCP', 'axml', 'cart', 'umid']);
const AIFF_META = new Set(['NAME', 'AUTH', '(c) ', 'ANNO', 'COMT', 'ID3 ', 'id3 ', 'APPL', 'MARK', 'INST', 'MIDI', 'AESD']);

/**
 * Top-level metadata chunks of a RIFF/RIFX/RF64 (WAVE, AVI, WebP) or FORM (AIFF/AIFC) container, and the tags that
 * taggers append after a WAVE/AIFF container (an ID3v2 tag, then ID3v1/APE/Lyrics3), as the audio analyzer reads them.
 */
function riffSpans(d: Uint8Array, add: Add): void {
  const p = parseRiff(d);
  const aiff = p.container === 'FORM';
  for (const ch of p.chunks) {
    if (ch.parent !== undefined) continue;
    const end = ch.dataOffset + ch.size;
    if (aiff) {
      if (AIFF_META.has(ch.id)) add(ch.offset, end, `AIFF ${ch.id.trim()} chunk`);
    } else if (RIFF_META.has(ch.id)) {
      // a LIST of movie or audio data is not metadata; INFO and adtl lists are
      const listType = ch.id === 'LIST' ? (ch.listType ?? '') : '';
      if (ch.id !== 'LIST' || listType === 'INFO' || listType === 'adtl' || listType === 'exif') add(ch.offset, end, `RIFF ${ch.id.trim()}${listType ? ' ' + listType : ''} chunk`);
    }
  }
  if (p.trailing && (p.formType === 'WAVE' || aiff)) {
    const off = p.trailing.offset;
    const tail = d.subarray(off);
    const lead = isId3v2At(tail, 0) ? parseId3v2(tail, 0) : null;
    if (lead) add(off, off + lead.length, 'ID3 tag');
    const t = findTrailingTags(tail, tail.length);
    for (const tag of t.tags) addTag(off, tag, add);
  }
}

const TAG_WHAT: Record<TrailingTag['kind'], string> = { id3v1: 'ID3v1 tag', 'id3v1-ext': 'ID3v1 tag', ape: 'APE tag', lyrics3: 'Lyrics3 tag', id3v2: 'ID3 tag' };

function addTag(base: number, t: TrailingTag, add: Add): void {
  add(base + t.offset, base + t.offset + t.length, TAG_WHAT[t.kind]);
}

/** Metadata blocks (all but STREAMINFO), an ID3v2 tag in front of `fLaC` and the tags that end the file. */
function flacSpans(d: Uint8Array, add: Add): void {
  const p = parseFlac(d, { frames: false });
  if (p.id3v2) add(p.id3v2.offset, p.id3v2.offset + p.id3v2.length, 'ID3 tag');
  for (const b of p.blocks) if (b.type !== 0) add(b.offset, b.dataOffset + b.length, 'FLAC metadata block');
  for (const t of p.endTags) addTag(0, t, add);
}

/** ID3v2 tags at the start (writers sometimes stack them), and the tags that end a file: ID3v1, APE, Lyrics3. */
function mp3Spans(d: Uint8Array, add: Add): void {
  const p = parseMp3(d);
  for (const t of p.id3v2) add(t.offset, t.offset + t.length, 'ID3 tag');
  // a FLAC stream behind the ID3 tag: its metadata is FLAC's
  if (p.flacAt !== null) {
    flacSpans(d, add);
    return;
  }
  for (const t of p.endTags) addTag(0, t, add);
}

/**
 * Ogg comment headers: the comment packet (the second one) of a Vorbis, Opus, Speex, Theora or Ogg-FLAC stream, from
 * its first byte to its last (cover art makes it span many pages, whose headers lie in between).
 */
function oggSpans(d: Uint8Array, add: Add): void {
  for (const s of parseOgg(d).streams) {
    const pk = s.headerPackets[1];
    if (s.comment && pk) add(pk.offset, pk.end, 'Ogg comment header');
  }
}

/** GIF comment, plain-text and application (XMP, ICC) extensions. */
function gifSpans(d: Uint8Array, add: Add): void {
  for (const e of parseGif(d).extensions) {
    const end = e.chain.offset + e.chain.length;
    if (e.label === 0xfe || e.label === 0x01) add(e.offset, end, e.label === 0xfe ? 'GIF comment' : 'GIF plain text');
    else if (e.label === 0xff && (e.appId === 'XMP DataXMP' || e.appId === 'ICCRGBG1012')) add(e.offset, end, 'GIF application extension');
  }
}

/** MIDI meta events FF 01..07 (text, copyright, track name, instrument, lyric, marker, cue point). */
function midiSpans(d: Uint8Array, add: Add): void {
  let found = 0;
  for (let i = 0; i + 3 < d.length && found < 4096; i++) {
    if (d[i] !== 0xff || d[i + 1] < 1 || d[i + 1] > 7) continue;
    // variable-length quantity, at most 4 bytes
    let len = 0;
    let p = i + 2;
    for (let k = 0; k < 4 && p < d.length; k++, p++) {
      len = (len << 7) | (d[p] & 0x7f);
      if (!(d[p] & 0x80)) {
        p++;
        break;
      }
    }
    if (p + len <= d.length) {
      add(i, p + len, 'MIDI text event');
      found++;
    }
  }
}

/** TIFF tags whose values are metadata: text tags, XMP, IPTC, Photoshop resources, ICC profile. */
const TIFF_META_TAGS = new Set([269, 270, 271, 272, 285, 305, 306, 315, 316, 33432, 700, 33723, 34377, 34675, 37510, 40091, 40092, 40093, 40094, 40095]);
const TIFF_TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4, 0, 0, 8, 8, 8];

/** The header and IFDs of a TIFF, and the values of its metadata tags (IFD0 chain, EXIF and GPS IFDs). */
function tiffSpans(d: Uint8Array, add: Add): void {
  const le = ascii(d, 0, 'II*\0');
  if (!le && !ascii(d, 0, 'MM\0*')) return;
  const r16 = le ? le16 : be16;
  const r32 = le ? le32 : be32;
  add(0, 8, 'TIFF header');
  const queue = [r32(d, 4)];
  const seen = new Set<number>();
  for (let k = 0; k < 64 && queue.length; k++) {
    const ifd = queue.shift()!;
    if (ifd < 8 || ifd + 2 > d.length || seen.has(ifd)) continue;
    seen.add(ifd);
    const n = Math.min(r16(d, ifd), 4096);
    add(ifd, ifd + 2 + n * 12 + 4, 'TIFF tags');
    for (let e = 0; e < n; e++) {
      const q = ifd + 2 + e * 12;
      if (q + 12 > d.length) break;
      const tag = r16(d, q);
      const type = r16(d, q + 2);
      const count = r32(d, q + 4);
      const bytes = (TIFF_TYPE_SIZE[type] ?? 0) * count;
      if (tag === 34665 || tag === 34853) queue.push(r32(d, q + 8));
      else if (bytes > 4 && (type === 2 || TIFF_META_TAGS.has(tag))) {
        const off = r32(d, q + 8);
        if (off + bytes <= d.length) add(off, off + bytes, `TIFF tag ${tag}`);
      }
    }
    const next = ifd + 2 + n * 12;
    if (next + 4 <= d.length) queue.push(r32(d, next));
  }
}

/** Photoshop: the image resources section (XMP, ICC profile, IPTC, thumbnails, print settings) after the header. */
function psdSpans(d: Uint8Array, add: Add): void {
  if (!ascii(d, 0, '8BPS') || d.length < 34) return;
  const res = 30 + be32(d, 26); // after the colour mode data
  if (res + 4 > d.length) return;
  add(res, res + 4 + be32(d, res), 'PSD image resources');
}

/** BMP: an ICC profile embedded by a V5 header, when it holds an ICC header. */
function bmpSpans(d: Uint8Array, add: Add): void {
  const pr = parseBmp(d).profile;
  if (pr && pr.length >= 128 && ascii(d, pr.offset + 36, 'acsp')) add(pr.offset, pr.offset + pr.length, 'ICC profile');
}
