/**
 * GIF block walker. Pure and bounded: never throws, caps blocks and sub-blocks, and reads every length against the
 * real buffer. It returns the logical screen, frames (with the range of their LZW sub-block chain, for decoders),
 * extensions with their payload ranges, where the trailer sits, and anomalies with offsets.
 */

export const GIF_MAX_BLOCKS = 50_000;
/** Sub-blocks followed per block chain (a 64 MiB chain of 255-byte sub-blocks is ~260k). */
export const GIF_MAX_SUBBLOCKS = 1_000_000;

export interface GifScreen {
  version: string;
  width: number;
  height: number;
  /** Global color table range, null when absent. */
  globalColorTable: { offset: number; length: number } | null;
  background: number;
  aspect: number;
}

export interface GifFrame {
  offset: number;
  left: number;
  top: number;
  width: number;
  height: number;
  interlaced: boolean;
  localColorTable: { offset: number; length: number } | null;
  lzwMinCodeSize: number;
  /** Range of the sub-block chain (size bytes included), up to and including the 0 terminator. */
  data: { offset: number; length: number };
  /** Bytes of image data (sum of sub-block sizes). */
  dataBytes: number;
}

export interface GifExtension {
  /** 0xF9 graphic control, 0xFE comment, 0x01 plain text, 0xFF application, others unknown. */
  label: number;
  offset: number;
  /** For application extensions: the 8-byte identifier + 3-byte authentication code, e.g. `NETSCAPE2.0`. */
  appId: string;
  /** Range of the whole sub-block chain (size bytes included) after the label. */
  chain: { offset: number; length: number };
  /** Payload bytes (sum of sub-block sizes; for application extensions, excluding the identifier block). */
  dataBytes: number;
}

export type GifAnomalyCode =
  | 'bad-signature'
  | 'truncated'
  | 'bad-block'
  | 'bad-extension'
  | 'missing-trailer'
  | 'too-many-blocks';

export interface GifAnomaly {
  code: GifAnomalyCode;
  message: string;
  offset: number;
  length?: number;
}

export interface GifStructure {
  signature: boolean;
  screen: GifScreen | null;
  frames: GifFrame[];
  extensions: GifExtension[];
  /** Offset of the 0x3B trailer, -1 when absent. */
  trailerOffset: number;
  /** Bytes after the trailer, or from the first byte that is no block when the walk broke off. */
  trailing: { offset: number; length: number } | null;
  capped: boolean;
  anomalies: GifAnomaly[];
}

const le16 = (d: Uint8Array, o: number): number => d[o] | (d[o + 1] << 8);

export function hasGifSignature(d: Uint8Array): boolean {
  return d.length >= 6 && d[0] === 0x47 && d[1] === 0x49 && d[2] === 0x46 && d[3] === 0x38 && (d[4] === 0x37 || d[4] === 0x39) && d[5] === 0x61;
}

/** Follow a sub-block chain from `pos`. Returns the offset after the terminator (or the buffer end) and the data bytes. */
export function skipSubBlocks(d: Uint8Array, pos: number): { end: number; bytes: number; terminated: boolean } {
  let p = pos;
  let bytes = 0;
  for (let n = 0; n < GIF_MAX_SUBBLOCKS; n++) {
    if (p >= d.length) return { end: d.length, bytes, terminated: false };
    const size = d[p];
    if (size === 0) return { end: p + 1, bytes, terminated: true };
    if (p + 1 + size > d.length) return { end: d.length, bytes: bytes + (d.length - p - 1), terminated: false };
    bytes += size;
    p += 1 + size;
  }
  return { end: p, bytes, terminated: false };
}

/** Concatenate the payload of a sub-block chain, at most `max` bytes. */
export function readSubBlocks(d: Uint8Array, pos: number, max = 1 << 20): Uint8Array {
  const { end } = skipSubBlocks(d, pos);
  const out = new Uint8Array(Math.min(max, Math.max(0, end - pos)));
  let o = 0;
  let p = pos;
  while (p < end && o < out.length) {
    const size = d[p];
    if (size === 0) break;
    const n = Math.min(size, d.length - p - 1, out.length - o);
    out.set(d.subarray(p + 1, p + 1 + n), o);
    o += n;
    p += 1 + size;
  }
  return out.subarray(0, o);
}

/** Walk every block of a GIF. Never throws. */
export function parseGif(d: Uint8Array, maxBlocks = GIF_MAX_BLOCKS): GifStructure {
  const s: GifStructure = { signature: false, screen: null, frames: [], extensions: [], trailerOffset: -1, trailing: null, capped: false, anomalies: [] };
  const anomaly = (code: GifAnomalyCode, message: string, offset: number, length?: number): void => {
    if (s.anomalies.length < 64) s.anomalies.push(length === undefined ? { code, message, offset } : { code, message, offset, length });
  };
  if (!hasGifSignature(d)) {
    anomaly('bad-signature', 'no GIF87a/GIF89a signature', 0);
    return s;
  }
  s.signature = true;
  if (d.length < 13) {
    anomaly('truncated', 'logical screen descriptor cut off', 6);
    return s;
  }
  const packed = d[10];
  let pos = 13;
  let gct: GifScreen['globalColorTable'] = null;
  if (packed & 0x80) {
    const len = 3 * (1 << ((packed & 7) + 1));
    gct = { offset: 13, length: Math.min(len, d.length - 13) };
    pos += len;
  }
  s.screen = {
    version: String.fromCharCode(d[3], d[4], d[5]),
    width: le16(d, 6),
    height: le16(d, 8),
    globalColorTable: gct,
    background: d[11],
    aspect: d[12],
  };
  let blocks = 0;
  while (pos < d.length) {
    if (blocks++ >= maxBlocks) {
      s.capped = true;
      anomaly('too-many-blocks', `more than ${maxBlocks} blocks; the rest was not walked`, pos);
      return s;
    }
    const b = d[pos];
    if (b === 0x3b) {
      s.trailerOffset = pos;
      if (pos + 1 < d.length) s.trailing = { offset: pos + 1, length: d.length - pos - 1 };
      return s;
    }
    if (b === 0x21) {
      if (pos + 2 > d.length) {
        anomaly('truncated', 'extension cut off', pos);
        pos = d.length;
        break;
      }
      const label = d[pos + 1];
      let appId = '';
      const chainStart = pos + 2;
      let dataStart = chainStart;
      if (label === 0xff && chainStart < d.length && d[chainStart] === 11 && chainStart + 12 <= d.length) {
        for (let i = 1; i <= 11; i++) {
          const c = d[chainStart + i];
          appId += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '?';
        }
        dataStart = chainStart + 12;
      }
      if (label !== 0xf9 && label !== 0xfe && label !== 0x01 && label !== 0xff) {
        anomaly('bad-extension', `unknown extension label 0x${label.toString(16)}`, pos);
      }
      const r = skipSubBlocks(d, dataStart);
      if (!r.terminated) anomaly('truncated', `extension 0x${label.toString(16)} sub-blocks run past the end of the file`, pos);
      s.extensions.push({ label, offset: pos, appId, chain: { offset: chainStart, length: r.end - chainStart }, dataBytes: r.bytes });
      pos = r.end;
      continue;
    }
    if (b === 0x2c) {
      if (pos + 10 > d.length) {
        anomaly('truncated', 'image descriptor cut off', pos);
        pos = d.length;
        break;
      }
      const fp = d[pos + 9];
      let p = pos + 10;
      let lct: GifFrame['localColorTable'] = null;
      if (fp & 0x80) {
        const len = 3 * (1 << ((fp & 7) + 1));
        lct = { offset: p, length: Math.min(len, Math.max(0, d.length - p)) };
        p += len;
      }
      if (p >= d.length) {
        anomaly('truncated', 'image data cut off', pos);
        pos = d.length;
        break;
      }
      const lzw = d[p];
      const r = skipSubBlocks(d, p + 1);
      if (!r.terminated) anomaly('truncated', 'image data sub-blocks run past the end of the file', pos);
      s.frames.push({
        offset: pos,
        left: le16(d, pos + 1),
        top: le16(d, pos + 3),
        width: le16(d, pos + 5),
        height: le16(d, pos + 7),
        interlaced: (fp & 0x40) !== 0,
        localColorTable: lct,
        lzwMinCodeSize: lzw,
        data: { offset: p + 1, length: r.end - p - 1 },
        dataBytes: r.bytes,
      });
      pos = r.end;
      continue;
    }
    // neither block introducer nor trailer: the rest is not GIF structure
    anomaly('bad-block', `byte 0x${b.toString(16)} at ${pos} starts no block`, pos, d.length - pos);
    s.trailing = { offset: pos, length: d.length - pos };
    break;
  }
  if (s.trailerOffset < 0) anomaly('missing-trailer', 'no trailer (0x3B)', Math.min(pos, d.length));
  return s;
}
