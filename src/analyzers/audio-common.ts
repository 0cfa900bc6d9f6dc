/**
 * Shared by the audio analyzers (riff, mp3, flac, ogg): inspection of regions that should not carry data, assessment
 * of metadata text, and the picture check. Each analyzer passes its own rules.
 */
import type { AnalyzerContext, Hit } from './types.js';
import type { RuleMeta } from '../types.js';
import { detectMagic, executableAt, findExecutables, isPyc, looksText } from '../formats/magic.js';
import { inspectBlob, defang, type BlobVerdict } from '../decode/index.js';
import type { Id3Frame, Id3v2Tag, TrailingTag } from '../formats/id3.js';

export interface AudioRules {
  /** strings: suspicious text in metadata */
  text: RuleMeta;
  /** payload: a region decodes to executable content or code that runs things */
  payload: RuleMeta;
  /** structure: an embedded picture that is not a picture */
  picture?: RuleMeta;
}

/** What one region turned out to be, from our own cheap checks and the shared decoder. */
export interface RegionVerdict {
  /** All bytes the same value (zeros, 0xFF fill). */
  fill: boolean;
  text: boolean;
  /** Executable found by its header: format and offset inside the region. */
  executable: { format: string; at: number } | null;
  /** Format by magic at the start of the region (png, zip, ...), or null. */
  magic: string | null;
  verdict: BlobVerdict | null;
  /** 0..1, the larger of our own finding and the decoder's. */
  danger: number;
  summary: string;
}

const MAX_INSPECT_CALLS = 96;
const MAX_INSPECT_BYTES = 8 * 1024 * 1024;
const MAX_FINDINGS_PER_RULE = 12;
/** How far into a region we look for executable headers at any offset. */
const EXE_SCAN = 32 * 1024 * 1024;
/** Decoded content at or above this danger (code that runs things, executables) is a payload finding. */
const PAYLOAD_DANGER = 0.7;

const LATIN1 = new TextDecoder('latin1');

export function utf8Bytes(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'utf8'));
}

/** All bytes the same value (zero fill, 0xFF fill); true for an empty buffer. */
export function allSame(b: Uint8Array): boolean {
  for (let i = 1; i < b.length; i++) if (b[i] !== b[0]) return false;
  return true;
}

/** First executable header inside `b` (any offset). */
export function findExecutable(b: Uint8Array, limit = EXE_SCAN): { format: string; at: number } | null {
  const [hit] = findExecutables(b, { limit });
  return hit ? { format: hit.format, at: hit.offset } : null;
}

// ---- text assessment ----------------------------------------------------------------------------------------------

/** Code and command lines that have no business in audio metadata. */
const CODE_PATTERNS: [RegExp, string][] = [
  [/\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]{0,80}?(?:\s-(?:e|en|enc|encodedcommand|c|command|nop|w(?:indowstyle)?|ep|exec(?:utionpolicy)?)\b|\biex\b|invoke-)/i, 'PowerShell command line'],
  [/\b(?:Invoke-Expression|Invoke-WebRequest|Invoke-RestMethod|Start-Process|DownloadString|DownloadFile)\b/i, 'PowerShell cmdlet'],
  [/\bIEX\s*\(|FromBase64String\s*\(/i, 'PowerShell decode/execute'],
  [/\bcmd(?:\.exe)?\s+\/[ck]\s/i, 'cmd.exe /c'],
  [/\b(?:curl|wget)\b[^\n|;]{0,200}\|\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b/i, 'download piped to a shell'],
  [/\/bin\/(?:ba|z|da)?sh\b|\bbash\s+-[ci]\b/, 'shell invocation'],
  [/\b(?:eval|exec)\s*\(\s*(?:compile|base64|__import__|marshal|zlib|bytes|b64decode|codecs|["'])/, 'eval/exec of data'],
  [/__import__\s*\(\s*['"](?:os|subprocess|base64|socket|ctypes|marshal|zlib)/, '__import__ of a dangerous module'],
  [/\bimport\s+(?:os|subprocess|socket|ctypes|marshal)\b[\s\S]{0,200}\b(?:system|popen|Popen|run|call|connect|exec|loads)\s*\(/, 'Python code that runs things'],
  [/\bsubprocess\.(?:Popen|run|call|check_output)\s*\(|\bos\.(?:system|popen|exec[lv]p?e?)\s*\(/, 'Python process execution'],
  [/<script\b[^>]{0,200}>|javascript:/i, 'script markup'],
  [/\b(?:mshta|rundll32|regsvr32|certutil|bitsadmin|wscript|cscript)(?:\.exe)?\s+\S/i, 'Windows living-off-the-land binary'],
  [/\bchmod\s+\+x\b|\bnc\s+-[el]\b|\/dev\/tcp\//, 'shell payload idiom'],
];

const URL_RE = /\b(?:https?|ftp):\/\/[^\s"'<>\\\x00-\x1f]{3,300}/gi;
const SUSPICIOUS_HOST = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:]+\])(?::\d+)?$|(?:^|\.)(?:pastebin\.com|paste\.ee|hastebin\.com|ghostbin\.\w+|rentry\.co|raw\.githubusercontent\.com|gist\.githubusercontent\.com|transfer\.sh|temp\.sh|file\.io|anonfiles\.com|ngrok(?:-free)?\.(?:io|app)|trycloudflare\.com|discord(?:app)?\.com|cdn\.discordapp\.com|api\.telegram\.org|t\.me|bit\.ly|tinyurl\.com|webhook\.site|requestbin\.\w+|pipedream\.net|oast\.\w+|interact\.sh)$/i;
const EXEC_PATH = /\.(?:exe|dll|scr|ps1|psm1|bat|cmd|vbs|vbe|js|jse|hta|msi|sh|py|pyc|elf|bin|so|dylib|jar)(?:[?#]|$)/i;

export interface TextAssessment {
  strength: number;
  reasons: string[];
  /** What drove the strength, defanged. */
  sample: string;
}

export interface TextOptions {
  /** Plain URLs are ordinary here (tag fields like WOAR/WXXX/COMM, XML namespaces); only suspicious ones count. */
  urlsNormal?: boolean;
  /** The field is defined to hold encoded binary (fingerprints): base64 that decodes to opaque binary is normal. */
  encodedIsNormal?: boolean;
}

const B64_RUN = /[A-Za-z0-9+/_-]{80,}={0,2}/g;
const HEX_RUN = /(?:[0-9a-fA-F]{2}){64,}/g;

function isMixedRun(s: string): boolean {
  return /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s);
}

/**
 * How suspicious a piece of metadata text is, 0..1. Code and shell idioms: 1. Encoded runs: by what they decode to.
 * URLs: only raw IPs, paste/file-drop hosts and links to executables count where URLs are normal.
 */
export function assessText(s: string, opts: TextOptions = {}, depth = 0): TextAssessment {
  const out: TextAssessment = { strength: 0, reasons: [], sample: '' };
  const bump = (v: number, reason: string, sample: string): void => {
    if (!out.reasons.includes(reason)) out.reasons.push(reason);
    if (v > out.strength) { out.strength = v; out.sample = defang(sample, 120); }
  };
  const text = s.length > 1_000_000 ? s.slice(0, 1_000_000) : s;
  for (const [re, why] of CODE_PATTERNS) {
    const m = re.exec(text);
    if (m) bump(1, why, text.slice(Math.max(0, m.index - 20), m.index + 100));
  }
  let urls = 0;
  for (const m of text.matchAll(URL_RE)) {
    if (++urls > 200) break;
    const url = m[0];
    const hostPart = url.replace(/^\w+:\/\//, '').split(/[/?#]/)[0].replace(/^[^@]*@/, '');
    const path = url.slice(url.indexOf(hostPart) + hostPart.length);
    if (SUSPICIOUS_HOST.test(hostPart)) bump(0.7, 'URL to a raw IP or paste/file-drop host', url);
    else if (EXEC_PATH.test(path)) bump(0.7, 'URL to an executable or script', url);
    else if (!opts.urlsNormal) bump(0.3, 'URL', url);
  }
  if (depth > 0) return out;
  let runs = 0;
  for (const re of [B64_RUN, HEX_RUN]) {
    for (const m of text.matchAll(re)) {
      if (++runs > 64) break;
      const run = m[0];
      const hex = re === HEX_RUN;
      if (!hex && !isMixedRun(run)) continue;
      const dec = new Uint8Array(Buffer.from(hex ? run : run.replace(/[-_]/g, (c) => (c === '-' ? '+' : '/')), hex ? 'hex' : 'base64'));
      if (dec.length < 32) continue;
      const enc = hex ? 'hex' : 'base64';
      if (executableAt(dec, 0) || isPyc(dec)) {
        bump(1, `${enc} of an executable`, run);
        continue;
      }
      if (looksText(dec)) {
        const inner = assessText(LATIN1.decode(dec.subarray(0, 1 << 20)), { urlsNormal: false }, depth + 1);
        if (inner.strength >= 1) bump(1, `${enc} of code: ${inner.reasons.join(', ')}`, inner.sample);
        else if (inner.strength > 0) bump(0.8, `${enc} of text with ${inner.reasons.join(', ')}`, inner.sample);
        else bump(0.5, `${enc}-encoded text`, defang(dec, 100));
        continue;
      }
      const magic = detectMagic(dec);
      if (magic && (magic.kind === 'archive' || magic.kind === 'compressed' || magic.kind === 'bytecode')) {
        bump(0.8, `${enc} of ${magic.format} data`, run);
        continue;
      }
      if (opts.encodedIsNormal) continue;
      const long = run.length >= 1000;
      bump(long ? 0.6 : 0.4, `${long ? 'long ' : ''}${enc} run of binary data (${dec.length} bytes)`, run);
    }
  }
  return out;
}

/** Image formats a cover picture may legitimately be. */
export function isPicture(b: Uint8Array): string | null {
  const m = detectMagic(b);
  if (m && m.kind === 'image') return m.format;
  if (b.length >= 4 && ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a))) return 'tiff';
  if (b.length >= 12 && b[4] === 0x66 && b[5] === 0x74 && b[6] === 0x79 && b[7] === 0x70) return 'isobmff'; // heic/avif
  if (b.length >= 12 && b[0] === 0 && b[1] === 0 && b[2] === 0 && b[3] === 0x0c && b[4] === 0x6a && b[5] === 0x50) return 'jp2';
  return null;
}

/**
 * Per-file helper the audio analyzers share: bounded inspection of regions, text checks and picture checks, each
 * reporting against the analyzer's own rules with a per-rule finding cap.
 */
export class AudioInspector {
  private calls = 0;
  private reported = new Map<string, number>();
  /** Regions not given to the decoder because the per-file budget ran out. */
  skipped = 0;

  constructor(
    private readonly ctx: AnalyzerContext,
    private readonly rules: AudioRules,
  ) {}

  report(rule: RuleMeta, hit: Hit): void {
    const n = this.reported.get(rule.id) ?? 0;
    if (n >= MAX_FINDINGS_PER_RULE) return;
    this.reported.set(rule.id, n + 1);
    this.ctx.report(rule, hit);
  }

  /**
   * Look at bytes that should not carry data: our own executable/text checks, then the shared decoder. Reports a
   * payload finding when the content is dangerous. Returns what it found so the caller can weigh structure findings.
   */
  region(b: Uint8Array, where: string, offset: number): RegionVerdict {
    const rv: RegionVerdict = { fill: b.length > 0 && allSame(b), text: false, executable: null, magic: null, verdict: null, danger: 0, summary: '' };
    if (b.length === 0 || rv.fill) {
      rv.summary = b.length === 0 ? 'empty' : `${b.length} bytes of 0x${b[0].toString(16).padStart(2, '0')}`;
      return rv;
    }
    rv.text = looksText(b, 65536);
    rv.magic = detectMagic(b.subarray(0, 4096))?.format ?? null;
    rv.executable = findExecutable(b);
    if (rv.executable) {
      rv.danger = 1;
      rv.summary = `${rv.executable.format.toUpperCase()} executable at +${rv.executable.at}`;
    } else if (isPyc(b)) {
      rv.danger = 0.9;
      rv.summary = 'Python bytecode';
    }
    if (b.length >= 16) {
      if (this.calls < MAX_INSPECT_CALLS) {
        this.calls++;
        let v: BlobVerdict | null = null;
        try {
          v = inspectBlob(b.length > MAX_INSPECT_BYTES ? b.subarray(0, MAX_INSPECT_BYTES) : b, { maxDepth: 4, maxOutput: 32 * 1024 * 1024 });
        } catch {
          v = null; // the decoder promises not to throw; never let it take the analyzer down
        }
        rv.verdict = v;
        if (v && v.danger > rv.danger) {
          rv.danger = v.danger;
          rv.summary = v.summary;
        }
      } else this.skipped++;
    }
    if (!rv.summary) rv.summary = rv.verdict && rv.verdict.summary !== 'not inspected' ? rv.verdict.summary : rv.text ? 'text' : rv.magic ? `${rv.magic} data` : 'binary data';
    // our own check on text regions: base64/hex of an executable
    if (rv.danger < 1 && rv.text) {
      const t = assessText(LATIN1.decode(b.subarray(0, 1 << 20)), { urlsNormal: true });
      if (t.strength >= 1 && t.reasons.some((r) => r.includes('of an executable'))) {
        rv.danger = 1;
        rv.summary = t.reasons.find((r) => r.includes('of an executable')) as string;
      }
    }
    if (rv.danger >= PAYLOAD_DANGER) {
      const ev: Record<string, unknown> = { where, bytes: b.length, decoded: rv.summary };
      if (rv.verdict) { ev.layers = rv.verdict.layers; ev.kind = rv.verdict.kind; ev.preview = rv.verdict.preview; }
      if (rv.executable) ev.executableAt = offset + rv.executable.at;
      this.report(this.rules.payload, {
        message: `${where}: ${b.length} bytes that decode to ${rv.summary}`,
        strength: rv.danger,
        offset,
        length: b.length,
        evidence: ev,
      });
    }
    return rv;
  }

  /** Assess metadata text and report a strings finding when it is suspicious. */
  text(s: string, where: string, offset: number, opts: TextOptions = {}): TextAssessment {
    const a = assessText(s, opts);
    if (a.strength > 0) {
      this.report(this.rules.text, {
        message: `${where}: ${a.reasons.join('; ')}`,
        strength: a.strength,
        offset,
        evidence: { where, reasons: a.reasons, sample: a.sample, length: s.length },
      });
    }
    return a;
  }

  /**
   * An embedded picture (APIC, FLAC PICTURE, METADATA_BLOCK_PICTURE): its bytes must be an image. Empty pictures and
   * ID3's `-->` link pictures are allowed; the link is then checked as text.
   */
  picture(b: Uint8Array, mime: string, where: string, offset: number): void {
    if (mime === '-->') {
      this.text(LATIN1.decode(b.subarray(0, 4096)), `${where} (linked picture)`, offset, { urlsNormal: true });
      return;
    }
    if (b.length === 0) return;
    const fmt = isPicture(b);
    const rv = this.region(b, where, offset);
    if (fmt) return;
    if (this.rules.picture) {
      this.report(this.rules.picture, {
        message: `${where}: declared ${mime || 'picture'} but the ${b.length} bytes are ${rv.summary}`,
        strength: 1,
        offset,
        length: b.length,
        evidence: { where, mime, bytes: b.length, content: rv.summary, head: defang(b.subarray(0, 32), 64) },
      });
    }
    if (rv.text) this.text(LATIN1.decode(b.subarray(0, 1 << 20)), `${where} (text instead of an image)`, offset, { urlsNormal: false });
  }

  /**
   * Text and binary items of tags at the end of a file (ID3v1, APE, Lyrics3, appended ID3v2). `shift` is added to
   * the tags' offsets when they were parsed from a sub-buffer.
   */
  endTags(tags: TrailingTag[], label: string, shift = 0): void {
    for (const t of tags) {
      for (const line of t.text) this.text(line, `${label} ${t.kind} tag`, t.offset + shift, { urlsNormal: true });
      if (t.id3v2) {
        this.id3Tag(t.id3v2, `${label} appended ID3v2`, shift);
        continue;
      }
      for (const bi of t.binary) {
        const where = `${label} ${t.kind} item '${bi.name}'`;
        if (/cover art/i.test(bi.name)) {
          // APE cover art: file name, NUL, image bytes
          const nul = bi.data.indexOf(0);
          this.picture(bi.data.subarray(nul + 1), 'image', where, bi.offset + shift + nul + 1);
        } else this.region(bi.data, where, bi.offset + shift);
      }
    }
  }

  /**
   * Every part of an ID3v2 tag that can carry data: the frames, bytes after a bad frame header, padding that is not
   * zeros, an extended header longer than the specifications define. A compressed frame that inflates past the
   * limit leaves content unseen: the file is incomplete. `shift` is added to the tag's offsets.
   */
  id3Tag(t: Id3v2Tag, label: string, shift = 0): void {
    this.id3Frames(t.frames, label, shift);
    if (t.unparsed && t.unparsed.length > 0) this.region(t.unparsed.data, `${label} bytes after a bad frame header`, t.unparsed.offset + shift);
    if (t.padding && !t.padding.zero) this.region(t.padding.data, `${label} padding`, t.padding.offset + shift);
    if (t.extended && t.anomalies.some((a) => a.code === 'bad-extended-header')) this.region(t.extended.data, `${label} extended header`, t.extended.offset + shift);
    const cut = t.anomalies.filter((a) => a.code === 'inflate-limit').length;
    if (cut > 0) this.ctx.incomplete(`${label}: ${cut} compressed ID3 frame(s) inflate past the limit; their content was not all inspected`);
  }

  /** Frames of an ID3v2 tag: text frames are assessed, pictures checked, binary frames inspected. */
  id3Frames(frames: Id3Frame[], label: string, shift = 0): void {
    for (const fr of frames) {
      const where = `${label} frame ${fr.id}`;
      const off = fr.offset + shift;
      if (fr.picture) this.picture(fr.picture.data, fr.picture.mime, where, off);
      else if (fr.text !== undefined) {
        const a = this.text(fr.text, where, off, { urlsNormal: true });
        // suspicious or long text goes to the decoder too: encoded code inside it is a payload
        if (a.strength > 0 || fr.text.length > 4096) this.region(utf8Bytes(fr.text), where, off);
      } else if (fr.binary) this.region(fr.binary, where, off);
      else this.region(fr.data, where, off);
    }
  }

  /**
   * Inspect many regions as one: their bytes joined (a payload split across them is whole again), for the regions
   * beyond those an analyzer inspects one by one.
   */
  joined(d: Uint8Array, ranges: readonly { offset: number; length: number }[], where: string): RegionVerdict | null {
    let n = 0;
    for (const r of ranges) n += r.length;
    if (n === 0) return null;
    const out = new Uint8Array(n);
    let o = 0;
    for (const r of ranges) {
      out.set(d.subarray(r.offset, r.offset + r.length), o);
      o += r.length;
    }
    return this.region(out, `${where} (${ranges.length} regions joined)`, ranges[0].offset);
  }

  /** Call once at the end of a file: regions the per-file budget left uninspected make the file incomplete. */
  finish(analyzer: string): void {
    if (this.skipped > 0) this.ctx.incomplete(`${analyzer}: ${this.skipped} regions not inspected (per-file budget)`);
  }
}
