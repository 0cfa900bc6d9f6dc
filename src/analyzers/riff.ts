import type { Analyzer, AnalyzerContext, Hit } from './types.js';
import { defineRules } from './types.js';
import type { RuleMeta, ScanFile } from '../types.js';
import { detectMagic, executableAt, isPyc, looksText } from '../formats/magic.js';
import { inspectBlob, defang, type BlobVerdict } from '../decode/index.js';
import { parseRiff, type RiffChunk } from '../formats/riff.js';
import { findTrailingTags, isId3v2At, parseId3v2, id3TagAsTrailing, type TrailingTag } from '../formats/id3.js';

/* =====================================================================================================================
 * Shared by the audio analyzers (riff, mp3, flac, ogg): inspection of regions that should not carry data, assessment
 * of metadata text, and the picture check. Each analyzer passes its own rules.
 * ===================================================================================================================*/

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

function allSame(b: Uint8Array): boolean {
  for (let i = 1; i < b.length; i++) if (b[i] !== b[0]) return false;
  return true;
}

/** First PE/ELF header inside `b` (any offset), validated by magic.ts. Linear scan, no allocation. */
export function findExecutable(b: Uint8Array, limit = EXE_SCAN): { format: string; at: number } | null {
  const n = Math.min(b.length, limit) - 4;
  for (let i = 0; i <= n; i++) {
    const c = b[i];
    if (c === 0x4d ? b[i + 1] === 0x5a : c === 0x7f ? b[i + 1] === 0x45 : i === 0) {
      const f = executableAt(b, i);
      if (f) return { format: f, at: i };
    }
  }
  return null;
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
  [/<script\b[^>]*>|javascript:/i, 'script markup'],
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

  /** Text and binary items of tags at the end of a file (ID3v1, APE, Lyrics3, appended ID3v2). */
  endTags(tags: TrailingTag[], label: string): void {
    for (const t of tags) {
      for (const line of t.text) this.text(line, `${label} ${t.kind} tag`, t.offset, { urlsNormal: true });
      for (const bi of t.binary.slice(0, 64)) {
        if (t.id3v2) continue; // handled frame by frame by the caller when it wants to
        const pic = isPicture(bi.data);
        if (!pic) this.region(bi.data, `${label} ${t.kind} item '${bi.name}'`, bi.offset);
      }
      if (t.id3v2) this.id3Frames(t.id3v2.frames, `${label} appended ID3v2`);
    }
  }

  /** Frames of an ID3v2 tag: text frames are assessed, pictures checked, binary frames inspected. */
  id3Frames(frames: import('../formats/id3.js').Id3Frame[], label: string): void {
    for (const fr of frames) {
      const where = `${label} frame ${fr.id}`;
      if (fr.picture) this.picture(fr.picture.data, fr.picture.mime, where, fr.offset);
      else if (fr.text !== undefined) {
        const a = this.text(fr.text, where, fr.offset, { urlsNormal: true });
        // suspicious or long text goes to the decoder too: encoded code inside it is a payload
        if (a.strength > 0 || fr.text.length > 4096) this.region(utf8Bytes(fr.text), where, fr.offset);
      } else if (fr.binary) this.region(fr.binary, where, fr.offset);
      else this.region(fr.data, where, fr.offset);
    }
  }
}

/* =====================================================================================================================
 * RIFF / WAV (and AIFF) analyzer
 * ===================================================================================================================*/

const RULES = defineRules({
  trailing: {
    id: 'audio.riff.trailing-data',
    category: 'structure',
    weight: 3,
    description: 'Bytes after the end of the RIFF/FORM container that no tag explains.',
  },
  sizes: {
    id: 'audio.riff.size-mismatch',
    category: 'structure',
    weight: 2,
    description: 'Declared container or chunk sizes that do not match the bytes present (sizes that lie).',
  },
  malformed: {
    id: 'audio.riff.malformed',
    category: 'structure',
    weight: 1.5,
    description: 'Chunk walk problems: no fmt/data chunk, unparseable bytes inside the container, too many chunks.',
  },
  oddChunk: {
    id: 'audio.riff.odd-chunk',
    category: 'structure',
    weight: 2.5,
    description: 'An unknown or oversized chunk, or a padding chunk that is not padding, carrying data.',
  },
  text: {
    id: 'audio.riff.suspicious-text',
    category: 'strings',
    weight: 3,
    description: 'Code, shell commands, encoded blobs or suspicious URLs in WAV/AIFF metadata or chunks.',
  },
  samplesText: {
    id: 'audio.riff.text-samples',
    category: 'strings',
    weight: 3,
    description: 'The sample data chunk is printable text (e.g. base64) instead of audio.',
  },
  picture: {
    id: 'audio.riff.bad-picture',
    category: 'structure',
    weight: 3,
    description: 'A picture in an embedded ID3 tag that is not an image.',
  },
  payload: {
    id: 'audio.riff.hidden-payload',
    category: 'payload',
    weight: 9,
    description: 'A chunk, trailing data or other non-audio region decodes to an executable or code.',
  },
});

/** Chunks real writers emit. Anything else is "unknown" (still normal when small). */
const KNOWN_WAV = new Set([
  'fmt ', 'data', 'fact', 'LIST', 'JUNK', 'junk', 'PAD ', 'FLLR', 'bext', 'cue ', 'smpl', 'inst', 'PEAK', 'id3 ', 'ID3 ', 'iXML',
  'axml', 'acid', 'DISP', 'labl', 'ltxt', 'note', 'plst', 'cart', 'ds64', 'minf', 'elm1', 'regn', 'umid', 'afsp', 'levl', 'link',
  'MD5 ', 'olym', 'SyLp', 'wavl', 'slnt', 'tlst', 'chna', 'dbmd', 'aXML', 'mext', 'ResU', 'ovwf', 'strc', 'cdif', 'IDIT', 'Fake',
  'bxml', 'sxml', 'fxml', 'afmt', 'CSET', 'SNDM', 'LGWV', 'trkn', 'ISFT', 'INFO',
]);
const KNOWN_AIFF = new Set(['COMM', 'SSND', 'FVER', 'MARK', 'INST', 'COMT', 'NAME', 'AUTH', '(c) ', 'ANNO', 'APPL', 'ID3 ', 'id3 ', 'AESD', 'MIDI', 'CHAN', 'basc', 'trns', 'cate', 'FLLR', 'PAD ', 'JUNK']);
/** Chunks whose payload is text for people. */
const TEXT_CHUNKS = new Set(['NAME', 'AUTH', '(c) ', 'ANNO', 'labl', 'note', 'ltxt', 'iXML', 'axml', 'aXML', 'DISP', 'cart', 'bext']);
/** Chunks that only pad; their content should be zeros. */
const PADDING_CHUNKS = new Set(['JUNK', 'junk', 'PAD ', 'FLLR', 'Fake']);
/** Size above which a known metadata chunk is oversized (sample-sized chunks excluded). */
const OVERSIZED = 256 * 1024;
/** Size above which an unknown chunk is worth a structure finding. */
const UNKNOWN_LARGE = 16 * 1024;

const TEXT_DEC = new TextDecoder('utf-8');

function chunkText(b: Uint8Array): string {
  return TEXT_DEC.decode(b.subarray(0, 1 << 20)).replace(/\0+$/g, '').replace(/\0/g, ' ');
}

export const riffAnalyzer: Analyzer = {
  name: 'riff',
  description: 'WAV/RF64/AIFF chunk walk: trailing data, lying sizes, odd chunks, metadata text and hidden payloads',
  rules: Object.values(RULES),
  applies: (f: ScanFile) => f.type.format === 'wav' || f.type.format === 'aiff',
  analyze(file, ctx) {
    const d = file.data;
    const p = parseRiff(d);
    const insp = new AudioInspector(ctx, { text: RULES.text, payload: RULES.payload, picture: RULES.picture });
    const aiff = p.container === 'FORM';
    const known = aiff ? KNOWN_AIFF : KNOWN_WAV;
    const dataId = aiff ? 'SSND' : 'data';

    // ---- sizes that lie
    const sizeIssues = p.anomalies.filter((a) => a.code === 'riff-size-past-end' || a.code === 'chunk-past-end' || a.code === 'chunk-size-ff');
    if (sizeIssues.length) {
      // a truncated file whose last chunk is the sample data is a common accident: weaker than a lie mid-file
      const onlyTruncatedData = sizeIssues.every((a) => a.code === 'riff-size-past-end' || (a.code === 'chunk-past-end' && p.chunks.find((c) => c.offset === a.offset)?.id === dataId));
      insp.report(RULES.sizes, {
        message: sizeIssues.map((a) => a.message).slice(0, 4).join('; '),
        strength: onlyTruncatedData ? 0.5 : 1,
        offset: sizeIssues[0].offset,
        evidence: { issues: sizeIssues.slice(0, 16).map((a) => ({ code: a.code, offset: a.offset, message: a.message })), declaredSize: p.declaredSize, fileSize: d.length },
      });
    }

    // ---- walk problems
    const walkIssues = p.anomalies.filter((a) => ['missing-fmt', 'missing-data', 'bad-fmt', 'chunk-limit', 'bad-chunk-id', 'list-overrun', 'duplicate-chunk', 'bad-ds64'].includes(a.code));
    if (walkIssues.length) {
      insp.report(RULES.malformed, {
        message: walkIssues.map((a) => a.message).slice(0, 4).join('; '),
        strength: walkIssues.some((a) => a.code === 'bad-chunk-id' || a.code === 'chunk-limit') ? 1 : 0.6,
        offset: walkIssues[0].offset,
        evidence: { issues: walkIssues.slice(0, 16).map((a) => ({ code: a.code, offset: a.offset, message: a.message })) },
      });
    }
    if (p.unparsed) insp.region(d.subarray(p.unparsed.offset, p.unparsed.offset + p.unparsed.length), 'unparsed bytes inside the container', p.unparsed.offset);

    // ---- chunks
    for (const ch of p.chunks) {
      if (ch.listType !== undefined && ch.parent === undefined) continue; // sub-chunks are visited themselves
      const body = d.subarray(ch.dataOffset, ch.dataOffset + ch.size);
      if (ch.id === dataId && ch.parent === undefined) {
        checkSamples(body, ch, insp);
        continue;
      }
      checkChunk(body, ch, known, insp);
    }
    // a LIST whose sub-chunks did not cover it
    for (const a of p.anomalies.filter((x) => x.code === 'list-overrun')) {
      insp.region(d.subarray(a.offset, a.offset + (a.length ?? 0)), 'bytes inside a LIST chunk not covered by sub-chunks', a.offset);
    }

    // ---- after the container
    if (p.trailing) {
      const tail = d.subarray(p.trailing.offset);
      // taggers append ID3v2/ID3v1/APE tags to WAV files; those are tags, not hidden data
      let start = 0;
      const tags: TrailingTag[] = [];
      if (isId3v2At(tail, 0)) {
        const t = parseId3v2(tail, 0);
        if (t) { tags.push(id3TagAsTrailing(t)); start = t.length; }
      }
      const ft = findTrailingTags(tail, tail.length);
      let end = Math.max(start, ft.audioEnd);
      tags.push(...ft.tags);
      for (const t of tags) shiftTag(t, p.trailing.offset);
      insp.endTags(tags, 'trailing');
      // zero fill after the container (block-aligned writers) is not data
      while (end > start && tail[end - 1] === 0) end--;
      const rest = tail.subarray(start, end);
      if (rest.length > 0) {
        const off = p.trailing.offset + start;
        const rv = insp.region(rest, 'data after the RIFF container', off);
        if (rv.text) insp.text(TEXT_DEC.decode(rest.subarray(0, 1 << 20)), 'text after the RIFF container', off, { urlsNormal: false });
        // a few stray bytes are sloppy writers; kilobytes of content, or recognisable content, are hidden data
        const strength = rv.danger >= 0.5 || rv.text || rv.magic ? 1 : rest.length >= 1024 ? 1 : rest.length >= 64 ? 0.6 : 0.3;
        insp.report(RULES.trailing, {
          message: `${rest.length} bytes after the end of the ${p.container} container (${rv.summary})`,
          strength,
          offset: off,
          length: rest.length,
          evidence: { bytes: rest.length, containerEnd: p.end, fileSize: d.length, content: rv.summary, head: defang(rest.subarray(0, 48), 96) },
        });
      }
    }
    if (insp.skipped > 0) ctx.incomplete(`riff: ${insp.skipped} regions not inspected (per-file budget)`);
  },
};

function shiftTag(t: TrailingTag, by: number): void {
  t.offset += by;
  for (const b of t.binary) b.offset += by;
  if (t.id3v2) for (const f of t.id3v2.frames) f.offset += by;
}

/** The sample data should be audio: printable text (e.g. base64 lines) in its place is a payload carrier. */
function checkSamples(body: Uint8Array, ch: RiffChunk, insp: AudioInspector): void {
  if (body.length < 64) return;
  const head = body.subarray(0, 65536);
  if (!looksText(head)) return;
  const s = TEXT_DEC.decode(body.subarray(0, 1 << 20));
  insp.report(RULES.samplesText, {
    message: `'${ch.id}' chunk of ${body.length} bytes is printable text, not audio`,
    strength: 1,
    offset: ch.dataOffset,
    length: body.length,
    evidence: { bytes: body.length, head: defang(head.subarray(0, 64), 120) },
  });
  insp.region(body, `text in the '${ch.id}' chunk`, ch.dataOffset);
  insp.text(s, `text in the '${ch.id}' chunk`, ch.dataOffset, { urlsNormal: false });
}

function checkChunk(body: Uint8Array, ch: RiffChunk, known: Set<string>, insp: AudioInspector): void {
  const where = ch.parent ? `LIST/${ch.parent} '${printable(ch.id)}'` : `'${printable(ch.id)}' chunk`;
  if (ch.id === 'id3 ' || ch.id === 'ID3 ') {
    const t = parseId3v2(body, 0);
    if (t) {
      for (const f of t.frames) f.offset += ch.dataOffset;
      insp.id3Frames(t.frames, `${where} ID3v2`);
      if (t.unparsed && t.unparsed.length > 0) insp.region(t.unparsed.data, `${where} ID3v2 unparsed bytes`, t.unparsed.offset + ch.dataOffset);
      if (t.padding && !t.padding.zero) insp.region(body.subarray(t.padding.offset, t.padding.offset + t.padding.length), `${where} ID3v2 padding`, ch.dataOffset + t.padding.offset);
      return;
    }
  }
  const isText = ch.parent === 'INFO' || ch.parent === 'adtl' || TEXT_CHUNKS.has(ch.id);
  if (isText) {
    // XML chunks carry namespace URLs; INFO comments carry homepage links: plain URLs are normal there
    insp.text(chunkText(body), where, ch.dataOffset, { urlsNormal: true });
    if (body.length > 4096) insp.region(body, where, ch.dataOffset);
    if (body.length > OVERSIZED) oddChunk(ch, body, where, 'oversized text chunk', insp, 0.6);
    return;
  }
  if (body.length === 0) return;
  if (PADDING_CHUNKS.has(ch.id)) {
    if (allZeroOrSpace(body)) return;
    const rv = insp.region(body, where, ch.dataOffset);
    if (rv.text) insp.text(chunkText(body), where, ch.dataOffset, { urlsNormal: false });
    // padding that is not padding: a handful of bytes is a sloppy writer, more is content
    if (body.length >= 16) oddChunk(ch, body, where, `padding chunk holds ${rv.summary}`, insp, body.length >= 256 || rv.text ? 1 : 0.5);
    return;
  }
  const unknown = !known.has(ch.id) && !(ch.parent && /^I[A-Z0-9]{3}$/.test(ch.id));
  const large = unknown ? body.length >= UNKNOWN_LARGE : body.length >= OVERSIZED && ch.id !== 'wavl' && ch.id !== 'LIST';
  // small known binary chunks (fmt, fact, cue, smpl, PEAK, ...) are what writers emit: inspect only larger ones
  if (!unknown && !large && body.length < 4096) return;
  const rv = insp.region(body, where, ch.dataOffset);
  if (rv.text && (unknown || large)) insp.text(chunkText(body), where, ch.dataOffset, { urlsNormal: false });
  if (unknown && (large || rv.text || rv.magic || rv.danger >= 0.4)) {
    const strength = rv.danger >= 0.5 || rv.magic ? 1 : large && rv.text ? 1 : rv.text ? 0.6 : 0.8;
    oddChunk(ch, body, where, `unknown chunk holds ${rv.summary}`, insp, strength);
  } else if (large) {
    oddChunk(ch, body, where, `oversized chunk holds ${rv.summary}`, insp, rv.fill ? 0.2 : 0.8);
  }
}

function oddChunk(ch: RiffChunk, body: Uint8Array, where: string, what: string, insp: AudioInspector, strength: number): void {
  insp.report(RULES.oddChunk, {
    message: `${where} (${body.length} bytes): ${what}`,
    strength,
    offset: ch.offset,
    length: body.length + 8,
    evidence: { chunk: printable(ch.id), parent: ch.parent ?? null, bytes: body.length, head: defang(body.subarray(0, 48), 96) },
  });
}

function allZeroOrSpace(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0 && b[i] !== 0x20) return false;
  return true;
}

function printable(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?');
}
