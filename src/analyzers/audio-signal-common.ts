/**
 * Shared by the signal analyzers (audio-notaudio, audio-lsb, audio-spectrogram, audio-modem, audio-picture): the
 * per-file decode and spectrogram, bounded payload inspection of recovered bytes, and bookkeeping of what fired so
 * the picture analyzer knows when a spectrogram is worth attaching.
 */
import type { AnalyzerContext, Hit } from './types.js';
import type { RuleMeta, ScanFile } from '../types.js';
import { audioWork, type AudioWork } from '../audio/decode.js';
import { borrowGrid, computeSpectrogram, returnGrid, type Spectrogram } from '../audio/stft.js';
import { findMultitoneIn, type MultitoneResult, type MultitoneScan } from '../audio/multitone.js';
import { decodeGgwave, type GgwaveResult } from '../audio/ggwave.js';
import { renderSpectrogram } from '../audio/png.js';
import type { AudioSignal } from '../audio/types.js';
import { inspectBlob, defang, type BlobVerdict } from '../decode/index.js';
import { decompress } from '../decode/layers.js';
import { printableRatio } from '../decode/classify.js';
import { detectMagic, executableAt, isPyc } from '../formats/magic.js';

export { isSignalFile } from '../audio/decode.js';

export async function signalOf(file: ScanFile): Promise<{ work: AudioWork; signal: AudioSignal | null }> {
  const work = audioWork(file);
  const out = await work.outcome;
  return { work, signal: out.ok ? out.signal : null };
}

export function spectrogramOf(work: AudioWork, s: AudioSignal): Spectrogram | null {
  if (work.memo.has('stft')) return work.memo.get('stft') as Spectrogram | null;
  // its grid is lent for the file and handed back when its analysis ends (endAudioWork)
  const sp = computeSpectrogram(s, undefined, undefined, undefined, undefined, false, undefined, (cells) => {
    const g = borrowGrid(cells);
    work.ends.push(() => returnGrid(g));
    return g;
  });
  work.memo.set('stft', sp);
  return sp;
}

/** The multi-tone search on the shared spectrogram, once per file (the modem and spectrogram analyzers both ask). */
export function multitoneOf(work: AudioWork, s: AudioSignal, sp: Spectrogram): MultitoneScan {
  if (work.memo.has('multitone')) return work.memo.get('multitone') as MultitoneScan;
  const mt = findMultitoneIn(s.mono, s.sampleRate, sp);
  work.memo.set('multitone', mt);
  return mt;
}

/**
 * ggwave's decoder on a multi-tone stretch (with room for its markers and the rest of a message around it), once per
 * file and stretch: the spectrogram analyzer asks before calling tones drawn text, the modem analyzer reports it.
 */
export function ggwaveOf(work: AudioWork, s: AudioSignal, m: MultitoneResult): Promise<GgwaveResult> {
  const key = `ggwave:${m.startSeconds}:${m.endSeconds}`;
  let p = work.memo.get(key) as Promise<GgwaveResult> | undefined;
  if (!p) {
    p = decodeGgwave(s.mono, s.sampleRate, (m.startSeconds - 2) * s.sampleRate, (m.endSeconds + 10) * s.sampleRate);
    work.memo.set(key, p);
  }
  return p;
}

/** The file's decoded signal and its spectrogram (both shared), or null when either is missing. */
export async function spectrumOf(file: ScanFile): Promise<{ work: AudioWork; signal: AudioSignal; sp: Spectrogram } | null> {
  const { work, signal } = await signalOf(file);
  const sp = signal ? spectrogramOf(work, signal) : null;
  return signal && sp ? { work, signal, sp } : null;
}

export function report(ctx: AnalyzerContext, work: AudioWork, rule: RuleMeta, hit: Hit): void {
  // a file decoded in part says which part, so a clean result on the rest is not read as covering it
  ctx.report(rule, work.span ? { ...hit, evidence: { ...hit.evidence, decodedSpan: work.span } } : hit);
  if (!work.fired.includes(rule.id)) work.fired.push(rule.id);
}

/** Decoder calls per file on recovered bytes (LSB planes, text frames, demodulated bytes). */
const MAX_INSPECTIONS = 24;

/** Inspect recovered bytes with the shared decoder, within the file's budget; null when the budget is spent. */
export function inspect(work: AudioWork, b: Uint8Array): BlobVerdict | null {
  const n = (work.memo.get('inspections') as number | undefined) ?? 0;
  if (n >= MAX_INSPECTIONS) return null;
  work.memo.set('inspections', n + 1);
  try {
    const v = inspectBlob(b.length > 8 * 1024 * 1024 ? b.subarray(0, 8 * 1024 * 1024) : b, { maxDepth: 4, maxOutput: 16 * 1024 * 1024 });
    if (v.kind !== 'random' && v.kind !== 'binary') return v;
    // A stream recovered without its length runs on into the cover's noise: the decoder then ranks the noise (random)
    // above what a compressed head inflates to. When the head is a compressed stream, decode it on its own.
    const z = decompress(b, 16 * 1024 * 1024);
    if (!z) return v;
    const inner = inspectBlob(z.out, { maxDepth: 3, maxOutput: 16 * 1024 * 1024 });
    return { ...inner, layers: [z.layer, ...inner.layers], summary: `${inner.summary} (inside ${z.layer})` };
  } catch {
    return null;
  }
}

/** Payload danger at or above this is a payload finding (executables, bytecode, code that runs things). */
export const PAYLOAD_DANGER = 0.7;

/** Printable ASCII share of `b` (tab, CR, LF count). */
export function printableShare(b: Uint8Array): number {
  return printableRatio(b, b.length, true);
}

function distinctBytes(b: Uint8Array): number {
  const seen = new Uint8Array(256);
  let n = 0;
  for (let i = 0; i < b.length; i++) if (!seen[b[i]]++) n++;
  return n;
}

/**
 * Repeats with a very short period (the LSB plane of a square wave or a DC offset, not a message). Longer periods are
 * left alone: a message may repeat a line, and a plane that happens to be printable over a long period does not occur.
 */
function periodic(b: Uint8Array): boolean {
  for (let p = 1; p <= 8 && p < b.length / 2; p++) {
    let same = 0;
    for (let i = p; i < b.length; i++) if (b[i] === b[i - p]) same++;
    if (same >= (b.length - p) * 0.8) return true;
  }
  return false;
}

const STRONG_MAGIC = new Set(['zip', 'gzip', 'bzip2', 'xz', '7z', 'rar', 'png', 'jpeg', 'gif', 'wav', 'flac', 'ogg', 'pe', 'elf', 'macho', 'pyc', 'cab', 'lzip', 'lzop']);

/**
 * Does the head of a recovered stream look like content rather than noise or a structured plane: text with a varied
 * alphabet, a known format's magic number, a zlib/gzip/bzip2 header, an executable or bytecode header?
 */
export function looksLikeContent(head: Uint8Array): boolean {
  if (head.length < 16) return false;
  if (executableAt(head, 0) || isPyc(head)) return true;
  const m = detectMagic(head);
  // only magics of four or more distinctive bytes: the LSB plane of quiet audio is mostly zero bytes, which shorter
  // signatures (ICO's 00 00 01 00, Unix compress's 1F 9D) would match by chance
  if (m && STRONG_MAGIC.has(m.format)) return true;
  if (head[0] === 0x78 && (head[1] === 0x01 || head[1] === 0x5e || head[1] === 0x9c || head[1] === 0xda)) return true;
  const n = Math.min(head.length, 256);
  const h = head.subarray(0, n);
  return printableShare(h) >= 0.95 && distinctBytes(h) >= 12 && !periodic(h);
}

/** What recovered bytes are, in one line for a message, and whether they are recognisable data at all. */
export function describeRecovered(v: BlobVerdict | null, b: Uint8Array): { what: string; recognisable: boolean; danger: number } {
  if (!v) return { what: `${b.length} bytes (not inspected: per-file budget)`, recognisable: false, danger: 0 };
  const recognisable = v.kind !== 'random' && v.kind !== 'binary' && v.kind !== 'empty';
  return { what: v.summary, recognisable, danger: v.danger };
}

export function evidenceOf(v: BlobVerdict | null, b: Uint8Array): Record<string, unknown> {
  const ev: Record<string, unknown> = { bytes: b.length, head: defang(b.subarray(0, 48), 96) };
  if (v) {
    ev.decoded = v.summary;
    ev.kind = v.kind;
    ev.layers = v.layers;
    ev.preview = v.preview;
  }
  return ev;
}

export function round(x: number, digits = 3): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}

/**
 * Attach a spectrogram picture (PNG, at most 1024 x 256) when a signal rule fired on the file or the riff analyzer
 * found its sample data to be text. Called by the last signal analyzer (audio-modem), once per file.
 */
export function attachPicture(ctx: AnalyzerContext, work: AudioWork, s: AudioSignal): void {
  if (work.attached || work.fired.length === 0) return;
  const sp = spectrogramOf(work, s);
  if (!sp) return;
  work.attached = true;
  const secs = Math.round((s.frames / s.sampleRate) * 10) / 10;
  ctx.attach({
    name: 'spectrogram.png',
    mime: 'image/png',
    caption: `spectrogram of ${secs} s, 0-${Math.round(s.sampleRate / 2000)} kHz (${work.fired.join(', ')})`,
    data: renderSpectrogram(sp),
  });
}
