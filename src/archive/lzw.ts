/**
 * Unix `compress` (.Z: 1F 9D, LZW), decoded as ncompress and gzip decode it. Hand-written because no maintained npm
 * package reads it (the LZW packages on the registry are for strings, GIF or TIFF, with other code widths and
 * bit orders), and it is short.
 *
 * Format: a flags byte after the magic (bits 0-4: largest code width, 9..16; bit 7: "block mode", where code 256
 * clears the table). Codes are packed LSB first, starting 9 bits wide and growing by one bit each time the table
 * fills the current width. ncompress reads codes in groups of eight: when the width changes or the table is cleared,
 * the rest of the current group of eight codes is skipped. The format has no end marker and no check: the stream
 * ends where the bits do, so a cut-off file decodes to a prefix for every reader.
 */
import { DecodeError, Output } from './lzma.js';

export function isCompressHeader(d: Uint8Array, off = 0): boolean {
  if (off + 3 > d.length || d[off] !== 0x1f || d[off + 1] !== 0x9d) return false;
  const bits = d[off + 2] & 0x1f;
  return bits >= 9 && bits <= 16;
}

// The tables, shared by every call (decoding is synchronous): a zip of many small .Z members must not allocate and
// clear 256 KiB for each. Every entry is written before it is read, so nothing needs clearing between calls.
const PREFIX = new Uint16Array(1 << 16);
const SUFFIX = new Uint8Array(1 << 16);
const STACK = new Uint8Array((1 << 16) + 1);
for (let i = 0; i < 256; i++) SUFFIX[i] = i;

export function decodeCompress(d: Uint8Array, maxOut: number): Uint8Array {
  if (d.length < 3 || d[0] !== 0x1f || d[1] !== 0x9d) throw new DecodeError('corrupt', 'not compress (.Z) data');
  const maxBits = d[2] & 0x1f;
  if (maxBits < 9 || maxBits > 16) throw new DecodeError('corrupt', `compress (.Z) data with ${maxBits}-bit codes`);
  const blockMode = (d[2] & 0x80) !== 0;
  const maxMaxCode = 1 << maxBits;
  const prefix = PREFIX;
  const suffix = SUFFIX;
  const stack = STACK;
  const out = new Output(maxOut, d.length * 2);
  const totalBits = d.length * 8;

  let nBits = 9;
  let maxCode = (1 << nBits) - 1;
  let freeEnt = blockMode ? 257 : 256;
  let bitPos = 24;
  /** Where the codes of the current width started: groups of eight codes count from here. */
  let groupStart = 24;
  let oldCode = -1;
  let finChar = 0;

  /** Skip to the end of the current group of eight codes. */
  const skipGroup = (): void => {
    const group = nBits * 8;
    const rel = bitPos - groupStart;
    bitPos = groupStart + Math.ceil(rel / group) * group;
    groupStart = bitPos;
  };

  for (;;) {
    if (freeEnt > maxCode) {
      skipGroup();
      nBits++;
      maxCode = nBits === maxBits ? maxMaxCode : (1 << nBits) - 1;
      continue;
    }
    if (bitPos + nBits > totalBits) break;
    const byte = bitPos >>> 3;
    const v = d[byte] | ((byte + 1 < d.length ? d[byte + 1] : 0) << 8) | ((byte + 2 < d.length ? d[byte + 2] : 0) << 16);
    let code = (v >>> (bitPos & 7)) & ((1 << nBits) - 1);
    bitPos += nBits;

    if (oldCode === -1) {
      if (code >= 256) throw new DecodeError('corrupt', 'compress (.Z) data starts with a table code');
      out.ensure(1);
      out.buf[out.pos++] = code;
      oldCode = finChar = code;
      continue;
    }
    if (code === 256 && blockMode) {
      freeEnt = 256;
      skipGroup();
      nBits = 9;
      maxCode = (1 << nBits) - 1;
      continue;
    }
    const inCode = code;
    let sp = stack.length;
    if (code >= freeEnt) {
      if (code > freeEnt) throw new DecodeError('corrupt', 'compress (.Z) data refers to a code not yet defined');
      stack[--sp] = finChar;
      code = oldCode;
    }
    // each step goes to a smaller code, so this ends within the table size
    while (code >= 256) {
      stack[--sp] = suffix[code];
      code = prefix[code];
    }
    finChar = suffix[code];
    stack[--sp] = finChar;
    const n = stack.length - sp;
    out.ensure(n);
    out.buf.set(stack.subarray(sp), out.pos);
    out.pos += n;
    if (freeEnt < maxMaxCode) {
      prefix[freeEnt] = oldCode;
      suffix[freeEnt] = finChar;
      freeEnt++;
    }
    oldCode = inCode;
  }
  return out.result();
}
