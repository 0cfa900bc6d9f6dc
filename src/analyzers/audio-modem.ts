/**
 * Runs last among the signal analyzers: it also attaches the spectrogram picture of files on which any of them fired.
 *
 * Modem tones: FSK (Bell 103/202, V.21, V.23 and minimodem's other rates) demodulated with 8N1 framing; the bytes are
 * shown defanged and run through the shared decoders (see src/audio/fsk.ts).
 */
import type { Analyzer, AnalyzerContext } from './types.js';
import type { AudioSignal } from '../audio/types.js';
import type { AudioWork } from '../audio/decode.js';
import { defineRules } from './types.js';
import { findFsk, type FskResult } from '../audio/fsk.js';
import { defang } from '../decode/index.js';
import { attachPicture, describeRecovered, evidenceOf, inspect, isSignalFile, PAYLOAD_DANGER, printableShare, report, round, spectrumOf } from './audio-signal-common.js';

const RULES = defineRules({
  fsk: {
    id: 'audio.modem.fsk',
    category: 'spectrogram',
    weight: 4,
    description: 'Modem tones (two-tone FSK at a regular symbol rate) that demodulate to framed bytes.',
  },
  payload: {
    id: 'audio.modem.payload',
    category: 'payload',
    weight: 9,
    description: 'Bytes demodulated from modem tones decode to an executable or to code that runs things.',
  },
});

export const modemAnalyzer: Analyzer = {
  name: 'audio-modem',
  description: 'FSK modem tones demodulated to bytes',
  rules: Object.values(RULES),
  applies: isSignalFile,
  async analyze(file, ctx) {
    const got = await spectrumOf(file);
    if (!got) return;
    const { work, signal, sp } = got;
    const r = findFsk(signal.mono, signal.sampleRate, sp);
    if (r) fsk(r, signal, work, ctx);
    attachPicture(ctx, work, signal);
  },
};

function fsk(r: FskResult, signal: AudioSignal, work: AudioWork, ctx: AnalyzerContext): void {
  const text = printableShare(r.bytes);
  const at = round(r.firstSample / signal.sampleRate, 2);
  const v = inspect(work, r.bytes);
  const d = describeRecovered(v, r.bytes);
  report(ctx, work, RULES.fsk, {
    message: `${r.profile.name} modem tones (mark ${r.profile.mark} Hz, space ${r.profile.space} Hz, ${r.profile.baud} bd) from ${at} s demodulate to ${r.bytes.length} bytes (${r.framingErrors} framing errors)${text >= 0.9 ? ': text' : ''}`,
    strength: r.bytes.length >= 32 ? 1 : 0.75,
    evidence: {
      profile: r.profile.name,
      markHz: r.profile.mark,
      spaceHz: r.profile.space,
      baud: r.profile.baud,
      bytes: r.bytes.length,
      framingErrors: r.framingErrors,
      contrast: round(r.contrast),
      seconds: at,
      printable: round(text),
      preview: defang(r.bytes.subarray(0, 200), 200),
      decoded: d.what,
    },
  });
  if (d.danger >= PAYLOAD_DANGER) {
    report(ctx, work, RULES.payload, {
      message: `bytes demodulated from ${r.profile.name} tones decode to ${d.what}`,
      strength: d.danger,
      evidence: evidenceOf(v, r.bytes),
    });
  }
}
