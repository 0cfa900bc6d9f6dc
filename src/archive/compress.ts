/** Bounded decompression of whole buffers: a declared size is never trusted, output stops at the limit. */
import zlib from 'node:zlib';
import Bunzip from 'seek-bzip';
import { DecodeError, decodeLzmaFile } from './lzma.js';
import { decodeCompress } from './lzw.js';

/**
 * `trailing`: bytes after the compressed data that its readers ignore (known for xz/.lzma only). `unsupported`: data in
 * a variant the scanner does not decode (an xz filter, say), not corrupt data.
 */
export type Decompressed = { ok: true; data: Uint8Array; trailing?: number } | { ok: false; reason: string; tooLarge: boolean; unsupported?: boolean };

/**
 * Did zlib stop because the output would pass `maxOutputLength`? Node throws (code ERR_BUFFER_TOO_LARGE) rather than
 * truncating; every bounded inflate in the scanner tells that apart from corrupt data with this one test.
 */
export function isOutputLimitError(e: unknown): boolean {
  const msg = e instanceof Error ? e.message : String(e);
  return /maxOutputLength|larger than|too large/i.test(msg) || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
}

/**
 * Output buffer size for inflating `d` in one piece: the size its trailer declares (ISIZE, the last member's length
 * mod 2^32), within [64 KiB, min(limit + 1, GUNZIP_FIRST_TRY)]. Only a hint, never trusted: with a smaller real
 * output the buffer is cut to it, with a larger one zlib goes on in more buffers and joins them (the default
 * behaviour, which with 16 KiB buffers copies every inflated byte once more).
 */
function gzipChunk(d: Uint8Array, maxOut: number): number {
  const declared = d.length >= 18 ? (d[d.length - 4] | (d[d.length - 3] << 8) | (d[d.length - 2] << 16) | (d[d.length - 1] << 24)) >>> 0 : 0;
  return Math.max(64 * 1024, Math.min(declared + 1, maxOut + 1, GUNZIP_FIRST_TRY));
}

/** gzip, including concatenated members (as gzip(1) and Python's gzip module read them). */
export function gunzip(d: Uint8Array, maxOut: number): Decompressed {
  try {
    return { ok: true, data: zlib.gunzipSync(d, { maxOutputLength: Math.max(1, maxOut), chunkSize: gzipChunk(d, maxOut) }) };
  } catch (e) {
    if (isOutputLimitError(e)) return { ok: false, tooLarge: true, reason: `gzip data inflates past ${maxOut} bytes` };
    return { ok: false, tooLarge: false, reason: `gzip data is corrupt: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Output a gzip stream may inflate to in memory before it is first measured without being kept. */
export const GUNZIP_FIRST_TRY = 64 * 1024 * 1024;

/**
 * How many bytes a zlib stream inflates to, counted as it streams and never held (past `limit` it is stopped and
 * `over` set): a bomb costs time bounded by the limit and no memory.
 */
export function measureInflate(d: Uint8Array, stream: zlib.Gunzip | zlib.InflateRaw, limit: number): Promise<{ size: number; over: boolean; error?: string }> {
  return new Promise((resolve) => {
    let size = 0;
    let done = false;
    const finish = (r: { size: number; over: boolean; error?: string }): void => {
      if (done) return;
      done = true;
      resolve(r);
    };
    stream.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        finish({ size, over: true });
        stream.destroy();
      }
    });
    stream.on('end', () => finish({ size, over: false }));
    stream.on('error', (e) => finish({ size, over: false, error: e.message }));
    stream.on('close', () => finish({ size, over: size > limit }));
    stream.end(Buffer.from(d.buffer, d.byteOffset, d.byteLength));
  });
}

/**
 * gzip to at most `maxOut` bytes with memory bounded by what is kept: a stream that does not fit in
 * GUNZIP_FIRST_TRY bytes is measured first (streaming, nothing kept), and inflated whole only when it fits the limit.
 * A gzip bomb thus costs no more memory than the first try, however large the limit.
 */
export async function gunzipBounded(d: Uint8Array, maxOut: number): Promise<Decompressed> {
  if (maxOut <= GUNZIP_FIRST_TRY) return gunzip(d, maxOut);
  const first = gunzip(d, GUNZIP_FIRST_TRY);
  if (first.ok || !first.tooLarge) return first;
  const m = await measureInflate(d, zlib.createGunzip({ chunkSize: 1024 * 1024 }), maxOut);
  if (m.over) return { ok: false, tooLarge: true, reason: `gzip data inflates past ${maxOut} bytes` };
  return gunzip(d, maxOut);
}

class Full extends Error {}

/**
 * bzip2 through `seek-bzip` (pure JavaScript; Node's zlib has no bzip2), with an output stream that stops at the bound and an input that
 * ends for real. Returns what was decoded before a limit or corruption stopped it, null when nothing was.
 */
export function bunzipBounded(d: Uint8Array, maxOutput: number): { out: Uint8Array; truncated: boolean } | null {
  const buf = new Uint8Array(Math.min(maxOutput, Math.max(1024, d.length * 8)));
  let out = buf;
  let pos = 0;
  let truncated = false;
  const output = {
    writeByte(b: number): void {
      if (pos >= out.length) {
        if (out.length >= maxOutput) throw new Full();
        const bigger = new Uint8Array(Math.min(maxOutput, out.length * 2));
        bigger.set(out);
        out = bigger;
      }
      out[pos++] = b;
    },
  };
  let inPos = 0;
  const input = {
    readByte(): number {
      if (inPos >= d.length) {
        // a little past the end is how the bit reader finishes; far past it is a corrupt stream
        if (inPos++ > d.length + 16) throw new Error('bzip2: read past end');
        return 0;
      }
      return d[inPos++];
    },
    read(b: Uint8Array, off: number, len: number): number {
      let k = 0;
      while (k < len && inPos < d.length) b[off + k++] = d[inPos++];
      return k === 0 ? -1 : k;
    },
    eof(): boolean {
      return inPos >= d.length;
    },
    seek(p: number): void {
      inPos = p;
    },
  };
  try {
    // seek-bzip accepts a stream object in place of a buffer: ours ends for real instead of returning undefined
    // past the end (which a truncated stream would otherwise spin on).
    Bunzip.decode(input, output, true);
  } catch (e) {
    if (e instanceof Full) truncated = true;
    else if (pos === 0) return null;
    else truncated = true; // corrupt tail: keep what was decoded
  }
  if (pos === 0) return null;
  return { out: out.subarray(0, pos), truncated };
}

/**
 * bzip2 output allowed whatever the ratio, and the ratio allowed past it. bzip2 turns runs of one byte into almost
 * nothing (64 MiB of zeros is 79 bytes, and streams may be concatenated), and the decoder here is JavaScript: a few
 * kilobytes would otherwise cost gigabytes of memory and minutes. Past BZIP2_FREE_OUTPUT a stream may give at most
 * BZIP2_MAX_RATIO times its own size; ordinary data compresses ten times, not a thousand.
 */
export const BZIP2_FREE_OUTPUT = 64 * 1024 * 1024;
export const BZIP2_MAX_RATIO = 1000;

/** bzip2 to at most `maxOut` bytes: the whole stream or a clear failure (the unpacker needs all or nothing). */
export function bunzip2(d: Uint8Array, maxOut: number): Decompressed {
  const bound = Math.min(maxOut, Math.max(BZIP2_FREE_OUTPUT, BZIP2_MAX_RATIO * d.length));
  const r = bunzipBounded(d, bound);
  if (!r) return { ok: false, tooLarge: false, reason: 'bzip2 data is corrupt' };
  if (r.truncated) {
    if (r.out.length < bound) return { ok: false, tooLarge: false, reason: 'bzip2 data is corrupt or truncated' };
    return bound < maxOut
      ? { ok: false, tooLarge: true, reason: `bzip2 data inflates past ${bound} bytes, more than ${BZIP2_MAX_RATIO} times its ${d.length} bytes (decompression bomb)` }
      : { ok: false, tooLarge: true, reason: `bzip2 data inflates past ${maxOut} bytes` };
  }
  return { ok: true, data: r.out };
}

/**
 * The same ratio rule as bzip2 for the other hand-written decoders (xz/lzma, Unix compress): past BZIP2_FREE_OUTPUT,
 * at most BZIP2_MAX_RATIO times the input, so a few kilobytes cannot hold gigabytes of memory.
 */
function ratioBound(d: Uint8Array, maxOut: number): number {
  return Math.min(maxOut, Math.max(BZIP2_FREE_OUTPUT, BZIP2_MAX_RATIO * d.length));
}

/** `ratioOf`: the input size, when `maxOut` is the ratio bound (lower than the size limit). */
function decoded(what: string, maxOut: number, run: () => Decompressed, ratioOf?: number): Decompressed {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof DecodeError)) {
      // a RangeError from an allocation the limit allowed but the machine did not is a size problem too
      if (e instanceof RangeError && /allocation failed|invalid typed array length|array buffer/i.test(e.message)) return { ok: false, tooLarge: true, reason: `${what} data inflates past what can be held in memory` };
      throw e;
    }
    if (e.kind === 'too-large') {
      return { ok: false, tooLarge: true, reason: ratioOf !== undefined ? `${what} data inflates past ${maxOut} bytes, more than ${BZIP2_MAX_RATIO} times its ${ratioOf} bytes (decompression bomb)` : `${what} data inflates past ${maxOut} bytes` };
    }
    if (e.kind === 'unsupported') return { ok: false, tooLarge: false, unsupported: true, reason: `${what} data the scanner cannot decode: ${e.message}` };
    return { ok: false, tooLarge: false, reason: `${what} data is ${e.kind === 'truncated' ? 'truncated' : 'corrupt'}: ${e.message}` };
  }
}

/**
 * .xz or .lzma to at most `maxOut` bytes, as Python's `lzma.decompress` reads them: every stream in a row; bytes after
 * the last one, which it ignores, are counted in `trailing` (src/archive/lzma.ts).
 */
export function unxz(d: Uint8Array, maxOut: number): Decompressed {
  const bound = ratioBound(d, maxOut);
  return decoded('xz/lzma', bound, () => {
    const r = decodeLzmaFile(d, bound);
    return { ok: true, data: r.data, trailing: d.length - r.end };
  }, bound < maxOut ? d.length : undefined);
}

/** Unix compress (.Z) to at most `maxOut` bytes (src/archive/lzw.ts). */
export function uncompressZ(d: Uint8Array, maxOut: number): Decompressed {
  const bound = ratioBound(d, maxOut);
  return decoded('compress (.Z)', bound, () => ({ ok: true, data: decodeCompress(d, bound) }), bound < maxOut ? d.length : undefined);
}

type ZstdSync = (d: Uint8Array, o: { maxOutputLength: number }) => Buffer;
const zstdSync = (zlib as unknown as { zstdDecompressSync?: ZstdSync }).zstdDecompressSync;

/**
 * Zstandard through Node's own zlib, where the runtime has it (Node 22.15 and later; the action runs on Node 24). On
 * an older Node the data is reported as unsupported, which marks the scan incomplete rather than passing it unread.
 */
export function unzstd(d: Uint8Array, maxOut: number): Decompressed {
  if (!zstdSync) {
    return { ok: false, tooLarge: false, unsupported: true, reason: `zstd data: Node ${process.version} has no zstd decoder (Node 22.15 or later has one)` };
  }
  try {
    return { ok: true, data: zstdSync(d, { maxOutputLength: Math.max(1, maxOut) }) };
  } catch (e) {
    if (isOutputLimitError(e)) return { ok: false, tooLarge: true, reason: `zstd data inflates past ${maxOut} bytes` };
    return { ok: false, tooLarge: false, reason: `zstd data is corrupt: ${e instanceof Error ? e.message : String(e)}` };
  }
}
