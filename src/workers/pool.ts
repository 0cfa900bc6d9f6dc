/**
 * Scanning artifacts in worker threads (piscina): one artifact per thread, large members of an artifact on other
 * threads when some are free, a time and a heap budget per artifact. An artifact whose worker runs out of time or
 * memory, or crashes, gets an `incomplete` report with the reason; the pool replaces the thread and the rest of the
 * scan goes on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ScanOptions } from '../options.js';
import type { ArtifactReport } from '../types.js';
import { blankReport, scanArtifact, type ArtifactInput } from '../scan.js';
import { parseArtifactName } from '../archive/wheel.js';
import { errText, type FileResult } from '../analyzers/run.js';
import { hashFile } from '../fetch/http.js';
import { claimSlot, ownedBuffers, ownsBuffer, releaseSlot, type ArtifactTask, type MemberTask, type OffloadReply, type OffloadRequest, type ShaNote } from './protocol.js';

/** Seconds an artifact may take: a base, plus time for its size (a 500 MB wheel of audio legitimately takes a while). */
export const DEFAULT_TIMEOUT_BASE_SECONDS = 120;
const TIMEOUT_SECONDS_PER_MB = 1;
/** V8 heap per worker thread. Member bytes and decoded audio live outside it and are bounded by the scan limits. */
export const DEFAULT_WORKER_HEAP_MB = 1024;

/** Most worker threads (or parallel downloads) a user may ask for: the CLI's --jobs and --fetch-jobs, the action's jobs. */
export const MAX_JOBS = 256;
/** A thread or process count a user may give: a whole number from 1 to MAX_JOBS (not 1.5, nor a million threads). */
export const isJobCount = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= MAX_JOBS;

/** The bundled worker beside an entry point (dist/cli.js, dist/index.js), when it is there. */
export function workerFileNear(entryUrl: string): URL | undefined {
  try {
    const u = new URL('./worker.js', entryUrl);
    return u.protocol === 'file:' && fs.existsSync(u) ? u : undefined;
  } catch {
    return undefined;
  }
}

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

export interface ScannerOptions {
  /** The bundled worker (dist/worker.js). Without it, artifacts are scanned on the calling thread, one at a time. */
  workerFile?: string | URL;
  /** Worker threads (default: available cores). */
  jobs?: number;
  /** Time budget of an artifact: base seconds (default 120), plus one second per MB of artifact. */
  timeoutSeconds?: number;
  /** Heap budget per worker thread, MB (default 1024). */
  heapMb?: number;
}

export interface ArtifactScanner {
  /** Threads scanning at once (1 without worker threads). */
  readonly jobs: number;
  readonly threaded: boolean;
  /**
   * Never rejects for a budget or a crash: the report says `incomplete` and why. The input's bytes are moved to the
   * worker: the caller must not read them afterwards. `sha256`: the bytes' hash when the caller has it (otherwise the
   * worker computes it).
   */
  scan(input: ArtifactInput, options: ScanOptions, sha256?: string): Promise<ArtifactReport>;
  /** Tasks run so far: artifacts, and large members analysed on another thread than their artifact's. */
  counts(): { artifacts: number; members: number };
  close(): Promise<void>;
}

export function budgetSeconds(size: number, base = DEFAULT_TIMEOUT_BASE_SECONDS): number {
  return Math.round(base + (TIMEOUT_SECONDS_PER_MB * size) / 1e6);
}

/** The report of an artifact whose scan was stopped: what is known without its content, and why. */
export function stoppedReport(input: ArtifactInput, sha256: string, reason: string): ArtifactReport {
  const dist = parseArtifactName(input.file);
  return blankReport({ file: input.file, path: input.path, sha256, size: input.data.length, package: dist.name, version: dist.version, kind: dist.kind }, 'incomplete', [reason]);
}

function inProcess(): ArtifactScanner {
  let artifacts = 0;
  return {
    jobs: 1,
    threaded: false,
    scan: (input, options, sha256) => {
      artifacts++;
      return scanArtifact(sha256 ? { ...input, sha256 } : input, options);
    },
    counts: () => ({ artifacts, members: 0 }),
    close: async () => undefined,
  };
}

class Budget extends Error {}

export function createScanner(opts: ScannerOptions = {}): ArtifactScanner {
  if (!opts.workerFile) return inProcess();
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  const heapMb = opts.heapMb ?? DEFAULT_WORKER_HEAP_MB;
  const base = opts.timeoutSeconds ?? DEFAULT_TIMEOUT_BASE_SECONDS;
  const filename = opts.workerFile instanceof URL ? fileURLToPath(opts.workerFile) : opts.workerFile;
  // bundled (dist/): piscina's own thread bootstrap is beside the scan worker (scripts/build.mjs)
  const bootstrap = path.join(path.dirname(filename), 'piscina-worker.js');
  if (fs.existsSync(bootstrap)) (globalThis as { __pssPiscinaBootstrap?: string }).__pssPiscinaBootstrap = bootstrap;
  const pool = new Piscina({
    filename,
    minThreads: 1,
    maxThreads: jobs,
    concurrentTasksPerWorker: 1,
    // between tasks a worker waits on its event loop, not blocked in Atomics.wait
    atomics: 'disabled',
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  // a thread that fails outside a task (e.g. while starting) is reported by piscina as an 'error' event, which would
  // otherwise end the process: the tasks it affects already fail with their own error, reported per artifact
  pool.on('error', () => undefined);
  const slotsBuffer = new SharedArrayBuffer(4);
  const slots = new Int32Array(slotsBuffer);
  const waiters: Array<() => void> = [];
  const wake = () => {
    while (waiters.length && claimSlot(slots, jobs)) waiters.shift()!();
  };
  const release = () => {
    releaseSlot(slots);
    wake();
  };
  const acquire = () =>
    new Promise<void>((resolve) => {
      if (claimSlot(slots, jobs)) resolve();
      else waiters.push(resolve);
    });

  const counts = { artifacts: 0, members: 0 };
  const memberOf = (req: OffloadRequest, options: ScanOptions, signal: AbortSignal): Promise<FileResult> => {
    counts.members++;
    const task: MemberTask = { kind: 'member', path: req.path, depth: req.depth, buffer: req.buffer, byteOffset: req.byteOffset, length: req.length, options };
    return pool.run(task, { transferList: [req.buffer], signal }) as Promise<FileResult>;
  };

  const why = (e: unknown, input: ArtifactInput, seconds: number): { reason: string; stopped: NonNullable<ArtifactReport['stopped']> } => {
    if (e instanceof Budget) return { reason: e.message, stopped: 'time' };
    const code = (e as { code?: unknown }).code;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') return { reason: `${input.file}: scan stopped: the worker thread ran out of its ${heapMb} MB heap budget (not fully scanned)`, stopped: 'memory' };
    return { reason: `${input.file}: scan stopped: the worker thread failed after ${seconds.toFixed(1)} s: ${errText(e)} (not fully scanned)`, stopped: 'crash' };
  };

  const scan = async (input: ArtifactInput, options: ScanOptions, sha256?: string): Promise<ArtifactReport> => {
    await acquire();
    counts.artifacts++;
    // without one from the caller, the worker hashes the bytes and sends the hash first (ShaNote)
    let sha = sha256;
    const limit = budgetSeconds(input.data.length, base);
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(new Budget(`${input.file}: scan stopped after ${limit} s, its time budget (${base} s + 1 s per MB): not fully scanned`)), limit * 1000);
    const { port1, port2 } = new MessageChannel();
    const onMessage = (m: OffloadRequest | ShaNote): void => {
      if ('sha256' in m) {
        sha ??= m.sha256;
        return;
      }
      const req = m;
      // the worker claimed a slot for this member; it is released here, on the main thread, when the member is done
      memberOf(req, options, ac.signal)
        .then(
          (result) => {
            const r = result as FileResult;
            port1.postMessage({ id: req.id, result: r } satisfies OffloadReply, ownedBuffers(r.attachments));
          },
          (e: unknown) => port1.postMessage({ id: req.id, error: errText(e) } satisfies OffloadReply),
        )
        .finally(release);
    };
    port1.on('message', onMessage);
    // the artifact's bytes move to the worker: a copy only when they share a buffer with something else
    const d = input.data;
    const bytes = ownsBuffer(d) ? d : new Uint8Array(d);
    const task: ArtifactTask = {
      kind: 'artifact',
      file: input.file,
      path: input.path,
      buffer: bytes.buffer as ArrayBuffer,
      byteOffset: 0,
      length: bytes.byteLength,
      options,
      sha256: sha,
      port: port2,
      slots: jobs > 1 ? slotsBuffer : undefined,
      jobs,
    };
    const t0 = performance.now();
    const size = d.byteLength;
    try {
      return (await pool.run(task, { transferList: [bytes.buffer as ArrayBuffer, port2], signal: ac.signal })) as ArtifactReport;
    } catch (e) {
      const { reason, stopped } = why(ac.signal.aborted ? ac.signal.reason : e, input, (performance.now() - t0) / 1000);
      // what the worker sent may still wait on the port (its hash; a member request, whose slot must be released);
      // without a hash (the thread failed before hashing), the file's on disk, where the bytes were read from ('' when
      // it cannot be read)
      for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) onMessage(m.message as OffloadRequest | ShaNote);
      sha ??= await hashFile(input.path, ['sha256']).then((h) => h.sha256, () => '');
      const r = stoppedReport({ ...input, data: new Uint8Array(0) }, sha, reason);
      r.stopped = stopped;
      r.size = size;
      r.stats.seconds = Math.round(performance.now() - t0) / 1000;
      return r;
    } finally {
      clearTimeout(timer);
      // members still running for an artifact whose thread crashed are of no use any more
      if (!ac.signal.aborted) ac.abort(new Budget(`${input.file}: scan ended`));
      port1.close();
      release();
    }
  };

  return { jobs, threaded: true, scan, counts: () => ({ ...counts }), close: () => pool.destroy() };
}
