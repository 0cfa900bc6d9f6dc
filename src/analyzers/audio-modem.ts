/**
 * Runs last among the signal analyzers: it also attaches the spectrogram picture of files on which any of them fired.
 *
 * Modem tones: FSK (Bell 103/202, V.21, V.23 and minimodem's other rates) demodulated with 8N1 framing; the bytes are
 * shown defanged and run through the shared decoders (see src/audio/fsk.ts).
 *
 * Multi-tone data (MFSK, ggwave): several tones on a fine lattice switching together at a regular symbol rate (see
 * src/audio/multitone.ts); where found, ggwave's own decoder is tried on the stretch (src/audio/ggwave.ts, loaded on
 * first use) and what it returns goes through the same decoders.
 */
import type { Analyzer, AnalyzerContext } from './types.js';
import { fileFrame, type AudioSignal } from '../audio/types.js';
import type { AudioWork } from '../audio/decode.js';
import { defineRules } from './types.js';
import { findFsk, type FskResult } from '../audio/fsk.js';
import type { MultitoneResult } from '../audio/multitone.js';
import type { GgwaveResult } from '../audio/ggwave.js';
import { defang } from '../decode/index.js';
import { attachPicture, describeRecovered, evidenceOf, ggwaveOf, inspect, isSignalFile, multitoneOf, PAYLOAD_DANGER, printableShare, report, round, spectrumOf } from './audio-signal-common.js';

const RULES = defineRules({
  fsk: {
    id: 'audio.modem.fsk',
    category: 'spectrogram',
    weight: 4,
    description: 'Modem tones (two-tone FSK at a regular symbol rate) that demodulate to framed bytes.',
  },
  multitone: {
    id: 'audio.modem.multitone',
    category: 'spectrogram',
    weight: 4,
    description: 'Multi-tone data over sound (ggwave-style MFSK): several narrow tones on a fine frequency lattice switching together at a regular symbol rate.',
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
  description: 'Modem tones (FSK, multi-tone/ggwave) demodulated to bytes',
  rules: Object.values(RULES),
  applies: isSignalFile,
  async analyze(file, ctx) {
    const got = await spectrumOf(file);
    if (!got) return;
    const { work, signal, sp } = got;
    const r = findFsk(signal.mono, signal.sampleRate, sp);
    if (r) fsk(r, signal, work, ctx);
    const mt = multitoneOf(work, signal, sp);
    const m = mt.best ?? mt.weak;
    if (m) await multitone(m, m === mt.best, signal, work, ctx);
    attachPicture(ctx, work, signal);
  },
};

function fsk(r: FskResult, signal: AudioSignal, work: AudioWork, ctx: AnalyzerContext): void {
  const text = printableShare(r.bytes);
  const at = round(fileFrame(signal, r.firstSample) / signal.sampleRate, 2);
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

/**
 * Report MFSK tones (`strong`: the detector's verdict) or tone-shaped stretches too short for it that ggwave's decoder
 * reads (a framed, error-corrected message is proof of data); a weak stretch that does not decode is not reported.
 */
async function multitone(m: MultitoneResult, strong: boolean, signal: AudioSignal, work: AudioWork, ctx: AnalyzerContext): Promise<void> {
  const rate = signal.sampleRate;
  const t0 = m.startSeconds;
  const t1 = m.endSeconds;
  // ggwave's markers and the rest of a message may lie a little outside the stretch the detector saw
  const g: GgwaveResult = await ggwaveOf(work, signal, m);
  const msgs = g.messages;
  // the decoder could not run or gave up (a module abort): what the tones carry was not checked
  if (g.error) ctx.incomplete(`audio-modem: ${g.error}`);
  if (!strong && !msgs.length) return;
  const all = concat(msgs.map((x) => x.bytes));
  const symbolMs = round(m.symbolSeconds * 1000, 0);
  // seconds of the decoded signal → seconds into the file (the decoded end of a long file follows its start)
  const inFile = (t: number): number => round(fileFrame(signal, Math.round(t * rate)) / rate, 2);
  const band = `${Math.round(m.bandHz[0])}–${Math.round(m.bandHz[1])} Hz`;
  const base = `${m.tonesPerSymbol} simultaneous tones on a ${round(m.spacingHz, 1)} Hz lattice (${m.positions} positions, ${band}) switching every ~${symbolMs} ms, ${m.symbols} symbols from ${inFile(t0)} s`;
  const v = msgs.length ? inspect(work, all) : null;
  const d = msgs.length ? describeRecovered(v, all) : null;
  const text = msgs.length ? printableShare(all) : 0;
  const evidence: Record<string, unknown> = {
    seconds: [inFile(t0), inFile(t1)],
    bandHz: [Math.round(m.bandHz[0]), Math.round(m.bandHz[1])],
    spacingHz: round(m.spacingHz, 2),
    positions: m.positions,
    tonesPerSymbol: m.tonesPerSymbol,
    symbols: m.symbols,
    distinctSymbols: m.distinctSymbols,
    symbolMs,
    latticeFit: round(m.latticeFit),
    harmonicShare: round(m.harmonicShare),
    levelSpreadDb: round(m.levelSpreadDb, 1),
    ggwave: msgs.length ? `${msgs.length} message(s), ${all.length} bytes` : g.error ?? `no ggwave message in ${round(g.seconds, 1)} s`,
  };
  if (msgs.length) {
    evidence.bytes = all.length;
    evidence.printable = round(text);
    evidence.preview = defang(all.subarray(0, 200), 200);
    evidence.decoded = d?.what;
    evidence.messagesEndAt = msgs.map((x) => inFile(x.endSeconds));
  }
  report(ctx, work, RULES.multitone, {
    message: msgs.length
      ? `ggwave data over sound: ${base}; ggwave's decoder recovers ${msgs.length} message(s), ${all.length} bytes${text >= 0.9 ? ' of text' : ''}: ${defang(all.subarray(0, 80), 80)}`
      : `multi-tone data over sound (MFSK): ${base}`,
    // decoded by ggwave (error-corrected, framed) is proof that it is data; tones alone are strong evidence
    strength: msgs.length ? 1 : 0.75,
    evidence,
  });
  if (d && d.danger >= PAYLOAD_DANGER) {
    report(ctx, work, RULES.payload, {
      message: `bytes decoded from ggwave tones decode to ${d.what}`,
      strength: d.danger,
      evidence: evidenceOf(v, all),
    });
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
