/**
 * Decode a file's audio once, for every signal analyzer: PCM containers by hand (pcm.ts), MP3, FLAC, Ogg Vorbis and
 * Ogg Opus with the WebAssembly decoders (loaded on first use). The result is cached per file in a WeakMap keyed by
 * the file's bytes, so the analyzers share one decode and the memory goes with the file.
 *
 * Bounds: compressed audio is decoded for at most MAX_COMPRESSED_SECONDS (fed in 64 KiB pieces so a stream that
 * expands enormously, such as FLAC constant subframes, stops at the cap); PCM is converted up to MAX_INT_SAMPLES.
 */
import type { ScanFile } from '../types.js';
import { monoFromArray, type AudioSignal, type DecodeOutcome } from './types.js';
import { pcmLayout, readPcm, MAX_CHANNELS, MAX_INT_SAMPLES } from './pcm.js';
import { flacFrameHeaderAt } from '../formats/flac.js';
import { mpegHeaderAt, parseMp3 } from '../formats/mp3.js';

/** Seconds of compressed audio decoded at most: its start, and for a longer file also its end (TAIL_SECONDS). */
export const MAX_COMPRESSED_SECONDS = 180;
/** Seconds of a long compressed file's end decoded besides its start (a payload appended to a long song). */
export const TAIL_SECONDS = 30;
/**
 * Input is fed in pieces sized so that one decode call yields about TARGET_OUT samples: compressed audio can expand
 * thousands of times (FLAC constant subframes, Opus/Vorbis silence), and a decoder returns everything one call
 * produces, so the piece size, not the cap check between calls, is what bounds memory.
 */
const FEED_MIN = 1024;
/**
 * The Vorbis decoder's parser is slow on small pieces (a 3 s file fed in 1 KiB pieces takes a second, in 16 KiB
 * pieces 7 ms): its pieces are never smaller than this. A Vorbis packet expands at most to 4096 samples per channel
 * per byte or so, which bounds one 16 KiB call at some tens of millions of samples.
 */
const FEED_MIN_VORBIS = 16 * 1024;
const FEED_MAX = 256 * 1024;
const TARGET_OUT = 1 << 20;
/**
 * Ogg pages (Vorbis, Opus) or FLAC frames handed to one decoder run (the start, or the end) at most. The decoders'
 * cost is per page or frame (tens of microseconds each), whatever the page holds: a stream of a million empty pages,
 * or FLAC frames of a few samples, would take minutes to feed. Real streams hold a few pages or frames per second of
 * audio (180 s of 4096-sample FLAC frames at 192 kHz is 8 500 frames); a run that reaches the bound stops there, like
 * one that reaches the seconds cap.
 */
export const MAX_DECODE_UNITS = 16_384;
/** The same bound for the run that decodes a long file's last TAIL_SECONDS. */
export const MAX_DECODE_UNITS_TAIL = 4096;

/** Formats the signal analyzers look at. */
export const SIGNAL_FORMATS = new Set(['wav', 'aiff', 'au', 'mp3', 'flac', 'ogg']);

export function isSignalFile(f: ScanFile): boolean {
  return f.type.kind === 'audio' && SIGNAL_FORMATS.has(f.type.format) && f.data.length >= 64;
}

/** Per-file work shared by the signal analyzers (decoded samples, spectrogram, whether a picture was attached). */
export interface AudioWork {
  outcome: Promise<DecodeOutcome>;
  /** Anything an analyzer computes once for the others (e.g. the spectrogram). */
  memo: Map<string, unknown>;
  /** Set once a spectrogram picture has been attached for this file. */
  attached: boolean;
  /** Rules that fired on this file from the signal analyzers. */
  fired: string[];
  /** For a file decoded in part, which part (e.g. "first 150 s and last 30 s of about 342 s"), set once decoded. */
  span: string | null;
  /** Run by endAudioWork: hand back memory lent for this file (e.g. its spectrogram's grid). */
  ends: Array<() => void>;
}

/** The part of a sampled signal that was decoded, for evidence; null when it is all there. */
export function decodedSpan(s: AudioSignal): string | null {
  if (!s.sampled) return null;
  const secs = (f: number): number => Math.round((f / s.sampleRate) * 10) / 10;
  const tail = s.frames - s.sampled.headFrames;
  return tail > 0
    ? `first ${secs(s.sampled.headFrames)} s and last ${secs(tail)} s of about ${secs(s.totalFrames)} s`
    : `first ${secs(s.sampled.headFrames)} s of about ${secs(s.totalFrames)} s`;
}

const WORK = new WeakMap<Uint8Array, AudioWork>();

export function audioWork(file: ScanFile): AudioWork {
  let w = WORK.get(file.data);
  if (!w) {
    const work: AudioWork = { outcome: Promise.resolve({ ok: false, kind: 'failed', reason: 'not decoded' }), memo: new Map(), attached: false, fired: [], span: null, ends: [] };
    work.outcome = decodeFile(file)
      .catch((e: unknown) => ({ ok: false, kind: 'failed', reason: `decoder error: ${e instanceof Error ? e.message : String(e)}` }) as DecodeOutcome)
      .then((o) => {
        if (o.ok) work.span = decodedSpan(o.signal);
        return o;
      });
    WORK.set(file.data, work);
    w = work;
  }
  return w;
}

/**
 * The analysis of the file with these bytes has ended (every analyzer that reads them has returned): what was computed
 * once for its analyzers is dropped and the memory lent for it goes back (its spectrogram's grid, to the next file's).
 * A later analysis of the same bytes computes again what it needs; the decode itself stays with the bytes.
 */
export function endAudioWork(data: Uint8Array): void {
  const w = WORK.get(data);
  if (!w) return;
  w.memo.clear();
  for (const end of w.ends.splice(0)) end();
}

async function decodeFile(file: ScanFile): Promise<DecodeOutcome> {
  const d = file.data;
  const fmt = file.type.format;
  if (fmt === 'wav' || fmt === 'aiff' || fmt === 'au') {
    const L = pcmLayout(d, fmt);
    if ('error' in L) return { ok: false, kind: L.unsupported ? 'unsupported' : 'failed', reason: L.error };
    return readPcm(d, L);
  }
  if (fmt === 'mp3') {
    const frames = mp3DecoderInput(d);
    if (frames.length === 0) return { ok: false, kind: 'failed', reason: `no MPEG audio frames to decode in ${d.length} bytes (free-format frames are not decoded)` };
    return decodeCompressed(frames, 'mp3');
  }
  if (fmt === 'flac') return decodeCompressed(d, 'flac');
  if (fmt === 'ogg') {
    const codec = oggCodec(d);
    if (codec === 'vorbis' || codec === 'opus') return decodeCompressed(d, codec);
    return { ok: false, kind: 'unsupported', reason: `Ogg stream of ${codec}` };
  }
  return { ok: false, kind: 'unsupported', reason: `format ${fmt}` };
}

/** Bytes of MPEG frames handed to the MP3 decoder at most (4 hours at 128 kbit/s: far past what is decoded). */
export const MAX_MP3_DECODE_BYTES = 256 * 1024 * 1024;

/**
 * What the MP3 decoder is fed: the MPEG frames the frame walker (formats/mp3.ts) confirmed, back to back. mpg123 keeps
 * bytes it cannot sync on and searches them again on every call, so junk between frames costs it time quadratic in
 * the junk's length (8 MB of free-format headers took minutes); the junk is the container analyzer's business, not
 * audio. Free-format frames (bitrate index 0) are left out for the same reason: mpg123 finds their length by
 * searching. A file that is frames and nothing else is fed as it is, without a copy.
 */
function mp3DecoderInput(d: Uint8Array): Uint8Array {
  const p = parseMp3(d);
  const n = p.frameCount;
  if (n === 0) return new Uint8Array(0);
  const offs = p.frameOffsets;
  const lens = p.frameLengths;
  const free = (i: number): boolean => d[offs[i] + 2] >> 4 === 0;
  let clean = true;
  for (let i = 0; i < n && clean; i++) if (free(i) || (i > 0 && offs[i] !== offs[i - 1] + lens[i - 1])) clean = false;
  if (clean) return d.subarray(offs[0], offs[n - 1] + lens[n - 1]);
  const out = new Uint8Array(Math.min(d.length, MAX_MP3_DECODE_BYTES));
  let o = 0;
  const put = (at: number, len: number): boolean => {
    if (o + len > out.length) return false;
    out.set(d.subarray(at, at + len), o);
    o += len;
    return true;
  };
  for (let i = 0; i < n; i++) {
    if (!free(i)) {
      if (!put(offs[i], lens[i])) break;
      continue;
    }
    // what the walker measured as one free-format frame (up to the next free-format header) can hold fixed-bitrate
    // frames of the same stream: those are audio, and are kept
    const e = offs[i] + lens[i];
    for (let k = offs[i] + 4; k + 4 <= e; ) {
      const h = d[k] === 0xff ? mpegHeaderAt(d, k) : null;
      const next = h && h.bitrate > 0 && k + h.length <= e ? k + h.length : -1;
      if (next > 0 && (next === e || (mpegHeaderAt(d, next)?.bitrate ?? 0) > 0)) {
        if (!put(k, h!.length)) return out.subarray(0, o);
        k = next;
      } else k++;
    }
  }
  return out.subarray(0, o);
}

/** Codec of the first Ogg page's packet. */
function oggCodec(d: Uint8Array): string {
  if (d.length < 28) return 'unknown';
  const segs = d[26];
  const body = 27 + segs;
  const at = (s: string): boolean => {
    for (let i = 0; i < s.length; i++) if (d[body + i] !== s.charCodeAt(i)) return false;
    return true;
  };
  if (at('OpusHead')) return 'opus';
  if (at('\x01vorbis')) return 'vorbis';
  if (at('\x7fFLAC')) return 'flac';
  if (at('Speex')) return 'speex';
  if (at('\x80theora')) return 'theora';
  return 'unknown';
}

interface Decoded {
  channelData: Float32Array[];
  samplesDecoded: number;
  sampleRate: number;
  bitDepth?: number;
  errors?: unknown[];
}

interface WasmDecoder {
  ready: Promise<void>;
  decode(d: Uint8Array): Decoded | Promise<Decoded>;
  flush?(): Promise<Decoded>;
  free(): void;
}

async function makeDecoder(codec: 'mp3' | 'flac' | 'vorbis' | 'opus'): Promise<WasmDecoder> {
  switch (codec) {
    case 'mp3': {
      const m = await import('mpg123-decoder');
      return new m.MPEGDecoder() as unknown as WasmDecoder;
    }
    case 'flac': {
      const m = await import('@wasm-audio-decoders/flac');
      return new m.FLACDecoder() as unknown as WasmDecoder;
    }
    case 'vorbis': {
      const m = await import('@wasm-audio-decoders/ogg-vorbis');
      return new m.OggVorbisDecoder() as unknown as WasmDecoder;
    }
    default: {
      const m = await import('ogg-opus-decoder');
      return new m.OggOpusDecoder() as unknown as WasmDecoder;
    }
  }
}

/**
 * Growable sample store: the channel mix, and the integer samples of lossless sources. It keeps the first `cap()`
 * frames, or with `keepLast` the last `keepLast` frames of at most `cap()` produced (the end of a stream).
 */
class Accumulator {
  mono = new Float32Array(0);
  ints: Int16Array | Int32Array | null = null;
  frames = 0;
  /** Frames the decoder produced, kept or not (the bytes-per-frame estimate needs all of them). */
  produced = 0;
  /** Frames dropped from the front (keepLast mode). */
  dropped = 0;
  channels = 0;
  rate = 0;
  bits = 0;
  constructor(
    private readonly lossless: boolean,
    private readonly cap: () => number,
    private readonly keepLast = 0,
  ) {}

  full(): boolean {
    return this.rate > 0 && (this.keepLast ? this.produced : this.frames) >= this.cap();
  }

  /** keepLast mode: drop all but the last `keepLast` frames. */
  trim(): void {
    const drop = this.frames - this.keepLast;
    if (!this.keepLast || drop <= 0) return;
    this.mono.copyWithin(0, drop, this.frames);
    if (this.ints) this.ints.copyWithin(0, drop * this.channels, this.frames * this.channels);
    this.frames -= drop;
    this.dropped += drop;
  }

  push(r: Decoded): void {
    const n0 = r.samplesDecoded | 0;
    if (n0 <= 0 || !r.channelData?.length) return;
    if (!this.rate) {
      this.rate = r.sampleRate;
      this.channels = Math.min(r.channelData.length, MAX_CHANNELS);
      this.bits = this.lossless ? Math.max(8, Math.min(32, r.bitDepth ?? 16)) : 0;
    }
    const room = this.keepLast ? this.cap() - this.produced : this.cap() - this.frames;
    this.produced += n0;
    const ch = Math.min(this.channels, r.channelData.length);
    const n = Math.min(n0, room);
    if (n <= 0) return;
    if (this.keepLast && this.frames + n > 2 * this.keepLast) this.trim();
    this.grow(this.frames + n);
    const inv = 1 / this.channels;
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (let c = 0; c < ch; c++) acc += r.channelData[c][i];
      this.mono[this.frames + i] = acc * inv;
    }
    if (this.ints) {
      const scale = 2 ** (this.bits - 1);
      const max = scale - 1;
      const C = this.channels;
      for (let c = 0; c < ch; c++) {
        const src = r.channelData[c];
        for (let i = 0; i < n; i++) {
          let v = Math.round(src[i] * scale);
          if (v > max) v = max;
          else if (v < -scale) v = -scale;
          this.ints[(this.frames + i) * C + c] = v;
        }
      }
    }
    this.frames += n;
  }

  /** Add another accumulator's samples after these (same rate, channels and depth), beyond this one's cap. */
  append(o: Accumulator): void {
    const frames = this.frames + o.frames;
    const m = new Float32Array(frames);
    m.set(this.mono.subarray(0, this.frames));
    m.set(o.mono.subarray(0, o.frames), this.frames);
    this.mono = m;
    if (this.ints && o.ints) {
      const C = this.channels;
      const ints = this.ints instanceof Int16Array ? new Int16Array(frames * C) : new Int32Array(frames * C);
      ints.set(this.ints.subarray(0, this.frames * C));
      ints.set(o.ints.subarray(0, o.frames * C), this.frames * C);
      this.ints = ints;
    }
    this.frames = frames;
  }

  private grow(need: number): void {
    if (need <= this.mono.length) return;
    const size = Math.max(need, Math.min(this.keepLast ? 3 * this.keepLast : this.cap(), Math.max(this.mono.length * 2, 65536)));
    const m = new Float32Array(size);
    m.set(this.mono.subarray(0, this.frames));
    this.mono = m;
    if (this.lossless) {
      const n = size * this.channels;
      const ints = this.bits <= 16 ? new Int16Array(n) : new Int32Array(n);
      if (this.ints) ints.set(this.ints.subarray(0, this.frames * this.channels));
      this.ints = ints;
    }
  }
}

/**
 * The WebAssembly decoders print their decode errors with console.error/console.warn (they return them too, which is
 * what we use): silence the console while they run, so hostile files cannot flood a report on stdout/stderr. A
 * counter keeps overlapping decodes from restoring the console too early.
 */
let muted = 0;
let saved: { error: typeof console.error; warn: typeof console.warn } | null = null;
async function quietly<T>(fn: () => T | Promise<T>): Promise<T> {
  if (muted++ === 0) {
    saved = { error: console.error, warn: console.warn };
    console.error = () => {};
    console.warn = () => {};
  }
  try {
    return await fn();
  } finally {
    if (--muted === 0 && saved) {
      console.error = saved.error;
      console.warn = saved.warn;
      saved = null;
    }
  }
}

/** Bytes a decoder needs in front of a piece from the middle of the stream: FLAC's metadata, Ogg's header pages. */
function streamHeader(d: Uint8Array, codec: Codec): number {
  if (codec === 'mp3') return 0; // mpg123 finds the next frame itself
  if (codec === 'flac') {
    let p = 4;
    for (let k = 0; k < 1024 && p + 4 <= d.length; k++) {
      const last = d[p] & 0x80;
      p += 4 + ((d[p + 1] << 16) | (d[p + 2] << 8) | d[p + 3]);
      if (last) return Math.min(p, d.length);
    }
    return -1;
  }
  // Ogg: the pages before the first one with a granule position (identification, comment and setup headers)
  let p = 0;
  for (let k = 0; k < 1024 && p + 27 <= d.length; k++) {
    if (d[p] !== 0x4f || d[p + 1] !== 0x67 || d[p + 2] !== 0x67 || d[p + 3] !== 0x53) return -1;
    let granuleSet = false;
    for (let i = 6; i < 14; i++) if (d[p + i] !== 0) granuleSet = true;
    if (granuleSet) return p;
    const segs = d[p + 26];
    let body = 0;
    for (let i = 0; i < segs && p + 27 + i < d.length; i++) body += d[p + 27 + i];
    p += 27 + segs + body;
  }
  return -1;
}

/**
 * A frame (FLAC) or page (Ogg) boundary near `at`: the last one at or before it (not before `floor`), else the first
 * after it. Starting before `at` covers the end fully however long the pages are; the decoders check what follows
 * and resync past anything that only looked like a boundary.
 */
function alignTail(d: Uint8Array, at: number, floor: number, codec: Codec): number {
  if (codec === 'mp3') return at;
  const sync = (i: number): boolean => (codec === 'flac' ? flacFrameHeaderAt(d, i) > 0 : d[i] === 0x4f && d[i + 1] === 0x67 && d[i + 2] === 0x67 && d[i + 3] === 0x53);
  for (let i = Math.min(at, d.length - 4); i >= floor; i--) if (sync(i)) return i;
  for (let i = at; i + 4 <= d.length; i++) if (sync(i)) return i;
  return d.length;
}

type Codec = 'mp3' | 'flac' | 'vorbis' | 'opus';

/**
 * Frames the stream says it holds, at the decoder's output rate: FLAC's STREAMINFO total, an Ogg stream's last
 * granule position (less Opus's pre-skip); null for MP3 or when absent. Used only to place the decoded end in time.
 */
function declaredFrames(d: Uint8Array, codec: Codec): number | null {
  if (codec === 'flac') {
    if (d.length < 26) return null;
    const total = (d[21] & 0x0f) * 2 ** 32 + ((d[22] << 24) >>> 0) + (d[23] << 16) + (d[24] << 8) + d[25];
    return total > 0 ? total : null;
  }
  if (codec === 'mp3') return null;
  for (let i = d.length - 27; i >= Math.max(0, d.length - 256 * 1024); i--) {
    if (d[i] !== 0x4f || d[i + 1] !== 0x67 || d[i + 2] !== 0x67 || d[i + 3] !== 0x53) continue;
    let g = 0;
    for (let k = 7; k >= 0; k--) g = g * 256 + d[i + 6 + k];
    if (d[i + 13] & 0x80 || g <= 0) return null; // -1 (no packet ends here) or negative
    // OpusHead: magic (8), version, channels, pre-skip (16-bit little-endian), in the first page's body
    const head = 27 + d[26];
    const preskip = codec === 'opus' && d.length > head + 12 ? d[head + 10] | (d[head + 11] << 8) : 0;
    return Math.max(0, g - preskip);
  }
  return null;
}

/**
 * Where the piece [from, to) of `d` must end so that at most `left` more pages (Ogg) or frames (FLAC) are fed, and how
 * many it holds up to there. A page or frame is counted where its header starts (a chance header in the data only
 * makes the bound come sooner).
 */
function unitsIn(d: Uint8Array, from: number, to: number, codec: Codec, left: number): { end: number; units: number } {
  let units = 0;
  for (let i = from; i < to; i++) {
    const unit = codec === 'flac'
      ? d[i] === 0xff && (d[i + 1] & 0xfe) === 0xf8 && flacFrameHeaderAt(d, i) > 0
      : d[i] === 0x4f && d[i + 1] === 0x67 && d[i + 2] === 0x67 && d[i + 3] === 0x53;
    if (!unit) continue;
    if (units >= left) return { end: i, units };
    units++;
  }
  return { end: to, units };
}

/** Feed `d` to a fresh decoder until the accumulator is full; what it took and what went wrong. */
async function feed(d: Uint8Array, codec: Codec, acc: Accumulator, maxUnits = MAX_DECODE_UNITS): Promise<{ fed: number; errors: number; threw: string | null; unitsBound: boolean } | { unavailable: string }> {
  let dec: WasmDecoder;
  try {
    dec = await makeDecoder(codec);
    await dec.ready;
  } catch (e) {
    return { unavailable: e instanceof Error ? e.message : String(e) };
  }
  let fed = 0;
  let errors = 0;
  let threw: string | null = null;
  let unitsLeft = codec === 'mp3' ? Infinity : maxUnits;
  let unitsBound = false;
  try {
    const feedMin = codec === 'vorbis' ? FEED_MIN_VORBIS : FEED_MIN;
    let size = Math.max(feedMin, 4096);
    for (let o = 0; o < d.length && !acc.full(); ) {
      let end = Math.min(d.length, o + size);
      if (unitsLeft !== Infinity) {
        const u = unitsIn(d, o, end, codec, unitsLeft);
        unitsLeft -= u.units;
        if (u.end < end) {
          end = u.end;
          unitsBound = true;
        }
        if (end <= o) break;
      }
      const piece = d.subarray(o, end);
      const r = await quietly(() => dec.decode(piece));
      fed = end;
      errors += r.errors?.length ?? 0;
      acc.push(r);
      // the last piece's expansion (samples per input byte) sizes the next piece; grow slowly, shrink at once
      const out = (r.samplesDecoded | 0) * Math.max(1, r.channelData?.length ?? 1);
      const ratio = out / piece.length;
      const want = ratio > 0 ? Math.floor(TARGET_OUT / ratio) : size * 2;
      size = Math.max(feedMin, Math.min(FEED_MAX, want, size * 2));
      o = end;
      if (unitsBound) break;
    }
    if (!acc.full() && dec.flush) {
      const flush = dec.flush.bind(dec);
      const r = await quietly(() => flush());
      errors += r.errors?.length ?? 0;
      acc.push(r);
    }
  } catch (e) {
    threw = e instanceof Error ? e.message : String(e);
  } finally {
    try {
      dec.free();
    } catch {
      // freeing a decoder that failed is best effort
    }
  }
  return { fed, errors, threw, unitsBound };
}

/**
 * Decode compressed audio: its first `headSeconds`, and when the file goes on, its last `tailSeconds` too (a fresh
 * decoder fed the stream's header and then the bytes from a frame or page boundary near the end), so that something
 * appended to a long song is heard as well as its start. What lies between is not decoded (the spans are stated).
 */
export async function decodeCompressed(d: Uint8Array, codec: Codec, headSeconds = MAX_COMPRESSED_SECONDS - TAIL_SECONDS, tailSeconds = TAIL_SECONDS): Promise<DecodeOutcome> {
  const lossless = codec === 'flac';
  const acc: Accumulator = new Accumulator(lossless, (): number => Math.min(Math.floor(MAX_INT_SAMPLES / Math.max(1, acc.channels)), Math.round(headSeconds * acc.rate)));
  const head = await feed(d, codec, acc);
  if ('unavailable' in head) return { ok: false, kind: 'unsupported', reason: `no ${codec} decoder available: ${head.unavailable}` };
  const { fed, errors, threw, unitsBound } = head;
  const unit = codec === 'flac' ? 'frames' : 'pages';
  if (acc.frames === 0) {
    const from = unitsBound ? `the first ${MAX_DECODE_UNITS} ${unit} (${fed} of ${d.length} bytes)` : `${d.length} bytes`;
    return { ok: false, kind: 'failed', reason: threw ? `the ${codec} decoder failed: ${threw}` : `no ${codec} audio decodes from ${from}${errors ? ` (${errors} decoder errors)` : ''}` };
  }
  const notes: string[] = [];
  if (errors) notes.push(`${errors} decoder errors`);
  if (threw) notes.push(`decoder stopped: ${threw}`);
  if (unitsBound) notes.push(`decoding of the start stopped after ${MAX_DECODE_UNITS} ${unit}`);
  const capped = (acc.full() || unitsBound) && fed < d.length;
  const bytesPerFrame = fed / Math.max(1, acc.produced);
  let totalFrames = capped ? Math.round(d.length / bytesPerFrame) : acc.frames;
  let sampled: AudioSignal['sampled'] = null;
  let tailNote: string | null = null;
  if (capped && tailSeconds > 0) {
    const hdr = streamHeader(d, codec);
    // the bytes of the kept head end about here (the decoder was fed further than it kept)
    const floor = Math.max(hdr, Math.floor(acc.frames * bytesPerFrame));
    const at = alignTail(d, Math.max(floor, Math.floor(d.length - tailSeconds * acc.rate * bytesPerFrame)), floor, codec);
    // the tail is decoded from the boundary to the end, keeping its last tailSeconds (at most 4 x that plus a minute
    // is decoded: a stream that expands past it has its very end cut, said in the notes)
    const keep = Math.round(tailSeconds * acc.rate);
    const tail = new Accumulator(lossless, (): number => 4 * keep + 60 * acc.rate, keep);
    const input = hdr < 0 ? null : new Uint8Array(hdr + d.length - at);
    if (input) {
      input.set(d.subarray(0, hdr));
      input.set(d.subarray(at), hdr);
    }
    const got = input && at < d.length ? await feed(input, codec, tail, MAX_DECODE_UNITS_TAIL) : null;
    tail.trim();
    if (got && !('unavailable' in got) && tail.frames > 0 && tail.rate === acc.rate && tail.channels === acc.channels && tail.bits === acc.bits) {
      // where the kept end starts: from the declared length when the decoder reached the end, else from the bytes
      // (the declared length is the file's word: believed only within a factor of two of what the bytes suggest)
      const declared = declaredFrames(d, codec);
      const byBytes = Math.round(at / bytesPerFrame) + tail.dropped;
      const estimate = d.length / bytesPerFrame;
      const believable = declared !== null && !tail.full() && !got.unitsBound && declared >= acc.frames + tail.frames && declared <= 2 * estimate && declared >= estimate / 2;
      const tailStart = Math.max(acc.frames, believable ? declared - tail.frames : byBytes);
      if (tail.full()) notes.push('the end expands past the decoding bound: its last part is missing');
      else if (got.unitsBound) notes.push(`the end holds more than ${MAX_DECODE_UNITS_TAIL} ${unit}: its last part is missing`);
      totalFrames = Math.max(totalFrames, tailStart + tail.frames);
      sampled = { headFrames: acc.frames, tailStart };
      acc.append(tail);
      if (got.errors) notes.push(`${got.errors} decoder errors in the end`);
    } else {
      tailNote = got && !('unavailable' in got) && tail.frames > 0 ? 'its end changes sample rate, channels or depth' : 'its end does not decode';
    }
  }
  const secs = (f: number): number => Math.round(f / acc.rate);
  if (capped) {
    notes.push(
      sampled
        ? `first ${secs(sampled.headFrames)} s and last ${secs(acc.frames - sampled.headFrames)} s of about ${secs(totalFrames)} s decoded`
        : `first ${secs(acc.frames)} s of about ${secs(totalFrames)} s decoded${tailNote ? `; ${tailNote}` : ''}`,
    );
  }
  const signal: AudioSignal = {
    container: codec === 'vorbis' || codec === 'opus' ? 'ogg' : codec,
    codec,
    sampleRate: acc.rate,
    channels: Math.max(1, acc.channels),
    frames: acc.frames,
    totalFrames,
    bits: lossless ? acc.bits : 0,
    ints: lossless && acc.ints ? acc.ints.subarray(0, acc.frames * acc.channels) : null,
    mono: monoFromArray(acc.mono.subarray(0, acc.frames)),
    lossy: !lossless,
    raw: null,
    rawOffset: 0,
    bytesPerSample: 0,
    rawChannels: acc.channels,
    bigEndian: false,
    sampled: capped ? (sampled ?? { headFrames: acc.frames, tailStart: totalFrames }) : null,
    notes,
  };
  return { ok: true, signal };
}

/** Seconds covered by the decoded samples, for messages. */
export function seconds(s: AudioSignal, frames = s.frames): number {
  return Math.round((frames / s.sampleRate) * 100) / 100;
}
