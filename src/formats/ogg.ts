/**
 * Ogg page walker with CRC check, packet reassembly and the header packets of Vorbis, Opus, Speex and Ogg FLAC
 * streams (identification and comments). Pure, bounded, never throwing: pages are capped, packets are capped in
 * size and count, and bytes that are not pages are reported as gaps with their offsets.
 */
import { parsePictureBlock, parseVorbisComment, type VorbisComment } from './flac.js';

export { parsePictureBlock };

export interface OggPage {
  offset: number;
  /** Header + body bytes present. */
  length: number;
  version: number;
  headerType: number;
  /** Granule position as a float (exact below 2^53; -1 when all bits are set). */
  granule: number;
  serial: number;
  sequence: number;
  crcOk: boolean;
  /** Offset of the lacing table and its length. */
  segmentsOffset: number;
  segmentCount: number;
  bodyOffset: number;
  bodyLength: number;
}

export interface OggGap {
  offset: number;
  length: number;
  where: 'before' | 'between' | 'after';
}

export type OggCodec = 'vorbis' | 'opus' | 'flac' | 'speex' | 'theora' | 'skeleton' | 'unknown';

export interface OggStream {
  serial: number;
  codec: OggCodec;
  pages: number;
  bos: boolean;
  eos: boolean;
  /**
   * First packets of the stream (identification, comment, setup), capped in size. `offset` is where the packet's
   * first byte sits in the file, `end` the offset just past its last byte (page headers of a packet that spans pages
   * lie in between).
   */
  headerPackets: { offset: number; end: number; data: Uint8Array; truncated: boolean }[];
  /** Parsed comment header. */
  comment: (VorbisComment & { packetOffset: number; trailing: Uint8Array }) | null;
  /** Opus: sample rate in the ID header; Vorbis: rate and channels. */
  channels: number;
  sampleRate: number;
}

export interface OggAnomaly {
  code:
    | 'not-ogg'
    | 'bad-version'
    | 'bad-header-type'
    | 'bad-crc'
    | 'truncated-page'
    | 'sequence-gap'
    | 'no-bos'
    | 'page-limit'
    | 'stream-limit'
    | 'bad-comment';
  message: string;
  offset: number;
  length?: number;
}

export interface OggParse {
  pages: OggPage[];
  streams: OggStream[];
  gaps: OggGap[];
  badCrcPages: number;
  /** End of the last complete page. */
  end: number;
  anomalies: OggAnomaly[];
  /** Why part of the file was not analysed (page cap, stream cap, a header packet over the size cap), or null. */
  incomplete: string | null;
}

export const MAX_OGG_PAGES = 500_000;
const MAX_STREAMS = 64;
const MAX_HEADER_PACKET = 32 * 1024 * 1024;
const MAX_ANOMALIES = 1000;

const CRC_TABLE = new Uint32Array(256);
for (let i = 0; i < 256; i++) {
  let c = i << 24;
  for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
  CRC_TABLE[i] = c >>> 0;
}

/** Ogg's CRC-32 (polynomial 0x04C11DB7, not reflected, initial 0) over a page with its CRC field read as zero. */
export function oggPageCrc(d: Uint8Array, off: number, len: number): number {
  let c = 0;
  for (let i = 0; i < len; i++) {
    const b = i >= 22 && i < 26 ? 0 : d[off + i];
    c = ((c << 8) ^ CRC_TABLE[((c >>> 24) ^ b) & 0xff]) >>> 0;
  }
  return c >>> 0;
}

const u32le = (d: Uint8Array, i: number): number => (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16) | (d[i + 3] << 24)) >>> 0;

function isCapture(d: Uint8Array, i: number): boolean {
  return i + 4 <= d.length && d[i] === 0x4f && d[i + 1] === 0x67 && d[i + 2] === 0x67 && d[i + 3] === 0x53;
}

/** A full page header and body fit at `i` (capture pattern, version 0, segment table inside the buffer). */
function pageAt(d: Uint8Array, i: number): OggPage | null {
  if (!isCapture(d, i) || i + 27 > d.length) return null;
  const n = d[i + 26];
  if (i + 27 + n > d.length) return null;
  let body = 0;
  for (let k = 0; k < n; k++) body += d[i + 27 + k];
  const g0 = u32le(d, i + 6);
  const g1 = u32le(d, i + 10);
  const granule = g0 === 0xffffffff && g1 === 0xffffffff ? -1 : g1 * 2 ** 32 + g0;
  const len = Math.min(27 + n + body, d.length - i);
  const page: OggPage = {
    offset: i,
    length: len,
    version: d[i + 4],
    headerType: d[i + 5],
    granule,
    serial: u32le(d, i + 14),
    sequence: u32le(d, i + 18),
    crcOk: false,
    segmentsOffset: i + 27,
    segmentCount: n,
    bodyOffset: i + 27 + n,
    bodyLength: Math.min(body, d.length - (i + 27 + n)),
  };
  page.crcOk = len === 27 + n + body && oggPageCrc(d, i, len) === u32le(d, i + 22);
  return page;
}

/**
 * Next page start with a valid CRC after `from`. Every candidate costs a CRC over its page, so the bytes checksummed
 * across the whole parse are bounded by `budget` (crafted files full of fake capture patterns).
 */
function findCapture(d: Uint8Array, from: number, budget: { bytes: number }): number {
  for (let k = from; k + 27 <= d.length; k++) {
    if (d[k] === 0x4f && isCapture(d, k) && d[k + 4] === 0) {
      if (budget.bytes <= 0) return -1;
      const p = pageAt(d, k);
      if (p) budget.bytes -= p.length;
      if (p && p.crcOk) return k;
    }
  }
  return -1;
}

function codecOf(p: Uint8Array): OggCodec {
  const s = String.fromCharCode(...p.subarray(0, 8));
  if (s.startsWith('\x01vorbis')) return 'vorbis';
  if (s === 'OpusHead') return 'opus';
  if (s.startsWith('\x7fFLAC')) return 'flac';
  if (s === 'Speex   ') return 'speex';
  if (s.startsWith('\x80theora')) return 'theora';
  if (s === 'fishead\0') return 'skeleton';
  return 'unknown';
}

interface Assembly {
  parts: Uint8Array[];
  size: number;
  offset: number;
  end: number;
  truncated: boolean;
}

/** Walk an Ogg file. Never throws. */
export function parseOgg(d: Uint8Array): OggParse {
  const res: OggParse = { pages: [], streams: [], gaps: [], badCrcPages: 0, end: 0, anomalies: [], incomplete: null };
  const anomaly = (a: OggAnomaly): void => {
    if (res.anomalies.length < MAX_ANOMALIES) res.anomalies.push(a);
  };
  if (!isCapture(d, 0)) {
    anomaly({ code: 'not-ogg', message: 'no OggS capture pattern at 0', offset: 0 });
  }
  const streams = new Map<number, OggStream & { lastSeq: number; asm: Assembly | null; done: boolean }>();
  let pos = 0;
  const budget = { bytes: 2 * d.length + (16 << 20) };
  while (pos < d.length) {
    if (res.pages.length >= MAX_OGG_PAGES) {
      anomaly({ code: 'page-limit', message: `more than ${MAX_OGG_PAGES} pages: walk stopped`, offset: pos });
      res.incomplete ??= `more than ${MAX_OGG_PAGES} pages: ${d.length - pos} bytes from ${pos} not walked`;
      res.end = d.length;
      break;
    }
    let page = pageAt(d, pos);
    if (!page) {
      if (isCapture(d, pos)) {
        // header or body runs past the end
        anomaly({ code: 'truncated-page', message: `page at ${pos} runs past the end of the file`, offset: pos, length: d.length - pos });
        res.end = d.length;
        break;
      }
      const next = findCapture(d, pos + 1, budget);
      const where = res.pages.length === 0 ? 'before' : next < 0 ? 'after' : 'between';
      const stop = next < 0 ? d.length : next;
      res.gaps.push({ offset: pos, length: stop - pos, where });
      if (next < 0) break;
      pos = next;
      page = pageAt(d, pos) as OggPage;
    }
    const complete = page.length === 27 + page.segmentCount + sumLacing(d, page);
    if (!complete) {
      anomaly({ code: 'truncated-page', message: `page at ${pos} runs past the end of the file`, offset: pos, length: page.length });
    }
    res.pages.push(page);
    if (page.version !== 0) anomaly({ code: 'bad-version', message: `page version ${page.version}`, offset: pos });
    if (page.headerType & 0xf8) anomaly({ code: 'bad-header-type', message: `header type 0x${page.headerType.toString(16)}`, offset: pos + 5 });
    if (!page.crcOk && complete) {
      res.badCrcPages++;
      anomaly({ code: 'bad-crc', message: `page ${page.sequence} of stream ${page.serial} has a bad CRC`, offset: pos, length: page.length });
    }
    collect(d, page, streams, res, anomaly);
    pos += page.length;
    res.end = pos;
  }
  for (const s of streams.values()) {
    const { lastSeq: _l, asm: _a, done: _d, ...pub } = s;
    void _l; void _a; void _d;
    res.streams.push(pub);
  }
  return res;
}

function sumLacing(d: Uint8Array, p: OggPage): number {
  let s = 0;
  for (let k = 0; k < p.segmentCount; k++) s += d[p.segmentsOffset + k];
  return s;
}

/** Track streams and reassemble their first three packets. */
function collect(
  d: Uint8Array,
  page: OggPage,
  streams: Map<number, OggStream & { lastSeq: number; asm: Assembly | null; done: boolean }>,
  res: OggParse,
  anomaly: (a: OggAnomaly) => void,
): void {
  let s = streams.get(page.serial);
  if (!s) {
    if (streams.size >= MAX_STREAMS) {
      if (streams.size === MAX_STREAMS && !res.incomplete) {
        anomaly({ code: 'stream-limit', message: `more than ${MAX_STREAMS} logical streams`, offset: page.offset });
        res.incomplete = `more than ${MAX_STREAMS} logical streams: the header packets of the others were not read`;
      }
      return;
    }
    s = { serial: page.serial, codec: 'unknown', pages: 0, bos: false, eos: false, headerPackets: [], comment: null, channels: 0, sampleRate: 0, lastSeq: -1, asm: null, done: false };
    streams.set(page.serial, s);
    if (!(page.headerType & 2)) anomaly({ code: 'no-bos', message: `stream ${page.serial} does not start with a BOS page`, offset: page.offset });
  }
  s.pages++;
  if (page.headerType & 2) s.bos = true;
  if (page.headerType & 4) s.eos = true;
  if (s.lastSeq >= 0 && page.sequence !== ((s.lastSeq + 1) >>> 0)) {
    anomaly({ code: 'sequence-gap', message: `stream ${page.serial}: page ${page.sequence} follows ${s.lastSeq}`, offset: page.offset });
  }
  s.lastSeq = page.sequence;
  if (s.done) return;
  // packets: a lacing value < 255 ends a packet
  let p = page.bodyOffset;
  const bodyEnd = page.bodyOffset + page.bodyLength;
  if (!(page.headerType & 1) && s.asm) {
    s.asm = null; // a continued packet was expected but not continued: drop the partial one
  }
  for (let k = 0; k < page.segmentCount && !s.done; k++) {
    const lace = d[page.segmentsOffset + k];
    const a = Math.min(p, bodyEnd);
    const b = Math.min(p + lace, bodyEnd);
    if (!s.asm) s.asm = { parts: [], size: 0, offset: a, end: a, truncated: false };
    s.asm.end = b;
    if (s.asm.size + (b - a) <= MAX_HEADER_PACKET) {
      s.asm.parts.push(d.subarray(a, b));
      s.asm.size += b - a;
    } else s.asm.truncated = true;
    p += lace;
    if (lace < 255) {
      finishPacket(s, s.asm, res, anomaly);
      s.asm = null;
    }
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(size);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

function finishPacket(
  s: OggStream & { done: boolean },
  asm: Assembly,
  res: OggParse,
  anomaly: (a: OggAnomaly) => void,
): void {
  const data = concat(asm.parts, asm.size);
  if (asm.truncated) res.incomplete ??= `stream ${s.serial}: a header packet is larger than ${MAX_HEADER_PACKET} bytes; the rest was not read`;
  s.headerPackets.push({ offset: asm.offset, end: asm.end, data, truncated: asm.truncated });
  const n = s.headerPackets.length;
  if (n === 1) {
    s.codec = codecOf(data);
    if (s.codec === 'vorbis' && data.length >= 16) { s.channels = data[11]; s.sampleRate = u32le(data, 12); }
    if (s.codec === 'opus' && data.length >= 16) { s.channels = data[9]; s.sampleRate = u32le(data, 12); }
    if (s.codec === 'speex' && data.length >= 52) { s.sampleRate = u32le(data, 36); s.channels = u32le(data, 48); }
  }
  if (n === 2) {
    let start = -1;
    let blockEnd = data.length;
    if (s.codec === 'vorbis' && data[0] === 3 && String.fromCharCode(...data.subarray(1, 7)) === 'vorbis') start = 7;
    else if (s.codec === 'opus' && String.fromCharCode(...data.subarray(0, 8)) === 'OpusTags') start = 8;
    else if (s.codec === 'speex') start = 0;
    else if (s.codec === 'theora' && data[0] === 0x81 && String.fromCharCode(...data.subarray(1, 7)) === 'theora') start = 7;
    else if (s.codec === 'flac' && data.length >= 4 && (data[0] & 0x7f) === 4) {
      start = 4;
      blockEnd = Math.min(data.length, 4 + ((data[1] << 16) | (data[2] << 8) | data[3]));
    }
    if (start >= 0) {
      const vc = parseVorbisComment(data, start, blockEnd);
      let tailStart = vc.end;
      // Vorbis ends the comment header with a framing bit byte
      if (s.codec === 'vorbis' && tailStart < data.length && data[tailStart] === 1) tailStart++;
      s.comment = { ...vc, packetOffset: asm.offset, trailing: data.subarray(Math.min(tailStart, data.length)) };
      if (vc.truncated) anomaly({ code: 'bad-comment', message: `stream ${s.serial}: comment header lengths run past the packet`, offset: asm.offset });
    }
  }
  if (n >= 3) s.done = true;
}
