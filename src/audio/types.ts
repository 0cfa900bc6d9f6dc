/** Decoded audio shared by the signal analyzers (see decode.ts for how it is produced and bounded). */

export interface AudioSignal {
  /** Container the samples came from: wav, aiff, au, mp3, flac, ogg. */
  container: string;
  /** Sample coding: pcm, float, mulaw, alaw, mp3, flac, vorbis, opus. */
  codec: string;
  sampleRate: number;
  /** Channels of `ints` (interleaved) and of the source. */
  channels: number;
  /** Frames (samples per channel) held in `ints` / `mono`. */
  frames: number;
  /** Frames the whole file holds (declared or estimated), >= frames. */
  totalFrames: number;
  /** Width of the integer samples in `ints` (8, 16, 24, 32), 0 when there are none. */
  bits: number;
  /**
   * Interleaved integer samples of lossless sources (PCM containers, FLAC), exactly as stored: 8-bit unsigned WAV is
   * centred (value - 128). Null for lossy and floating-point sources, where least significant bits mean nothing.
   */
  ints: Int16Array | Int32Array | null;
  /** Channel-averaged signal in [-1, 1] (same frames as `ints`), for the spectral analyses. */
  mono: MonoSource;
  lossy: boolean;
  /** PCM containers: raw sample bytes (the whole data chunk, not only what `ints` holds) and where they sit. */
  raw: Uint8Array | null;
  rawOffset: number;
  /** Bytes per sample in `raw` (1..8), 0 when there is no raw data. */
  bytesPerSample: number;
  /** Channels interleaved in `raw` (may exceed `channels` when only the first ones were analysed). */
  rawChannels: number;
  bigEndian: boolean;
  /**
   * When `ints`/`mono` do not hold the whole file: frames [0, headFrames) are the start of the file and the rest (if
   * any) its end, starting at file frame `tailStart`. Null when everything was decoded.
   */
  sampled: { headFrames: number; tailStart: number } | null;
  /** Decoder errors or notes worth showing in evidence. */
  notes: string[];
}

export type DecodeOutcome =
  | { ok: true; signal: AudioSignal }
  /** `unsupported`: a codec we have no decoder for (not a finding); `failed`: the file claims to be audio but does not decode. */
  | { ok: false; kind: 'unsupported' | 'failed' | 'empty'; reason: string };

/**
 * The channel mix, read in pieces: for integer PCM it is computed from the samples as it is read, so a long file
 * does not pay for a second full-length array (fresh memory is expensive to touch).
 */
export interface MonoSource {
  readonly length: number;
  /** Write samples [start, start + out.length) into `out` (zeros past the end). */
  read(out: Float32Array | Float64Array, start: number): void;
  /**
   * The same samples as `read` into a Float32Array would give, each times w[i] (an analysis window), into `out`: one
   * pass instead of a read and a multiply (the spectrogram's inner loop).
   */
  readWindowed(out: Float64Array, start: number, w: Float32Array): void;
  /** When the mix is computed from integer samples: them, their channel count and the mix's scale (see monoFromInts). */
  readonly ints?: { x: Int16Array | Int32Array; channels: number; scale: number };
}

export function monoFromArray(a: Float32Array): MonoSource {
  return {
    length: a.length,
    read(out, start) {
      const n = Math.max(0, Math.min(out.length, a.length - start));
      for (let i = 0; i < n; i++) out[i] = a[start + i];
      for (let i = n; i < out.length; i++) out[i] = 0;
    },
    readWindowed(out, start, w) {
      const n = Math.max(0, Math.min(out.length, a.length - start));
      for (let i = 0; i < n; i++) out[i] = a[start + i] * w[i];
      for (let i = n; i < out.length; i++) out[i] = 0;
    },
  };
}

export function monoFromInts(x: Int16Array | Int32Array, channels: number, bits: number): MonoSource {
  const frames = Math.floor(x.length / channels);
  const scale = 1 / 2 ** (bits - 1) / channels;
  return {
    length: frames,
    ints: { x, channels, scale },
    read(out, start) {
      const n = Math.max(0, Math.min(out.length, frames - start));
      if (channels === 1) for (let i = 0; i < n; i++) out[i] = x[start + i] * scale;
      else if (channels === 2) for (let i = 0, j = 2 * start; i < n; i++, j += 2) out[i] = (x[j] + x[j + 1]) * scale;
      else {
        for (let i = 0; i < n; i++) {
          let acc = 0;
          const b = (start + i) * channels;
          for (let c = 0; c < channels; c++) acc += x[b + c];
          out[i] = acc * scale;
        }
      }
      for (let i = n; i < out.length; i++) out[i] = 0;
    },
    readWindowed(out, start, w) {
      const n = Math.max(0, Math.min(out.length, frames - start));
      // Math.fround: the value a Float32Array would hold, as `read` into one gives
      if (channels === 1) for (let i = 0; i < n; i++) out[i] = Math.fround(x[start + i] * scale) * w[i];
      else if (channels === 2) for (let i = 0, j = 2 * start; i < n; i++, j += 2) out[i] = Math.fround((x[j] + x[j + 1]) * scale) * w[i];
      else {
        for (let i = 0; i < n; i++) {
          let acc = 0;
          const b = (start + i) * channels;
          for (let c = 0; c < channels; c++) acc += x[b + c];
          out[i] = Math.fround(acc * scale) * w[i];
        }
      }
      for (let i = n; i < out.length; i++) out[i] = 0;
    },
  };
}

/** A stretch of the mix as its own array (for the demodulator). */
export function monoSlice(m: MonoSource, start: number, end: number): Float32Array {
  const a = Math.max(0, start);
  const out = new Float32Array(Math.max(0, Math.min(end, m.length) - a));
  m.read(out, a);
  return out;
}

/**
 * Position in the file of a frame of the decoded samples: a signal sampled at its start and end holds the end right
 * after the start, so frames past the start's stretch sit `tailStart - headFrames` further on in the file.
 */
export function fileFrame(s: AudioSignal, frame: number): number {
  return s.sampled && frame >= s.sampled.headFrames ? frame - s.sampled.headFrames + s.sampled.tailStart : frame;
}
