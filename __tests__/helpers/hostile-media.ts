/**
 * Generated media files whose structure lies: sizes larger than the file, zero or 0xFFFFFFFF, chunk floods, cut
 * frames, garbage behind valid codec headers. Used by __tests__/adversarial/media.test.ts; everything is built here,
 * nothing is read from disk.
 */
import { cat, fmtChunk, flacBlock, flacFrame, noise, oggPage, opusHead, opusTags, peExe, pcm, riffChunk, streamInfo, vorbisCommentPacket, vorbisIdent, mp3Frames } from './audio.js';
import { flacCrc8, flacCrc16 } from '../../src/formats/flac.js';
import { crc32 } from '../../src/formats/png.js';

export const le32 = (n: number): number[] => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
export const be32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const be24 = (n: number): number[] => [(n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const syncsafe = (n: number): number[] => [(n >> 21) & 127, (n >> 14) & 127, (n >> 7) & 127, n & 127];

/** `n` copies of `unit` in one buffer, without building n arrays. */
export function repeat(unit: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(unit.length * n);
  out.set(unit, 0);
  let filled = unit.length;
  while (filled < out.length) {
    const k = Math.min(filled, out.length - filled);
    out.copyWithin(filled, 0, k);
    filled += k;
  }
  return out;
}

// ---- RIFF / WAV ---------------------------------------------------------------------------------------------

/** A WAV with the container size and the data chunk size written as given, the real PCM body being `samples` long. */
export function wavWithSizes(riffSize: number, dataSize: number, samples = 4000, after: Uint8Array[] = []): Uint8Array {
  return cat('RIFF', le32(riffSize), 'WAVE', fmtChunk(), 'data', le32(dataSize), pcm(samples), ...after);
}

/** `n` empty chunks of one id (8 bytes each): a flood the walker must stop on. */
export function emptyChunks(id: string, n: number): Uint8Array {
  return repeat(cat(id, le32(0)), n);
}

/** A WAV: fmt, a little PCM, then `n` empty chunks, then `tail` chunks. The RIFF size covers everything. */
export function wavChunkFlood(n: number, tail: Uint8Array[] = []): Uint8Array {
  const body = cat('WAVE', fmtChunk(), riffChunk('data', pcm(2000)), emptyChunks('junk', n), ...tail);
  return cat('RIFF', le32(body.length), body);
}

/** LIST chunks nested `depth` deep, each declaring exactly the bytes of the one inside it. */
export function nestedLists(depth: number, inner: Uint8Array): Uint8Array {
  // built from the inside out into one buffer: each level adds 12 bytes in front
  const total = inner.length + 12 * depth;
  const out = new Uint8Array(total);
  out.set(inner, total - inner.length);
  let size = inner.length;
  for (let k = depth - 1; k >= 0; k--) {
    const at = 12 * k;
    out.set([0x4c, 0x49, 0x53, 0x54], at); // LIST
    out.set(le32(size + 4), at + 4);
    out.set([0x49, 0x4e, 0x46, 0x4f], at + 8); // INFO
    size += 12;
  }
  return out;
}

// ---- MP3 / ID3 ----------------------------------------------------------------------------------------------

/** An ID3v2.3 header declaring `size` bytes (syncsafe, at most 0x0FFFFFFF), then `body`. */
export function id3Header(size: number, body: Uint8Array, version = 3): Uint8Array {
  return cat('ID3', [version, 0, 0], syncsafe(size), body);
}

/** An ID3v2.3 frame header with a size that lies. */
export function id3FrameLying(id: string, declared: number, data: Uint8Array): Uint8Array {
  return cat(id, be32(declared), [0, 0], data);
}

/** MPEG-1 Layer III frames of 417 bytes: valid headers, random bytes for the rest (the decoder eats garbage). */
export function mp3Garbage(frames: number, seed = 1): Uint8Array {
  const out = noise(417 * frames, seed);
  for (let i = 0; i < frames; i++) out.set([0xff, 0xfb, 0x90, 0x64], 417 * i);
  return out;
}

// ---- FLAC ---------------------------------------------------------------------------------------------------

export { flacBlock, flacFrame, streamInfo };

/** FLAC frame headers with a correct CRC-8 and a correct CRC-16, holding random subframe bytes. */
export function flacGarbageFrames(n: number, len = 600, seed = 1): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const h = [0xff, 0xf8, 0x19, 0x08, i & 0x7f];
    const body = cat(h, [flacCrc8(new Uint8Array(h), 0, h.length)], noise(len, seed + i));
    const c = flacCrc16(body, 0, body.length);
    parts.push(cat(body, [c >> 8, c & 255]));
  }
  return cat(...parts);
}

/** `n` CRC-correct constant frames of 192 samples each (11 bytes apiece): a million of them is 11 MB. */
export function tinyFlacFrames(n: number): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let k = 0; k < 128; k++) parts.push(flacFrame(k, 1000));
  const cycle = cat(...parts); // frame numbers 0..127 repeat (the walker does not check the numbering)
  const reps = Math.ceil(n / 128);
  return repeat(cycle, reps).subarray(0, cycle.length / 128 * n);
}

export function flacStream(blocks: Uint8Array[], frames: Uint8Array): Uint8Array {
  return cat('fLaC', ...blocks, frames);
}

// ---- Ogg ----------------------------------------------------------------------------------------------------

export { oggPage, opusHead, opusTags, vorbisIdent, vorbisCommentPacket };

/** An Ogg Opus stream: OpusHead, OpusTags, then `n` pages of random packets (every byte string is an Opus packet). */
export function opusGarbage(n: number, seed = 1): Uint8Array {
  const serial = 0x55;
  const pages = [oggPage({ serial, seq: 0, headerType: 2, packets: [opusHead()] }), oggPage({ serial, seq: 1, headerType: 0, packets: [opusTags(['TITLE=x'])] })];
  for (let i = 0; i < n; i++) pages.push(oggPage({ serial, seq: i + 2, headerType: i === n - 1 ? 4 : 0, granule: (i + 1) * 960 * 4, packets: [noise(120, seed + 4 * i), noise(90, seed + 4 * i + 1), noise(200, seed + 4 * i + 2), noise(60, seed + 4 * i + 3)] }));
  return cat(...pages);
}

/** An Ogg Vorbis stream whose setup header and audio packets are random bytes. */
export function vorbisGarbage(n: number, seed = 1): Uint8Array {
  const serial = 0x77;
  const pages = [
    oggPage({ serial, seq: 0, headerType: 2, packets: [vorbisIdent()] }),
    oggPage({ serial, seq: 1, headerType: 0, packets: [vorbisCommentPacket(['TITLE=x']), cat([5], 'vorbis', noise(3000, seed))] }),
  ];
  for (let i = 0; i < n; i++) pages.push(oggPage({ serial, seq: i + 2, headerType: i === n - 1 ? 4 : 0, granule: (i + 1) * 2048, packets: [noise(400, seed + i + 10)] }));
  return cat(...pages);
}

/** `n` empty Ogg pages of one stream (28 bytes each), after a Vorbis identification page. */
export function tinyOggPages(n: number): Uint8Array {
  const serial = 9;
  const first = oggPage({ serial, seq: 0, headerType: 2, packets: [vorbisIdent()] });
  const unit = oggPage({ serial, seq: 1, headerType: 0, packets: [new Uint8Array(0)] });
  // sequence numbers are left equal (a sequence gap is only an anomaly); the CRC stays correct for every copy
  return cat(first, repeat(unit, n));
}

// ---- PNG ----------------------------------------------------------------------------------------------------

export function pngChunkRaw(type: string, data: Uint8Array, declared = data.length, goodCrc = true): Uint8Array {
  const td = cat(type, data);
  return cat(be32(declared), td, be32(goodCrc ? crc32(td) : 0));
}

/** A 2x2 RGB PNG's IHDR. */
export function ihdr2x2(): Uint8Array {
  return pngChunkRaw('IHDR', new Uint8Array([...be32(2), ...be32(2), 8, 2, 0, 0, 0]));
}

export const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export { peExe, noise, cat, pcm, repeat as repeatBytes, mp3Frames, be24 };
