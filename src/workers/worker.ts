/**
 * A scan worker thread (bundled as dist/worker.js and run by piscina): scans one artifact, or analyses one large
 * member of an artifact another thread is scanning. Everything it needs arrives in the task; nothing is shared but
 * the counter of threads in use.
 */
import type { MessagePort } from 'node:worker_threads';
import { ANALYZERS } from '../analyzers/index.js';
import { analyzeDetached, errText, toScanFile, type FileResult } from '../analyzers/run.js';
import { freeBuffer } from '../archive/zip.js';
import { scanArtifact, sha256Hex, type OffloadedMember, type ScanHooks } from '../scan.js';
import type { ArtifactReport } from '../types.js';
import { claimSlot, type ArtifactTask, type MemberTask, type OffloadReply, type OffloadRequest, type ShaNote, type Task } from './protocol.js';

function offloader(port: MessagePort, slots: Int32Array, jobs: number): ScanHooks {
  let next = 0;
  const waiting = new Map<number, { resolve(r: FileResult): void; reject(e: Error): void }>();
  port.on('message', (m: OffloadReply) => {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.error !== undefined) w.reject(new Error(m.error));
    else w.resolve(m.result as FileResult);
  });
  const offload = (m: OffloadedMember): Promise<FileResult> | null => {
    if (!claimSlot(slots, jobs)) return null;
    const id = next++;
    const req: OffloadRequest = { id, path: m.path, depth: m.depth, buffer: m.data.buffer as ArrayBuffer, byteOffset: m.data.byteOffset, length: m.data.byteLength };
    return new Promise<FileResult>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      port.postMessage(req, [req.buffer]);
    });
  };
  return { offload };
}

/**
 * Members of an artifact this large are analysed on its own thread, one at a time: its bytes are already in memory,
 * and a second large member decoded at the same time would add hundreds of MB (a 450 MB wheel of ten-minute sounds
 * peaks at 0.88 GB this way, 1.05 GB with members handed over, for 5 % less time).
 */
export const HANDOVER_MAX_ARTIFACT_BYTES = 256 * 1024 * 1024;

async function scanTask(t: ArtifactTask): Promise<ArtifactReport> {
  const data = new Uint8Array(t.buffer, t.byteOffset, t.length);
  const off = t.port && t.slots && t.length < HANDOVER_MAX_ARTIFACT_BYTES ? offloader(t.port, new Int32Array(t.slots), t.jobs) : null;
  try {
    // hashed here, not on the main thread, which would hash every thread's artifacts one after another
    const sha256 = t.sha256 ?? sha256Hex(data);
    if (!t.sha256) t.port?.postMessage({ sha256 } satisfies ShaNote);
    return await scanArtifact({ file: t.file, path: t.path, data, sha256 }, t.options, off ?? {});
  } finally {
    t.port?.close();
    // the bytes moved here are this task's alone and the report holds none of them: freed now, not at the thread's
    // next full collection
    freeBuffer(t.buffer);
  }
}

async function memberTask(t: MemberTask): Promise<FileResult> {
  try {
    const file = await toScanFile(t.path, new Uint8Array(t.buffer, t.byteOffset, t.length), t.depth);
    return await analyzeDetached(file, ANALYZERS, t.options);
  } finally {
    freeBuffer(t.buffer);
  }
}

export default async function run(t: Task): Promise<ArtifactReport | FileResult> {
  if (t.kind === 'artifact') return scanTask(t);
  if (t.kind === 'member') return memberTask(t);
  throw new Error(`unknown task ${errText((t as { kind?: unknown }).kind)}`);
}
