import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ANALYZERS,
  analyzeDetached,
  claimSlot,
  errText,
  freeBuffer,
  scanArtifact,
  sha256Hex,
  toScanFile
} from "./chunks/chunk-UI4XNSBP.js";
import "./chunks/chunk-XEYCVPWC.js";
import "./chunks/chunk-HANBNIMK.js";

// src/workers/worker.ts
function offloader(port, slots, jobs) {
  let next = 0;
  const waiting = /* @__PURE__ */ new Map();
  port.on("message", (m) => {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.error !== void 0) w.reject(new Error(m.error));
    else w.resolve(m.result);
  });
  const offload = (m) => {
    if (!claimSlot(slots, jobs)) return null;
    const id = next++;
    const req = { id, path: m.path, depth: m.depth, buffer: m.data.buffer, byteOffset: m.data.byteOffset, length: m.data.byteLength };
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      port.postMessage(req, [req.buffer]);
    });
  };
  return { offload };
}
var HANDOVER_MAX_ARTIFACT_BYTES = 256 * 1024 * 1024;
async function scanTask(t) {
  const data = new Uint8Array(t.buffer, t.byteOffset, t.length);
  const off = t.port && t.slots && t.length < HANDOVER_MAX_ARTIFACT_BYTES ? offloader(t.port, new Int32Array(t.slots), t.jobs) : null;
  try {
    const sha256 = t.sha256 ?? sha256Hex(data);
    if (!t.sha256) t.port?.postMessage({ sha256 });
    return await scanArtifact({ file: t.file, path: t.path, data, sha256 }, t.options, off ?? {});
  } finally {
    t.port?.close();
    freeBuffer(t.buffer);
  }
}
async function memberTask(t) {
  try {
    const file = await toScanFile(t.path, new Uint8Array(t.buffer, t.byteOffset, t.length), t.depth);
    return await analyzeDetached(file, ANALYZERS, t.options);
  } finally {
    freeBuffer(t.buffer);
  }
}
async function run(t) {
  if (t.kind === "artifact") return scanTask(t);
  if (t.kind === "member") return memberTask(t);
  throw new Error(`unknown task ${errText(t.kind)}`);
}
export {
  HANDOVER_MAX_ARTIFACT_BYTES,
  run as default
};
