/**
 * The work of the scan lanes: artifacts given directly are in it from the start, and each fetched artifact joins it as
 * soon as its download is verified, so scanning runs alongside the downloads. The largest waiting artifact is taken
 * first (largest processing time first): a large artifact taken last would be scanned alone while the other threads
 * have nothing left to do, and a wheel over the hand-over bound (HANDOVER_MAX_ARTIFACT_BYTES) does not even share its
 * members. Equal sizes keep the order they were queued in. Reports do not depend on the order: they are put back in
 * the order of the targets.
 */
export interface Sized {
  /** Bytes on disk (0 when unknown: such work is taken after all work of known size). */
  size: number;
}

export class WorkQueue<T extends Sized> {
  /** A binary max-heap on (size, then earlier first). */
  private heap: Array<{ w: T; seq: number }> = [];
  private pushed = 0;
  private closed = false;
  private waiting: Array<() => void> = [];

  push(w: T): void {
    const h = this.heap;
    h.push({ w, seq: this.pushed++ });
    for (let i = h.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (!this.before(h[i], h[up])) break;
      [h[i], h[up]] = [h[up], h[i]];
      i = up;
    }
    this.waiting.shift()?.();
  }

  /** No more work will come: lanes waiting for some finish. */
  close(): void {
    this.closed = true;
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** Work queued so far, taken or not. */
  get total(): number {
    return this.pushed;
  }

  /** The work the next take returns, if any is waiting (left in the queue). */
  peek(): T | undefined {
    return this.heap[0]?.w;
  }

  async take(): Promise<T | null> {
    for (;;) {
      if (this.heap.length) return this.pop();
      if (this.closed) return null;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private before(a: { w: T; seq: number }, b: { w: T; seq: number }): boolean {
    return a.w.size > b.w.size || (a.w.size === b.w.size && a.seq < b.seq);
  }

  private pop(): T {
    const h = this.heap;
    const top = h[0];
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.before(h[l], h[m])) m = l;
        if (r < h.length && this.before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top.w;
  }
}
