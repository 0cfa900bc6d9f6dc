/**
 * Text or pictures drawn into the spectrogram of an audio file (see src/audio/glyphs.ts for the method).
 */
import type { Analyzer } from './types.js';
import { defineRules } from './types.js';
import { findTextLines, bandOccupancy, type GlyphScan } from '../audio/glyphs.js';
import { computeSpectrogram, keepSpectrogram, MAX_STFT_FRAMES, type Spectrogram } from '../audio/stft.js';
import { fileFrame } from '../audio/types.js';
import { ggwaveOf, isSignalFile, multitoneOf, report, round, spectrumOf } from './audio-signal-common.js';

const RULES = defineRules({
  text: {
    id: 'audio.spectrogram.text',
    category: 'spectrogram',
    weight: 4,
    description: 'Glyph-like blocks of energy lined up in one frequency band: text or a picture drawn into the spectrogram.',
  },
});

export const spectrogramAnalyzer: Analyzer = {
  name: 'audio-spectrogram',
  description: 'Text or pictures drawn into the spectrogram',
  rules: Object.values(RULES),
  applies: isSignalFile,
  async analyze(file, ctx) {
    const got = await spectrumOf(file);
    if (!got) return;
    const { work, signal } = got;
    let sp: Spectrogram = got.sp;
    let scan: GlyphScan = findTextLines(sp);
    // The shared spectrogram's frames sit side by side (23 ms at 44.1 kHz, 43 ms at 48 kHz): letters drawn with
    // narrow columns then leave gaps of under a frame between them and fuse. When the file is short enough for twice
    // the frames under the same cap (under about 95 s at 44.1 kHz), look again on half-overlapping frames; longer files
    // cost nothing more. Both passes apply the same tests (glyph width is judged in analysis windows, not frames).
    // The finer frames change the time resolution only (same FFT size, same bins): a glyph they can separate is 3+ bins
    // tall, lasts 1.5+ windows and stands 30 dB over its surroundings, so its energy is on in the side-by-side frames
    // too, as a piece 3+ bins tall of more than one partial (letters fused with their neighbours make it wide, not
    // shorter). Without such a piece (silence, noise, a decaying tone) there is nothing for the second pass to separate
    // (docs/rules.md gives the measurements).
    if (!scan.lines.length && !scan.capped && scan.tall && sp.frames * 2 <= MAX_STFT_FRAMES) {
      // searched, and dropped unless it holds the result: in the shared scratch grid until then
      const fine = computeSpectrogram(signal, sp.size, MAX_STFT_FRAMES, sp.size / 2, sp, true);
      if (fine) {
        const again = findTextLines(fine);
        if (again.lines.length || again.capped) {
          sp = keepSpectrogram(fine);
          scan = again;
        }
      }
    }
    work.memo.set('glyphs', scan);
    // ordinary sound stays far below the caps (a few thousand blobs for minutes of music): a file that reaches them
    // was made to, and what lies beyond was not searched
    if (scan.capped) ctx.incomplete(`audio-spectrogram: more than ${scan.blobs} blobs in the spectrogram; the search for drawn text stopped early`);
    if (!scan.lines.length) return;
    const best = scan.lines.reduce((a, b) => (b.glyphs.length > a.glyphs.length ? b : a));
    // ggwave's data over sound makes blocks of tones too. Where the multi-tone search sees a clear transmission over
    // most of the line's time and near its band (the band it measures is the densely used part of the lattice: a
    // scheme's outer tones may lie up to that width beyond it) and ggwave decodes a message from it, the modem
    // analyzer reports it with the message: reporting it again here as drawn text would only mislead. (Text drawn as
    // rows of tones can look multi-tone as well; ggwave decodes nothing from it, and it stays text.)
    const mt = multitoneOf(work, signal, got.sp).best;
    if (mt && (await ggwaveOf(work, signal, mt)).messages.length) {
      const t0 = (best.t0 * sp.hop) / sp.sampleRate;
      const t1 = ((best.t1 + 1) * sp.hop + sp.size) / sp.sampleRate;
      const overlap = Math.min(t1, mt.endSeconds) - Math.max(t0, mt.startSeconds);
      const width = mt.bandHz[1] - mt.bandHz[0];
      const band = Math.min((best.f1 + 1) * sp.binHz, mt.bandHz[1] + width) - Math.max(best.f0 * sp.binHz, mt.bandHz[0] - width);
      if (overlap > 0.5 * (t1 - t0) && band > 0) return;
    }
    // spectrogram frame → seconds into the file (the decoded end of a long file follows its start directly)
    const secs = (t: number): number => round(fileFrame(signal, t * sp.hop) / sp.sampleRate, 2);
    const hz = (f: number): number => Math.round(f * sp.binHz);
    const occ = bandOccupancy(sp, best.f0, best.f1, best.t0, best.t1);
    const n = best.glyphs.length;
    // more glyphs, more shapes and a band that is otherwise empty make it plainer
    let strength = n >= 12 && best.shapes >= 5 ? 1 : n >= 8 ? 0.85 : 0.7;
    if (occ.outsideLineDb < -20 && strength < 1) strength += 0.15;
    report(ctx, work, RULES.text, {
      message: `${n} glyph-like blocks with sharp edges (${best.shapes} shapes${best.rows ? `, drawn as ${best.rows} rows of tones` : ''}) lined up in ${hz(best.f0)}–${hz(best.f1 + 1)} Hz from ${secs(best.t0)} s to ${secs(best.t1 + 1)} s: text or a picture drawn into the spectrogram`,
      strength: Math.min(1, strength),
      evidence: {
        lines: scan.lines.length,
        glyphs: n,
        shapes: best.shapes,
        bandHz: [hz(best.f0), hz(best.f1 + 1)],
        seconds: [secs(best.t0), secs(best.t1 + 1)],
        edgeDb: round(best.edgeDb, 1),
        bandContrastDb: round(best.bandContrastDb, 1),
        bandElsewhereDb: round(occ.outsideLineDb, 1),
        glyphBoxes: best.glyphs.slice(0, 24).map((g) => [secs(g.t0), secs(g.t1 + 1), hz(g.f0), hz(g.f1 + 1)]),
        // found on the picture of the spectrogram's steady tone rows (letters drawn as rows of separate tones)
        ...(best.rows ? { toneRows: best.rows } : {}),
      },
    });
  },
};
