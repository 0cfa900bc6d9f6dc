/**
 * Hot loops of the audio analysis, in AssemblyScript compiled to WebAssembly with 128-bit SIMD
 * (scripts/build-wasm.mjs writes the module into src/audio/kernels-wasm.ts; src/audio/kernels.ts loads it).
 *
 * Written by hand because no library computes these statistics; each kernel returns exactly what the JavaScript loop
 * it replaces returns (integer counts, or floating-point values computed with the same operations in the same order),
 * which the tests check on random and crafted samples. Memory is managed by the caller: it copies samples to
 * heapBase() and reads results from where it asked them to be written. Nothing here allocates.
 */

/** First byte the caller may use (after this module's static data), 16-byte aligned. */
export function heapBase(): usize {
  return (__heap_base + 15) & ~15;
}

@inline function hsum(v: v128): i32 {
  return i32x4.extract_lane(v, 0) + i32x4.extract_lane(v, 1) + i32x4.extract_lane(v, 2) + i32x4.extract_lane(v, 3);
}

/**
 * Sample Pair Analysis counts of 16-bit samples x[i] (interleaved, `C` channels), pairs (x[i], x[i + C]) for i in
 * [a, e1) and (x[i], x[i + 2C]) for i in [a, e2), e2 <= e1. Writes six i32 at `out`: pairs with u != v at lag 1 and
 * 2, pairs with u >> 1 == v >> 1 at lag 1 and 2, and X (u != v and (v & 1) xor (u < v)) at lag 1 and 2.
 * Eight samples per step in 16-bit lanes: comparisons only (u − v could overflow 16 bits), each true lane −1, summed in
 * 16-bit lanes for at most 4096 steps, then widened.
 */
export function spa16(x: usize, a: i32, e1: i32, e2: i32, C: i32, out: usize): void {
  const l1 = <usize>C << 1;
  const l2 = <usize>C << 2;
  let ne1 = i32x4.splat(0), ne2 = i32x4.splat(0), c1 = i32x4.splat(0), c2 = i32x4.splat(0), x1 = i32x4.splat(0), x2 = i32x4.splat(0);
  let i = a;
  while (i + 8 <= e2) {
    let stop = i + 8 * 4096;
    if (stop > e2) stop = e2;
    let n1 = i16x8.splat(0), n2 = i16x8.splat(0), k1 = i16x8.splat(0), k2 = i16x8.splat(0), y1 = i16x8.splat(0), y2 = i16x8.splat(0);
    for (; i + 8 <= stop; i += 8) {
      const p = x + (<usize>i << 1);
      const u = v128.load(p);
      const v = v128.load(p + l1);
      const w = v128.load(p + l2);
      const m1 = i16x8.ne(u, v);
      const m2 = i16x8.ne(u, w);
      n1 = i16x8.add(n1, m1);
      n2 = i16x8.add(n2, m2);
      const hu = i16x8.shr_s(u, 1);
      k1 = i16x8.add(k1, i16x8.eq(hu, i16x8.shr_s(v, 1)));
      k2 = i16x8.add(k2, i16x8.eq(hu, i16x8.shr_s(w, 1)));
      // lowest bit as a lane mask (−1 when odd)
      const ov = i16x8.shr_s(i16x8.shl(v, 15), 15);
      const ow = i16x8.shr_s(i16x8.shl(w, 15), 15);
      y1 = i16x8.add(y1, v128.and(v128.xor(ov, i16x8.lt_s(u, v)), m1));
      y2 = i16x8.add(y2, v128.and(v128.xor(ow, i16x8.lt_s(u, w)), m2));
    }
    ne1 = i32x4.sub(ne1, i32x4.extadd_pairwise_i16x8_s(n1));
    ne2 = i32x4.sub(ne2, i32x4.extadd_pairwise_i16x8_s(n2));
    c1 = i32x4.sub(c1, i32x4.extadd_pairwise_i16x8_s(k1));
    c2 = i32x4.sub(c2, i32x4.extadd_pairwise_i16x8_s(k2));
    x1 = i32x4.sub(x1, i32x4.extadd_pairwise_i16x8_s(y1));
    x2 = i32x4.sub(x2, i32x4.extadd_pairwise_i16x8_s(y2));
  }
  let NE1 = hsum(ne1), NE2 = hsum(ne2), C1 = hsum(c1), C2 = hsum(c2), X1 = hsum(x1), X2 = hsum(x2);
  for (; i < e2; i++) {
    const p = x + (<usize>i << 1);
    const u = <i32>load<i16>(p);
    const v = <i32>load<i16>(p + l1);
    const w = <i32>load<i16>(p + l2);
    NE1 += <i32>(u != v);
    NE2 += <i32>(u != w);
    C1 += <i32>(u >> 1 == v >> 1);
    C2 += <i32>(u >> 1 == w >> 1);
    X1 += ((v & 1) ^ <i32>(u < v)) & <i32>(u != v);
    X2 += ((w & 1) ^ <i32>(u < w)) & <i32>(u != w);
  }
  if (i < a) i = a;
  for (; i < e1; i++) {
    const p = x + (<usize>i << 1);
    const u = <i32>load<i16>(p);
    const v = <i32>load<i16>(p + l1);
    NE1 += <i32>(u != v);
    C1 += <i32>(u >> 1 == v >> 1);
    X1 += ((v & 1) ^ <i32>(u < v)) & <i32>(u != v);
  }
  store<i32>(out, NE1);
  store<i32>(out, NE2, 4);
  store<i32>(out, C1, 8);
  store<i32>(out, C2, 12);
  store<i32>(out, X1, 16);
  store<i32>(out, X2, 20);
}

// ---- Weighted stego analysis (src/audio/lsb.ts: residuals, wsBlocks) ----------------------------------------------

/**
 * Channel c (and o, when o >= 0) of n frames of 16-bit samples at xp (interleaved, C channels) as f64 at xc (and xo),
 * so that two frames side by side are one 128-bit load.
 */
export function wsChannels(xp: usize, n: i32, C: i32, c: i32, o: i32, xc: usize, xo: usize): void {
  for (let f = 0; f < n; f++) {
    const at = xp + (<usize>(f * C) << 1);
    store<f64>(xc + (<usize>f << 3), <f64>load<i16>(at + (<usize>c << 1)));
    if (o >= 0) store<f64>(xo + (<usize>f << 3), <f64>load<i16>(at + (<usize>o << 1)));
  }
}

/**
 * `gram6` (src/audio/lsb.ts) on the channels wsChannels wrote, frames from .. to − 1 (relative to them): adds to the
 * f64 matrix A (M × M, M = 6, or 8 with the partner channel, upper triangle) and vector bv the sums of the products
 * of the predictor's features. Every product and every partial sum is an integer below 2^53 (16-bit samples, at most
 * ~35k frames per fit), so the sums are exact in any order: two frames per step, one in each lane.
 */
export function gram6(xc: usize, xo: usize, useO: i32, from: i32, to: i32, A: usize, bv: usize): void {
  const M = useO ? 8 : 6;
  // sums[p * 8 + q] for q >= p, and b in row 8
  const acc = memory.data(16 * 72);
  memory.fill(acc, 0, 16 * 72);
  let f = from;
  for (; f + 2 <= to; f += 2) {
    const p = xc + (<usize>f << 3);
    const y = v128.load(p);
    const e0 = f64x2.add(v128.load(p - 8), v128.load(p + 8));
    const e1 = f64x2.add(v128.load(p - 16), v128.load(p + 16));
    const e2 = f64x2.add(v128.load(p - 24), v128.load(p + 24));
    const e3 = f64x2.add(v128.load(p - 32), v128.load(p + 32));
    const e4 = f64x2.add(v128.load(p - 40), v128.load(p + 40));
    const e5 = f64x2.add(v128.load(p - 48), v128.load(p + 48));
    let e6 = f64x2.splat(0);
    let e7 = f64x2.splat(0);
    if (useO) {
      const q = xo + (<usize>f << 3);
      e6 = v128.load(q);
      e7 = f64x2.add(v128.load(q - 8), v128.load(q + 8));
    }
    acc6(acc, 0, useO, e0, e0, e1, e2, e3, e4, e5, e6, e7, y);
    acc6(acc, 1, useO, e1, e0, e1, e2, e3, e4, e5, e6, e7, y);
    acc6(acc, 2, useO, e2, e0, e1, e2, e3, e4, e5, e6, e7, y);
    acc6(acc, 3, useO, e3, e0, e1, e2, e3, e4, e5, e6, e7, y);
    acc6(acc, 4, useO, e4, e0, e1, e2, e3, e4, e5, e6, e7, y);
    acc6(acc, 5, useO, e5, e0, e1, e2, e3, e4, e5, e6, e7, y);
    if (useO) {
      acc6(acc, 6, useO, e6, e0, e1, e2, e3, e4, e5, e6, e7, y);
      acc6(acc, 7, useO, e7, e0, e1, e2, e3, e4, e5, e6, e7, y);
    }
  }
  for (let p = 0; p < M; p++) {
    for (let q = p; q < M; q++) {
      const v = v128.load(acc + (<usize>(p * 8 + q) << 4));
      const at = A + (<usize>(p * M + q) << 3);
      store<f64>(at, load<f64>(at) + f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1));
    }
    const v = v128.load(acc + (<usize>(64 + p) << 4));
    const at = bv + (<usize>p << 3);
    store<f64>(at, load<f64>(at) + f64x2.extract_lane(v, 0) + f64x2.extract_lane(v, 1));
  }
  // a last odd frame
  for (; f < to; f++) {
    const p = xc + (<usize>f << 3);
    const y = load<f64>(p);
    const e = memory.data(8 * 8);
    for (let j = 1; j <= 6; j++) store<f64>(e + (<usize>(j - 1) << 3), load<f64>(p - (<usize>j << 3)) + load<f64>(p + (<usize>j << 3)));
    if (useO) {
      const q = xo + (<usize>f << 3);
      store<f64>(e + 48, load<f64>(q));
      store<f64>(e + 56, load<f64>(q - 8) + load<f64>(q + 8));
    }
    for (let i = 0; i < M; i++) {
      const ei = load<f64>(e + (<usize>i << 3));
      store<f64>(bv + (<usize>i << 3), load<f64>(bv + (<usize>i << 3)) + ei * y);
      for (let j = i; j < M; j++) {
        const at = A + (<usize>(i * M + j) << 3);
        store<f64>(at, load<f64>(at) + ei * load<f64>(e + (<usize>j << 3)));
      }
    }
  }
}

/**
 * Row p of gram6's sums: e_p times each feature from p on (features below p are in earlier rows; the partner's two
 * only with one), and e_p · y.
 */
@inline function acc6(acc: usize, p: i32, useO: i32, ep: v128, e0: v128, e1: v128, e2: v128, e3: v128, e4: v128, e5: v128, e6: v128, e7: v128, y: v128): void {
  const row = acc + (<usize>(p * 8) << 4);
  if (p <= 0) v128.store(row, f64x2.add(v128.load(row), f64x2.mul(ep, e0)));
  if (p <= 1) v128.store(row, f64x2.add(v128.load(row, 16), f64x2.mul(ep, e1)), 16);
  if (p <= 2) v128.store(row, f64x2.add(v128.load(row, 32), f64x2.mul(ep, e2)), 32);
  if (p <= 3) v128.store(row, f64x2.add(v128.load(row, 48), f64x2.mul(ep, e3)), 48);
  if (p <= 4) v128.store(row, f64x2.add(v128.load(row, 64), f64x2.mul(ep, e4)), 64);
  if (p <= 5) v128.store(row, f64x2.add(v128.load(row, 80), f64x2.mul(ep, e5)), 80);
  if (useO) {
    if (p <= 6) v128.store(row, f64x2.add(v128.load(row, 96), f64x2.mul(ep, e6)), 96);
    v128.store(row, f64x2.add(v128.load(row, 112), f64x2.mul(ep, e7)), 112);
  }
  const b = acc + (<usize>(64 + p) << 4);
  v128.store(b, f64x2.add(v128.load(b), f64x2.mul(ep, y)));
}

/**
 * `residuals` for K = 6 on the channels wsChannels wrote (frame indices relative to them): res[k], sq[k + 1] and the
 * returned srr as there, Σ x and Σ x² of the frames at out[0], out[1]. Two frames per step, one per lane: each lane
 * computes its prediction with the same operations in the same order as the JavaScript loop, so the residuals are
 * the same values; the running sums (sq, srr) then take lane 0 before lane 1, in frame order as there. Σ x and Σ x²
 * of 16-bit samples (at most a million) are integers below 2^53, the same in any order.
 */
export function wsResiduals6(xc: usize, xo: usize, useO: i32, co: usize, from: i32, to: i32, res: usize, sq: usize, k0: i32, srr: f64, out: usize): f64 {
  const c0 = load<f64>(co), c1 = load<f64>(co, 8), c2 = load<f64>(co, 16), c3 = load<f64>(co, 24), c4 = load<f64>(co, 32), c5 = load<f64>(co, 40);
  const c6 = load<f64>(co, 48), c7 = load<f64>(co, 56);
  const C0 = f64x2.splat(c0), C1 = f64x2.splat(c1), C2 = f64x2.splat(c2), C3 = f64x2.splat(c3), C4 = f64x2.splat(c4), C5 = f64x2.splat(c5);
  const C6 = f64x2.splat(c6), C7 = f64x2.splat(c7);
  let acc = load<f64>(sq + (<usize>k0 << 3));
  let k = k0;
  let sxv = f64x2.splat(0);
  let sxxv = f64x2.splat(0);
  let f = from;
  for (; f + 2 <= to; f += 2, k += 2) {
    const p = xc + (<usize>f << 3);
    const z = v128.load(p);
    let pred = f64x2.mul(C0, f64x2.add(v128.load(p - 8), v128.load(p + 8)));
    pred = f64x2.add(pred, f64x2.mul(C1, f64x2.add(v128.load(p - 16), v128.load(p + 16))));
    pred = f64x2.add(pred, f64x2.mul(C2, f64x2.add(v128.load(p - 24), v128.load(p + 24))));
    pred = f64x2.add(pred, f64x2.mul(C3, f64x2.add(v128.load(p - 32), v128.load(p + 32))));
    pred = f64x2.add(pred, f64x2.mul(C4, f64x2.add(v128.load(p - 40), v128.load(p + 40))));
    pred = f64x2.add(pred, f64x2.mul(C5, f64x2.add(v128.load(p - 48), v128.load(p + 48))));
    if (useO) {
      const q = xo + (<usize>f << 3);
      pred = f64x2.add(pred, f64x2.add(f64x2.mul(C6, v128.load(q)), f64x2.mul(C7, f64x2.add(v128.load(q - 8), v128.load(q + 8)))));
    }
    const r = f64x2.sub(z, pred);
    v128.store(res + (<usize>k << 3), r);
    const rr = f64x2.mul(r, r);
    const rr0 = f64x2.extract_lane(rr, 0);
    const rr1 = f64x2.extract_lane(rr, 1);
    acc += rr0;
    store<f64>(sq + (<usize>(k + 1) << 3), acc);
    srr += rr0;
    acc += rr1;
    store<f64>(sq + (<usize>(k + 2) << 3), acc);
    srr += rr1;
    sxv = f64x2.add(sxv, z);
    sxxv = f64x2.add(sxxv, f64x2.mul(z, z));
  }
  let sx = f64x2.extract_lane(sxv, 0) + f64x2.extract_lane(sxv, 1);
  let sxx = f64x2.extract_lane(sxxv, 0) + f64x2.extract_lane(sxxv, 1);
  for (; f < to; f++, k++) {
    const p = xc + (<usize>f << 3);
    const z = load<f64>(p);
    let pred = c0 * (load<f64>(p - 8) + load<f64>(p + 8));
    pred += c1 * (load<f64>(p - 16) + load<f64>(p + 16));
    pred += c2 * (load<f64>(p - 24) + load<f64>(p + 24));
    pred += c3 * (load<f64>(p - 32) + load<f64>(p + 32));
    pred += c4 * (load<f64>(p - 40) + load<f64>(p + 40));
    pred += c5 * (load<f64>(p - 48) + load<f64>(p + 48));
    if (useO) {
      const q = xo + (<usize>f << 3);
      pred += c6 * load<f64>(q) + c7 * (load<f64>(q - 8) + load<f64>(q + 8));
    }
    const r = z - pred;
    store<f64>(res + (<usize>k << 3), r);
    const rr = r * r;
    acc += rr;
    store<f64>(sq + (<usize>(k + 1) << 3), acc);
    srr += rr;
    sx += z;
    sxx += z * z;
  }
  store<f64>(out, sx);
  store<f64>(out, sxx, 8);
  return srr;
}

/**
 * The weighting loop of `wsBlocks` over k = pad .. pad + n − 1 (frame f0 + k − pad, whose sample is at lsb, stepping
 * `step` bytes): Σ w, Σ w·t, Σ w²·t² at out[0..2], each summed in frame order, the terms of two frames computed in the
 * two lanes with the same operations as there (the division and the root are exact in IEEE arithmetic, as in
 * JavaScript).
 */
export function wsWeights(res: usize, sq: usize, lsb: usize, step: i32, pad: i32, n: i32, near: i32, far: i32, norm: f64, out: usize): void {
  let W = 0.0, WT = 0.0, W2T2 = 0.0;
  const NORM = f64x2.splat(norm);
  const ONE = f64x2.splat(1);
  const TWO = f64x2.splat(2);
  const FOUR = f64x2.splat(4);
  const SIXTEEN = f64x2.splat(16);
  const MARGIN = f64x2.splat(0.99999);
  let k = pad;
  const end = pad + n;
  let at = lsb;
  for (; k + 2 <= end; k += 2, at += <usize>(2 * step)) {
    const a = v128.load(sq + (<usize>(k - near + 1) << 3));
    const b = v128.load(sq + (<usize>(k - far) << 3));
    const c = v128.load(sq + (<usize>(k + far + 1) << 3));
    const d = v128.load(sq + (<usize>(k + near) << 3));
    const e = f64x2.mul(f64x2.sub(f64x2.add(f64x2.sub(a, b), c), d), NORM);
    const w = f64x2.div(ONE, f64x2.add(TWO, e));
    let r = v128.load(res + (<usize>k << 3));
    const big = f64x2.ge(f64x2.mul(r, r), f64x2.mul(MARGIN, f64x2.add(FOUR, f64x2.mul(SIXTEEN, e))));
    if (v128.any_true(big)) {
      const lim = f64x2.add(TWO, f64x2.mul(FOUR, f64x2.sqrt(e)));
      const nlim = f64x2.neg(lim);
      const clipped = v128.bitselect(lim, v128.bitselect(nlim, r, f64x2.lt(r, nlim)), f64x2.gt(r, lim));
      r = v128.bitselect(clipped, r, big);
    }
    const s0 = <f64>(((<i32>load<i16>(at) & 1) << 1) - 1);
    const s1 = <f64>(((<i32>load<i16>(at + <usize>step) & 1) << 1) - 1);
    const t = f64x2.mul(f64x2.replace_lane(f64x2.splat(s0), 1, s1), r);
    const wt = f64x2.mul(w, t);
    const w2t2 = f64x2.mul(f64x2.mul(f64x2.mul(w, w), t), t);
    W += f64x2.extract_lane(w, 0);
    WT += f64x2.extract_lane(wt, 0);
    W2T2 += f64x2.extract_lane(w2t2, 0);
    W += f64x2.extract_lane(w, 1);
    WT += f64x2.extract_lane(wt, 1);
    W2T2 += f64x2.extract_lane(w2t2, 1);
  }
  for (; k < end; k++, at += <usize>step) {
    const e = (load<f64>(sq + (<usize>(k - near + 1) << 3)) - load<f64>(sq + (<usize>(k - far) << 3)) + load<f64>(sq + (<usize>(k + far + 1) << 3)) - load<f64>(sq + (<usize>(k + near) << 3))) * norm;
    const w = 1 / (2 + e);
    let r = load<f64>(res + (<usize>k << 3));
    if (r * r >= 0.99999 * (4 + 16 * e)) {
      const lim = 2 + 4 * Math.sqrt(e);
      r = r > lim ? lim : r < -lim ? -lim : r;
    }
    const t = <f64>(((<i32>load<i16>(at) & 1) << 1) - 1) * r;
    W += w;
    WT += w * t;
    W2T2 += w * w * t * t;
  }
  store<f64>(out, W);
  store<f64>(out, WT, 8);
  store<f64>(out, W2T2, 16);
}

// ---- Spectrogram (src/audio/stft.ts) -------------------------------------------------------------------------------

/**
 * Tables for a real FFT of n points (a power of two, 4 .. 65536) at `plan`: the bit-reversal permutation of m = n / 2
 * (i32), then, as pairs of equal f64 (one 128-bit load gives both lanes the factor), cos and sin of 2πj/m for
 * j < m / 2 and of 2πk/n for k < m. Returns the bytes written. Math.cos / Math.sin here are AssemblyScript's (musl's
 * algorithms): values within an ulp of JavaScript's.
 */
export function fftPlan(n: i32, plan: usize): i32 {
  const m = n >> 1;
  let bits = 0;
  while ((1 << bits) < m) bits++;
  for (let i = 0; i < m; i++) {
    let r = 0;
    for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
    store<i32>(plan + (<usize>i << 2), r);
  }
  let p = plan + ((<usize>m << 2) + 15 & ~15);
  for (let j = 0; j < m >> 1; j++) {
    const a = (2 * Math.PI * <f64>j) / <f64>m;
    v128.store(p, f64x2.splat(Math.cos(a)));
    v128.store(p, f64x2.splat(Math.sin(a)), 16);
    p += 32;
  }
  for (let k = 0; k < m; k++) {
    const a = (2 * Math.PI * <f64>k) / <f64>n;
    v128.store(p, f64x2.splat(Math.cos(a)));
    v128.store(p, f64x2.splat(Math.sin(a)), 16);
    p += 32;
  }
  return <i32>(p - plan);
}

/**
 * Power spectra of two real frames of n samples (f64 at xa and xb) with the tables of fftPlan: bins 0 .. n/2 − 1 of
 * |X|² · norm as f32 at out (frame a's row, then frame b's; b's is written even when `two` is 0, and then meaningless),
 * each also added in f64 to a lane of mean[bin] (16 bytes per bin: frame a's lane, frame b's lane; a lone frame adds
 * zero to lane b). The frames travel in the two lanes of every vector: a complex FFT of m = n / 2 points on
 * z[j] = x[2j] + i·x[2j+1] (iterative, decimation in time, radix-2 stages two at a time), then the split into the
 * real transform's bins.
 * Scratch at work: 32·m bytes.
 */
export function powerSpectra(n: i32, plan: usize, xa: usize, xb: usize, two: i32, norm: f64, out: usize, mean: usize, work: usize): void {
  const m = n >> 1;
  const re = work;
  const im = work + (<usize>m << 4);
  // packed and bit-reversed
  for (let j = 0; j < m; j++) {
    const r = <usize>load<i32>(plan + (<usize>j << 2)) << 4;
    const q = <usize>j << 4;
    v128.store(re + r, f64x2.replace_lane(f64x2.splat(load<f64>(xa + q)), 1, load<f64>(xb + q)));
    v128.store(im + r, f64x2.replace_lane(f64x2.splat(load<f64>(xa + q, 8)), 1, load<f64>(xb + q, 8)));
  }
  transform(m, plan, re, im, two, norm, out, mean);
}

/**
 * powerSpectra of two frames of 16-bit samples, the mix of their C channels read as the spectrogram reads it
 * (MonoSource.readWindowed in src/audio/types.ts): each sample is the sum of its channels times `scale`, rounded to
 * f32, times the window's f32 value at win. The frames' samples (n·C each) are at xa and xb.
 */
export function powerSpectraInts(n: i32, plan: usize, xa: usize, xb: usize, C: i32, scale: f64, win: usize, two: i32, norm: f64, out: usize, mean: usize, work: usize): void {
  const m = n >> 1;
  const re = work;
  const im = work + (<usize>m << 4);
  const step = <usize>C << 1;
  for (let j = 0; j < m; j++) {
    const r = <usize>load<i32>(plan + (<usize>j << 2)) << 4;
    const i = j << 1;
    const w0 = <f64>load<f32>(win + (<usize>i << 2));
    const w1 = <f64>load<f32>(win + (<usize>i << 2), 4);
    const pa = xa + <usize>i * step;
    const pb = xb + <usize>i * step;
    let a0 = 0, a1 = 0, b0 = 0, b1 = 0;
    for (let c = 0; c < C; c++) {
      const o = <usize>c << 1;
      a0 += <i32>load<i16>(pa + o);
      a1 += <i32>load<i16>(pa + step + o);
      b0 += <i32>load<i16>(pb + o);
      b1 += <i32>load<i16>(pb + step + o);
    }
    const ra = <f64><f32>(<f64>a0 * scale) * w0;
    const rb = <f64><f32>(<f64>b0 * scale) * w0;
    const ia = <f64><f32>(<f64>a1 * scale) * w1;
    const ib = <f64><f32>(<f64>b1 * scale) * w1;
    v128.store(re + r, f64x2.replace_lane(f64x2.splat(ra), 1, rb));
    v128.store(im + r, f64x2.replace_lane(f64x2.splat(ia), 1, ib));
  }
  transform(m, plan, re, im, two, norm, out, mean);
}

/**
 * The FFT of the packed, bit-reversed frames (re, im: m vectors each) and the split into power rows (see powerSpectra).
 * The radix-2 stages go two at a time (radix 2²: four points loaded, both stages' butterflies, four stored), which
 * halves the passes over the data; a lone first stage when log2(m) is odd.
 */
@inline function transform(m: i32, plan: usize, re: usize, im: usize, two: i32, norm: f64, out: usize, mean: usize): void {
  const tw = plan + ((<usize>m << 2) + 15 & ~15);
  const end = <usize>m << 4;
  let h = 1;
  let bits = 0;
  while ((1 << bits) < m) bits++;
  if (bits & 1) {
    // first stage (twiddle 1) on its own
    for (let a: usize = 0; a < end; a += 32) {
      const ar = v128.load(re + a), ai = v128.load(im + a);
      const br = v128.load(re + a, 16), bi = v128.load(im + a, 16);
      v128.store(re + a, f64x2.add(ar, br));
      v128.store(im + a, f64x2.add(ai, bi));
      v128.store(re + a, f64x2.sub(ar, br), 16);
      v128.store(im + a, f64x2.sub(ai, bi), 16);
    }
    h = 2;
  }
  // stages of half h and 2h together: (x0, x1), (x2, x3) with W(2h)^j, then (y0, y2) with W(4h)^j and (y1, y3) with
  // W(4h)^(j+h) = −i·W(4h)^j, where W(n)^j = e^(−2πij/n) = table[j·m/n]
  for (; 4 * h <= m; h <<= 2) {
    const stride1 = <usize>(m / (2 * h)) << 5;
    const stride2 = <usize>(m / (4 * h)) << 5;
    const span = <usize>h << 4;
    for (let j = 0; j < h; j++) {
      const w1 = tw + <usize>j * stride1;
      const c1 = v128.load(w1), s1 = v128.load(w1, 16);
      const w2 = tw + <usize>j * stride2;
      const c2 = v128.load(w2), s2 = v128.load(w2, 16);
      for (let a = <usize>j << 4; a < end; a += span << 2) {
        const b = a + span, c = b + span, d = c + span;
        const x1r = v128.load(re + b), x1i = v128.load(im + b);
        const t1r = f64x2.add(f64x2.mul(c1, x1r), f64x2.mul(s1, x1i));
        const t1i = f64x2.sub(f64x2.mul(c1, x1i), f64x2.mul(s1, x1r));
        const x3r = v128.load(re + d), x3i = v128.load(im + d);
        const t3r = f64x2.add(f64x2.mul(c1, x3r), f64x2.mul(s1, x3i));
        const t3i = f64x2.sub(f64x2.mul(c1, x3i), f64x2.mul(s1, x3r));
        const x0r = v128.load(re + a), x0i = v128.load(im + a);
        const x2r = v128.load(re + c), x2i = v128.load(im + c);
        const y0r = f64x2.add(x0r, t1r), y0i = f64x2.add(x0i, t1i);
        const y1r = f64x2.sub(x0r, t1r), y1i = f64x2.sub(x0i, t1i);
        const y2r = f64x2.add(x2r, t3r), y2i = f64x2.add(x2i, t3i);
        const y3r = f64x2.sub(x2r, t3r), y3i = f64x2.sub(x2i, t3i);
        const ur = f64x2.add(f64x2.mul(c2, y2r), f64x2.mul(s2, y2i));
        const ui = f64x2.sub(f64x2.mul(c2, y2i), f64x2.mul(s2, y2r));
        // v = −i·(W·y3): (vr, vi) = (Im, −Re)
        const vr = f64x2.sub(f64x2.mul(c2, y3i), f64x2.mul(s2, y3r));
        const vi = f64x2.neg(f64x2.add(f64x2.mul(c2, y3r), f64x2.mul(s2, y3i)));
        v128.store(re + a, f64x2.add(y0r, ur));
        v128.store(im + a, f64x2.add(y0i, ui));
        v128.store(re + c, f64x2.sub(y0r, ur));
        v128.store(im + c, f64x2.sub(y0i, ui));
        v128.store(re + b, f64x2.add(y1r, vr));
        v128.store(im + b, f64x2.add(y1i, vi));
        v128.store(re + d, f64x2.sub(y1r, vr));
        v128.store(im + d, f64x2.sub(y1i, vi));
      }
    }
  }
  // split: X[k] = E[k] + e^(−2πik/n)·O[k], E = (Z[k] + conj Z[m−k]) / 2, O = (Z[k] − conj Z[m−k]) / 2i
  const split = tw + (<usize>(m >> 1) << 5);
  const HALF = f64x2.splat(0.5);
  const NORM = f64x2.splat(norm);
  // a lone frame: lane b's power counts as zero in the sums
  const KEEP = two ? i64x2.splat(-1) : i64x2(-1, 0);
  const outB = out + (<usize>m << 2);
  for (let k = 0; k < m; k++) {
    const ka = <usize>k << 4;
    const kb = <usize>((m - k) & (m - 1)) << 4;
    const ar = v128.load(re + ka), ai = v128.load(im + ka);
    const br = v128.load(re + kb), bi = v128.load(im + kb);
    const er = f64x2.mul(f64x2.add(ar, br), HALF);
    const ei = f64x2.mul(f64x2.sub(ai, bi), HALF);
    const or = f64x2.mul(f64x2.add(ai, bi), HALF);
    const oi = f64x2.mul(f64x2.sub(br, ar), HALF);
    const c = v128.load(split + (<usize>k << 5));
    const s = v128.load(split + (<usize>k << 5), 16);
    const xr = f64x2.add(er, f64x2.add(f64x2.mul(c, or), f64x2.mul(s, oi)));
    const xi = f64x2.add(ei, f64x2.sub(f64x2.mul(c, oi), f64x2.mul(s, or)));
    const p = v128.and(f64x2.mul(f64x2.add(f64x2.mul(xr, xr), f64x2.mul(xi, xi)), NORM), KEEP);
    const f = f32x4.demote_f64x2_zero(p);
    v128.store32_lane(out + (<usize>k << 2), f, 0);
    v128.store32_lane(outB + (<usize>k << 2), f, 1);
    // each lane sums its own frames (the caller adds the two lanes at the end)
    v128.store(mean + ka, f64x2.add(v128.load(mean + ka), p));
  }
}
