/**
 * Text found in image metadata (PNG text chunks, JPEG comments/XMP/EXIF strings, GIF comments): what in it is worth
 * reporting. Image metadata ordinarily holds tool names, sentences, homepage URLs, XMP namespace URLs, base64
 * thumbnails and hex-encoded EXIF/ICC profiles; none of that raises a signal. What does: commands and code,
 * URLs that point at raw IPs, paste/file-drop hosts or executable downloads, and long encoded runs whose decoded
 * content is not an ordinary metadata blob.
 */
import { detectMagic, executableAt } from '../formats/magic.js';
import { defang } from '../decode/index.js';
import { inflateSync, inflateRawSync, constants as zc } from 'node:zlib';

export type TextSignalKind = 'code' | 'url' | 'base64' | 'hex';

export interface TextSignal {
  kind: TextSignalKind;
  /** 0..1 */
  strength: number;
  /** Offset of the match in the scanned text (characters; equal to bytes for latin1 input). */
  offset: number;
  length: number;
  detail: string;
  preview: string;
}

/** Decoded content of an encoded run that is an executable: a payload, reported by the caller. */
export interface DecodedExecutable {
  encoding: 'base64' | 'hex';
  format: string;
  offset: number;
  length: number;
}

export interface TextScan {
  signals: TextSignal[];
  executables: DecodedExecutable[];
}

/** Characters scanned per value at most. */
const MAX_TEXT = 4 << 20;
const MAX_RUNS = 64;

/**
 * Commands and code that have no business in image metadata. Each alternative is anchored on a distinctive token
 * (no nested quantifiers), so matching stays linear on hostile input.
 */
const CODE_RE =
  /<\?php|<script\b|\bpowershell(?:\.exe)?\b|\bcmd(?:\.exe)?\s+\/[ck]\b|\bIEX\s*\(|Invoke-(?:Expression|WebRequest|RestMethod)\b|FromBase64String\s*\(|\bcurl\s+-[a-zA-Z]*\s*https?:|\bcurl\s+https?:\/\/\S+\s*\|\s*(?:ba)?sh|\bwget\s+(?:-\S{1,64}\s{1,8}){0,8}https?:|\/bin\/(?:ba)?sh\b|\bchmod\s+\+x\b|\beval\s*\(|\bexec\s*\(|__import__\s*\(|\bos\.(?:system|popen)\s*\(|\bsubprocess\.\w+\s*\(|\bbase64\.b64decode\s*\(|\bimport\s+(?:os|subprocess|socket|ctypes|base64|urllib)\s*(?:$|[;\n,])|\bfrom\s+(?:os|subprocess|socket|ctypes|base64|urllib)\s+import\b|\bcertutil(?:\.exe)?\s+-|\bmshta(?:\.exe)?\s|\brundll32(?:\.exe)?\s|\bregsvr32(?:\.exe)?\s|\bStart-Process\b|\bNew-Object\s+(?:System\.)?Net\.WebClient/gi;

const URL_RE = /\b(?:https?|ftps?):\/\/[^\s"'<>()[\]{}\\^`|]{1,300}/gi;

/** Hosts used to stage or exfiltrate payloads: paste sites, anonymous file drops, webhooks, tunnels, shorteners. */
const DROP_HOST_RE =
  /(?:^|\.)(?:pastebin\.com|paste\.ee|hastebin\.com|ghostbin\.\w+|rentry\.co|transfer\.sh|file\.io|temp\.sh|0x0\.st|anonfiles\.com|gofile\.io|catbox\.moe|webhook\.site|pipedream\.net|requestbin\.\w+|ngrok(?:-free)?\.(?:io|app|dev)|trycloudflare\.com|serveo\.net|bit\.ly|tinyurl\.com|is\.gd|t\.me|api\.telegram\.org|discord(?:app)?\.com|cdn\.discordapp\.com|raw\.githubusercontent\.com|gist\.githubusercontent\.com|\w+\.onion)$/i;

const EXEC_EXT_RE = /\.(?:exe|dll|scr|msi|bat|cmd|ps1|psm1|vbs|vbe|jse?|hta|jar|sh|py|pyc|pyw|bin|elf|so|dylib|dmg|apk|lnk|zip|7z|rar|tgz|gz)$/i;

const IPV4_RE = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$/;

function urlSignal(url: string): { strength: number; why: string } | null {
  const m = /^[a-z]+:\/\/([^/?#]*)([^?#]*)/i.exec(url);
  if (!m) return null;
  let host = m[1].toLowerCase();
  const path = m[2];
  if (host.includes('@')) return { strength: 1, why: 'URL with embedded credentials' };
  host = host.replace(/:\d+$/, '');
  if (IPV4_RE.test(host) || host.startsWith('[')) return { strength: 1, why: 'URL to a raw IP address' };
  if (DROP_HOST_RE.test(host)) return { strength: 0.8, why: 'URL to a paste/file-drop/webhook host' };
  if (EXEC_EXT_RE.test(path)) return { strength: 0.8, why: 'URL to an executable or script download' };
  // homepages, documentation links and XMP/RDF namespace URLs are what ordinary metadata carries
  return null;
}

function isB64(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** Decoded bytes that are an ordinary metadata/media blob: images, EXIF/TIFF, ICC, XMP, Photoshop/IPTC records. */
export function benignBlob(b: Uint8Array): boolean {
  if (b.length < 4) return true;
  const t = detectMagic(b);
  if (t && (t.kind === 'image' || t.kind === 'audio')) return true;
  const head = Buffer.from(b.subarray(0, 64)).toString('latin1');
  if (/^(?:Exif\0\0|II\*\0|MM\0\*|8BIM|<\?xpacket|<x:xmpmeta|\x1c\x02)/.test(head)) return true;
  if (b.length >= 40 && head.slice(36, 40) === 'acsp') return true; // ICC profile
  return false;
}

/** Printable share of bytes (tab/CR/LF count as printable). */
export function printableRatio(b: Uint8Array): number {
  if (!b.length) return 0;
  let p = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13 || c >= 0xa0) p++;
  }
  return p / b.length;
}

/**
 * Maximal runs of base64/hex characters, line breaks allowed inside (wrapped encodings), found in one linear pass.
 * Returns the runs as [start, end) over `s` with the joined characters.
 */
function encodedRuns(s: string, minLen: number): Array<{ start: number; end: number; chars: string; parts: string[] }> {
  const out: Array<{ start: number; end: number; chars: string; parts: string[] }> = [];
  let i = 0;
  const n = s.length;
  while (i < n && out.length < MAX_RUNS) {
    if (!isB64(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    const parts: string[] = [];
    let segStart = i;
    let total = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (isB64(c)) {
        i++;
        continue;
      }
      if (c === 0x0a || c === 0x0d) {
        // a line break continues the run only when more encoded characters follow
        parts.push(s.slice(segStart, i));
        total += i - segStart;
        while (i < n && (s.charCodeAt(i) === 0x0a || s.charCodeAt(i) === 0x0d)) i++;
        segStart = i;
        if (i < n && isB64(s.charCodeAt(i))) continue;
        break;
      }
      break;
    }
    if (segStart < i) {
      parts.push(s.slice(segStart, i));
      total += i - segStart;
    }
    let end = i;
    while (end < n && s.charCodeAt(end) === 0x3d && end - i < 2) end++; // '=' padding
    i = end;
    if (total >= minLen) out.push({ start, end, chars: parts.join(''), parts });
  }
  return out;
}

function distinctChars(s: string, cap: number): number {
  const seen = new Set<string>();
  for (let i = 0; i < s.length && seen.size < cap; i++) seen.add(s[i]);
  return seen.size;
}

/** Minimum characters for a base64 run to matter (shorter runs are IDs, digests, keys). */
export const MIN_BASE64 = 80;
/** Minimum characters for a hex run (SHA-512 digests are 128). */
export const MIN_HEX = 160;

/**
 * Scan one metadata text value. `text` should be latin1- or UTF-8-decoded; XML character references for line breaks
 * (used by XMP to wrap base64 thumbnails) are treated as line breaks.
 */
export function scanText(input: string): TextScan {
  let text = (input.length > MAX_TEXT ? input.slice(0, MAX_TEXT) : input).replace(/&#(?:x[aAdD]|1[03]);/g, '\n');
  // URL-encoded values (draw.io diagrams and the like): scan what they say, not the escapes
  if (countMatches(text, /%[0-9A-Fa-f]{2}/g, 8) >= 8) text = percentDecode(text);
  const signals: TextSignal[] = [];
  const executables: DecodedExecutable[] = [];

  CODE_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null, k = 0; (m = CODE_RE.exec(text)) && k < 8; k++) {
    signals.push({ kind: 'code', strength: 1, offset: m.index, length: m[0].length, detail: `command/code token "${m[0].trim()}"`, preview: defang(text.slice(Math.max(0, m.index - 40), m.index + 80)) });
  }

  URL_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null, k = 0; (m = URL_RE.exec(text)) && k < 256; k++) {
    const u = urlSignal(m[0]);
    if (u) signals.push({ kind: 'url', strength: u.strength, offset: m.index, length: m[0].length, detail: u.why, preview: defang(m[0]) });
  }

  for (const run of encodedRuns(text, MIN_BASE64)) {
    const chars = run.chars;
    let allHex = true;
    for (let i = 0; i < chars.length && allHex; i++) allHex = isHex(chars.charCodeAt(i));
    let kind: 'base64' | 'hex';
    let decoded: Buffer;
    if (allHex) {
      if (chars.length < MIN_HEX) continue;
      kind = 'hex';
      decoded = hexDecode(chars);
      // ImageMagick "Raw profile type" text is a name line, a decimal length line, then hex lines: the length
      // digits join the run, so the profile is also tried without a short first line
      if (run.parts.length > 2 && run.parts[0].length < run.parts[1].length) {
        const alt = hexDecode(run.parts.slice(1).join(''));
        if (benignBlob(new Uint8Array(alt.buffer, alt.byteOffset, alt.length))) continue;
      }
    } else {
      if (!/[A-Z]/.test(chars) || !/[a-z]/.test(chars) || !/[0-9]/.test(chars) || distinctChars(chars, 24) < 24) continue;
      kind = 'base64';
      decoded = Buffer.from(chars, 'base64');
    }
    const dec = new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.length);
    const exe = executableAt(dec, 0);
    if (exe) {
      executables.push({ encoding: kind, format: exe, offset: run.start, length: run.end - run.start });
      continue;
    }
    if (benignBlob(dec)) continue; // thumbnails, hex-encoded EXIF/ICC profiles (ImageMagick "Raw profile type")
    let strength = chars.length >= 1000 ? 1 : chars.length >= 200 ? 0.8 : 0.5;
    let detail = `${chars.length} characters of ${kind} (${dec.length} bytes decoded)`;
    let preview = defang(chars.slice(0, 60));
    let plain: Uint8Array = dec;
    let inflated = false;
    if (printableRatio(dec.subarray(0, 4096)) <= 0.95) {
      // editors (draw.io, Inkscape, ...) store their documents as base64 of deflated XML
      const inf = inflateAny(dec);
      if (inf) {
        if (executableAt(inf, 0)) {
          executables.push({ encoding: kind, format: executableAt(inf, 0) as string, offset: run.start, length: run.end - run.start });
          continue;
        }
        if (benignBlob(inf)) continue;
        plain = inf;
        inflated = true;
      }
    }
    if (printableRatio(plain.subarray(0, 4096)) > 0.95) {
      const inner = Buffer.from(plain.subarray(0, 65536)).toString('latin1');
      preview = defang(inner);
      detail += inflated ? ', inflates to text' : ', decodes to text';
      CODE_RE.lastIndex = 0;
      if (CODE_RE.test(inner)) {
        strength = 1;
        detail += ' with commands/code';
      } else if (inflated) {
        // compressed document text without commands or code is how editors embed their source documents
        continue;
      }
    }
    signals.push({ kind, strength, offset: run.start, length: run.end - run.start, detail, preview });
  }
  return { signals, executables };
}

/** zlib or raw-deflate content of `b`, bounded; null when it is neither. */
function inflateAny(b: Uint8Array): Uint8Array | null {
  const opts = { maxOutputLength: 1 << 20, finishFlush: zc.Z_SYNC_FLUSH };
  for (const f of [inflateSync, inflateRawSync]) {
    try {
      const out = f(b, opts);
      if (out.length > 0) return new Uint8Array(out.buffer, out.byteOffset, out.length);
    } catch {
      // not this kind of stream
    }
  }
  return null;
}

/** Matches of a global `re` in `s`, counting stops at `max` (no array of every match). */
function countMatches(s: string, re: RegExp, max: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.exec(s)) n++;
  re.lastIndex = 0;
  return n;
}

/** Undo URL percent-encoding byte-for-byte (latin1), for metadata stored URL-encoded. */
function percentDecode(s: string): string {
  return s.replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function hexDecode(chars: string): Buffer {
  return Buffer.from(chars.length % 2 ? chars.slice(0, -1) : chars, 'hex');
}

/** Decode bytes as UTF-8 when valid, else latin1 (byte-for-byte). */
export function bytesToText(b: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return Buffer.from(b).toString('latin1');
  }
}
