/**
 * Multi-tone data over sound (MFSK): several simultaneous narrow tones on a fine frequency lattice that switch together
 * at a regular symbol rate, as ggwave sends (6 tones out of 96 positions 46.875 Hz apart, 1875-6375 Hz audible or
 * 15-19.5 kHz ultrasound, 2 tones for its "DT" protocols) and other MFSK/DTMF-like data schemes do.
 *
 * Hand-written (no library detects MFSK generically; ggwave's own decoder only knows ggwave's protocols and is run
 * afterwards, see ggwave.ts). It works on the shared spectrogram (stft.ts), in four cheap steps:
 *  1. narrow tonal peaks per frame (a local maximum 10 dB above the bins three away on both sides), frequencies
 *     interpolated on the log power;
 *  2. peaks linked from frame to frame into tracks (a steady tone), a track ending when its frequency moves;
 *  3. tracks grouped into stretches (tracks that follow each other without a gap);
 *  4. per stretch, what music and speech lack: the tones' frequencies sit on one linear lattice much finer than a
 *     semitone, many distinct positions are used but only a few at a time, the tones start together on a regular
 *     symbol grid, their levels are steady and alike, and they have no harmonics.
 * Frames of 43 ms (48 kHz and above) blur ggwave's fastest symbols: findMultitoneIn then searches the busiest tonal
 * regions again with frames half as long.
 * Musical chords are the trap (several tones switching together at note boundaries, possibly at a steady tempo):
 * chord partials are harmonics of each other, of unequal levels, decaying, and the notes of a scale do not fit one
 * fine linear lattice.
 */
import { computeSpectrogram, MAX_STFT_FRAMES, type Spectrogram } from './stft.js';
import { monoFromArray, monoSlice, type MonoSource } from './types.js';

/** Peaks kept per frame at most (a frame with more is dense sound, not a few tones). */
const MAX_PEAKS_PER_FRAME = 24;
/** Stretches (windows) analysed in detail at most: the ones with most level-steady tones. */
const MAX_STRETCHES = 8;
/** Frames per analysis window of a long stretch. */
const WINDOW = 512;

export interface MultitoneResult {
  /** Where the stretch lies in the signal (seconds). */
  startSeconds: number;
  endSeconds: number;
  /** Symbol boundaries seen (tone sets that change). */
  symbols: number;
  /** Symbol length in seconds (from the boundary grid; at the spectrogram's time resolution). */
  symbolSeconds: number;
  /** Concentration (0..1) of the boundaries on that grid. */
  symbolRegularity: number;
  /** Median number of simultaneous tones. */
  tonesPerSymbol: number;
  /** Distinct lattice positions used. */
  positions: number;
  /** Lattice spacing (Hz), and the share (0..1) of the band's positions within 15 % of a step of it. */
  spacingHz: number;
  latticeFit: number;
  /** Band the positions span (Hz). */
  bandHz: [number, number];
  /** Share of tones with a concurrent tone at 2x or 3x their frequency (harmonics). */
  harmonicShare: number;
  /** Median level spread (dB) of simultaneous tones. */
  levelSpreadDb: number;
  /** Median level change (dB) from the start to the end of long tones (music decays). */
  decayDb: number;
  /** Distinct tone sets (symbols) seen. */
  distinctSymbols: number;
}

interface Peak {
  /** Frequency in bins (interpolated). */
  f: number;
  p: number;
}

interface Track {
  t0: number;
  t1: number;
  /** Mean frequency (bins) so far. */
  f: number;
  fSum: number;
  fMin: number;
  fMax: number;
  n: number;
  /** Power of the first frames and the last frames (for steadiness), and the mean. */
  pFirst: number;
  pSecond: number;
  pPrev: number;
  pLast: number;
  pSum: number;
}

/** Reused per call: candidate peaks of one frame (bin, power). */
const CAND_F = new Float64Array(4096);
const CAND_P = new Float64Array(4096);

/**
 * Narrow tonal peaks of frame t into `out` (ascending frequency): local maxima 10 dB above the bins three away on both
 * sides, within 40 dB of the frame's strongest peak and above -100 dBFS. A frame with more than MAX_PEAKS_PER_FRAME is
 * dense sound and yields none. One pass over the row (this runs on every frame of every file).
 */
function peaksOf(sp: Spectrogram, t: number, out: Peak[]): void {
  out.length = 0;
  const { bins, power } = sp;
  const row = t * bins;
  let n = 0;
  let mx = 0;
  const end = row + bins - 3;
  for (let i = row + 3; i < end; i++) {
    const v = power[i];
    // the prominence tests first: they fail on nine bins in ten, which keeps the branch predictable (this loop is
    // most of the detector's time)
    if (v < 10 * power[i + 3] || v < 10 * power[i - 3]) continue;
    if (v <= 1e-10 || v < power[i - 1] || v <= power[i + 1]) continue;
    if (n >= CAND_F.length) return;
    const a = Math.log(power[i - 1] + 1e-30);
    const b = Math.log(v);
    const c = Math.log(power[i + 1] + 1e-30);
    const den = a - 2 * b + c;
    const d = den < 0 ? Math.max(-0.5, Math.min(0.5, (0.5 * (a - c)) / den)) : 0;
    CAND_F[n] = i - row + d;
    CAND_P[n] = v;
    n++;
    if (v > mx) mx = v;
  }
  const floor = mx * 1e-4;
  for (let k = 0; k < n; k++) {
    if (CAND_P[k] <= floor) continue;
    if (out.length >= MAX_PEAKS_PER_FRAME) {
      out.length = 0;
      return;
    }
    out.push({ f: CAND_F[k], p: CAND_P[k] });
  }
}

const byFrequency = (x: Track, y: Track): number => x.f - y.f;

/**
 * Peaks of every frame linked into tracks (a peak continues the track of the previous frame nearest in frequency,
 * within 0.6 bin). Bounded by construction: at most MAX_PEAKS_PER_FRAME peaks in each of the spectrogram's frames
 * (itself capped at MAX_STFT_FRAMES), so at most about 200 000 tracks.
 */
function tracksOf(sp: Spectrogram): Track[] {
  const tracks: Track[] = [];
  // tracks that sounded in the previous frame, in ascending frequency (peaks come in that order)
  let active: Track[] = [];
  let next: Track[] = [];
  const peaks: Peak[] = [];
  for (let t = 0; t < sp.frames; t++) {
    peaksOf(sp, t, peaks);
    if (!peaks.length && !active.length) continue;
    next.length = 0;
    let j = 0;
    for (const pk of peaks) {
      while (j < active.length && active[j].f < pk.f - 0.6) j++;
      let best: Track | null = null;
      let bd = 0.6;
      for (let k = j; k < active.length && active[k].f <= pk.f + 0.6; k++) {
        const tr = active[k];
        const d = Math.abs(tr.f - pk.f);
        if (tr.t1 === t - 1 && d < bd) {
          bd = d;
          best = tr;
        }
      }
      if (best) {
        best.t1 = t;
        best.fSum += pk.f;
        best.n++;
        best.f = best.fSum / best.n;
        if (pk.f < best.fMin) best.fMin = pk.f;
        if (pk.f > best.fMax) best.fMax = pk.f;
        if (best.n === 2) best.pSecond = pk.p;
        best.pPrev = best.pLast;
        best.pLast = pk.p;
        best.pSum += pk.p;
        next.push(best);
      } else {
        const tr: Track = { t0: t, t1: t, f: pk.f, fSum: pk.f, fMin: pk.f, fMax: pk.f, n: 1, pFirst: pk.p, pSecond: pk.p, pPrev: pk.p, pLast: pk.p, pSum: pk.p };
        tracks.push(tr);
        next.push(tr);
      }
    }
    // a track's mean frequency moves a little as it grows: keep the order for the next frame's merge
    let ordered = true;
    for (let k = 1; k < next.length && ordered; k++) ordered = next[k - 1].f <= next[k].f;
    if (!ordered) next.sort(byFrequency);
    const swap = active;
    active = next;
    next = swap;
  }
  return tracks;
}

const TAU = 2 * Math.PI;

/** Phase concentration (Rayleigh, 0..1) of positions `rel` on a lattice of `step`, and the lattice's phase. */
function rayleigh(rel: number[], step: number): { r: number; arg: number } {
  let re = 0;
  let im = 0;
  for (const p of rel) {
    const ph = (TAU * p) / step;
    re += Math.cos(ph);
    im += Math.sin(ph);
  }
  return { r: Math.hypot(re, im) / rel.length, arg: Math.atan2(im, re) };
}

/**
 * The linear lattice f = offset + k * step (in bins) that most of `pos` sit on, for steps from `minStep` to `maxStep`.
 * Candidate steps come from the gaps between neighbouring positions (a used lattice leaves many gaps of one, two or
 * three steps): each common gap g gives g, g/2 and g/3, refined within 3 % by phase concentration (Rayleigh). The
 * largest step scoring within 10 % of the best wins (a lattice also fits at half its step). Bounded: at most 8 gap
 * clusters, 24 candidates, 64 refinements each, so O(positions) work whatever the input.
 */
function findLattice(pos: number[], minStep: number, maxStep: number): { step: number; fit: number; offset: number } | null {
  if (pos.length < 4) return null;
  const sorted = [...pos].sort((a, b) => a - b);
  const lo = sorted[0];
  const span = sorted[sorted.length - 1] - lo;
  if (span <= minStep) return null;
  const rel = sorted.map((p) => p - lo);
  const gaps: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const g = sorted[i] - sorted[i - 1];
    if (g >= minStep * 0.97 && g <= 3 * maxStep) gaps.push(g);
  }
  gaps.sort((a, b) => a - b);
  const clusters: Array<{ g: number; n: number }> = [];
  for (let i = 0; i < gaps.length; ) {
    let j = i;
    let sum = 0;
    while (j < gaps.length && gaps[j] <= gaps[i] * 1.03) sum += gaps[j++];
    clusters.push({ g: sum / (j - i), n: j - i });
    i = j;
  }
  const top = clusters.filter((c) => c.n >= 2).sort((a, b) => b.n - a.n).slice(0, 8);
  const cands: number[] = [];
  for (const c of top) for (const m of [1, 2, 3]) if (c.g / m >= minStep * 0.97 && c.g / m <= maxStep * 1.03) cands.push(c.g / m);
  let best = 0;
  const scores: Array<{ step: number; r: number; arg: number }> = [];
  for (const c of cands) {
    let s = c * 0.97;
    const inc = Math.max((0.02 * c * c) / span, (0.06 * c) / 64);
    let top1 = { step: c, r: 0, arg: 0 };
    for (; s <= c * 1.03; s += inc) {
      const z = rayleigh(rel, s);
      if (z.r > top1.r) top1 = { step: s, r: z.r, arg: z.arg };
    }
    scores.push(top1);
    if (top1.r > best) best = top1.r;
  }
  if (!scores.length) return null;
  let pick = scores[0];
  for (const sc of scores) if (sc.r >= best * 0.9 && (sc.step > pick.step || pick.r < best * 0.9)) pick = sc;
  // share of positions within 15 % of a step of the lattice
  let inl = 0;
  for (const p of rel) {
    let ph = p / pick.step - pick.arg / TAU;
    ph -= Math.round(ph);
    if (Math.abs(ph) <= 0.15) inl++;
  }
  return { step: pick.step, fit: inl / rel.length, offset: lo + (pick.arg / TAU) * pick.step };
}

/**
 * The frequency range (bins) where the lattice is used: the run of positions (sorted) with the highest score, +1 for a
 * position on the lattice and -3 for one off it (music under the tones adds positions that fit by chance, about one in
 * three), broken where lattice positions are more than 6 steps apart. Null when fewer than 6 lattice positions form it.
 */
function denseBand(pos: number[], lat: { step: number; offset: number }): [number, number] | null {
  const sorted = [...pos].sort((a, b) => a - b);
  let best: [number, number] = [0, -1];
  let bestScore = 0;
  let bestOn = 0;
  let score = 0;
  let on = 0;
  let from = 0;
  let lastOn = -Infinity;
  for (let i = 0; i < sorted.length; i++) {
    const x = (sorted[i] - lat.offset) / lat.step;
    const isOn = Math.abs(x - Math.round(x)) <= 0.15;
    if (isOn && x - lastOn > 6.5) {
      score = 0;
      on = 0;
      from = i;
    }
    if (isOn) lastOn = x;
    score += isOn ? 1 : -3;
    if (isOn) on++;
    if (score <= 0) {
      score = 0;
      on = 0;
      from = i + 1;
      continue;
    }
    if (score > bestScore) {
      bestScore = score;
      bestOn = on;
      best = [from, i];
    }
  }
  if (bestOn < 6) return null;
  return [sorted[best[0]], sorted[best[1]]];
}

/** Concentration of event times on a grid of period `period` frames (0..1). */
function gridScore(times: number[], period: number): number {
  let re = 0;
  let im = 0;
  for (const t of times) {
    re += Math.cos((TAU * t) / period);
    im += Math.sin((TAU * t) / period);
  }
  return times.length ? Math.hypot(re, im) / times.length : 0;
}

function median(a: number[]): number {
  if (!a.length) return 0;
  const s = [...a].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
}

/** Features of one stretch of steady tracks (sorted by start). */
function analyse(sp: Spectrogram, ts: Track[]): MultitoneResult | null {
  const first = ts[0].t0;
  let last = 0;
  for (const t of ts) if (t.t1 > last) last = t.t1;
  // distinct positions (tracks within 0.3 bin of each other are one position)
  const fs = ts.map((t) => t.fSum / t.n).sort((a, b) => a - b);
  const pos: number[] = [];
  let groupSum = fs[0];
  let groupN = 1;
  for (let i = 1; i < fs.length; i++) {
    if (fs[i] - groupSum / groupN <= 0.3) {
      groupSum += fs[i];
      groupN++;
    } else {
      pos.push(groupSum / groupN);
      groupSum = fs[i];
      groupN = 1;
    }
  }
  pos.push(groupSum / groupN);
  if (pos.length < 6) return null;
  // the lattice, then the band where it is densely used (music under the tones adds scattered positions that fit by
  // chance), then the lattice again on that band alone
  const lat0 = findLattice(pos, 0.6, 12);
  if (!lat0) return null;
  const band0 = denseBand(pos, lat0);
  if (!band0) return null;
  const lat = findLattice(pos.filter((p) => p >= band0[0] - 0.5 && p <= band0[1] + 0.5), 0.6, 12);
  if (!lat) return null;
  const band = denseBand(pos, lat);
  if (!band) return null;
  const onLattice = (f: number): boolean => {
    let ph = (f - lat.offset) / lat.step;
    ph -= Math.round(ph);
    return Math.abs(ph) <= 0.15;
  };
  const inBand = (f: number): boolean => f >= band[0] - 0.5 && f <= band[1] + 0.5;
  const bandPos = pos.filter(inBand);
  const inPos = bandPos.filter(onLattice);
  if (inPos.length < 6) return null;
  const lo = band[0];
  const hi = band[1];
  const lt = ts.filter((t) => inBand(t.fSum / t.n) && onLattice(t.fSum / t.n));
  // per frame: simultaneous lattice tones, their level spread, harmonics among them
  const frames = last - first + 1;
  const count = new Uint16Array(frames);
  const pMax = new Float64Array(frames);
  const pMin = new Float64Array(frames).fill(Infinity);
  for (const t of lt) {
    const pm = t.pSum / t.n;
    for (let k = t.t0; k <= t.t1; k++) {
      const i = k - first;
      count[i]++;
      if (pm > pMax[i]) pMax[i] = pm;
      if (pm < pMin[i]) pMin[i] = pm;
    }
  }
  const counts: number[] = [];
  const spreads: number[] = [];
  for (let i = 0; i < frames; i++) {
    if (count[i] >= 1) counts.push(count[i]);
    if (count[i] >= 2) spreads.push(10 * Math.log10(pMax[i] / pMin[i]));
  }
  // harmonics: a tone with another tone (of any track, lattice or not) at 2x or 3x its frequency in its middle frame
  const at = new Map<number, number[]>();
  for (const t of lt) at.set((t.t0 + t.t1) >> 1, []);
  for (const u of ts) {
    for (let k = u.t0; k <= u.t1; k++) at.get(k)?.push(u.fSum / u.n);
  }
  let harm = 0;
  for (const t of lt) {
    const f = t.fSum / t.n;
    const list = at.get((t.t0 + t.t1) >> 1) ?? [];
    if (list.some((g) => Math.abs(g - 2 * f) <= 0.6 || Math.abs(g - 3 * f) <= 0.9)) harm++;
  }
  const harmN = lt.length;
  // symbol boundaries: frames where lattice tones start (tones that start within a frame of each other are one)
  const starts = lt.map((t) => t.t0).sort((a, b) => a - b);
  const bounds: number[] = [];
  for (const s of starts) if (!bounds.length || s - bounds[bounds.length - 1] > 1) bounds.push(s);
  // the regular grid: the largest period (1.5 frames .. a quarter of the stretch, at most 64) whose concentration is
  // near the best (a grid also fits at a fraction of its period; a period near the stretch's length fits anything)
  let bestR = 0;
  const grid: Array<{ p: number; r: number }> = [{ p: 1.5, r: 0 }];
  const maxPeriod = Math.min(64, (bounds[bounds.length - 1] - bounds[0]) / 4);
  for (let p = 1.5; p <= maxPeriod; p *= 1.01) {
    const r = gridScore(bounds, p);
    grid.push({ p, r });
    if (r > bestR) bestR = r;
  }
  let period = grid[0];
  for (const g of grid) if (g.r >= bestR * 0.9) period = g;
  // distinct symbols: the sets of positions sounding in the middle of each boundary interval
  const sets = new Set<string>();
  for (let i = 0; i + 1 < bounds.length && sets.size < 4096; i++) {
    const mid = Math.floor((bounds[i] + bounds[i + 1]) / 2);
    const key: number[] = [];
    for (const t of lt) if (t.t0 <= mid && t.t1 >= mid) key.push(Math.round((t.fSum / t.n - lat.offset) / lat.step));
    if (key.length) sets.add(key.sort((a, b) => a - b).join(','));
  }
  // steadiness: level change over tones of 4+ frames, from their second to their second-last frame
  const decays: number[] = [];
  for (const t of lt) if (t.n >= 4) decays.push(10 * Math.log10((t.pPrev + 1e-30) / (t.pSecond + 1e-30)));
  return {
    startSeconds: (first * sp.hop) / sp.sampleRate,
    endSeconds: ((last + 1) * sp.hop + sp.size - sp.hop) / sp.sampleRate,
    symbols: bounds.length,
    symbolSeconds: (period.p * sp.hop) / sp.sampleRate,
    symbolRegularity: period.r,
    tonesPerSymbol: median(counts),
    positions: inPos.length,
    spacingHz: lat.step * sp.binHz,
    latticeFit: inPos.length / bandPos.length,
    bandHz: [lo * sp.binHz, hi * sp.binHz],
    harmonicShare: harmN ? harm / harmN : 0,
    levelSpreadDb: median(spreads),
    decayDb: median(decays),
    distinctSymbols: sets.size,
  };
}

export interface MultitoneScan {
  best: MultitoneResult | null;
  /** Every stretch analysed, with its features (for evaluation). */
  candidates: MultitoneResult[];
  /** When nothing is MFSK: the tone-shaped stretch with most symbols (worth a try with ggwave's decoder), or null. */
  weak: MultitoneResult | null;
}

/**
 * Tones shaped like data tones: on a lattice much finer than a semitone (under 3 % of the band's centre), most
 * positions on it, alike in level, steady, without harmonics. Music and speech fail here; ggwave's shortest messages
 * pass here but have too few symbols for isMultitone, so only ggwave's decoder can confirm them.
 */
export function isToneShaped(r: MultitoneResult): boolean {
  const fine = r.spacingHz / ((r.bandHz[0] + r.bandHz[1]) / 2);
  return r.positions >= 6 && r.latticeFit >= 0.8 && fine <= 0.03 && r.harmonicShare <= 0.25 && r.levelSpreadDb <= 8 && Math.abs(r.decayDb) <= 1.5;
}

/** Does a stretch look like MFSK data rather than music, speech or UI sounds? */
export function isMultitone(r: MultitoneResult): boolean {
  return isToneShaped(r) && r.positions >= 8 && r.symbols >= 8 && r.distinctSymbols >= 6 && r.symbolRegularity >= 0.5;
}

/** Search the spectrogram for MFSK stretches. */
export function findMultitone(sp: Spectrogram): MultitoneScan {
  const tracks = tracksOf(sp);
  // steady tracks: two frames or more, frequency stable within half a bin
  const steady = tracks.filter((t) => t.n >= 2 && t.fMax - t.fMin <= 0.5);
  // stretches: tracks that follow each other with gaps of at most 3 frames
  const stretches: Track[][] = [];
  let cur: Track[] = [];
  let end = -Infinity;
  for (const t of steady) {
    if (cur.length && t.t0 > end + 3) {
      stretches.push(cur);
      cur = [];
    }
    cur.push(t);
    end = cur.length === 1 ? t.t1 : Math.max(end, t.t1);
  }
  if (cur.length) stretches.push(cur);
  // long stretches (continuous music) are cut into overlapping windows: a transmission lasts seconds
  const windows: Track[][] = [];
  for (const s of stretches) {
    if (s.length < 12) continue;
    const a = s[0].t0;
    const b = s[s.length - 1].t0;
    if (b - a <= WINDOW) {
      windows.push(s);
      continue;
    }
    for (let w = a; w <= b; w += (WINDOW * 3) >> 2) {
      const part = s.filter((t) => t.t0 >= w && t.t0 < w + WINDOW);
      if (part.length >= 12) windows.push(part);
      if (w + WINDOW > b) break;
    }
  }
  // the windows with most level-steady tones first (music's notes decay; data tones hold their level)
  const flat = (w: Track[]): number => {
    let n = 0;
    for (const t of w) if (t.n < 4 || Math.abs(Math.log10((t.pPrev + 1e-30) / (t.pSecond + 1e-30))) <= 0.15) n++;
    return n;
  };
  const big = windows
    .map((w) => ({ w, k: flat(w) }))
    .sort((a, b) => b.k - a.k)
    .slice(0, MAX_STRETCHES)
    .map((x) => x.w);
  const candidates: MultitoneResult[] = [];
  let best: MultitoneResult | null = null;
  for (const s of big) {
    const r = analyse(sp, s);
    if (!r) continue;
    candidates.push(r);
    if (isMultitone(r) && (!best || r.symbols > best.symbols)) best = r;
  }
  return { best, candidates, weak: best ? null : weakest(candidates) };
}

function weakest(candidates: MultitoneResult[]): MultitoneResult | null {
  let w: MultitoneResult | null = null;
  for (const c of candidates) if (isToneShaped(c) && (!w || c.symbols > w.symbols)) w = c;
  return w;
}

/** Criteria of isMultitone that a stretch fails (for evaluation). */
export function failedCriteria(r: MultitoneResult): string[] {
  const fine = r.spacingHz / ((r.bandHz[0] + r.bandHz[1]) / 2);
  const out: string[] = [];
  if (r.symbols < 8) out.push('symbols');
  if (r.positions < 8) out.push('positions');
  if (r.latticeFit < 0.8) out.push('fit');
  if (fine > 0.03) out.push('fine');
  if (r.distinctSymbols < 6) out.push('distinct');
  if (r.harmonicShare > 0.25) out.push('harm');
  if (r.levelSpreadDb > 8) out.push('spread');
  if (Math.abs(r.decayDb) > 1.5) out.push('decay');
  if (r.symbolRegularity < 0.5) out.push('regular');
  return out;
}

/** Frames longer than this (48 kHz and above get 43 ms) blur symbols of ggwave's fastest protocols (64 ms). */
const COARSE_FRAME_SECONDS = 0.03;
/** Regions re-analysed at the finer resolution at most, and seconds each. */
const FINE_REGIONS = 2;
const FINE_SECONDS = 12;

/**
 * Search the shared spectrogram; when its frames are too long for short symbols (high sample rates), also search the
 * busiest tonal regions again with frames half as long. Bounded: FINE_REGIONS regions of FINE_SECONDS at most.
 */
export function findMultitoneIn(mono: MonoSource, rate: number, sp: Spectrogram): MultitoneScan {
  const coarse = findMultitone(sp);
  if (coarse.best || sp.size / rate <= COARSE_FRAME_SECONDS || sp.size < 512) return coarse;
  // regions: runs of frames with two or more tonal peaks (a gap of two frames allowed), ranked by peaks
  const peaks: Peak[] = [];
  const regions: Array<{ a: number; b: number; n: number }> = [];
  let cur: { a: number; b: number; n: number } | null = null;
  for (let t = 0; t < sp.frames; t++) {
    peaksOf(sp, t, peaks);
    if (peaks.length >= 2) {
      if (cur && t - cur.b <= 3) {
        cur.b = t;
        cur.n += peaks.length;
      } else {
        if (cur) regions.push(cur);
        cur = { a: t, b: t, n: peaks.length };
      }
    }
  }
  if (cur) regions.push(cur);
  const picked = regions.filter((r) => r.b - r.a >= 12).sort((x, y) => y.n - x.n).slice(0, FINE_REGIONS);
  const candidates = [...coarse.candidates];
  let best: MultitoneResult | null = null;
  for (const r of picked) {
    const start = Math.max(0, r.a * sp.hop - sp.size);
    const end = Math.min(mono.length, start + Math.round(FINE_SECONDS * rate), (r.b + 2) * sp.hop + sp.size);
    const sub = monoSlice(mono, start, end);
    // searched and dropped: its power grid can be the shared scratch one
    const fine = computeSpectrogram({ mono: monoFromArray(sub), sampleRate: rate } as Parameters<typeof computeSpectrogram>[0], sp.size / 2, MAX_STFT_FRAMES, sp.size / 2, undefined, true);
    if (!fine) continue;
    const s = findMultitone(fine);
    const shift = (x: MultitoneResult): MultitoneResult => ({ ...x, startSeconds: x.startSeconds + start / rate, endSeconds: x.endSeconds + start / rate });
    candidates.push(...s.candidates.map(shift));
    if (s.best && (!best || s.best.symbols > best.symbols)) best = shift(s.best);
  }
  return { best, candidates, weak: best ? null : weakest(candidates) };
}

