/**
 * Fixture builders for audio containers: WAV/RIFF with arbitrary chunks, MPEG frames with ID3v2/ID3v1 tags, FLAC
 * streams with metadata blocks and CRC-correct frames, Ogg pages with Vorbis/Opus headers and correct CRCs.
 * Everything is generated; nothing is read from disk.
 */
import { deflateSync } from 'node:zlib';
import { flacCrc16, flacCrc8 } from '../../src/formats/flac.js';
import { oggPageCrc } from '../../src/formats/ogg.js';

export const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
export const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

export function cat(...parts: (Uint8Array | string | number[])[]): Uint8Array {
  const bs = parts.map((p) => (typeof p === 'string' ? bytes(p) : Array.isArray(p) ? new Uint8Array(p) : p));
  const out = new Uint8Array(bs.reduce((n, b) => n + b.length, 0));
  let o = 0;
  for (const b of bs) { out.set(b, o); o += b.length; }
  return out;
}

const le32 = (n: number): number[] => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
const le16 = (n: number): number[] => [n & 255, (n >>> 8) & 255];
const be32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const be24 = (n: number): number[] => [(n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const syncsafe = (n: number): number[] => [(n >> 21) & 127, (n >> 14) & 127, (n >> 7) & 127, n & 127];

/** Deterministic pseudo-random bytes (compressed-audio-like noise). */
export function noise(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out[i] = x & 255;
  }
  return out;
}

// ---- payloads and pictures ------------------------------------------------------------------------------------

/** A minimal PE: MZ, e_lfanew -> PE\0\0. */
export function peExe(size = 512): Uint8Array {
  const d = noise(size, 7);
  d.set(bytes('MZ'), 0);
  d.set(le32(0x80), 0x3c);
  d.set(bytes('PE\0\0'), 0x80);
  return d;
}

export function elfExe(size = 256): Uint8Array {
  const d = noise(size, 9);
  d.set(bytes('\x7fELF\x02\x01\x01\0'), 0);
  return d;
}

/** A small valid PNG (2x2 RGB). */
export function png(): Uint8Array {
  const crc = (b: Uint8Array): number => {
    let c = ~0;
    for (const x of b) { c ^= x; for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1; }
    return ~c >>> 0;
  };
  const chunk = (t: string, d: Uint8Array): Uint8Array => cat(be32(d.length), t, d, be32(crc(cat(t, d))));
  const raw = new Uint8Array([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255, 255]);
  return cat('\x89PNG\r\n\x1a\n', chunk('IHDR', cat(be32(2), be32(2), [8, 2, 0, 0, 0])), chunk('IDAT', new Uint8Array(deflateSync(raw))), chunk('IEND', new Uint8Array(0)));
}

/** JPEG-shaped bytes: SOI, APP0/JFIF, filler, EOI. */
export function jpeg(size = 600): Uint8Array {
  const d = noise(size, 3);
  d.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 0);
  d.set(bytes('JFIF\0'), 6);
  d.set([0xff, 0xd9], size - 2);
  return d;
}

// ---- RIFF / WAV ---------------------------------------------------------------------------------------------

export function riffChunk(id: string, data: Uint8Array | string, opts: { size?: number; pad?: boolean } = {}): Uint8Array {
  const b = typeof data === 'string' ? bytes(data) : data;
  const size = opts.size ?? b.length;
  const pad = (opts.pad ?? true) && b.length % 2 === 1 ? [0] : [];
  return cat(id, le32(size), b, pad);
}

export function fmtChunk(o: { tag?: number; channels?: number; rate?: number; bits?: number; extensible?: boolean } = {}): Uint8Array {
  const ch = o.channels ?? 1;
  const bits = o.bits ?? 16;
  const rate = o.rate ?? 8000;
  const align = ch * Math.ceil(bits / 8);
  const base = [...le16(o.extensible ? 0xfffe : (o.tag ?? 1)), ...le16(ch), ...le32(rate), ...le32(rate * align), ...le16(align), ...le16(bits)];
  if (!o.extensible) return riffChunk('fmt ', new Uint8Array(base));
  const guid = [...le16(o.tag ?? 1), 0, 0, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71];
  return riffChunk('fmt ', new Uint8Array([...base, ...le16(22), ...le16(bits), ...le32(ch === 2 ? 3 : 4), ...guid]));
}

/** 16-bit PCM sine samples. */
export function pcm(samples = 800): Uint8Array {
  const out = new Uint8Array(samples * 2);
  for (let i = 0; i < samples; i++) {
    const v = Math.round(Math.sin(i / 5) * 12000 + Math.sin(i / 1.7) * 3000) & 0xffff;
    out[2 * i] = v & 255;
    out[2 * i + 1] = v >> 8;
  }
  return out;
}

export interface WavOptions {
  /** Chunks after fmt (default: a data chunk of PCM). */
  chunks?: Uint8Array[];
  fmt?: Uint8Array;
  /** Override the RIFF size field. */
  riffSize?: number;
  trailing?: Uint8Array;
  container?: 'RIFF' | 'RF64';
}

export function wav(o: WavOptions = {}): Uint8Array {
  const body = cat('WAVE', o.fmt ?? fmtChunk(), ...(o.chunks ?? [riffChunk('data', pcm())]));
  return cat(o.container ?? 'RIFF', le32(o.riffSize ?? body.length), body, o.trailing ?? new Uint8Array(0));
}

/** LIST/INFO chunk from [id, text] pairs. */
export function listInfo(items: [string, string][]): Uint8Array {
  return riffChunk('LIST', cat('INFO', ...items.map(([id, s]) => riffChunk(id, cat(utf8(s), [0])))));
}

// ---- MPEG audio -----------------------------------------------------------------------------------------------

/** One MPEG-1 Layer III frame at 128 kbit/s, 44.1 kHz (417 bytes, 418 with padding). */
export function mp3Frame(seed: number, opts: { padding?: boolean; xing?: 'Xing' | 'Info' } = {}): Uint8Array {
  const len = 417 + (opts.padding ? 1 : 0);
  const f = noise(len, seed + 100);
  f.set([0xff, 0xfb, 0x90 | (opts.padding ? 2 : 0), 0x64], 0);
  if (opts.xing) {
    f.fill(0, 4, 36);
    f.set(bytes(opts.xing), 36);
    f.set(be32(0x0f), 40);
  }
  return f;
}

export function mp3Frames(n: number, xing = true): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < n; i++) parts.push(mp3Frame(i, { padding: i % 3 === 2, xing: xing && i === 0 ? 'Xing' : undefined }));
  return cat(...parts);
}

export function id3Frame(id: string, data: Uint8Array | string, version = 3, flags = 0): Uint8Array {
  const b = typeof data === 'string' ? bytes(data) : data;
  if (version === 2) return cat(id, be24(b.length), b);
  return cat(id, version === 4 ? syncsafe(b.length) : be32(b.length), [flags >> 8, flags & 255], b);
}

/** Text frame in UTF-8 (v2.4) or latin1 (v2.2/2.3). */
export function textFrame(id: string, s: string, version = 3): Uint8Array {
  return id3Frame(id, version === 4 ? cat([3], utf8(s)) : cat([0], s), version);
}

export function txxx(desc: string, value: string, version = 3): Uint8Array {
  return id3Frame('TXXX', cat([3], utf8(desc), [0], utf8(value)), version);
}

export function comm(text: string, version = 3, desc = ''): Uint8Array {
  return id3Frame('COMM', cat([0], 'eng', desc, [0], text), version);
}

export function apic(mime: string, data: Uint8Array, version = 3): Uint8Array {
  return id3Frame('APIC', cat([0], mime, [0], [3], 'cover', [0], data), version);
}

export function priv(owner: string, data: Uint8Array, version = 3): Uint8Array {
  return id3Frame('PRIV', cat(owner, [0], data), version);
}

export function geob(mime: string, file: string, data: Uint8Array, version = 3): Uint8Array {
  return id3Frame('GEOB', cat([0], mime, [0], file, [0], 'desc', [0], data), version);
}

export function id3v2(frames: Uint8Array[], o: { version?: number; padding?: number; paddingBytes?: Uint8Array; size?: number; flags?: number } = {}): Uint8Array {
  const body = cat(...frames, o.paddingBytes ?? new Uint8Array(o.padding ?? 0));
  return cat('ID3', [o.version ?? 3, 0, o.flags ?? 0], syncsafe(o.size ?? body.length), body);
}

export function id3v1(title: string, artist = '', comment = ''): Uint8Array {
  const field = (s: string, n: number): Uint8Array => { const b = new Uint8Array(n); b.set(bytes(s).subarray(0, n)); return b; };
  return cat('TAG', field(title, 30), field(artist, 30), field('', 30), field('2020', 4), field(comment, 30), [12]);
}

// ---- FLAC -----------------------------------------------------------------------------------------------------

export function flacBlock(type: number, data: Uint8Array, last = false, declared?: number): Uint8Array {
  return cat([(last ? 0x80 : 0) | type], be24(declared ?? data.length), data);
}

export function streamInfo(totalSamples = 192 * 8): Uint8Array {
  const d = new Uint8Array(34);
  d.set([0, 192, 0, 192], 0); // min/max block size
  // min/max frame size 0 (unknown); 44100 Hz, 1 channel, 16 bits
  const rate = 44100;
  d[10] = (rate >> 12) & 255;
  d[11] = (rate >> 4) & 255;
  d[12] = ((rate & 15) << 4) | (0 << 1) | ((15 >> 4) & 1);
  d[13] = ((15 & 15) << 4) | 0;
  d.set(be32(totalSamples), 14);
  return d;
}

/** One CRC-correct FLAC frame: 192 samples, 44.1 kHz, mono, 16 bit, a constant subframe. */
export function flacFrame(n: number, value = 1000): Uint8Array {
  const h = [0xff, 0xf8, 0x19, 0x08, n & 0x7f];
  const hdr = cat(h, [flacCrc8(new Uint8Array(h), 0, h.length)]);
  const body = cat(hdr, [0x00, (value >> 8) & 255, value & 255]);
  const c = flacCrc16(body, 0, body.length);
  return cat(body, [c >> 8, c & 255]);
}

/** A verbatim-ish frame with noise content so frames are not all alike (the parser does not decode subframes). */
export function flacNoiseFrame(n: number, len = 300): Uint8Array {
  const h = [0xff, 0xf8, 0x19, 0x08, n & 0x7f];
  const hdr = cat(h, [flacCrc8(new Uint8Array(h), 0, h.length)]);
  const body = cat(hdr, [0x02], noise(len, n + 50));
  const c = flacCrc16(body, 0, body.length);
  return cat(body, [c >> 8, c & 255]);
}

export function vorbisCommentBody(vendor: string, comments: string[]): Uint8Array {
  return cat(le32(utf8(vendor).length), utf8(vendor), le32(comments.length), ...comments.map((c) => cat(le32(utf8(c).length), utf8(c))));
}

export function pictureBody(mime: string, data: Uint8Array, description = 'cover'): Uint8Array {
  return cat(be32(3), be32(mime.length), mime, be32(utf8(description).length), utf8(description), be32(2), be32(2), be32(24), be32(0), be32(data.length), data);
}

export interface FlacOptions {
  blocks?: { type: number; data: Uint8Array; declared?: number }[];
  frames?: number;
  trailing?: Uint8Array;
  noiseFrames?: boolean;
}

export function flac(o: FlacOptions = {}): Uint8Array {
  const blocks = [{ type: 0, data: streamInfo() }, ...(o.blocks ?? [])];
  const meta = blocks.map((b, i) => flacBlock(b.type, b.data, i === blocks.length - 1, b.declared));
  const frames: Uint8Array[] = [];
  for (let i = 0; i < (o.frames ?? 8); i++) frames.push(o.noiseFrames ? flacNoiseFrame(i) : flacFrame(i, 1000 + i));
  return cat('fLaC', ...meta, ...frames, o.trailing ?? new Uint8Array(0));
}

// ---- Ogg ------------------------------------------------------------------------------------------------------

export interface OggPageSpec {
  serial: number;
  seq: number;
  headerType: number;
  granule?: number;
  /** Packets (or packet parts) on this page. */
  packets: Uint8Array[];
  /** The last packet continues on the next page (its length must be a multiple of 255). */
  open?: boolean;
}

export function oggPage(p: OggPageSpec, corruptCrc = false): Uint8Array {
  const lacing: number[] = [];
  p.packets.forEach((pk, i) => {
    let n = pk.length;
    while (n >= 255) { lacing.push(255); n -= 255; }
    if (!(p.open && i === p.packets.length - 1)) lacing.push(n);
  });
  const g = p.granule ?? 0;
  const page = cat('OggS', [0, p.headerType], le32(g), le32(0), le32(p.serial), le32(p.seq), le32(0), [lacing.length], lacing, ...p.packets);
  const crc = oggPageCrc(page, 0, page.length) ^ (corruptCrc ? 1 : 0);
  page.set(le32(crc), 22);
  return page;
}

export function vorbisIdent(): Uint8Array {
  return cat([1], 'vorbis', le32(0), [2], le32(44100), le32(0), le32(128000), le32(0), [0xb8], [1]);
}

export function vorbisCommentPacket(comments: string[], vendor = 'Xiph.Org libVorbis I 20200704 (Reducing Environment)', extra: Uint8Array = new Uint8Array([1])): Uint8Array {
  return cat([3], 'vorbis', vorbisCommentBody(vendor, comments), extra);
}

export function opusHead(): Uint8Array {
  return cat('OpusHead', [1, 2], le16(312), le32(48000), le16(0), [0]);
}

export function opusTags(comments: string[], extra: Uint8Array = new Uint8Array(0)): Uint8Array {
  return cat('OpusTags', vorbisCommentBody('libopus 1.3.1', comments), extra);
}

export interface OggOptions {
  codec?: 'vorbis' | 'opus';
  comments?: string[];
  commentExtra?: Uint8Array;
  audioPages?: number;
  badCrcPages?: number[];
  trailing?: Uint8Array;
  between?: Uint8Array;
}

export function ogg(o: OggOptions = {}): Uint8Array {
  const serial = 0x1234;
  const codec = o.codec ?? 'vorbis';
  const comments = o.comments ?? ['TITLE=Tone', 'ARTIST=Someone'];
  const specs: OggPageSpec[] = [];
  if (codec === 'vorbis') {
    specs.push({ serial, seq: 0, headerType: 2, packets: [vorbisIdent()] });
    specs.push({ serial, seq: 1, headerType: 0, packets: [vorbisCommentPacket(comments, undefined, o.commentExtra ?? new Uint8Array([1])), cat([5], 'vorbis', noise(40, 2))] });
  } else {
    specs.push({ serial, seq: 0, headerType: 2, packets: [opusHead()] });
    specs.push({ serial, seq: 1, headerType: 0, packets: [opusTags(comments, o.commentExtra)] });
  }
  const n = o.audioPages ?? 4;
  for (let i = 0; i < n; i++) {
    specs.push({ serial, seq: specs.length, headerType: i === n - 1 ? 4 : 0, granule: (i + 1) * 1024, packets: [noise(200, i + 10), noise(180, i + 20)] });
  }
  const pages = specs.map((s, i) => oggPage(s, (o.badCrcPages ?? []).includes(i)));
  if (o.between) pages.splice(3, 0, o.between);
  return cat(...pages, o.trailing ?? new Uint8Array(0));
}
