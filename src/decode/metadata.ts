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
 * Every walk is bounded by the real buffer and a step count; nothing here reads the whole file unless the format has
 * no walker.
 */

export interface Span {
  start: number;
  end: number;
  /** What the region is, in words: "XMP metadata", "ICC profile", ... */
  what: string;
  /** Found by a marker search rather than by the container's structure: excuses only harmless content. */
  weak?: boolean;
}

const MAX_SPANS = 256;
const MAX_STEPS = 10_000;
/** Pages of an Ogg stream walked for comment headers (they come first; chained streams restart them). */
const MAX_OGG_PAGES = 500_000;
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
const fourcc = (d: Uint8Array, p: number): string => (p + 4 <= d.length ? String.fromCharCode(d[p], d[p + 1], d[p + 2], d[p + 3]) : '');

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
        riffSpans(d, add);
        break;
      case 'aiff':
        aiffSpans(d, add);
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
  let p = 8;
  for (let k = 0; k < MAX_STEPS && p + 12 <= d.length; k++) {
    const len = be32(d, p);
    const type = fourcc(d, p + 4);
    const end = p + 12 + len;
    if (len > d.length) break;
    if (PNG_META.has(type)) add(p, end, `PNG ${type} chunk`);
    if (type === 'IEND') break;
    p = end;
  }
}

function jpegSpans(d: Uint8Array, add: Add): void {
  let p = 2;
  for (let k = 0; k < MAX_STEPS && p + 4 <= d.length; k++) {
    if (d[p] !== 0xff) break;
    const m = d[p + 1];
    if (m === 0xd8 || m === 0x01 || m === 0xff || (m >= 0xd0 && m <= 0xd7)) {
      p += m === 0xff ? 1 : 2; // fill bytes before a marker
      continue;
    }
    if (m === 0xda || m === 0xd9) break; // scan data follows
    const len = be16(d, p + 2);
    if (len < 2) break;
    if ((m >= 0xe0 && m <= 0xef) || m === 0xfe) add(p, p + 2 + len, m === 0xfe ? 'JPEG comment' : `JPEG APP${m - 0xe0} segment`);
    p += 2 + len;
  }
}

const RIFF_META = new Set(['LIST', 'bext', 'iXML', '_PMX', 'id3 ', 'ID3 ', 'cue ', 'smpl', 'acid', 'DISP', 'inst', 'XMP ', 'EXIF', 'ICCP', 'axml', 'cart', 'umid']);

function riffSpans(d: Uint8Array, add: Add): void {
  const r32 = ascii(d, 0, 'RIFX') ? be32 : le32;
  let p = 12;
  for (let k = 0; k < MAX_STEPS && p + 8 <= d.length; k++) {
    const id = fourcc(d, p);
    const size = r32(d, p + 4);
    const end = p + 8 + size + (size & 1);
    if (RIFF_META.has(id)) {
      // a LIST of movie or audio data is not metadata; INFO and adtl lists are
      const listType = id === 'LIST' ? fourcc(d, p + 8) : '';
      if (id !== 'LIST' || listType === 'INFO' || listType === 'adtl' || listType === 'exif') add(p, end, `RIFF ${id.trim()}${listType ? ' ' + listType : ''} chunk`);
    }
    if (end <= p || end > d.length) break;
    p = end;
  }
}

const AIFF_META = new Set(['NAME', 'AUTH', '(c) ', 'ANNO', 'COMT', 'ID3 ', 'id3 ', 'APPL', 'MARK', 'INST', 'MIDI', 'AESD']);

function aiffSpans(d: Uint8Array, add: Add): void {
  let p = 12;
  for (let k = 0; k < MAX_STEPS && p + 8 <= d.length; k++) {
    const id = fourcc(d, p);
    const size = be32(d, p + 4);
    const end = p + 8 + size + (size & 1);
    if (AIFF_META.has(id)) add(p, end, `AIFF ${id.trim()} chunk`);
    if (end <= p || end > d.length) break;
    p = end;
  }
}

function flacSpans(d: Uint8Array, add: Add): void {
  let p = 4;
  for (let k = 0; k < 256 && p + 4 <= d.length; k++) {
    const last = d[p] & 0x80;
    const len = (d[p + 1] << 16) | (d[p + 2] << 8) | d[p + 3];
    if ((d[p] & 0x7f) !== 0) add(p, p + 4 + len, 'FLAC metadata block');
    p += 4 + len;
    if (last) break;
  }
}

const syncsafe = (d: Uint8Array, i: number): number => ((d[i] & 0x7f) << 21) | ((d[i + 1] & 0x7f) << 14) | ((d[i + 2] & 0x7f) << 7) | (d[i + 3] & 0x7f);

function id3v2At(d: Uint8Array, p: number): number {
  if (!(ascii(d, p, 'ID3') && p + 10 <= d.length && d[p + 3] >= 2 && d[p + 3] <= 4 && d[p + 4] !== 0xff)) return -1;
  if ((d[p + 6] | d[p + 7] | d[p + 8] | d[p + 9]) & 0x80) return -1;
  return p + 10 + syncsafe(d, p + 6) + (d[p + 5] & 0x10 ? 10 : 0);
}

/** ID3v2 tags at the start (writers sometimes stack them), and the tags that end a file: ID3v1, APE, Lyrics3. */
function mp3Spans(d: Uint8Array, add: Add): void {
  let p = 0;
  for (let k = 0; k < 8; k++) {
    const end = id3v2At(d, p);
    if (end < 0) break;
    add(p, end, 'ID3 tag');
    p = end;
  }
  let e = d.length;
  for (let k = 0; k < 6 && e > 0; k++) {
    if (e >= 128 && ascii(d, e - 128, 'TAG')) {
      add(e - 128, e, 'ID3v1 tag');
      e -= 128;
      if (e >= 227 && ascii(d, e - 227, 'TAG+')) {
        add(e - 227, e, 'ID3v1 tag');
        e -= 227;
      }
      continue;
    }
    if (e >= 32 && ascii(d, e - 32, 'APETAGEX')) {
      // the footer's size covers the items and the footer; a header of 32 bytes may precede the items
      const size = le32(d, e - 32 + 12);
      const items = e - size;
      if (size < 32 || items < 0) break;
      const start = items >= 32 && ascii(d, items - 32, 'APETAGEX') ? items - 32 : items;
      add(start, e, 'APE tag');
      e = start;
      continue;
    }
    if (e >= 15 && ascii(d, e - 9, 'LYRICS200')) {
      const size = Number(Buffer.from(d.subarray(e - 15, e - 9)).toString('latin1'));
      const start = e - 15 - size;
      if (!Number.isInteger(size) || start < 0 || !ascii(d, start, 'LYRICSBEGIN')) break;
      add(start, e, 'Lyrics3 tag');
      e = start;
      continue;
    }
    break;
  }
}

/**
 * Ogg comment headers: the comment packet of a Vorbis, Opus, Theora or Ogg-FLAC stream, from the page where it
 * starts to the page where it ends (cover art makes it span many pages). Pages are walked by their own sizes.
 */
function oggSpans(d: Uint8Array, add: Add): void {
  let p = 0;
  // serial -> a comment packet that continues on the stream's next page: where it starts, where its last page ends
  const open = new Map<number, { start: number; end: number }>();
  const flacStreams = new Set<number>();
  for (let k = 0; k < MAX_OGG_PAGES && p + 27 <= d.length; k++) {
    if (!ascii(d, p, 'OggS') || d[p + 4] !== 0) break;
    const flags = d[p + 5];
    const serial = le32(d, p + 14);
    const nseg = d[p + 26];
    const body = p + 27 + nseg;
    if (body > d.length) break;
    let size = 0;
    // end of the page's first packet (or -1 when it continues on the next page)
    let firstEnd = -1;
    for (let i = 0; i < nseg; i++) {
      const l = d[p + 27 + i];
      size += l;
      if (l < 255 && firstEnd < 0) firstEnd = body + size;
    }
    const end = body + size;
    if (flags & 0x02 && ascii(d, body, '\x7fFLAC')) flacStreams.add(serial);
    const started = open.get(serial);
    if (started !== undefined) {
      open.delete(serial);
      // only a continuation page carries on the open packet; anything else ends it where it was
      if (!(flags & 0x01)) add(started.start, started.end, 'Ogg comment header');
      else if (firstEnd < 0) open.set(serial, { start: started.start, end });
      else add(started.start, firstEnd, 'Ogg comment header');
    } else if (
      !(flags & 0x01) &&
      (ascii(d, body, '\x03vorbis') || ascii(d, body, 'OpusTags') || ascii(d, body, '\x81theora') || (flacStreams.has(serial) && (d[body] & 0x7f) === 4))
    ) {
      if (firstEnd < 0) open.set(serial, { start: p, end });
      else add(p, firstEnd, 'Ogg comment header');
    }
    p = end;
  }
  // a packet still open when the walk ends covers the pages that were seen
  for (const o of open.values()) add(o.start, o.end, 'Ogg comment header');
}

/** GIF comment, plain-text and application (XMP, ICC) extensions, walked block by block. */
function gifSpans(d: Uint8Array, add: Add): void {
  if (d.length < 13) return;
  let p = 13;
  if (d[10] & 0x80) p += 3 * (1 << ((d[10] & 7) + 1));
  const skipChain = (q: number): number => {
    for (let n = 0; n < 1_000_000 && q < d.length; n++) {
      const size = d[q];
      if (size === 0) return q + 1;
      q += 1 + size;
    }
    return Math.min(q, d.length);
  };
  for (let k = 0; k < 50_000 && p < d.length; k++) {
    const b = d[p];
    if (b === 0x21) {
      const label = d[p + 1];
      const end = skipChain(p + 2);
      if (label === 0xfe || label === 0x01) add(p, end, label === 0xfe ? 'GIF comment' : 'GIF plain text');
      else if (label === 0xff && d[p + 2] === 11 && (ascii(d, p + 3, 'XMP DataXMP') || ascii(d, p + 3, 'ICCRGBG1012'))) add(p, end, 'GIF application extension');
      p = end;
    } else if (b === 0x2c) {
      if (p + 10 > d.length) return;
      let q = p + 10;
      if (d[p + 9] & 0x80) q += 3 * (1 << ((d[p + 9] & 7) + 1));
      p = skipChain(q + 1);
    } else return; // trailer or not a block
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

/** BMP: an ICC profile embedded by a V5 header (its offset counts from the start of the info header). */
function bmpSpans(d: Uint8Array, add: Add): void {
  if (!ascii(d, 0, 'BM') || le32(d, 14) < 124 || le32(d, 14 + 56) !== 0x4d424544) return; // 'MBED': embedded profile
  const off = 14 + le32(d, 14 + 112);
  const size = le32(d, 14 + 116);
  if (size >= 128 && off + size <= d.length && ascii(d, off + 36, 'acsp')) add(off, off + size, 'ICC profile');
}
