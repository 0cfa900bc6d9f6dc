import { fileTypeFromBuffer } from 'file-type';
import type { DetectedType, Kind } from '../types.js';
import { mpegHeaderAt } from './mp3.js';
import { isLzmaAlone } from '../archive/lzma.js';
import { isCompressHeader } from '../archive/lzw.js';

/**
 * True type by content. Our own checks come first: they cover what the rules reason about (executables, bytecode,
 * audio, images, archives, Python and text) and are exact about where each magic must sit. `file-type` names the
 * long tail of other binary formats.
 */

const u8 = (d: Uint8Array, i: number): number => (i < d.length ? d[i] : -1);

function ascii(d: Uint8Array, off: number, s: string): boolean {
  if (off + s.length > d.length) return false;
  for (let i = 0; i < s.length; i++) if (d[off + i] !== s.charCodeAt(i)) return false;
  return true;
}

function t(kind: Kind, format: string, mime?: string): DetectedType {
  return mime ? { kind, format, mime } : { kind, format };
}

/** A PE file: `MZ`, and e_lfanew pointing at `PE\0\0` inside the file. */
export function isPE(d: Uint8Array, off = 0): boolean {
  if (!(u8(d, off) === 0x4d && u8(d, off + 1) === 0x5a)) return false;
  if (off + 0x40 > d.length) return false;
  const lfanew = d[off + 0x3c] | (d[off + 0x3d] << 8) | (d[off + 0x3e] << 16) | (d[off + 0x3f] << 24);
  if (lfanew < 0x40 || lfanew > 0x10000) return false;
  const p = off + lfanew;
  return p + 4 <= d.length && d[p] === 0x50 && d[p + 1] === 0x45 && d[p + 2] === 0 && d[p + 3] === 0;
}

/** An ELF header with a plausible class, data encoding, version and machine. */
export function isELF(d: Uint8Array, off = 0): boolean {
  if (!(u8(d, off) === 0x7f && ascii(d, off + 1, 'ELF'))) return false;
  const cls = u8(d, off + 4);
  const enc = u8(d, off + 5);
  const ver = u8(d, off + 6);
  return (cls === 1 || cls === 2) && (enc === 1 || enc === 2) && ver === 1;
}

const MACHO_MAGICS = [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe];

/** Mach-O thin binaries (fat binaries share 0xcafebabe with Java classes and are told apart by the arch count). */
export function isMachO(d: Uint8Array, off = 0): boolean {
  if (off + 16 > d.length) return false;
  const m = ((d[off] << 24) | (d[off + 1] << 16) | (d[off + 2] << 8) | d[off + 3]) >>> 0;
  if (MACHO_MAGICS.includes(m)) {
    // filetype (object, execute, dylib, bundle...) is small for real binaries
    const le = d[off] === 0xce || d[off] === 0xcf;
    const ft = le ? d[off + 12] | (d[off + 13] << 8) : (d[off + 14] << 8) | d[off + 15];
    return ft >= 1 && ft <= 12;
  }
  if (m === 0xcafebabe) {
    const n = ((d[off + 4] << 24) | (d[off + 5] << 16) | (d[off + 6] << 8) | d[off + 7]) >>> 0;
    return n >= 1 && n <= 8; // Java class files have a version number >= 45 here
  }
  return false;
}

/** CPython .pyc header: 2-byte magic number, then `\r\n`, then a 4-byte flags field that is 0..3. */
export function isPyc(d: Uint8Array): boolean {
  if (d.length < 16) return false;
  if (!(d[2] === 0x0d && d[3] === 0x0a)) return false;
  const magic = d[0] | (d[1] << 8);
  const flags = d[4] | (d[5] << 8) | (d[6] << 16) | (d[7] << 24);
  return magic >= 2900 && magic < 4000 && flags >= 0 && flags <= 3;
}

/** Executable header at this offset (used both at 0 and when searching inside data files). */
export function executableAt(d: Uint8Array, off: number): 'pe' | 'elf' | 'macho' | null {
  if (isPE(d, off)) return 'pe';
  if (isELF(d, off)) return 'elf';
  if (isMachO(d, off)) return 'macho';
  return null;
}

const EXE_PROBES: Array<[Buffer, 'pe' | 'elf' | 'macho']> = [
  [Buffer.from([0x4d, 0x5a]), 'pe'],
  [Buffer.from([0x7f, 0x45, 0x4c, 0x46]), 'elf'],
  [Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), 'macho'],
  [Buffer.from([0xce, 0xfa, 0xed, 0xfe]), 'macho'],
  [Buffer.from([0xfe, 0xed, 0xfa, 0xcf]), 'macho'],
  [Buffer.from([0xfe, 0xed, 0xfa, 0xce]), 'macho'],
];

/** Candidate magics examined per magic in one search: bytes full of "MZ" cost a bounded amount (about 0.1 s). */
export const MAX_EXE_CANDIDATES = 1_000_000;

/**
 * Validated executable headers at any offset in [from, limit), earliest first, at most `max`. Each magic is found
 * with Buffer.indexOf (memchr speed) and confirmed by the full header check. Candidates examined are capped
 * (MAX_EXE_CANDIDATES per magic); `opts.capped` is set when the cap stopped a search before the end, so that the
 * caller reports the file as not fully searched instead of passing it. Windows of 2 MB or less never reach the cap.
 */
export function findExecutables(d: Uint8Array, opts: { from?: number; limit?: number; max?: number; capped?: { value: boolean } } = {}): Array<{ offset: number; format: 'pe' | 'elf' | 'macho' }> {
  const { from = 0, limit = d.length, max = 1 } = opts;
  const buf = Buffer.from(d.buffer, d.byteOffset, Math.min(d.length, limit));
  const hits: Array<{ offset: number; format: 'pe' | 'elf' | 'macho' }> = [];
  for (const [needle, format] of EXE_PROBES) {
    let found = 0;
    let tries = 0;
    for (let i = buf.indexOf(needle, from); i !== -1 && found < max; i = buf.indexOf(needle, i + 1)) {
      if (tries++ >= MAX_EXE_CANDIDATES) {
        if (opts.capped) opts.capped.value = true;
        break;
      }
      if (executableAt(d, i) === format) {
        hits.push({ offset: i, format });
        found++;
      }
    }
  }
  return hits.sort((a, b) => a.offset - b.offset).slice(0, max);
}

/** The end-of-central-directory record of a zip, searched in the last 64 KiB + 22 bytes. */
export function findZipEOCD(d: Uint8Array): number {
  const stop = Math.max(0, d.length - 0xffff - 22);
  for (let i = d.length - 22; i >= stop; i--) {
    if (d[i] === 0x50 && d[i + 1] === 0x4b && d[i + 2] === 0x05 && d[i + 3] === 0x06) return i;
  }
  return -1;
}

export function isTar(d: Uint8Array): boolean {
  if (d.length < 512) return false;
  if (!ascii(d, 257, 'ustar')) {
    // old v7 tar: checksum must match
    return tarChecksumOk(d);
  }
  return true;
}

/**
 * A v7 header as real tar writers make it: a name, and an octal checksum equal to the unsigned sum. Stricter than
 * Python's tarfile (which also takes an empty field when the signed sum is 0): mostly-zero binary data must not be
 * named a tar.
 */
function tarChecksumOk(d: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : d[i];
  const field = Buffer.from(d.subarray(148, 156)).toString('latin1').replace(/[\0 ]+$/, '').trim();
  if (!/^[0-7]{1,7}$/.test(field)) return false;
  return parseInt(field, 8) === sum && d[0] !== 0;
}

/**
 * A tar numeric field as Python's tarfile reads it (`nti`): base-256 when the first byte is 0x80 or 0xff, else octal
 * text up to the first NUL, surrounding whitespace stripped, empty meaning 0. null when Python would reject it.
 */
export function tarNumber(d: Uint8Array, off: number, len: number): number | null {
  if (off + len > d.length) return null;
  const first = d[off];
  if (first === 0x80 || first === 0xff) {
    // negative numbers are two's complement: add up the complement so that small magnitudes stay exact
    const neg = first === 0xff;
    let n = 0;
    for (let i = 1; i < len; i++) n = n * 256 + (neg ? 255 - d[off + i] : d[off + i]);
    return neg ? -(n + 1) : n;
  }
  let end = off;
  while (end < off + len && d[end] !== 0) end++;
  let s = '';
  for (let i = off; i < end; i++) {
    if (d[i] > 0x7f) return null;
    s += String.fromCharCode(d[i]);
  }
  s = s.replace(/^[\s\x1c-\x1f]+|[\s\x1c-\x1f]+$/g, '');
  if (s === '') return 0;
  // what Python's int(s, 8) accepts: a sign, an optional 0o prefix, digits with single underscores between them
  const m = /^([+-]?)(?:0[oO]_?)?([0-7](?:_?[0-7])*)$/.exec(s);
  if (!m) return null;
  const n = parseInt(m[2].replace(/_/g, ''), 8);
  return m[1] === '-' ? -n : n;
}

/**
 * A tar header block that Python's tarfile accepts: a checksum field equal to the unsigned or the signed sum of the
 * block, the field itself counted as spaces (an all-zero end block never passes: its sum is 256, its field 0).
 */
export function tarHeaderValid(d: Uint8Array, off = 0): boolean {
  if (off + 512 > d.length) return false;
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < 512; i++) {
    const c = i >= 148 && i < 156 ? 32 : d[off + i];
    unsigned += c;
    signed += c > 127 ? c - 256 : c;
  }
  const sum = tarNumber(d, off + 148, 8);
  return sum !== null && (sum === unsigned || sum === signed);
}

/** Text if (almost) every byte of the head is printable ASCII/UTF-8 or whitespace. */
export function looksText(d: Uint8Array, max = 8192): boolean {
  const n = Math.min(d.length, max);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = d[i];
    if (c === 0) return false;
    if (c < 9 || (c > 13 && c < 32) || c === 127) bad++;
  }
  if (bad > n / 100) return false;
  // valid UTF-8 for the bytes >= 0x80
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(d.subarray(0, n - trailingPartialUtf8(d, n)));
    return true;
  } catch {
    return false;
  }
}

function trailingPartialUtf8(d: Uint8Array, n: number): number {
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = d[n - k];
    if ((c & 0xc0) === 0x80) continue;
    if ((c & 0xe0) === 0xc0) return k < 2 ? k : 0;
    if ((c & 0xf0) === 0xe0) return k < 3 ? k : 0;
    if ((c & 0xf8) === 0xf0) return k < 4 ? k : 0;
    return 0;
  }
  return 0;
}

// `[^\S\n]*`, not `\s*`: a leading gap that may cross lines retries every later line from every earlier one
// (quadratic on blank lines); `^` in multiline mode already starts at each line, so the matches are the same.
const PY_HINT = /^(?:[^\S\n]*(?:#.*|from\s+[\w.]+\s+import\b.*|import\s+[\w.]+.*|def\s+\w+\s*\(.*|class\s+\w+.*:|@\w+.*|"""[\s\S]*|'''[\s\S]*|if __name__\s*==.*))$/m;

/** Synchronous detection from magic numbers; `null` when none of ours matches. */
export function detectMagic(d: Uint8Array): DetectedType | null {
  if (d.length === 0) return t('empty', 'empty');
  if (ascii(d, 0, 'RIFF') && ascii(d, 8, 'WAVE')) return t('audio', 'wav', 'audio/wav');
  if (ascii(d, 0, 'RIFX') && ascii(d, 8, 'WAVE')) return t('audio', 'wav', 'audio/wav');
  if (ascii(d, 0, 'RF64') && ascii(d, 8, 'WAVE')) return t('audio', 'wav', 'audio/wav');
  if (ascii(d, 0, 'RIFF') && ascii(d, 8, 'WEBP')) return t('image', 'webp', 'image/webp');
  if (ascii(d, 0, 'RIFF') && ascii(d, 8, 'AVI ')) return t('data', 'avi', 'video/x-msvideo');
  if (ascii(d, 0, 'FORM') && (ascii(d, 8, 'AIFF') || ascii(d, 8, 'AIFC'))) return t('audio', 'aiff', 'audio/aiff');
  if (ascii(d, 0, 'fLaC')) return t('audio', 'flac', 'audio/flac');
  if (ascii(d, 0, 'OggS')) return t('audio', 'ogg', 'audio/ogg');
  if (ascii(d, 0, '.snd')) return t('audio', 'au', 'audio/basic');
  if (ascii(d, 0, 'ID3')) return t('audio', 'mp3', 'audio/mpeg');
  // A bare MPEG audio stream: a valid frame header, confirmed by the next frame's header where the first one ends
  // (a UTF-16LE byte-order mark, FF FE, passes a one-header test)
  const h = d.length >= 4 && d[0] === 0xff ? mpegHeaderAt(d, 0) : null;
  if (h && h.length > 0 && (mpegHeaderAt(d, h.length) !== null || d.length === h.length)) return t('audio', 'mp3', 'audio/mpeg');
  if (ascii(d, 0, '\x89PNG\r\n\x1a\n')) return t('image', 'png', 'image/png');
  if (d.length >= 3 && d[0] === 0xff && d[1] === 0xd8 && d[2] === 0xff) return t('image', 'jpeg', 'image/jpeg');
  if (ascii(d, 0, 'GIF87a') || ascii(d, 0, 'GIF89a')) return t('image', 'gif', 'image/gif');
  if (ascii(d, 0, 'BM') && d.length >= 26) {
    const size = d[2] | (d[3] << 8) | (d[4] << 16) | (d[5] << 24);
    const hdr = d[14] | (d[15] << 8) | (d[16] << 16) | (d[17] << 24);
    if (size >= 26 && [12, 40, 52, 56, 64, 108, 124].includes(hdr)) return t('image', 'bmp', 'image/bmp');
  }
  if (d.length >= 4 && d[0] === 0 && d[1] === 0 && d[2] === 1 && d[3] === 0 && d.length >= 6) return t('image', 'ico', 'image/x-icon');
  if (isPE(d)) return t('executable', 'pe', 'application/vnd.microsoft.portable-executable');
  if (isELF(d)) return t('executable', 'elf', 'application/x-elf');
  if (isMachO(d)) return t('executable', 'macho', 'application/x-mach-binary');
  if (ascii(d, 0, 'PK\x03\x04') || ascii(d, 0, 'PK\x05\x06')) return t('archive', 'zip', 'application/zip');
  if (d.length >= 3 && d[0] === 0x1f && d[1] === 0x8b && d[2] === 8) return t('compressed', 'gzip', 'application/gzip');
  if (ascii(d, 0, 'BZh') && d.length >= 4 && d[3] >= 0x31 && d[3] <= 0x39) return t('compressed', 'bzip2', 'application/x-bzip2');
  if (ascii(d, 0, '\xfd7zXZ\x00')) return t('compressed', 'xz', 'application/x-xz');
  if (isCompressHeader(d)) return t('compressed', 'compress', 'application/x-compress');
  if (ascii(d, 0, '\x28\xb5\x2f\xfd')) return t('compressed', 'zstd', 'application/zstd');
  // a zstd or lz4 skippable frame (magic 0x184D2A50..5F), which their tools skip to the frames after it
  if (d.length >= 8 && (d[0] & 0xf0) === 0x50 && ascii(d, 1, '\x2a\x4d\x18')) return t('compressed', 'zstd', 'application/zstd');
  if (ascii(d, 0, '\x04\x22\x4d\x18') || ascii(d, 0, '\x02\x21\x4c\x18')) return t('compressed', 'lz4', 'application/x-lz4');
  if (ascii(d, 0, 'LZIP') && d.length >= 6 && d[4] === 1) return t('compressed', 'lzip', 'application/x-lzip');
  if (ascii(d, 0, '\x89LZO\x00\r\n\x1a\n')) return t('compressed', 'lzop', 'application/x-lzop');
  if (ascii(d, 0, '7z\xbc\xaf\x27\x1c')) return t('archive', '7z', 'application/x-7z-compressed');
  if (ascii(d, 0, 'Rar!\x1a\x07')) return t('archive', 'rar', 'application/vnd.rar');
  if (ascii(d, 0, 'MSCF\0\0\0\0')) return t('archive', 'cab', 'application/vnd.ms-cab-compressed');
  if (isTar(d)) return t('archive', 'tar', 'application/x-tar');
  if (isPyc(d)) return t('bytecode', 'pyc');
  if (ascii(d, 0, '#!')) return t('text', 'script');
  // .lzma has no magic number: a header whose every field checks out and data that decodes (last, after every magic)
  if (isLzmaAlone(d)) return t('compressed', 'lzma', 'application/x-lzma');
  return null;
}

const FILE_TYPE_KIND: Array<[RegExp, Kind]> = [
  [/^audio\//, 'audio'],
  [/^image\//, 'image'],
  [/^font\/|font/, 'font'],
  [/^video\//, 'data'],
  [/zip|tar|rar|7z|cab|archive|x-rpm|deb/, 'archive'],
  [/gzip|bzip|xz|zstd|lz|compress/, 'compressed'],
  [/executable|x-elf|mach|msdownload|dosexec|wasm/, 'executable'],
  [/pdf|msword|officedocument|rtf|opendocument/, 'document'],
];

/** Full detection: our magic, then `file-type`, then text/Python sniffing. */
export async function detectType(d: Uint8Array): Promise<DetectedType> {
  const own = detectMagic(d);
  if (own && own.format !== 'script') return own;
  if (!own) {
    try {
      const ft = await fileTypeFromBuffer(d.subarray(0, Math.min(d.length, 1 << 20)));
      const kind = ft ? (FILE_TYPE_KIND.find(([re]) => re.test(ft.mime))?.[1] ?? 'data') : null;
      // executables are ours to name (exact header checks above): file-type calls any "MZ" start an exe
      if (ft && kind && kind !== 'executable') return t(kind, ft.ext, ft.mime);
    } catch {
      // a parser error in file-type on hostile input is not a detection
    }
  }
  if (looksText(d)) {
    const head = Buffer.from(d.subarray(0, 4096)).toString('utf8');
    if (/^#!.*\bpython/.test(head) || PY_HINT.test(head)) return t('python', 'python', 'text/x-python');
    return own ?? t('text', 'text', 'text/plain');
  }
  return own ?? t('unknown', 'unknown');
}
