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

/** Seconds of compressed audio decoded at most (from the start). */
export const MAX_COMPRESSED_SECONDS = 180;
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
}

const WORK = new WeakMap<Uint8Array, AudioWork>();

export function audioWork(file: ScanFile): AudioWork {
  let w = WORK.get(file.data);
  if (!w) {
    w = { outcome: decodeFile(file).catch((e: unknown) => ({ ok: false, kind: 'failed', reason: `decoder error: ${e instanceof Error ? e.message : String(e)}` }) as DecodeOutcome), memo: new Map(), attached: false, fired: [] };
    WORK.set(file.data, w);
  }
  return w;
}

async function decodeFile(file: ScanFile): Promise<DecodeOutcome> {
  const d = file.data;
  const fmt = file.type.format;
  if (fmt === 'wav' || fmt === 'aiff' || fmt === 'au') {
    const L = pcmLayout(d, fmt);
    if ('error' in L) return { ok: false, kind: L.unsupported ? 'unsupported' : 'failed', reason: L.error };
    return readPcm(d, L);
  }
  if (fmt === 'mp3') return decodeCompressed(d, 'mp3');
  if (fmt === 'flac') return decodeCompressed(d, 'flac');
  if (fmt === 'ogg') {
    const codec = oggCodec(d);
    if (codec === 'vorbis' || codec === 'opus') return decodeCompressed(d, codec);
    return { ok: false, kind: 'unsupported', reason: `Ogg stream of ${codec}` };
  }
  return { ok: false, kind: 'unsupported', reason: `format ${fmt}` };
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

/** Growable sample store: the channel mix, and the integer samples of lossless sources. */
class Accumulator {
  mono = new Float32Array(0);
  ints: Int16Array | Int32Array | null = null;
  frames = 0;
  channels = 0;
  rate = 0;
  bits = 0;
  constructor(
    private readonly lossless: boolean,
    private readonly cap: () => number,
  ) {}

  full(): boolean {
    return this.rate > 0 && this.frames >= this.cap();
  }

  push(r: Decoded): void {
    const n0 = r.samplesDecoded | 0;
    if (n0 <= 0 || !r.channelData?.length) return;
    if (!this.rate) {
      this.rate = r.sampleRate;
      this.channels = Math.min(r.channelData.length, MAX_CHANNELS);
      this.bits = this.lossless ? Math.max(8, Math.min(32, r.bitDepth ?? 16)) : 0;
    }
    const ch = Math.min(this.channels, r.channelData.length);
    const n = Math.min(n0, this.cap() - this.frames);
    if (n <= 0) return;
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

  private grow(need: number): void {
    if (need <= this.mono.length) return;
    const size = Math.min(this.cap(), Math.max(need, this.mono.length * 2, 65536));
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

async function decodeCompressed(d: Uint8Array, codec: 'mp3' | 'flac' | 'vorbis' | 'opus'): Promise<DecodeOutcome> {
  let dec: WasmDecoder;
  try {
    dec = await makeDecoder(codec);
    await dec.ready;
  } catch (e) {
    return { ok: false, kind: 'unsupported', reason: `no ${codec} decoder available: ${e instanceof Error ? e.message : String(e)}` };
  }
  const lossless = codec === 'flac';
  const acc: Accumulator = new Accumulator(lossless, (): number => Math.min(Math.floor(MAX_INT_SAMPLES / Math.max(1, acc.channels)), Math.round(MAX_COMPRESSED_SECONDS * acc.rate)));
  let fed = 0;
  let errors = 0;
  let threw: string | null = null;
  try {
    const feedMin = codec === 'vorbis' ? FEED_MIN_VORBIS : FEED_MIN;
    let feed = Math.max(feedMin, 4096);
    for (let o = 0; o < d.length && !acc.full(); ) {
      const end = Math.min(d.length, o + feed);
      const piece = d.subarray(o, end);
      const r = await quietly(() => dec.decode(piece));
      fed = end;
      errors += r.errors?.length ?? 0;
      acc.push(r);
      // the last piece's expansion (samples per input byte) sizes the next piece; grow slowly, shrink at once
      const out = (r.samplesDecoded | 0) * Math.max(1, r.channelData?.length ?? 1);
      const ratio = out / piece.length;
      const want = ratio > 0 ? Math.floor(TARGET_OUT / ratio) : feed * 2;
      feed = Math.max(feedMin, Math.min(FEED_MAX, want, feed * 2));
      o = end;
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
  if (acc.frames === 0) {
    return { ok: false, kind: 'failed', reason: threw ? `the ${codec} decoder failed: ${threw}` : `no ${codec} audio decodes from ${d.length} bytes${errors ? ` (${errors} decoder errors)` : ''}` };
  }
  const notes: string[] = [];
  if (errors) notes.push(`${errors} decoder errors`);
  if (threw) notes.push(`decoder stopped: ${threw}`);
  const capped = acc.full() && fed < d.length;
  const totalFrames = capped ? Math.round((acc.frames * d.length) / Math.max(1, fed)) : acc.frames;
  if (capped) notes.push(`first ${Math.round(acc.frames / acc.rate)} s of about ${Math.round(totalFrames / acc.rate)} s decoded`);
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
    sampled: capped ? { headFrames: acc.frames, tailStart: totalFrames } : null,
    notes,
  };
  return { ok: true, signal };
}

/** Seconds covered by the decoded samples, for messages. */
export function seconds(s: AudioSignal, frames = s.frames): number {
  return Math.round((frames / s.sampleRate) * 100) / 100;
}
