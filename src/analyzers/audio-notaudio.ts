/**
 * "This is not audio": sample data that is text (base64, hex, ASCII: the 2026 telnyx loader read base64 of an XOR key
 * and an executable from a WAV's frames) or encrypted/compressed bytes, and audio files that do not decode at all.
 *
 * Coordination with the riff analyzer: `audio.riff.text-samples` already reports a data chunk whose first 64 KiB are
 * text, and inspects that chunk for payloads. This analyzer does not repeat it; it reports text frames the riff check
 * cannot see (text after real audio, text in one channel of several, AU files) and decodes them.
 */
import type { Analyzer, AnalyzerContext } from './types.js';
import { defineRules } from './types.js';
import { looksText } from '../formats/magic.js';
import { defang } from '../decode/index.js';
import { byteEntropy, channelBytes, channelHasText, floatGarbage, randomWindows, sampleStats, textRegions } from '../audio/stats.js';
import { fileFrame, type AudioSignal } from '../audio/types.js';
import type { AudioWork } from '../audio/decode.js';
import { describeRecovered, evidenceOf, inspect, isSignalFile, PAYLOAD_DANGER, report, round, signalOf, spectrogramOf } from './audio-signal-common.js';

const RULES = defineRules({
  textFrames: {
    id: 'audio.signal.text-frames',
    category: 'strings',
    weight: 3,
    description: 'Sample frames (or one channel of them) that are printable text such as base64 or hex instead of sound.',
  },
  randomFrames: {
    id: 'audio.signal.random-frames',
    category: 'spectrogram',
    weight: 4,
    description: 'Sample frames that are statistically random bytes (encrypted or compressed data), not a recording.',
  },
  payload: {
    id: 'audio.signal.hidden-payload',
    category: 'payload',
    weight: 9,
    description: 'Sample frames that decode to an executable or to code that runs things.',
  },
  undecodable: {
    id: 'audio.signal.undecodable',
    category: 'structure',
    weight: 2,
    description: 'An MP3, FLAC or Ogg file that yields no audio from its decoder.',
  },
});

const COMPRESSED = new Set(['mp3', 'flac', 'ogg']);
/** Text regions smaller than this are not worth a finding (a stray kilobyte of a synthetic square wave is not text). */
const MIN_TEXT = 1024;
const MAX_CHANNEL_BYTES = 32 * 1024 * 1024;
/** Text regions reported and decoded at most per file. */
const MAX_TEXT_REGIONS = 8;

export const notAudioAnalyzer: Analyzer = {
  name: 'audio-notaudio',
  description: 'Sample frames that are text or random bytes instead of sound; audio that does not decode',
  rules: Object.values(RULES),
  applies: isSignalFile,
  async analyze(file, ctx) {
    const { work, signal } = await signalOf(file);
    if (!signal) {
      const out = await work.outcome;
      if (!out.ok && out.kind === 'failed' && COMPRESSED.has(file.type.format)) {
        report(ctx, work, RULES.undecodable, {
          message: `${file.type.format} file of ${file.data.length} bytes does not decode: ${out.reason}`,
          strength: file.data.length >= 4096 ? 1 : 0.5,
          evidence: { reason: out.reason, bytes: file.data.length },
        });
      }
      return;
    }
    const textCovered = signal.raw ? textFrames(signal, work, ctx) : false;
    randomFrames(signal, work, ctx);
    if (signal.raw && !textCovered) rawHead(signal, work, ctx);
  },
};

/** Report text in the sample data unless the riff analyzer already did; returns true when the data is text. */
function textFrames(s: AudioSignal, work: AudioWork, ctx: AnalyzerContext): boolean {
  const raw = s.raw!;
  // exactly the condition under which the riff analyzer reports audio.riff.text-samples and inspects the chunk
  const riffCovered = (s.container === 'wav' || s.container === 'aiff') && raw.length >= 64 && looksText(raw.subarray(0, 65536));
  if (riffCovered) {
    if (!work.fired.includes('audio.riff.text-samples')) work.fired.push('audio.riff.text-samples');
    return true;
  }
  let found = false;
  const regions = textRegions(raw).filter((r) => r.length >= MIN_TEXT);
  if (regions.length > MAX_TEXT_REGIONS) ctx.incomplete(`audio-notaudio: ${regions.length}${regions.length >= 64 ? '+' : ''} separate text regions in the sample data; only the first ${MAX_TEXT_REGIONS} were decoded`);
  for (const r of regions.slice(0, MAX_TEXT_REGIONS)) {
    found = true;
    const b = raw.subarray(r.offset, r.offset + r.length);
    const startSec = round(r.offset / (s.bytesPerSample * s.rawChannels) / s.sampleRate, 2);
    reportText(s, work, ctx, b, s.rawOffset + r.offset, `${r.length} bytes of sample data from ${startSec} s are printable text, not audio`, { startSeconds: startSec, regions: regions.length });
  }
  if (!found && s.rawChannels > 1) {
    for (let c = 0; c < Math.min(s.rawChannels, 8); c++) {
      if (!channelHasText(raw, s.bytesPerSample, s.rawChannels, c, MAX_CHANNEL_BYTES, MIN_TEXT / 2)) continue;
      const bytes = channelBytes(raw, s.bytesPerSample, s.rawChannels, c, MAX_CHANNEL_BYTES);
      const regs = textRegions(bytes).filter((r) => r.length >= MIN_TEXT);
      if (!regs.length) continue;
      found = true;
      const r = regs[0];
      const b = bytes.subarray(r.offset, r.offset + r.length);
      const frame = Math.floor(r.offset / s.bytesPerSample);
      reportText(s, work, ctx, b, s.rawOffset + frame * s.bytesPerSample * s.rawChannels, `channel ${c + 1} of ${s.rawChannels} carries ${r.length} bytes of printable text from ${round(frame / s.sampleRate, 2)} s while the others hold sound`, { channel: c + 1 });
      break;
    }
  }
  return found;
}

function reportText(s: AudioSignal, work: AudioWork, ctx: AnalyzerContext, b: Uint8Array, offset: number, message: string, extra: Record<string, unknown>): void {
  report(ctx, work, RULES.textFrames, {
    message,
    strength: b.length >= 4096 ? 1 : 0.7,
    offset,
    length: b.length,
    evidence: { ...extra, bytes: b.length, head: defang(b.subarray(0, 64), 120) },
  });
  const v = inspect(work, b);
  const d = describeRecovered(v, b);
  if (d.danger >= PAYLOAD_DANGER) {
    report(ctx, work, RULES.payload, {
      message: `text in the sample frames decodes to ${d.what}`,
      strength: d.danger,
      offset,
      length: b.length,
      evidence: evidenceOf(v, b),
    });
  }
}

/** Random bytes as samples: flat bytes, no correlation, uniform amplitudes, flat spectrum. */
function randomFrames(s: AudioSignal, work: AudioWork, ctx: AnalyzerContext): void {
  if (s.codec === 'float' && s.raw) {
    const g = floatGarbage(s.raw, s.bytesPerSample, s.bigEndian);
    if (g.count >= 1024 && g.bad >= g.count * 0.01) {
      report(ctx, work, RULES.randomFrames, {
        message: `${g.bad} of ${g.count} floating-point samples are NaN, infinite or beyond ±8: the frames are bytes read as floats, not audio`,
        strength: g.bad >= g.count * 0.05 ? 0.75 : 0.5,
        offset: s.rawOffset,
        evidence: { badSamples: g.bad, samples: g.count },
      });
      inspectRandom(s, work, ctx, s.raw);
    }
    return;
  }
  if (!s.ints || s.frames < 4096) return;
  const bytes = s.raw ?? (s.ints && s.bits <= 16 ? new Uint8Array(s.ints.buffer, s.ints.byteOffset, s.ints.byteLength) : null);
  const ent = bytes ? byteEntropy(bytes) : 0;
  // moments and spectrum: needed when the bytes are random as bytes, or as evidence of a finding (computed once)
  let got: { st: ReturnType<typeof sampleStats>; flat: number } | null = null;
  const moments = (): { st: ReturnType<typeof sampleStats>; flat: number } => (got ??= { st: sampleStats(s), flat: spectrogramOf(work, s)?.flatness ?? 0 });
  const evidence = (): Record<string, unknown> => {
    const { st, flat } = moments();
    return { byteEntropy: round(ent), maxAutocorrelation: round(st?.maxAbsCorr ?? 0), kurtosis: round(st?.kurtosis ?? 0), spectralFlatness: round(flat), loudFraction: round(st?.loudFraction ?? 0), samples: st?.count ?? 0 };
  };
  if (ent >= 7.9) {
    const { st, flat } = moments();
    if (st && st.maxAbsCorr < 0.05 && st.kurtosis > 1.6 && st.kurtosis < 2.1 && st.loudFraction > 0.35 && flat > 0.8) {
      report(ctx, work, RULES.randomFrames, {
        message: `the samples are random bytes, not a recording: ${ent.toFixed(3)} bits/byte, autocorrelation ${st.maxAbsCorr.toFixed(3)}, kurtosis ${st.kurtosis.toFixed(2)} (uniform 1.8), spectral flatness ${flat.toFixed(2)}`,
        strength: 0.75,
        offset: s.rawOffset || undefined,
        evidence: evidence(),
      });
      if (s.raw) inspectRandom(s, work, ctx, s.raw);
      return;
    }
  }
  const rw = randomWindows(s);
  if (rw.runs.length && rw.random < rw.windows * 0.8) {
    const r = rw.runs[0];
    const frameBytes = s.bytesPerSample * s.rawChannels;
    const sampledFrame = fileFrame(s, r.frame);
    report(ctx, work, RULES.randomFrames, {
      message: `${rw.random} of ${rw.windows} windows of samples are random bytes (no correlation, uniform amplitudes) inside otherwise ordinary audio, from ${round(sampledFrame / s.sampleRate, 2)} s`,
      strength: 0.5,
      offset: s.raw ? s.rawOffset + sampledFrame * frameBytes : undefined,
      evidence: { ...evidence(), randomWindows: rw.random, windows: rw.windows, runs: rw.runs.slice(0, 8).map((x) => ({ seconds: round(fileFrame(s, x.frame) / s.sampleRate, 2), frames: x.frames })) },
    });
    if (s.raw) inspectRandom(s, work, ctx, s.raw.subarray(sampledFrame * frameBytes, (sampledFrame + r.frames) * frameBytes));
  }
}

function inspectRandom(s: AudioSignal, work: AudioWork, ctx: AnalyzerContext, b: Uint8Array): void {
  const v = inspect(work, b.subarray(0, 4 * 1024 * 1024));
  const d = describeRecovered(v, b);
  if (d.danger >= PAYLOAD_DANGER) {
    report(ctx, work, RULES.payload, { message: `random-looking sample frames decode to ${d.what}`, strength: d.danger, offset: s.rawOffset, length: b.length, evidence: evidenceOf(v, b) });
  }
}

/**
 * The start of the sample data given to the shared decoder as it is: an executable XOR-ed with a key (telnyx layout:
 * the key in front) sits in the frames without any text encoding. Cheap on real audio (every key guess fails on the
 * first two bytes).
 */
function rawHead(s: AudioSignal, work: AudioWork, ctx: AnalyzerContext): void {
  if (work.fired.includes(RULES.payload.id)) return;
  const b = s.raw!.subarray(0, 1024 * 1024);
  if (b.length < 64) return;
  const v = inspect(work, b);
  const d = describeRecovered(v, b);
  if (d.danger >= PAYLOAD_DANGER) {
    report(ctx, work, RULES.payload, { message: `the sample frames decode to ${d.what}`, strength: d.danger, offset: s.rawOffset, length: b.length, evidence: evidenceOf(v, b) });
  }
}
