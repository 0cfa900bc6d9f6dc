/**
 * Sample decoding of uncompressed containers: WAV (RIFF/RIFX/RF64, PCM 8/16/24/32-bit, IEEE float 32/64-bit,
 * WAVE_FORMAT_EXTENSIBLE, mu-law, A-law), AIFF/AIFC (big-endian PCM, `sowt`, `fl32`/`fl64`) and Sun AU. Hand-written:
 * the formats are a header and a plain array, and the scanner needs the integer samples exactly as stored (least
 * significant bits included), which audio libraries normalise away.
 *
 * Bounded: at most MAX_INT_SAMPLES samples are converted; a longer file is sampled at its start and its end (a payload
 * can sit at either), the raw bytes of the whole data chunk stay available for byte-level checks.
 */
import { parseRiff } from '../formats/riff.js';
import { monoFromArray, monoFromInts, type AudioSignal, type DecodeOutcome } from './types.js';

/** Samples (all channels) converted at most: 3 minutes of 44.1 kHz stereo. */
export const MAX_INT_SAMPLES = 16_000_000;
/** Channels analysed at most (the rest are ignored; noted). */
export const MAX_CHANNELS = 8;

export interface PcmLayout {
  container: string;
  codec: 'pcm' | 'float' | 'mulaw' | 'alaw';
  sampleRate: number;
  channels: number;
  /** Bytes per sample as stored. */
  bytes: number;
  /** Integer PCM: 8-bit WAV is unsigned. */
  unsigned8: boolean;
  bigEndian: boolean;
  dataOffset: number;
  dataSize: number;
}

/** Where the samples are and how they are coded, or why they cannot be read. */
export function pcmLayout(d: Uint8Array, format: string): PcmLayout | { error: string; unsupported: boolean } {
  if (format === 'au') return auLayout(d);
  const p = parseRiff(d);
  if (!p.fmt || !p.data) return { error: 'no format or sample data chunk', unsupported: false };
  const f = p.fmt;
  const aiff = p.container === 'FORM';
  let tag = f.formatTag;
  if (tag === 0xfffe && f.extensible) tag = f.extensible.subFormatTag ?? -1;
  const bits = f.bitsPerSample;
  const channels = f.channels;
  if (channels < 1 || f.sampleRate < 1) return { error: `declares ${channels} channels at ${f.sampleRate} Hz`, unsupported: false };
  let codec: PcmLayout['codec'];
  let bytes: number;
  let bigEndian = p.bigEndian;
  if (aiff) {
    const comp = f.compression ?? 'NONE';
    if (comp === 'NONE' || comp === 'twos' || comp === 'sowt') {
      codec = 'pcm';
      if (comp === 'sowt') bigEndian = false;
    } else if (comp === 'fl32' || comp === 'FL32' || comp === 'fl64' || comp === 'FL64') {
      codec = 'float';
      if (comp.toLowerCase() === 'fl64') return fin(8);
      return fin(4);
    } else if (comp === 'ulaw' || comp === 'ULAW') codec = 'mulaw';
    else if (comp === 'alaw' || comp === 'ALAW') codec = 'alaw';
    else return { error: `AIFC compression '${comp.replace(/[^\x20-\x7e]/g, '?')}'`, unsupported: true };
    bytes = codec === 'pcm' ? Math.ceil(bits / 8) : 1;
  } else if (tag === 1) {
    codec = 'pcm';
    bytes = f.blockAlign > 0 && f.blockAlign % channels === 0 ? f.blockAlign / channels : Math.ceil(bits / 8);
  } else if (tag === 3) {
    codec = 'float';
    bytes = bits === 64 ? 8 : 4;
  } else if (tag === 6 || tag === 7) {
    codec = tag === 7 ? 'mulaw' : 'alaw';
    bytes = 1;
  } else return { error: `WAV format tag 0x${(tag >>> 0).toString(16)}`, unsupported: true };
  return fin(bytes);

  function fin(b: number): PcmLayout | { error: string; unsupported: boolean } {
    if (codec === 'float' && b !== 4 && b !== 8) return { error: `${b}-byte float samples`, unsupported: true };
    if (b < 1 || b > 4) {
      if (codec !== 'float') return { error: `${b}-byte samples`, unsupported: true };
    }
    return {
      container: aiff ? 'aiff' : 'wav',
      codec,
      sampleRate: f.sampleRate,
      channels,
      bytes: b,
      unsigned8: !aiff && codec === 'pcm' && b === 1,
      bigEndian: codec === 'float' && aiff ? true : bigEndian,
      dataOffset: p.data!.offset,
      dataSize: p.data!.size,
    };
  }
}

function auLayout(d: Uint8Array): PcmLayout | { error: string; unsupported: boolean } {
  if (d.length < 24) return { error: 'AU header truncated', unsupported: false };
  const u32 = (i: number): number => ((d[i] << 24) | (d[i + 1] << 16) | (d[i + 2] << 8) | d[i + 3]) >>> 0;
  const off = u32(4);
  const size = u32(8);
  const enc = u32(12);
  const rate = u32(16);
  const channels = u32(20);
  if (off < 24 || off > d.length) return { error: `AU data offset ${off} outside the file`, unsupported: false };
  if (channels < 1 || channels > 64 || rate < 1) return { error: `AU declares ${channels} channels at ${rate} Hz`, unsupported: false };
  const avail = d.length - off;
  const dataSize = size === 0xffffffff ? avail : Math.min(size, avail);
  const base = { container: 'au', sampleRate: rate, channels, bigEndian: true, dataOffset: off, dataSize, unsigned8: false };
  switch (enc) {
    case 1: return { ...base, codec: 'mulaw', bytes: 1 };
    case 2: return { ...base, codec: 'pcm', bytes: 1 };
    case 3: return { ...base, codec: 'pcm', bytes: 2 };
    case 4: return { ...base, codec: 'pcm', bytes: 3 };
    case 5: return { ...base, codec: 'pcm', bytes: 4 };
    case 6: return { ...base, codec: 'float', bytes: 4 };
    case 7: return { ...base, codec: 'float', bytes: 8 };
    case 27: return { ...base, codec: 'alaw', bytes: 1 };
    default: return { error: `AU encoding ${enc}`, unsupported: true };
  }
}

const MULAW = new Int16Array(256);
const ALAW = new Int16Array(256);
(() => {
  for (let i = 0; i < 256; i++) {
    const u = ~i & 0xff;
    const t = (((u & 0x0f) << 3) + 0x84) << ((u & 0x70) >> 4);
    MULAW[i] = u & 0x80 ? 0x84 - t : t - 0x84;
    const a = i ^ 0x55;
    let s = (a & 0x0f) << 4;
    const seg = (a & 0x70) >> 4;
    if (seg === 0) s += 8;
    else s = (s + 0x108) << (seg - 1);
    ALAW[i] = a & 0x80 ? s : -s;
  }
})();

/** Read samples per the layout. Never throws; bounded by MAX_INT_SAMPLES. */
export function readPcm(d: Uint8Array, L: PcmLayout): DecodeOutcome {
  const bps = L.bytes;
  const ch = Math.min(L.channels, MAX_CHANNELS);
  const frameBytes = bps * L.channels;
  const raw = d.subarray(L.dataOffset, L.dataOffset + L.dataSize);
  const totalFrames = Math.floor(raw.length / frameBytes);
  if (totalFrames < 1) return { ok: false, kind: 'empty', reason: 'no complete sample frame' };
  const maxFrames = Math.max(1, Math.floor(MAX_INT_SAMPLES / ch));
  let headFrames = totalFrames;
  let tailStart = totalFrames;
  let frames = totalFrames;
  if (totalFrames > maxFrames) {
    headFrames = Math.floor(maxFrames / 2);
    tailStart = totalFrames - (maxFrames - headFrames);
    frames = maxFrames;
  }
  const integer = L.codec === 'pcm';
  const bits = integer ? bps * 8 : 0;
  const fast = integer && bps === 2 && !L.bigEndian && ch === L.channels;
  // 16-bit little-endian with every channel, whole file, aligned: the samples are the bytes, no copy at all
  const zeroCopy = fast && frames === totalFrames && raw.byteOffset % 2 === 0;
  let ints: Int16Array | Int32Array | null = null;
  if (zeroCopy) ints = new Int16Array(raw.buffer, raw.byteOffset, frames * ch);
  else if (integer) ints = bps <= 2 ? new Int16Array(frames * ch) : new Int32Array(frames * ch);
  // integer PCM computes its mix on demand; float and companded samples get an array
  const mono = integer ? null : new Float32Array(frames);
  const scale = L.codec === 'float' ? 1 / ch : 1 / 32768 / ch;
  const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const le = !L.bigEndian;
  let o = 0;
  const readFrames = (from: number, to: number): void => {
    for (let fr = from; fr < to; fr++) {
      const base = fr * frameBytes;
      let acc = 0;
      for (let c = 0; c < ch; c++) {
        const p = base + c * bps;
        let v: number;
        if (L.codec === 'pcm') {
          switch (bps) {
            case 1: v = L.unsigned8 ? raw[p] - 128 : (raw[p] << 24) >> 24; break;
            case 2: v = dv.getInt16(p, le); break;
            case 3: v = le ? ((raw[p] | (raw[p + 1] << 8) | (raw[p + 2] << 16)) << 8) >> 8 : ((raw[p + 2] | (raw[p + 1] << 8) | (raw[p] << 16)) << 8) >> 8; break;
            default: v = dv.getInt32(p, le);
          }
          ints![o * ch + c] = v;
        } else if (L.codec === 'float') {
          let x = bps === 8 ? dv.getFloat64(p, le) : dv.getFloat32(p, le);
          // random bytes read as floats are NaN or astronomically large: keep the mix finite, the stats see the bytes
          if (!(x === x)) x = 0;
          else if (x > 8) x = 8;
          else if (x < -8) x = -8;
          acc += x;
        } else {
          acc += L.codec === 'mulaw' ? MULAW[raw[p]] : ALAW[raw[p]];
        }
      }
      if (mono) mono[o] = acc * scale;
      o++;
    }
  };
  if (zeroCopy) {
    // nothing to do
  } else if (fast) {
    // 16-bit little-endian, every channel: the samples are the bytes (a view when aligned, else one copy per part)
    const part = (from: number, to: number, at: number): void => {
      const bytes = raw.subarray(from * frameBytes, to * frameBytes);
      // (a copy made with `new Uint8Array(len).set`: members are often Node Buffers, whose slice() is a view)
      let view: Int16Array;
      if (bytes.byteOffset % 2 === 0) view = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
      else {
        const copy = new Uint8Array(bytes.length & ~1);
        copy.set(bytes.subarray(0, copy.length));
        view = new Int16Array(copy.buffer);
      }
      (ints as Int16Array).set(view, at * ch);
    };
    part(0, headFrames, 0);
    if (tailStart < totalFrames) part(tailStart, totalFrames, headFrames);
  } else {
    readFrames(0, headFrames);
    if (tailStart < totalFrames) readFrames(tailStart, totalFrames);
  }
  const notes: string[] = [];
  if (L.channels > ch) notes.push(`${L.channels} channels, first ${ch} analysed`);
  const signal: AudioSignal = {
    container: L.container,
    codec: L.codec,
    sampleRate: L.sampleRate,
    channels: ch,
    frames,
    totalFrames,
    bits,
    ints,
    mono: mono ? monoFromArray(mono) : monoFromInts(ints!, ch, bits),
    lossy: false,
    raw,
    rawOffset: L.dataOffset,
    bytesPerSample: bps,
    rawChannels: L.channels,
    bigEndian: L.bigEndian,
    sampled: totalFrames > frames ? { headFrames, tailStart } : null,
    notes,
  };
  return { ok: true, signal };
}
