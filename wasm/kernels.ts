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
