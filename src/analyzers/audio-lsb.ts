/**
 * LSB steganography in lossless audio (PCM WAV/AIFF/AU, FLAC): statistics that estimate an embedding rate, extraction
 * of the LSB planes checked with the shared decoders, and DeepSound's header. See src/audio/lsb.ts for the methods.
 */
import type { Analyzer, AnalyzerContext } from './types.js';
import { defineRules } from './types.js';
import { deadPlanes, extractLsb, findDeepSound, lowBitShare, lsbCandidates, pairsOfValues, pairsWindows, silence, spa, capacityBytes, ws, type PairsWindow } from '../audio/lsb.js';
import type { AudioSignal } from '../audio/types.js';
import type { AudioWork } from '../audio/decode.js';
import { describeRecovered, evidenceOf, inspect, isSignalFile, looksLikeContent, PAYLOAD_DANGER, report, round, signalOf } from './audio-signal-common.js';
import { printableRatio } from '../decode/classify.js';

const RULES = defineRules({
  statistics: {
    id: 'audio.lsb.statistics',
    category: 'lsb',
    weight: 4,
    description: 'Sample statistics show least-significant-bit embedding (estimated rate and confidence in evidence).',
  },
  payload: {
    id: 'audio.lsb.payload',
    category: 'payload',
    weight: 9,
    description: 'The least significant bits of the samples decode to a file, text, or code.',
  },
  tool: {
    id: 'audio.lsb.tool-signature',
    category: 'payload',
    weight: 9,
    description: 'The header a steganography tool (DeepSound) writes into the samples.',
  },
});

/** z-scores a weighted-stego estimate must reach, over the whole file and over a start window. */
const WS_Z_WHOLE = 5;
const WS_Z_WINDOW = 4.5;

/** Promising LSB layouts decoded at most. */
const MAX_CANDIDATES = 8;
/** Bytes of a promising LSB stream read and decoded at most. */
const EXTRACT_BYTES = 256 * 1024;

export const lsbAnalyzer: Analyzer = {
  name: 'audio-lsb',
  description: 'LSB steganalysis of lossless audio: embedding-rate statistics, LSB-plane extraction, tool headers',
  rules: Object.values(RULES),
  applies: (f) => isSignalFile(f) && f.type.format !== 'mp3' && f.type.format !== 'ogg',
  async analyze(file, ctx) {
    const { work, signal } = await signalOf(file);
    if (!signal || !signal.ints || signal.frames < 1024) return;
    extraction(signal, work, ctx);
    deepSound(signal, work, ctx);
    statistics(signal, work, ctx);
  },
};

function fileOffset(s: AudioSignal, sampleIndex: number): number | undefined {
  return s.raw ? s.rawOffset + sampleIndex * s.bytesPerSample : undefined;
}

/** Try every LSB layout; report the first that decodes to something recognisable. Returns true when one did. */
function extraction(s: AudioSignal, work: AudioWork, ctx: AnalyzerContext): boolean {
  const cands = lsbCandidates(s, looksLikeContent);
  // the LSB plane of sound passes the cheap check on no layout or one; many promising layouts are a decoy flood
  if (cands.length > MAX_CANDIDATES) ctx.incomplete(`audio-lsb: ${cands.length} LSB layouts look like content; only the first ${MAX_CANDIDATES} were decoded`);
  for (const c of cands.slice(0, MAX_CANDIDATES)) {
    const want = c.prefix === 'none' ? Math.min(EXTRACT_BYTES, capacityBytes(s, c.bits, c.channel)) : Math.min(EXTRACT_BYTES, c.bytes.length >= 512 ? declaredLength(c.how) : c.bytes.length);
    const bytes = textPrefix(extractLsb(s, c.bits, c.channel, c.msbFirst, want, c.prefix === 'none' ? 0 : 4));
    const v = inspect(work, bytes);
    const d = describeRecovered(v, bytes);
    // base64 of encrypted bytes peels to random bytes: the text layer itself is the recognisable content
    const layered = v !== null && v.layers.length > 0 && textualFor(bytes, 256);
    if (!d.recognisable && !layered && d.danger < PAYLOAD_DANGER) continue;
    // plain text counts only when it reads as text for a good stretch (not a structured plane that starts printable)
    if (v && v.kind === 'text' && v.layers.length === 0 && !textualFor(bytes, 256)) continue;
    const dangerous = d.danger >= PAYLOAD_DANGER;
    report(ctx, work, RULES.payload, {
      message: `the ${c.how} decode to ${layered && !d.recognisable ? `${v!.layers[0]} text of ${d.what}` : d.what}`,
      strength: dangerous ? d.danger : 0.8,
      offset: fileOffset(s, 0),
      evidence: { layout: c.how, ...evidenceOf(v, bytes) },
    });
    return true;
  }
  return false;
}

/**
 * A message without a length prefix is followed by whatever the cover's LSBs were: when the stream starts as text,
 * keep the text (up to where non-printable bytes become common), so the decoder classifies the message, not the noise.
 */
function textPrefix(b: Uint8Array): Uint8Array {
  if (!textualFor(b, 64)) return b;
  let bad = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    const ok = (c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13;
    if (!ok) {
      bad++;
      if (bad >= 4) return b.subarray(0, Math.max(64, i - 16));
    } else if (bad > 0 && i % 32 === 0) bad--;
  }
  return b;
}

function declaredLength(how: string): number {
  const m = /length (\d+)/.exec(how);
  return m ? Number(m[1]) : EXTRACT_BYTES;
}

function textualFor(b: Uint8Array, n: number): boolean {
  return Math.min(b.length, n) >= 64 && printableRatio(b, n, true) >= 0.97;
}

function deepSound(s: AudioSignal, work: AudioWork, ctx: AnalyzerContext): void {
  const h = findDeepSound(s);
  if (!h) return;
  const modes: Record<number, string> = { 2: 'low', 4: 'normal', 8: 'high' };
  report(ctx, work, RULES.tool, {
    message: `DeepSound header in the sample LSBs at ${round(Math.floor(h.sample / s.channels) / s.sampleRate, 2)} s (${modes[h.mode]} quality mode, ${h.encrypted ? 'encrypted' : 'not encrypted'})`,
    strength: 0.8,
    offset: fileOffset(s, h.sample),
    evidence: { tool: 'DeepSound', mode: modes[h.mode], encrypted: h.encrypted === 1, sample: h.sample },
  });
}

/**
 * Combine the statistics into one finding. Thresholds were set on the evaluation set (scripts/audio-eval.ts): clean
 * recordings, synthetic tones, dithered noise floors and silence stay below them.
 */
function statistics(s: AudioSignal, work: AudioWork, ctx: AnalyzerContext): void {
  const reasons: string[] = [];
  let strength = 0;
  let rate: number | null = null;
  const ev: Record<string, unknown> = {};

  const dp = deadPlanes(s);
  if (dp) {
    strength = Math.max(strength, 1);
    reasons.push(`the lowest ${dp.live} bit plane${dp.live > 1 ? 's vary' : ' varies'} under ${dp.dead} planes that never change (${round(dp.ones * 100, 1)} % ones): bits written after the audio was made`);
    ev.deadPlanes = dp;
  }

  const sil = silence(s);
  if (sil) {
    ev.silence = { ...sil, sparseDensity: round(sil.sparseDensity) };
    if (sil.locked >= 8 && sil.shifted * 4 <= sil.locked) {
      strength = Math.max(strength, sil.locked >= 32 ? 1 : 0.75);
      reasons.push(`${sil.locked} stretches of digital silence whose lowest bit toggles between 2k and 2k+1 (only ${sil.shifted} between 2k-1 and 2k, as a noise floor would give as often)`);
    }
    if (sil.sparse >= 8 && sil.exact >= 8) {
      strength = Math.max(strength, 0.75);
      reasons.push(`${sil.sparse} stretches of silence carry isolated ±1 deviations while ${sil.exact} others are exact (±1 embedding in part of the file)`);
    } else if (sil.dense >= 32 && 4 * sil.dense >= sil.sparse) {
      strength = Math.max(strength, 0.5);
      reasons.push(`${sil.dense} stretches of otherwise constant signal deviate by exactly ±1 in about half their samples and never by 2 (±1 embedding at a full rate: dither of a constant deviates in a quarter)`);
    } else if (sil.sparse >= 32 && sil.sparseDensity <= 0.15) {
      strength = Math.max(strength, 0.5);
      reasons.push(`${sil.sparse} stretches of otherwise constant signal carry isolated ±1 deviations in ${round(sil.sparseDensity * 100, 1)} % of samples (less than dither gives): ±1 embedding`);
    }
  }

  const pv = pairsOfValues(s);
  if (pv) ev.pairsOfValues = { within: round(pv.within), across: round(pv.across), bins: pv.bins, rate: pv.rate === null ? null : round(pv.rate) };
  // a histogram with structure at the LSB scale that does not show equalised pairs contradicts an SPA estimate
  const contradicts = (p: ReturnType<typeof pairsOfValues>, r: number): boolean => p !== null && p.across >= 4 && (p.rate ?? 0) < 0.3 * r;

  // SPA reads the parity of samples against their direction: with a (nearly) constant lowest bit, as in audio scaled up
  // from fewer bits, X and Y count rising and falling steps instead, which any asymmetric waveform unbalances
  const low = lowBitShare(s);
  ev.lowBitOnes = round(low);
  const sp = low > 0.1 && low < 0.9 ? spa(s) : null;
  if (sp) {
    const w = sp.whole;
    ev.spa = { rate: round(w.rate), z: round(w.z, 1), lag1: round(w.lag1), lag2: round(w.lag2) };
    if (sp.window) ev.spaWindow = { where: sp.window.where, fraction: sp.window.fraction, rate: round(sp.window.rate), z: round(sp.window.z, 1) };
    ev.spaProfile = sp.profile;
    if (w.z >= 6 && w.rate >= 0.04 && !contradicts(pv, w.rate)) {
      const st = (w.rate >= 0.5 ? 1 : w.rate >= 0.2 ? 0.75 : 0.5) + (w.z >= 12 && w.rate < 0.5 ? 0.25 : 0);
      strength = Math.max(strength, Math.min(1, st));
      rate = Math.min(1, w.rate);
      reasons.push(`sample pair analysis estimates ${round(Math.min(1, w.rate) * 100, 1)} % of samples carry embedded bits (pair imbalance z ${w.z.toFixed(1)})`);
    } else if (sp.window && sp.window.z >= 7 && sp.window.rate >= 0.3) {
      const win = sp.window;
      const frames = Math.round(win.fraction * s.frames);
      const pvw = win.where === 'start' ? pairsOfValues(s, 0, frames) : pairsOfValues(s, s.frames - frames, s.frames);
      if (!contradicts(pvw, win.rate)) {
        strength = Math.max(strength, win.z >= 10 ? 0.75 : 0.5);
        rate = Math.min(1, win.rate) * win.fraction;
        reasons.push(`sample pair analysis estimates ${round(Math.min(1, win.rate) * 100, 1)} % embedding in the ${win.where === 'start' ? 'first' : 'last'} ${round(win.fraction * 100, 1)} % of the file (pair imbalance z ${win.z.toFixed(1)}): sequential embedding`);
      }
    }
  }

  // weighted stego analysis (whole file, then start windows for sequential embedding); thresholds set on the
  // evaluation's clean set, where the largest z was 3.6 (windows, rate >= 0.3) and 3.5 (whole file, rate >= 0.04)
  const wr = low > 0.1 && low < 0.9 ? ws(s) : null;
  if (wr) {
    const w = wr.whole;
    ev.ws = { rate: round(w.rate), z: round(w.z, 1), detectableRate: round(Math.min(1, WS_Z_WHOLE * w.stderr)) };
    if (wr.window) ev.wsWindow = { where: wr.window.where, fraction: round(wr.window.fraction), rate: round(wr.window.rate), z: round(wr.window.z, 1), restRate: round(wr.window.rest.rate), restZ: round(wr.window.rest.z, 1) };
    ev.wsProfile = wr.profile;
    const win = wr.window;
    const step = win !== null && win.z >= WS_Z_WINDOW && win.rate >= 0.4 && win.rate <= 1.5 && win.rest.rate < win.rate / 3 && win.rest.z < 3;
    if (w.z >= WS_Z_WHOLE && w.rate >= 0.04 && w.rate <= 1.5 && !(step && win.z > w.z)) {
      const r = Math.min(1, w.rate);
      strength = Math.max(strength, w.z >= 10 && r >= 0.3 ? 1 : w.z >= 7 ? 0.75 : 0.5);
      rate = Math.max(rate ?? 0, r);
      reasons.push(`weighted stego analysis estimates ${round(r * 100, 1)} % of samples carry embedded bits (z ${w.z.toFixed(1)})`);
    } else if (step && win) {
      const r = Math.min(1, win.rate);
      strength = Math.max(strength, win.z >= 10 ? 1 : win.z >= 7 ? 0.75 : 0.5);
      rate = Math.max(rate ?? 0, r * win.fraction);
      reasons.push(
        `weighted stego analysis estimates ${round(r * 100, 1)} % embedding in the ${win.where === 'start' ? 'first' : 'last'} ${round(win.fraction * 100, 1)} % of the file (z ${win.z.toFixed(1)}) and ${round(win.rest.rate * 100, 1)} % in the rest: sequential embedding`,
      );
    }
  }

  // the pairs test on start windows against the rest: sequential replacement equalises the pairs of its prefix only
  // (clean files of the evaluation never read above 3 % in any window with a structured rest)
  {
    let best: PairsWindow | null = null;
    for (const w of pairsWindows(s)) {
      if (w.window.rate === null || w.window.bins < 32 || w.rest?.rate == null || w.rest.rate >= 0.3) continue;
      if (!best || w.window.rate > best.window.rate!) best = w;
    }
    if (best && best.window.rate! >= 0.7) {
      const r = best.window.rate!;
      ev.pairsWindow = { fraction: best.fraction, rate: round(r), bins: best.window.bins, restRate: round(best.rest!.rate!) };
      strength = Math.max(strength, r >= 0.9 ? 1 : r >= 0.8 ? 0.75 : 0.5);
      rate = Math.max(rate ?? 0, r * best.fraction);
      reasons.push(`values 2k and 2k+1 occur equally often in the first ${round(best.fraction * 100, 1)} % of the file (pairs-of-values rate ${round(r * 100)} %) but not in the rest (${round(best.rest!.rate! * 100)} %): sequential embedding`);
    }
  }

  if (pv && pv.rate !== null && pv.rate >= 0.4 && pv.bins >= 32) {
    strength = Math.max(strength, pv.rate >= 0.9 ? 1 : pv.rate >= 0.7 ? 0.75 : 0.5);
    rate = Math.max(rate ?? 0, pv.rate);
    reasons.push(`values 2k and 2k+1 occur equally often while 2k+1 and 2k+2 do not (pairs-of-values rate ${round(pv.rate * 100)} %)`);
  }

  if (strength <= 0) return;
  ev.estimatedRate = rate === null ? null : round(Math.max(0, Math.min(1, rate)));
  ev.confidence = strength >= 1 ? 'high' : strength >= 0.6 ? 'medium' : 'low';
  report(ctx, work, RULES.statistics, {
    message: reasons.join('; '),
    strength,
    offset: fileOffset(s, 0),
    evidence: ev,
  });
}
