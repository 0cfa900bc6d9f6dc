/**
 * Where a media file keeps its metadata: XMP packets, ICC profiles, ID3 tags, PNG text chunks, JPEG APP/COM segments,
 * RIFF INFO/bext/iXML chunks, FLAC metadata blocks and Vorbis/Opus comments. URLs and notices are normal there.
 * Found by structure (bounded walks and marker searches), never by names of vendors or packages.
 */

export interface Span {
  start: number;
  end: number;
  /** What the region is, in words: "XMP metadata", "ICC profile", ... */
  what: string;
}

const MAX_SPANS = 256;
const MAX_MARKER_HITS = 64;

function ascii(d: Uint8Array, off: number, s: string): boolean {
  if (off < 0 || off + s.length > d.length) return false;
  for (let i = 0; i < s.length; i++) if (d[off + i] !== s.charCodeAt(i)) return false;
  return true;
}

const be32 = (d: Uint8Array, i: number): number => (i + 4 <= d.length ? ((d[i] << 24) | (d[i + 1] << 16) | (d[i + 2] << 8) | d[i + 3]) >>> 0 : 0);
const le32 = (d: Uint8Array, i: number): number => (i + 4 <= d.length ? (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16) | (d[i + 3] << 24)) >>> 0 : 0);

/** Every offset of an ASCII marker, bounded. */
function findAll(d: Uint8Array, marker: string, max = MAX_MARKER_HITS): number[] {
  const buf = Buffer.from(d.buffer, d.byteOffset, d.length);
  const out: number[] = [];
  let i = buf.indexOf(marker, 0, 'latin1');
  while (i >= 0 && out.length < max) {
    out.push(i);
    i = buf.indexOf(marker, i + 1, 'latin1');
  }
  return out;
}

function indexOf(d: Uint8Array, marker: string, from: number): number {
  return Buffer.from(d.buffer, d.byteOffset, d.length).indexOf(marker, from, 'latin1');
}

/** Metadata regions of `d`, by structure. `format` is the detected format (png, jpeg, wav, ...). */
export function metadataSpans(d: Uint8Array, format: string): Span[] {
  const spans: Span[] = [];
  const add = (start: number, end: number, what: string): void => {
    if (spans.length < MAX_SPANS && end > start) spans.push({ start: Math.max(0, start), end: Math.min(d.length, end), what });
  };
  try {
    // XMP packets and bare RDF, in any container
    for (const s of [...findAll(d, '<?xpacket begin'), ...findAll(d, '<x:xmpmeta'), ...findAll(d, '<rdf:RDF')]) {
      let e = indexOf(d, '<?xpacket end', s);
      if (e < 0) e = indexOf(d, '</x:xmpmeta>', s);
      if (e < 0) e = indexOf(d, '</rdf:RDF>', s);
      add(s, e < 0 ? s + 256 * 1024 : e + 64, 'XMP metadata');
    }
    // ICC profiles: 'acsp' at offset 36 of the profile header, the profile size in the first 4 bytes
    for (const a of findAll(d, 'acsp')) {
      const st = a - 36;
      if (st < 0) continue;
      const size = be32(d, st);
      if (size >= 128 && size <= d.length - st) add(st, st + size, 'ICC profile');
    }
    // ID3v2 tags anywhere (at the start of MP3s, in RIFF 'id3 ' chunks, in AIFF 'ID3 ' chunks)
    for (const s of findAll(d, 'ID3')) {
      const v = d[s + 3];
      if (v < 2 || v > 4 || d[s + 4] === 0xff) continue;
      const sz = ((d[s + 6] & 0x7f) << 21) | ((d[s + 7] & 0x7f) << 14) | ((d[s + 8] & 0x7f) << 7) | (d[s + 9] & 0x7f);
      if ((d[s + 6] | d[s + 7] | d[s + 8] | d[s + 9]) & 0x80) continue;
      add(s, s + 10 + sz, 'ID3 tag');
    }
    if (d.length >= 128 && ascii(d, d.length - 128, 'TAG')) add(d.length - 128, d.length, 'ID3v1 tag');
    for (const s of findAll(d, 'APETAGEX', 4)) add(Math.max(0, s - 64 * 1024), s + 32, 'APE tag');
    // Vorbis / Opus comment headers (OGG, FLAC-in-OGG)
    for (const s of [...findAll(d, '\x03vorbis', 8), ...findAll(d, 'OpusTags', 8)]) add(s, s + 64 * 1024, 'Vorbis comments');

    if (format === 'png') pngSpans(d, add);
    else if (format === 'jpeg') jpegSpans(d, add);
    else if (format === 'wav' || format === 'avi' || format === 'webp') riffSpans(d, add);
    else if (format === 'flac') flacSpans(d, add);
    else if (format === 'mid' || format === 'midi') midiSpans(d, add);
    else if (format === 'tif' || format === 'tiff') add(0, Math.min(d.length, 64 * 1024), 'TIFF header and tags');
  } catch {
    // a span finder must never break the analysis; missing spans only make reports more cautious
  }
  return spans;
}

type Add = (start: number, end: number, what: string) => void;

function pngSpans(d: Uint8Array, add: Add): void {
  let p = 8;
  for (let k = 0; k < 10_000 && p + 12 <= d.length; k++) {
    const len = be32(d, p);
    const type = String.fromCharCode(d[p + 4], d[p + 5], d[p + 6], d[p + 7]);
    const end = p + 12 + len;
    if (len > d.length) break;
    if (['tEXt', 'zTXt', 'iTXt', 'iCCP', 'eXIf', 'tIME', 'pHYs', 'sRGB', 'gAMA', 'cHRM', 'sBIT', 'bKGD'].includes(type)) add(p, end, `PNG ${type} chunk`);
    if (type === 'IEND') break;
    p = end;
  }
}

function jpegSpans(d: Uint8Array, add: Add): void {
  let p = 2;
  for (let k = 0; k < 10_000 && p + 4 <= d.length; k++) {
    if (d[p] !== 0xff) break;
    const m = d[p + 1];
    if (m === 0xd8 || m === 0x01 || (m >= 0xd0 && m <= 0xd7)) {
      p += 2;
      continue;
    }
    if (m === 0xda || m === 0xd9) break; // scan data follows
    const len = (d[p + 2] << 8) | d[p + 3];
    if (len < 2) break;
    if ((m >= 0xe0 && m <= 0xef) || m === 0xfe) add(p, p + 2 + len, m === 0xfe ? 'JPEG comment' : `JPEG APP${m - 0xe0} segment`);
    p += 2 + len;
  }
}

const RIFF_META = new Set(['LIST', 'bext', 'iXML', '_PMX', 'id3 ', 'ID3 ', 'cue ', 'smpl', 'acid', 'DISP', 'inst', 'XMP ', 'EXIF', 'ICCP', 'axml', 'cart', 'umid']);

function riffSpans(d: Uint8Array, add: Add): void {
  let p = 12;
  for (let k = 0; k < 10_000 && p + 8 <= d.length; k++) {
    const id = String.fromCharCode(d[p], d[p + 1], d[p + 2], d[p + 3]);
    const size = le32(d, p + 4);
    const end = p + 8 + size + (size & 1);
    if (RIFF_META.has(id)) {
      // a LIST of movie or audio data is not metadata; INFO and adtl lists are
      const listType = id === 'LIST' ? String.fromCharCode(d[p + 8], d[p + 9], d[p + 10], d[p + 11]) : '';
      if (id !== 'LIST' || listType === 'INFO' || listType === 'adtl' || listType === 'exif') add(p, end, `RIFF ${id.trim()}${listType ? ' ' + listType : ''} chunk`);
    }
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
