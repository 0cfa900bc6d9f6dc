import type { Analyzer, AnalyzerContext } from './types.js';
import { defineRules } from './types.js';
import type { ScanFile } from '../types.js';
import { defang, findEncodedRuns, inspectBlob, inspectRun, printableRatio, type BlobVerdict } from '../decode/index.js';
import { metadataSpans, type Span } from '../decode/metadata.js';

/**
 * Suspicious strings and encoded payloads inside files.
 *
 * Encoded runs (base64/base32/hex) are decoded through every layer we can peel; what comes out decides the rule:
 * executables and bytecode, or code that runs things, are payloads wherever they are found. Other long encoded
 * blobs, URLs, IP addresses and command lines only matter inside media and binary data files, where they have no
 * business being; in code and text they are normal and are not reported. Media metadata (XMP, ICC, ID3, PNG text,
 * RIFF INFO, Vorbis comments, ...) legitimately carries URLs and notices, so it is recognised by structure.
 */

export const STRINGS_RULES = defineRules({
  encodedExecutable: {
    id: 'payload.encoded-executable',
    category: 'payload',
    weight: 9,
    description: 'An encoded run (or the whole file) decodes, through any layers, to an executable or Python bytecode.',
  },
  encodedCode: {
    id: 'payload.encoded-code',
    category: 'payload',
    weight: 8,
    description: 'An encoded run (or the whole file) decodes to Python, shell or PowerShell code that runs things.',
  },
  encodedBlob: {
    id: 'strings.encoded-blob',
    category: 'strings',
    weight: 2,
    description: 'A long encoded run inside a media or binary data file that decodes to something other than media.',
  },
  url: {
    id: 'strings.url',
    category: 'strings',
    weight: 2,
    description: 'A URL inside a media or binary data file, outside its metadata.',
  },
  ip: {
    id: 'strings.ip',
    category: 'strings',
    weight: 2,
    description: 'An IPv4 address literal inside a media or binary data file, outside its metadata.',
  },
  shellCommand: {
    id: 'strings.shell-command',
    category: 'strings',
    weight: 3,
    description: 'A shell or PowerShell command line inside a media or binary data file.',
  },
});

const R = STRINGS_RULES;

/** Findings of one rule reported per file at most (the strongest); the rest are counted in the last one. */
const MAX_PER_RULE = 5;
/** Encoded runs examined per file. */
const MAX_RUNS = 256;
/** Bytes of a data file inspected as a whole (XOR-ed or compressed payload stored as a file). */
const WHOLE_FILE_INSPECT = 16 * 1024 * 1024;

/** Decoded executables and bytecode smaller than this are header fragments, not programs. */
const MIN_EXECUTABLE = 128;
const MIN_BYTECODE = 64;

type Context = 'code' | 'media' | 'data';

function contextOf(f: ScanFile): Context {
  switch (f.type.kind) {
    case 'audio':
    case 'image':
      return 'media';
    case 'data':
    case 'unknown':
    case 'font':
    case 'document':
      // XML, SVG, CSV and other text formats: encoded data and links are part of what they normally hold
      return printableRatio(f.data, 8192) >= 0.95 && !fewSpaces(f.data) ? 'code' : 'data';
    default:
      return 'code'; // python, text, bytecode
  }
}

interface Pending {
  strength: number;
  message: string;
  offset?: number;
  length?: number;
  evidence: Record<string, unknown>;
}

class Reporter {
  private byRule = new Map<string, { rule: (typeof R)[keyof typeof R]; hits: Pending[] }>();
  add(rule: (typeof R)[keyof typeof R], hit: Pending): void {
    let e = this.byRule.get(rule.id);
    if (!e) this.byRule.set(rule.id, (e = { rule, hits: [] }));
    e.hits.push(hit);
  }
  flush(ctx: AnalyzerContext): void {
    for (const { rule, hits } of this.byRule.values()) {
      hits.sort((a, b) => b.strength - a.strength);
      const shown = hits.slice(0, MAX_PER_RULE);
      if (hits.length > MAX_PER_RULE) shown[shown.length - 1].evidence.moreNotShown = hits.length - MAX_PER_RULE;
      for (const h of shown) ctx.report(rule, { message: h.message, strength: h.strength, offset: h.offset, length: h.length, evidence: h.evidence });
    }
  }
}

function verdictEvidence(v: BlobVerdict, extra: Record<string, unknown>): Record<string, unknown> {
  return { ...extra, layers: v.layers, kind: v.kind, format: v.format, decodedSize: v.size, summary: v.summary, preview: v.preview };
}

/** Report a decoded verdict as a payload when it is one; returns true when reported. */
function reportPayload(rep: Reporter, v: BlobVerdict, where: string, offset: number | undefined, length: number | undefined, extra: Record<string, unknown>): boolean {
  // a header alone (a test vector of a few dozen bytes) is not a program
  if ((v.kind === 'executable' && v.size >= MIN_EXECUTABLE) || (v.kind === 'bytecode' && v.size >= MIN_BYTECODE)) {
    rep.add(R.encodedExecutable, {
      strength: v.kind === 'executable' ? 1 : 0.9,
      message: `${where} decodes to ${v.summary}`,
      offset,
      length,
      evidence: verdictEvidence(v, extra),
    });
    return true;
  }
  if ((v.kind === 'python' || v.kind === 'shell' || v.kind === 'powershell') && v.danger >= 0.8) {
    rep.add(R.encodedCode, { strength: v.danger, message: `${where} decodes to ${v.summary}`, offset, length, evidence: verdictEvidence(v, extra) });
    return true;
  }
  return false;
}

/**
 * How much a decoded blob that is not a payload matters inside media/binary data (0 = not at all). Decoded binary is
 * weak evidence (pixel and sample data can spell base64 by chance, and binary formats store base64 themselves), so
 * it needs to be long; decoded text, code or archives count from 256 characters.
 */
function blobStrength(v: BlobVerdict, encodedLength: number, context: Context): number {
  if (encodedLength < 256) return 0;
  let s: number;
  switch (v.kind) {
    case 'image':
    case 'audio':
    case 'font':
    case 'empty':
      return 0;
    case 'archive':
    case 'python':
    case 'shell':
    case 'powershell':
      s = 0.8;
      break;
    case 'text':
      s = 0.5;
      break;
    default:
      // binary, random
      if (encodedLength < (context === 'media' ? 1024 : 16 * 1024)) return 0;
      s = 0.4;
  }
  if (v.size >= 4096) s += 0.2;
  if (v.size >= 64 * 1024) s += 0.2;
  return Math.min(1, s);
}

function fewSpaces(d: Uint8Array): boolean {
  const n = Math.min(d.length, 8192);
  let sp = 0;
  for (let i = 0; i < n; i++) if (d[i] === 0x20 || d[i] === 0x0a) sp++;
  return n >= 256 && sp < n * 0.02;
}

/**
 * Metadata spans as sorted, disjoint intervals for a binary search (walkers may nest spans: an ID3 tag inside a RIFF
 * chunk). Where spans overlap, the one that starts first names the region.
 */
class SpanIndex {
  private readonly list: Span[] = [];
  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const sp of sorted) {
      const last = this.list[this.list.length - 1];
      if (last && sp.start < last.end) {
        if (sp.end > last.end) this.list.push({ ...sp, start: last.end });
      } else this.list.push(sp);
    }
  }
  /** The span holding offset `off`, or null. */
  find(off: number): Span | null {
    const l = this.list;
    let lo = 0;
    let hi = l.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (off < l[mid].start) hi = mid - 1;
      else if (off >= l[mid].end) lo = mid + 1;
      else return l[mid];
    }
    return null;
  }
}

/** Metadata found by structure excuses what metadata normally holds; a weak (marker-found) span excuses less. */
const lenient = (span: Span | null): boolean => span !== null && !span.weak;

// ---------------------------------------------------------------------------------------------------------------
// URLs, IPs and commands in printable strings

const PRINT = new Uint8Array(256);
for (let c = 0x20; c < 0x7f; c++) PRINT[c] = 1;
PRINT[0x09] = 1;

const URL_RE = /\b(?:https?|ftp):\/\/([A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\])(?::\d{1,5})?([^\s"'<>\\^`{|}]*)/gi;
const IPV4_RE = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)/g;
const SHELL_RE =
  /\b(?:curl|wget)\s+(?:-[-\w]{1,64}\s{1,8}){0,8}\S{0,200}(?:https?|ftp):\/\/\S+|\bpowershell(?:\.exe)?\s+-\w+|\bcmd(?:\.exe)?\s+\/[ck]\s+\S+|\/bin\/(?:ba)?sh\s+-[ci]\b|\bbash\s+-[ci]\s|\bchmod\s+\+x\s+\S+|\bIEX\s*\(|\bInvoke-Expression\b|\bDownloadString\s*\(|\/dev\/tcp\/\d|\bnc(?:at)?\s+(?:-\w{1,16}\s{1,8}){0,8}-e\s|\bpython[23]?\s+-c\s+['"]|\bcertutil(?:\.exe)?\s+-urlcache|\b(?:rundll32|regsvr32|mshta)(?:\.exe)?\s+\S+|\|\s*(?:ba)?sh\s*$/gi;
const EXEC_EXT = /\.(?:exe|dll|scr|msi|bat|cmd|ps1|vbs|hta|jar|sh|py|pyc|bin|elf|so|dylib|apk|lnk)(?:[?#]|$)/i;

/** URL shapes that are schema identifiers, not places to fetch: XML namespaces, RDF vocabularies, profiles. */
function isSchemaUrl(host: string, path: string, before: string): boolean {
  if (/xmlns(?::[\w.-]+)?\s*=\s*["']?$/.test(before)) return true;
  if (/(?:schemaLocation|rdf:resource|profile|DTD|DOCTYPE)[^<>]{0,40}$/i.test(before)) return true;
  if (path.includes('?')) return false;
  if (/(?:^|\.)ns\./i.test(host) || /^ns\./i.test(host)) return true;
  // a path ending in / or # with a version or year segment (".../xap/1.0/", ".../1999/02/22-rdf-syntax-ns#")
  if (/[/#]$/.test(path) && /\/(?:\d+(?:\.\d+)+|\d{4})\//.test(path + '/')) return true;
  if (/-ns#$|\/ns\/|\/namespace\//i.test(path)) return true;
  return false;
}

function isPublicIPv4(o: number[]): boolean {
  const [a, b] = o;
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if (a === 169 && b === 254) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  return true;
}

/** Printable strings shorter than this are not examined. */
const MIN_STRING = 8;
/** Characters of a string handed to the patterns at once; longer strings are read in overlapping windows. */
const WINDOW = 4096;
/** A match starting in the last OVERLAP characters of a window is left to the next window, where it is whole. */
const OVERLAP = 512;

/** The metadata span that holds all of [off, off + len), or null. */
type SpanAt = (off: number, len: number) => Span | null;

/**
 * Printable strings of at least MIN_STRING bytes, and in them URLs, IPs and command lines. Every byte of the file is
 * covered: long strings are read in overlapping windows, and nothing stops early.
 *
 * The hot loop skips ahead like the encoded-run finder: a string of MIN_STRING printable bytes covers the last byte of
 * every MIN_STRING-byte window that it starts in, so when that byte is not printable the whole window is passed over.
 * On audio samples and pixels most bytes are never read.
 */
function scanStrings(d: Uint8Array, spanAt: SpanAt, rep: Reporter, context: Context): void {
  const n = d.length;
  let i = 0; // invariant: i === 0 or d[i - 1] is not printable, so a string found at i starts at i
  while (i + MIN_STRING <= n) {
    const j = i + MIN_STRING - 1;
    if (!PRINT[d[j]]) {
      i = j + 1;
      continue;
    }
    let k = j - 1;
    while (k >= i && PRINT[d[k]]) k--;
    if (k >= i) {
      i = k + 1;
      continue;
    }
    let e = j + 1;
    while (e < n && PRINT[d[e]]) e++;
    for (let w = i; w < e; w += WINDOW - OVERLAP) {
      const wEnd = Math.min(e, w + WINDOW);
      checkWindow(d, w, wEnd, wEnd === e ? wEnd - w : WINDOW - OVERLAP, spanAt, rep, context);
      if (wEnd === e) break;
    }
    i = e + 1;
  }
}

/** Check d[w..wEnd) (printable); matches starting at `limit` or later are left to the next window. */
function checkWindow(d: Uint8Array, w: number, wEnd: number, limit: number, spanAt: SpanAt, rep: Reporter, context: Context): void {
  // only windows that can hold what we look for are turned into JS strings
  let scheme = false;
  let dots = 0;
  let cmd = false;
  for (let k = w; k < wEnd; k++) {
    const c = d[k];
    if (c === 0x3a) {
      if (d[k + 1] === 0x2f && d[k + 2] === 0x2f) scheme = true;
    } else if (c === 0x2e) dots++;
    else if (c === 0x20 || c === 0x2f || c === 0x28 || c === 0x09) cmd = true;
  }
  const ips = dots >= 3 && context === 'media';
  if (!scheme && !ips && !cmd) return;
  const s = Buffer.from(d.buffer, d.byteOffset + w, wEnd - w).toString('latin1');
  if (scheme) checkUrls(s, w, limit, spanAt, rep, context);
  if (ips) checkIps(s, w, limit, spanAt, rep);
  if (cmd) checkCommands(s, w, limit, spanAt, rep);
}

function checkUrls(s: string, base: number, limit: number, spanAt: SpanAt, rep: Reporter, context: Context): void {
  let k = 0;
  for (const m of s.matchAll(URL_RE)) {
    const at = m.index ?? 0;
    if (at >= limit || ++k > 16) break;
    const url = m[0];
    const host = m[1].toLowerCase();
    const path = m[2] ?? '';
    if (!host.includes('.') && !host.startsWith('[')) continue;
    const before = s.slice(Math.max(0, at - 60), at);
    if (isSchemaUrl(host, path, before)) continue;
    // a literal public address is how droppers reach their server; loopback and private ones are test fixtures
    const v4 = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) ? host.split('.').map(Number) : null;
    const ipHost = v4 ? isPublicIPv4(v4) : host.startsWith('[') && !/^\[(::1|f[cd][0-9a-f]*:|fe80:)/i.test(host);
    const execPath = EXEC_EXT.test(path);
    const dangerous = ipHost || execPath;
    const span = spanAt(base + at, url.length);
    // Metadata carries home pages, licences and copyright links: only a dangerous shape counts there.
    if (span && !dangerous) continue;
    // Binary data formats (catalogs, databases, model files) store links as data: only a dangerous shape counts.
    if (context === 'data' && !dangerous) continue;
    let strength = dangerous ? 1 : 0.5;
    if (lenient(span)) strength *= 0.5;
    const why = [ipHost ? 'host is an IP address' : '', execPath ? 'points to an executable or script' : ''].filter(Boolean).join(', ');
    rep.add(R.url, {
      strength,
      message: `URL inside ${span ? span.what : 'file data'}${why ? ` (${why})` : ''}: ${defang(url, 120)}`,
      offset: base + at,
      length: url.length,
      evidence: { url: defang(url, 200), region: span ? span.what : 'data' },
    });
  }
}

function checkIps(s: string, base: number, limit: number, spanAt: SpanAt, rep: Reporter): void {
  let k = 0;
  for (const m of s.matchAll(IPV4_RE)) {
    const at = m.index ?? 0;
    if (at >= limit || ++k > 16) break;
    // metadata: serial numbers, versions and coordinates look like addresses
    if (spanAt(base + at, m[0].length)) continue;
    const o = [m[1], m[2], m[3], m[4]].map(Number);
    if (o.some((x) => x > 255) || [m[1], m[2], m[3], m[4]].some((x) => x.length > 1 && x[0] === '0')) continue;
    const before = s.slice(Math.max(0, at - 24), at);
    // version numbers: "version 1.2.3.4", "v1.2.3.4", "Adobe Photoshop 22.4.1.3"
    if (/(?:version|ver|v|rev|build|release)[\s:=_-]*$/i.test(before)) continue;
    if (/(?::\/\/|@)$/.test(before)) continue; // the host of a URL: the URL rule reports it
    if (/\d[.,]?\s*$/.test(before) || /[A-Za-z][\w-]*\s+$/.test(before) && !/(?:host|server|ip|addr|connect|to|at|@)\s+$/i.test(before)) continue;
    const pub = isPublicIPv4(o);
    if (!pub) continue;
    rep.add(R.ip, {
      strength: 0.75,
      message: `IPv4 address inside file data: ${defang(m[0])}`,
      offset: base + at,
      length: m[0].length,
      evidence: { ip: defang(m[0]), context: defang(s.slice(Math.max(0, at - 40), at + m[0].length + 40), 120) },
    });
  }
}

function checkCommands(s: string, base: number, limit: number, spanAt: SpanAt, rep: Reporter): void {
  let k = 0;
  for (const m of s.matchAll(SHELL_RE)) {
    const at = m.index ?? 0;
    if (at >= limit || ++k > 8) break;
    // "| sh" at the end of a string needs something fetched or decoded before it
    if (m[0].startsWith('|') && !/\b(?:curl|wget|base64|echo|printf)\b/i.test(s)) continue;
    const span = spanAt(base + at, m[0].length);
    const around = s.slice(Math.max(0, at - 20), at + 280);
    rep.add(R.shellCommand, {
      strength: lenient(span) ? 0.5 : 1,
      message: `Command line inside ${span ? span.what : 'file data'}: ${defang(around.slice(0, 120), 140)}`,
      offset: base + at,
      length: m[0].length,
      evidence: { command: defang(around, 300), region: span ? span.what : 'data' },
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------

export const stringsAnalyzer: Analyzer = {
  name: 'strings',
  description: 'Encoded payloads anywhere; URLs, IPs, commands and encoded blobs inside media and binary data.',
  rules: Object.values(STRINGS_RULES),
  applies(f: ScanFile): boolean {
    const k = f.type.kind;
    return f.data.length > 0 && k !== 'executable' && k !== 'archive' && k !== 'compressed' && k !== 'empty';
  },
  analyze(f: ScanFile, ctx: AnalyzerContext): void {
    const d = f.data;
    const context = contextOf(f);
    const rep = new Reporter();
    // metadata regions are walked only once a candidate needs them
    let index: SpanIndex | null = null;
    const spanAt = (off: number, len: number): Span | null => {
      const sp = (index ??= new SpanIndex(context === 'code' ? [] : metadataSpans(d, f.type.format))).find(off);
      // a string or run that starts inside metadata but runs out of it is not metadata
      return sp && off + len <= sp.end ? sp : null;
    };

    // 1. Encoded runs. In code and text only proven payloads count; in media and data any long blob does.
    const runs = findEncodedRuns(d, context === 'code' ? 40 : 64, MAX_RUNS);
    let coveredWhole = false;
    for (const run of runs) {
      if (run.length >= d.length * 0.9) coveredWhole = true;
      const v = inspectRun(run);
      const extra = { encoding: run.encoding, encodedLength: run.length };
      const where = `${run.encoding} run of ${run.length} characters at offset ${run.offset}`;
      if (reportPayload(rep, v, where, run.offset, run.length, extra)) continue;
      if (context === 'code') continue;
      const span = spanAt(run.offset, run.length);
      let strength = blobStrength(v, run.length, context);
      if (lenient(span)) strength *= 0.5; // metadata carries thumbnails and binary blobs in base64
      if (strength > 0) {
        rep.add(R.encodedBlob, {
          strength,
          message: `${where}${span ? ` in ${span.what}` : ''} decodes to ${v.summary}`,
          offset: run.offset,
          length: run.length,
          evidence: verdictEvidence(v, { ...extra, region: span ? span.what : 'data' }),
        });
      }
    }

    // 2. A data file that is itself a wrapped payload (XOR-ed, compressed with a bare zlib header, ...).
    //    Text-looking files qualify when they have almost no spaces: an executable XOR-ed with a printable key
    //    reads as text (its zero bytes become the key).
    if (!coveredWhole && ((context === 'data' && f.type.kind === 'unknown') || (f.type.kind === 'text' && fewSpaces(d)))) {
      const v = inspectBlob(d, { maxInput: WHOLE_FILE_INSPECT });
      if (v.layers.length > 0) reportPayload(rep, v, 'the file', 0, d.length, {});
    }

    // 3. URLs, IPs and commands: only where they do not belong.
    if (context !== 'code' && f.type.kind !== 'font' && f.type.kind !== 'document') scanStrings(d, spanAt, rep, context);

    rep.flush(ctx);
  },
};
