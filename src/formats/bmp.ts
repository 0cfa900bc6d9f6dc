/**
 * BMP header reader. Pure, never throws. It lays out where every part of the file should sit — file header, info
 * header, bit masks, palette, pixel array, embedded ICC profile — so that callers can find bytes that belong to none
 * of them: the gap before the pixel array and data after it.
 */

export interface BmpRange {
  offset: number;
  length: number;
}

export interface BmpInfo {
  /** Info header size: 12 (OS/2 core), 40, 52, 56, 64 (OS/2 v2), 108 (v4), 124 (v5). */
  headerSize: number;
  width: number;
  /** Absolute height; `topDown` tells the row order. */
  height: number;
  topDown: boolean;
  planes: number;
  bitsPerPixel: number;
  /** 0 RGB, 1 RLE8, 2 RLE4, 3 BITFIELDS, 4 JPEG, 5 PNG, 6 ALPHABITFIELDS. */
  compression: number;
  sizeImage: number;
  colorsUsed: number;
}

export type BmpAnomalyCode =
  | 'bad-signature'
  | 'truncated'
  | 'bad-header'
  | 'size-mismatch'
  | 'bad-offset'
  | 'reserved-set';

export interface BmpAnomaly {
  code: BmpAnomalyCode;
  message: string;
  offset: number;
  length?: number;
}

export interface BmpStructure {
  signature: boolean;
  /** bfSize as declared. */
  declaredSize: number;
  /** bfOffBits: where the pixel array starts. */
  pixelOffset: number;
  info: BmpInfo | null;
  /** Bit masks after a 40-byte header with BITFIELDS compression. */
  masks: BmpRange | null;
  palette: BmpRange | null;
  /** Expected pixel array (clipped to the file). */
  pixels: BmpRange | null;
  /** Bytes the pixel array needs by the header fields (may exceed the file). */
  pixelBytesExpected: number;
  /** Embedded ICC profile (v5 headers), clipped to the file. */
  profile: BmpRange | null;
  /** Bytes between the end of headers/palette and the pixel array. */
  gap: BmpRange | null;
  /** Bytes after the pixel array (and after an embedded profile that follows it). */
  trailing: BmpRange | null;
  anomalies: BmpAnomaly[];
}

const le16 = (d: Uint8Array, o: number): number => d[o] | (d[o + 1] << 8);
const le32 = (d: Uint8Array, o: number): number => (d[o] | (d[o + 1] << 8) | (d[o + 2] << 16) | (d[o + 3] << 24)) >>> 0;
const i32 = (d: Uint8Array, o: number): number => d[o] | (d[o + 1] << 8) | (d[o + 2] << 16) | (d[o + 3] << 24);

const HEADER_SIZES = [12, 16, 40, 52, 56, 64, 108, 124];

export function parseBmp(d: Uint8Array): BmpStructure {
  const s: BmpStructure = {
    signature: false,
    declaredSize: 0,
    pixelOffset: 0,
    info: null,
    masks: null,
    palette: null,
    pixels: null,
    pixelBytesExpected: 0,
    profile: null,
    gap: null,
    trailing: null,
    anomalies: [],
  };
  const anomaly = (code: BmpAnomalyCode, message: string, offset: number, length?: number): void => {
    s.anomalies.push(length === undefined ? { code, message, offset } : { code, message, offset, length });
  };
  if (d.length < 2 || d[0] !== 0x42 || d[1] !== 0x4d) {
    anomaly('bad-signature', 'no BM signature', 0);
    return s;
  }
  s.signature = true;
  if (d.length < 18) {
    anomaly('truncated', 'file header cut off', 0);
    return s;
  }
  s.declaredSize = le32(d, 2);
  s.pixelOffset = le32(d, 10);
  if (le32(d, 6) !== 0) anomaly('reserved-set', 'reserved header bytes are not zero', 6, 4);
  const hs = le32(d, 14);
  if (!HEADER_SIZES.includes(hs)) {
    anomaly('bad-header', `unknown info header size ${hs}`, 14);
    return s;
  }
  if (14 + hs > d.length) {
    anomaly('truncated', 'info header cut off', 14);
    return s;
  }
  let info: BmpInfo;
  if (hs === 12) {
    info = { headerSize: hs, width: le16(d, 18), height: le16(d, 20), topDown: false, planes: le16(d, 22), bitsPerPixel: le16(d, 24), compression: 0, sizeImage: 0, colorsUsed: 0 };
  } else {
    const h = i32(d, 22);
    const f = (o: number): number => (14 + o + 4 <= 14 + hs ? le32(d, 14 + o) : 0);
    info = {
      headerSize: hs,
      width: Math.abs(i32(d, 18)),
      height: Math.abs(h),
      topDown: h < 0,
      planes: le16(d, 26),
      bitsPerPixel: le16(d, 28),
      compression: hs >= 20 ? le32(d, 30) : 0,
      sizeImage: f(20),
      colorsUsed: f(32),
    };
  }
  s.info = info;
  const bpp = info.bitsPerPixel;
  if (![1, 2, 4, 8, 16, 24, 32, 64].includes(bpp) || info.planes !== 1 || info.width === 0 || info.height === 0) {
    anomaly('bad-header', `implausible header fields (bpp ${bpp}, planes ${info.planes}, ${info.width}x${info.height})`, 14);
  }
  let pos = 14 + hs;
  if (hs === 40 && (info.compression === 3 || info.compression === 6)) {
    const n = info.compression === 3 ? 12 : 16;
    s.masks = { offset: pos, length: Math.min(n, Math.max(0, d.length - pos)) };
    pos += n;
  }
  const entry = hs === 12 ? 3 : 4;
  let colors = info.colorsUsed;
  if (colors === 0 && bpp <= 8) colors = 1 << bpp;
  // a palette never needs more entries than 2^bpp (or 256 for direct color), so a huge count is not trusted
  colors = Math.min(colors, bpp <= 8 ? 1 << bpp : 256);
  if (colors > 0) {
    let len = colors * entry;
    // some writers declare a full palette but store a short one ending right at the pixel offset
    if (s.pixelOffset >= pos && s.pixelOffset < pos + len) len = s.pixelOffset - pos;
    s.palette = { offset: pos, length: Math.min(len, Math.max(0, d.length - pos)) };
    pos += len;
  }

  // embedded ICC profile (v5): offset is relative to the info header
  if (hs === 124 && le32(d, 14 + 56) === 0x4d424544 /* 'MBED' */) {
    const po = 14 + le32(d, 14 + 112);
    const ps = le32(d, 14 + 116);
    if (po < d.length && ps > 0) s.profile = { offset: po, length: Math.min(ps, d.length - po) };
  }

  // pixel array
  const po = s.pixelOffset;
  if (po < pos || po > d.length) {
    anomaly('bad-offset', `pixel array offset ${po} is ${po < pos ? 'inside the headers' : 'past the end of the file'}`, 10);
  }
  let expected: number;
  const rawRows = info.compression === 0 || info.compression === 3 || info.compression === 6;
  if (rawRows) {
    const stride = Math.floor((info.width * bpp + 31) / 32) * 4;
    expected = stride * info.height;
  } else {
    expected = info.sizeImage > 0 ? info.sizeImage : Math.max(0, d.length - po);
  }
  s.pixelBytesExpected = expected;
  if (po >= pos && po <= d.length) {
    s.pixels = { offset: po, length: Math.min(expected, d.length - po) };
    if (po + expected > d.length) anomaly('truncated', `pixel array needs ${expected} bytes, the file has ${d.length - po}`, po);
    if (po > pos) s.gap = { offset: pos, length: po - pos };
    let end = po + s.pixels.length;
    // a profile right after the pixel array is part of the file
    if (s.profile && s.profile.offset >= end && s.profile.offset - end <= 16) end = Math.max(end, s.profile.offset + s.profile.length);
    if (end < d.length) s.trailing = { offset: end, length: d.length - end };
  } else if (po > d.length && pos < d.length) {
    // no pixel array in the file: nothing explains the bytes after the headers and palette
    s.trailing = { offset: pos, length: d.length - pos };
  } else if (po < pos) {
    // the pixel array overlaps the headers: decoders still read it from `po`; what lies past it is trailing
    const end = Math.max(pos, po + Math.min(expected, d.length - po));
    if (end < d.length) s.trailing = { offset: end, length: d.length - end };
  }
  if (s.declaredSize !== 0 && s.declaredSize > d.length) {
    anomaly('size-mismatch', `header declares ${s.declaredSize} bytes, the file has ${d.length}`, 2);
  }
  return s;
}
