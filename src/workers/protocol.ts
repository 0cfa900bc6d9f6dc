/** Messages between the main thread and the scan worker threads (src/workers/worker.ts, src/workers/pool.ts). */
import type { MessagePort } from 'node:worker_threads';
import type { ScanOptions } from '../options.js';

/** Scan one artifact: its bytes arrive transferred, never copied. */
export interface ArtifactTask {
  kind: 'artifact';
  file: string;
  path: string;
  buffer: ArrayBuffer;
  byteOffset: number;
  length: number;
  options: ScanOptions;
  /**
   * The artifact's sha256 (hex) when the main thread has computed it (it needed it first, for the verdict cache).
   * Otherwise the worker computes it, in parallel with the other threads, and sends it on `port` before scanning.
   */
  sha256?: string;
  /** The artifact's channel to the main thread: its sha256 (a ShaNote), and large members for another thread. */
  port?: MessagePort;
  /** Threads in use, [0], shared by every worker and the main thread; claimed with compare-and-swap. */
  slots?: SharedArrayBuffer;
  jobs: number;
}

/** Analyse one large member of an artifact scanned in another thread. */
export interface MemberTask {
  kind: 'member';
  path: string;
  depth: number;
  buffer: ArrayBuffer;
  byteOffset: number;
  length: number;
  options: ScanOptions;
}

export type Task = ArtifactTask | MemberTask;

/** Worker to main thread, on an artifact's port, before scanning: the sha256 it computed (kept if the scan fails). */
export interface ShaNote {
  sha256: string;
}

/** Worker to main thread, on an artifact's port: please analyse this member. */
export interface OffloadRequest {
  id: number;
  path: string;
  depth: number;
  buffer: ArrayBuffer;
  byteOffset: number;
  length: number;
}

/** Main thread to worker: the member's result, or why it failed. */
export interface OffloadReply {
  id: number;
  result?: unknown;
  error?: string;
}

/** Claim a thread if one is free: never blocks, so an artifact never waits for a thread held by another. */
export function claimSlot(slots: Int32Array, jobs: number): boolean {
  for (;;) {
    const cur = Atomics.load(slots, 0);
    if (cur >= jobs) return false;
    if (Atomics.compareExchange(slots, 0, cur, cur + 1) === cur) return true;
  }
}

export function releaseSlot(slots: Int32Array): void {
  Atomics.sub(slots, 0, 1);
}

/** The view covers all of its own (non-shared) buffer: the buffer can be transferred without taking anything else. */
export function ownsBuffer(d: Uint8Array): boolean {
  return d.byteOffset === 0 && d.byteLength === d.buffer.byteLength && d.buffer instanceof ArrayBuffer;
}

/** The transfer list of a report: attachment bytes that own their buffer. */
export function ownedBuffers(items: ReadonlyArray<{ data?: Uint8Array }> | undefined): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const a of items ?? []) {
    const d = a.data;
    if (d && ownsBuffer(d) && !out.includes(d.buffer as ArrayBuffer)) out.push(d.buffer as ArrayBuffer);
  }
  return out;
}
