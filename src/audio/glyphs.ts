/**
 * Text and pictures drawn into a spectrogram. Tools that "write" into a spectrogram turn each pixel row into a tone
 * and each pixel column into a slice of time: the result is blobs of energy with sharp edges in both time and
 * frequency, of similar height, lined up along one frequency band like letters on a line. Sound does not look like
 * that: harmonics are thin horizontal lines, onsets are broadband vertical lines, noise bursts have soft spectral
 * slopes, and repeated sounds (a drum loop) repeat one shape rather than many.
 *
 * Steps: mark cells well above their bin's floor (and not far below the loudest cells), with the bar raised in frames
 * that a broadband event (a note onset's click, a drum, a noise burst) lifts as a whole, so that such a stroke does not
 * fuse with the glyphs it crosses; find connected blobs (8-neighbourhood), keep blobs of glyph size whose edges are
 * sharp, then look for a line: 5+ such blobs sharing a frequency band, each spanning most of the band's height, close
 * in time, of several different shapes (size and a coarse 3 x 3 picture of the blob). When that finds nothing (or
 * only lines lying on one tone row) and the spectrum holds a few steady narrow tones (text drawn with one or a few
 * tones per pixel row, whose rows stand apart at the analysis' resolution), the same search runs on a picture of
 * those tone rows alone, side by side, and a line found there must have evenly spaced rows at one level. Bounded by
 * the spectrogram size and a cap on blobs.
 */
import { binQuantiles, powerQuantile, selectK, selectNoNaN, type Spectrogram } from './stft.js';

/** Above the bin's floor by this factor (12 dB). */
const ON_OVER_FLOOR = 15.85;
/** Within 35 dB of the loudest level around the bin, and within 60 dB of the loudest cells of the whole file. */
const REL_FLOOR = 10 ** 3.5;
const GLOBAL_RANGE = 10 ** 6;
const MAX_BLOBS = 200_000;
const MAX_CANDIDATES = 8000;
/** Frames on each side of a frame that set its neighbourhood's level (frameGain). */
const GAIN_RADIUS = 3;
/** A narrow peak: 10 dB above the bins two away on both sides (a steady tone's main lobe is two bins wide each way). */
const PEAK_OVER = 10;
/** A tone row: a bin that is a narrow peak in at least this many frames. */
const MIN_ROW_PEAKS = 3;
/** Fewer rows cannot hold a line of letters; more are a spectrum full of partials, not a few drawn rows. */
const MIN_ROWS = 5;
const MAX_ROWS = 64;
/** Median over a line's glyphs of how far the glyph's loudest row stands above its median row (dB). */
const MAX_ROW_SPREAD_DB = 6;

export interface Glyph {
  t0: number;
  t1: number;
  f0: number;
  f1: number;
  area: number;
  /** Mean power inside / mean power of the ring of cells around the bounding box (cells of no blob), in dB. */
  edgeDb: number;
  /** Which ninths of the bounding box (3 x 3, time-major bits) are at least half covered: a coarse picture of the shape. */
  grid: number;
}

export interface TextLine {
  glyphs: Glyph[];
  /** Band, in bins. */
  f0: number;
  f1: number;
  /** Frames covered. */
  t0: number;
  t1: number;
  /** Distinct glyph shapes (width and height quantised, 3 x 3 coverage grid). */
  shapes: number;
  /** Median edge sharpness of the glyphs, dB. */
  edgeDb: number;
  /** Mean power in the band while glyphs are on, over mean power of the same frames outside any glyph's band (dB). */
  bandContrastDb: number;
  /** Set when the line was found on the picture of the spectrogram's tone rows: how many rows its band spans. */
  rows?: number;
}

export interface GlyphScan {
  lines: TextLine[];
  blobs: number;
  candidates: number;
  /** True when a cap stopped the scan early. */
  capped: boolean;
  /**
   * Some blob (or piece of one) is at least 3 bins tall (3 rows on the picture of tone rows) and is more than one steady
   * partial's window leakage: what frames of a finer time resolution could split into glyphs (see `finerFramesWorth`).
   */
  tall: boolean;
}

/** Share of a piece's power within ±2 bins of its loudest bin (a Hann window's main lobe) that makes it one partial. */
const ONE_PARTIAL_SHARE = 0.99;

export function findTextLines(sp: Spectrogram): GlyphScan {
  const label = labelGrid(sp.frames * sp.bins);
  const cells = ON_CELLS;
  cells.length = 0;
  try {
    return searchText(sp, label, cells);
  } finally {
    // back to all zeros for the next call (only the on cells were written)
    const a = cells.a;
    for (let q = 0; q < cells.length; q++) label[a[q]] = 0;
    cells.release();
  }
}

/**
 * Grids of a spectrogram's size are kept from call to call up to this many cells (8192 frames of 512 bins: every
 * spectrogram at 44.1 kHz and below; 4096 frames of 1024 bins above); a larger one is allocated for the call. A fresh
 * grid of that size on every call costs page faults and garbage collection, and only its on cells are ever written.
 */
const SCRATCH_CELLS = 1 << 22;
let labelScratch = new Int32Array(0);
/** An all-zero label grid of n cells (or more); the caller sets it back to zeros after use. */
function labelGrid(n: number): Int32Array {
  if (n > SCRATCH_CELLS) return new Int32Array(n);
  if (labelScratch.length < n) labelScratch = new Int32Array(n);
  return labelScratch;
}

/** findTextLines on an all-zero label grid of the spectrogram's size: marks its on cells -1 and lists them in `cells`. */
function searchText(sp: Spectrogram, label: Int32Array, cells: CellList): GlyphScan {
  const { bins, frames, power } = sp;
  // the floor (30th percentile) and the top (99th) of each bin from one sort per bin
  const [floor, top] = binQuantiles(sp, [0.3, 0.99]);
  const ref = powerQuantile(sp, 0.999);
  const absMin = Math.max(ref / GLOBAL_RANGE, 1e-14);
  // the loudest level around each bin (its own 99th percentile, spread over ±8 bins): clicks and window leakage next
  // to a drawn stroke are far below the stroke itself, while a quiet drawing under loud music elsewhere is not
  const local = new Float32Array(bins);
  for (let f = 0; f < bins; f++) {
    let m = 0;
    for (let g = Math.max(1, f - 8); g <= Math.min(bins - 1, f + 8); g++) if (top[g] > m) m = top[g];
    local[f] = m / REL_FLOOR;
  }
  const gain = frameGain(sp, floor, absMin);
  // per bin, the frames in which it is an on cell and a narrow peak (a steady tone: 10 dB over the bins two away)
  const peaks = new Int32Array(bins);
  // above the global minimum and the local level at once (the larger of the two)
  const bar = new Float64Array(bins);
  for (let f = 0; f < bins; f++) bar[f] = Math.max(absMin, local[f]);
  for (let t = 0; t < frames; t++) {
    const row = t * bins;
    const over = ON_OVER_FLOOR * gain[t];
    for (let f = 1; f < bins; f++) {
      const c = row + f;
      const p = power[c];
      // the floor's test first: most cells fail it (the bar is low in most bins), which keeps the branch predictable
      if (p > floor[f] * over && p > bar[f]) {
        // on, and not yet in a blob (see glyphsIn)
        label[c] = -1;
        cells.push(c);
        if (f >= 2 && f + 2 < bins && p > power[c - 1] && p >= power[c + 1] && p > PEAK_OVER * power[c - 2] && p > PEAK_OVER * power[c + 2]) peaks[f]++;
      }
    }
  }
  const direct = glyphsIn({ power, label, frames, bins, cells });
  const lines = lineUp(direct.cands, { sp, power, bins, first: 1, binOf: (f) => f });
  const found = { lines, blobs: direct.blobs, candidates: direct.cands.length, capped: direct.capped, tall: direct.tall };
  if (direct.capped) return found;
  // Text drawn with one tone per pixel row (or a few) leaves its rows further apart than a window's main lobe: each
  // letter is then a stack of separate dots and dashes, not a blob, and how far apart depends on the drawer's band
  // and on the FFT size (so on the sample rate). Such rows are steady narrow peaks at a few fixed frequencies: keep
  // those rows only, side by side (the empty spectrum between them dropped), and search that picture the same way.
  // Also when the lines found so far each lie on a single row (the dashes of one pixel row of the text, lined up):
  // the picture of the rows then shows the whole text.
  const rows = toneRows(peaks);
  if (rows.length < MIN_ROWS) return found;
  if (lines.some((l) => rows.filter((f) => f >= l.f0 && f <= l.f1).length > 1)) return found;
  const n = rows.length;
  // the picture's grids: rPower is written whole, rLabel (0 off, -1 on, as `label`) is set back to zeros after use
  const shared = frames * n <= SCRATCH_CELLS;
  if (shared && rowsLabel.length < frames * n) {
    rowsLabel = new Int32Array(frames * n);
    rowsPower = new Float32Array(frames * n);
  }
  const rPower = shared ? rowsPower.subarray(0, frames * n) : new Float32Array(frames * n);
  const rLabel = shared ? rowsLabel : new Int32Array(frames * n);
  const rCells = ROW_CELLS;
  rCells.length = 0;
  try {
    return searchRows(sp, label, rows, direct, lines, found, rPower, rLabel, rCells);
  } finally {
    const a = rCells.a;
    for (let q = 0; q < rCells.length; q++) rLabel[a[q]] = 0;
    rCells.release();
  }
}

/** The rest of searchText: the picture of the spectrogram's tone rows, built into all-zero rLabel and rPower. */
function searchRows(
  sp: Spectrogram,
  label: Int32Array,
  rows: number[],
  direct: ReturnType<typeof glyphsIn>,
  lines: TextLine[],
  found: GlyphScan,
  rPower: Float32Array,
  rLabel: Int32Array,
  rCells: CellList,
): GlyphScan {
  const { bins, frames, power } = sp;
  const n = rows.length;
  for (let t = 0; t < frames; t++) {
    const row = t * bins;
    for (let i = 0; i < n; i++) {
      // the row's peak bin and its two neighbours (a tone between two bins, a frequency drawn a little off)
      const f = rows[i];
      let p = 0;
      let o = 0;
      for (let g = f - 1; g <= f + 1; g++) {
        if (power[row + g] > p) p = power[row + g];
        if (label[row + g] !== 0) o = 1;
      }
      rPower[t * n + i] = p;
      if (o) {
        rLabel[t * n + i] = -1;
        rCells.push(t * n + i);
      }
    }
  }
  const second = glyphsIn({ power: rPower, label: rLabel, frames, bins: n, cells: rCells, firstBin: 0 });
  const rLines = lineUp(second.cands, { sp, power: rPower, bins: n, first: 0, binOf: (i) => rows[Math.max(0, Math.min(n - 1, i))] }).filter((l) => drawnRows(l, rows, rPower, rLabel, n));
  // back to spectrogram bins: a row stands for its peak bin and the bins either side
  const toBins = <T extends { f0: number; f1: number }>(x: T): T => ({ ...x, f0: Math.max(1, rows[x.f0] - 1), f1: Math.min(bins - 1, rows[x.f1] + 1) });
  const tall = direct.tall || second.tall;
  if (!rLines.length && lines.length) return { ...found, blobs: direct.blobs + second.blobs, candidates: direct.cands.length + second.cands.length, capped: second.capped, tall };
  return {
    lines: rLines.map((l) => ({ ...toBins(l), glyphs: l.glyphs.map(toBins), rows: l.f1 - l.f0 + 1 })),
    blobs: direct.blobs + second.blobs,
    candidates: direct.cands.length + second.cands.length,
    capped: second.capped,
    tall,
  };
}

/**
 * Steady narrow tones' frequencies (bins): local maxima (±2 bins) of the per-bin count of narrow-peak frames, with
 * at least MIN_ROW_PEAKS such frames; none when there are more than MAX_ROWS (minutes of music put a partial almost
 * everywhere; its rows would not be a drawing's few rows, and the picture of them would cost a second search).
 */
function toneRows(peaks: Int32Array): number[] {
  const rows: number[] = [];
  for (let f = 2; f < peaks.length - 2; f++) {
    const c = peaks[f];
    if (c < MIN_ROW_PEAKS) continue;
    let best = true;
    for (let g = f - 2; g <= f + 2 && best; g++) if (g !== f && (peaks[g] > c || (peaks[g] === c && g < f))) best = false;
    if (best) rows.push(f);
  }
  return rows.length > MAX_ROWS ? [] : rows;
}

/**
 * A line on the picture of tone rows stands for text only if its rows are what a drawing tool makes: evenly spaced
 * frequencies (pixel rows mapped to a band, linearly or on a logarithmic axis: each gap within a third of the one
 * before it in 60 % of the cases, the others twice or half of it, where the search missed a row) and each glyph's
 * rows at one level (a pixel is on or off: the loudest row within 6 dB of the median one, for the median glyph).
 * Partials of speech or of a held note that are steady enough to form rows fail this: they sit where the voice's
 * pitch and formants put them (espeak-ng's speech: uneven gaps), and the formants shape their levels.
 */
function drawnRows(l: TextLine, rows: number[], power: Float32Array, label: Int32Array, n: number): boolean {
  const gaps: number[] = [];
  for (let i = l.f0; i < l.f1; i++) gaps.push(rows[i + 1] - rows[i]);
  if (gaps.length < MIN_ROWS - 1) return false;
  // each gap like the one before it (within a third: also rows drawn on a logarithmic axis), or twice or half of it
  let even = 0;
  for (let i = 1; i < gaps.length; i++) {
    const r = gaps[i] / gaps[i - 1];
    if (r >= 0.75 && r <= 4 / 3) even++;
    else if (!(r >= 1.6 && r <= 2.5) && !(r >= 0.4 && r <= 0.625)) return false;
  }
  if (even < (gaps.length - 1) * 0.6) return false;
  const spreads: number[] = [];
  for (const g of l.glyphs) {
    const peak: number[] = [];
    for (let i = g.f0; i <= g.f1; i++) {
      let m = 0;
      // on cells (labelled, whatever their blob)
      for (let t = g.t0; t <= g.t1; t++) if (label[t * n + i] !== 0 && power[t * n + i] > m) m = power[t * n + i];
      if (m > 0) peak.push(m);
    }
    if (!peak.length) continue;
    peak.sort((a, b) => a - b);
    spreads.push(10 * Math.log10(peak[peak.length - 1] / peak[peak.length >> 1]));
  }
  spreads.sort((a, b) => a - b);
  return spreads.length > 0 && spreads[spreads.length >> 1] <= MAX_ROW_SPREAD_DB;
}

/** Indices of on cells in ascending order (growable): the blob search visits these instead of every cell. */
class CellList {
  a = new Int32Array(4096);
  length = 0;
  /** Drops a large array after use (kept from call to call up to SCRATCH_LIST entries). */
  release(): void {
    if (this.a.length > SCRATCH_LIST) this.a = new Int32Array(4096);
    this.length = 0;
  }
  push(c: number): void {
    if (this.length === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = c;
  }
}

/** Longest list (and blob search stack) kept from call to call, in entries. */
const SCRATCH_LIST = 1 << 20;
/** The on cells of the spectrogram searched (findTextLines), and of the picture of its tone rows, reused. */
const ON_CELLS = new CellList();
const ROW_CELLS = new CellList();
/** The picture of tone rows' label and power grids, kept from call to call (at most 8192 frames x 64 rows). */
let rowsLabel = new Int32Array(0);
let rowsPower = new Float32Array(0);
let stackScratch = new Int32Array(4096);

interface Grid {
  power: Float32Array;
  /**
   * Per cell: 0 off, -1 on (and not yet in a blob); glyphsIn numbers the blobs here (so a cell is on when its label is
   * not 0).
   */
  label: Int32Array;
  frames: number;
  bins: number;
  /** The on cells, ascending. */
  cells: CellList;
  /** Lowest bin a blob may use (1 on a spectrogram: DC is left out; 0 on the picture of tone rows). */
  firstBin?: number;
}

/** Connected blobs of on cells, split into glyph-sized pieces and measured. */
function glyphsIn(grid: Grid): { cands: Glyph[]; blobs: number; capped: boolean; tall: boolean } {
  const { frames, bins, label, power } = grid;
  const onCount = grid.cells.length;
  const cells = grid.cells.a;
  const lo = grid.firstBin ?? 1;
  // connected components, iterative. A cell's label: 0 off, -1 on and not yet in a blob, else its blob (one read
  // tells a neighbour to take)
  // every cell is pushed at most once: the stack never holds more than the cells that are on
  if (stackScratch.length < onCount) stackScratch = new Int32Array(onCount);
  const stack = stackScratch;
  const cands: Glyph[] = [];
  let blobs = 0;
  let capped = false;
  let tall = false;
  // on a spectrogram, up to half of it; the picture of tone rows holds nothing but the drawn rows
  const maxH = grid.firstBin === 0 ? bins : Math.max(8, Math.floor(bins * 0.5));
  // the on cells in grid order, as a scan of every cell would meet them
  for (let q = 0; q < onCount && !capped; q++) {
    const i = cells[q];
    if (label[i] !== -1) continue;
    blobs++;
    if (blobs > MAX_BLOBS) {
      capped = true;
      break;
    }
    let sp0 = 0;
    stack[sp0++] = i;
    label[i] = blobs;
    let t0 = frames;
    let t1 = -1;
    let f0 = bins;
    let f1 = -1;
    let area = 0;
    while (sp0 > 0) {
      const c = stack[--sp0];
      const t = (c / bins) | 0;
      const f = c - t * bins;
      area++;
      if (t < t0) t0 = t;
      if (t > t1) t1 = t;
      if (f < f0) f0 = f;
      if (f > f1) f1 = f;
      if (f > lo && label[c - 1] === -1) { label[c - 1] = blobs; stack[sp0++] = c - 1; }
      if (f + 1 < bins && label[c + 1] === -1) { label[c + 1] = blobs; stack[sp0++] = c + 1; }
      if (t > 0 && label[c - bins] === -1) { label[c - bins] = blobs; stack[sp0++] = c - bins; }
      if (t + 1 < frames && label[c + bins] === -1) { label[c + bins] = blobs; stack[sp0++] = c + bins; }
      // diagonal neighbours: a drawn diagonal stroke (X, Y, 7) touches only at corners
      if (t > 0 && f > lo && label[c - bins - 1] === -1) { label[c - bins - 1] = blobs; stack[sp0++] = c - bins - 1; }
      if (t > 0 && f + 1 < bins && label[c - bins + 1] === -1) { label[c - bins + 1] = blobs; stack[sp0++] = c - bins + 1; }
      if (t + 1 < frames && f > lo && label[c + bins - 1] === -1) { label[c + bins - 1] = blobs; stack[sp0++] = c + bins - 1; }
      if (t + 1 < frames && f + 1 < bins && label[c + bins + 1] === -1) { label[c + bins + 1] = blobs; stack[sp0++] = c + bins + 1; }
    }
    // letters drawn close together merge through their gaps: split a wide blob at the frames where it thins out
    // (a projection profile, as OCR segments characters), and judge each piece as a glyph
    if (f1 - f0 + 1 < 3 || area < 4) continue;
    const bbox = (t1 - t0 + 1) * (f1 - f0 + 1);
    const pieces = t1 - t0 >= 3 && bbox <= 1 << 20 ? splitColumns(label, blobs, bins, t0, t1, f0, f1) : [{ t0, t1, f0, f1, area }];
    for (const pc of pieces) {
      const h = pc.f1 - pc.f0 + 1;
      const w = pc.t1 - pc.t0 + 1;
      // any piece 3 tall, whatever its width (letters fused on coarse frames make wide ones); on the picture of tone
      // rows every such piece spans several partials
      if (!tall && h >= 3) tall = grid.firstBin === 0 || !onePartial(power, label, blobs, bins, pc);
      if (h < 3 || h > maxH || w > 120 || pc.area < 4) continue;
      if (cands.length >= MAX_CANDIDATES) {
        capped = true;
        break;
      }
      cands.push(measure(power, label, blobs, bins, frames, pc, lo));
    }
  }
  if (stackScratch.length > SCRATCH_LIST) stackScratch = new Int32Array(4096);
  return { cands, blobs, capped, tall };
}

/**
 * Whether piece `b` of blob `id` is the window leakage of one steady partial: nearly all its power (summed over its
 * frames) within ±2 bins of its loudest bin. A sound's decaying tone is; a glyph of several drawn rows, or a block of
 * noise, spreads its power over more bins.
 */
function onePartial(power: Float32Array, label: Int32Array, id: number, bins: number, b: Box): boolean {
  const h = b.f1 - b.f0 + 1;
  const profile = new Float64Array(h);
  for (let t = b.t0; t <= b.t1; t++) {
    const row = t * bins;
    for (let f = b.f0; f <= b.f1; f++) if (label[row + f] === id) profile[f - b.f0] += power[row + f];
  }
  let m = 0;
  let total = 0;
  for (let i = 0; i < h; i++) {
    total += profile[i];
    if (profile[i] > profile[m]) m = i;
  }
  let near = 0;
  for (let i = Math.max(0, m - 2); i <= Math.min(h - 1, m + 2); i++) near += profile[i];
  return total > 0 && near >= ONE_PARTIAL_SHARE * total;
}

interface Box {
  t0: number;
  t1: number;
  f0: number;
  f1: number;
  area: number;
}

/** Split blob `id` (bounding box given) at frames where its cell count drops under 15 % of its widest frame. */
function splitColumns(label: Int32Array, id: number, bins: number, t0: number, t1: number, f0: number, f1: number): Box[] {
  const w = t1 - t0 + 1;
  const counts = new Int32Array(w);
  let max = 0;
  for (let t = t0; t <= t1; t++) {
    let n = 0;
    const row = t * bins;
    for (let f = f0; f <= f1; f++) if (label[row + f] === id) n++;
    counts[t - t0] = n;
    if (n > max) max = n;
  }
  const thr = Math.max(1, Math.floor(max * 0.15));
  const out: Box[] = [];
  let start = -1;
  for (let i = 0; i <= w; i++) {
    const live = i < w && counts[i] > thr;
    if (live && start < 0) start = i;
    if (!live && start >= 0) {
      let lo = bins;
      let hi = -1;
      let area = 0;
      for (let t = t0 + start; t < t0 + i; t++) {
        const row = t * bins;
        for (let f = f0; f <= f1; f++) {
          if (label[row + f] !== id) continue;
          area++;
          if (f < lo) lo = f;
          if (f > hi) hi = f;
        }
      }
      if (hi >= lo) out.push({ t0: t0 + start, t1: t0 + i - 1, f0: lo, f1: hi, area });
      start = -1;
    }
  }
  return out.length ? out : [{ t0, t1, f0, f1, area: counts.reduce((a, b) => a + b, 0) }];
}

/**
 * Edge sharpness of blob `id` within box `b`: mean power of its cells over the mean power of the ring of cells just
 * outside the box that belong to no blob (dB). Cells of other blobs are left out of the ring: letters drawn close
 * together touch each other's boxes (the gap between them is about one frame), and a neighbour's stroke says nothing
 * about how sharply this glyph ends (unless they cover more than three quarters of the ring). Also the blob's 3 x 3
 * coverage grid (for telling shapes apart). Returns the piece as a glyph with both.
 */
function measure(power: Float32Array, label: Int32Array, id: number, bins: number, frames: number, b: Box, lo: number): Glyph {
  const w = b.t1 - b.t0 + 1;
  const h = b.f1 - b.f0 + 1;
  const counts = COUNTS.fill(0);
  let sum = 0;
  let n = 0;
  for (let t = b.t0; t <= b.t1; t++) {
    const row = t * bins;
    const gi = (((t - b.t0) * 3) / w) | 0;
    for (let f = b.f0; f <= b.f1; f++) {
      if (label[row + f] !== id) continue;
      sum += power[row + f];
      n++;
      counts[gi * 3 + ((((f - b.f0) * 3) / h) | 0)]++;
    }
  }
  let grid = 0;
  for (let gi = 0; gi < 3; gi++) {
    const cw = Math.ceil(((gi + 1) * w) / 3) - Math.ceil((gi * w) / 3);
    for (let gj = 0; gj < 3; gj++) {
      const ch = Math.ceil(((gj + 1) * h) / 3) - Math.ceil((gj * h) / 3);
      if (cw * ch > 0 && counts[gi * 3 + gj] * 2 >= cw * ch) grid |= 1 << (gi * 3 + gj);
    }
  }
  // the ring, in this order: each frame's cells below and above the box (q even, odd), then each bin's cells before
  // and after it; cells of the blob itself are not part of it, cells of other blobs only of the whole ring
  let ringSum = 0;
  let ringN = 0;
  let allSum = 0;
  let allN = 0;
  for (let q = 0, len = 2 * (w + h); q < len; q++) {
    const side = q < 2 * w;
    const t = side ? b.t0 + (q >> 1) : q & 1 ? b.t1 + 1 : b.t0 - 1;
    const f = side ? (q & 1 ? b.f1 + 1 : b.f0 - 1) : b.f0 + ((q - 2 * w) >> 1);
    if (t < 0 || t >= frames || f < lo || f >= bins) continue;
    const c = t * bins + f;
    const l = label[c];
    if (l === id) continue;
    allSum += power[c];
    allN++;
    if (l !== 0) continue;
    ringSum += power[c];
    ringN++;
  }
  const inside = n ? sum / n : 0;
  // a box hemmed in by other blobs on most of its outline (dense, busy sound) is judged on its whole ring, as if
  // nothing around it were left out: its edge then says little, as it should
  const outside = ringN * 4 >= allN ? (ringN ? ringSum / ringN : 0) : allN ? allSum / allN : 0;
  const edgeDb = 10 * Math.log10((inside + 1e-30) / (outside + inside * 1e-6 + 1e-30));
  return { t0: b.t0, t1: b.t1, f0: b.f0, f1: b.f1, area: b.area, edgeDb, grid };
}

/** Scratch of measure: its 3 x 3 coverage counts. */
const COUNTS = new Int32Array(9);

function shapeKey(g: Glyph): string {
  const w = g.t1 - g.t0 + 1;
  const h = g.f1 - g.f0 + 1;
  // letters of one font share width and height: what tells them apart is where the strokes are
  return `${Math.round(Math.log2(w) * 2)}:${Math.round(Math.log2(h) * 2)}:${g.grid}`;
}

/** Where glyphs were found: the spectrogram itself, or the picture of its tone rows (`binOf` maps a row to its bin). */
interface Plane {
  sp: Spectrogram;
  power: Float32Array;
  bins: number;
  /** Lowest bin (row) of the plane that counts: DC is left out of a spectrogram. */
  first: number;
  binOf: (f: number) => number;
}

/** Glyphs that share a band and follow each other closely: a line of text. */
function lineUp(cands: Glyph[], plane: Plane): TextLine[] {
  const { sp } = plane;
  const sharp = cands.filter((g) => g.edgeDb >= 15).sort((a, b) => a.t0 - b.t0);
  const lines: TextLine[] = [];
  const used = new Uint8Array(sharp.length);
  for (let s = 0; s < sharp.length && lines.length < 8; s++) {
    if (used[s]) continue;
    const seed = sharp[s];
    const H = seed.f1 - seed.f0 + 1;
    if (H < 5) continue;
    const tol = Math.max(1, Math.round(H * 0.25));
    const members: number[] = [];
    let lastEnd = seed.t0;
    let widthSum = 0;
    for (let k = s; k < sharp.length; k++) {
      const g = sharp[k];
      const h = g.f1 - g.f0 + 1;
      if (g.f0 < seed.f0 - tol || g.f1 > seed.f1 + tol || h < H * 0.5) continue;
      const w = g.t1 - g.t0 + 1;
      const meanW = members.length ? widthSum / members.length : w;
      if (members.length && g.t0 - lastEnd > Math.max(4, meanW * 4)) break;
      members.push(k);
      widthSum += w;
      lastEnd = Math.max(lastEnd, g.t1);
    }
    if (members.length < 5) continue;
    const glyphs = members.map((k) => sharp[k]);
    // blobs anchored at the bottom of the spectrum are percussive strikes (broadband from DC up), not drawn glyphs
    const bottom = plane.binOf(Math.min(...glyphs.map((g) => g.f0)));
    if (bottom * sp.binHz < 150 || bottom < 3) continue;
    const medEdge = glyphs.map((g) => g.edgeDb).sort((a, b) => a - b)[glyphs.length >> 1];
    if (medEdge < 30) continue;
    // a drawn letter lasts longer than an analysis window (1.5 windows: 2 frames side by side, 3 half-overlapping
    // ones); blobs one window long are single events (a click, a note's onset smeared over a window), whatever
    // their outline
    const medW = glyphs.map((g) => g.t1 - g.t0 + 1).sort((a, b) => a - b)[glyphs.length >> 1];
    if (medW * Math.min(sp.hop, sp.size) < 1.5 * sp.size) continue;
    const shapes = new Set(glyphs.map(shapeKey)).size;
    if (shapes < 3) continue;
    for (const k of members) used[k] = 1;
    const f0 = Math.min(...glyphs.map((g) => g.f0));
    const f1 = Math.max(...glyphs.map((g) => g.f1));
    const t0 = glyphs[0].t0;
    const t1 = Math.max(...glyphs.map((g) => g.t1));
    const edges = glyphs.map((g) => g.edgeDb).sort((a, b) => a - b);
    lines.push({ glyphs, f0, f1, t0, t1, shapes, edgeDb: edges[edges.length >> 1], bandContrastDb: bandContrast(plane.power, plane.bins, plane.first, f0, f1, t0, t1) });
  }
  return lines;
}

/** Sum of power[row + f] over bins f0..f1 (inclusive) of one frame. */
function bandRowSum(power: Float32Array, row: number, f0: number, f1: number): number {
  let s = 0;
  for (let f = f0; f <= f1; f++) s += power[row + f];
  return s;
}

/** Power per bin (or row) inside the band vs outside it, over the frames of the line (dB): > 0 when the band stands out. */
function bandContrast(power: Float32Array, bins: number, first: number, f0: number, f1: number, t0: number, t1: number): number {
  const lo = Math.max(first, f0);
  const hi = Math.min(bins - 1, f1);
  let inS = 0;
  let outS = 0;
  for (let t = t0; t <= t1; t++) {
    const row = t * bins;
    inS += bandRowSum(power, row, lo, hi);
    outS += bandRowSum(power, row, first, lo - 1) + bandRowSum(power, row, hi + 1, bins - 1);
  }
  const frames = Math.max(0, t1 - t0 + 1);
  const inN = frames * Math.max(0, hi - lo + 1);
  const outN = frames * (bins - first) - inN;
  const a = inN ? inS / inN : 0;
  const b = outN ? outS / outN : 0;
  return 10 * Math.log10((a + 1e-30) / (b + 1e-30));
}

/** Share of the whole file's power (all frames) that lies in bins [f0, f1]; and that band's share outside the line's frames. */
export function bandOccupancy(sp: Spectrogram, f0: number, f1: number, t0: number, t1: number): { outsideLineDb: number } {
  const { bins, frames, power } = sp;
  let inLine = 0;
  let nIn = 0;
  let outLine = 0;
  let nOut = 0;
  for (let t = 0; t < frames; t++) {
    const s = bandRowSum(power, t * bins, f0, f1);
    if (t >= t0 && t <= t1) {
      inLine += s;
      nIn++;
    } else {
      outLine += s;
      nOut++;
    }
  }
  const a = nIn ? inLine / nIn : 0;
  const b = nOut ? outLine / nOut : 0;
  return { outsideLineDb: nOut ? 10 * Math.log10((b + 1e-30) / (a + 1e-30)) : 0 };
}

/**
 * How far each frame as a whole stands above the frames around it (>= 1). The frame's level is the 25th percentile
 * over its bins (about 128 of them, evenly spaced) of power over the bin's floor: a broadband event (a note onset's
 * click, a drum hit) lifts every bin of its frame and so this level, while a drawn glyph covers a band, well under
 * three quarters of the bins, and leaves it alone. The gain is that level over the median level of the 7 frames
 * around it (and at least the file's median frame level): a short event stands out, a sustained sound (a vowel, a
 * held chord) does not and is left to the per-bin floor as before. Multiplying the on-threshold by it keeps the
 * strokes of such events from fusing with the glyphs they cross (a fused blob is too tall, or its edges are no longer
 * sharp), while a glyph well above the event stays.
 */
function frameGain(sp: Spectrogram, floor: Float32Array, absMin: number): Float32Array {
  const { bins, frames, power } = sp;
  const step = Math.max(1, Math.floor(bins / 128));
  const m = Math.max(1, Math.floor((bins - 1) / step));
  const buf = new Float32Array(m);
  // a floor of digital silence (0) would make every leak of a tone look like a broadband event
  const den = new Float64Array(m);
  for (let i = 0; i < m; i++) den[i] = Math.max(floor[1 + i * step], absMin);
  const level = new Float32Array(frames);
  const rank = Math.floor(m * 0.25);
  for (let t = 0; t < frames; t++) {
    let nan = false;
    for (let i = 0, c = t * bins + 1; i < m; i++, c += step) {
      const v = power[c] / den[i];
      buf[i] = v;
      if (v !== v) nan = true;
    }
    // the same value either way; selectK's for a frame with a NaN (see selectNoNaN)
    level[t] = nan ? selectK(buf, 0, m - 1, rank) : selectNoNaN(buf, 0, m - 1, rank);
  }
  const ref = Math.max(1e-30, selectK(level.slice(), 0, frames - 1, frames >> 1));
  const gain = new Float32Array(frames);
  const win = new Float32Array(2 * GAIN_RADIUS + 1);
  for (let t = 0; t < frames; t++) {
    let k = 0;
    for (let u = Math.max(0, t - GAIN_RADIUS); u <= Math.min(frames - 1, t + GAIN_RADIUS); u++) win[k++] = level[u];
    gain[t] = Math.max(1, level[t] / Math.max(ref, selectK(win, 0, k - 1, k >> 1)));
  }
  return gain;
}
