/**
 * MPEG audio (MP1/MP2/MP3) frame walker. Finds the ID3v2 tag(s) in front, the tags at the end, and walks frames
 * from header to header; every byte between the first and the last frame that no frame covers is reported as a gap,
 * and whatever follows the last frame (before the end tags) as trailing. Frame offsets and lengths are kept in typed
 * arrays so the later signal work can iterate them without re-walking.
 */
import { findTrailingTags, isId3v2At, parseId3v2, type Id3v2Tag, type TrailingTag } from './id3.js';

export interface MpegHeader {
  /** 1, 2 or 2.5 */
  version: 1 | 2 | 2.5;
  layer: 1 | 2 | 3;
  /** kbit/s; 0 = free format */
  bitrate: number;
  sampleRate: number;
  padding: boolean;
  /** 0 stereo, 1 joint stereo, 2 dual channel, 3 mono */
  channelMode: number;
  /** Frame length in bytes (0 for free format until measured). */
  length: number;
  samplesPerFrame: number;
}

export interface Mp3Gap {
  offset: number;
  length: number;
  /** before the first frame, between two frames, or after the last one (before the end tags) */
  where: 'before' | 'between' | 'after';
}

export interface Mp3Anomaly {
  code: 'no-frames' | 'frame-limit' | 'truncated-last-frame' | 'header-change';
  message: string;
  offset: number;
  length?: number;
}

export interface Mp3Parse {
  /** ID3v2 tags at the start (writers sometimes stack several). */
  id3v2: Id3v2Tag[];
  /** Tags at the end: ID3v1, APE, Lyrics3, appended ID3v2. */
  endTags: TrailingTag[];
  /** Where the audio region starts (after leading ID3v2 tags) and ends (before end tags). */
  audioStart: number;
  audioEnd: number;
  /** First frame's header: the stream parameters. */
  first: MpegHeader | null;
  frameCount: number;
  frameOffsets: Float64Array;
  frameLengths: Uint32Array;
  /** Bytes covered by frames. */
  frameBytes: number;
  /** Xing / Info / VBRI header in the first frame (normal for VBR and LAME files). */
  vbrHeader: 'Xing' | 'Info' | 'VBRI' | null;
  gaps: Mp3Gap[];
  /** Gap bytes beyond the first MAX_GAPS gaps (only counted). */
  uncountedGapBytes: number;
  anomalies: Mp3Anomaly[];
  /** Byte offset of a `fLaC` stream found right after the ID3v2 tag (a tagged FLAC file, not MP3). */
  flacAt: number | null;
}

export const MAX_MP3_FRAMES = 4_000_000;
const MAX_GAPS = 4096;
/** How far the walker searches for the next frame header before calling the rest unframed. */
const RESYNC_WINDOW = 1 << 20;

const BITRATES: Record<string, number[]> = {
  '1-1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  '2-3': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const RATES: Record<string, number[]> = { '1': [44100, 48000, 32000], '2': [22050, 24000, 16000], '2.5': [11025, 12000, 8000] };

/** Decode a 4-byte MPEG audio header at `i`; null when it is not one. */
export function mpegHeaderAt(d: Uint8Array, i: number): MpegHeader | null {
  if (i + 4 > d.length || d[i] !== 0xff || (d[i + 1] & 0xe0) !== 0xe0) return null;
  const b1 = d[i + 1];
  const b2 = d[i + 2];
  const vbits = (b1 >> 3) & 3;
  const lbits = (b1 >> 1) & 3;
  if (vbits === 1 || lbits === 0) return null;
  const brIdx = b2 >> 4;
  const srIdx = (b2 >> 2) & 3;
  if (brIdx === 15 || srIdx === 3) return null;
  if ((d[i + 3] & 3) === 2) return null; // reserved emphasis
  const version = vbits === 3 ? 1 : vbits === 2 ? 2 : 2.5;
  const layer = (4 - lbits) as 1 | 2 | 3;
  const bitrate = BITRATES[`${version === 1 ? 1 : 2}-${layer}`][brIdx];
  const sampleRate = RATES[String(version)][srIdx];
  const padding = ((b2 >> 1) & 1) === 1;
  const samplesPerFrame = layer === 1 ? 384 : layer === 3 && version !== 1 ? 576 : 1152;
  let length = 0;
  if (bitrate > 0) {
    if (layer === 1) length = (Math.floor((12 * bitrate * 1000) / sampleRate) + (padding ? 1 : 0)) * 4;
    else length = Math.floor(((samplesPerFrame / 8) * bitrate * 1000) / sampleRate) + (padding ? 1 : 0);
  }
  return { version, layer, bitrate, sampleRate, padding, channelMode: d[i + 3] >> 6, length, samplesPerFrame };
}

/** Same stream: version, layer and sample rate do not change between frames of one file. */
function sameStream(a: MpegHeader, b: MpegHeader): boolean {
  return a.version === b.version && a.layer === b.layer && a.sampleRate === b.sampleRate;
}

/** Measure a free-format frame: distance to the next header of the same stream (bounded). */
function freeLength(d: Uint8Array, i: number, h: MpegHeader, end: number): number {
  const stop = Math.min(end - 4, i + 8192);
  for (let k = i + 21; k <= stop; k++) {
    if (d[k] !== 0xff) continue;
    const n = mpegHeaderAt(d, k);
    if (n && n.bitrate === 0 && sameStream(h, n)) return k - i;
  }
  return 0;
}

function headerWithLength(d: Uint8Array, i: number, end: number): MpegHeader | null {
  const h = mpegHeaderAt(d, i);
  if (!h) return null;
  if (h.length === 0) h.length = freeLength(d, i, h, end);
  return h.length >= 21 ? h : null;
}

/**
 * A frame start we trust: a valid header whose frame ends exactly at `end` or at another header of the same stream
 * (the chance of random bytes passing both is tiny).
 */
function confirmedAt(d: Uint8Array, i: number, end: number, ref: MpegHeader | null): MpegHeader | null {
  const h = headerWithLength(d, i, end);
  if (!h || (ref && !sameStream(ref, h))) return null;
  const n = i + h.length;
  if (n === end) return h;
  if (n > end) return null;
  const h2 = mpegHeaderAt(d, n);
  return h2 && sameStream(h, h2) ? h : null;
}

function findNext(d: Uint8Array, from: number, end: number, ref: MpegHeader | null, window: number): number {
  const stop = Math.min(end - 4, from + window);
  for (let k = from; k <= stop; k++) {
    if (d[k] !== 0xff || (d[k + 1] & 0xe0) !== 0xe0) continue;
    if (confirmedAt(d, k, end, ref)) return k;
  }
  return -1;
}

function vbrTagIn(d: Uint8Array, i: number, h: MpegHeader): Mp3Parse['vbrHeader'] {
  const side = h.version === 1 ? (h.channelMode === 3 ? 17 : 32) : h.channelMode === 3 ? 9 : 17;
  const x = i + 4 + side;
  const tag = x + 4 <= d.length ? String.fromCharCode(d[x], d[x + 1], d[x + 2], d[x + 3]) : '';
  if (tag === 'Xing' || tag === 'Info') return tag;
  const v = i + 36;
  if (v + 4 <= d.length && d[v] === 0x56 && d[v + 1] === 0x42 && d[v + 2] === 0x52 && d[v + 3] === 0x49) return 'VBRI';
  return null;
}

/** Walk an MPEG audio file. Never throws. */
export function parseMp3(d: Uint8Array): Mp3Parse {
  const res: Mp3Parse = {
    id3v2: [],
    endTags: [],
    audioStart: 0,
    audioEnd: d.length,
    first: null,
    frameCount: 0,
    frameOffsets: new Float64Array(0),
    frameLengths: new Uint32Array(0),
    frameBytes: 0,
    vbrHeader: null,
    gaps: [],
    uncountedGapBytes: 0,
    anomalies: [],
    flacAt: null,
  };
  let pos = 0;
  for (let n = 0; n < 16 && isId3v2At(d, pos); n++) {
    const t = parseId3v2(d, pos);
    if (!t || t.length <= 0) break;
    res.id3v2.push(t);
    pos += t.length;
  }
  // a tag whose size was miscounted short: its last frame runs on, and the audio starts where that frame ends
  const lastTag = res.id3v2[res.id3v2.length - 1];
  if (lastTag?.frameOverrunEnd !== undefined && lastTag.frameOverrunEnd > pos && mpegHeaderAt(d, lastTag.frameOverrunEnd)) pos = lastTag.frameOverrunEnd;
  res.audioStart = pos;
  if (pos + 4 <= d.length && d[pos] === 0x66 && d[pos + 1] === 0x4c && d[pos + 2] === 0x61 && d[pos + 3] === 0x43) {
    res.flacAt = pos;
    return res;
  }
  const tail = findTrailingTags(d, d.length);
  res.endTags = tail.tags;
  const end = Math.max(pos, tail.audioEnd);
  res.audioEnd = end;

  const first = findNext(d, pos, end, null, end - pos);
  if (first < 0) {
    res.anomalies.push({ code: 'no-frames', message: 'no MPEG audio frames found', offset: pos, length: end - pos });
    if (end > pos) res.gaps.push({ offset: pos, length: end - pos, where: 'after' });
    return res;
  }
  if (first > pos) res.gaps.push({ offset: pos, length: first - pos, where: 'before' });

  // Typed arrays that grow by doubling: one allocation per doubling, not per frame.
  let cap = 1024;
  let offs = new Float64Array(cap);
  let lens = new Uint32Array(cap);
  const ref = headerWithLength(d, first, end) as MpegHeader;
  res.first = ref;
  res.vbrHeader = vbrTagIn(d, first, ref);
  let i = first;
  let count = 0;
  while (i < end) {
    const h = headerWithLength(d, i, end);
    if (h && sameStream(ref, h) && i + h.length <= end) {
      if (count >= MAX_MP3_FRAMES) {
        res.anomalies.push({ code: 'frame-limit', message: `more than ${MAX_MP3_FRAMES} frames: walk stopped`, offset: i });
        break;
      }
      if (count === cap) {
        cap *= 2;
        const o2 = new Float64Array(cap);
        o2.set(offs);
        offs = o2;
        const l2 = new Uint32Array(cap);
        l2.set(lens);
        lens = l2;
      }
      offs[count] = i;
      lens[count] = h.length;
      count++;
      res.frameBytes += h.length;
      i += h.length;
      continue;
    }
    if (h && sameStream(ref, h) && i + h.length > end && end - i < h.length) {
      // the last frame was cut short: common when files are trimmed, not hidden data
      res.anomalies.push({ code: 'truncated-last-frame', message: `last frame is ${end - i} of ${h.length} bytes`, offset: i, length: end - i });
      res.frameBytes += end - i;
      i = end;
      break;
    }
    const next = findNext(d, i + 1, end, ref, RESYNC_WINDOW);
    if (next < 0) {
      // nothing frame-like within the window: if the rest is longer, keep searching from the window's end
      if (end - i > RESYNC_WINDOW + 4) {
        const far = findNext(d, i + RESYNC_WINDOW, end, ref, end - i);
        if (far > 0) {
          if (res.gaps.length < MAX_GAPS) res.gaps.push({ offset: i, length: far - i, where: 'between' });
          else res.uncountedGapBytes += far - i;
          i = far;
          continue;
        }
      }
      res.gaps.push({ offset: i, length: end - i, where: 'after' });
      i = end;
      break;
    }
    if (res.gaps.length < MAX_GAPS) res.gaps.push({ offset: i, length: next - i, where: 'between' });
    else res.uncountedGapBytes += next - i; // the list is full: keep counting bytes
    i = next;
  }
  res.frameCount = count;
  res.frameOffsets = offs.subarray(0, count);
  res.frameLengths = lens.subarray(0, count);
  return res;
}
