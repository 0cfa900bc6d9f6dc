/**
 * The WebAssembly kernels (wasm/kernels.ts, built into kernels-wasm.ts): one instance per thread, made on first use.
 * Each wrapper copies the samples it needs into the instance's memory (a bounded window: callers pass ranges of at
 * most a few hundred thousand samples) and returns what the JavaScript loop it stands in for returns. Where
 * WebAssembly is not available (e.g. node --jitless), or PSS_NO_WASM=1 is set (the same results, slower: a switch for
 * comparing the two and for platforms whose WebAssembly misbehaves), `kernels()` is null and the callers keep their
 * JavaScript loops.
 */
import { KERNELS_WASM } from './kernels-wasm.js';

interface Exports {
  memory: WebAssembly.Memory;
  heapBase(): number;
  spa16(x: number, a: number, e1: number, e2: number, C: number, out: number): void;
}

export interface Kernels {
  /**
   * SPA counts of x[a .. e1) at lag C and x[a .. e2) at lag 2C (see spaCounts): [pairs u != v at lag 1, at lag 2,
   * pairs with u >> 1 == v >> 1 at lag 1, at lag 2, X at lag 1, at lag 2]. Reads x[a .. max(e1 + C, e2 + 2C)).
   */
  spa16(x: Int16Array, a: number, e1: number, e2: number, C: number): Int32Array;
}

let made: Kernels | null | undefined;

/** This thread's kernels, or null without WebAssembly. */
export function kernels(): Kernels | null {
  if (made === undefined) made = instantiate();
  return made;
}

function instantiate(): Kernels | null {
  if (typeof WebAssembly !== 'object' || process.env.PSS_NO_WASM === '1') return null;
  let ex: Exports;
  try {
    const module = new WebAssembly.Module(Buffer.from(KERNELS_WASM, 'base64'));
    ex = new WebAssembly.Instance(module, {}).exports as unknown as Exports;
  } catch {
    return null;
  }
  const base = ex.heapBase();
  // 64 bytes of results, then the input
  const OUT = base;
  const IN = base + 64;
  const ensure = (bytes: number): void => {
    const need = IN + bytes;
    const have = ex.memory.buffer.byteLength;
    if (need > have) ex.memory.grow(Math.ceil((need - have) / 65536));
  };
  return {
    spa16(x, a, e1, e2, C) {
      const hi = Math.max(a, e1 + C, e2 + 2 * C);
      ensure((hi - a) * 2);
      new Int16Array(ex.memory.buffer, IN, hi - a).set(x.subarray(a, hi));
      ex.spa16(IN, 0, e1 - a, e2 - a, C, OUT);
      return new Int32Array(ex.memory.buffer, OUT, 6).slice();
    },
  };
}
