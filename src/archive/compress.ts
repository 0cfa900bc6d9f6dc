/** Bounded decompression of whole buffers: a declared size is never trusted, output stops at the limit. */
import zlib from 'node:zlib';
import Bunzip from 'seek-bzip';

export type Decompressed = { ok: true; data: Uint8Array } | { ok: false; reason: string; tooLarge: boolean };

function tooLarge(e: unknown): boolean {
  const msg = e instanceof Error ? e.message : String(e);
  return /maxOutputLength|larger than|too large/i.test(msg) || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
}

/** gzip, including concatenated members (as gzip(1) and Python's gzip module read them). */
export function gunzip(d: Uint8Array, maxOut: number): Decompressed {
  try {
    return { ok: true, data: zlib.gunzipSync(d, { maxOutputLength: Math.max(1, maxOut) }) };
  } catch (e) {
    if (tooLarge(e)) return { ok: false, tooLarge: true, reason: `gzip data inflates past ${maxOut} bytes` };
    return { ok: false, tooLarge: false, reason: `gzip data is corrupt: ${e instanceof Error ? e.message : String(e)}` };
  }
}

class LimitReached extends Error {}

/**
 * bzip2 through `seek-bzip` (pure JavaScript), with an output sink that stops at `maxOut` bytes. Node has no bzip2
 * in zlib; sdists as `.tar.bz2` and zip members with method 12 need it.
 */
export function bunzip2(d: Uint8Array, maxOut: number): Decompressed {
  let buf = new Uint8Array(Math.min(maxOut, Math.max(4096, d.length * 4)));
  let pos = 0;
  const sink = {
    writeByte(b: number) {
      if (pos >= buf.length) {
        if (buf.length >= maxOut) throw new LimitReached();
        const next = new Uint8Array(Math.min(maxOut, buf.length * 2));
        next.set(buf);
        buf = next;
      }
      buf[pos++] = b;
    },
  };
  try {
    Bunzip.decode(Buffer.from(d.buffer, d.byteOffset, d.byteLength), sink, true);
    return { ok: true, data: buf.subarray(0, pos) };
  } catch (e) {
    if (e instanceof LimitReached) return { ok: false, tooLarge: true, reason: `bzip2 data inflates past ${maxOut} bytes` };
    return { ok: false, tooLarge: false, reason: `bzip2 data is corrupt: ${e instanceof Error ? e.message : String(e)}` };
  }
}
