/**
 * Signal fixtures for the audio signal analyzers, all generated: containers (WAV of every sample format, AIFF, AU),
 * clean material (speech-like formants, chords with vibrato, noise floors with dither, quantised tones, silence),
 * and stego (LSB replacement and ±1 matching at a given rate, text drawn into the spectrogram, FSK modem tones).
 * Deterministic: every generator takes a seed.
 */
import { flacCrc16, flacCrc8 } from '../../src/formats/flac.js';

/** xorshift32 PRNG in [0, 1). */
export function rng(seed = 1): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

/** Standard normal from a uniform source (Box-Muller). */
export function gauss(r: () => number): number {
  const u = Math.max(1e-12, r());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

// ---- containers ----------------------------------------------------------------------------------------------------

export interface WavSpec {
  rate?: number;
  channels?: number;
  /** 8, 16, 24, 32 (integer) or 32/64 with float. */
  bits?: number;
  float?: boolean;
  extensible?: boolean;
}

/** A WAV around interleaved samples: integers for PCM (8-bit given as signed, stored unsigned), floats for float. */
export function wavFile(samples: ArrayLike<number>, spec: WavSpec = {}): Uint8Array {
  const rate = spec.rate ?? 44100;
  const ch = spec.channels ?? 1;
  const bits = spec.bits ?? 16;
  const bps = bits / 8;
  const data = Buffer.alloc(samples.length * bps);
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i];
    const o = i * bps;
    if (spec.float) {
      if (bits === 64) data.writeDoubleLE(v, o);
      else data.writeFloatLE(v, o);
    } else if (bits === 8) data[o] = (v + 128) & 0xff;
    else if (bits === 16) data.writeInt16LE(clamp(v, 16), o);
    else if (bits === 24) data.writeIntLE(clamp(v, 24), o, 3);
    else data.writeInt32LE(clamp(v, 32), o);
  }
  const fmtLen = spec.extensible ? 40 : 16;
  const fmt = Buffer.alloc(fmtLen);
  const tag = spec.float ? 3 : 1;
  fmt.writeUInt16LE(spec.extensible ? 0xfffe : tag, 0);
  fmt.writeUInt16LE(ch, 2);
  fmt.writeUInt32LE(rate, 4);
  fmt.writeUInt32LE(rate * ch * bps, 8);
  fmt.writeUInt16LE(ch * bps, 12);
  fmt.writeUInt16LE(bits, 14);
  if (spec.extensible) {
    fmt.writeUInt16LE(22, 16);
    fmt.writeUInt16LE(bits, 18);
    fmt.writeUInt32LE(ch === 2 ? 3 : 4, 20);
    Buffer.from([tag, 0, 0, 0, 0, 0, 0x10, 0, 0x80, 0, 0, 0xaa, 0, 0x38, 0x9b, 0x71]).copy(fmt, 24);
  }
  const pad = data.length & 1;
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(4 + 8 + fmtLen + 8 + data.length + pad, 4);
  head.write('WAVE', 8, 'latin1');
  const fh = Buffer.alloc(8);
  fh.write('fmt ', 0, 'latin1');
  fh.writeUInt32LE(fmtLen, 4);
  const dh = Buffer.alloc(8);
  dh.write('data', 0, 'latin1');
  dh.writeUInt32LE(data.length, 4);
  return new Uint8Array(Buffer.concat([head, fh, fmt, dh, data, Buffer.alloc(pad)]));
}

/** A WAV whose data chunk holds the given bytes as they are (text, random bytes ...). */
export function wavBytes(data: Uint8Array, spec: WavSpec = {}): Uint8Array {
  const w = wavFile(new Int16Array(0), spec);
  const out = new Uint8Array(w.length + data.length + (data.length & 1));
  out.set(w);
  out.set(data, w.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(4, out.length - 8, true);
  dv.setUint32(w.length - 4, data.length, true);
  return out;
}

function clamp(v: number, bits: number): number {
  const max = 2 ** (bits - 1) - 1;
  const r = Math.round(v);
  return r > max ? max : r < -max - 1 ? -max - 1 : r;
}

/** AIFF, 16-bit big-endian. */
export function aiffFile(samples: ArrayLike<number>, rate = 44100, channels = 1): Uint8Array {
  const data = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) data.writeInt16BE(clamp(samples[i], 16), i * 2);
  const comm = Buffer.alloc(26);
  comm.write('COMM', 0, 'latin1');
  comm.writeUInt32BE(18, 4);
  comm.writeUInt16BE(channels, 8);
  comm.writeUInt32BE(samples.length / channels, 10);
  comm.writeUInt16BE(16, 14);
  // 80-bit extended sample rate
  const e = Math.floor(Math.log2(rate));
  comm.writeUInt16BE(16383 + e, 16);
  const mant = rate / 2 ** e;
  comm.writeUInt32BE(Math.floor(mant * 2 ** 31), 18);
  comm.writeUInt32BE(0, 22);
  const ssnd = Buffer.alloc(16);
  ssnd.write('SSND', 0, 'latin1');
  ssnd.writeUInt32BE(8 + data.length, 4);
  const form = Buffer.alloc(12);
  form.write('FORM', 0, 'latin1');
  form.writeUInt32BE(4 + comm.length + ssnd.length + data.length, 4);
  form.write('AIFF', 8, 'latin1');
  return new Uint8Array(Buffer.concat([form, comm, ssnd, data]));
}

/** Sun AU, 16-bit linear. */
export function auFile(samples: ArrayLike<number>, rate = 8000, channels = 1): Uint8Array {
  const h = Buffer.alloc(24);
  h.write('.snd', 0, 'latin1');
  h.writeUInt32BE(24, 4);
  h.writeUInt32BE(samples.length * 2, 8);
  h.writeUInt32BE(3, 12);
  h.writeUInt32BE(rate, 16);
  h.writeUInt32BE(channels, 20);
  const data = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) data.writeInt16BE(clamp(samples[i], 16), i * 2);
  return new Uint8Array(Buffer.concat([h, data]));
}

/** Float signal in [-1, 1] (interleaved) to 16-bit integers, optionally with TPDF dither. */
export function toInt16(x: ArrayLike<number>, dither = false, seed = 5): Int16Array {
  const r = rng(seed);
  const out = new Int16Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const d = dither ? r() - r() : 0;
    out[i] = clamp(x[i] * 32767 + d, 16);
  }
  return out;
}

/** Interleave mono channels. */
export function interleave(...chs: Float32Array[]): Float32Array {
  const n = Math.min(...chs.map((c) => c.length));
  const out = new Float32Array(n * chs.length);
  for (let i = 0; i < n; i++) for (let c = 0; c < chs.length; c++) out[i * chs.length + c] = chs[c][i];
  return out;
}

// ---- clean material ------------------------------------------------------------------------------------------------

/** Chords with vibrato and note envelopes, a little reverb-like noise: music-like. */
export function music(seconds: number, rate = 44100, seed = 1, level = 0.3): Float32Array {
  const r = rng(seed);
  const n = Math.floor(seconds * rate);
  const x = new Float32Array(n);
  const noteLen = Math.floor(rate * (0.25 + r() * 0.5));
  let phase = [0, 0, 0, 0];
  let freqs = [220, 277, 330, 440];
  let vib = 4 + r() * 3;
  for (let i = 0; i < n; i++) {
    const k = i % noteLen;
    if (k === 0) {
      const root = 110 * 2 ** (Math.floor(r() * 24) / 12);
      freqs = [root, root * 1.26, root * 1.5, root * 2];
      vib = 4 + r() * 3;
      phase = phase.map(() => r() * 6.28);
    }
    const env = Math.min(1, k / (rate * 0.01)) * Math.exp(-k / (rate * 0.4));
    const v = 1 + 0.006 * Math.sin((2 * Math.PI * vib * i) / rate);
    let s = 0;
    for (let j = 0; j < 4; j++) {
      phase[j] += (2 * Math.PI * freqs[j] * v) / rate;
      s += Math.sin(phase[j]) / (j + 1) + 0.3 * Math.sin(2 * phase[j]) / (j + 1);
    }
    x[i] = level * env * s * 0.4 + 0.0005 * gauss(r);
  }
  return x;
}

/** Speech-like: a glottal pulse train through three formant resonators, with pauses and noise bursts. */
export function speech(seconds: number, rate = 22050, seed = 2, level = 0.4): Float32Array {
  const r = rng(seed);
  const n = Math.floor(seconds * rate);
  const x = new Float32Array(n);
  const res = [0, 0, 0].map(() => ({ y1: 0, y2: 0 }));
  let f0 = 120;
  let formants = [700, 1200, 2500];
  let seg = 0;
  let voiced = true;
  let pulse = 0;
  for (let i = 0; i < n; i++) {
    if (i >= seg) {
      seg = i + Math.floor(rate * (0.08 + r() * 0.2));
      voiced = r() > 0.25;
      formants = [300 + r() * 600, 900 + r() * 1400, 2200 + r() * 800];
      f0 = 90 + r() * 120;
    }
    let e = 0;
    if (voiced) {
      pulse += f0 / rate;
      if (pulse >= 1) {
        pulse -= 1;
        e = 1;
      }
    } else e = 0.15 * gauss(r);
    let y = 0;
    for (let k = 0; k < 3; k++) {
      const w = (2 * Math.PI * formants[k]) / rate;
      const rr = 0.97;
      const s = res[k];
      const o = e + 2 * rr * Math.cos(w) * s.y1 - rr * rr * s.y2;
      s.y2 = s.y1;
      s.y1 = o;
      y += o / (k + 1);
    }
    x[i] = level * 0.05 * y;
  }
  return x;
}

/** A quiet room: noise floor around -60 dBFS (gaussian), as a recording with dither has. */
export function noiseFloor(seconds: number, rate = 44100, seed = 3, level = 0.001): Float32Array {
  const r = rng(seed);
  const n = Math.floor(seconds * rate);
  const x = new Float32Array(n);
  let lp = 0;
  for (let i = 0; i < n; i++) {
    lp = 0.9 * lp + 0.1 * gauss(r);
    x[i] = level * (gauss(r) * 0.5 + lp * 2);
  }
  return x;
}

/** A pure tone (exactly periodic when the frequency divides the rate), quantised without dither. */
export function pureTone(seconds: number, rate = 44100, freq = 441, level = 0.5): Float32Array {
  const n = Math.floor(seconds * rate);
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = level * Math.sin((2 * Math.PI * freq * i) / rate);
  return x;
}

/** Beeps with digital silence between them (UI sound): a tone, exact zeros, a tone. */
export function beeps(seconds: number, rate = 44100, seed = 4): Float32Array {
  const r = rng(seed);
  const n = Math.floor(seconds * rate);
  const x = new Float32Array(n);
  const len = Math.floor(rate * 0.15);
  const gap = Math.floor(rate * 0.25);
  let f = 880;
  for (let i = 0; i < n; i++) {
    const k = i % (len + gap);
    if (k === 0) f = 440 + Math.floor(r() * 8) * 110;
    if (k < len) x[i] = 0.4 * Math.sin((2 * Math.PI * f * k) / rate) * Math.sin((Math.PI * k) / len);
  }
  return x;
}

// ---- stego -----------------------------------------------------------------------------------------------------------

/** Bits of `payload` (MSB first), repeated or cut to `n`; random bits when no payload. */
function bitsOf(n: number, payload: Uint8Array | null, r: () => number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = payload && i < payload.length * 8 ? (payload[i >> 3] >> (7 - (i & 7))) & 1 : r() < 0.5 ? 1 : 0;
  return out;
}

/**
 * LSB replacement of `rate` of the samples (interleaved): sequentially from the start, or at positions spread by a
 * PRNG. With a payload, its bits are written first (MSB first), then random bits.
 */
export function lsbReplace(x: Int16Array | Int32Array, rate: number, mode: 'sequential' | 'random', seed = 9, payload: Uint8Array | null = null): typeof x {
  const r = rng(seed);
  const out = x.slice();
  const n = Math.floor(x.length * rate);
  const bits = bitsOf(n, payload, r);
  if (mode === 'sequential') {
    for (let i = 0; i < n; i++) out[i] = (out[i] & ~1) | bits[i];
  } else {
    for (const [k, i] of positions(x.length, n, r).entries()) out[i] = (out[i] & ~1) | bits[k];
  }
  return out;
}

/** ±1 embedding (LSB matching) of `rate` of the samples, random positions. */
export function lsbMatch(x: Int16Array | Int32Array, rate: number, seed = 10): typeof x {
  const r = rng(seed);
  const out = x.slice();
  const max = x instanceof Int16Array ? 32767 : 2 ** 31 - 1;
  const n = Math.floor(x.length * rate);
  for (const i of positions(x.length, n, r)) {
    const bit = r() < 0.5 ? 1 : 0;
    if ((out[i] & 1) === bit) continue;
    const up = r() < 0.5;
    out[i] = up && out[i] < max ? out[i] + 1 : out[i] - 1;
  }
  return out;
}

/** n distinct positions in [0, len), spread by a partial Fisher-Yates. */
function positions(len: number, n: number, r: () => number): Int32Array {
  const idx = new Int32Array(len);
  for (let i = 0; i < len; i++) idx[i] = i;
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(r() * (len - i));
    const t = idx[i];
    idx[i] = idx[j];
    idx[j] = t;
  }
  return idx.subarray(0, n);
}

// ---- spectrogram text ----------------------------------------------------------------------------------------------

/** 5x7 capitals and digits, rows top to bottom, 5 bits per row (MSB left). */
const FONT: Record<string, number[]> = {
  A: [14, 17, 17, 31, 17, 17, 17], B: [30, 17, 17, 30, 17, 17, 30], C: [14, 17, 16, 16, 16, 17, 14], D: [30, 17, 17, 17, 17, 17, 30],
  E: [31, 16, 16, 30, 16, 16, 31], F: [31, 16, 16, 30, 16, 16, 16], G: [14, 17, 16, 23, 17, 17, 15], H: [17, 17, 17, 31, 17, 17, 17],
  I: [14, 4, 4, 4, 4, 4, 14], J: [7, 2, 2, 2, 2, 18, 12], K: [17, 18, 20, 24, 20, 18, 17], L: [16, 16, 16, 16, 16, 16, 31],
  M: [17, 27, 21, 21, 17, 17, 17], N: [17, 17, 25, 21, 19, 17, 17], O: [14, 17, 17, 17, 17, 17, 14], P: [30, 17, 17, 30, 16, 16, 16],
  Q: [14, 17, 17, 17, 21, 18, 13], R: [30, 17, 17, 30, 20, 18, 17], S: [15, 16, 16, 14, 1, 1, 30], T: [31, 4, 4, 4, 4, 4, 4],
  U: [17, 17, 17, 17, 17, 17, 14], V: [17, 17, 17, 17, 17, 10, 4], W: [17, 17, 17, 21, 21, 21, 10], X: [17, 17, 10, 4, 10, 17, 17],
  Y: [17, 17, 10, 4, 4, 4, 4], Z: [31, 1, 2, 4, 8, 16, 31], '0': [14, 17, 19, 21, 25, 17, 14], '1': [4, 12, 4, 4, 4, 4, 14],
  '2': [14, 17, 1, 2, 4, 8, 31], '3': [31, 2, 4, 2, 1, 17, 14], '4': [2, 6, 10, 18, 31, 2, 2], '5': [31, 16, 30, 1, 1, 17, 14],
  '6': [6, 8, 16, 30, 17, 17, 14], '7': [31, 1, 2, 4, 8, 8, 8], '8': [14, 17, 17, 14, 17, 17, 14], '9': [14, 17, 17, 15, 1, 2, 12],
  ' ': [0, 0, 0, 0, 0, 0, 0], '.': [0, 0, 0, 0, 0, 12, 12], ':': [0, 12, 12, 0, 12, 12, 0], '/': [1, 1, 2, 4, 8, 16, 16],
};

export interface TextSpec {
  rate?: number;
  /** Lowest and highest frequency of the glyph rows, Hz. */
  fLow?: number;
  fHigh?: number;
  /** Seconds per pixel column. */
  column?: number;
  /** Amplitude of each tone. */
  level?: number;
  /** Start time, seconds. */
  start?: number;
  /** Tones per pixel row: a bitmap scaled up for drawing has several image rows (tones) per font row. */
  subRows?: number;
  /** Frequency of each tone line, top first (overrides fLow/fHigh: e.g. unevenly spaced rows). */
  rowFreqs?: number[];
}

/**
 * Text drawn into the spectrogram the way image-to-sound tools do it: each pixel row is a tone, each pixel column a
 * slice of time, a lit pixel turns its tone on (with 2 ms ramps). Returns the signal and its length.
 */
export function spectrogramText(text: string, seconds: number, spec: TextSpec = {}): Float32Array {
  const rate = spec.rate ?? 44100;
  const fLow = spec.fLow ?? 16000;
  const fHigh = spec.fHigh ?? 19500;
  const col = spec.column ?? 0.04;
  const level = spec.level ?? 0.02;
  const start = spec.start ?? 0.2;
  const n = Math.floor(seconds * rate);
  const x = new Float32Array(n);
  const chars = [...text.toUpperCase()].map((c) => FONT[c] ?? FONT[' ']);
  const columns: number[][] = [];
  for (const g of chars) {
    for (let cx = 0; cx < 5; cx++) columns.push(g.map((row) => (row >> (4 - cx)) & 1));
    columns.push([0, 0, 0, 0, 0, 0, 0]);
  }
  const rows = 7;
  const sub = spec.subRows ?? 4;
  const ramp = Math.floor(rate * 0.002);
  const colLen = Math.floor(col * rate);
  const s0 = Math.floor(start * rate);
  const lines = rows * sub;
  for (let line = 0; line < lines; line++) {
    const r = Math.floor(line / sub);
    // top row is the highest frequency
    const f = spec.rowFreqs?.[line] ?? fHigh - ((fHigh - fLow) * line) / (lines - 1);
    const w = (2 * Math.PI * f) / rate;
    const amp = level / Math.sqrt(sub);
    for (let c = 0; c < columns.length; c++) {
      if (!columns[c][r]) continue;
      const a = s0 + c * colLen;
      // merge with lit neighbours so strokes are continuous (no ramp between lit columns)
      const prevLit = c > 0 && columns[c - 1][r];
      const nextLit = c + 1 < columns.length && columns[c + 1][r];
      for (let k = 0; k < colLen && a + k < n; k++) {
        let g = 1;
        if (!prevLit && k < ramp) g = k / ramp;
        if (!nextLit && colLen - k < ramp) g = (colLen - k) / ramp;
        x[a + k] += amp * g * Math.sin(w * (a + k) + line);
      }
    }
  }
  return x;
}

// ---- FSK -----------------------------------------------------------------------------------------------------------

/** Async 8N1 FSK (idle mark leader and trailer), phase-continuous, as minimodem sends it. */
export function fskSignal(bytes: Uint8Array, opts: { rate?: number; mark?: number; space?: number; baud?: number; level?: number; lead?: number } = {}): Float32Array {
  const rate = opts.rate ?? 48000;
  const mark = opts.mark ?? 1200;
  const space = opts.space ?? 2200;
  const baud = opts.baud ?? 1200;
  const level = opts.level ?? 0.5;
  const lead = opts.lead ?? 0.1;
  const bits: number[] = [];
  const leadBits = Math.round(lead * baud);
  for (let i = 0; i < leadBits; i++) bits.push(1);
  for (const b of bytes) {
    bits.push(0);
    for (let j = 0; j < 8; j++) bits.push((b >> j) & 1);
    bits.push(1);
  }
  for (let i = 0; i < leadBits; i++) bits.push(1);
  const n = Math.floor((bits.length / baud) * rate);
  const x = new Float32Array(n);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const bit = bits[Math.min(bits.length - 1, Math.floor((i * baud) / rate))];
    ph += (2 * Math.PI * (bit ? mark : space)) / rate;
    x[i] = level * Math.sin(ph);
  }
  return x;
}

/** Mix signals (sum), to the longest length. */
export function mix(...xs: Float32Array[]): Float32Array {
  const n = Math.max(...xs.map((x) => x.length));
  const out = new Float32Array(n);
  for (const x of xs) for (let i = 0; i < x.length; i++) out[i] += x[i];
  return out;
}

// ---- FLAC (verbatim subframes) -------------------------------------------------------------------------------------


/** A FLAC file with 16-bit verbatim subframes (no prediction): exact samples for tests of the lossless path. */
export function flacFile(samples: Int16Array, rate = 44100, channels = 1): Uint8Array {
  const block = 4096;
  const frames = Math.floor(samples.length / channels);
  const parts: Buffer[] = [Buffer.from('fLaC', 'latin1')];
  const si = Buffer.alloc(34);
  si.writeUInt16BE(block, 0);
  si.writeUInt16BE(block, 2);
  si[10] = (rate >> 12) & 255;
  si[11] = (rate >> 4) & 255;
  si[12] = ((rate & 15) << 4) | ((channels - 1) << 1) | ((15 >> 4) & 1);
  si[13] = (15 & 15) << 4;
  si.writeUInt32BE(frames >>> 0, 14);
  parts.push(Buffer.from([0x80, 0, 0, 34]), si);
  for (let f0 = 0, n = 0; f0 < frames; f0 += block, n++) {
    const len = Math.min(block, frames - f0);
    const num = utf8Number(n);
    // block size code 1100 (4096) for full frames, 0111 (16-bit size at the end of the header) for the last one
    const full = len === 4096;
    const rc = RATE_CODES[rate] ?? 0b1101;
    const h = Buffer.concat([
      Buffer.from([0xff, 0xf8, (full ? 0xc0 : 0x70) | rc, ((channels === 2 ? 1 : 0) << 4) | (0b100 << 1)]),
      num,
      full ? Buffer.alloc(0) : Buffer.from([(len - 1) >> 8, (len - 1) & 255]),
      rc === 0b1101 ? Buffer.from([(rate >> 8) & 255, rate & 255]) : Buffer.alloc(0),
    ]);
    const hdr = Buffer.concat([h, Buffer.from([flacCrc8(new Uint8Array(h), 0, h.length)])]);
    const sub: Buffer[] = [];
    for (let c = 0; c < channels; c++) {
      const b = Buffer.alloc(1 + len * 2);
      b[0] = 0x02;
      for (let i = 0; i < len; i++) b.writeInt16BE(samples[(f0 + i) * channels + c], 1 + i * 2);
      sub.push(b);
    }
    const body = Buffer.concat([hdr, ...sub]);
    const crc = flacCrc16(new Uint8Array(body), 0, body.length);
    parts.push(body, Buffer.from([crc >> 8, crc & 255]));
  }
  return new Uint8Array(Buffer.concat(parts));
}

const RATE_CODES: Record<number, number> = { 8000: 0b0100, 16000: 0b0101, 22050: 0b0110, 24000: 0b0111, 32000: 0b1000, 44100: 0b1001, 48000: 0b1010, 96000: 0b1011 };

function utf8Number(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  if (n < 0x800) return Buffer.from([0xc0 | (n >> 6), 0x80 | (n & 63)]);
  return Buffer.from([0xe0 | (n >> 12), 0x80 | ((n >> 6) & 63), 0x80 | (n & 63)]);
}

/** Write `payload` into the `bits` lowest bits of consecutive samples (interleaved), high bit first. */
export function embedBits(x: Int16Array, payload: Uint8Array, bits = 1, offset = 0): Int16Array {
  const out = x.slice();
  const mask = (1 << bits) - 1;
  let bitPos = 0;
  const total = payload.length * 8;
  for (let i = offset; i < out.length && bitPos < total; i++) {
    let v = 0;
    for (let j = 0; j < bits; j++) {
      const b = bitPos < total ? (payload[bitPos >> 3] >> (7 - (bitPos & 7))) & 1 : 0;
      v = (v << 1) | b;
      bitPos++;
    }
    out[i] = (out[i] & ~mask) | v;
  }
  return out;
}
