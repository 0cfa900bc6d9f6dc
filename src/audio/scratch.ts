/**
 * Typed arrays kept per thread and lent to one synchronous computation at a time. A fresh ArrayBuffer counts as
 * external memory towards V8's old-generation limit, so buffers allocated per analysis window or per file drove most
 * of a scan thread's full collections (docs/architecture.md, "Memory reused per thread").
 */
type Typed = Float64Array | Float32Array | Int32Array | Uint32Array | Uint16Array | Uint8Array;

export class Scratch<T extends Typed> {
  private buf: T;

  /** `make(n)` allocates n elements; a buffer of more than `keep` elements is dropped by trim. */
  constructor(
    private readonly make: (n: number) => T,
    private readonly keep: number,
  ) {
    this.buf = make(0);
  }

  /**
   * A view of `n` elements, filled with `fill` when given (otherwise it holds whatever its last user left). Valid until
   * the next take: the caller must not keep it past its own synchronous run.
   */
  take(n: number, fill?: number): T {
    if (this.buf.length < n) this.buf = this.make(Math.max(n, 2 * this.buf.length));
    const view = this.buf.subarray(0, n) as T;
    if (fill !== undefined) view.fill(fill);
    return view;
  }

  /** Back to nothing after an input that needed more than `keep` elements (rare: the bound of what is kept). */
  trim(): void {
    if (this.buf.length > this.keep) this.buf = this.make(0);
  }
}
