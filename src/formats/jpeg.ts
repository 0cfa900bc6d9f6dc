/**
 * JPEG segment walker. Pure and bounded: never throws, never trusts a segment length beyond the buffer, caps the
 * number of segments. Entropy-coded data after SOS is skipped the way a decoder does (0xFF00 is a stuffed byte,
 * 0xFFD0..D7 are restart markers, 0xFF fill bytes may precede a marker). The walk ends at EOI; whatever follows is
 * reported as the trailer, with any complete JPEG images appended there (camera thumbnails, MPF frames) walked too.
 */

export const JPEG_MAX_SEGMENTS = 20_000;
/** Appended images followed at most (MPF files carry a handful). */
export const JPEG_MAX_APPENDED = 16;

export interface JpegSegment {
  /** Marker byte (0xE1 for APP1, 0xDA for SOS, 0xFE for COM, ...). */
  marker: number;
  /** Offset of the 0xFF that starts the marker. */
  offset: number;
  /** Offset of the segment data (after the 2-byte length field). */
  dataOffset: number;
  /** Bytes of data present (declared length - 2, cut at the end of the buffer). */
  dataLength: number;
  /** APPn identifier (the NUL-terminated ASCII string that starts the data), '' for other segments. */
  ident: string;
  /** For SOS: offset and length of the entropy-coded data that follows the header. */
  scan?: { offset: number; length: number };
}

export type JpegAnomalyCode =
  | 'bad-signature'
  | 'bad-length'
  | 'truncated'
  | 'stray-bytes'
  | 'bad-marker'
  | 'missing-eoi'
  | 'no-scan'
  | 'too-many-segments';

export interface JpegAnomaly {
  code: JpegAnomalyCode;
  message: string;
  offset: number;
  length?: number;
}

export interface JpegFrame {
  width: number;
  height: number;
  components: number;
  precision: number;
  /** SOF marker (0xC0 baseline, 0xC2 progressive, ...). */
  marker: number;
}

export interface JpegImage {
  start: number;
  /** Offset just past EOI (or where the walk stopped). */
  end: number;
  segments: JpegSegment[];
  frame: JpegFrame | null;
  eoi: boolean;
  /** Bytes between segments that are neither markers nor fill (offset, length). */
  stray: Array<{ offset: number; length: number }>;
}

export interface JpegStructure {
  signature: boolean;
  /** The main image. */
  main: JpegImage;
  /** Complete JPEG images found right after the main one (possibly after zero padding). */
  appended: JpegImage[];
  /** Bytes after the main image and any appended images; null when none. */
  trailing: { offset: number; length: number } | null;
  capped: boolean;
  anomalies: JpegAnomaly[];
}

const be16 = (d: Uint8Array, o: number): number => (d[o] << 8) | d[o + 1];

/** Markers that stand alone (no length field). */
function standalone(m: number): boolean {
  return m === 0x01 || (m >= 0xd0 && m <= 0xd9);
}

function isSof(m: number): boolean {
  return m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
}

function readIdent(d: Uint8Array, off: number, len: number): string {
  let s = '';
  const n = Math.min(len, 40);
  for (let i = 0; i < n; i++) {
    const c = d[off + i];
    if (c === 0) break;
    if (c < 0x20 || c > 0x7e) return s;
    s += String.fromCharCode(c);
  }
  return s;
}

/**
 * End of the entropy-coded data that starts at `pos`: the offset of the 0xFF of the first real marker, or the end of
 * the buffer. Uses indexOf so that megabytes of scan data cost native speed.
 */
export function scanEnd(d: Uint8Array, pos: number): number {
  let i = pos;
  while (i < d.length) {
    const ff = d.indexOf(0xff, i);
    if (ff < 0 || ff + 1 >= d.length) return d.length;
    let j = ff + 1;
    while (j < d.length && d[j] === 0xff) j++; // fill bytes
    if (j >= d.length) return d.length;
    const m = d[j];
    if (m === 0x00 || (m >= 0xd0 && m <= 0xd7)) {
      i = j + 1;
      continue;
    }
    return j - 1; // the 0xFF directly before the marker byte
  }
  return d.length;
}

interface WalkState {
  anomalies: JpegAnomaly[];
  segmentBudget: number;
  capped: boolean;
}

function walkImage(d: Uint8Array, start: number, st: WalkState): JpegImage {
  const img: JpegImage = { start, end: start + 2, segments: [], frame: null, eoi: false, stray: [] };
  const anomaly = (code: JpegAnomalyCode, message: string, offset: number, length?: number): void => {
    if (st.anomalies.length < 64) st.anomalies.push(length === undefined ? { code, message, offset } : { code, message, offset, length });
  };
  let pos = start + 2; // after SOI
  let sawScan = false;
  while (pos < d.length) {
    if (st.segmentBudget <= 0) {
      st.capped = true;
      anomaly('too-many-segments', `more than ${JPEG_MAX_SEGMENTS} segments; the rest was not walked`, pos);
      img.end = pos;
      return img;
    }
    if (d[pos] !== 0xff) {
      // bytes where a marker should be: skip to the next plausible marker and record what was skipped
      let j = pos;
      for (;;) {
        j = d.indexOf(0xff, j);
        if (j < 0 || j + 1 >= d.length) {
          j = d.length;
          break;
        }
        const m = d[j + 1];
        if (m !== 0x00 && m !== 0xff && !(m >= 0xd0 && m <= 0xd7)) break;
        j += 1;
      }
      img.stray.push({ offset: pos, length: j - pos });
      anomaly('stray-bytes', `${j - pos} bytes between segments that belong to no segment`, pos, j - pos);
      pos = j;
      continue;
    }
    let mpos = pos + 1;
    while (mpos < d.length && d[mpos] === 0xff) mpos++; // fill bytes before a marker are legal
    if (mpos >= d.length) {
      pos = d.length;
      break;
    }
    const m = d[mpos];
    const markerOffset = mpos - 1;
    st.segmentBudget--;
    if (m === 0xd9) {
      img.eoi = true;
      img.end = mpos + 1;
      img.segments.push({ marker: m, offset: markerOffset, dataOffset: mpos + 1, dataLength: 0, ident: '' });
      break;
    }
    if (m === 0x00 || m === 0xd8) {
      anomaly('bad-marker', `unexpected marker 0x${m.toString(16)} at ${markerOffset}`, markerOffset);
      pos = mpos + 1;
      continue;
    }
    if (standalone(m)) {
      img.segments.push({ marker: m, offset: markerOffset, dataOffset: mpos + 1, dataLength: 0, ident: '' });
      pos = mpos + 1;
      continue;
    }
    if (mpos + 3 > d.length) {
      anomaly('truncated', 'segment length cut off by the end of the file', markerOffset);
      pos = d.length;
      break;
    }
    const len = be16(d, mpos + 1);
    if (len < 2) {
      anomaly('bad-length', `segment 0x${m.toString(16)} declares length ${len}`, markerOffset);
      pos = mpos + 3;
      continue;
    }
    const dataOffset = mpos + 3;
    const dataLength = Math.min(len - 2, d.length - dataOffset);
    if (dataLength < len - 2) anomaly('truncated', `segment 0x${m.toString(16)} runs past the end of the file`, markerOffset);
    const seg: JpegSegment = {
      marker: m,
      offset: markerOffset,
      dataOffset,
      dataLength,
      ident: m >= 0xe0 && m <= 0xef ? readIdent(d, dataOffset, dataLength) : '',
    };
    img.segments.push(seg);
    if (isSof(m) && !img.frame && dataLength >= 6) {
      img.frame = {
        precision: d[dataOffset],
        height: be16(d, dataOffset + 1),
        width: be16(d, dataOffset + 3),
        components: d[dataOffset + 5],
        marker: m,
      };
    }
    pos = dataOffset + dataLength;
    if (m === 0xda) {
      sawScan = true;
      const e = scanEnd(d, pos);
      seg.scan = { offset: pos, length: e - pos };
      pos = e;
    }
  }
  if (!img.eoi) {
    img.end = Math.min(pos, d.length);
    anomaly('missing-eoi', 'no EOI marker', img.end);
  }
  if (!sawScan) anomaly('no-scan', 'no SOS segment (no image data)', start);
  return img;
}

export function hasJpegSignature(d: Uint8Array, off = 0): boolean {
  return off + 3 <= d.length && d[off] === 0xff && d[off + 1] === 0xd8 && d[off + 2] === 0xff;
}

/** Walk a JPEG and any JPEG images appended after its EOI. Never throws. */
export function parseJpeg(d: Uint8Array): JpegStructure {
  const st: WalkState = { anomalies: [], segmentBudget: JPEG_MAX_SEGMENTS, capped: false };
  const empty: JpegImage = { start: 0, end: 0, segments: [], frame: null, eoi: false, stray: [] };
  if (!hasJpegSignature(d)) {
    return { signature: false, main: empty, appended: [], trailing: null, capped: false, anomalies: [{ code: 'bad-signature', message: 'no SOI marker', offset: 0 }] };
  }
  const main = walkImage(d, 0, st);
  const appended: JpegImage[] = [];
  let end = main.end;
  if (main.eoi) {
    while (appended.length < JPEG_MAX_APPENDED && !st.capped) {
      // MPF writers may pad between images; a short run of zero bytes is tolerated
      let p = end;
      while (p < d.length && p - end < 4096 && d[p] === 0) p++;
      if (!hasJpegSignature(d, p)) break;
      const before = st.anomalies.length;
      const img = walkImage(d, p, st);
      if (!img.eoi || !img.frame) {
        st.anomalies.length = before; // not a complete image: leave it to the trailer
        break;
      }
      appended.push(img);
      end = img.end;
    }
  }
  // after a capped walk the unwalked rest is unknown, not trailing data
  const trailing = end < d.length && !st.capped ? { offset: end, length: d.length - end } : null;
  return { signature: true, main, appended, trailing, capped: st.capped, anomalies: st.anomalies };
}

/** Human name of a marker, for messages. */
export function markerName(m: number): string {
  if (m >= 0xe0 && m <= 0xef) return `APP${m - 0xe0}`;
  if (m >= 0xd0 && m <= 0xd7) return `RST${m - 0xd0}`;
  const names: Record<number, string> = { 0xd8: 'SOI', 0xd9: 'EOI', 0xda: 'SOS', 0xdb: 'DQT', 0xc4: 'DHT', 0xdd: 'DRI', 0xfe: 'COM', 0xcc: 'DAC', 0xdc: 'DNL' };
  if (names[m]) return names[m];
  if (isSof(m)) return `SOF${m - 0xc0}`;
  return `0x${m.toString(16).padStart(2, '0')}`;
}
