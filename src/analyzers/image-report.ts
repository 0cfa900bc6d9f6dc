/**
 * Shared reporting for the image analyzer: the rule table, and a per-file reporter that inspects regions which
 * should not carry data (trailing bytes, stray bytes, unknown chunks/segments, comments) and scans metadata text.
 */
import { defineRules, type AnalyzerContext } from './types.js';
import type { ScanFile } from '../types.js';
import { inspectBlob, defang, type BlobVerdict } from '../decode/index.js';
import { detectMagic, executableAt } from '../formats/magic.js';
import { scanText, printableRatio, bytesToText, type TextSignal } from './image-text.js';

export const IMAGE_RULES = defineRules({
  pngTrailing: {
    id: 'image.png.trailing-data',
    category: 'structure',
    weight: 3,
    description: 'Bytes after the PNG IEND chunk (or after the last valid chunk) that are not padding.',
  },
  pngMalformed: {
    id: 'image.png.malformed',
    category: 'structure',
    weight: 1.5,
    description: 'PNG chunk structure is broken: bad CRC or length, IHDR not first, missing IEND, truncated chunks.',
  },
  pngUnknownChunk: {
    id: 'image.png.unknown-chunk',
    category: 'structure',
    weight: 2,
    description: 'An unregistered PNG chunk carries a sizeable payload, or an unknown critical chunk is present.',
  },
  pngOversized: {
    id: 'image.png.oversized-chunk',
    category: 'structure',
    weight: 2,
    description: 'A known PNG chunk is far larger than its type allows or than metadata ever needs.',
  },
  jpegTrailing: {
    id: 'image.jpeg.trailing-data',
    category: 'structure',
    weight: 3,
    description: 'Bytes after the JPEG EOI marker that are neither padding, appended JPEG images, nor a camera trailer.',
  },
  jpegMalformed: {
    id: 'image.jpeg.malformed',
    category: 'structure',
    weight: 1.5,
    description: 'JPEG segment structure is broken: bad lengths or markers, missing EOI, no scan data.',
  },
  jpegStray: {
    id: 'image.jpeg.stray-data',
    category: 'structure',
    weight: 2.5,
    description: 'Bytes between JPEG segments that belong to no segment.',
  },
  jpegUnknownSegment: {
    id: 'image.jpeg.unknown-segment',
    category: 'structure',
    weight: 2,
    description: 'A JPEG APPn/COM/reserved segment of no known kind (or a binary comment) carries a sizeable payload.',
  },
  gifTrailing: {
    id: 'image.gif.trailing-data',
    category: 'structure',
    weight: 3,
    description: 'Bytes after the GIF trailer (0x3B), or after the last valid block.',
  },
  gifMalformed: {
    id: 'image.gif.malformed',
    category: 'structure',
    weight: 1.5,
    description: 'GIF block structure is broken: truncated blocks, unknown extension labels, missing trailer.',
  },
  gifExtension: {
    id: 'image.gif.extension-data',
    category: 'structure',
    weight: 2,
    description: 'A GIF comment, application or unknown extension carries a sizeable binary payload.',
  },
  bmpTrailing: {
    id: 'image.bmp.trailing-data',
    category: 'structure',
    weight: 3,
    description: 'Bytes after the BMP pixel array (and embedded profile) that are not padding.',
  },
  bmpGap: {
    id: 'image.bmp.gap-data',
    category: 'structure',
    weight: 3,
    description: 'The BMP pixel-array offset skips over a gap after the headers/palette that holds non-zero data.',
  },
  bmpMalformed: {
    id: 'image.bmp.malformed',
    category: 'structure',
    weight: 1.5,
    description: 'BMP headers disagree with the file: truncated pixel array, bad offsets, implausible fields.',
  },
  metadataText: {
    id: 'image.metadata-text',
    category: 'strings',
    weight: 3,
    description: 'Image metadata text (PNG text chunks, JPEG comments/EXIF/XMP, GIF comments, appended text) holds commands, code, suspicious URLs or long encoded runs.',
  },
  payload: {
    id: 'image.embedded-payload',
    category: 'payload',
    weight: 9,
    description: 'A region of an image that should not carry data decodes to an executable, script or code.',
  },
});

/** Findings per rule per file at most: the score takes the strongest, more only clutter the report. */
const MAX_PER_RULE = 8;
/** inspectBlob calls per file at most, and bytes handed to each. */
const MAX_INSPECTIONS = 64;
const MAX_INSPECT_BYTES = 16 << 20;
/** Verdict kinds that make appended/stray data an unmistakable second file. */
const FOREIGN_KINDS = new Set(['executable', 'bytecode', 'python', 'shell', 'powershell', 'archive']);

type Rule = (typeof IMAGE_RULES)[keyof typeof IMAGE_RULES];

export interface RegionInfo {
  /** Format detected at the region's first byte by magic (zip, pe, png, ...), if any. */
  magic: string | null;
  verdict: BlobVerdict | null;
  /** The region is an unmistakable foreign file or dangerous content. */
  foreign: boolean;
}

export class ImageReporter {
  private counts = new Map<string, number>();
  private inspections = 0;
  private budgetReported = false;
  /** Payload findings already reported, so the same bytes found by two routes are reported once. */
  private payloadRanges: Array<[number, number]> = [];

  constructor(
    readonly file: ScanFile,
    private readonly ctx: AnalyzerContext,
  ) {}

  report(rule: Rule, hit: { message: string; strength?: number; offset?: number; length?: number; evidence?: Record<string, unknown> }): void {
    const n = this.counts.get(rule.id) ?? 0;
    if (n >= MAX_PER_RULE) return;
    if (rule === IMAGE_RULES.payload && hit.offset !== undefined) {
      const a = hit.offset;
      const b = a + (hit.length ?? 1);
      if (this.payloadRanges.some(([x, y]) => a < y && x < b)) return;
      this.payloadRanges.push([a, b]);
    }
    this.counts.set(rule.id, n + 1);
    this.ctx.report(rule, hit);
  }

  incomplete(reason: string): void {
    this.ctx.incomplete(reason);
  }

  /**
   * Inspect bytes that should not carry data. Reports `image.embedded-payload` when the bytes are, or decode to, an
   * executable or code; scans them as text when they are text. Returns what the region is, for the caller's own
   * structure finding.
   */
  inspectRegion(where: string, offset: number, bytes: Uint8Array, opts: { scanAsText?: boolean } = {}): RegionInfo {
    const info: RegionInfo = { magic: null, verdict: null, foreign: false };
    if (bytes.length === 0) return info;
    const m = detectMagic(bytes);
    if (m && m.kind !== 'text' && m.kind !== 'python' && m.kind !== 'empty') info.magic = m.format;
    const exe = executableAt(bytes, 0);
    if (exe) {
      info.foreign = true;
      this.report(IMAGE_RULES.payload, {
        message: `${where} is a ${exe.toUpperCase()} executable`,
        offset,
        length: bytes.length,
        evidence: { region: where, format: exe, layers: [], preview: defang(bytes.subarray(0, 64)) },
      });
    } else if (m && (m.kind === 'archive' || m.kind === 'compressed' || m.kind === 'bytecode')) {
      info.foreign = true;
    }
    if (this.inspections < MAX_INSPECTIONS) {
      this.inspections++;
      let v: BlobVerdict | null = null;
      try {
        v = inspectBlob(bytes.length > MAX_INSPECT_BYTES ? bytes.subarray(0, MAX_INSPECT_BYTES) : bytes, { maxOutput: MAX_INSPECT_BYTES });
      } catch {
        v = null; // the decoder promises not to throw; a failure is treated as "nothing learned"
      }
      info.verdict = v;
      if (v) {
        if (FOREIGN_KINDS.has(v.kind)) info.foreign = true;
        if (v.danger >= 0.5 && !exe) {
          info.foreign = true;
          this.report(IMAGE_RULES.payload, {
            message: `${where} holds ${v.summary}`,
            strength: v.danger,
            offset,
            length: bytes.length,
            evidence: { region: where, kind: v.kind, format: v.format, layers: v.layers, size: v.size, preview: v.preview },
          });
        }
      }
    } else if (bytes.length >= 16 && !this.budgetReported) {
      // the per-file decoder budget is spent: this region and any later ones are not decoded
      this.budgetReported = true;
      this.ctx.incomplete(`image: more than ${MAX_INSPECTIONS} regions to decode; ${where} and later regions were not inspected`);
    }
    if (opts.scanAsText ?? printableRatio(bytes.subarray(0, 4096)) > 0.9) {
      this.scanTextValue(where, offset, bytesToText(bytes.subarray(0, 4 << 20)), false);
    }
    return info;
  }

  /**
   * Scan one metadata text value: strings finding for the strongest signal, payload findings for encoded
   * executables. `inspect` also hands the text to the shared decoder (for Python/shell source and layered encodings).
   */
  scanTextValue(where: string, offset: number, text: string, inspect = true): void {
    if (!text) return;
    const r = scanText(text);
    for (const e of r.executables.slice(0, 4)) {
      this.report(IMAGE_RULES.payload, {
        message: `${where} holds a ${e.encoding}-encoded ${e.format.toUpperCase()} executable`,
        offset: offset + e.offset,
        length: e.length,
        evidence: { region: where, format: e.format, layers: [e.encoding] },
      });
    }
    if (r.signals.length) {
      let best: TextSignal = r.signals[0];
      for (const s of r.signals) if (s.strength > best.strength) best = s;
      this.report(IMAGE_RULES.metadataText, {
        message: `${where}: ${best.detail}`,
        strength: best.strength,
        offset: offset + best.offset,
        length: best.length,
        evidence: {
          region: where,
          signals: r.signals.slice(0, 8).map((s) => ({ kind: s.kind, detail: s.detail, preview: s.preview })),
        },
      });
    }
    if (inspect && text.length >= 16) {
      const bytes = new Uint8Array(Buffer.from(text.length > 4 << 20 ? text.slice(0, 4 << 20) : text, 'utf8'));
      this.inspectRegion(where, offset, bytes, { scanAsText: false });
    }
  }

  /**
   * Bytes after the end of the image (or after the last valid block). Padding stays quiet; anything else is a
   * structure finding whose strength grows with size and with what the bytes turn out to be.
   */
  trailing(rule: Rule, where: string, offset: number, bytes: Uint8Array, extra: Record<string, unknown> = {}): void {
    if (isPadding(bytes)) {
      if (bytes.length <= PADDING_QUIET) return;
      this.report(rule, {
        message: `${bytes.length} bytes of padding ${where}`,
        strength: 0.3,
        offset,
        length: bytes.length,
        evidence: { padding: true, ...extra },
      });
      return;
    }
    const info = this.inspectRegion(`data ${where}`, offset, bytes);
    const strength = info.foreign ? 1 : bytes.length < 16 ? 0.35 : bytes.length < 64 ? 0.5 : bytes.length < 4096 ? 0.7 : 0.85;
    const what = info.magic ? ` (${info.magic})` : info.verdict && info.verdict.kind !== 'binary' && info.verdict.summary !== 'not inspected' ? ` (${info.verdict.summary})` : '';
    this.report(rule, {
      message: `${bytes.length} bytes ${where}${what}`,
      strength,
      offset,
      length: bytes.length,
      evidence: {
        appendedFormat: info.magic,
        decoded: info.verdict ? { kind: info.verdict.kind, format: info.verdict.format, layers: info.verdict.layers, summary: info.verdict.summary } : null,
        preview: defang(bytes.subarray(0, 64)),
        ...extra,
      },
    });
  }
}

/** Trailing bytes that are padding of any size up to this stay quiet. */
export const PADDING_QUIET = 4096;

/** All bytes equal to one filler value (0x00, 0xFF, space, newline) or whitespace only. */
export function isPadding(b: Uint8Array): boolean {
  if (b.length === 0) return true;
  const f = b[0];
  if (f === 0x00 || f === 0xff) {
    for (let i = 1; i < b.length; i++) if (b[i] !== f) return false;
    return true;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0x00) return false;
  }
  return true;
}
