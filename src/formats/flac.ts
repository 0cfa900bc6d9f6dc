/**
 * FLAC stream parser: metadata blocks (STREAMINFO, PADDING, APPLICATION, SEEKTABLE, VORBIS_COMMENT, CUESHEET,
 * PICTURE) and a frame walk that needs no decoding: a frame header is confirmed by its CRC-8 and a frame's end by the
 * CRC-16 that closes it, so the end of the audio is known to the byte and whatever follows it can be reported.
 * Also exports the Vorbis comment and PICTURE parsers, which Ogg streams share.
 */
import { findTrailingTags, isId3v2At, parseId3v2, type Id3v2Tag, type TrailingTag } from './id3.js';

export const FLAC_BLOCK_TYPES = ['STREAMINFO', 'PADDING', 'APPLICATION', 'SEEKTABLE', 'VORBIS_COMMENT', 'CUESHEET', 'PICTURE'] as const;

export interface FlacBlock {
  type: number;
  /** STREAMINFO, PADDING, ..., or RESERVED / INVALID. */
  name: string;
  /** Offset of the 4-byte block header. */
  offset: number;
  dataOffset: number;
  declaredLength: number;
  /** Bytes really present. */
  length: number;
  last: boolean;
}

export interface StreamInfo {
  minBlockSize: number;
  maxBlockSize: number;
  minFrameSize: number;
  maxFrameSize: number;
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  totalSamples: number;
  md5: string;
}

export interface VorbisComment {
  vendor: string;
  /** KEY=value entries as read (keys are case-insensitive; keep them as written). */
  comments: { key: string; value: string; offset: number; length: number }[];
  /** Offset just past the comment list inside the parsed buffer. */
  end: number;
  /** The declared count or a length ran past the buffer. */
  truncated: boolean;
}

export interface FlacPicture {
  pictureType: number;
  mime: string;
  description: string;
  width: number;
  height: number;
  /** Offset of the picture data inside the buffer given to the parser. */
  dataOffset: number;
  data: Uint8Array;
  truncated: boolean;
}

export interface FlacAnomaly {
  code:
    | 'no-magic'
    | 'block-past-end' // a block length that runs past the file
    | 'block-limit'
    | 'no-streaminfo'
    | 'bad-streaminfo'
    | 'bad-seektable'
    | 'bad-vorbis-comment'
    | 'bad-picture'
    | 'cuesheet-reserved' // non-zero bytes in CUESHEET reserved fields
    | 'cuesheet-extra' // bytes after the CUESHEET track list
    | 'reserved-block' // block type 7..126 or 127
    | 'no-frames' // no frame header after the metadata
    | 'frame-crc-mismatch' // a frame whose CRC-16 does not close it: corrupt, or bytes spliced in
    | 'gap-before-frames' // bytes between the metadata and the first frame
    | 'last-frame-unverified'
    | 'frame-limit';
  message: string;
  offset: number;
  length?: number;
}

export interface FlacParse {
  id3v2: Id3v2Tag | null;
  /** Offset of `fLaC`. */
  start: number;
  blocks: FlacBlock[];
  streamInfo: StreamInfo | null;
  vorbisComment: (VorbisComment & { blockOffset: number }) | null;
  pictures: (FlacPicture & { blockOffset: number })[];
  /** Where the first frame starts (end of metadata). */
  audioStart: number;
  /** Frames confirmed by CRC-16. */
  frameCount: number;
  /** End of the last frame found (start of whatever follows the audio). */
  audioEnd: number;
  /** Tags at the end of the file (ID3v1, APE), which are normal. */
  endTags: TrailingTag[];
  /** Bytes after the last frame and before the end tags. */
  trailing: { offset: number; length: number } | null;
  /** Regions inside the audio that no verified frame explains: before the first frame, corrupt frames. */
  gaps: { offset: number; length: number; where: 'before-frames' | 'bad-frame' }[];
  /** True when the last frame's end was confirmed by a CRC-16 match. */
  lastFrameVerified: boolean;
  /**
   * Why part of the audio was not walked (work budget, frame cap, gap cap), or null. The bytes from `audioEnd` on
   * were then taken as audio without verification, or gaps were not recorded: the caller must report the file
   * incomplete.
   */
  walkIncomplete: string | null;
  anomalies: FlacAnomaly[];
}

export const MAX_FLAC_BLOCKS = 1024;
const MAX_COMMENTS = 4096;
const MAX_FRAMES = 10_000_000;
const MAX_GAPS = 4096;

const u32be = (d: Uint8Array, i: number): number => ((d[i] << 24) | (d[i + 1] << 16) | (d[i + 2] << 8) | d[i + 3]) >>> 0;
const u24be = (d: Uint8Array, i: number): number => (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
const u32le = (d: Uint8Array, i: number): number => (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16) | (d[i + 3] << 24)) >>> 0;

const UTF8 = new TextDecoder('utf-8');

/** Vorbis comment list (little-endian lengths), as in Vorbis/Opus/Speex headers and FLAC VORBIS_COMMENT blocks. */
export function parseVorbisComment(b: Uint8Array, off = 0, end = b.length): VorbisComment {
  const res: VorbisComment = { vendor: '', comments: [], end: off, truncated: false };
  end = Math.min(end, b.length);
  if (off + 4 > end) { res.truncated = true; return res; }
  const vlen = u32le(b, off);
  let p = off + 4;
  if (p + vlen > end) { res.truncated = true; res.vendor = UTF8.decode(b.subarray(p, end)); res.end = end; return res; }
  res.vendor = UTF8.decode(b.subarray(p, p + vlen));
  p += vlen;
  if (p + 4 > end) { res.truncated = true; res.end = p; return res; }
  const count = u32le(b, p);
  p += 4;
  for (let n = 0; n < count; n++) {
    if (n >= MAX_COMMENTS || p + 4 > end) { res.truncated = n < count; break; }
    const len = u32le(b, p);
    if (p + 4 + len > end) { res.truncated = true; break; }
    const s = UTF8.decode(b.subarray(p + 4, p + 4 + len));
    const eq = s.indexOf('=');
    res.comments.push({ key: eq >= 0 ? s.slice(0, eq) : '', value: eq >= 0 ? s.slice(eq + 1) : s, offset: p, length: 4 + len });
    p += 4 + len;
  }
  res.end = p;
  return res;
}

/** FLAC PICTURE block body (also the decoded METADATA_BLOCK_PICTURE of Vorbis comments). */
export function parsePictureBlock(b: Uint8Array, off = 0, end = b.length): FlacPicture | null {
  end = Math.min(end, b.length);
  let p = off;
  if (p + 8 > end) return null;
  const type = u32be(b, p);
  const mlen = u32be(b, p + 4);
  p += 8;
  if (p + mlen > end) return null;
  const mime = new TextDecoder('latin1').decode(b.subarray(p, p + mlen));
  p += mlen;
  if (p + 4 > end) return null;
  const dlen = u32be(b, p);
  p += 4;
  if (p + dlen > end) return null;
  const description = UTF8.decode(b.subarray(p, p + dlen));
  p += dlen;
  if (p + 20 > end) return null;
  const width = u32be(b, p);
  const height = u32be(b, p + 4);
  const len = u32be(b, p + 16);
  p += 20;
  const avail = Math.min(len, end - p);
  return { pictureType: type, mime, description, width, height, dataOffset: p, data: b.subarray(p, p + avail), truncated: avail < len };
}

// ---- CRCs used by FLAC frames ----

const CRC8 = new Uint8Array(256);
const CRC16 = new Uint16Array(256);
for (let i = 0; i < 256; i++) {
  let c = i;
  for (let k = 0; k < 8; k++) c = c & 0x80 ? ((c << 1) ^ 0x07) & 0xff : (c << 1) & 0xff;
  CRC8[i] = c;
  let s = i << 8;
  for (let k = 0; k < 8; k++) s = s & 0x8000 ? ((s << 1) ^ 0x8005) & 0xffff : (s << 1) & 0xffff;
  CRC16[i] = s;
}

export function flacCrc8(d: Uint8Array, a: number, b: number): number {
  let c = 0;
  for (let i = a; i < b; i++) c = CRC8[c ^ d[i]];
  return c;
}

export function flacCrc16(d: Uint8Array, a: number, b: number): number {
  let c = 0;
  for (let i = a; i < b; i++) c = ((c << 8) & 0xffff) ^ CRC16[(c >> 8) ^ d[i]];
  return c;
}

/** Frame header at `i`: returns its length (CRC-8 included) when the header is valid and its CRC-8 matches, else 0. */
export function flacFrameHeaderAt(d: Uint8Array, i: number, end = d.length): number {
  if (i + 6 > end || d[i] !== 0xff || (d[i + 1] & 0xfe) !== 0xf8) return 0;
  const bs = d[i + 2] >> 4;
  const sr = d[i + 2] & 15;
  const ch = d[i + 3] >> 4;
  const ss = (d[i + 3] >> 1) & 7;
  if (bs === 0 || sr === 15 || ch > 10 || ss === 3 || (d[i + 3] & 1) !== 0) return 0;
  // UTF-8-like coded frame/sample number
  let p = i + 4;
  const b0 = d[p];
  let extra: number;
  if (b0 < 0x80) extra = 0;
  else if ((b0 & 0xe0) === 0xc0) extra = 1;
  else if ((b0 & 0xf0) === 0xe0) extra = 2;
  else if ((b0 & 0xf8) === 0xf0) extra = 3;
  else if ((b0 & 0xfc) === 0xf8) extra = 4;
  else if ((b0 & 0xfe) === 0xfc) extra = 5;
  else if (b0 === 0xfe) extra = 6;
  else return 0;
  p++;
  for (let k = 0; k < extra; k++, p++) if (p >= end || (d[p] & 0xc0) !== 0x80) return 0;
  if (bs === 6) p += 1;
  else if (bs === 7) p += 2;
  if (sr === 12) p += 1;
  else if (sr === 13 || sr === 14) p += 2;
  if (p + 1 > end) return 0;
  return flacCrc8(d, i, p) === d[p] ? p + 1 - i : 0;
}

/** Same stream: blocking strategy, sample-rate and sample-size codes stay the same across frames. */
function sameParams(d: Uint8Array, a: number, b: number): boolean {
  return d[a + 1] === d[b + 1] && (d[a + 2] & 15) === (d[b + 2] & 15) && (d[a + 3] & 0x0e) === (d[b + 3] & 0x0e);
}

function findHeader(d: Uint8Array, from: number, to: number, ref: number, end: number): number {
  for (let k = from; k < to; k++) {
    if (d[k] !== 0xff || (d[k + 1] & 0xfe) !== 0xf8) continue;
    if (flacFrameHeaderAt(d, k, end) && (ref < 0 || sameParams(d, ref, k))) return k;
  }
  return -1;
}

/**
 * Parse a FLAC file (optionally behind an ID3v2 tag). Never throws. With `frames: false` only the tags and the
 * metadata blocks are read: the frame walk is skipped, and the audio fields keep their start values.
 */
export function parseFlac(d: Uint8Array, opts: { frames?: boolean } = {}): FlacParse {
  const res: FlacParse = {
    id3v2: null,
    start: 0,
    blocks: [],
    streamInfo: null,
    vorbisComment: null,
    pictures: [],
    audioStart: 0,
    frameCount: 0,
    audioEnd: 0,
    endTags: [],
    trailing: null,
    lastFrameVerified: false,
    walkIncomplete: null,
    gaps: [],
    anomalies: [],
  };
  let pos = 0;
  if (isId3v2At(d, 0)) {
    res.id3v2 = parseId3v2(d, 0);
    pos = res.id3v2 ? res.id3v2.length : 0;
  }
  res.start = pos;
  if (!(pos + 4 <= d.length && d[pos] === 0x66 && d[pos + 1] === 0x4c && d[pos + 2] === 0x61 && d[pos + 3] === 0x43)) {
    res.anomalies.push({ code: 'no-magic', message: 'no fLaC marker', offset: pos });
    return res;
  }
  pos += 4;
  let last = false;
  while (!last && pos + 4 <= d.length) {
    if (res.blocks.length >= MAX_FLAC_BLOCKS) {
      res.anomalies.push({ code: 'block-limit', message: `more than ${MAX_FLAC_BLOCKS} metadata blocks`, offset: pos });
      break;
    }
    const type = d[pos] & 0x7f;
    last = (d[pos] & 0x80) !== 0;
    const declared = u24be(d, pos + 1);
    const dataOffset = pos + 4;
    const length = Math.min(declared, d.length - dataOffset);
    const name = type < FLAC_BLOCK_TYPES.length ? FLAC_BLOCK_TYPES[type] : type === 127 ? 'INVALID' : 'RESERVED';
    const blk: FlacBlock = { type, name, offset: pos, dataOffset, declaredLength: declared, length, last };
    res.blocks.push(blk);
    if (declared > length) {
      res.anomalies.push({ code: 'block-past-end', message: `${name} block declares ${declared} bytes, ${length} remain`, offset: pos, length: length + 4 });
    }
    if (type >= 7) res.anomalies.push({ code: 'reserved-block', message: `metadata block of reserved type ${type}`, offset: pos, length: length + 4 });
    parseBlock(d, blk, res);
    pos = dataOffset + length;
  }
  if (!res.streamInfo) res.anomalies.push({ code: 'no-streaminfo', message: 'no STREAMINFO block', offset: res.start + 4 });
  else if (res.blocks[0]?.type !== 0) res.anomalies.push({ code: 'bad-streaminfo', message: 'STREAMINFO is not the first block', offset: res.start + 4 });
  res.audioStart = pos;
  res.audioEnd = pos;

  const tail = findTrailingTags(d, d.length);
  res.endTags = tail.tags;
  if (opts.frames === false) return res;
  const end = Math.max(pos, tail.audioEnd);
  walkFrames(d, pos, end, res);
  if (res.audioEnd < end) res.trailing = { offset: res.audioEnd, length: end - res.audioEnd };
  return res;
}

function parseBlock(d: Uint8Array, blk: FlacBlock, res: FlacParse): void {
  const o = blk.dataOffset;
  const e = o + blk.length;
  switch (blk.type) {
    case 0: {
      if (blk.length < 34) {
        res.anomalies.push({ code: 'bad-streaminfo', message: `STREAMINFO is ${blk.length} bytes, not 34`, offset: blk.offset });
        return;
      }
      if (res.streamInfo) {
        res.anomalies.push({ code: 'bad-streaminfo', message: 'second STREAMINFO block', offset: blk.offset });
        return;
      }
      const sampleRate = (d[o + 10] << 12) | (d[o + 11] << 4) | (d[o + 12] >> 4);
      res.streamInfo = {
        minBlockSize: (d[o] << 8) | d[o + 1],
        maxBlockSize: (d[o + 2] << 8) | d[o + 3],
        minFrameSize: u24be(d, o + 4),
        maxFrameSize: u24be(d, o + 7),
        sampleRate,
        channels: ((d[o + 12] >> 1) & 7) + 1,
        bitsPerSample: (((d[o + 12] & 1) << 4) | (d[o + 13] >> 4)) + 1,
        totalSamples: (d[o + 13] & 15) * 2 ** 32 + u32be(d, o + 14),
        md5: Array.from(d.subarray(o + 18, o + 34), (x) => x.toString(16).padStart(2, '0')).join(''),
      };
      if (blk.length !== 34) res.anomalies.push({ code: 'bad-streaminfo', message: `STREAMINFO is ${blk.length} bytes, not 34`, offset: blk.offset });
      if (sampleRate === 0) res.anomalies.push({ code: 'bad-streaminfo', message: 'STREAMINFO sample rate is 0', offset: blk.offset });
      return;
    }
    case 3:
      if (blk.length % 18 !== 0) res.anomalies.push({ code: 'bad-seektable', message: `SEEKTABLE length ${blk.length} is not a multiple of 18`, offset: blk.offset });
      return;
    case 4: {
      const vc = parseVorbisComment(d, o, e);
      res.vorbisComment = { ...vc, blockOffset: blk.offset };
      if (vc.truncated || vc.end < e) {
        res.anomalies.push({
          code: 'bad-vorbis-comment',
          message: vc.truncated ? 'VORBIS_COMMENT lengths run past the block' : `${e - vc.end} bytes after the comment list`,
          offset: vc.truncated ? blk.offset : vc.end,
          length: e - vc.end,
        });
      }
      return;
    }
    case 5: {
      // catalog(128) lead-in(8) flags(1) reserved(258) tracks(1), then tracks
      if (blk.length < 396) return;
      let nz = 0;
      for (let k = o + 137; k < o + 395; k++) if (d[k] !== 0) nz++;
      if (d[o + 136] & 0x7f) nz++;
      const tracks = d[o + 395];
      let p = o + 396;
      for (let t = 0; t < tracks && p + 36 <= e; t++) {
        for (let k = p + 22; k < p + 35; k++) if (d[k] !== 0) nz++;
        const idx = d[p + 35];
        p += 36;
        for (let x = 0; x < idx && p + 12 <= e; x++, p += 12) for (let k = p + 9; k < p + 12; k++) if (d[k] !== 0) nz++;
      }
      if (p < e) res.anomalies.push({ code: 'cuesheet-extra', message: `${e - p} bytes after the CUESHEET track list`, offset: p, length: e - p });
      if (nz > 0) res.anomalies.push({ code: 'cuesheet-reserved', message: `${nz} non-zero bytes in CUESHEET reserved fields`, offset: blk.offset, length: blk.length + 4 });
      return;
    }
    case 6: {
      const pic = parsePictureBlock(d, o, e);
      if (!pic) res.anomalies.push({ code: 'bad-picture', message: 'PICTURE block fields run past the block', offset: blk.offset });
      else res.pictures.push({ ...pic, blockOffset: blk.offset });
      return;
    }
    default:
      return;
  }
}

/**
 * Walk frames from `start`: a frame ends where the running CRC-16 is zero and either the next frame header follows
 * or the audio ends. The last frame ends at its first zero-CRC point; bytes after it are trailing.
 */
function walkFrames(d: Uint8Array, start: number, end: number, res: FlacParse): void {
  const first = findHeader(d, start, Math.min(end - 6, start + (1 << 20)), -1, end);
  if (first < 0) {
    if (end > start) res.anomalies.push({ code: 'no-frames', message: 'no FLAC frame after the metadata', offset: start, length: end - start });
    res.audioEnd = start;
    return;
  }
  const si = res.streamInfo;
  // A frame is never larger than the declared maximum (when given); allow slack for writers that under-report.
  const window = si && si.maxFrameSize > 0 ? Math.max(si.maxFrameSize * 2, 65536) : 4 * 1024 * 1024;
  let f = first;
  let frames = 0;
  // Crafted streams (valid headers without valid frames) could make every step scan a whole window: bound the
  // total bytes checksummed to a few passes over the file.
  let budget = 4 * (end - start) + (16 << 20);
  while (f < end) {
    if (budget <= 0) {
      res.anomalies.push({ code: 'last-frame-unverified', message: 'frame walk stopped: work budget exhausted', offset: f, length: end - f });
      res.walkIncomplete = `frame walk stopped at ${f} (work budget exhausted): ${end - f} bytes not verified`;
      res.audioEnd = end;
      break;
    }
    if (frames >= MAX_FRAMES) {
      res.anomalies.push({ code: 'frame-limit', message: `more than ${MAX_FRAMES} frames: walk stopped`, offset: f });
      res.walkIncomplete = `more than ${MAX_FRAMES} frames: ${end - f} bytes from ${f} not verified`;
      res.audioEnd = end;
      break;
    }
    const hlen = flacFrameHeaderAt(d, f, end);
    const stop = Math.min(end, f + window);
    let c = flacCrc16(d, f, f + hlen);
    let firstZero = -1;
    let next = -1;
    let q = f + hlen;
    for (; q < stop; q++) {
      c = ((c << 8) & 0xffff) ^ CRC16[(c >> 8) ^ d[q]];
      if (c !== 0) continue;
      const e = q + 1;
      if (firstZero < 0) firstZero = e;
      if (e === end) { next = e; break; }
      if (d[e] === 0xff && flacFrameHeaderAt(d, e, end) && sameParams(d, first, e)) { next = e; break; }
    }
    // charge the bytes really checksummed (a frame closed by its CRC costs its own length, not the window)
    budget -= q + 1 - f;
    frames++;
    if (next >= 0) {
      f = next;
      res.audioEnd = next;
      if (next === end) res.lastFrameVerified = true;
      continue;
    }
    // No zero-CRC point followed by a header: a corrupt frame (a later header exists) or the last frame.
    const h = findHeader(d, f + hlen, Math.min(end - 6, f + window), first, end);
    budget -= (h > 0 ? h : Math.min(end, f + window)) - f;
    if (h > 0) {
      if (res.gaps.length < MAX_GAPS) {
        res.anomalies.push({ code: 'frame-crc-mismatch', message: `frame at ${f} does not end with a matching CRC-16`, offset: f, length: h - f });
        res.gaps.push({ offset: f, length: h - f, where: 'bad-frame' });
      } else res.walkIncomplete ??= `more than ${MAX_GAPS} frames with a bad CRC: the later ones were not recorded`;
      f = h;
      res.audioEnd = h;
      continue;
    }
    if (firstZero > 0) {
      res.audioEnd = firstZero;
      res.lastFrameVerified = true;
    } else {
      res.anomalies.push({ code: 'last-frame-unverified', message: 'the last frame has no matching CRC-16', offset: f, length: end - f });
      res.audioEnd = Math.max(res.audioEnd, f);
    }
    break;
  }
  res.frameCount = frames;
  if (first > start) {
    res.anomalies.push({ code: 'gap-before-frames', message: `${first - start} bytes between the metadata and the first frame`, offset: start, length: first - start });
    res.gaps.push({ offset: start, length: first - start, where: 'before-frames' });
  }
}
