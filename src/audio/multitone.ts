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
import { Scratch } from './scratch.js';
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

/** Reused per call: candidate peaks of one frame (bin, power). */
const CAND_F = new Float64Array(4096);
const CAND_P = new Float64Array(4096);
/** The peaks of the last frame peaksOf read (frequency in bins, interpolated; power), ascending frequency. */
const PEAK_F = new Float64Array(MAX_PEAKS_PER_FRAME);
const PEAK_P = new Float64Array(MAX_PEAKS_PER_FRAME);

/**
 * Narrow tonal peaks of frame t into PEAK_F/PEAK_P (ascending frequency), and how many: local maxima 10 dB above the
 * bins three away on both sides, within 40 dB of the frame's strongest peak and above -100 dBFS. A frame with more
 * than MAX_PEAKS_PER_FRAME is dense sound and yields none. One pass over the row (this runs on every frame of every
 * file).
 */
function peaksOf(sp: Spectrogram, t: number): number {
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
    if (n >= CAND_F.length) return 0;
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
  let out = 0;
  for (let k = 0; k < n; k++) {
    if (CAND_P[k] <= floor) continue;
    if (out >= MAX_PEAKS_PER_FRAME) return 0;
    PEAK_F[out] = CAND_F[k];
    PEAK_P[out] = CAND_P[k];
    out++;
  }
  return out;
}

/*
 * Tracks are records in one Float64Array (TRACK fields per track), not objects: a minute of music gives tens of
 * thousands of them, and as objects they were two thirds of what a scan thread allocated on its heap over the
 * benchmark corpus, each one surviving young-generation collections while the spectrogram is walked. The array is kept
 * per thread (findMultitone is synchronous and nothing refers to it afterwards) up to KEEP_TRACKS tracks.
 */
/** First frame, last frame. */
const T0 = 0;
const T1 = 1;
/** Mean frequency (bins) so far, its sum, its extremes. */
const F = 2;
const F_SUM = 3;
const F_MIN = 4;
const F_MAX = 5;
/** Frames (peaks) in the track. */
const N = 6;
/** Power of the second frame, of the last-but-one and of the last (for steadiness), and their sum (for the mean). */
const P_SECOND = 7;
const P_PREV = 8;
const P_LAST = 9;
const P_SUM = 10;
const TRACK = 11;
const KEEP_TRACKS = 1 << 16;
let tracks = new Float64Array(1024 * TRACK);
/** Indices of tracks (steady ones, lattice ones); as large as `tracks` in tracks. */
let picked = new Int32Array(1024);

/** Room for `n` tracks (the contents are kept). */
function reserve(n: number): void {
  if (n * TRACK <= tracks.length) return;
  let cap = tracks.length / TRACK;
  while (cap < n) cap *= 2;
  const next = new Float64Array(cap * TRACK);
  next.set(tracks);
  tracks = next;
  picked = new Int32Array(cap);
}

/** Back to a bounded size after a file with very many tracks. */
function trimTracks(): void {
  if (tracks.length > KEEP_TRACKS * TRACK) {
    tracks = new Float64Array(KEEP_TRACKS * TRACK);
    picked = new Int32Array(KEEP_TRACKS);
  }
}

/** Tracks that sounded in the previous frame, and those of this frame (indices, ascending frequency). */
const ACTIVE = new Int32Array(MAX_PEAKS_PER_FRAME);
const NEXT = new Int32Array(MAX_PEAKS_PER_FRAME);

/**
 * Peaks of every frame linked into tracks (a peak continues the track of the previous frame nearest in frequency,
 * within 0.6 bin), written to `tracks` in the order they start; returns how many. Bounded by construction: at most
 * MAX_PEAKS_PER_FRAME peaks in each of the spectrogram's frames (itself capped at MAX_STFT_FRAMES), so at most about
 * 200 000 tracks.
 */
function tracksOf(sp: Spectrogram): number {
  let count = 0;
  let active = ACTIVE;
  let next = NEXT;
  let nActive = 0;
  for (let t = 0; t < sp.frames; t++) {
    const nPeaks = peaksOf(sp, t);
    if (!nPeaks && !nActive) continue;
    reserve(count + nPeaks);
    const tr = tracks;
    let nNext = 0;
    let j = 0;
    for (let q = 0; q < nPeaks; q++) {
      const f = PEAK_F[q];
      const p = PEAK_P[q];
      while (j < nActive && tr[active[j] * TRACK + F] < f - 0.6) j++;
      let best = -1;
      let bd = 0.6;
      for (let k = j; k < nActive && tr[active[k] * TRACK + F] <= f + 0.6; k++) {
        const o = active[k] * TRACK;
        const d = Math.abs(tr[o + F] - f);
        if (tr[o + T1] === t - 1 && d < bd) {
          bd = d;
          best = active[k];
        }
      }
      if (best >= 0) {
        const o = best * TRACK;
        tr[o + T1] = t;
        tr[o + F_SUM] += f;
        tr[o + N]++;
        tr[o + F] = tr[o + F_SUM] / tr[o + N];
        if (f < tr[o + F_MIN]) tr[o + F_MIN] = f;
        if (f > tr[o + F_MAX]) tr[o + F_MAX] = f;
        if (tr[o + N] === 2) tr[o + P_SECOND] = p;
        tr[o + P_PREV] = tr[o + P_LAST];
        tr[o + P_LAST] = p;
        tr[o + P_SUM] += p;
        next[nNext++] = best;
      } else {
        const o = count * TRACK;
        tr[o + T0] = t;
        tr[o + T1] = t;
        tr[o + F] = tr[o + F_SUM] = tr[o + F_MIN] = tr[o + F_MAX] = f;
        tr[o + N] = 1;
        tr[o + P_SECOND] = tr[o + P_PREV] = tr[o + P_LAST] = tr[o + P_SUM] = p;
        next[nNext++] = count++;
      }
    }
    // a track's mean frequency moves a little as it grows: keep the order for the next frame's merge (a stable
    // insertion sort: at most MAX_PEAKS_PER_FRAME tracks, nearly in order)
    for (let k = 1; k < nNext; k++) {
      const x = next[k];
      const fx = tr[x * TRACK + F];
      let i = k - 1;
      while (i >= 0 && tr[next[i] * TRACK + F] > fx) {
        next[i + 1] = next[i];
        i--;
      }
      next[i + 1] = x;
    }
    const swap = active;
    active = next;
    next = swap;
    nActive = nNext;
  }
  return count;
}

/** A track's mean frequency (bins). */
const meanF = (i: number): number => tracks[i * TRACK + F_SUM] / tracks[i * TRACK + N];

const TAU = 2 * Math.PI;

/**
 * The last rayleigh's results: [concentration, lattice phase]. It runs thousands of times per file, and a number
 * returned from a call that is not inlined, or kept in an object, is a heap allocation each time.
 */
const RAY = new Float64Array(2);

/** Phase concentration (Rayleigh, 0..1) of positions `rel` on a lattice of `step`, and the lattice's phase: in RAY. */
function rayleigh(rel: number[], step: number): void {
  let re = 0;
  let im = 0;
  for (let i = 0; i < rel.length; i++) {
    const ph = (TAU * rel[i]) / step;
    re += Math.cos(ph);
    im += Math.sin(ph);
  }
  RAY[0] = Math.hypot(re, im) / rel.length;
  RAY[1] = Math.atan2(im, re);
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
    let topStep = c;
    let topR = 0;
    let topArg = 0;
    for (; s <= c * 1.03; s += inc) {
      rayleigh(rel, s);
      if (RAY[0] > topR) {
        topStep = s;
        topR = RAY[0];
        topArg = RAY[1];
      }
    }
    scores.push({ step: topStep, r: topR, arg: topArg });
    if (topR > best) best = topR;
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

/** analyse's arrays, per thread (one window at a time): per track, per frame, and the harmonics' frequency lists. */
const KEEP_SCRATCH = 1 << 16;
const perTrackF = new Scratch((n) => new Float64Array(n), KEEP_SCRATCH);
const perTrackI = new Scratch((n) => new Int32Array(n), KEEP_SCRATCH);
const frameCount = new Scratch((n) => new Uint16Array(n), KEEP_SCRATCH);
const frameMax = new Scratch((n) => new Float64Array(n), KEEP_SCRATCH);
const frameMin = new Scratch((n) => new Float64Array(n), KEEP_SCRATCH);
const frameMid = new Scratch((n) => new Uint8Array(n), KEEP_SCRATCH);
const frameAt = new Scratch((n) => new Int32Array(n), KEEP_SCRATCH);
const frameFill = new Scratch((n) => new Int32Array(n), KEEP_SCRATCH);
const soundingF = new Scratch((n) => new Float64Array(n), KEEP_SCRATCH);
const SCRATCHES = [perTrackF, perTrackI, frameCount, frameMax, frameMin, frameMid, frameAt, frameFill, soundingF];

/** Features of one stretch of steady tracks: picked[from..to), sorted by start. */
function analyse(sp: Spectrogram, from: number, to: number): MultitoneResult | null {
  const tr = tracks;
  // (frame numbers are whole: `| 0` keeps them integers for the optimising compiler, which would otherwise box them)
  const first = tr[picked[from] * TRACK + T0] | 0;
  let last = 0;
  for (let i = from; i < to; i++) last = Math.max(last, tr[picked[i] * TRACK + T1] | 0);
  // distinct positions (tracks within 0.3 bin of each other are one position)
  const fs = perTrackF.take(to - from);
  for (let i = from; i < to; i++) fs[i - from] = meanF(picked[i]);
  fs.sort();
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
  // the lattice tones (track indices, by start)
  const lt = perTrackI.take(to - from);
  let nLt = 0;
  for (let i = from; i < to; i++) {
    const f = meanF(picked[i]);
    if (inBand(f) && onLattice(f)) lt[nLt++] = picked[i];
  }
  // per frame: simultaneous lattice tones, their level spread, harmonics among them
  const frames = last - first + 1;
  const count = frameCount.take(frames, 0);
  const pMax = frameMax.take(frames, 0);
  const pMin = frameMin.take(frames, Infinity);
  for (let q = 0; q < nLt; q++) {
    const o = lt[q] * TRACK;
    const pm = tr[o + P_SUM] / tr[o + N];
    for (let k = tr[o + T0] | 0, k1 = tr[o + T1] | 0; k <= k1; k++) {
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
  // harmonics: a tone with another tone (of any track, lattice or not) at 2x or 3x its frequency in its middle frame.
  // The frequencies sounding in each such middle frame, frame by frame in one array (offsets in `at`).
  const middle = (i: number): number => ((tr[i * TRACK + T0] | 0) + (tr[i * TRACK + T1] | 0)) >> 1;
  const at = frameAt.take(frames + 1, 0);
  const isMid = frameMid.take(frames, 0);
  for (let q = 0; q < nLt; q++) isMid[middle(lt[q]) - first] = 1;
  for (let i = from; i < to; i++) {
    const o = picked[i] * TRACK;
    for (let k = tr[o + T0] | 0, k1 = tr[o + T1] | 0; k <= k1; k++) if (isMid[k - first]) at[k - first + 1]++;
  }
  for (let i = 0; i < frames; i++) at[i + 1] += at[i];
  const sounding = soundingF.take(at[frames]);
  const fill = frameFill.take(frames);
  fill.set(at.subarray(0, frames));
  for (let i = from; i < to; i++) {
    const o = picked[i] * TRACK;
    const f = meanF(picked[i]);
    for (let k = tr[o + T0] | 0, k1 = tr[o + T1] | 0; k <= k1; k++) if (isMid[k - first]) sounding[fill[k - first]++] = f;
  }
  let harm = 0;
  for (let q = 0; q < nLt; q++) {
    const f = meanF(lt[q]);
    const m = middle(lt[q]) - first;
    for (let k = at[m]; k < at[m + 1]; k++) {
      const g = sounding[k];
      if (Math.abs(g - 2 * f) <= 0.6 || Math.abs(g - 3 * f) <= 0.9) {
        harm++;
        break;
      }
    }
  }
  const harmN = nLt;
  // symbol boundaries: frames where lattice tones start (tones that start within a frame of each other are one)
  // (fs is no longer needed: its scratch holds the starts)
  const starts = perTrackF.take(nLt);
  for (let q = 0; q < nLt; q++) starts[q] = tr[lt[q] * TRACK + T0];
  starts.sort();
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
    for (let q = 0; q < nLt; q++) {
      const o = lt[q] * TRACK;
      if (tr[o + T0] <= mid && tr[o + T1] >= mid) key.push(Math.round((meanF(lt[q]) - lat.offset) / lat.step));
    }
    if (key.length) sets.add(key.sort((a, b) => a - b).join(','));
  }
  // steadiness: level change over tones of 4+ frames, from their second to their second-last frame
  const decays: number[] = [];
  for (let q = 0; q < nLt; q++) {
    const o = lt[q] * TRACK;
    if (tr[o + N] >= 4) decays.push(10 * Math.log10((tr[o + P_PREV] + 1e-30) / (tr[o + P_SECOND] + 1e-30)));
  }
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
  try {
    return searchTracks(sp, tracksOf(sp));
  } finally {
    trimTracks();
    for (const s of SCRATCHES) s.trim();
  }
}

function searchTracks(sp: Spectrogram, nTracks: number): MultitoneScan {
  const tr = tracks;
  // steady tracks: two frames or more, frequency stable within half a bin (indices in `picked`, by start)
  let nSteady = 0;
  for (let i = 0; i < nTracks; i++) {
    const o = i * TRACK;
    if (tr[o + N] >= 2 && tr[o + F_MAX] - tr[o + F_MIN] <= 0.5) picked[nSteady++] = i;
  }
  const t0 = (k: number): number => tr[picked[k] * TRACK + T0];
  // stretches: tracks that follow each other with gaps of at most 3 frames; long stretches (continuous music) are cut
  // into overlapping windows (a transmission lasts seconds). Both are runs of `picked`: [from, to).
  const windows: Array<{ from: number; to: number; k: number }> = [];
  const addStretch = (from: number, to: number): void => {
    if (to - from < 12) return;
    const a = t0(from);
    const b = t0(to - 1);
    if (b - a <= WINDOW) {
      windows.push({ from, to, k: 0 });
      return;
    }
    let lo = from;
    let hi = from;
    for (let w = a; w <= b; w += (WINDOW * 3) >> 2) {
      while (lo < to && t0(lo) < w) lo++;
      if (hi < lo) hi = lo;
      while (hi < to && t0(hi) < w + WINDOW) hi++;
      if (hi - lo >= 12) windows.push({ from: lo, to: hi, k: 0 });
      if (w + WINDOW > b) break;
    }
  };
  let start = 0;
  let end = -Infinity;
  for (let i = 0; i < nSteady; i++) {
    const o = picked[i] * TRACK;
    if (i > start && tr[o + T0] > end + 3) {
      addStretch(start, i);
      start = i;
    }
    end = i === start ? tr[o + T1] : Math.max(end, tr[o + T1]);
  }
  if (nSteady > start) addStretch(start, nSteady);
  // the windows with most level-steady tones first (music's notes decay; data tones hold their level)
  for (const w of windows) {
    for (let i = w.from; i < w.to; i++) {
      const o = picked[i] * TRACK;
      if (tr[o + N] < 4 || Math.abs(Math.log10((tr[o + P_PREV] + 1e-30) / (tr[o + P_SECOND] + 1e-30))) <= 0.15) w.k++;
    }
  }
  const big = windows.sort((a, b) => b.k - a.k).slice(0, MAX_STRETCHES);
  const candidates: MultitoneResult[] = [];
  let best: MultitoneResult | null = null;
  for (const w of big) {
    const r = analyse(sp, w.from, w.to);
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
  const regions: Array<{ a: number; b: number; n: number }> = [];
  let cur: { a: number; b: number; n: number } | null = null;
  for (let t = 0; t < sp.frames; t++) {
    const n = peaksOf(sp, t);
    if (n >= 2) {
      if (cur && t - cur.b <= 3) {
        cur.b = t;
        cur.n += n;
      } else {
        if (cur) regions.push(cur);
        cur = { a: t, b: t, n };
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

