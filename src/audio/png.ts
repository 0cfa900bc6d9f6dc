/**
 * Spectrogram picture for people (pngjs): time left to right, frequency bottom to top, power in dB on a dark-to-bright
 * colour scale. At most 1024 x 256 pixels (at least 256 wide): cells are max-pooled so thin lines (tones, glyph
 * strokes) survive.
 */
import { PNG } from 'pngjs';
import { powerQuantile, type Spectrogram } from './stft.js';

export const MAX_PNG_WIDTH = 1024;
export const MAX_PNG_HEIGHT = 256;
const RANGE_DB = 90;

/** Dark blue → purple → orange → pale yellow. */
const STOPS: Array<[number, number, number]> = [
  [0, 0, 4],
  [40, 11, 84],
  [101, 21, 110],
  [159, 42, 99],
  [212, 72, 66],
  [245, 125, 21],
  [250, 193, 39],
  [252, 255, 164],
];

/** Write the colour of level v (0..1) as RGBA at `o` (no array per pixel: this runs for every pixel). */
function colourAt(out: Uint8Array, o: number, v: number): void {
  const x = Math.max(0, Math.min(1, v)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  const t = x - i;
  const a = STOPS[i];
  const b = STOPS[i + 1];
  out[o] = Math.round(a[0] + (b[0] - a[0]) * t);
  out[o + 1] = Math.round(a[1] + (b[1] - a[1]) * t);
  out[o + 2] = Math.round(a[2] + (b[2] - a[2]) * t);
  out[o + 3] = 255;
}

export function renderSpectrogram(sp: Spectrogram): Uint8Array {
  // short files are stretched to at least 256 columns so the picture is readable; long ones are max-pooled
  const W = Math.max(1, Math.min(MAX_PNG_WIDTH, Math.max(sp.frames, Math.min(256, sp.frames * 64))));
  const H = Math.max(1, Math.min(MAX_PNG_HEIGHT, sp.bins - 1));
  const grid = new Float32Array(W * H);
  const { bins, frames, power } = sp;
  // picture row of each bin, computed once rather than per cell
  const rowOf = new Int32Array(bins);
  for (let f = 1; f < bins; f++) rowOf[f] = Math.min(H - 1, Math.floor(((f - 1) * H) / (bins - 1))) * W;
  for (let x = 0; x < W; x++) {
    const ta = Math.floor((x * frames) / W);
    const tb = Math.max(ta + 1, Math.floor(((x + 1) * frames) / W));
    for (let t = ta; t < tb && t < frames; t++) {
      const row = t * bins;
      for (let f = 1; f < bins; f++) {
        const k = rowOf[f] + x;
        const p = power[row + f];
        if (p > grid[k]) grid[k] = p;
      }
    }
  }
  const ref = Math.max(powerQuantile(sp, 0.999), 1e-12);
  const refDb = 10 * Math.log10(ref);
  const png = new PNG({ width: W, height: H });
  for (let y = 0; y < H; y++) {
    const srcY = H - 1 - y; // low frequencies at the bottom
    for (let x = 0; x < W; x++) {
      const db = 10 * Math.log10(grid[srcY * W + x] + 1e-30);
      colourAt(png.data, (y * W + x) * 4, (db - (refDb - RANGE_DB)) / RANGE_DB);
    }
  }
  const buf = PNG.sync.write(png, { colorType: 2 });
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}
